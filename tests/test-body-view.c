/* test-body-view.c: the body map widget and window, under a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gui/bm-body-view.h"
#include "gui/bm-region-list.h"
#include "gui/bm-window.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

static BmBodyArt *art;

static void
widget_point (BmBodyView *view,
              BmView      which,
              const char *id,
              double     *x,
              double     *y)
{
  const BmRegion *region = bm_region_catalog_lookup (bm_body_art_get_catalog (art), id);
  double sx, sy;

  g_assert_true (bm_test_interior_point (art, which, region->index, &sx, &sy));
  g_assert_true (bm_body_view_get_region_point (view, which, sx, sy, x, y));
}

static GtkWidget *
new_test_window (BmBodyView **view,
                 BmPainMap  **map)
{
  GtkWidget *window = gtk_window_new ();

  *map = bm_pain_map_new (bm_body_art_get_catalog (art));
  *view = BM_BODY_VIEW (bm_body_view_new ());
  bm_body_view_set_art (*view, art);
  bm_body_view_set_pain_map (*view, *map);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 760);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (*view));
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (*view));
  return window;
}

/* Clicking the outer left knee in the left side view marks the same region,
 * which then shows on the front view. */
static void
test_side_click_marks_front (void)
{
  BmBodyView *view;
  g_autoptr(BmPainMap) map = NULL;
  GtkWidget *window = new_test_window (&view, &map);
  const BmRegion *knee = bm_region_catalog_lookup (bm_body_art_get_catalog (art), "knee-lateral-left");
  g_autofree guchar *before = NULL, *after = NULL;
  const BmRegion *hit;
  double x, y;
  int stride;
  gsize off;

  bm_body_view_set_layout (view, BM_BODY_LAYOUT_SIDES);
  bm_test_wait_for_draw (GTK_WIDGET (view));
  widget_point (view, BM_VIEW_LEFT, "knee-lateral-left", &x, &y);
  hit = bm_body_view_click_at (view, x, y, GDK_BUTTON_PRIMARY);
  g_assert_true (hit == knee);
  g_assert_true (bm_pain_map_get_mark (map, knee->index, NULL));

  bm_body_view_set_layout (view, BM_BODY_LAYOUT_FRONT_BACK);
  bm_test_wait_for_draw (GTK_WIDGET (view));
  widget_point (view, BM_VIEW_FRONT, "knee-lateral-left", &x, &y);
  g_assert_true (bm_body_view_region_at (view, x, y, NULL) == knee);

  after = bm_test_render (GTK_WIDGET (view), &stride);
  bm_pain_map_undo (map);
  before = bm_test_render (GTK_WIDGET (view), &stride);
  off = (gsize) ((int) y) * stride + ((int) x) * 4;
  /* BGRA: marked, the strip is clearly redder than unmarked. */
  g_assert_cmpint (after[off + 2] - after[off + 0], >, 40);
  g_assert_cmpint (before[off + 2] - before[off + 0], <, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_zoom_keeps_hits (void)
{
  BmBodyView *view;
  g_autoptr(BmPainMap) map = NULL;
  GtkWidget *window = new_test_window (&view, &map);
  const BmRegion *thumb = bm_region_catalog_lookup (bm_body_art_get_catalog (art), "finger-thumb-right");
  double x, y;

  widget_point (view, BM_VIEW_FRONT, "finger-thumb-right", &x, &y);
  bm_body_view_zoom_at (view, 4.0, x, y);
  g_assert_cmpfloat (bm_body_view_get_zoom (view), ==, 4.0);
  bm_test_wait_for_draw (GTK_WIDGET (view));
  /* Zooming about the thumb keeps it under the pointer. */
  g_assert_true (bm_body_view_region_at (view, x, y, NULL) == thumb);
  widget_point (view, BM_VIEW_FRONT, "finger-thumb-right", &x, &y);
  g_assert_true (bm_body_view_click_at (view, x, y, GDK_BUTTON_PRIMARY) == thumb);
  g_assert_true (bm_pain_map_get_mark (map, thumb->index, NULL));
  bm_body_view_reset_zoom (view);
  g_assert_cmpfloat (bm_body_view_get_zoom (view), ==, 1.0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_miss_marks_nothing (void)
{
  BmBodyView *view;
  g_autoptr(BmPainMap) map = NULL;
  GtkWidget *window = new_test_window (&view, &map);

  g_assert_null (bm_body_view_click_at (view, 2, 2, GDK_BUTTON_PRIMARY));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Keyboard path: search the list, activate the single match. */
static void
test_window_region_list (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(BmBodyArt) window_art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);
  BmWindow *window = bm_window_new (NULL, atlas, window_art, NULL);
  BmRegionList *list = BM_REGION_LIST (bm_window_get_region_list (window));
  BmPainMap *map = bm_window_get_pain_map (window);
  const BmRegion *knee = bm_region_catalog_lookup (bm_body_art_get_catalog (art), "knee-lateral-left");

  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));

  bm_region_list_set_filter (list, "outer knee left");
  g_assert_cmpuint (bm_region_list_count_visible (list), ==, 1);
  g_assert_true (bm_region_list_activate_match (list));
  g_assert_true (bm_pain_map_get_mark (map, knee->index, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bm_region_list_set_filter (list, "knee");
  g_assert_cmpuint (bm_region_list_count_visible (list), ==, 8);
  bm_region_list_set_filter (list, "zzzz");
  g_assert_cmpuint (bm_region_list_count_visible (list), ==, 0);

  /* The window's actions: mark, undo, clear. */
  bm_pain_map_toggle (map, knee->index, BM_SYMPTOM_PAIN);
  g_assert_true (bm_pain_map_get_mark (map, knee->index, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (bm_pain_map_get_mark (map, knee->index, NULL));
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

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  art = bm_test_load_art ();

  g_test_add_func ("/body-view/side-click-marks-front", test_side_click_marks_front);
  g_test_add_func ("/body-view/zoom-keeps-hits", test_zoom_keeps_hits);
  g_test_add_func ("/body-view/miss-marks-nothing", test_miss_marks_nothing);
  g_test_add_func ("/window/region-list", test_window_region_list);
  status = g_test_run ();
  g_clear_object (&art);
  return status;
}
