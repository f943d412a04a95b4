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
  BM_POSE_VIEW_BACK,       /* the frontal plane from behind: its back to the viewer */
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
  BM_POSE_HIP_ROTATION,        /* external positive; optional in the file */
  BM_POSE_WRIST,               /* extension positive; optional in the file */
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

typedef enum {
  BM_ARROW_PRESS,          /* pressure onto a body part */
  BM_ARROW_MOVE,           /* a body part moving that way */
  BM_ARROW_TURN,           /* a body part swinging about its joint */
} BmArrowKind;

/* An arrow on an illustration, in the figure's frame before mirroring. */
typedef struct {
  BmArrowKind kind;
  char       *segment;     /* the body part it acts on */
  double      along;       /* where on it: 0 its start, 1 its end */
  double      direction;   /* degrees: 0 the way the figure faces, 90 up */
  double      sweep;       /* a turn's angle, counter-clockwise positive */
  double      length;
  guint       panel;       /* a technique's arrow: 1 or 2; a pose's: 0 */
} BmPoseArrow;

/* A part of a body segment: where a muscle lies on the figure. */
typedef enum {
  BM_AREA_ACROSS_WHOLE,
  BM_AREA_FRONT,          /* the half on the segment's front (the top of the foot, the palm) */
  BM_AREA_BACK,
  BM_AREA_OUTER,          /* the half away from the midline */
  BM_AREA_INNER,
} BmAreaAcross;

typedef enum {
  BM_AREA_ALONG_WHOLE,
  BM_AREA_UPPER,          /* the part nearest the body's root (the neck, for the torso) */
  BM_AREA_MIDDLE,
  BM_AREA_LOWER,
} BmAreaAlong;

typedef struct {
  char         segment[24];  /* without side in a muscle's figure_area; with it once placed */
  BmAreaAcross across;
  BmAreaAlong  along;
  gboolean     left;         /* on the midline: outer is the figure's left side, not its right */
} BmPoseArea;

typedef enum {
  BM_POSE_WORKS_RIGHT,
  BM_POSE_WORKS_LEFT,
  BM_POSE_WORKS_BOTH,
} BmPoseWorks;

typedef enum {
  BM_POSE_FRAME_BODY,      /* the whole figure and its props */
  BM_POSE_FRAME_UPPER,     /* from the hips up */
  BM_POSE_FRAME_HEAD,      /* the head and neck, with a hand near them */
  BM_POSE_FRAME_HANDS,     /* the arm the pose works, and a hand near its hand */
  BM_POSE_FRAME_FEET,      /* the leg the pose works, and a hand near its foot */
} BmPoseFrame;

typedef struct {
  char      *id;
  BmPoseView view;
  BmPoseFrame frame;      /* how much of the scene the picture shows */
  char      *posture;     /* standing, sitting, kneeling, lying */
  double     x, y;        /* the hip centre in the figure's frame; the floor is y = 0 */
  double     angle;       /* the pelvis's tilt from upright, degrees, counter-clockwise */
  gboolean   facing_left; /* drawn mirrored: the left limbs are near */
  double     trunk;       /* flexion of the trunk on the pelvis */
  double     trunk_side_bend; /* toward the figure's left, positive */
  double     trunk_rotation;  /* the chest turned to the left, positive */
  double     neck;        /* flexion of the head on the trunk */
  double     neck_side_bend;  /* ear toward the left shoulder, positive */
  double     neck_rotation;   /* chin toward the left, positive */
  BmPoseWorks works;      /* the side the pose stretches or presses */
  double     limbs[BM_POSE_N_SIDES][BM_POSE_N_LIMB_JOINTS];
  GPtrArray *props;       /* BmPoseProp* */
  GPtrArray *arrows;      /* BmPoseArrow* */
} BmPose;

/* One body segment of the posed figure: a capsule tapering from radius r1
 * at (x1, y1) to r2 at (x2, y2), in the figure's frame (y up), before the
 * mirroring of facing_left. */
typedef struct {
  const char *name;       /* "thigh-left", "torso", "head" … */
  double      x1, y1, r1;
  double      x2, y2, r2;
  double      fx, fy;     /* the segment's front (its forward axis), as seen: 0 length when seen end-on */
  double      ox, oy;     /* its outer side (away from the midline; on the midline, the right), as seen */
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

void        bm_pose_arrow_free      (BmPoseArrow      *arrow);
gboolean    bm_pose_area_parse      (const char       *text,
                                     BmPoseArea       *area);
const BmPoseSegment *bm_pose_find_segment (const BmPoseSegment segments[BM_POSE_N_SEGMENTS],
                                           const char         *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmPose, bm_pose_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmPoseArrow, bm_pose_arrow_free)

G_END_DECLS
