/* bm-pose-private.h: the shapes of a pose's props, for the validator and
 * the renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-body-art.h"
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

#include "bm-json.h"

gboolean bm_pose_check_segment (const char         *name,
                                const BmJsonWhere  *where,
                                const char         *field,
                                GError            **error);
int      bm_pose_find_name   (const char *const  *list,
                              guint               n,
                              const char         *value);
int      bm_pose_read_choice (json_object        *obj,
                              const BmJsonWhere  *where,
                              const char         *field,
                              const char *const  *list,
                              guint               n,
                              GError            **error);

/* The optional list of arrows @field of @obj, appended to @arrows; a
 * technique's arrows may name their panel (@panels > 0). */
gboolean bm_pose_read_arrows (json_object       *obj,
                              const BmJsonWhere *where,
                              const char        *field,
                              guint              panels,
                              GPtrArray         *arrows,
                              GError           **error);

/* The pose's own arrows, a press arrow for each ball or roller it lies
 * on, and @extra ones, in the figure's frame; @line is the outline width. */
void  bm_pose_paint_arrows    (const BmPose             *pose,
                               const BmPoseSegment       segments[BM_POSE_N_SEGMENTS],
                               cairo_t                  *cr,
                               const BmRgba             *colour,
                               double                    line,
                               const BmPoseArrow *const *extra,
                               guint                     n_extra);

/* A muscle's belly on a segment: centre, angle of its long axis (radians)
 * and half-axes, in the figure's frame. */
typedef struct {
  double cx, cy, angle, a, b;
} BmPoseEllipse;

void     bm_pose_area_get_ellipse (const BmPoseSegment *s,
                                   const BmPoseArea    *area,
                                   gboolean             inside,
                                   BmPoseEllipse       *e);
gboolean bm_pose_area_is_covered  (const BmPoseSegment  segments[BM_POSE_N_SEGMENTS],
                                   const BmPoseSegment *s,
                                   const BmPoseEllipse *e);
double   bm_pose_segment_distance (const BmPoseSegment *s,
                                   double               px,
                                   double               py);

gboolean bm_pose_arrow_get_ends (const BmPoseSegment  segments[BM_POSE_N_SEGMENTS],
                                 const BmPoseArrow   *arrow,
                                 double               line,
                                 double               ends[4]);

guint bm_pose_prop_get_shapes (const BmPose     *pose,
                               const BmPoseProp *prop,
                               BmPoseShape       shapes[BM_POSE_MAX_SHAPES]);

G_END_DECLS
