/* bm-pose.h: a position of the parametric figure, with its props
 *
 * One pose per file (data/atlas/poses/ID.json, see docs/atlas-format.md):
 * joint angles of a figure 175 units (centimetres) tall, where it is
 * placed, and the props it uses. Validated on load: every angle within a
 * human range of motion, every prop of a known type, and a prop that
 * names a body part in `contact` actually touching it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  BM_POSE_VIEW_SIDE,       /* the figure's sagittal plane, facing right */
  BM_POSE_VIEW_FRONT,      /* the figure's frontal plane, facing the viewer */
} BmPoseView;

typedef enum {
  BM_POSE_LEFT,
  BM_POSE_RIGHT,
  BM_POSE_N_SIDES
} BmPoseSide;

/* The angles of one arm and one leg, in degrees. */
typedef enum {
  BM_POSE_SHOULDER_FLEXION,
  BM_POSE_SHOULDER_ABDUCTION,
  BM_POSE_SHOULDER_ROTATION,   /* external positive */
  BM_POSE_ELBOW,
  BM_POSE_HIP_FLEXION,
  BM_POSE_HIP_ABDUCTION,
  BM_POSE_KNEE,
  BM_POSE_ANKLE,               /* dorsiflexion positive */
  BM_POSE_N_LIMB_JOINTS
} BmPoseLimbJoint;

typedef enum {
  BM_PROP_WALL,
  BM_PROP_BALL,
  BM_PROP_FOAM_ROLLER,
  BM_PROP_CHAIR,
  BM_PROP_BED,
  BM_PROP_STRAP,
  BM_PROP_DOOR_FRAME,
  BM_PROP_MAT,
  BM_N_PROP_TYPES
} BmPropType;

typedef struct {
  BmPropType type;
  double     x, y;        /* its anchor in the figure's frame (see the format) */
  double     angle;       /* degrees, counter-clockwise */
  double     size;
  char      *contact;     /* a body segment it touches, or NULL */
} BmPoseProp;

typedef struct {
  char      *id;
  BmPoseView view;
  char      *posture;     /* standing, sitting, kneeling, lying */
  double     x, y;        /* the hip centre in the figure's frame; the floor is y = 0 */
  double     angle;       /* the pelvis's tilt from upright, degrees, counter-clockwise */
  gboolean   facing_left; /* drawn mirrored: the left limbs are near */
  double     trunk;       /* flexion of the trunk on the pelvis */
  double     neck;        /* flexion of the head on the trunk */
  double     limbs[BM_POSE_N_SIDES][BM_POSE_N_LIMB_JOINTS];
  GPtrArray *props;       /* BmPoseProp* */
} BmPose;

/* One body segment of the posed figure: a capsule tapering from radius r1
 * at (x1, y1) to r2 at (x2, y2), in the figure's frame (y up), before the
 * mirroring of facing_left. */
typedef struct {
  const char *name;       /* "thigh-left", "torso", "head" … */
  double      x1, y1, r1;
  double      x2, y2, r2;
  int         layer;      /* drawing order: lower first */
  gboolean    far;        /* on the far side of the body: drawn darker */
} BmPoseSegment;

#define BM_POSE_N_SEGMENTS 16
/* How close (figure units) a contact prop must come to its body part. */
#define BM_POSE_CONTACT_TOLERANCE 3.0

BmPose     *bm_pose_new_from_bytes  (GBytes           *bytes,
                                     const char       *file,
                                     GError          **error);
void        bm_pose_free            (BmPose           *pose);
const char *bm_pose_prop_type_get_id (BmPropType      type);
gboolean    bm_pose_is_segment      (const char       *name);
void        bm_pose_get_segments    (const BmPose     *pose,
                                     BmPoseSegment     segments[BM_POSE_N_SEGMENTS]);
double      bm_pose_prop_distance   (const BmPose     *pose,
                                     const BmPoseProp *prop,
                                     const char       *segment);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmPose, bm_pose_free)

G_END_DECLS
