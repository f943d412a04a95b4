/* bm-marker.h: where a trigger point's X goes on the body drawings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-art.h"
#include "bm-muscle.h"

G_BEGIN_DECLS

gboolean bm_marker_locate (const BmMarker *marker,
                           BmMuscleSide    side,
                           BmBodyArt      *art,
                           BmView         *view,
                           double         *x,
                           double         *y,
                           double         *moved);

G_END_DECLS
