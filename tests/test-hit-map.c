/* test-hit-map.c: every region can be hit where it is drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-body-art.h"
#include "bm-test-util.h"

static BmBodyArt *art;

/* For every region in every view it is drawn in, the deepest point of its
 * own shape (computed from the geometry, rendered alone) must map back to
 * it through the hit map of the whole drawing. */
static void
test_every_region_hits (void)
{
  BmRegionCatalog *catalog = bm_body_art_get_catalog (art);
  g_autoptr(GString) failures = g_string_new (NULL);
  guint checked = 0;

  for (BmView view = 0; view < BM_N_VIEWS; view++)
    for (guint i = 0; i < bm_region_catalog_get_n_regions (catalog); i++)
      {
        const BmRegion *region = bm_region_catalog_get_region (catalog, i);
        const BmRegion *hit;
        double x, y;

        if (!bm_body_art_has_region (art, view, i))
          continue;
        if (!bm_test_interior_point (art, view, i, &x, &y))
          {
            g_string_append_printf (failures, "  %s: empty shape in the %s view\n",
                                    region->id, bm_view_get_id (view));
            continue;
          }
        hit = bm_body_art_region_at (art, view, x, y);
        if (hit != region)
          g_string_append_printf (failures, "  %s (%s view) at %.1f,%.1f hits %s\n", region->id,
                                  bm_view_get_id (view), x, y, hit ? hit->id : "nothing");
        checked++;
      }
  if (failures->len > 0)
    g_error ("regions that cannot be hit:\n%s", failures->str);
  g_assert_cmpuint (checked, >=, bm_region_catalog_get_n_regions (catalog));
}

static void
test_outside_body (void)
{
  double w, h;

  bm_body_art_get_size (art, BM_VIEW_FRONT, &w, &h);
  g_assert_null (bm_body_art_region_at (art, BM_VIEW_FRONT, 1, 1));
  g_assert_null (bm_body_art_region_at (art, BM_VIEW_FRONT, w - 1, h / 2));
  g_assert_null (bm_body_art_region_at (art, BM_VIEW_FRONT, -5, 10));
  g_assert_null (bm_body_art_region_at (art, BM_VIEW_FRONT, w + 5, 10));
}

/* Shape, not bounding box: a point inside the bounding box of the left
 * thumb but between the fingers must not hit the thumb. */
static void
test_shape_not_bbox (void)
{
  BmRegionCatalog *catalog = bm_body_art_get_catalog (art);
  const BmRegion *head = bm_region_catalog_lookup (catalog, "head-vertex");
  double x, y, w, h;
  guint misses = 0;

  g_assert_true (bm_body_art_get_region_bounds (art, BM_VIEW_FRONT, head->index, &x, &y, &w, &h));
  /* The crown is round: the corners of its box are outside it. */
  if (bm_body_art_region_at (art, BM_VIEW_FRONT, x + 0.5, y + 0.5) != head)
    misses++;
  if (bm_body_art_region_at (art, BM_VIEW_FRONT, x + w - 0.5, y + 0.5) != head)
    misses++;
  g_assert_cmpuint (misses, ==, 2);
}

static void
test_side_surfaces (void)
{
  BmRegionCatalog *catalog = bm_body_art_get_catalog (art);
  const BmRegion *knee = bm_region_catalog_lookup (catalog, "knee-lateral-left");

  g_assert_true (bm_body_art_has_region (art, BM_VIEW_LEFT, knee->index));
  g_assert_true (bm_body_art_has_region (art, BM_VIEW_FRONT, knee->index));
  g_assert_false (bm_body_art_has_region (art, BM_VIEW_RIGHT, knee->index));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  art = bm_test_load_art ();

  g_test_add_func ("/hit-map/every-region", test_every_region_hits);
  g_test_add_func ("/hit-map/outside-body", test_outside_body);
  g_test_add_func ("/hit-map/shape-not-bbox", test_shape_not_bbox);
  g_test_add_func ("/hit-map/side-surfaces", test_side_surfaces);
  status = g_test_run ();
  g_clear_object (&art);
  return status;
}
