/* bm-pose-private.h: the shapes of a pose's props, for the validator and
 * the renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-pose.h"

G_BEGIN_DECLS

/* A circle, or a four-corner polygon, in the figure's frame (y up). */
typedef struct {
  gboolean circle;
  double   cx, cy, r;
  double   px[4], py[4];
  gboolean accent;        /* a detail (a roller's end, a cushion) drawn without fill */
} BmPoseShape;

#define BM_POSE_MAX_SHAPES 8

guint bm_pose_prop_get_shapes (const BmPose     *pose,
                               const BmPoseProp *prop,
                               BmPoseShape       shapes[BM_POSE_MAX_SHAPES]);

G_END_DECLS
