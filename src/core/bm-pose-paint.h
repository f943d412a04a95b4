/* bm-pose-paint.h: drawing a pose with cairo, for the app, the sheet and
 * the exported pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-body-art.h"
#include "bm-pose.h"

G_BEGIN_DECLS

typedef struct {
  BmRgba skin;              /* the near side and the body */
  BmRgba far_skin;          /* limbs on the far side, a shade darker */
  BmRgba outline;
  BmRgba prop_fill;
  BmRgba prop_outline;
  BmRgba highlight;         /* a highlighted segment, opaque */
  BmRgba highlight_outline;
} BmPoseStyle;

void bm_pose_get_default_style (BmPoseStyle       *style,
                                gboolean           dark);
void bm_pose_paint             (const BmPose      *pose,
                                cairo_t           *cr,
                                double             width,
                                double             height,
                                const BmPoseStyle *style,
                                const char        *highlight);

G_END_DECLS
