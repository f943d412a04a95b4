/* bm-pose-props.c: the props of a pose as shapes, and how far a prop is
 * from the body part it should touch
 *
 * The anchors and sizes are described in docs/atlas-format.md, "Props".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-pose-private.h"

typedef struct {
  const BmPoseProp *prop;
  BmPoseShape      *out;
  guint             n;
} Shaper;

/* Moves a point of the prop's own frame into the figure's frame. */
static void
prop_place (const BmPoseProp *prop,
            double            lx,
            double            ly,
            double           *x,
            double           *y)
{
  double c = cos (prop->angle * G_PI / 180), s = sin (prop->angle * G_PI / 180);

  *x = prop->x + lx * c - ly * s;
  *y = prop->y + lx * s + ly * c;
}

static void
rect (Shaper  *sh,
      double   x0,
      double   y0,
      double   x1,
      double   y1,
      gboolean accent)
{
  BmPoseShape *s = &sh->out[sh->n++];
  double lx[4] = { x0, x1, x1, x0 }, ly[4] = { y0, y0, y1, y1 };

  s->circle = FALSE;
  s->accent = accent;
  for (int i = 0; i < 4; i++)
    prop_place (sh->prop, lx[i], ly[i], &s->px[i], &s->py[i]);
}

static void
circle (Shaper  *sh,
        double   r,
        gboolean accent)
{
  BmPoseShape *s = &sh->out[sh->n++];

  s->circle = TRUE;
  s->accent = accent;
  s->cx = sh->prop->x;
  s->cy = sh->prop->y;
  s->r = r;
}

/* A chair seen from the side (seat to the left of its front edge) or
 * from the front; @h is the seat height. */
static void
chair (Shaper  *sh,
       gboolean side,
       double   h)
{
  if (side)
    {
      rect (sh, -44, h, -40, h + 42, FALSE);
      rect (sh, -44, 0, -40, h, FALSE);
      rect (sh, -4, 0, 0, h, FALSE);
      rect (sh, -44, h - 5, 0, h, FALSE);
      return;
    }
  rect (sh, -21, h, 21, h + 42, FALSE);
  rect (sh, -21, 0, -17, h, FALSE);
  rect (sh, 17, 0, 21, h, FALSE);
  rect (sh, -23, h - 5, 23, h, FALSE);
}

/* The anchors and sizes are described in docs/atlas-format.md, "poses/ID.json". */
guint
bm_pose_prop_get_shapes (const BmPose     *pose,
                         const BmPoseProp *prop,
                         BmPoseShape       shapes[BM_POSE_MAX_SHAPES])
{
  Shaper sh = { prop, shapes, 0 };
  gboolean side = pose->view == BM_POSE_VIEW_SIDE;
  double z = prop->size;

  switch (prop->type)
    {
    case BM_PROP_WALL:
      rect (&sh, -4, 0, 4, z, FALSE);
      break;
    case BM_PROP_BALL:
      circle (&sh, z / 2, FALSE);
      break;
    case BM_PROP_FOAM_ROLLER:
      circle (&sh, z / 2, FALSE);
      circle (&sh, z / 5, TRUE);
      break;
    case BM_PROP_CHAIR:
      chair (&sh, side, z);
      break;
    case BM_PROP_BED:
      rect (&sh, -z / 2, 0, -z / 2 + 5, 40, FALSE);
      rect (&sh, z / 2 - 5, 0, z / 2, 40, FALSE);
      rect (&sh, -z / 2, 40, z / 2, 55, FALSE);
      break;
    case BM_PROP_STRAP:
      rect (&sh, 0, -1.2, z, 1.2, FALSE);
      break;
    case BM_PROP_DOOR_FRAME:
      if (side)
        rect (&sh, -5, 0, 5, z, FALSE);
      else
        {
          rect (&sh, -52, 0, -44, z, FALSE);
          rect (&sh, 44, 0, 52, z, FALSE);
          rect (&sh, -52, z, 52, z + 8, FALSE);
        }
      break;
    case BM_PROP_MAT:
      rect (&sh, -z / 2, 0, z / 2, 1.5, FALSE);
      break;
    case BM_N_PROP_TYPES:
    default:
      g_assert_not_reached ();
    }
  return sh.n;
}

/* The distance from (px, py) to the surface of @s; negative inside. */
double
bm_pose_segment_distance (const BmPoseSegment *s,
                          double               px,
                          double               py)
{
  double dx = s->x2 - s->x1, dy = s->y2 - s->y1, len2 = dx * dx + dy * dy;
  double t = len2 > 0 ? ((px - s->x1) * dx + (py - s->y1) * dy) / len2 : 0;

  t = CLAMP (t, 0, 1);
  return hypot (px - (s->x1 + t * dx), py - (s->y1 + t * dy)) - (s->r1 + t * (s->r2 - s->r1));
}

/* Points along the outline of @shape, one about every unit. */
static GArray *
shape_outline (const BmPoseShape *shape)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (double) * 2);

  if (shape->circle)
    for (int i = 0; i < 128; i++)
      {
        double p[2] = { shape->cx + shape->r * cos (i * G_PI / 64), shape->cy + shape->r * sin (i * G_PI / 64) };
        g_array_append_val (points, p);
      }
  else
    for (int i = 0; i < 4; i++)
      {
        double x0 = shape->px[i], y0 = shape->py[i], x1 = shape->px[(i + 1) % 4], y1 = shape->py[(i + 1) % 4];
        int steps = MAX (1, (int) ceil (hypot (x1 - x0, y1 - y0)));

        for (int k = 0; k < steps; k++)
          {
            double p[2] = { x0 + (x1 - x0) * k / steps, y0 + (y1 - y0) * k / steps };
            g_array_append_val (points, p);
          }
      }
  return points;
}

/* How far @prop is from body segment @name, in figure units; 0 when they
 * touch or overlap; G_MAXDOUBLE for an unknown segment. */
double
bm_pose_prop_distance (const BmPose     *pose,
                       const BmPoseProp *prop,
                       const char       *name)
{
  BmPoseSegment segments[BM_POSE_N_SEGMENTS];
  BmPoseShape shapes[BM_POSE_MAX_SHAPES];
  const BmPoseSegment *seg;
  guint n = bm_pose_prop_get_shapes (pose, prop, shapes);
  double best = G_MAXDOUBLE;

  bm_pose_get_segments (pose, segments);
  if ((seg = bm_pose_find_segment (segments, name)) == NULL)
    return G_MAXDOUBLE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GArray) points = shape_outline (&shapes[i]);

      for (guint k = 0; k < points->len; k++)
        {
          const double *p = &g_array_index (points, double, 2 * k);
          best = MIN (best, bm_pose_segment_distance (seg, p[0], p[1]));
        }
    }
  return MAX (best, 0);
}
