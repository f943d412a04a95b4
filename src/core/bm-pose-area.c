/* bm-pose-area.c: where a muscle lies on the posed figure
 *
 * A muscle's figure area names a body segment and a part of it (see
 * docs/atlas-format.md, "Figure areas"). On the posed figure that part is
 * drawn as a muscle belly: an ellipse along the part's stretch of the
 * segment, over the half across it that the part names, clipped to the
 * segment's outline by the renderer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bm-pose-private.h"

/* A figure area, "SEGMENT" or "SEGMENT:PARTS": a body segment without its
 * side, and parts joined by "-" (front, back, outer or inner; upper, middle
 * or lower). FALSE when @text is not one. */
gboolean
bm_pose_area_parse (const char *text,
                    BmPoseArea *area)
{
  static const char *const across[] = { "", "front", "back", "outer", "inner" };
  static const char *const along[] = { "", "upper", "middle", "lower" };
  static const char *const segments[] = { "head", "neck", "torso", "pelvis", "upper-arm", "forearm",
                                          "hand", "thigh", "lower-leg", "foot" };
  g_auto(GStrv) halves = g_strsplit (text != NULL ? text : "", ":", 2);
  g_auto(GStrv) parts = NULL;

  memset (area, 0, sizeof *area);
  if (halves[0] == NULL || bm_pose_find_name (segments, G_N_ELEMENTS (segments), halves[0]) < 0)
    return FALSE;
  g_strlcpy (area->segment, halves[0], sizeof area->segment);
  if (halves[1] == NULL)
    return TRUE;
  parts = g_strsplit (halves[1], "-", -1);
  if (parts[0] == NULL)
    return FALSE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      int a = bm_pose_find_name (across + 1, G_N_ELEMENTS (across) - 1, parts[i]);
      int l = bm_pose_find_name (along + 1, G_N_ELEMENTS (along) - 1, parts[i]);

      if (a >= 0 && area->across == BM_AREA_ACROSS_WHOLE)
        area->across = a + 1;
      else if (l >= 0 && area->along == BM_AREA_ALONG_WHOLE)
        area->along = l + 1;
      else
        return FALSE;
    }
  return TRUE;
}

/* The belly of @area on segment @s; with @inside, all of it within the
 * segment's outline, for a line drawn round it. */
void
bm_pose_area_get_ellipse (const BmPoseSegment *s,
                          const BmPoseArea    *area,
                          gboolean             inside,
                          BmPoseEllipse       *e)
{
  double ax = s->x2 - s->x1, ay = s->y2 - s->y1, len = hypot (ax, ay), r = MAX (s->r1, s->r2);
  double side_x = 0, side_y = 0, vc = 0, vb = r * 1.6, u0 = -r, u1 = len + r, along;
  gboolean midline = !g_str_has_suffix (s->name, "-left") && !g_str_has_suffix (s->name, "-right"), toward;

  if (len < 1e-6)
    ax = 1, ay = 0, len = 1;
  ax /= len, ay /= len;
  if (area->across == BM_AREA_FRONT || area->across == BM_AREA_BACK)
    side_x = s->fx, side_y = s->fy;
  else if (area->across == BM_AREA_OUTER || (area->across == BM_AREA_INNER && !midline))
    side_x = s->ox * (area->left ? -1 : 1), side_y = s->oy * (area->left ? -1 : 1);
  /* A half shows only when its direction is seen from the side, not end-on;
   * v runs across the axis, positive to its left. */
  along = side_x * -ay + side_y * ax;
  toward = area->across == BM_AREA_FRONT || area->across == BM_AREA_OUTER;
  if (fabs (along) > 0.35)
    {
      vc = ((along > 0) == toward ? 1 : -1) * r * 0.55;
      vb = r * 0.85;
    }
  else if (fabs (side_x * ax + side_y * ay) > 0.35)
    {
      /* The half lies along the axis (the pelvis seen from the front). */
      gboolean end = (side_x * ax + side_y * ay > 0) == toward;
      u0 = end ? len / 2 - r * 0.2 : -r;
      u1 = end ? len + r : len / 2 + r * 0.2;
    }
  /* The body's own segments run upward: their upper part is their end, and
   * they are cut in thirds of their whole length, rounded ends and all, so
   * that the head's lower third is the jaw and mouth, below the eyes. */
  if (midline)
    {
      double third = (len + 2 * r) / 3;

      if (area->along == BM_AREA_LOWER)
        u0 = -r, u1 = -r + third;
      else if (area->along == BM_AREA_MIDDLE)
        u0 = -r + third, u1 = -r + 2 * third;
      else if (area->along == BM_AREA_UPPER)
        u0 = -r + 2 * third, u1 = len + r;
    }
  else if (area->along == BM_AREA_UPPER)
    u0 = -r * 0.3, u1 = len * 0.5;
  else if (area->along == BM_AREA_MIDDLE)
    u0 = len * 0.2, u1 = len * 0.8;
  else if (area->along == BM_AREA_LOWER)
    u0 = len * 0.5, u1 = len + r * 0.3;
  if (inside)
    {
      vb = MIN (vb, r * 0.75);
      u0 = MAX (u0, -r * 0.4);
      u1 = MIN (u1, len + r * 0.4);
    }
  e->cx = s->x1 + ax * (u0 + u1) / 2 - ay * vc;
  e->cy = s->y1 + ay * (u0 + u1) / 2 + ax * vc;
  e->angle = atan2 (ay, ax);
  e->a = (u1 - u0) / 2;
  e->b = vb;
}


/* Whether the middle of @e, on segment @s, is under a segment drawn over
 * it (a nearer limb), so that the muscle does not show there. */
gboolean
bm_pose_area_is_covered (const BmPoseSegment  segments[BM_POSE_N_SEGMENTS],
                         const BmPoseSegment *s,
                         const BmPoseEllipse *e)
{
  for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
    if (segments[i].layer > s->layer && bm_pose_segment_distance (&segments[i], e->cx, e->cy) < 0)
      return TRUE;
  return FALSE;
}
