/* bm-marker.h: where a trigger point's X goes on the body drawings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-art.h"
#include "bm-engine.h"
#include "bm-muscle.h"

G_BEGIN_DECLS

/* A trigger point to mark with an X on one side of the body. */
typedef struct {
  const BmTriggerPoint *tp;
  BmMuscleSide          side;
  gboolean              emphasis;   /* the one that matched, or each when none did */
} BmShownPoint;

GArray  *bm_marker_list_shown (const BmMuscle        *muscle,
                               BmCandidateSide        side,
                               const BmTriggerPoint  *best);

gboolean bm_marker_locate (const BmMarker *marker,
                           BmMuscleSide    side,
                           BmBodyArt      *art,
                           BmView         *view,
                           double         *x,
                           double         *y,
                           double         *moved);

G_END_DECLS
