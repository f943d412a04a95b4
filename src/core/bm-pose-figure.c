/* bm-pose-figure.c: the posed figure and its props, as geometry
 *
 * The figure is 175 units tall (centimetres), built in 3D from the joint
 * angles and seen along one axis: the side view drops the lateral axis,
 * the front view the forward one. Segment lengths and widths follow common
 * adult proportions: the head is about 1/7.5 of the height, the hip joint
 * a little above half of it, thigh and shank about equal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bm-pose-private.h"

/* Lengths along the body, in units of a figure 175 tall. */
#define TRUNK_LEN     50.0    /* hip centre to the base of the neck */
#define SHOULDER_AT   46.0    /* hip centre to the shoulder joints, along the trunk */
#define SHOULDER_HALF 17.5    /* half the distance between the shoulder joints */
#define HIP_HALF       9.0
#define NECK_LEN       9.0
#define UPPER_ARM     31.0
#define FOREARM       26.0
#define HAND          14.0
#define THIGH         43.0
#define SHANK         43.0
#define FOOT          20.0    /* ankle to the ball of the foot */
#define HEEL           5.0

/* Vectors in the body's frame: forward, up, lateral (to the left). */
typedef struct { double f, u, l; } Vec;
typedef struct { double m[3][3]; } Mat;

static Vec
vec (double f, double u, double l)
{
  return (Vec) { f, u, l };
}

static Vec
add (Vec a, Vec b, double k)
{
  return vec (a.f + k * b.f, a.u + k * b.u, a.l + k * b.l);
}

static Vec
apply (const Mat *a, Vec v)
{
  double in[3] = { v.f, v.u, v.l }, out[3];

  for (int i = 0; i < 3; i++)
    out[i] = a->m[i][0] * in[0] + a->m[i][1] * in[1] + a->m[i][2] * in[2];
  return vec (out[0], out[1], out[2]);
}

static Mat
mul (const Mat *a, const Mat *b)
{
  Mat r;

  for (int i = 0; i < 3; i++)
    for (int j = 0; j < 3; j++)
      r.m[i][j] = a->m[i][0] * b->m[0][j] + a->m[i][1] * b->m[1][j] + a->m[i][2] * b->m[2][j];
  return r;
}

/* A rotation by @degrees about axis @axis (0 forward, 1 up, 2 lateral),
 * with these signs: about the lateral axis, down turns to forward; about the forward axis,
 * down turns to the left; about the up axis, forward turns to the left. */
static Mat
rotation (int    axis,
          double degrees)
{
  double c = cos (degrees * G_PI / 180), s = sin (degrees * G_PI / 180);
  Mat r = { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } };
  int a = axis == 2 ? 0 : axis == 0 ? 2 : 0, b = axis == 2 ? 1 : axis == 0 ? 1 : 2;

  /* lateral: (f, u); forward: (l, u); up: (f, l) */
  r.m[a][a] = c;
  r.m[a][b] = -s;
  r.m[b][a] = s;
  r.m[b][b] = c;
  return r;
}

typedef struct {
  const BmPose  *pose;
  BmPoseSegment *out;
  guint          n;
} Builder;


/* The direction @v (no translation) as seen, rotated by the pose's angle. */
static void
place_direction (const BmPose *pose,
                 Vec           v,
                 double       *x,
                 double       *y)
{
  double px = pose->view == BM_POSE_VIEW_SIDE ? v.f : pose->view == BM_POSE_VIEW_BACK ? -v.l : v.l, py = v.u;
  double c = cos (pose->angle * G_PI / 180), s = sin (pose->angle * G_PI / 180);

  *x = px * c - py * s;
  *y = px * s + py * c;
}

/* Projects @v onto the view plane, then places it: rotated by the pose's
 * angle about the hip centre and moved to (x, y). */
static void
place (const BmPose *pose,
       Vec           v,
       double       *x,
       double       *y)
{
  place_direction (pose, v, x, y);
  *x += pose->x;
  *y += pose->y;
}

/* How near the viewer @v is: higher is nearer. In the side view the near
 * side is the right one (the left when the figure faces left). */
static double
depth (const BmPose *pose,
       Vec           v)
{
  if (pose->view == BM_POSE_VIEW_SIDE)
    return pose->facing_left ? v.l : -v.l;
  return pose->view == BM_POSE_VIEW_BACK ? -v.f : v.f;
}

/* A segment from @a to @z whose own frame is @frame; @outer is the sign of
 * the lateral axis that points away from the midline (for a segment on the
 * midline, -1: toward the figure's right side). */
static void
segment (Builder    *b,
         const char *name,
         Vec         a,
         double      r1,
         Vec         z,
         double      r2,
         int         layer,
         const Mat  *frame,
         double      outer)
{
  BmPoseSegment *s = &b->out[b->n++];

  s->name = name;
  place_direction (b->pose, apply (frame, vec (1, 0, 0)), &s->fx, &s->fy);
  place_direction (b->pose, apply (frame, vec (0, 0, outer)), &s->ox, &s->oy);
  place (b->pose, a, &s->x1, &s->y1);
  place (b->pose, z, &s->x2, &s->y2);
  s->r1 = r1;
  s->r2 = r2;
  s->layer = layer;
  s->far = FALSE;
}

static const char *const names[BM_POSE_N_SIDES][6] = {
  { "upper-arm-left", "forearm-left", "hand-left", "thigh-left", "lower-leg-left", "foot-left" },
  { "upper-arm-right", "forearm-right", "hand-right", "thigh-right", "lower-leg-right", "foot-right" },
};

/* Near limbs are drawn over the body (layers 3, 4), far ones under it. */
static void
set_layer (Builder *b,
           guint    first,
           Vec      mid,
           int      near_layer)
{
  gboolean far = depth (b->pose, mid) < -1.0;

  for (guint i = first; i < b->n; i++)
    {
      b->out[i].layer = far ? 1 - (near_layer - 3) : near_layer;
      b->out[i].far = far;
    }
}

static void
build_arm (Builder    *b,
           const Mat  *trunk,
           BmPoseSide  side)
{
  const double *j = b->pose->limbs[side];
  double sign = side == BM_POSE_LEFT ? 1 : -1;
  Mat abd = rotation (0, sign * j[BM_POSE_SHOULDER_ABDUCTION]);
  Mat flex = rotation (2, j[BM_POSE_SHOULDER_FLEXION]);
  Mat rot = rotation (1, sign * j[BM_POSE_SHOULDER_ROTATION]);
  Mat arm = mul (trunk, &abd), elbow_bend = rotation (2, j[BM_POSE_ELBOW]), fore, hand;
  Mat wrist_bend = rotation (2, -j[BM_POSE_WRIST]);
  Vec shoulder = add (apply (trunk, vec (0, SHOULDER_AT, 0)), vec (0, 0, sign * SHOULDER_HALF), 1);
  Vec down = vec (0, -1, 0), elbow, wrist, tip;
  guint first = b->n;

  arm = mul (&arm, &flex);
  arm = mul (&arm, &rot);
  fore = mul (&arm, &elbow_bend);
  hand = mul (&fore, &wrist_bend);
  elbow = add (shoulder, apply (&arm, down), UPPER_ARM);
  wrist = add (elbow, apply (&fore, down), FOREARM);
  tip = add (wrist, apply (&hand, down), HAND);
  segment (b, names[side][0], shoulder, 5.2, elbow, 4.0, 4, &arm, sign);
  segment (b, names[side][1], elbow, 4.0, wrist, 2.9, 4, &fore, sign);
  segment (b, names[side][2], add (wrist, apply (&hand, down), 2.5), 3.1, tip, 2.3, 4, &hand, sign);
  set_layer (b, first, elbow, 4);
}

static void
build_leg (Builder    *b,
           const Mat  *pelvis,
           BmPoseSide  side)
{
  const double *j = b->pose->limbs[side];
  double sign = side == BM_POSE_LEFT ? 1 : -1;
  Mat abd = rotation (0, sign * j[BM_POSE_HIP_ABDUCTION]);
  Mat flex = rotation (2, j[BM_POSE_HIP_FLEXION]);
  Mat rot = rotation (1, sign * j[BM_POSE_HIP_ROTATION]);
  Mat knee_bend = rotation (2, -j[BM_POSE_KNEE]);
  Mat ankle_bend = rotation (2, 90 + j[BM_POSE_ANKLE]);
  Mat thigh = mul (pelvis, &abd), shank, foot;
  Vec hip = apply (pelvis, vec (0, 0, sign * HIP_HALF)), down = vec (0, -1, 0), knee, ankle, sole;
  guint first = b->n;

  thigh = mul (&thigh, &flex);
  thigh = mul (&thigh, &rot);
  shank = mul (&thigh, &knee_bend);
  foot = mul (&shank, &ankle_bend);
  knee = add (hip, apply (&thigh, down), THIGH);
  ankle = add (knee, apply (&shank, down), SHANK);
  sole = add (ankle, apply (&shank, down), 3.5);
  segment (b, names[side][3], hip, 8.6, knee, 5.4, 3, &thigh, sign);
  segment (b, names[side][4], knee, 5.4, ankle, 3.4, 3, &shank, sign);
  segment (b, names[side][5], add (sole, apply (&foot, down), -HEEL), 3.6,
           add (sole, apply (&foot, down), FOOT), 2.4, 3, &foot, sign);
  set_layer (b, first, knee, 3);
}

static void
build_body (Builder   *b,
            const Mat *pelvis,
            const Mat *trunk)
{
  gboolean side = b->pose->view == BM_POSE_VIEW_SIDE;
  Mat neck = rotation (2, -b->pose->neck);
  Mat neck_side = rotation (0, -b->pose->neck_side_bend), neck_turn = rotation (1, b->pose->neck_rotation);
  Vec up = vec (0, 1, 0), base = apply (trunk, vec (0, TRUNK_LEN, 0)), top, dir;
  double head_r = side ? 9.5 : 8.0;

  neck = mul (trunk, &neck);
  neck = mul (&neck, &neck_side);
  neck = mul (&neck, &neck_turn);
  dir = apply (&neck, up);
  top = add (base, dir, NECK_LEN);
  if (side)
    segment (b, "pelvis", apply (pelvis, vec (-1.5, 1, 0)), 11.0, apply (pelvis, vec (-2.5, 10, 0)), 11.5, 2,
             pelvis, -1);
  else
    segment (b, "pelvis", apply (pelvis, vec (0, 2, 6)), 11.0, apply (pelvis, vec (0, 2, -6)), 11.0, 2, pelvis, -1);
  segment (b, "torso", apply (trunk, vec (0, 10, 0)), side ? 11.0 : 14.0,
           apply (trunk, vec (side ? 1.0 : 0, side ? 38 : 36, 0)), side ? 12.5 : 15.5, 2, trunk, -1);
  segment (b, "neck", add (base, dir, -3), 5.6, top, 5.0, 2, &neck, -1);
  segment (b, "head", add (add (top, dir, 7.0), apply (&neck, vec (1, 0, 0)), side ? 1.5 : 0), head_r,
           add (top, dir, side ? 11.5 : 14.3), head_r, 2, &neck, 0);
}

/* Every segment of the posed figure, in a fixed order. */
void
bm_pose_get_segments (const BmPose  *pose,
                      BmPoseSegment  segments[BM_POSE_N_SEGMENTS])
{
  Builder b = { pose, segments, 0 };
  Mat pelvis = rotation (2, 0), trunk = rotation (2, -pose->trunk);
  Mat side_bend = rotation (0, -pose->trunk_side_bend), turn = rotation (1, pose->trunk_rotation);

  trunk = mul (&trunk, &side_bend);
  trunk = mul (&trunk, &turn);

  build_body (&b, &pelvis, &trunk);
  for (BmPoseSide s = 0; s < BM_POSE_N_SIDES; s++)
    {
      build_arm (&b, &trunk, s);
      build_leg (&b, &pelvis, s);
    }
  g_assert (b.n == BM_POSE_N_SEGMENTS);
  /* In the side view, the far limbs are the ones of the side away from the viewer. */
  if (pose->view == BM_POSE_VIEW_SIDE)
    for (guint i = 4; i < b.n; i++)
      {
        gboolean left = g_str_has_suffix (segments[i].name, "-left");
        gboolean far = left != pose->facing_left;
        gboolean arm = strstr (segments[i].name, "arm") != NULL || strstr (segments[i].name, "hand") != NULL;

        segments[i].far = far;
        segments[i].layer = far ? (arm ? 0 : 1) : (arm ? 4 : 3);
      }
}

const BmPoseSegment *
bm_pose_find_segment (const BmPoseSegment  segments[BM_POSE_N_SEGMENTS],
                      const char          *name)
{
  for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
    if (g_strcmp0 (segments[i].name, name) == 0)
      return &segments[i];
  return NULL;
}

gboolean
bm_pose_is_segment (const char *name)
{
  static const char *const body[] = { "head", "neck", "torso", "pelvis" };

  for (guint i = 0; i < G_N_ELEMENTS (body); i++)
    if (g_strcmp0 (name, body[i]) == 0)
      return TRUE;
  for (guint s = 0; s < BM_POSE_N_SIDES; s++)
    for (guint i = 0; i < G_N_ELEMENTS (names[s]); i++)
      if (g_strcmp0 (name, names[s][i]) == 0)
        return TRUE;
  return FALSE;
}
