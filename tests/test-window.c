/* test-window.c: the main window brings map, ranking and muscle pages together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>
#include <adwaita.h>
#include <json.h>

#include "core/bm-marker.h"
#include "core/bm-muscle-art.h"
#include "core/bm-illustration.h"
#include "gui/bm-journal-page.h"
#include "gui/bm-muscle-list.h"
#include "gui/bm-muscle-nerves.h"
#include "gui/bm-muscle-page.h"
#include "gui/bm-muscle-sections.h"
#include "gui/bm-region-list.h"
#include "gui/bm-settings.h"
#include "gui/bm-sheet-list.h"
#include "gui/bm-sources-page.h"
#include "gui/bm-technique-card.h"
#include "gui/bm-window.h"
#include "gui/bm-window-private.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

static BmAtlas *atlas;
static BmBodyArt *art;

static BmWindow *
new_window (const char *session_file)
{
  return bm_test_new_window (atlas, art, session_file);
}

static void
mark (BmWindow   *window,
      const char *region,
      BmSymptom   symptom)
{
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), region);
  bm_pain_map_set_mark (bm_window_get_pain_map (window), r->index, symptom, 6);
}

/* Marking the outer-leg pattern fills the list, best match first. */
static void
test_list_order (void)
{
  BmWindow *window = new_window (NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  static const char *regions[] = { "buttock-lower-right", "thigh-lateral-upper-right", "thigh-lateral-lower-right",
                                   "knee-lateral-right", "calf-lateral-upper-right", "calf-lateral-lower-right",
                                   "ankle-lateral-right" };
  g_autofree char *before = NULL;

  g_assert_cmpuint (bm_sources_page_get_n_rows (page), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    mark (window, regions[i], BM_SYMPTOM_PAIN);

  g_assert_cmpuint (bm_sources_page_get_n_rows (page), >=, 5);
  g_assert_cmpstr (bm_sources_page_get_row (page, 0)->muscle->id, ==, "gluteus-minimus");
  g_assert_cmpint (bm_sources_page_get_row (page, 0)->side, ==, BM_SIDE_OF_RIGHT);
  for (guint i = 1; i < bm_sources_page_get_n_rows (page); i++)
    g_assert_cmpfloat (bm_sources_page_get_row (page, i - 1)->score, >=, bm_sources_page_get_row (page, i)->score);
  g_assert_nonnull (strstr (bm_sources_page_get_summary (page), "Gluteus minimus"));

  /* The list follows live: a heel changes the combination. */
  before = g_strdup (bm_sources_page_get_summary (page));
  mark (window, "foot-heel-left", BM_SYMPTOM_PAIN);
  g_assert_cmpstr (bm_sources_page_get_summary (page), !=, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dark_at (const guchar *data,
         int           stride,
         double        x,
         double        y)
{
  const guchar *p = data + (gsize) ((int) y) * stride + ((int) x) * 4;
  return p[0] < 100 && p[1] < 100 && p[2] < 100;
}

/* Selecting a candidate draws an X on its trigger points. */
static void
test_candidate_markers (void)
{
  BmWindow *window = new_window (NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  BmBodyView *view = bm_window_get_body_view (window);
  g_autofree guchar *before = NULL, *after = NULL;
  const BmCandidate *c;
  const BmMarker *marker;
  double sx, sy, x = 0, y = 0;
  BmView v;
  int stride;

  mark (window, "knee-anterior-right", BM_SYMPTOM_PAIN);
  mark (window, "thigh-anterior-lower-right", BM_SYMPTOM_PAIN);
  c = bm_sources_page_get_row (page, 0);
  g_assert_cmpstr (c->muscle->id, ==, "rectus-femoris");
  marker = &g_array_index (c->best->markers, BmMarker, 0);
  g_assert_true (bm_marker_locate (marker, BM_MUSCLE_RIGHT, art, &v, &sx, &sy, NULL));
  if (v == BM_VIEW_RIGHT)
    bm_body_view_set_layout (view, BM_BODY_LAYOUT_SIDES);
  bm_test_wait_for_draw (GTK_WIDGET (view));
  g_assert_true (bm_body_view_get_region_point (view, v, sx, sy, &x, &y));

  before = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_false (bm_body_view_has_highlight (view));
  bm_sources_page_select (page, 0);
  g_assert_true (bm_body_view_has_highlight (view));
  after = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_false (dark_at (before, stride, x, y));
  g_assert_true (dark_at (after, stride, x, y));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_restores (void)
{
  BmWindow *window = new_window (NULL);
  BmPainMap *map = bm_window_get_pain_map (window);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  g_autofree char *first = NULL;

  mark (window, "head-temple-left", BM_SYMPTOM_PAIN);
  mark (window, "teeth-upper-left", BM_SYMPTOM_NUMBNESS);
  first = g_strdup (bm_sources_page_get_row (page, 0)->muscle->id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);
  g_assert_cmpuint (bm_sources_page_get_n_rows (page), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 2);
  g_assert_cmpstr (bm_sources_page_get_row (page, 0)->muscle->id, ==, first);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The muscle page lists the steps of every stretch and release. */
static void
test_muscle_page_steps (void)
{
  BmWindow *window = new_window (NULL);
  const BmMuscle *m = bm_atlas_lookup (atlas, "gluteus-minimus");
  g_autofree char *text = NULL;

  bm_window_show_muscle (window, "gluteus-minimus", BM_SIDE_OF_LEFT);
  bm_test_wait_for_draw (bm_window_get_muscle_page (window));
  text = bm_test_visible_text (bm_window_get_muscle_page (window));
  for (guint s = 0; s < m->stretches->len; s++)
    {
      const BmTechnique *t = m->stretches->pdata[s];

      g_assert_nonnull (strstr (text, t->title));
      for (guint i = 0; t->steps[i] != NULL; i++)
        if (strstr (text, t->steps[i]) == NULL)
          g_error ("the muscle page lacks step %u of “%s”", i + 1, t->title);
    }
  g_assert_nonnull (strstr (text, ((BmTechnique *) m->releases->pdata[0])->steps[0]));
  g_assert_nonnull (strstr (text, ((BmFactor *) m->factors->pdata[0])->fix));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Front & Back or Sides is the "layout" setting: Ctrl+2 keeps it for the
 * next window, and a change of the setting switches the open window. */
static void
test_layout_setting (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BmWindow *window = new_window (NULL);
  BmBodyView *view = bm_window_get_body_view (window);
  g_autofree char *layout = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.layout", "s", "sides"));
  g_assert_cmpstr (g_settings_get_string (settings, "layout"), ==, "sides");
  g_assert_cmpint (bm_body_view_get_layout (view), ==, BM_BODY_LAYOUT_SIDES);
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window (NULL);
  view = bm_window_get_body_view (window);
  g_assert_cmpint (bm_body_view_get_layout (view), ==, BM_BODY_LAYOUT_SIDES);
  g_settings_set_string (settings, "layout", "front-back");
  g_object_get (window, "layout", &layout, NULL);
  g_assert_cmpstr (layout, ==, "front-back");
  g_assert_cmpint (bm_body_view_get_layout (view), ==, BM_BODY_LAYOUT_FRONT_BACK);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the person marked is there again in a new window. */
static void
test_session_restored (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmWindow *window = new_window (file);

  mark (window, "knee-lateral-left", BM_SYMPTOM_PAIN);
  bm_session_set_on_sheet (bm_window_get_session (window), "vastus-lateralis", TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));

  window = new_window (file);
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_window_get_pain_map (window)), ==, 1);
  g_assert_true (bm_session_get_on_sheet (bm_window_get_session (window), "vastus-lateralis"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A damaged file is kept aside, not overwritten, and the window opens. */
  g_assert_true (g_file_set_contents (file, "{ \"marks\": [ {\"region\": \"nowhere\"", -1, NULL));
  window = new_window (file);
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_window_get_pain_map (window)), ==, 0);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    gboolean kept = FALSE;

    while ((name = g_dir_read_name (d)) != NULL)
      kept |= g_str_has_prefix (name, "session.json.unreadable-");
    g_assert_true (kept);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  bm_test_remove_tree (dir);
}

/* Keyboard path: search the list, activate the single match. */
static void
test_window_region_list (void)
{
  BmWindow *window = bm_window_new (NULL, atlas, art, NULL);
  BmRegionList *list = BM_REGION_LIST (bm_window_get_region_list (window));
  BmPainMap *map = bm_window_get_pain_map (window);
  const BmRegion *knee = bm_region_catalog_lookup (bm_body_art_get_catalog (art), "knee-lateral-left");

  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));

  bm_region_list_set_filter (list, "outer knee left");
  g_assert_cmpuint (bm_region_list_count_visible (list), ==, 1);
  g_assert_true (bm_region_list_activate_match (list));
  g_assert_true (bm_pain_map_get_mark (map, knee->index, BM_SYMPTOM_PAIN, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bm_region_list_set_filter (list, "knee");
  g_assert_cmpuint (bm_region_list_count_visible (list), ==, 8);
  bm_region_list_set_filter (list, "zzzz");
  g_assert_cmpuint (bm_region_list_count_visible (list), ==, 0);

  /* The window's actions: mark, undo, clear. */
  bm_pain_map_toggle (map, knee->index, BM_SYMPTOM_PAIN);
  g_assert_true (bm_pain_map_get_mark (map, knee->index, BM_SYMPTOM_PAIN, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (bm_pain_map_get_mark (map, knee->index, BM_SYMPTOM_PAIN, NULL));
  bm_pain_map_toggle (map, knee->index, BM_SYMPTOM_PAIN);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.clear", NULL);
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);

  /* The symptom action changes what a click marks. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.symptom", "s", "numbness");
  g_assert_cmpint (bm_body_view_get_symptom (bm_window_get_body_view (window)), ==, BM_SYMPTOM_NUMBNESS);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.layout", "s", "sides");
  g_assert_cmpint (bm_body_view_get_layout (bm_window_get_body_view (window)), ==, BM_BODY_LAYOUT_SIDES);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The muscle page and the map agree ----------------------------------- */

/* The first toggle button below @widget labelled @text, in page order. */
static GtkWidget *
find_toggle (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_LABEL (gtk_button_get_child (GTK_BUTTON (widget))) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (widget)))), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle (child, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Pixels around (@x, @y) that differ clearly between two renders. */
static guint
count_changed (const guchar *a,
               const guchar *b,
               int           stride,
               double        x,
               double        y,
               int           radius)
{
  guint n = 0;

  for (int py = (int) y - radius; py <= (int) y + radius; py++)
    for (int px = (int) x - radius; px <= (int) x + radius; px++)
      {
        gsize o = (gsize) py * stride + (gsize) px * 4;
        if (abs (a[o] - b[o]) + abs (a[o + 1] - b[o + 1]) + abs (a[o + 2] - b[o + 2]) > 60)
          n++;
      }
  return n;
}

/* Opaque pixels around (@x, @y) as dark as an X's stroke. */
static guint
count_dark (const guchar *pixels,
            int           stride,
            double        x,
            double        y,
            int           radius)
{
  guint n = 0;

  for (int py = (int) y - radius; py <= (int) y + radius; py++)
    for (int px = (int) x - radius; px <= (int) x + radius; px++)
      {
        gsize o = (gsize) py * stride + (gsize) px * 4;
        if (pixels[o + 3] == 255 && pixels[o] + pixels[o + 1] + pixels[o + 2] < 3 * 60)
          n++;
      }
  return n;
}

/* Where the map shows @tp's first X on the left, in widget px. */
static gboolean
x_point (BmBodyView           *view,
         BmBodyArt            *window_art,
         const BmTriggerPoint *tp,
         double               *x,
         double               *y)
{
  BmView which;
  double sx, sy;

  for (guint m = 0; m < tp->markers->len; m++)
    if (bm_marker_locate (&g_array_index (tp->markers, BmMarker, m), BM_MUSCLE_LEFT, window_art,
                          &which, &sx, &sy, NULL) &&
        bm_body_view_get_region_point (view, which, sx, sy, x, y))
      return TRUE;
  return FALSE;
}

/* Moving the focus into a trigger point's card rings its X on the map;
 * answering "Not tender" fades it. */
static void
test_card_rings_x (void)
{
  BmWindow *window = bm_window_new (NULL, atlas, art, NULL);
  BmBodyView *view = bm_window_get_body_view (window);
  GtkWidget *page = bm_window_get_muscle_page (window);
  const BmMuscle *muscle = bm_atlas_lookup (atlas, "gluteus-minimus");
  const BmTriggerPoint *tp = muscle->trigger_points->pdata[0];
  g_autofree guchar *plain = NULL, *ringed = NULL, *unringed = NULL, *denied = NULL;
  GtkWidget *not_tender;
  double x, y;
  int stride;

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (view));
  bm_window_show_muscle (window, muscle->id, BM_SIDE_OF_LEFT);
  bm_test_wait_for_draw (page);
  g_assert_true (bm_body_view_has_highlight (view));
  g_assert_true (x_point (view, art, tp, &x, &y));
  not_tender = find_toggle (page, "Not Tender");
  g_assert_nonnull (not_tender);
  plain = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_cmpuint (count_dark (plain, stride, x, y, 12), >, 10);

  /* The first card's answer button takes the focus: its X gets a ring. */
  gtk_widget_grab_focus (not_tender);
  g_assert_true (bm_body_view_get_focus_trigger_point (view) == (gconstpointer) tp);
  ringed = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_cmpuint (count_changed (plain, ringed, stride, x, y, 30), >, 200);

  /* The focus leaves the card: the ring goes. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  g_assert_null (bm_body_view_get_focus_trigger_point (view));
  unringed = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_cmpuint (count_changed (plain, unringed, stride, x, y, 30), <, 10);

  /* "Not tender" fades the X: no stroke stays dark. */
  gtk_widget_activate (not_tender);
  bm_test_wait_ms (400);   /* a button activated from the keyboard clicks after a flash */
  g_assert_cmpint (bm_session_get_confirm (bm_window_get_session (window), muscle->id, tp->id,
                                           BM_MUSCLE_LEFT), ==, BM_CONFIRM_NOT_TENDER);
  denied = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_cmpuint (count_dark (denied, stride, x, y, 12), ==, 0);
  g_assert_cmpuint (count_changed (plain, denied, stride, x, y, 12), >, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Keyboard, links, My Sheet, Clear All, the hint, small windows ---- */

static GtkWidget *find_widget (GtkWidget *widget, gboolean (*test) (GtkWidget *, gconstpointer), gconstpointer data);
static gboolean is_type (GtkWidget *widget, gconstpointer type);

static gboolean
trigger_matches (GtkShortcutTrigger *trigger,
                 guint               keyval,
                 GdkModifierType     mods)
{
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods) ||
           trigger_matches (gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, mods);
  return GTK_IS_KEYVAL_TRIGGER (trigger) &&
         gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
         gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == mods;
}

static gboolean
run_shortcut (GtkWidget       *widget,
              guint            keyval,
              GdkModifierType  mods)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);

          if (trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, mods) &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE, widget,
                                            gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
dispatch (GtkWidget       *target,
          guint            keyval,
          GdkModifierType  mods)
{
  for (GtkWidget *w = target; w != NULL; w = gtk_widget_get_parent (w))
    if (run_shortcut (w, keyval, mods))
      return TRUE;
  return FALSE;
}

/* The search entry that captures the typing around @focus, as
 * gtk_search_entry_set_key_capture_widget() does, or NULL. */
static GtkWidget *
capturing_entry (GtkWidget *widget,
                 GtkWidget *focus)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    {
      GtkWidget *capture = gtk_search_entry_get_key_capture_widget (GTK_SEARCH_ENTRY (widget));

      if (capture != NULL && (focus == capture || gtk_widget_is_ancestor (focus, capture)) &&
          !gtk_widget_is_ancestor (focus, widget))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = capturing_entry (child, focus);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A key press as GTK dispatches it: a search entry capturing the keys of
 * the focus widget's page gets every key but navigation first; then the
 * key bindings from the focus widget up to the window, the first widget
 * with a binding for the key that accepts it. */
static void
press (BmWindow        *window,
       guint            keyval,
       GdkModifierType  mods)
{
  static const guint navigation[] = { GDK_KEY_Up, GDK_KEY_Down, GDK_KEY_Left, GDK_KEY_Right, GDK_KEY_Tab,
                                      GDK_KEY_Home, GDK_KEY_End, GDK_KEY_Page_Up, GDK_KEY_Page_Down, GDK_KEY_space };
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *entry = focus != NULL ? capturing_entry (GTK_WIDGET (window), focus) : NULL;
  gboolean handled = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (navigation); i++)
    if (keyval == navigation[i])
      entry = NULL;
  if (entry != NULL)
    handled = dispatch (find_widget (entry, is_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT)), keyval, mods);
  if (!handled)
    dispatch (focus ? focus : GTK_WIDGET (window), keyval, mods);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
type_text (BmWindow   *window,
           const char *text)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  int pos = 0;

  g_assert_true (GTK_IS_EDITABLE (focus));
  gtk_editable_insert_text (GTK_EDITABLE (focus), text, -1, &pos);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*test) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (test (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, test, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_type (GtkWidget *widget, gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_class (GtkWidget *widget, gconstpointer css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static gboolean
is_label_starting (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
has_tooltip (GtkWidget *widget, gconstpointer text)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

/* The muscle the sidebar shows on its muscle page, or NULL. */
static const char *
shown_muscle (BmWindow *window)
{
  GtkWidget *page = bm_window_get_muscle_page (window);
  GtkStack *stack = GTK_STACK (gtk_widget_get_ancestor (page, GTK_TYPE_STACK));

  if (g_strcmp0 (gtk_stack_get_visible_child_name (stack), "muscle") != 0)
    return NULL;
  return bm_muscle_page_get_muscle (BM_MUSCLE_PAGE (page));
}

static gboolean
in_search_entry (BmWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  return focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY) != NULL;
}

static gboolean
name_matches (const char *muscle,
              const char *word)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, muscle);
  g_autofree char *folded = g_utf8_casefold (m->name, -1);
  gboolean found = strstr (folded, word) != NULL;

  for (guint a = 0; !found && m->aliases[a] != NULL; a++)
    {
      g_autofree char *alias = g_utf8_casefold (m->aliases[a], -1);
      found = strstr (alias, word) != NULL;
    }
  return found;
}

/* In the muscle search Enter opens the first match; Down moves into the
 * results, Down again to the next, and Enter opens the focused one. */
static void
test_muscle_search_keys (void)
{
  BmWindow *window = new_window (NULL);
  g_autofree char *first = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (in_search_entry (window));
  type_text (window, "glute");
  press (window, GDK_KEY_Return, 0);
  g_assert_nonnull (shown_muscle (window));
  g_assert_true (name_matches (shown_muscle (window), "glute"));
  first = g_strdup (shown_muscle (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_null (shown_muscle (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  press (window, GDK_KEY_Down, 0);
  g_assert_false (in_search_entry (window));
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_root_get_focus (GTK_ROOT (window))));
  press (window, GDK_KEY_Down, 0);
  press (window, GDK_KEY_Return, 0);
  g_assert_nonnull (shown_muscle (window));
  g_assert_true (name_matches (shown_muscle (window), "glute"));
  g_assert_cmpstr (shown_muscle (window), !=, first);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Escape leaves a search field; Ctrl+Z then undoes the last mark instead of
 * the typing, on the Areas page and on the Muscles page. */
static void
test_escape_then_undo (void)
{
  static const char *pages[] = { "areas", "muscles" };
  BmWindow *window = new_window (NULL);
  BmPainMap *map = bm_window_get_pain_map (window);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (bm_window_get_sources_page (window),
                                                                 ADW_TYPE_VIEW_STACK));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GtkEditable *entry;

      mark (window, "knee-lateral-left", BM_SYMPTOM_PAIN);
      g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 1);
      adw_view_stack_set_visible_child_name (stack, pages[i]);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
      g_assert_true (in_search_entry (window));
      type_text (window, "knee");
      entry = GTK_EDITABLE (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_SEARCH_ENTRY));

      press (window, GDK_KEY_Escape, 0);
      g_assert_false (in_search_entry (window));
      press (window, GDK_KEY_z, GDK_CONTROL_MASK);
      g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 0);
      g_assert_cmpstr (gtk_editable_get_text (entry), ==, "knee");
      gtk_editable_set_text (entry, "");
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Only the map and the likely sources are built for the first frame: each
 * other page is built when first shown, in its place, and then stays; the
 * shortcuts window waits for Ctrl+? (not shown here: GTK 4.8 warns about
 * its labels' widths). */
static void
test_pages_on_demand (void)
{
  static const struct { const char *page; GType (*type) (void); } pages[] = {
    { "areas", bm_region_list_get_type },
    { "muscles", bm_muscle_list_get_type },
    { "journal", bm_journal_page_get_type },
  };
  BmWindow *window = new_window (NULL);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (bm_window_get_sources_page (window),
                                                                 ADW_TYPE_VIEW_STACK));
  GtkWidget *built;

  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    g_assert_null (bm_test_find_widget (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (pages[i].type ())));
  g_assert_null (bm_test_find_widget (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (BM_TYPE_MUSCLE_PAGE)));
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (stack, pages[i].page);
      built = bm_test_find_widget (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (pages[i].type ()));
      g_assert_nonnull (built);
      g_assert_true (gtk_widget_is_ancestor (built, adw_view_stack_get_visible_child (stack)));
      bm_test_wait_for_draw (built);
      g_assert_true (gtk_widget_get_mapped (built));
      adw_view_stack_set_visible_child_name (stack, "sources");
      adw_view_stack_set_visible_child_name (stack, pages[i].page);
      g_assert_true (bm_test_find_widget (GTK_WIDGET (window), is_type, GSIZE_TO_POINTER (pages[i].type ())) == built);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "Check first: …" on a card opens the muscle it names. */
static void
test_key_muscle_links (void)
{
  BmWindow *window = new_window (NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  GtkWidget *label;
  GtkWidget *row;
  const BmCandidate *c;
  const BmMuscle *key;
  g_autofree char *href = NULL;
  g_autofree char *uri = NULL;
  gboolean handled = FALSE;

  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  mark (window, "thigh-lateral-upper-right", BM_SYMPTOM_PAIN);
  mark (window, "thigh-lateral-lower-right", BM_SYMPTOM_PAIN);
  label = find_widget (GTK_WIDGET (page), is_label_starting, "Check first: ");
  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  c = bm_sources_page_get_row (page, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpuint (c->key_muscles->len, >, 0);
  key = c->key_muscles->pdata[c->key_muscles->len > 1 ? 1 : 0];
  g_assert_cmpstr (key->id, !=, c->muscle->id);

  /* The name is a link to that muscle, and following it opens its page. */
  uri = g_strdup_printf ("muscle:%s", key->id);
  href = g_strdup_printf ("<a href=\"%s\">%s</a>", uri, key->name);
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (label)), href));
  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
  g_assert_cmpstr (shown_muscle (window), ==, key->id);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_label_containing (GtkWidget *widget, gconstpointer text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The shown section of @type on the muscle page after showing @muscle, or NULL. */
static GtkWidget *
show_section (BmWindow   *window,
              const char *muscle,
              GType       type)
{
  GtkWidget *page = bm_window_get_muscle_page (window);

  bm_window_show_muscle (window, muscle, BM_SIDE_OF_LEFT);
  bm_test_wait_for_draw (page);
  return find_widget (page, is_type, GSIZE_TO_POINTER (type));
}

/* The visible drawing area in the card of the technique titled @title. */
static GtkWidget *
technique_illustration (GtkWidget  *page,
                        const char *title)
{
  GtkWidget *label = bm_test_find_label_text (page, title);
  GtkWidget *card = label != NULL ? gtk_widget_get_ancestor (label, BM_TYPE_TECHNIQUE_CARD) : NULL;

  g_assert_nonnull (card);
  return find_widget (card, is_type, GSIZE_TO_POINTER (GTK_TYPE_DRAWING_AREA));
}

/* Pixels of @pixels (BGRA, premultiplied) within 24 levels of @colour. */
static guint
count_colour (const guchar *pixels,
              int           stride,
              int           width,
              int           height,
              const BmRgba *colour)
{
  guint n = 0;

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = pixels + (gsize) y * stride + (gsize) x * 4;

        n += p[3] == 255 && abs (p[2] - (int) (colour->red * 255)) < 24 &&
             abs (p[1] - (int) (colour->green * 255)) < 24 && abs (p[0] - (int) (colour->blue * 255)) < 24;
      }
  return n;
}

static const BmTechnique *
technique_of (const BmMuscle *m,
              const char     *title)
{
  GPtrArray *lists[2] = { m->stretches, m->releases };

  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < lists[l]->len; i++)
      if (g_str_equal (((BmTechnique *) lists[l]->pdata[i])->title, title))
        return lists[l]->pdata[i];
  g_assert_not_reached ();
}

/* Every technique card shows its picture across the card, with the muscle
 * in the highlight colour and a description for screen readers that names
 * the position and the muscle. */
static void
test_muscle_page_illustration (void)
{
  BmWindow *window = new_window (NULL);
  GtkWidget *page = bm_window_get_muscle_page (window);
  static const char *const titles[] = { "Side-lying leg drop", "Ball against the wall" };
  BmAtlas *loaded = bm_session_get_atlas (bm_window_get_session (window));
  const BmMuscle *m = bm_atlas_lookup (loaded, "gluteus-minimus");
  BmPoseStyle style;

  bm_window_show_muscle (window, "gluteus-minimus", BM_SIDE_OF_LEFT);
  bm_test_wait_for_draw (page);
  bm_pose_get_default_style (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkWidget *area = technique_illustration (page, titles[i]);
      g_autofree guchar *pixels = NULL;
      g_autofree char *label = NULL;
      int stride, width, height;

      g_assert_nonnull (area);
      width = gtk_widget_get_width (area);
      height = gtk_widget_get_height (area);
      g_assert_cmpint (width, >=, 260);
      g_assert_cmpint (height, >=, 150);
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (area)), ==, GTK_ACCESSIBLE_ROLE_IMG);
      label = bm_illustration_describe (loaded, m, technique_of (m, titles[i]));
      g_assert_nonnull (strstr (label, "Gluteus minimus"));
      g_assert_nonnull (strstr (label, titles[i]));
      pixels = bm_test_render (area, &stride);
      /* The figure's skin and the highlighted muscle, each a real area. */
      g_assert_cmpuint (count_colour (pixels, stride, width, height, &style.skin), >, 500);
      g_assert_cmpuint (count_colour (pixels, stride, width, height, &style.highlight), >, 60);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A muscle's page names the nerves it can press on, where and what they
 * serve in words, and has no such section when it presses on none. */
static void
test_muscle_page_nerves (void)
{
  BmWindow *window = new_window (NULL);
  GtkWidget *nerves = show_section (window, "supinator", BM_TYPE_MUSCLE_NERVES);

  g_assert_nonnull (nerves);
  g_assert_nonnull (bm_test_find_label_text (nerves, "Deep branch of the radial nerve (posterior interosseous nerve)"));
  g_assert_nonnull (bm_test_find_label_text (nerves, "Superficial branch of the radial nerve"));
  g_assert_nonnull (find_widget (nerves, is_label_containing, "at the outer elbow"));
  g_assert_nonnull (find_widget (nerves, is_label_containing, "serves the back of the forearm and the back of the wrist"));
  g_assert_null (find_widget (nerves, is_label_containing, "(left)"));
  g_assert_null (show_section (window, "temporalis", BM_TYPE_MUSCLE_NERVES));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A related chain is context, never worded as pain; a referral chain is. */
static void
test_muscle_page_chains (void)
{
  BmWindow *window = new_window (NULL);
  GtkWidget *related = show_section (window, "temporalis", BM_TYPE_MUSCLE_RELATED);

  g_assert_nonnull (find_widget (related, is_label_starting, "Related: the jaw-closing muscles working together"));
  g_assert_null (find_widget (related, is_label_starting, "Pain"));
  g_assert_null (find_widget (related, is_label_starting, "Linked via"));
  related = show_section (window, "tensor-fasciae-latae", BM_TYPE_MUSCLE_RELATED);
  g_assert_nonnull (bm_test_find_label_text (related, "Pain through the iliotibial band"));
  g_assert_null (find_widget (related, is_label_starting, "Related:"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_candidate_row (GtkWidget *widget, gconstpointer index)
{
  return GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_has_css_class (widget, "candidate") &&
         gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget)) == GPOINTER_TO_INT (index);
}

/* Whether the card of @muscle shows the "On Sheet" tag. */
static gboolean
shows_sheet_chip (BmSourcesPage *page,
                  const char    *muscle)
{
  for (guint i = 0; i < bm_sources_page_get_n_rows (page); i++)
    if (g_str_equal (bm_sources_page_get_row (page, i)->muscle->id, muscle))
      {
        GtkWidget *row = find_widget (GTK_WIDGET (page), is_candidate_row, GINT_TO_POINTER (i));

        g_assert_nonnull (row);
        return find_widget (row, is_label_starting, "On Sheet") != NULL;
      }
  g_assert_not_reached ();
}

static gboolean
has_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (has_label (c))
      return TRUE;
  return FALSE;
}

static void
collect_icon_buttons (GtkWidget *widget,
                      GPtrArray *found)
{
  GtkWidget *child;

  if ((GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget)) && gtk_widget_get_visible (widget))
    {
      const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                                                 : gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
      if (label == NULL && !has_label (widget))
        g_ptr_array_add (found, widget);
      return;   /* not the toggle inside a menu button */
    }
  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_icon_buttons (child, found);
}

/* Every icon-only button of the window has a name for screen readers,
 * and the Pain toggle is "Pain", not its mnemonic. */
static void
test_accessible_names (void)
{
  BmWindow *window = new_window (NULL);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_icon_buttons (GTK_WIDGET (window), buttons);
  g_assert_cmpuint (buttons->len, >=, 7);
  for (guint i = 0; i < buttons->len; i++)
    if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (buttons->pdata[i]), GTK_ACCESSIBLE_PROPERTY_LABEL))
      g_error ("an icon-only %s (tooltip “%s”) has no accessible name", G_OBJECT_TYPE_NAME (buttons->pdata[i]),
               gtk_widget_get_tooltip_text (buttons->pdata[i]));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A therapist's handout from My Sheet: the client's name typed there and
 * one technique per muscle when the release is switched off. */
static void
test_sheet_handout_options (void)
{
  BmWindow *window = new_window (NULL);
  BmSession *session = bm_window_get_session (window);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  BmSheetList *list = BM_SHEET_LIST (find_widget (GTK_WIDGET (page), is_type, GSIZE_TO_POINTER (BM_TYPE_SHEET_LIST)));
  GtkWidget *entry, *release;
  BmSheet *sheet;

  bm_session_set_on_sheet (session, "soleus", TRUE);
  bm_session_set_on_sheet (session, "piriformis", TRUE);
  bm_test_wait_for_draw (GTK_WIDGET (list));
  sheet = bm_window_new_sheet (window);
  g_assert_null (bm_sheet_get_client (sheet));
  g_assert_cmpuint (bm_sheet_get_techniques (sheet), ==, 2);
  bm_sheet_free (sheet);

  entry = find_widget (GTK_WIDGET (list), is_type, GSIZE_TO_POINTER (ADW_TYPE_ENTRY_ROW));
  release = find_widget (GTK_WIDGET (list), is_type, GSIZE_TO_POINTER (GTK_TYPE_SWITCH));
  g_assert_nonnull (entry);
  g_assert_nonnull (release);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Anna <b>K</b>");
  gtk_switch_set_active (GTK_SWITCH (release), FALSE);
  sheet = bm_window_new_sheet (window);
  g_assert_cmpstr (bm_sheet_get_client (sheet), ==, "Anna <b>K</b>");
  g_assert_cmpuint (bm_sheet_get_techniques (sheet), ==, 1);
  bm_sheet_free (sheet);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Adding a muscle on its page puts it on My Sheet and tags its card;
 * removing it there takes it off the session's sheet. */
static void
test_my_sheet (void)
{
  BmWindow *window = new_window (NULL);
  BmSession *session = bm_window_get_session (window);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  BmSheetList *list = BM_SHEET_LIST (find_widget (GTK_WIDGET (page), is_type, GSIZE_TO_POINTER (BM_TYPE_SHEET_LIST)));
  GListModel *model = bm_sheet_list_get_model (list);
  GtkWidget *add, *remove;

  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  mark (window, "thigh-lateral-lower-right", BM_SYMPTOM_PAIN);
  g_assert_false (shows_sheet_chip (page, "vastus-lateralis"));
  g_assert_null (find_widget (GTK_WIDGET (list), is_label_starting, "My Sheet"));

  bm_window_show_muscle (window, "vastus-lateralis", BM_SIDE_OF_RIGHT);
  add = find_widget (bm_window_get_muscle_page (window), is_type, GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON));
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  g_assert_true (bm_session_get_on_sheet (session, "vastus-lateralis"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  bm_test_wait_for_draw (GTK_WIDGET (list));

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "vastus-lateralis");
  g_assert_nonnull (find_widget (GTK_WIDGET (list), is_label_starting, "My Sheet"));
  g_assert_nonnull (find_widget (GTK_WIDGET (list), is_label_starting, "Vastus lateralis"));
  g_assert_true (shows_sheet_chip (page, "vastus-lateralis"));

  remove = find_widget (GTK_WIDGET (list), has_tooltip, "Remove From My Sheet");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  g_assert_false (bm_session_get_on_sheet (session, "vastus-lateralis"));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_assert_false (shows_sheet_chip (page, "vastus-lateralis"));
  g_assert_null (find_widget (GTK_WIDGET (list), is_label_starting, "My Sheet"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Clear All offers Undo, which brings every mark back. */
static void
test_clear_undo_toast (void)
{
  BmWindow *window = new_window (NULL);
  BmPainMap *map = bm_window_get_pain_map (window);
  GtkWidget *undo;

  mark (window, "knee-lateral-left", BM_SYMPTOM_PAIN);
  mark (window, "head-temple-left", BM_SYMPTOM_PAIN);
  mark (window, "foot-dorsum-left", BM_SYMPTOM_NUMBNESS);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 0);
  bm_test_wait_for_draw (GTK_WIDGET (window));

  undo = find_widget (GTK_WIDGET (window), bm_test_is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_assert_nonnull (gtk_widget_get_ancestor (undo, ADW_TYPE_TOAST_OVERLAY));
  g_signal_emit_by_name (undo, "clicked");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The hint above the map asks to select a source only until one is. */
static void
test_hint_follows_state (void)
{
  BmWindow *window = new_window (NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  GtkLabel *hint = GTK_LABEL (find_widget (GTK_WIDGET (window), has_class, "hint"));
  const char *name;

  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  g_assert_nonnull (strstr (gtk_label_get_text (hint), "Select a likely source"));
  bm_sources_page_select (page, 0);
  name = bm_sources_page_get_row (page, 0)->muscle->name;
  g_assert_null (strstr (gtk_label_get_text (hint), "Select a likely source"));
  g_assert_nonnull (strstr (gtk_label_get_text (hint), name));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* At every size the window allows (down to its minimum, asked for as 1×1),
 * the legend shows whole (its minimum height for its width) and overlaps
 * neither the zoom buttons nor the map. */
static void
test_small_windows (void)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 900, 700 }, { 700, 900 }, { 1, 1 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      BmWindow *window = bm_window_new (NULL, atlas, art, NULL);
      GtkWidget *legend, *zoom, *view = GTK_WIDGET (bm_window_get_body_view (window));
      graphene_rect_t l, z, v, w;
      int min;

      gtk_window_set_default_size (GTK_WINDOW (window), sizes[i][0], sizes[i][1]);
      gtk_window_present (GTK_WINDOW (window));
      bm_test_wait_for_draw (view);
      legend = find_widget (GTK_WIDGET (window), has_class, "legend");
      zoom = find_widget (GTK_WIDGET (window), has_class, "zoom-controls");
      l = bm_test_bounds (legend, GTK_WIDGET (window));
      z = bm_test_bounds (zoom, GTK_WIDGET (window));
      v = bm_test_bounds (view, GTK_WIDGET (window));
      w = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
      g_test_message ("%dx%d: legend %gx%g at %g,%g", sizes[i][0], sizes[i][1], l.size.width, l.size.height,
                      l.origin.x, l.origin.y);
      gtk_widget_measure (legend, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (legend), &min, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_height (legend), >=, min);
      gtk_widget_measure (legend, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (legend), >=, min);
      g_assert_false (graphene_rect_intersection (&l, &z, NULL));
      g_assert_false (graphene_rect_intersection (&l, &v, NULL));
      g_assert_false (graphene_rect_intersection (&z, &v, NULL));
      g_assert_true (graphene_rect_contains_rect (&w, &l));
      g_assert_true (graphene_rect_contains_rect (&w, &z));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* ---- The anatomy chart ---------------------------------------------------- */

/* A window with the chart turned on by Ctrl+M, and where one of @muscle's
 * left trigger points is (widget px), on a spot where the chart shows that
 * muscle on top. Before the chart, the spot must be bare skin. */
static BmWindow *
anatomy_window (const BmMuscle *muscle,
                double         *x,
                double         *y)
{
  g_autoptr(BmMuscleArt) shapes = bm_muscle_art_new (atlas, NULL);
  BmWindow *window = new_window (NULL);
  BmBodyView *view = bm_window_get_body_view (window);
  g_autofree guchar *pixels = NULL;
  gboolean found = FALSE;
  int stride;

  for (guint t = 0; !found && t < muscle->trigger_points->len; t++)
    {
      const BmTriggerPoint *tp = muscle->trigger_points->pdata[t];

      for (guint m = 0; !found && m < tp->markers->len; m++)
        {
          BmMuscleSide side;
          BmView v;
          double sx, sy;

          if (!bm_marker_locate (&g_array_index (tp->markers, BmMarker, m), BM_MUSCLE_LEFT, art, &v, &sx, &sy, NULL) ||
              bm_muscle_art_muscle_at (shapes, v, sx, sy, &side) != muscle || side != BM_MUSCLE_LEFT)
            continue;
          bm_body_view_set_layout (view, v == BM_VIEW_FRONT || v == BM_VIEW_BACK ? BM_BODY_LAYOUT_FRONT_BACK
                                                                                 : BM_BODY_LAYOUT_SIDES);
          bm_test_wait_for_draw (GTK_WIDGET (view));
          found = bm_body_view_get_region_point (view, v, sx, sy, x, y);
        }
    }
  g_assert_true (found);
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_false (bm_test_muscle_red_at (pixels, stride, *x, *y));
  g_assert_null (bm_body_view_muscle_at (view, *x, *y, NULL));
  press (window, GDK_KEY_m, GDK_CONTROL_MASK);
  g_assert_true (bm_body_view_get_show_anatomy (view));
  return window;
}

/* Ctrl+M shows every superficial muscle, remembers it, and hovering names
 * the muscle and the area under the pointer. */
static void
test_anatomy_chart (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const BmMuscle *deltoid = bm_atlas_lookup (atlas, "deltoid");
  double x, y;
  BmWindow *window = anatomy_window (deltoid, &x, &y);
  BmBodyView *view = bm_window_get_body_view (window);
  const BmRegion *region = bm_body_view_region_at (view, x, y, NULL);
  g_autofree char *tooltip = bm_body_view_describe_at (view, x, y);
  g_autofree char *expected = g_strdup_printf ("%s · %s", deltoid->name, region->label);
  g_autofree guchar *pixels = NULL;
  int stride;

  g_assert_true (g_settings_get_boolean (settings, "show-anatomy"));
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_true (bm_test_muscle_red_at (pixels, stride, x, y));
  g_assert_cmpstr (tooltip, ==, expected);
  g_settings_reset (settings, "show-anatomy");
  g_assert_false (bm_body_view_get_show_anatomy (view));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* On the chart, a click still marks pain. */
static void
test_anatomy_click_marks (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  double x, y;
  BmWindow *window = anatomy_window (bm_atlas_lookup (atlas, "deltoid"), &x, &y);
  const BmRegion *region = bm_body_view_click_at (bm_window_get_body_view (window), x, y, GDK_BUTTON_PRIMARY);

  g_assert_nonnull (region);
  g_assert_true (bm_pain_map_get_mark (bm_window_get_pain_map (window), region->index, BM_SYMPTOM_PAIN, NULL));
  g_settings_reset (settings, "show-anatomy");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A right-click on a muscle of the chart offers “Open Deltoid”, which opens
 * its page. */
static void
test_anatomy_menu_opens_page (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  const BmMuscle *deltoid = bm_atlas_lookup (atlas, "deltoid");
  double x, y;
  BmWindow *window = anatomy_window (deltoid, &x, &y);
  GtkWidget *view = GTK_WIDGET (bm_window_get_body_view (window)), *menu = NULL;
  g_autofree char *label = NULL, *action = NULL, *expected = g_strdup_printf ("Open %s", deltoid->name);
  g_autoptr(GVariant) target = NULL;
  GMenuModel *model;

  g_assert_nonnull (bm_body_view_click_at (BM_BODY_VIEW (view), x, y, GDK_BUTTON_SECONDARY));
  bm_test_wait_for_draw (view);
  for (GtkWidget *child = gtk_widget_get_first_child (view); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      menu = child;
  g_assert_true (GTK_IS_POPOVER_MENU (menu));
  model = gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (menu));
  g_assert_true (g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, expected);
  g_assert_true (g_menu_model_get_item_attribute (model, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  target = g_menu_model_get_item_attribute_value (model, 0, G_MENU_ATTRIBUTE_TARGET, NULL);
  g_assert_true (gtk_widget_activate_action_variant (view, action, target));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "muscle");
  g_assert_cmpstr (gtk_label_get_text (window->muscle_title), ==, deltoid->name);
  g_settings_reset (settings, "show-anatomy");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Text from files is never markup ----------------------------------- */

#define HOSTILE "Weak & <b>bold</b> <a href=\"https://example.org\">link</a>"

/* Sets @field of the object in @file (JSON, inside @dir) whose id is @id. */
static void
rewrite_field (const char *dir,
               const char *file,
               const char *list,
               const char *id,
               const char *field,
               const char *value)
{
  g_autofree char *path = g_build_filename (dir, file, NULL);
  json_object *root = json_object_from_file (path);
  json_object *items = list != NULL ? json_object_object_get (root, list) : NULL;
  gboolean done = FALSE;

  g_assert_nonnull (root);
  if (items == NULL)
    {
      json_object_object_add (root, field, json_object_new_string (value));
      done = TRUE;
    }
  for (gsize i = 0; items != NULL && i < json_object_array_length (items); i++)
    {
      json_object *item = json_object_array_get_idx (items, i);

      if (g_str_equal (json_object_get_string (json_object_object_get (item, "id")), id))
        {
          json_object_object_add (item, field, json_object_new_string (value));
          done = TRUE;
        }
    }
  g_assert_true (done);
  g_assert_cmpint (json_object_to_file (path, root), ==, 0);
  json_object_put (root);
}

/* The shipped atlas with a red-flag label and a muscle name holding an
 * ampersand, bold markup and a link. */
static BmAtlas *
load_hostile_atlas (char **dir)
{
  g_autofree char *from = g_test_build_filename (G_TEST_DIST, "..", "data", "atlas", NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "cp", "-r", from, NULL, NULL };
  int status;
  BmAtlas *hostile;

  *dir = g_dir_make_tmp ("bodymap-hostile-XXXXXX", NULL);
  argv[3] = *dir;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  {
    g_autofree char *atlas_dir = g_build_filename (*dir, "atlas", NULL);

    rewrite_field (atlas_dir, "red-flags.json", "flags", "weakness", "label", HOSTILE);
    rewrite_field (atlas_dir, "muscles/soleus.json", NULL, NULL, "name", HOSTILE);
    hostile = bm_atlas_load_dir (atlas_dir, &error);
  }
  g_assert_no_error (error);
  return hostile;
}

/* A red-flag label and a muscle name with “&”, “<b>” and “<a href>” show
 * as written: in the symptom row, in the notice, and on the candidate. */
static void
test_no_markup_from_atlas (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(BmAtlas) hostile = load_hostile_atlas (&dir);
  BmWindow *window = bm_window_new (NULL, hostile, art, NULL);
  GtkWidget *page = bm_window_get_sources_page (window);
  BmSession *session = bm_window_get_session (window);
  GtkWidget *row_title;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));

  /* The symptom row for weakness (was blank: “&” broke the markup). */
  row_title = bm_test_find_label_text (page, HOSTILE);
  g_assert_nonnull (row_title);
  g_assert_nonnull (gtk_widget_get_ancestor (row_title, ADW_TYPE_ACTION_ROW));

  /* The see-a-clinician notice, and soleus among the candidates. */
  bm_pain_map_set_mark (bm_session_get_pain_map (session),
                        bm_region_catalog_lookup (bm_atlas_get_catalog (hostile), "foot-heel-left")->index,
                        BM_SYMPTOM_PAIN, 7);
  bm_session_set_flag (session, BM_FLAG_WEAKNESS, TRUE);
  bm_test_wait_for_draw (GTK_WIDGET (window));
  {
    GtkWidget *notice = find_widget (page, is_label_starting, HOSTILE ".");
    gboolean named = FALSE;

    g_assert_nonnull (notice);
    for (guint i = 0; i < bm_sources_page_get_n_rows (BM_SOURCES_PAGE (page)); i++)
      {
        GtkWidget *row = find_widget (page, is_candidate_row, GINT_TO_POINTER (i));

        named |= row != NULL && bm_test_find_label_text (row, HOSTILE) != NULL;
      }
    g_assert_true (named);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  bm_test_remove_tree (dir);
}

/* A report toast shows its title as written, and so does its dialog. */
static void
test_report_plain_text (void)
{
  BmWindow *window = new_window (NULL);
  GtkWidget *title;

  bm_window_report (window, HOSTILE, "Details & <i>more</i>");
  bm_test_wait_for_draw (GTK_WIDGET (window));
  title = bm_test_find_label_text (GTK_WIDGET (window), HOSTILE);
  g_assert_nonnull (title);
  g_assert_nonnull (gtk_widget_get_ancestor (title, ADW_TYPE_TOAST_OVERLAY));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Conventions: Ctrl+W, the search's empty state, the sheet actions ---- */

/* Whether the shortcuts window lists @accel under @title. */
static gboolean
help_lists (const char *title,
            const char *accel)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GSList *objects = gtk_builder_get_objects (builder);
  gboolean found = FALSE;

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *t = NULL, *a = NULL;

        g_object_get (l->data, "title", &t, "accelerator", &a, NULL);
        found |= g_strcmp0 (t, title) == 0 && g_strcmp0 (a, accel) == 0;
      }
  g_slist_free (objects);
  gtk_window_destroy (GTK_WINDOW (overlay));
  return found;
}

/* Ctrl+W closes the window, from the map as from a search field, and the
 * shortcuts window says so. */
static void
test_ctrl_w_closes (void)
{
  for (guint i = 0; i < 2; i++)
    {
      BmWindow *window = new_window (NULL);

      g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
      if (i == 1)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
      press (window, GDK_KEY_w, GDK_CONTROL_MASK);
      g_assert_null (window);
    }
  g_assert_true (help_lists ("Close the window", "<Control>w"));
}

/* A muscle search that finds nothing says so, with a hint, instead of
 * showing an empty list; a search that finds something shows the list. */
static void
test_muscle_search_empty (void)
{
  BmWindow *window = new_window (NULL);
  AdwViewStack *stack = ADW_VIEW_STACK (gtk_widget_get_ancestor (bm_window_get_sources_page (window),
                                                                 ADW_TYPE_VIEW_STACK));
  GtkWidget *muscles, *status, *list;
  GtkEditable *entry;

  adw_view_stack_set_visible_child_name (stack, "muscles");
  muscles = adw_view_stack_get_visible_child (stack);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  entry = GTK_EDITABLE (gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_SEARCH_ENTRY));
  status = find_widget (muscles, is_type, GSIZE_TO_POINTER (ADW_TYPE_STATUS_PAGE));
  list = find_widget (muscles, is_type, GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX));
  g_assert_nonnull (status);
  g_assert_nonnull (list);
  bm_test_wait_for_draw (list);
  g_assert_false (gtk_widget_get_mapped (status));

  type_text (window, "xyzzy");
  bm_test_wait_for_draw (status);
  g_assert_false (gtk_widget_get_mapped (list));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "No Muscles Found");
  g_assert_nonnull (adw_status_page_get_icon_name (ADW_STATUS_PAGE (status)));
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), "another name"));

  gtk_editable_set_text (entry, "glute");
  bm_test_wait_for_draw (list);
  g_assert_false (gtk_widget_get_mapped (status));
  g_assert_nonnull (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A menu item's text (its action is private), or NULL. */
static char *
menu_item_text (GtkWidget *widget)
{
  char *text = NULL;

  if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    g_object_get (widget, "text", &text, NULL);
  return text;
}

/* Every button for @action and every menu item labelled @item, shown or
 * not (a menu button's popover is among its children). */
static void
collect_actionables (GtkWidget  *widget,
                     const char *action,
                     const char *item,
                     GPtrArray  *found)
{
  g_autofree char *text = menu_item_text (widget);

  if ((GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0) ||
      g_strcmp0 (text, item) == 0)
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_actionables (child, action, item, found);
}

/* Whether the buttons and menu items for @action can be used; fails
 * unless the menu has its item and they all agree. */
static gboolean
offered (BmWindow   *window,
         const char *action)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  const char *item = g_str_equal (action, "win.print") ? "Print Stretch Sheet…" : "Export Stretch Sheet as PDF…";
  gboolean sensitive;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  collect_actionables (GTK_WIDGET (window), action, item, found);
  g_assert_cmpuint (found->len, >=, g_str_equal (action, "win.print") ? 2 : 1);
  sensitive = gtk_widget_get_sensitive (found->pdata[0]);
  for (guint i = 1; i < found->len; i++)
    g_assert_cmpint (gtk_widget_get_sensitive (found->pdata[i]), ==, sensitive);
  return sensitive;
}

/* Print and Export are offered only while there is something to put on
 * the sheet: a mark, or a muscle on My Sheet. */
static void
test_sheet_actions_follow_content (void)
{
  BmWindow *window = new_window (NULL);
  BmSession *session = bm_window_get_session (window);
  BmPainMap *map = bm_window_get_pain_map (window);

  g_assert_false (offered (window, "win.print"));
  g_assert_false (offered (window, "win.export-pdf"));

  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  g_assert_true (offered (window, "win.print"));
  g_assert_true (offered (window, "win.export-pdf"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);
  g_assert_false (offered (window, "win.print"));
  g_assert_false (offered (window, "win.export-pdf"));

  /* A therapist's handout: no marks, one muscle picked. */
  bm_session_set_on_sheet (session, "piriformis", TRUE);
  g_assert_true (offered (window, "win.print"));
  g_assert_true (offered (window, "win.export-pdf"));
  bm_session_set_on_sheet (session, "piriformis", FALSE);
  g_assert_false (offered (window, "win.export-pdf"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Printing and exporting remember the paper, printer and folder ---- */

static GSettings *
fresh_settings (void)
{
  GSettings *settings = bm_settings_new ();

  g_assert_nonnull (settings);
  g_settings_reset (settings, "print-settings");
  g_settings_reset (settings, "page-setup");
  g_settings_reset (settings, "export-folder");
  return settings;
}

/* Exports the sheet as if the person chose @target in the file chooser
 * (the chooser's own choosing is GTK's); returns the folder the chooser
 * started in. */
static GFile *
export_to (BmWindow *window,
           GFile    *target)
{
  GtkFileChooserNative *chooser = bm_window_new_export_chooser (window);
  GFile *start;

  bm_test_wait_ms (200); /* GTK's fallback chooser goes to its folder in the background */
  start = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_object_unref (chooser);
  bm_window_export_to (window, target);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return start;
}

/* The width of the first page of the PDF at @path, in points. */
static double
pdf_page_width (const char *path)
{
  static const char key[] = "/MediaBox [";
  g_autofree char *data = NULL;
  const char *box = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  /* The file holds binary streams: search past their zero bytes. */
  for (gsize i = 0; box == NULL && i + sizeof key < length; i++)
    if (memcmp (data + i, key, sizeof key - 1) == 0)
      box = data + i + sizeof key - 1;
  g_assert_nonnull (box);
  g_ascii_strtod (box, (char **) &box);
  g_ascii_strtod (box, (char **) &box);
  return g_ascii_strtod (box, NULL);
}

/* The printer, copies and paper of the last print come back for the next
 * one, in a new window as after a restart; the PDF export then uses that
 * paper. */
static void
test_print_setup_remembered (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autofree char *dir = g_dir_make_tmp ("bodymap-print-XXXXXX", NULL);
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GFile) target = g_file_new_for_path (exported);
  g_autoptr(GtkPageSetup) a5 = gtk_page_setup_new (), restored = NULL;
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (GTK_PAPER_NAME_A5);
  g_autoptr(GtkPrintSettings) chosen = gtk_print_settings_new ();
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GFile) start = NULL;
  GtkPrintSettings *settings_back;
  BmWindow *window = new_window (NULL);

  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  op = bm_window_new_print_operation (window);
  g_assert_null (gtk_print_operation_get_print_settings (op));
  /* What the person chose in the print dialog. */
  gtk_page_setup_set_paper_size (a5, paper);
  gtk_print_operation_set_default_page_setup (op, a5);
  gtk_print_settings_set_printer (chosen, "Clinic Laser");
  gtk_print_settings_set_n_copies (chosen, 2);
  gtk_print_operation_set_print_settings (op, chosen);
  gtk_print_operation_set_export_filename (op, printed);
  g_assert_cmpint (gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, NULL), ==,
                   GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (printed, G_FILE_TEST_IS_REGULAR));
  g_clear_object (&op);
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window (NULL);
  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  op = bm_window_new_print_operation (window);
  settings_back = gtk_print_operation_get_print_settings (op);
  g_assert_nonnull (settings_back);
  g_assert_cmpstr (gtk_print_settings_get_printer (settings_back), ==, "Clinic Laser");
  g_assert_cmpint (gtk_print_settings_get_n_copies (settings_back), ==, 2);
  g_object_get (op, "default-page-setup", &restored, NULL);
  g_assert_nonnull (restored);
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (restored)), ==, GTK_PAPER_NAME_A5);

  start = export_to (window, target);
  g_assert_cmpfloat_with_epsilon (pdf_page_width (exported), gtk_paper_size_get_width (paper, GTK_UNIT_POINTS), 0.5);
  gtk_window_destroy (GTK_WINDOW (window));
  bm_test_remove_tree (dir);
}

/* Whether @folder is where an export starts when no folder is
 * remembered: the Documents folder, or none when there is none. */
static gboolean
is_documents (GFile *folder)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);
  g_autoptr(GFile) expected = NULL;

  if (documents == NULL || !g_file_test (documents, G_FILE_TEST_IS_DIR))
    return folder == NULL;
  expected = g_file_new_for_path (documents);
  return folder != NULL && g_file_equal (folder, expected);
}

/* The export starts in the folder used last, in a new window as after a
 * restart, while that folder is there; else in the Documents folder. */
static void
test_export_folder_remembered (void)
{
  g_autoptr(GSettings) settings = fresh_settings ();
  g_autofree char *dir = g_dir_make_tmp ("bodymap-export-XXXXXX", NULL);
  g_autofree char *sub = g_build_filename (dir, "Clients", NULL);
  g_autofree char *first = g_build_filename (sub, "anna.pdf", NULL);
  g_autofree char *second = g_build_filename (sub, "ben.pdf", NULL);
  g_autoptr(GFile) clients = g_file_new_for_path (sub);
  g_autoptr(GFile) target = g_file_new_for_path (first);
  g_autoptr(GFile) target2 = g_file_new_for_path (second);
  g_autoptr(GFile) start = NULL;
  BmWindow *window = new_window (NULL);

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  bm_session_set_on_sheet (bm_window_get_session (window), "piriformis", TRUE);
  start = export_to (window, target);
  g_assert_true (is_documents (start));
  g_assert_true (g_file_test (first, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window (NULL);
  bm_session_set_on_sheet (bm_window_get_session (window), "piriformis", TRUE);
  g_clear_object (&start);
  start = export_to (window, target2);
  g_assert_true (start != NULL && g_file_equal (start, clients));
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));

  /* The folder is gone: back to the Documents folder. */
  bm_test_remove_tree (dir);
  g_clear_object (&start);
  start = bm_window_get_export_folder (window);
  g_assert_true (is_documents (start));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The message dialog open on top of @window, or NULL. */
static AdwMessageDialog *
message_dialog (BmWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) top = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (top) && gtk_window_get_transient_for (GTK_WINDOW (top)) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (top);
    }
  return NULL;
}

/* An export goes through GIO: a local one says it is saved; one that
 * cannot be written, here a place no GIO backend serves, is reported with
 * the target named in its details instead of "saves only to local
 * folders" or silence. */
static void
test_export_reports (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GFile) local = g_file_new_for_path (path);
  g_autoptr(GFile) remote = g_file_new_for_uri ("bodymap-test://clinic/sheets/sheet.pdf");
  BmWindow *window = new_window (NULL);
  AdwMessageDialog *dialog;
  GtkWidget *details;

  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  bm_window_export_to (window, local);
  bm_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (window), "Saved “sheet.pdf”"));
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window (NULL);
  mark (window, "knee-lateral-right", BM_SYMPTOM_PAIN);
  bm_window_export_to (window, remote);
  bm_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (window), "The stretch sheet was not saved"));
  details = find_widget (GTK_WIDGET (window), bm_test_is_button_labelled, "_Details");
  g_assert_nonnull (details);
  g_signal_emit_by_name (details, "clicked");
  dialog = message_dialog (window);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "bodymap-test://clinic/sheets/sheet.pdf"));
  g_assert_null (strstr (adw_message_dialog_get_body (dialog), "local folders"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  bm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GTK's test accessibility backend, so that the tests can read what a
   * screen reader would be told. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  atlas = bm_test_load_atlas ();
  art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);

  g_test_add_func ("/window/list-order", test_list_order);
  g_test_add_func ("/window/candidate-markers", test_candidate_markers);
  g_test_add_func ("/window/undo-restores", test_undo_restores);
  g_test_add_func ("/window/muscle-page-steps", test_muscle_page_steps);
  g_test_add_func ("/window/muscle-page-illustration", test_muscle_page_illustration);
  g_test_add_func ("/window/sheet-handout-options", test_sheet_handout_options);
  g_test_add_func ("/window/accessible-names", test_accessible_names);
  g_test_add_func ("/window/session-restored", test_session_restored);
  g_test_add_func ("/window/layout-setting", test_layout_setting);
  g_test_add_func ("/window/region-list", test_window_region_list);
  g_test_add_func ("/window/card-rings-x", test_card_rings_x);
  g_test_add_func ("/window/muscle-search-keys", test_muscle_search_keys);
  g_test_add_func ("/window/escape-then-undo", test_escape_then_undo);
  g_test_add_func ("/window/pages-on-demand", test_pages_on_demand);
  g_test_add_func ("/window/key-muscle-links", test_key_muscle_links);
  g_test_add_func ("/window/muscle-page-nerves", test_muscle_page_nerves);
  g_test_add_func ("/window/muscle-page-chains", test_muscle_page_chains);
  g_test_add_func ("/window/my-sheet", test_my_sheet);
  g_test_add_func ("/window/clear-undo-toast", test_clear_undo_toast);
  g_test_add_func ("/window/hint-follows-state", test_hint_follows_state);
  g_test_add_func ("/window/small-windows", test_small_windows);
  g_test_add_func ("/window/no-markup-from-atlas", test_no_markup_from_atlas);
  g_test_add_func ("/window/report-plain-text", test_report_plain_text);
  g_test_add_func ("/window/anatomy-chart", test_anatomy_chart);
  g_test_add_func ("/window/anatomy-click-marks", test_anatomy_click_marks);
  g_test_add_func ("/window/anatomy-menu-opens-page", test_anatomy_menu_opens_page);
  g_test_add_func ("/window/ctrl-w-closes", test_ctrl_w_closes);
  g_test_add_func ("/window/muscle-search-empty", test_muscle_search_empty);
  g_test_add_func ("/window/sheet-actions-follow-content", test_sheet_actions_follow_content);
  g_test_add_func ("/window/print-setup-remembered", test_print_setup_remembered);
  g_test_add_func ("/window/export-folder-remembered", test_export_folder_remembered);
  g_test_add_func ("/window/export-reports", test_export_reports);
  status = g_test_run ();
  g_clear_object (&art);
  g_clear_object (&atlas);
  return status;
}
