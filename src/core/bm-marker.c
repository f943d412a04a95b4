/* bm-marker.c: where a trigger point's X goes on the body drawings
 *
 * The atlas gives each marker for the muscle on the patient's left: a view,
 * a region and fractions of the region's box. The right side's marker is
 * the mirror image: the right side view instead of the left, and the
 * fraction across the box flipped, since the right-side regions mirror the
 * left ones in every view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-marker.h"

gboolean
bm_marker_locate (const BmMarker *marker,
                  BmMuscleSide    side,
                  BmBodyArt      *art,
                  BmView         *view,
                  double         *x,
                  double         *y,
                  double         *moved)
{
  gboolean right = side == BM_MUSCLE_RIGHT;

  g_return_val_if_fail (marker != NULL && side < BM_N_MUSCLE_SIDES, FALSE);

  *view = right && marker->view == BM_VIEW_LEFT ? BM_VIEW_RIGHT : marker->view;
  return bm_body_art_place_point (art, *view, marker->region[side],
                                  right ? 1.0 - marker->x : marker->x, marker->y,
                                  x, y, moved);
}
