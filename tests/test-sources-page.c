/* test-sources-page.c: the Sources cards across clicks
 *
 * A card belongs to a muscle and side: when a click re-ranks, the card a
 * keyboard user is on moves with its muscle instead of showing another
 * one in its place. A card's "why" wraps to its width and is read as its
 * text, and a new why wraps right when the card's width changes after it
 * (a label that skips resizing for a text of the same height must not
 * keep the old text's heights for other widths), and to a larger font. A
 * card's score is as wide whatever it shows, and shows the ranking's.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gui/bm-sources-page.h"
#include "gui/bm-window.h"
#include "gui/bm-score-label.h"
#include "gui/bm-wrap-label.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

static BmAtlas *atlas;
static BmBodyArt *art;

static void
mark (BmWindow   *window,
      const char *region)
{
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), region);

  g_assert_nonnull (r);
  bm_pain_map_set_mark (bm_window_get_pain_map (window), r->index, BM_SYMPTOM_PAIN, 6);
  bm_test_wait_for_draw (GTK_WIDGET (window));
}

static gboolean
is_card (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_LIST_BOX_ROW (widget) && gtk_widget_has_css_class (widget, "candidate");
}

/* The index of @muscle's card on @side in the list, or -1. */
static int
find_card (BmSourcesPage     *page,
           const BmCandidate *c)
{
  for (guint i = 0; i < bm_sources_page_get_n_rows (page); i++)
    {
      const BmCandidate *row = bm_sources_page_get_row (page, i);

      if (row->side == c->side && g_str_equal (row->muscle->id, c->muscle->id))
        return (int) i;
    }
  return -1;
}

/* Focus on the second card; then marks that re-rank until its muscle moves
 * to another place in the list: the focus is on that muscle's card still. */
static void
test_focus_follows_muscle (void)
{
  static const char *more[] = { "ankle-lateral-left", "foot-dorsum-left", "thigh-lateral-lower-left",
                                "hip-lateral-left", "buttock-lower-left", "back-lumbar-lower-left" };
  BmWindow *window = bm_test_new_window (atlas, art, NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  GtkListBox *list;
  GtkWidget *card;
  BmCandidate focused;
  gboolean moved = FALSE;

  mark (window, "knee-lateral-left");
  mark (window, "calf-lateral-lower-left");
  g_assert_cmpuint (bm_sources_page_get_n_rows (page), >=, 3);
  card = bm_test_find_widget (GTK_WIDGET (page), is_card, NULL);
  list = GTK_LIST_BOX (gtk_widget_get_parent (card));
  card = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1));
  gtk_widget_grab_focus (card);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == card);
  focused = *bm_sources_page_get_row (page, 1);

  for (guint i = 0; i < G_N_ELEMENTS (more) && !moved; i++)
    {
      int now;

      mark (window, more[i]);
      if ((now = find_card (page, &focused)) < 0)
        break;   /* it left the list: nothing to follow */
      moved = now != 1;
      /* The focused card shows the same muscle and side, wherever it is. */
      card = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_true (GTK_IS_LIST_BOX_ROW (card));
      g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (card)), ==, now);
    }
  /* The marks above do move it: the check was made. */
  g_assert_true (moved);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The why asks for the same width whatever it says, and is as tall as its
 * text wrapped to the width it gets. */
static void
test_why_wraps (void)
{
  static const char *long_text = "Front (anterior) trigger points: refers pain to all 3 of your areas, mainly "
                                 "the outer knee (left), the outer ankle bone (left) and the calf (left).";
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = bm_wrap_label_new (20, 40);
  int min_short, nat_short, min_long, nat_long, one_line, wide, narrow;

  gtk_window_set_child (GTK_WINDOW (window), label);
  bm_wrap_label_set_text (BM_WRAP_LABEL (label), "Short.");
  g_assert_cmpstr (bm_wrap_label_get_text (BM_WRAP_LABEL (label)), ==, "Short.");
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min_short, &nat_short, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 400, &one_line, NULL, NULL, NULL);
  bm_wrap_label_set_text (BM_WRAP_LABEL (label), long_text);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min_long, &nat_long, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 400, &wide, NULL, NULL, NULL);
  gtk_widget_measure (label, GTK_ORIENTATION_VERTICAL, 150, &narrow, NULL, NULL, NULL);

  g_assert_cmpint (min_short, ==, min_long);
  g_assert_cmpint (nat_short, ==, nat_long);
  g_assert_cmpint (min_long, >, 0);
  g_assert_cmpint (min_long, <, nat_long);
  g_assert_cmpint (one_line, >, 0);
  g_assert_cmpint (wide, >, one_line);       /* the long text wraps at 400 px */
  g_assert_cmpint (narrow, >, wide);         /* and to more lines at 150 px */
  g_assert_true (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (label)) == GTK_ACCESSIBLE_ROLE_LABEL);
  g_assert_true (gtk_test_accessible_check_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     long_text) == NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The height of @text wrapped at @width px in a fresh label like @label. */
static int
height_of (const char *text,
           int         width)
{
  GtkWidget *fresh = bm_wrap_label_new (10, 40);
  int height;

  g_object_ref_sink (fresh);
  bm_wrap_label_set_text (BM_WRAP_LABEL (fresh), text);
  gtk_widget_measure (fresh, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  g_object_unref (fresh);
  return height;
}

/* Runs the main loop for 200 ms: the frames a size change takes. */
static void
settle (void)
{
  gint64 end = g_get_monotonic_time () + 200 * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (1000), TRUE);
}

/* A new why that fits the lines the old one had keeps the card's size,
 * but GTK measured the old text at other widths too: once the card
 * narrows, the why is as tall as the new text at the new width, not as the
 * old one was there. */
static void
test_why_follows_width (void)
{
  static const char *before = "Short.";
  static const char *after = "Refers pain to the outer knee and the ankle.";
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = bm_wrap_label_new (10, 40);
  int wide, narrow;

  gtk_widget_set_hexpand (column, TRUE);
  gtk_box_append (GTK_BOX (column), label);
  gtk_box_append (GTK_BOX (box), column);
  gtk_box_append (GTK_BOX (box), spacer);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 420, 300);
  bm_wrap_label_set_text (BM_WRAP_LABEL (label), before);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (window);
  settle ();
  wide = gtk_widget_get_width (label);
  /* Measured narrow with the old text, then wide again. */
  gtk_widget_set_size_request (spacer, wide - 150, -1);
  settle ();
  narrow = gtk_widget_get_width (label);
  g_assert_cmpint (narrow, <, wide);
  gtk_widget_set_size_request (spacer, -1, -1);
  settle ();
  g_assert_cmpint (gtk_widget_get_width (label), ==, wide);
  g_assert_cmpint (height_of (after, wide), ==, height_of (before, wide));
  g_assert_cmpint (height_of (after, narrow), >, height_of (before, narrow));

  /* One line for one line: the same size, the new text. */
  bm_wrap_label_set_text (BM_WRAP_LABEL (label), after);
  settle ();
  g_assert_cmpint (gtk_widget_get_height (label), ==, height_of (after, wide));
  g_assert_cmpstr (bm_wrap_label_get_text (BM_WRAP_LABEL (label)), ==, after);
  /* Narrow again: as tall as the new text there. */
  gtk_widget_set_size_request (spacer, wide - narrow, -1);
  settle ();
  g_assert_cmpint (gtk_widget_get_width (label), ==, narrow);
  g_assert_cmpint (gtk_widget_get_height (label), ==, height_of (after, narrow));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Larger text (a style, the desktop's text scaling) makes the why wider
 * and, in a window that keeps its size, taller, although its text did not
 * change. */
static void
test_why_follows_font (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = bm_wrap_label_new (10, 40);
  g_autoptr(GtkCssProvider) large = gtk_css_provider_new ();
  int small_height, large_height, small_width, large_width, width;

  /* In a scrolled list, as a card's why is. */
  gtk_box_append (GTK_BOX (box), label);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  bm_wrap_label_set_text (BM_WRAP_LABEL (label), "Front (anterior) trigger points: refers pain to 3 marked areas, "
                                                 "mainly the outer knee (left) and the calf (left).");
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (window);
  settle ();
  width = gtk_widget_get_width (label);
  small_height = gtk_widget_get_height (label);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &small_width, NULL, NULL, NULL);
  gtk_css_provider_load_from_data (large, ".large { font-size: 20px; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (large),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  gtk_widget_add_css_class (label, "large");
  settle ();
  large_height = gtk_widget_get_height (label);
  gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &large_width, NULL, NULL, NULL);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (large));

  g_assert_cmpint (gtk_widget_get_width (label), ==, width);
  g_assert_cmpint (large_width, >, small_width);
  g_assert_cmpint (large_height, >, small_height);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_score (GtkWidget     *widget,
          gconstpointer  data)
{
  return BM_IS_SCORE_LABEL (widget);
}

/* The score takes the width of "100" whatever it shows, so a new score
 * moves nothing in its card; the card shows its candidate's score,
 * rounded. */
static void
test_score_keeps_width (void)
{
  BmScoreLabel *score = BM_SCORE_LABEL (g_object_ref_sink (bm_score_label_new ()));
  BmWindow *window = bm_window_new (NULL, atlas, art, NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  GtkWidget *card;
  g_autofree char *expected = NULL;
  int widths[3];
  const double values[3] = { 7, 42.4, 99.6 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      bm_score_label_set_score (score, values[i]);
      gtk_widget_measure (GTK_WIDGET (score), GTK_ORIENTATION_HORIZONTAL, -1, &widths[i], NULL, NULL, NULL);
    }
  g_assert_cmpstr (bm_score_label_get_text (score), ==, "100");
  g_assert_cmpint (widths[0], >, 0);
  g_assert_cmpint (widths[0], ==, widths[1]);
  g_assert_cmpint (widths[1], ==, widths[2]);
  g_object_unref (score);

  gtk_window_present (GTK_WINDOW (window));
  mark (window, "knee-lateral-left");
  card = bm_test_find_widget (GTK_WIDGET (page), is_card, NULL);
  g_assert_nonnull (card);
  expected = g_strdup_printf ("%.0f", bm_sources_page_get_row (page, 0)->score);
  g_assert_cmpstr (bm_score_label_get_text (BM_SCORE_LABEL (bm_test_find_widget (card, is_score, NULL))), ==, expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("GTK_A11Y", "test", TRUE);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  atlas = bm_test_load_atlas ();
  art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);

  g_test_add_func ("/sources/focus-follows-muscle", test_focus_follows_muscle);
  g_test_add_func ("/sources/why-wraps", test_why_wraps);
  g_test_add_func ("/sources/why-follows-width", test_why_follows_width);
  g_test_add_func ("/sources/why-follows-font", test_why_follows_font);
  g_test_add_func ("/sources/score-keeps-width", test_score_keeps_width);
  status = g_test_run ();
  g_clear_object (&art);
  g_clear_object (&atlas);
  return status;
}
