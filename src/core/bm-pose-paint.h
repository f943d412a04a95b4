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
  BmRgba arrow;             /* movement and pressure arrows */
} BmPoseStyle;

/* What an illustration adds to a pose: the muscle and the arrows. */
typedef struct {
  const BmPoseArea         *areas;     /* segments with their side */
  guint                     n_areas;
  const BmPoseArrow *const *arrows;
  guint                     n_arrows;
  double                    scale;     /* pixels per figure unit, or 0 to fit */
} BmPoseOverlay;

void bm_pose_get_default_style (BmPoseStyle       *style,
                                gboolean           dark);
void   bm_pose_paint           (const BmPose        *pose,
                                cairo_t             *cr,
                                double               width,
                                double               height,
                                const BmPoseStyle   *style,
                                const BmPoseOverlay *overlay);
double bm_pose_get_fit_scale   (const BmPose        *pose,
                                const BmPoseOverlay *overlay,
                                double               width,
                                double               height);
void   bm_pose_get_extent      (const BmPose        *pose,
                                const BmPoseOverlay *overlay,
                                double              *width,
                                double              *height);

G_END_DECLS
