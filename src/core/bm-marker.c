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

/* The trigger points to mark when @muscle is shown on @side (both sides for
 * BM_SIDE_OF_EITHER): each of its trigger points on each side, with
 * @best emphasised, or all of them when @best is NULL. The map and the
 * sheet both draw from this list. */
GArray *
bm_marker_list_shown (const BmMuscle       *muscle,
                      BmCandidateSide       side,
                      const BmTriggerPoint *best)
{
  GArray *shown = g_array_new (FALSE, FALSE, sizeof (BmShownPoint));

  g_return_val_if_fail (muscle != NULL, shown);
  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      if (!bm_candidate_side_includes (side, s))
        continue;
      for (guint t = 0; t < muscle->trigger_points->len; t++)
        {
          const BmTriggerPoint *tp = muscle->trigger_points->pdata[t];
          BmShownPoint point = { tp, s, best == NULL || tp == best };

          g_array_append_val (shown, point);
        }
    }
  return shown;
}
