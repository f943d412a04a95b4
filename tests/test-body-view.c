/* test-body-view.c: the body map widget, under a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <stdlib.h>

#include "gui/bm-body-view.h"
#include "core/bm-marker.h"
#include "core/bm-muscle-art.h"
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
  g_assert_true (bm_pain_map_get_mark (map, knee->index, BM_SYMPTOM_PAIN, NULL));

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
  g_assert_true (bm_pain_map_get_mark (map, thumb->index, BM_SYMPTOM_PAIN, NULL));
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

/* ---- A muscle's pattern follows zoom, pan and resize ---------------------- */

static gboolean
in_regions (GArray *regions,
            guint   region)
{
  for (guint i = 0; i < regions->len; i++)
    if (g_array_index (regions, guint, i) == region)
      return TRUE;
  return FALSE;
}

/* Widget px per drawing unit now. */
static double
view_scale (BmBodyView *view)
{
  double x0, y0, x1, y1;

  g_assert_true (bm_body_view_get_region_point (view, BM_VIEW_FRONT, 0, 0, &x0, &y0));
  g_assert_true (bm_body_view_get_region_point (view, BM_VIEW_FRONT, 100, 0, &x1, &y1));
  return (x1 - x0) / 100;
}

/* TRUE when (@x, @y) is near one of @muscle's trigger point Xs on the left. */
static gboolean
near_x (BmBodyView     *view,
        const BmMuscle *muscle,
        double          x,
        double          y)
{
  double radius = 30 * view_scale (view) + 6;

  for (guint t = 0; t < muscle->trigger_points->len; t++)
    {
      const BmTriggerPoint *tp = muscle->trigger_points->pdata[t];

      for (guint m = 0; m < tp->markers->len; m++)
        {
          BmView which;
          double sx, sy, wx, wy;

          if (bm_marker_locate (&g_array_index (tp->markers, BmMarker, m), BM_MUSCLE_LEFT, art,
                                &which, &sx, &sy, NULL) &&
              bm_body_view_get_region_point (view, which, sx, sy, &wx, &wy) &&
              fabs (x - wx) < radius && fabs (y - wy) < radius)
            return TRUE;
        }
    }
  return FALSE;
}

/* Renders @view with and without @muscle's left pattern and checks that the
 * pixels the pattern changes lie on its regions, and that every region of
 * the pattern that is on screen is painted. Leaves the pattern shown and
 * drawn, as a user would have it before the next zoom or pan. */
static void
assert_pattern_on_regions (BmBodyView     *view,
                           const BmMuscle *muscle,
                           GArray         *regions,
                           const char     *when)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view)), height = gtk_widget_get_height (GTK_WIDGET (view));
  g_autofree guchar *shown = NULL, *bare = NULL;
  guint on = 0, off = 0, painted = 0;
  int stride;

  shown = bm_test_render (GTK_WIDGET (view), &stride);
  bm_body_view_set_highlight (view, NULL, BM_SIDE_OF_LEFT, NULL);
  bare = bm_test_render (GTK_WIDGET (view), &stride);
  bm_body_view_set_highlight (view, muscle, BM_SIDE_OF_LEFT, NULL);
  g_free (bm_test_render (GTK_WIDGET (view), &stride));

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        gsize o = (gsize) y * stride + (gsize) x * 4;
        int diff = abs (shown[o] - bare[o]) + abs (shown[o + 1] - bare[o + 1]) + abs (shown[o + 2] - bare[o + 2]);
        const BmRegion *region;

        if (diff < 40 || near_x (view, muscle, x + 0.5, y + 0.5))
          continue;
        region = bm_body_view_region_at (view, x + 0.5, y + 0.5, NULL);
        if (region != NULL && in_regions (regions, region->index))
          on++;
        else
          off++;
      }
  g_test_message ("%s: %u pattern pixels on its regions, %u off", when, on, off);
  g_assert_cmpuint (on, >, 2000);
  /* Anti-aliased edges may land on a neighbour in the hit map; no more. */
  g_assert_cmpfloat ((double) off / (on + off), <, 0.03);

  /* Every region of the pattern that is on screen is painted. */
  for (guint i = 0; i < regions->len; i++)
    {
      guint region = g_array_index (regions, guint, i);
      double sx, sy, x, y;
      gsize o;

      if (!bm_test_interior_point (art, BM_VIEW_FRONT, region, &sx, &sy) ||
          !bm_body_view_get_region_point (view, BM_VIEW_FRONT, sx, sy, &x, &y) ||
          x < 0 || y < 0 || x >= width || y >= height ||
          bm_body_view_region_at (view, x, y, NULL) == NULL ||
          bm_body_view_region_at (view, x, y, NULL)->index != region ||
          near_x (view, muscle, x, y))
        continue;
      o = (gsize) y * stride + (gsize) x * 4;
      g_assert_cmpint (abs (shown[o] - bare[o]) + abs (shown[o + 1] - bare[o + 1]) +
                       abs (shown[o + 2] - bare[o + 2]), >=, 40);
      painted++;
    }
  g_assert_cmpuint (painted, >, 0);
}

/* All the regions a muscle's left pattern paints. */
static GArray *
pattern_regions (const BmMuscle *muscle)
{
  GArray *regions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint t = 0; t < muscle->trigger_points->len; t++)
    {
      const BmTriggerPoint *tp = muscle->trigger_points->pdata[t];

      g_array_append_vals (regions, tp->essential_regions[BM_MUSCLE_LEFT]->data,
                           tp->essential_regions[BM_MUSCLE_LEFT]->len);
      g_array_append_vals (regions, tp->spillover_regions[BM_MUSCLE_LEFT]->data,
                           tp->spillover_regions[BM_MUSCLE_LEFT]->len);
    }
  return regions;
}

/* Zoom, pan, Fit and a resize move the referral zones and the trigger
 * point Xs with the drawing. */
static void
test_pattern_follows_zoom (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  const BmMuscle *muscle = bm_atlas_lookup (atlas, "gluteus-minimus");
  g_autoptr(GArray) regions = pattern_regions (muscle);
  BmBodyView *view;
  g_autoptr(BmPainMap) map = NULL;
  GtkWidget *window = new_test_window (&view, &map);
  double x, y;

  bm_body_view_set_highlight (view, muscle, BM_SIDE_OF_LEFT, NULL);
  bm_test_wait_for_draw (GTK_WIDGET (view));
  assert_pattern_on_regions (view, muscle, regions, "fit");

  widget_point (view, BM_VIEW_FRONT, "knee-lateral-left", &x, &y);
  bm_body_view_zoom_at (view, 3.0, x, y);
  bm_test_wait_ms (250);
  assert_pattern_on_regions (view, muscle, regions, "zoomed on the knee");

  /* Zooming out about one point and in about another pans the drawing. */
  bm_body_view_zoom_at (view, 0.8, 40, 40);
  bm_body_view_zoom_at (view, 1.25, gtk_widget_get_width (GTK_WIDGET (view)) - 40.0, 300);
  bm_test_wait_ms (250);
  assert_pattern_on_regions (view, muscle, regions, "panned");

  bm_body_view_reset_zoom (view);
  bm_test_wait_ms (250);
  assert_pattern_on_regions (view, muscle, regions, "fit again");

  gtk_window_set_default_size (GTK_WINDOW (window), 640, 900);
  bm_test_wait_ms (250);
  assert_pattern_on_regions (view, muscle, regions, "resized");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The shown muscle's shape ------------------------------------------- */

/* A point (widget px) inside @muscle's left shape, beside one of its Xs but
 * clear of every X and of its referral zones: where only the shape paints. */
static gboolean
shape_point (BmBodyView     *view,
             BmMuscleArt    *shapes,
             const BmMuscle *muscle,
             GArray         *zones,
             double         *x,
             double         *y)
{
  g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (graphene_point_t));

  for (int pass = 0; pass < 2; pass++)
    for (guint t = 0; t < muscle->trigger_points->len; t++)
      {
        const BmTriggerPoint *tp = muscle->trigger_points->pdata[t];

        for (guint m = 0; m < tp->markers->len; m++)
          {
            BmView which;
            double sx, sy, wx, wy;

            if (!bm_marker_locate (&g_array_index (tp->markers, BmMarker, m), BM_MUSCLE_LEFT, art,
                                   &which, &sx, &sy, NULL) ||
                !bm_body_view_get_region_point (view, which, sx, sy, &wx, &wy))
              continue;
            if (pass == 0)
              g_array_append_val (xs, GRAPHENE_POINT_INIT (wx, wy));
            for (int r = 6; pass == 1 && r <= 30; r += 4)
              for (int a = 0; a < 360; a += 15)
                {
                  double px = sx + r * cos (a * G_PI / 180), py = sy + r * sin (a * G_PI / 180);
                  const BmRegion *region;
                  gboolean clear = TRUE;

                  g_assert_true (bm_body_view_get_region_point (view, which, px, py, x, y));
                  for (guint i = 0; i < xs->len; i++)
                    clear &= hypot (*x - g_array_index (xs, graphene_point_t, i).x,
                                    *y - g_array_index (xs, graphene_point_t, i).y) > 14;
                  region = bm_body_view_region_at (view, *x, *y, NULL);
                  if (clear && region != NULL && !in_regions (zones, region->index) &&
                      bm_muscle_art_contains (shapes, which, muscle, BM_MUSCLE_LEFT, px, py))
                    return TRUE;
                }
          }
      }
  return FALSE;
}

/* Selecting a muscle draws its shape under its pattern: beside its Xs, on
 * the shape, the map turns muscle red. */
static void
test_muscle_shape_shown (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(BmMuscleArt) shapes = bm_muscle_art_new (atlas, NULL);
  const BmMuscle *muscle = bm_atlas_lookup (atlas, "infraspinatus");
  g_autoptr(GArray) zones = pattern_regions (muscle);
  g_autofree guchar *before = NULL, *after = NULL;
  g_autoptr(BmPainMap) map = NULL;
  BmBodyView *view;
  GtkWidget *window = new_test_window (&view, &map);
  double x, y;
  int stride;

  bm_body_view_set_atlas (view, atlas);
  g_assert_true (bm_muscle_art_has_shape (shapes, BM_VIEW_BACK, muscle, BM_MUSCLE_LEFT));
  g_assert_true (shape_point (view, shapes, muscle, zones, &x, &y));
  before = bm_test_render (GTK_WIDGET (view), &stride);
  bm_body_view_set_highlight (view, muscle, BM_SIDE_OF_LEFT, NULL);
  after = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_false (bm_test_muscle_red_at (before, stride, x, y));
  g_assert_true (bm_test_muscle_red_at (after, stride, x, y));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- An area both painful and numb ------------------------------------- */

/* Counts the pixels of @region near (@x, @y) that show the pain colour
 * (red over blue) and the numbness hatching (blue over red). */
static void
count_mark_pixels (BmBodyView     *view,
                   const guchar   *pixels,
                   int             stride,
                   const BmRegion *region,
                   double          x,
                   double          y,
                   guint          *pain,
                   guint          *hatch)
{
  *pain = *hatch = 0;
  for (int py = (int) y - 12; py <= (int) y + 12; py++)
    for (int px = (int) x - 12; px <= (int) x + 12; px++)
      {
        const guchar *p = pixels + (gsize) py * stride + (gsize) px * 4;   /* BGRA */

        if (bm_body_view_region_at (view, px + 0.5, py + 0.5, NULL) != region)
          continue;
        *pain += p[2] - p[0] > 60;
        *hatch += p[0] - p[2] > 40;
      }
}

/* A click in Pain mode, then one in Numbness mode, leaves both marks, and
 * the map shows the pain colour with the hatching over it. */
static void
test_pain_then_numbness (void)
{
  BmBodyView *view;
  g_autoptr(BmPainMap) map = NULL;
  GtkWidget *window = new_test_window (&view, &map);
  const BmRegion *knee = bm_region_catalog_lookup (bm_body_art_get_catalog (art), "knee-lateral-left");
  g_autofree guchar *pixels = NULL;
  guint pain, hatch;
  double x, y;
  int stride;

  widget_point (view, BM_VIEW_FRONT, "knee-lateral-left", &x, &y);
  bm_body_view_set_symptom (view, BM_SYMPTOM_PAIN);
  g_assert_true (bm_body_view_click_at (view, x, y, GDK_BUTTON_PRIMARY) == knee);
  bm_body_view_set_symptom (view, BM_SYMPTOM_NUMBNESS);
  g_assert_true (bm_body_view_click_at (view, x, y, GDK_BUTTON_PRIMARY) == knee);

  g_assert_true (bm_pain_map_get_mark (map, knee->index, BM_SYMPTOM_PAIN, NULL));
  g_assert_true (bm_pain_map_get_mark (map, knee->index, BM_SYMPTOM_NUMBNESS, NULL));
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  count_mark_pixels (view, pixels, stride, knee, x, y, &pain, &hatch);
  g_test_message ("pain and numb: %u pain pixels, %u hatch pixels", pain, hatch);
  g_assert_cmpuint (pain, >, 10);
  g_assert_cmpuint (hatch, >, 10);

  /* Undo takes back the numbness only: the hatching goes, the pain stays. */
  bm_pain_map_undo (map);
  g_clear_pointer (&pixels, g_free);
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  count_mark_pixels (view, pixels, stride, knee, x, y, &pain, &hatch);
  g_assert_cmpuint (pain, >, 10);
  g_assert_cmpuint (hatch, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* No tooltip covers the popover a right-click opened at the same spot. */
static void
test_no_tooltip_over_popover (void)
{
  BmBodyView *view;
  g_autoptr(BmPainMap) map = NULL;
  GtkWidget *window = new_test_window (&view, &map);
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  GtkWidgetClass *klass = GTK_WIDGET_GET_CLASS (view);
  GtkWidget *popover = NULL;
  double x, y;

  widget_point (view, BM_VIEW_FRONT, "knee-lateral-left", &x, &y);
  g_assert_true (klass->query_tooltip (GTK_WIDGET (view), x, y, FALSE, tooltip));
  g_assert_nonnull (bm_body_view_click_at (view, x, y, GDK_BUTTON_SECONDARY));
  bm_test_wait_for_draw (GTK_WIDGET (view));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (view)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child) && gtk_widget_get_visible (child))
      popover = child;
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_false (klass->query_tooltip (GTK_WIDGET (view), x, y, FALSE, tooltip));
  gtk_popover_popdown (GTK_POPOVER (popover));
  g_assert_true (klass->query_tooltip (GTK_WIDGET (view), x, y, FALSE, tooltip));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first drawings are rasterised on a thread from the view's first
 * allocation, in the style of that moment: a style change between the
 * allocation and the first frame must still show, in the skin's colour,
 * not the old drawing. */
static void
darken_after_layout_cb (GdkFrameClock *clock,
                        gpointer       data)
{
  gboolean *darkened = data;

  if (*darkened)
    return;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  *darkened = TRUE;
}

static void
test_first_frame_follows_style (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  BmPainMap *map = bm_pain_map_new (bm_body_art_get_catalog (art));
  BmBodyView *view = BM_BODY_VIEW (bm_body_view_new ());
  GtkWidget *window = gtk_window_new ();
  g_autofree guchar *pixels = NULL;
  BmArtStyle dark;
  const guchar *px;
  gboolean darkened = FALSE;
  double x, y;
  int stride;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  bm_body_view_set_art (view, art);
  bm_body_view_set_pain_map (view, map);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 760);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  /* After the frame's layout (the view allocated, its rasters started),
   * before its paint. */
  g_signal_connect_after (gtk_widget_get_frame_clock (window), "layout", G_CALLBACK (darken_after_layout_cb), &darkened);
  bm_test_wait_for_draw (GTK_WIDGET (view));
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), darken_after_layout_cb, &darkened);
  g_assert_true (darkened);

  widget_point (view, BM_VIEW_FRONT, "thigh-lateral-lower-left", &x, &y);
  pixels = bm_test_render (GTK_WIDGET (view), &stride);
  px = pixels + (gsize) round (y) * stride + (gsize) round (x) * 4;   /* BGRA */
  bm_body_art_get_default_style (&dark, TRUE);
  g_assert_cmpint (abs (px[2] - (int) round (dark.skin.red * 255)), <=, 2);
  g_assert_cmpint (abs (px[1] - (int) round (dark.skin.green * 255)), <=, 2);
  g_assert_cmpint (abs (px[0] - (int) round (dark.skin.blue * 255)), <=, 2);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (map);
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
  g_test_add_func ("/body-view/pain-then-numbness", test_pain_then_numbness);
  g_test_add_func ("/body-view/pattern-follows-zoom", test_pattern_follows_zoom);
  g_test_add_func ("/body-view/no-tooltip-over-popover", test_no_tooltip_over_popover);
  g_test_add_func ("/body-view/muscle-shape-shown", test_muscle_shape_shown);
  g_test_add_func ("/body-view/first-frame-follows-style", test_first_frame_follows_style);
  status = g_test_run ();
  g_clear_object (&art);
  return status;
}
