/* bench-hit-map.c: the cost of a click on the body map
 *
 * A click must show its mark within one 60 Hz frame (aim: under 8 ms). This
 * measures each step of that path: the hit-test, the model update and the
 * rendering of the new mark through its region mask, cold and cached; the
 * geometric hit test alone (no raster is built: bm-body-art-hit.c) and a
 * marker's placement; and the one-off cost of the base drawing per view.
 * The same for the muscle shapes (compiled, drawn with cairo and
 * hit-tested on their paths: bm-muscle-art*.c): loading them, the chart,
 * one muscle and the muscle under a point.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "core/bm-atlas.h"
#include "core/bm-body-art.h"
#include "core/bm-mark-paint.h"
#include "core/bm-muscle-art.h"
#include "core/bm-pain-map.h"

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* The muscle shapes: loading, the chart, each muscle, the muscle at a point. */
static void
bench_muscles (BmAtlas *atlas,
               double   scale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmMuscleArt) shapes = NULL;
  gint64 t = g_get_monotonic_time ();

  if ((shapes = bm_muscle_art_new (atlas, &error)) == NULL)
    g_error ("%s", error->message);
  printf ("load the four muscle drawings:                   %7.2f ms\n", ms_since (t));
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (620 * scale),
                                                             (int) (1100 * scale));
      cairo_t *cr = cairo_create (surface);
      double sum_draw = 0, sum_at = 0, worst_at = 0, ms;
      guint drawn = 0, tested = 0;

      t = g_get_monotonic_time ();
      bm_muscle_art_render_chart (shapes, view, cr, scale);
      printf ("%-5s muscle chart (first, paths built):  %7.2f ms\n", bm_view_get_id (view), ms_since (t));
      t = g_get_monotonic_time ();
      bm_muscle_art_render_chart (shapes, view, cr, scale);
      printf ("%-5s muscle chart:                       %7.2f ms\n", bm_view_get_id (view), ms_since (t));
      for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
        {
          const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
          BmMuscleSide side = view == BM_VIEW_RIGHT ? BM_MUSCLE_RIGHT : BM_MUSCLE_LEFT;

          if (!bm_muscle_art_has_shape (shapes, view, m, side))
            continue;
          t = g_get_monotonic_time ();
          bm_muscle_art_render (shapes, view, cr, scale, m, side);
          bm_muscle_art_render_outline (shapes, view, cr, scale, m, side);
          sum_draw += ms_since (t);
          drawn++;
        }
      for (double y = 5; y < 1100; y += 25)
        for (double x = 5; x < 520; x += 25, tested++)
          {
            t = g_get_monotonic_time ();
            bm_muscle_art_muscle_at (shapes, view, x, y, NULL);
            ms = ms_since (t);
            sum_at += ms;
            worst_at = MAX (worst_at, ms);
          }
      printf ("%-5s one muscle and its outline:         mean %5.3f ms (%u muscles)\n",
              bm_view_get_id (view), sum_draw / MAX (drawn, 1), drawn);
      printf ("%-5s muscle at a point:                  mean %5.3f ms, worst %5.3f ms\n",
              bm_view_get_id (view), sum_at / tested, worst_at);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(BmRegionCatalog) catalog = NULL;
  g_autoptr(BmBodyArt) art = NULL;
  g_autoptr(BmPainMap) map = NULL;
  const double scale = 1.6;   /* a 1600 px tall window on a 2x screen */
  guint n;
  gint64 t;

  /* Start-up cost: what the window waits for before its first frame. */
  t = g_get_monotonic_time ();
  atlas = bm_atlas_load_default (&error);
  if (atlas == NULL)
    g_error ("%s", error->message);
  printf ("load and validate the atlas (start-up):          %7.2f ms (%u muscles)\n",
          ms_since (t), bm_atlas_get_n_muscles (atlas));
  t = g_get_monotonic_time ();
  catalog = g_object_ref (bm_atlas_get_catalog (atlas));
  if ((art = bm_body_art_new (catalog, &error)) == NULL)
    g_error ("%s", error->message);
  printf ("load the four drawings (start-up):               %7.2f ms\n", ms_since (t));
  map = bm_pain_map_new (catalog);
  n = bm_region_catalog_get_n_regions (catalog);

  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      double w, h, worst_cold = 0, sum_cold = 0, sum_hit = 0, sum_hit_test = 0;
      guint count = 0;
      cairo_surface_t *surface;
      cairo_t *cr;

      double worst_hit = 0, sum_place = 0, worst_place = 0;

      bm_body_art_get_size (art, view, &w, &h);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (w * scale), (int) (h * scale));
      cr = cairo_create (surface);
      t = g_get_monotonic_time ();
      bm_body_art_render (art, view, cr, scale);
      printf ("%-5s base drawing (once per size):              %7.2f ms\n", bm_view_get_id (view), ms_since (t));

      for (guint i = 0; i < n; i++)
        {
          double bx, by, bw, bh, ms, px, py;
          int mx, my;
          cairo_surface_t *mask;

          if (!bm_body_art_get_region_bounds (art, view, i, &bx, &by, &bw, &bh))
            continue;
          /* The hit test alone, as for hovering. */
          t = g_get_monotonic_time ();
          bm_body_art_region_at (art, view, bx + bw / 2, by + bh / 2);
          ms = ms_since (t);
          worst_hit = MAX (worst_hit, ms);
          sum_hit_test += ms;
          /* A marker at the box's corner, moved onto the region. */
          t = g_get_monotonic_time ();
          bm_body_art_place_point (art, view, i, 0, 0, &px, &py, NULL);
          ms = ms_since (t);
          worst_place = MAX (worst_place, ms);
          sum_place += ms;
          /* One click: hit-test, toggle, first render of the region's mark. */
          t = g_get_monotonic_time ();
          bm_body_art_region_at (art, view, bx + bw / 2, by + bh / 2);
          bm_pain_map_toggle (map, i, BM_SYMPTOM_PAIN);
          mask = bm_body_art_get_region_mask (art, view, i, scale, &mx, &my);
          if (mask != NULL)
            bm_mark_paint_mask (cr, BM_SYMPTOM_PAIN, 7, mask, mx, my, 1);
          ms = ms_since (t);
          worst_cold = MAX (worst_cold, ms);
          sum_cold += ms;

          t = g_get_monotonic_time ();
          mask = bm_body_art_get_region_mask (art, view, i, scale, &mx, &my);
          if (mask != NULL)
            bm_mark_paint_mask (cr, BM_SYMPTOM_PAIN, 7, mask, mx, my, 1);
          sum_hit += ms_since (t);
          count++;
        }
      printf ("%-5s click, first mark of a region: mean %5.2f ms, worst %5.2f ms (%u regions)\n",
              bm_view_get_id (view), sum_cold / count, worst_cold, count);
      printf ("%-5s repaint of a cached mark:      mean %5.3f ms\n", bm_view_get_id (view), sum_hit / count);
      printf ("%-5s hit test (hover):              mean %5.3f ms, worst %5.3f ms\n",
              bm_view_get_id (view), sum_hit_test / count, worst_hit);
      printf ("%-5s marker placed from a box corner: mean %5.3f ms, worst %5.3f ms\n",
              bm_view_get_id (view), sum_place / count, worst_place);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  bench_muscles (atlas, scale);
  return 0;
}
