/* test-journal-maps-gui.c: journal entries compared and periods on the map,
 * the entry pickers, and "Done Today" on a technique card
 *
 * The application runs with its own $XDG_DATA_HOME, a new temporary
 * folder, so the journal it opens is a new one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "core/bm-journal-compare.h"
#include "gui/bm-application.h"
#include "gui/bm-journal-compare.h"
#include "gui/bm-technique-card.h"
#include "gui/bm-window.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

static BmApplication *app;
static BmWindow *window;
static BmJournal *journal;
static BmAtlas *atlas;
static BmBodyArt *art;
static char *data_home;

static gint64
local_time (int year,
            int month,
            int day,
            int hour)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (year, month, day, hour, 0, 0);

  return g_date_time_to_unix (time);
}

static guint
region_index (const char *id)
{
  const BmRegion *region = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), id);

  g_assert_nonnull (region);
  return region->index;
}

/* An entry at @time with pain marks: region, intensity, …, NULL. */
static BmJournalEntry *
add_entry (gint64      time,
           const char *region,
           ...)
{
  g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (time);
  g_autoptr(GError) error = NULL;
  va_list args;

  va_start (args, region);
  for (const char *r = region; r != NULL; r = va_arg (args, const char *))
    bm_journal_entry_set_mark (entry, r, BM_SYMPTOM_PAIN, va_arg (args, guint));
  va_end (args);
  g_assert_true (bm_journal_add (journal, entry, &error));
  g_assert_no_error (error);
  return bm_journal_lookup (journal, bm_journal_entry_get_id (entry));
}

/* The widget coordinates of a point inside @region on the front view. */
static void
front_point (const char *region,
             double     *x,
             double     *y)
{
  BmBodyView *view = bm_window_get_body_view (window);
  double sx, sy;

  g_assert_true (bm_test_interior_point (art, BM_VIEW_FRONT, region_index (region), &sx, &sy));
  g_assert_true (bm_body_view_get_region_point (view, BM_VIEW_FRONT, sx, sy, x, y));
}

typedef struct {
  int red, green, blue;
} Pixel;

static Pixel
pixel_at (const guchar *pixels,
          int           stride,
          double        x,
          double        y)
{
  const guchar *p = pixels + (gsize) ((int) y) * stride + (gsize) ((int) x) * 4;
  Pixel pixel = { p[2], p[1], p[0] };

  g_test_message ("pixel at %.0f,%.0f: rgb(%d, %d, %d)", x, y, pixel.red, pixel.green, pixel.blue);
  return pixel;
}

static gboolean
is_button_with_label (GtkWidget     *widget,
                      gconstpointer  text)
{
  GtkWidget *label = GTK_IS_BUTTON (widget) ? bm_test_find_label_text (widget, text) : NULL;

  return label != NULL;
}

static GtkWidget *
find_button (GtkWidget  *within,
             const char *text)
{
  GtkWidget *button = bm_test_find_widget (within, is_button_with_label, text);

  g_assert_nonnull (button);
  return button;
}

/* The label whose text starts with @prefix, or NULL. */
static gboolean
is_label_with_prefix (GtkWidget     *widget,
                      gconstpointer  prefix)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix);
}

static gboolean
is_leaflet (GtkWidget     *widget,
            gconstpointer  data)
{
  return ADW_IS_LEAFLET (widget);
}

static void
show_marks (void)
{
  bm_body_view_set_overlay (bm_window_get_body_view (window), BM_MAP_OVERLAY_NONE, NULL);
  bm_pain_map_clear (bm_window_get_pain_map (window));
}

/* Compare two entries: the map is in compare mode, the bar names the
 * dates, the knee that got better is green, the thigh that got worse red,
 * the user's own mark is hidden and not edited by clicks, and Back to My
 * Marks shows the marks again. */
static void
test_compare (void)
{
  BmBodyView *view = bm_window_get_body_view (window);
  BmPainMap *marks = bm_window_get_pain_map (window);
  BmJournalEntry *before, *after;
  g_autofree guchar *pixels = NULL;
  g_autofree char *words = NULL;
  GtkWidget *title;
  double kx, ky, tx, ty, sx, sy;
  Pixel knee, thigh, shoulder;
  BmRgba fill;
  int stride;

  show_marks ();
  before = add_entry (local_time (2026, 11, 3, 9), "knee-anterior-right", 7, "thigh-anterior-lower-right", 2, NULL);
  after = add_entry (local_time (2026, 12, 1, 9), "knee-anterior-right", 1, "thigh-anterior-lower-right", 8, NULL);
  bm_pain_map_set_mark (marks, region_index ("shoulder-anterior-left"), BM_SYMPTOM_PAIN, 9);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.journal-compare", "(xx)",
                              bm_journal_entry_get_id (before), bm_journal_entry_get_id (after));
  bm_test_wait_for_draw (GTK_WIDGET (view));
  g_assert_cmpint (bm_body_view_get_overlay_mode (view), ==, BM_MAP_OVERLAY_COMPARE);
  title = bm_test_find_widget (GTK_WIDGET (window), is_label_with_prefix, "Comparing");
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Comparing 3 Nov 2026 → 1 Dec 2026");

  /* The bar over the map moved it: where the areas are now. */
  front_point ("knee-anterior-right", &kx, &ky);
  front_point ("thigh-anterior-lower-right", &tx, &ty);
  front_point ("shoulder-anterior-left", &sx, &sy);
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  knee = pixel_at (pixels, stride, kx, ky);
  thigh = pixel_at (pixels, stride, tx, ty);
  shoulder = pixel_at (pixels, stride, sx, sy);
  g_assert_cmpint (knee.green, >, knee.red + 40);
  g_assert_cmpint (knee.green, >, knee.blue + 40);
  g_assert_cmpint (thigh.red, >, thigh.green + 80);
  g_assert_cmpint (thigh.red, >, thigh.blue + 80);
  /* The mark of 9 (deep red) is hidden: bare skin there. */
  g_assert_false (bm_body_view_get_region_fill (view, region_index ("shoulder-anterior-left"), &fill));
  g_assert_cmpint (shoulder.red - shoulder.blue, <, 80);

  /* Not colour alone: the tooltip says it. */
  words = bm_body_view_describe_at (view, kx, ky);
  g_assert_nonnull (strstr (words, "Pain 7 → 1 (better)"));

  /* Clicks do not change the hidden marks. */
  bm_body_view_click_at (view, kx, ky, GDK_BUTTON_PRIMARY);
  bm_body_view_click_at (view, sx, sy, GDK_BUTTON_PRIMARY);
  g_assert_false (bm_pain_map_is_marked (marks, region_index ("knee-anterior-right")));
  g_assert_true (bm_pain_map_is_marked (marks, region_index ("shoulder-anterior-left")));

  /* Back to My Marks: the marks show again, the bar goes. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "Back to My Marks"), "clicked");
  bm_test_wait_for_draw (GTK_WIDGET (view));
  g_assert_cmpint (bm_body_view_get_overlay_mode (view), ==, BM_MAP_OVERLAY_NONE);
  g_assert_false (gtk_widget_is_drawable (title));
  g_clear_pointer (&pixels, g_free);
  front_point ("knee-anterior-right", &kx, &ky);
  front_point ("shoulder-anterior-left", &sx, &sy);
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  shoulder = pixel_at (pixels, stride, sx, sy);
  g_assert_cmpint (shoulder.red, >, shoulder.green + 80);
  knee = pixel_at (pixels, stride, kx, ky);
  g_assert_cmpint (knee.green, <=, knee.red);
  show_marks ();
}

/* The period heat map colours only the areas marked in the range, warm;
 * the bar names the period. */
static void
test_period (void)
{
  BmBodyView *view = bm_window_get_body_view (window);
  g_autofree guchar *pixels = NULL;
  g_autofree char *words = NULL;
  GtkWidget *title;
  double cx, cy, fx, fy;
  Pixel calf, forearm;
  BmRgba fill;
  int stride;

  show_marks ();
  add_entry (local_time (2025, 3, 2, 8), "shin-anterior-right", 8, NULL);
  add_entry (local_time (2025, 3, 9, 20), "shin-anterior-right", 6, NULL);
  add_entry (local_time (2025, 3, 11, 8), "forearm-volar-left", 9, NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.journal-period", "(xx)",
                              local_time (2025, 3, 1, 0), local_time (2025, 3, 11, 0));
  bm_test_wait_for_draw (GTK_WIDGET (view));
  g_assert_cmpint (bm_body_view_get_overlay_mode (view), ==, BM_MAP_OVERLAY_HEAT);
  title = bm_test_find_widget (GTK_WIDGET (window), is_label_with_prefix, "Period");
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "Period 1 Mar 2025 – 10 Mar 2025");

  g_assert_true (bm_body_view_get_region_fill (view, region_index ("shin-anterior-right"), &fill));
  g_assert_false (bm_body_view_get_region_fill (view, region_index ("forearm-volar-left"), &fill));
  g_assert_false (bm_body_view_get_region_fill (view, region_index ("knee-anterior-right"), &fill));
  front_point ("shin-anterior-right", &cx, &cy);
  front_point ("forearm-volar-left", &fx, &fy);
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  calf = pixel_at (pixels, stride, cx, cy);
  forearm = pixel_at (pixels, stride, fx, fy);
  g_assert_cmpint (calf.red, >, calf.blue + 80);
  g_assert_cmpint (forearm.red - forearm.blue, <, 80);
  /* Not colour alone: how often and how strongly, in words. */
  words = bm_body_view_describe_at (view, cx, cy);
  g_assert_nonnull (strstr (words, "Pain: marked in 2 of 2 entries, 7.0 of 10 on average when marked"));

  /* A change of the marks ends the overlay, so nothing changes unseen. */
  bm_pain_map_set_mark (bm_window_get_pain_map (window), region_index ("forearm-volar-left"), BM_SYMPTOM_PAIN, 3);
  g_assert_cmpint (bm_body_view_get_overlay_mode (view), ==, BM_MAP_OVERLAY_NONE);
  show_marks ();
}

/* In a narrow window (a phone), comparing from the sidebar turns to the
 * map, and the bar fits. */
static void
test_narrow (void)
{
  BmWindow *narrow = bm_window_new (NULL, atlas, art, NULL);
  g_autoptr(BmJournalEntry) first = g_list_model_get_item (G_LIST_MODEL (journal), 0);
  g_autoptr(BmJournalEntry) second = g_list_model_get_item (G_LIST_MODEL (journal), 1);
  AdwLeaflet *leaflet;
  GtkWidget *back;
  graphene_rect_t r;

  gtk_window_set_default_size (GTK_WINDOW (narrow), 360, 720);
  gtk_window_present (GTK_WINDOW (narrow));
  bm_test_wait_for_draw (GTK_WIDGET (narrow));
  bm_test_wait_ms (300);
  leaflet = ADW_LEAFLET (bm_test_find_widget (GTK_WIDGET (narrow), is_leaflet, NULL));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  gtk_widget_activate_action (GTK_WIDGET (narrow), "win.show-results", NULL);
  bm_test_wait_ms (500);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "sidebar");

  gtk_widget_activate_action (GTK_WIDGET (narrow), "win.journal-compare", "(xx)",
                              bm_journal_entry_get_id (first), bm_journal_entry_get_id (second));
  bm_test_wait_ms (500);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (leaflet), ==, "map");
  back = find_button (GTK_WIDGET (narrow), "Back to My Marks");
  g_assert_true (gtk_widget_is_drawable (back));
  r = bm_test_bounds (back, GTK_WIDGET (narrow));
  g_assert_cmpfloat (r.origin.x, >=, 0);
  g_assert_cmpfloat (r.origin.x + r.size.width, <=, gtk_widget_get_width (GTK_WIDGET (narrow)));
  gtk_window_destroy (GTK_WINDOW (narrow));
}

/* ---- The pickers -------------------------------------------------------- */

static void
record_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       data)
{
  GVariant **last = data;

  g_clear_pointer (last, g_variant_unref);
  *last = g_variant_ref (parameter);
}

/* Defaults: the first and the last entry, the last 30 days; the buttons
 * ask the window for exactly those. */
static void
test_picker (void)
{
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) compare = g_simple_action_new ("journal-compare", G_VARIANT_TYPE ("(xx)"));
  g_autoptr(GSimpleAction) period = g_simple_action_new ("journal-period", G_VARIANT_TYPE ("(xx)"));
  g_autoptr(GVariant) compared = NULL, shown = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_time_get_year (now), g_date_time_get_month (now),
                                                         g_date_time_get_day_of_month (now), 0, 0, 0);
  g_autoptr(GDateTime) first = g_date_time_add_days (midnight, -29);
  g_autoptr(GDateTime) end = g_date_time_add_days (midnight, 1);
  GtkWidget *test_window = gtk_window_new ();
  GtkWidget *picker = bm_journal_compare_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  g_autoptr(BmJournalEntry) oldest = g_list_model_get_item (G_LIST_MODEL (journal), 0);
  g_autoptr(BmJournalEntry) newest = g_list_model_get_item (G_LIST_MODEL (journal), n - 1);
  g_autoptr(BmJournalEntry) second = g_list_model_get_item (G_LIST_MODEL (journal), 1);
  g_autoptr(BmJournalEntry) third = g_list_model_get_item (G_LIST_MODEL (journal), 2);
  gint64 a, b;

  g_assert_cmpuint (n, >=, 3);
  g_signal_connect (compare, "activate", G_CALLBACK (record_action), &compared);
  g_signal_connect (period, "activate", G_CALLBACK (record_action), &shown);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (compare));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (period));
  gtk_widget_insert_action_group (test_window, "win", G_ACTION_GROUP (group));
  bm_journal_compare_set_journal (BM_JOURNAL_COMPARE (picker), journal);
  gtk_window_set_child (GTK_WINDOW (test_window), picker);
  gtk_window_present (GTK_WINDOW (test_window));
  bm_test_wait_for_draw (picker);

  g_signal_emit_by_name (find_button (picker, "Compare on Map"), "clicked");
  g_assert_nonnull (compared);
  g_variant_get (compared, "(xx)", &a, &b);
  g_assert_cmpint (a, ==, bm_journal_entry_get_id (oldest));
  g_assert_cmpint (b, ==, bm_journal_entry_get_id (newest));

  /* The user's choice is kept, and sent. */
  bm_journal_compare_select (BM_JOURNAL_COMPARE (picker), 1, 2);
  g_signal_emit_by_name (find_button (picker, "Compare on Map"), "clicked");
  g_variant_get (compared, "(xx)", &a, &b);
  g_assert_cmpint (a, ==, bm_journal_entry_get_id (second));
  g_assert_cmpint (b, ==, bm_journal_entry_get_id (third));
  /* A new entry does not undo the user's choice. */
  add_entry (local_time (2027, 1, 1, 9), "knee-anterior-right", 3, NULL);
  g_signal_emit_by_name (find_button (picker, "Compare on Map"), "clicked");
  g_variant_get (compared, "(xx)", &a, &b);
  g_assert_cmpint (b, ==, bm_journal_entry_get_id (third));

  g_signal_emit_by_name (find_button (picker, "Show Heat Map"), "clicked");
  g_assert_nonnull (shown);
  g_variant_get (shown, "(xx)", &a, &b);
  g_assert_cmpint (a, ==, g_date_time_to_unix (first));
  g_assert_cmpint (b, ==, g_date_time_to_unix (end));

  /* A range that ends before it starts is said so, and cannot be shown. */
  bm_journal_compare_set_period (BM_JOURNAL_COMPARE (picker), bm_journal_today (), bm_journal_today () - 3);
  g_assert_false (gtk_widget_get_sensitive (find_button (picker, "Show Heat Map")));
  g_assert_nonnull (bm_test_find_label_text (picker, "The period ends before it starts."));
  g_assert_true (gtk_widget_is_drawable (bm_test_find_label_text (picker, "The period ends before it starts.")));

  gtk_window_destroy (GTK_WINDOW (test_window));
}

/* ---- Done today --------------------------------------------------------- */

static gboolean
is_toggle (GtkWidget     *widget,
           gconstpointer  data)
{
  return GTK_IS_TOGGLE_BUTTON (widget);
}

static gboolean
done_in_fresh_journal (const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) again = bm_journal_open (bm_journal_get_path (journal), NULL, &error);

  g_assert_no_error (error);
  return bm_journal_is_done (again, key, bm_journal_today ());
}

/* One click ticks the technique for today, in the file; another unticks
 * it; the button follows the log when it changes elsewhere. */
static void
test_done_today (void)
{
  const BmMuscle *muscle = bm_atlas_lookup (atlas, "gluteus-minimus");
  const BmTechnique *technique;
  g_autofree char *key = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *test_window = gtk_window_new ();
  GtkWidget *card, *toggle;

  g_assert_nonnull (muscle);
  g_assert_cmpuint (muscle->stretches->len, >, 0);
  technique = g_ptr_array_index (muscle->stretches, 0);
  key = bm_technique_key (muscle, technique);
  card = bm_technique_card_new (muscle, technique, atlas);
  gtk_window_set_child (GTK_WINDOW (test_window), card);
  gtk_window_present (GTK_WINDOW (test_window));
  bm_test_wait_for_draw (card);
  toggle = bm_test_find_widget (card, is_toggle, NULL);
  g_assert_nonnull (toggle);
  g_assert_nonnull (bm_test_find_label_text (toggle, "Done Today"));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  g_signal_emit_by_name (toggle, "clicked");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_true (bm_journal_is_done (journal, key, bm_journal_today ()));
  g_assert_true (done_in_fresh_journal (key));

  g_signal_emit_by_name (toggle, "clicked");
  g_assert_false (bm_journal_is_done (journal, key, bm_journal_today ()));
  g_assert_false (done_in_fresh_journal (key));

  /* Ticked from the Journal page (or elsewhere): the card shows it. */
  g_assert_true (bm_journal_set_done (journal, key, bm_journal_today (), TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_assert_true (bm_journal_set_done (journal, key, bm_journal_today (), FALSE, &error));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));

  /* A card shown later starts in the log's state. */
  g_assert_true (bm_journal_set_done (journal, key, bm_journal_today (), TRUE, &error));
  gtk_window_destroy (GTK_WINDOW (test_window));
  test_window = gtk_window_new ();
  card = bm_technique_card_new (muscle, technique, atlas);
  gtk_window_set_child (GTK_WINDOW (test_window), card);
  gtk_window_present (GTK_WINDOW (test_window));
  bm_test_wait_for_draw (card);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (bm_test_find_widget (card, is_toggle, NULL))));
  gtk_window_destroy (GTK_WINDOW (test_window));
}

static void
open_app (void)
{
  g_autoptr(GError) error = NULL;

  app = bm_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));
  window = BM_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));
  journal = bm_application_get_journal (app, &error);
  g_assert_no_error (error);
  g_assert_nonnull (journal);
  /* The journal is the new one in this test's data folder. */
  g_assert_true (g_str_has_prefix (bm_journal_get_path (journal), data_home));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);
}

int
main (int argc, char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* Before GTK and the application read it. */
  data_home = g_dir_make_tmp ("bodymap-maps-gui-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  atlas = bm_test_load_atlas ();
  art = bm_test_load_art ();
  open_app ();

  g_test_add_func ("/journal-maps-gui/compare", test_compare);
  g_test_add_func ("/journal-maps-gui/period", test_period);
  g_test_add_func ("/journal-maps-gui/narrow", test_narrow);
  g_test_add_func ("/journal-maps-gui/picker", test_picker);
  g_test_add_func ("/journal-maps-gui/done-today", test_done_today);
  status = g_test_run ();

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&app);
  bm_test_remove_tree (data_home);
  g_free (data_home);
  g_clear_object (&art);
  g_clear_object (&atlas);
  return status;
}
