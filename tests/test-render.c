/* test-render.c: marks show inside their region, in the mark's colour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-body-art.h"
#include "core/bm-mark-paint.h"
#include "bm-test-util.h"

static BmBodyArt *art;

static void
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y,
          double           rgb[3])
{
  const guchar *data = cairo_image_surface_get_data (surface);
  guint32 pixel = *(const guint32 *) (data + (gsize) y * cairo_image_surface_get_stride (surface) + x * 4);

  rgb[0] = ((pixel >> 16) & 0xff) / 255.0;
  rgb[1] = ((pixel >> 8) & 0xff) / 255.0;
  rgb[2] = (pixel & 0xff) / 255.0;
}

/* Renders @view at @scale with one mark on @id, as the body view does, and
 * returns the colour at the region's interior point, before and after. */
static void
render_marked (BmView      view,
               const char *id,
               BmSymptom   symptom,
               double      before[3],
               double      after[3])
{
  const BmRegion *region = bm_region_catalog_lookup (bm_body_art_get_catalog (art), id);
  const double scale = 2.0;
  double w, h, x, y;
  int mx, my;
  cairo_surface_t *surface, *mask;
  cairo_t *cr;

  g_assert_true (bm_test_interior_point (art, view, region->index, &x, &y));
  bm_body_art_get_size (art, view, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (w * scale), (int) (h * scale));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bm_body_art_render (art, view, cr, scale);
  cairo_surface_flush (surface);
  pixel_at (surface, (int) (x * scale), (int) (y * scale), before);

  mask = bm_body_art_get_region_mask (art, view, region->index, scale, &mx, &my);
  g_assert_nonnull (mask);
  bm_mark_paint_mask (cr, symptom, 9, mask, mx, my, 1);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixel_at (surface, (int) (x * scale), (int) (y * scale), after);
  cairo_surface_destroy (surface);
}

static void
test_pain_mark_visible (void)
{
  double before[3], after[3];

  render_marked (BM_VIEW_FRONT, "knee-lateral-left", BM_SYMPTOM_PAIN, before, after);
  /* The skin is near white; a strong pain mark is clearly red. */
  g_assert_cmpfloat (before[0] + before[1] + before[2], >, 2.4);
  g_assert_cmpfloat (after[0], >, after[1] + 0.35);
  g_assert_cmpfloat (after[0], >, after[2] + 0.35);
}

static void
test_numbness_differs (void)
{
  double before[3], pain[3], numb[3];

  render_marked (BM_VIEW_BACK, "foot-heel-left", BM_SYMPTOM_PAIN, before, pain);
  render_marked (BM_VIEW_BACK, "foot-heel-left", BM_SYMPTOM_NUMBNESS, before, numb);
  /* Numbness is blue where pain is red. */
  g_assert_cmpfloat (numb[2], >, numb[0]);
  g_assert_cmpfloat (pain[0], >, pain[2]);
}

static void
test_mark_stays_inside (void)
{
  /* The mask of the left knee's outer strip covers nothing of the right knee. */
  BmRegionCatalog *catalog = bm_body_art_get_catalog (art);
  const BmRegion *left = bm_region_catalog_lookup (catalog, "knee-lateral-left");
  const BmRegion *right = bm_region_catalog_lookup (catalog, "knee-lateral-right");
  double lx, ly, rx, ry;

  g_assert_true (bm_test_interior_point (art, BM_VIEW_FRONT, left->index, &lx, &ly));
  g_assert_true (bm_test_interior_point (art, BM_VIEW_FRONT, right->index, &rx, &ry));
  /* Front view: the patient's left is on the viewer's right. */
  g_assert_cmpfloat (lx, >, rx);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  art = bm_test_load_art ();

  g_test_add_func ("/render/pain-mark-visible", test_pain_mark_visible);
  g_test_add_func ("/render/numbness-differs", test_numbness_differs);
  g_test_add_func ("/render/front-view-sides", test_mark_stays_inside);
  status = g_test_run ();
  g_clear_object (&art);
  return status;
}
