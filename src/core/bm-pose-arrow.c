/* bm-pose-arrow.c: reading the arrows of a pose or of a technique's
 * illustration
 *
 * An arrow shows the movement or the pressure of a technique: see
 * docs/atlas-format.md, "arrows". Errors name the file, the arrow and the
 * field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-error.h"
#include "bm-pose.h"
#include "bm-pose-private.h"

#define DEFAULT_LENGTH 18.0

static const char *const kinds[] = { "press", "move", "turn" };

void
bm_pose_arrow_free (BmPoseArrow *arrow)
{
  if (arrow == NULL)
    return;
  g_free (arrow->segment);
  g_free (arrow);
}

static gboolean
read_segment (BmPoseArrow        *arrow,
              json_object        *obj,
              const BmJsonWhere  *where,
              GError            **error)
{
  const char *segment = bm_json_string (obj, where, "segment", TRUE, error);

  if (segment == NULL || !bm_pose_check_segment (segment, where, "segment", error))
    return FALSE;
  arrow->segment = g_strdup (segment);
  return TRUE;
}

static BmPoseArrow *
read_arrow (json_object        *obj,
            const BmJsonWhere  *where,
            guint               panels,
            GError            **error)
{
  g_autoptr(BmPoseArrow) arrow = g_new0 (BmPoseArrow, 1);
  double panel = 0;
  int kind;

  if ((kind = bm_pose_read_choice (obj, where, "kind", kinds, G_N_ELEMENTS (kinds), error)) < 0 ||
      !read_segment (arrow, obj, where, error) ||
      !bm_json_number_or (obj, where, "along", 0, 1, 0.5, &arrow->along, error) ||
      !bm_json_number_or (obj, where, "length", 4, 80, DEFAULT_LENGTH, &arrow->length, error) ||
      (panels > 0 && !bm_json_number_or (obj, where, "panel", 1, panels, 1, &panel, error)))
    return NULL;
  arrow->kind = kind;
  arrow->panel = (guint) panel;
  if (kind == BM_ARROW_TURN)
    {
      if (!bm_json_number (obj, where, "sweep", -180, 180, &arrow->sweep, error))
        return NULL;
    }
  else if (!bm_json_number (obj, where, "direction", -360, 360, &arrow->direction, error))
    return NULL;
  return g_steal_pointer (&arrow);
}

gboolean
bm_pose_read_arrows (json_object       *obj,
                     const BmJsonWhere *where,
                     const char        *field,
                     guint              panels,
                     GPtrArray         *arrows,
                     GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  json_object *list = bm_json_member (obj, where, field, json_type_array, FALSE, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  for (gsize i = 0; list != NULL && i < json_object_array_length (list); i++)
    {
      json_object *item = json_object_array_get_idx (list, i);
      g_autofree char *name = g_strdup_printf ("%s, arrow %" G_GSIZE_FORMAT, where->item ? where->item : "", i + 1);
      BmJsonWhere iwhere = { where->file, where->kind, name };
      BmPoseArrow *arrow;

      if (!json_object_is_type (item, json_type_object))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, where, field, "item %" G_GSIZE_FORMAT " is not an object", i + 1);
          return FALSE;
        }
      if ((arrow = read_arrow (item, &iwhere, panels, error)) == NULL)
        return FALSE;
      g_ptr_array_add (arrows, arrow);
    }
  return TRUE;
}

/* ---- Drawing ---------------------------------------------------------------- */

typedef struct {
  cairo_t      *cr;
  const BmRgba *colour;
  double        line;
} Pen;

/* A filled head at (x, y) pointing along (dx, dy), a unit vector. */
static void
arrow_head (const Pen *pen,
            double     x,
            double     y,
            double     dx,
            double     dy)
{
  double len = pen->line * 7, half = pen->line * 3.6;

  cairo_move_to (pen->cr, x + dx * pen->line, y + dy * pen->line);
  cairo_line_to (pen->cr, x - dx * len - dy * half, y - dy * len + dx * half);
  cairo_line_to (pen->cr, x - dx * len + dy * half, y - dy * len - dx * half);
  cairo_close_path (pen->cr);
  cairo_fill (pen->cr);
}

static void
straight (const Pen *pen,
          double     tail_x,
          double     tail_y,
          double     tip_x,
          double     tip_y)
{
  double dx = tip_x - tail_x, dy = tip_y - tail_y, d = hypot (dx, dy);

  if (d < 1e-6)
    return;
  dx /= d, dy /= d;
  cairo_move_to (pen->cr, tail_x, tail_y);
  cairo_line_to (pen->cr, tip_x - dx * pen->line * 5, tip_y - dy * pen->line * 5);
  cairo_stroke (pen->cr);
  arrow_head (pen, tip_x, tip_y, dx, dy);
}

/* A curved arrow about the segment's start, clear of the limb at @along. */
static void
turn (const Pen           *pen,
      const BmPoseSegment *s,
      const BmPoseArrow   *a,
      double               px,
      double               py,
      double               r)
{
  double radius = hypot (px - s->x1, py - s->y1), sweep = a->sweep * G_PI / 180, sign = sweep >= 0 ? 1 : -1;
  double start, end, ex, ey;

  if (radius < 4)
    radius = r + 8;
  start = atan2 (py - s->y1, px - s->x1) + sign * MIN (G_PI / 3, asin (MIN (1, (r + 4) / radius)));
  end = start + sweep;
  if (sign > 0)
    cairo_arc (pen->cr, s->x1, s->y1, radius, start, end - sign * pen->line * 4 / radius);
  else
    cairo_arc_negative (pen->cr, s->x1, s->y1, radius, start, end - sign * pen->line * 4 / radius);
  cairo_stroke (pen->cr);
  ex = s->x1 + radius * cos (end);
  ey = s->y1 + radius * sin (end);
  /* The tangent at the end, the way the arc runs. */
  arrow_head (pen, ex, ey, -sin (end) * sign, cos (end) * sign);
}

/* The two ends of a straight arrow (tail, then tip), or of a turn's chord,
 * in the figure's frame: x0, y0, x1, y1; a straight arrow keeps @line (an
 * outline's width) and 2 units clear of the body part's surface. FALSE
 * when its body part is not in the pose. */
gboolean
bm_pose_arrow_get_ends (const BmPoseSegment  segments[BM_POSE_N_SEGMENTS],
                        const BmPoseArrow   *a,
                        double               line,
                        double               ends[4])
{
  const BmPoseSegment *s = bm_pose_find_segment (segments, a->segment);
  double px, py, r, dx = cos (a->direction * G_PI / 180), dy = sin (a->direction * G_PI / 180), gap, k0, k1;

  if (s == NULL)
    return FALSE;
  px = s->x1 + (s->x2 - s->x1) * a->along;
  py = s->y1 + (s->y2 - s->y1) * a->along;
  r = s->r1 + (s->r2 - s->r1) * a->along;
  gap = r + 2 + line;
  if (a->kind == BM_ARROW_TURN)
    {
      double radius = MAX (hypot (px - s->x1, py - s->y1), r + 8), end = atan2 (py - s->y1, px - s->x1) + a->sweep * G_PI / 180;

      ends[0] = px, ends[1] = py;
      ends[2] = s->x1 + radius * cos (end), ends[3] = s->y1 + radius * sin (end);
      return TRUE;
    }
  k0 = a->kind == BM_ARROW_PRESS ? -(gap + a->length) : gap;
  k1 = a->kind == BM_ARROW_PRESS ? -gap : gap + a->length;
  ends[0] = px + dx * k0, ends[1] = py + dy * k0;
  ends[2] = px + dx * k1, ends[3] = py + dy * k1;
  return TRUE;
}

static void
paint_arrow (const Pen           *pen,
             const BmPoseSegment  segments[BM_POSE_N_SEGMENTS],
             const BmPoseArrow   *a)
{
  const BmPoseSegment *s = bm_pose_find_segment (segments, a->segment);
  double ends[4];

  if (s == NULL)
    return;
  if (a->kind == BM_ARROW_TURN)
    turn (pen, s, a, s->x1 + (s->x2 - s->x1) * a->along, s->y1 + (s->y2 - s->y1) * a->along,
          s->r1 + (s->r2 - s->r1) * a->along);
  else if (bm_pose_arrow_get_ends (segments, a, pen->line, ends))
    straight (pen, ends[0], ends[1], ends[2], ends[3]);
}

/* Body weight onto a ball or a roller: an arrow on the far side of the body
 * part that lies on it, pointing at it. */
static void
paint_weight (const Pen           *pen,
              const BmPoseSegment  segments[BM_POSE_N_SEGMENTS],
              const BmPoseProp    *prop)
{
  const BmPoseSegment *s = bm_pose_find_segment (segments, prop->contact);
  double ax, ay, len2, t, cx, cy, d;
  BmPoseArrow a = { BM_ARROW_PRESS, NULL, 0, 0, 0, 16, 0 };

  if (s == NULL)
    return;
  ax = s->x2 - s->x1, ay = s->y2 - s->y1, len2 = ax * ax + ay * ay;
  t = len2 > 0 ? CLAMP (((prop->x - s->x1) * ax + (prop->y - s->y1) * ay) / len2, 0, 1) : 0;
  cx = s->x1 + ax * t, cy = s->y1 + ay * t;
  d = hypot (prop->x - cx, prop->y - cy);
  if (d < 1e-6)
    return;
  a.segment = (char *) s->name;
  a.along = t;
  a.direction = atan2 (prop->y - cy, prop->x - cx) * 180 / G_PI;
  paint_arrow (pen, segments, &a);
}

void
bm_pose_paint_arrows (const BmPose             *pose,
                      const BmPoseSegment       segments[BM_POSE_N_SEGMENTS],
                      cairo_t                  *cr,
                      const BmRgba             *colour,
                      double                    line,
                      const BmPoseArrow *const *extra,
                      guint                     n_extra)
{
  Pen pen = { cr, colour, line };

  cairo_save (cr);
  cairo_set_source_rgba (cr, colour->red, colour->green, colour->blue, colour->alpha);
  cairo_set_line_width (cr, line * 1.8);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_new_path (cr);
  for (guint i = 0; i < pose->props->len; i++)
    {
      const BmPoseProp *prop = pose->props->pdata[i];

      /* Not for the neck: from the far side, the arrow would press on the throat. */
      if ((prop->type == BM_PROP_BALL || prop->type == BM_PROP_FOAM_ROLLER) && prop->contact != NULL &&
          g_strcmp0 (prop->contact, "neck") != 0)
        paint_weight (&pen, segments, prop);
    }
  for (guint i = 0; i < pose->arrows->len; i++)
    paint_arrow (&pen, segments, pose->arrows->pdata[i]);
  for (guint i = 0; i < n_extra; i++)
    paint_arrow (&pen, segments, extra[i]);
  cairo_restore (cr);
}
