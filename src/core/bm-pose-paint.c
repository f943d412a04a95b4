/* bm-pose-paint.c: drawing a pose with cairo
 *
 * The figure is drawn in the body map's line style: each group of limbs a
 * union of tapered capsules with one smooth outline, the far limbs behind
 * the body in a darker skin, the near ones in front. The props are drawn in
 * the same style behind the figure; a strap, held in the hands, in front.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-muscle-art.h"
#include "bm-pose-paint.h"
#include "bm-pose-private.h"

#define N_LAYERS 5

static BmRgba
mix (BmRgba a,
     BmRgba b,
     double k)
{
  return (BmRgba) { a.red + (b.red - a.red) * k, a.green + (b.green - a.green) * k,
                    a.blue + (b.blue - a.blue) * k, 1 };
}

/* The colours of the body art and of the muscle layer, so the figures
 * match the body map in both styles. */
void
bm_pose_get_default_style (BmPoseStyle *style,
                           gboolean     dark)
{
  BmArtStyle art;
  BmMuscleStyle muscle;

  bm_body_art_get_default_style (&art, dark);
  bm_muscle_art_get_default_style (&muscle, dark);
  *style = (BmPoseStyle) {
    .skin = art.skin,
    /* A shade darker in both styles: the far side is in shadow. */
    .far_skin = mix (art.skin, (BmRgba) { 0, 0, 0, 1 }, dark ? 0.22 : 0.09),
    .outline = art.outline,
    .prop_fill = mix (art.skin, art.boundary, 0.45),
    .prop_outline = art.detail,
    /* The muscle's translucent fill, as it looks over the skin. */
    .highlight = mix (art.skin, muscle.fill, MIN (1, muscle.fill.alpha * 2)),
    .highlight_outline = muscle.stroke,
    /* GNOME's blue, which reads against the skin and the muscle in both. */
    .arrow = dark ? (BmRgba) { 0.47, 0.68, 0.93, 1 } : (BmRgba) { 0.11, 0.44, 0.85, 1 },
  };
}

static void
set_rgba (cairo_t      *cr,
          const BmRgba *c)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

/* A capsule tapering from r1 to r2, as one closed counter-clockwise path. */
static void
capsule_path (cairo_t             *cr,
              const BmPoseSegment *s)
{
  double dx = s->x2 - s->x1, dy = s->y2 - s->y1, d = hypot (dx, dy);
  double theta = atan2 (dy, dx), alpha;

  cairo_new_sub_path (cr);
  if (d <= fabs (s->r1 - s->r2) + 1e-6)
    {
      if (s->r1 >= s->r2)
        cairo_arc (cr, s->x1, s->y1, s->r1, 0, 2 * G_PI);
      else
        cairo_arc (cr, s->x2, s->y2, s->r2, 0, 2 * G_PI);
      cairo_close_path (cr);
      return;
    }
  alpha = acos ((s->r1 - s->r2) / d);
  cairo_arc (cr, s->x1, s->y1, s->r1, theta + alpha, theta + 2 * G_PI - alpha);
  cairo_arc (cr, s->x2, s->y2, s->r2, theta - alpha, theta + alpha);
  cairo_close_path (cr);
}

static void
shape_path (cairo_t           *cr,
            const BmPoseShape *shape)
{
  cairo_new_sub_path (cr);
  if (shape->circle)
    cairo_arc (cr, shape->cx, shape->cy, shape->r, 0, 2 * G_PI);
  else
    for (int i = 0; i < 4; i++)
      cairo_line_to (cr, shape->px[i], shape->py[i]);
  cairo_close_path (cr);
}

/* Extends the box @b (x0, y0, x1, y1) by a circle. */
static void
extend (double *b,
        double  x,
        double  y,
        double  r)
{
  b[0] = MIN (b[0], x - r);
  b[1] = MIN (b[1], y - r);
  b[2] = MAX (b[2], x + r);
  b[3] = MAX (b[3], y + r);
}

typedef struct {
  const BmPose        *pose;
  const BmPoseStyle   *style;
  const BmPoseOverlay *overlay;
  BmPoseSegment      segments[BM_POSE_N_SEGMENTS];
  double             box[4];
  double             line;       /* outline width, in figure units */
} Scene;

/* Whether the hand @s is within @reach of the end of a segment named
 * with @prefix. */
static gboolean
hand_near (const Scene         *sc,
           const BmPoseSegment *s,
           const char          *prefix,
           double               reach)
{
  for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
    if (g_str_has_prefix (sc->segments[i].name, prefix) &&
        hypot (s->x2 - sc->segments[i].x2, s->y2 - sc->segments[i].y2) < reach)
      return TRUE;
  return FALSE;
}

/* Whether the limb segment @name is on the side the pose works. */
static gboolean
worked_side (const Scene *sc,
             const char  *name)
{
  if (sc->pose->works == BM_POSE_WORKS_BOTH)
    return TRUE;
  return g_str_has_suffix (name, sc->pose->works == BM_POSE_WORKS_LEFT ? "-left" : "-right");
}

static const char *
worked_hand (const Scene *sc)
{
  return sc->pose->works == BM_POSE_WORKS_LEFT ? "hand-left" : "hand-right";
}

static const char *
worked_foot (const Scene *sc)
{
  return sc->pose->works == BM_POSE_WORKS_LEFT ? "foot-left" : "foot-right";
}

/* Whether segment @i is in the picture's frame. */
static gboolean
in_frame (const Scene *sc,
          guint        i)
{
  const BmPoseSegment *s = &sc->segments[i], *head = &sc->segments[3];
  const char *name = s->name;

  switch (sc->pose->frame)
    {
    case BM_POSE_FRAME_UPPER:
      return !g_str_has_prefix (name, "thigh") && !g_str_has_prefix (name, "lower-leg") &&
             !g_str_has_prefix (name, "foot") && !g_str_equal (name, "pelvis");
    case BM_POSE_FRAME_HEAD:
      if (g_str_has_prefix (name, "hand"))
        return hypot (s->x2 - head->x2, s->y2 - head->y2) < 35;
      return g_str_equal (name, "head") || g_str_equal (name, "neck");
    case BM_POSE_FRAME_HANDS:
      if (!worked_side (sc, name))
        return g_str_has_prefix (name, "hand") && hand_near (sc, s, worked_hand (sc), 30);
      return g_str_has_prefix (name, "upper-arm") || g_str_has_prefix (name, "forearm") || g_str_has_prefix (name, "hand");
    case BM_POSE_FRAME_FEET:
      if (g_str_has_prefix (name, "hand"))
        return hand_near (sc, s, worked_foot (sc), 30);
      return worked_side (sc, name) && (g_str_has_prefix (name, "thigh") || g_str_has_prefix (name, "lower-leg") ||
                                         g_str_has_prefix (name, "foot"));
    case BM_POSE_FRAME_BODY:
    default:
      return TRUE;
    }
}

static void
extend_arrow (Scene             *sc,
              const BmPoseArrow *arrow)
{
  double ends[4];

  /* The outline's width is not known before the scale: a unit is near it. */
  if (bm_pose_arrow_get_ends (sc->segments, arrow, 1, ends))
    {
      extend (sc->box, ends[0], ends[1], 2);
      extend (sc->box, ends[2], ends[3], 4);
    }
}

static void
scene_bounds (Scene *sc)
{
  BmPoseShape shapes[BM_POSE_MAX_SHAPES];

  sc->box[0] = sc->box[1] = G_MAXDOUBLE;
  sc->box[2] = sc->box[3] = -G_MAXDOUBLE;
  for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
    if (in_frame (sc, i))
      {
        const BmPoseSegment *s = &sc->segments[i];

        extend (sc->box, s->x1, s->y1, s->r1);
        extend (sc->box, s->x2, s->y2, s->r2);
      }
  /* The arrows, the pose's own and the technique's, are always whole. */
  for (guint i = 0; i < sc->pose->arrows->len; i++)
    extend_arrow (sc, sc->pose->arrows->pdata[i]);
  for (guint i = 0; sc->overlay != NULL && i < sc->overlay->n_arrows; i++)
    extend_arrow (sc, sc->overlay->arrows[i]);
  if (sc->pose->frame != BM_POSE_FRAME_BODY)
    {
      /* A little room around it, props and floor cut by it. */
      double pad = sc->pose->frame == BM_POSE_FRAME_HEAD ? 5 : 8;
      sc->box[0] -= pad, sc->box[1] -= pad, sc->box[2] += pad, sc->box[3] += pad;
      return;
    }
  for (guint p = 0; p < sc->pose->props->len; p++)
    {
      guint n = bm_pose_prop_get_shapes (sc->pose, sc->pose->props->pdata[p], shapes);

      for (guint i = 0; i < n; i++)
        if (shapes[i].circle)
          extend (sc->box, shapes[i].cx, shapes[i].cy, shapes[i].r);
        else
          for (int k = 0; k < 4; k++)
            extend (sc->box, shapes[i].px[k], shapes[i].py[k], 0);
    }
  /* The floor is always in view, a little of it either side. */
  extend (sc->box, sc->box[0], 0, 0);
  sc->box[0] -= 8;
  sc->box[2] += 8;
}

static void
paint_props (Scene    *sc,
             cairo_t  *cr,
             gboolean  front)
{
  BmPoseShape shapes[BM_POSE_MAX_SHAPES];

  for (guint p = 0; p < sc->pose->props->len; p++)
    {
      const BmPoseProp *prop = sc->pose->props->pdata[p];
      guint n;

      if ((prop->type == BM_PROP_STRAP) != front)
        continue;
      n = bm_pose_prop_get_shapes (sc->pose, prop, shapes);
      for (guint i = 0; i < n; i++)
        {
          shape_path (cr, &shapes[i]);
          if (!shapes[i].accent)
            {
              set_rgba (cr, prop->type == BM_PROP_STRAP ? &sc->style->outline : &sc->style->prop_fill);
              cairo_fill_preserve (cr);
            }
          set_rgba (cr, &sc->style->prop_outline);
          cairo_set_line_width (cr, sc->line * 0.8);
          cairo_stroke (cr);
        }
    }
}

static void
paint_floor (Scene   *sc,
             cairo_t *cr)
{
  cairo_move_to (cr, sc->box[0], 0);
  cairo_line_to (cr, sc->box[2], 0);
  set_rgba (cr, &sc->style->prop_outline);
  cairo_set_line_width (cr, sc->line * 0.8);
  cairo_stroke (cr);
}

/* A small nose on the head in the side view, so the way the figure faces
 * reads at a glance; @head is the head segment (lower end at the face). */
static void
nose_path (cairo_t             *cr,
           const BmPoseSegment *head)
{
  double ax = head->x2 - head->x1, ay = head->y2 - head->y1, len = hypot (ax, ay);

  if (len <= 0)
    return;
  ax /= len;
  ay /= len;
  /* Forward is the head's axis turned a quarter clockwise. */
  cairo_new_sub_path (cr);
  cairo_arc (cr, head->x1 + ay * head->r1 + ax * 1.0, head->y1 - ax * head->r1 + ay * 1.0, 2.2, 0, 2 * G_PI);
  cairo_close_path (cr);
}

/* The ellipse @e as a closed path. */
static void
ellipse_path (cairo_t             *cr,
              const BmPoseEllipse *e)
{
  cairo_new_path (cr);
  cairo_save (cr);
  cairo_translate (cr, e->cx, e->cy);
  cairo_rotate (cr, e->angle);
  cairo_scale (cr, e->a, e->b);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_close_path (cr);
}

/* A muscle on the back, seen from the front, lies behind: a dashed
 * outline, as the body map draws a deep muscle. */
static gboolean
hidden_area (const Scene      *sc,
             const BmPoseArea *area)
{
  return (sc->pose->view == BM_POSE_VIEW_FRONT && area->across == BM_AREA_BACK) ||
         (sc->pose->view == BM_POSE_VIEW_BACK && area->across == BM_AREA_FRONT);
}

/* Over everything drawn, the dashed outline of each highlighted area that
 * lies behind the body or under a nearer limb: the muscle still shows
 * where it is, as the body map draws a deep muscle. */
static void
paint_covered (Scene               *sc,
               cairo_t             *cr,
               const BmPoseOverlay *overlay)
{
  double dash[] = { sc->line * 3, sc->line * 2 };

  for (guint a = 0; overlay != NULL && a < overlay->n_areas; a++)
    {
      const BmPoseArea *area = &overlay->areas[a];
      const BmPoseSegment *s = bm_pose_find_segment (sc->segments, area->segment);
      BmPoseEllipse belly, ring;

      if (s == NULL)
        continue;
      bm_pose_area_get_ellipse (s, area, FALSE, &belly);
      if (!hidden_area (sc, area) && !bm_pose_area_is_covered (sc->segments, s, &belly))
        continue;
      bm_pose_area_get_ellipse (s, area, TRUE, &ring);
      cairo_save (cr);
      cairo_new_path (cr);
      capsule_path (cr, s);
      cairo_clip (cr);
      ellipse_path (cr, &ring);
      cairo_set_dash (cr, dash, 2, 0);
      set_rgba (cr, &sc->style->highlight_outline);
      cairo_set_line_width (cr, sc->line * 2.2);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

/* The muscle's belly in its segment's layer, where it shows. */
static void
paint_highlight (Scene               *sc,
                 cairo_t             *cr,
                 const BmPoseSegment *s,
                 const BmPoseArea    *area)
{
  BmPoseEllipse belly;

  if (hidden_area (sc, area))
    return;
  bm_pose_area_get_ellipse (s, area, FALSE, &belly);
  cairo_save (cr);
  cairo_new_path (cr);
  capsule_path (cr, s);
  cairo_clip (cr);
  ellipse_path (cr, &belly);
  set_rgba (cr, &sc->style->highlight);
  cairo_fill_preserve (cr);
  set_rgba (cr, &sc->style->highlight_outline);
  cairo_set_line_width (cr, sc->line * 1.2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Eyes, a mouth and an ear, so that a close-up reads as a face: from the
 * front, both eyes, moved aside as the chin turns; from the side, one eye
 * behind the nose and the ear at the middle of the head. */
static void
paint_face (Scene   *sc,
            cairo_t *cr)
{
  const BmPoseSegment *head = &sc->segments[3];
  double ux = head->x2 - head->x1, uy = head->y2 - head->y1, len = hypot (ux, uy), r = head->r1;
  double fx, fy, cx = head->x1, cy = head->y1;

  if (len <= 0)
    return;
  ux /= len, uy /= len;
  fx = uy, fy = -ux;           /* a quarter clockwise: forward from the side, across from the front */
  set_rgba (cr, &sc->style->outline);
  cairo_new_path (cr);
  if (sc->pose->view == BM_POSE_VIEW_BACK)
    {
      /* From behind, the hairline at the nape. */
      cairo_move_to (cr, cx - fx * r * 0.7 - ux * 1.5, cy - fy * r * 0.7 - uy * 1.5);
      cairo_curve_to (cr, cx - fx * 2 - ux * 3.5, cy - fy * 2 - uy * 3.5, cx + fx * 2 - ux * 3.5,
                      cy + fy * 2 - uy * 3.5, cx + fx * r * 0.7 - ux * 1.5, cy + fy * r * 0.7 - uy * 1.5);
      cairo_set_line_width (cr, sc->line * 0.9);
      cairo_stroke (cr);
      return;
    }
  if (sc->pose->view == BM_POSE_VIEW_SIDE)
    {
      cairo_arc (cr, cx + fx * r * 0.62 + ux * 2.4, cy + fy * r * 0.62 + uy * 2.4, 0.85, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_arc (cr, cx - fx * 1.2 + ux * 1.5, cy - fy * 1.2 + uy * 1.5, 1.6, 0, 2 * G_PI);
      cairo_set_line_width (cr, sc->line * 0.9);
      cairo_stroke (cr);
      return;
    }
  cx += fx * r * 0.6 * sin (sc->pose->neck_rotation * G_PI / 180);
  cy += fy * r * 0.6 * sin (sc->pose->neck_rotation * G_PI / 180);
  for (int k = -1; k <= 1; k += 2)
    {
      cairo_arc (cr, cx + k * fx * 2.9 + ux * 2.6, cy + k * fy * 2.9 + uy * 2.6, 0.85, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_move_to (cr, cx - fx * 2 - ux * 3.4, cy - fy * 2 - uy * 3.4);
  cairo_line_to (cr, cx + fx * 2 - ux * 3.4, cy + fy * 2 - uy * 3.4);
  cairo_set_line_width (cr, sc->line * 0.9);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke (cr);
}

/* The body's profile from the side: the chest forward of the trunk and the
 * buttocks behind the pelvis, so that it reads as a body, not a tube. */
static void
contour_path (cairo_t             *cr,
              const BmPoseSegment *pelvis,
              const BmPoseSegment *torso)
{
  double ux = torso->x2 - torso->x1, uy = torso->y2 - torso->y1, len = hypot (ux, uy);

  if (len <= 0)
    return;
  ux /= len, uy /= len;
  /* Forward is the trunk's axis turned a quarter clockwise. */
  cairo_new_sub_path (cr);
  cairo_arc (cr, torso->x1 + ux * len * 0.78 + uy * 3.2, torso->y1 + uy * len * 0.78 - ux * 3.2, 10.5, 0, 2 * G_PI);
  cairo_close_path (cr);
  ux = pelvis->x2 - pelvis->x1, uy = pelvis->y2 - pelvis->y1, len = hypot (ux, uy);
  if (len <= 0)
    return;
  ux /= len, uy /= len;
  cairo_new_sub_path (cr);
  cairo_arc (cr, pelvis->x1 + ux * 3 - uy * 3.5, pelvis->y1 + uy * 3 + ux * 3.5, 9.5, 0, 2 * G_PI);
  cairo_close_path (cr);
}

/* One layer of limbs: the outline of the union, then the fill over the
 * inner half of it, so the joints join without seams. */
static void
paint_layer (Scene               *sc,
             cairo_t             *cr,
             int                  layer,
             const BmPoseOverlay *overlay)
{
  gboolean any = FALSE, far = FALSE;

  cairo_new_path (cr);
  for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
    if (sc->segments[i].layer == layer)
      {
        capsule_path (cr, &sc->segments[i]);
        any = TRUE;
        far = sc->segments[i].far;
      }
  if (!any)
    return;
  if (layer == 2 && sc->pose->view == BM_POSE_VIEW_SIDE)
    {
      nose_path (cr, &sc->segments[3]);
      contour_path (cr, &sc->segments[0], &sc->segments[1]);
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  set_rgba (cr, &sc->style->outline);
  cairo_set_line_width (cr, sc->line * 2);
  cairo_stroke_preserve (cr);
  set_rgba (cr, far ? &sc->style->far_skin : &sc->style->skin);
  cairo_fill (cr);
  for (guint a = 0; overlay != NULL && a < overlay->n_areas; a++)
    for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
      if (sc->segments[i].layer == layer && g_strcmp0 (sc->segments[i].name, overlay->areas[a].segment) == 0)
        paint_highlight (sc, cr, &sc->segments[i], &overlay->areas[a]);
  if (layer == 2)
    paint_face (sc, cr);
}

static void
scene_init (Scene               *sc,
            const BmPose        *pose,
            const BmPoseStyle   *style,
            const BmPoseOverlay *overlay)
{
  *sc = (Scene) { pose, style, overlay };
  bm_pose_get_segments (pose, sc->segments);
  scene_bounds (sc);
}

/* The size of the figure with its props and arrows, in figure units. */
void
bm_pose_get_extent (const BmPose        *pose,
                    const BmPoseOverlay *overlay,
                    double              *width,
                    double              *height)
{
  Scene sc;

  scene_init (&sc, pose, NULL, overlay);
  *width = sc.box[2] - sc.box[0];
  *height = sc.box[3] - sc.box[1];
}

static double
margin_for (double width,
            double height)
{
  return MAX (2, MIN (width, height) * 0.04);
}

/* Pixels per figure unit that fit @pose (and @overlay's arrows) in
 * @width × @height. */
double
bm_pose_get_fit_scale (const BmPose        *pose,
                       const BmPoseOverlay *overlay,
                       double               width,
                       double               height)
{
  double bw, bh, margin = margin_for (width, height);

  bm_pose_get_extent (pose, overlay, &bw, &bh);
  return MIN ((width - 2 * margin) / bw, (height - 2 * margin) / bh);
}

/* Draws @pose centred in the box (0, 0, @width, @height) of @cr, fitted or
 * at the overlay's scale, with the overlay's highlights and arrows. */
void
bm_pose_paint (const BmPose        *pose,
               cairo_t             *cr,
               double               width,
               double               height,
               const BmPoseStyle   *style,
               const BmPoseOverlay *overlay)
{
  Scene sc;
  double scale;

  g_return_if_fail (pose != NULL && cr != NULL && style != NULL);
  scene_init (&sc, pose, style, overlay);
  scale = overlay != NULL && overlay->scale > 0 ? overlay->scale : bm_pose_get_fit_scale (pose, overlay, width, height);
  if (!(scale > 0))
    return;
  sc.line = MAX (1.0, MIN (width, height) / 160) / scale;
  cairo_save (cr);
  cairo_translate (cr, width / 2, height / 2);
  cairo_scale (cr, pose->facing_left ? -scale : scale, -scale);
  cairo_translate (cr, -(sc.box[0] + sc.box[2]) / 2, -(sc.box[1] + sc.box[3]) / 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (pose->frame != BM_POSE_FRAME_BODY)
    {
      cairo_rectangle (cr, sc.box[0], sc.box[1], sc.box[2] - sc.box[0], sc.box[3] - sc.box[1]);
      cairo_clip (cr);
    }
  paint_floor (&sc, cr);
  paint_props (&sc, cr, FALSE);
  for (int layer = 0; layer < N_LAYERS; layer++)
    paint_layer (&sc, cr, layer, overlay);
  paint_props (&sc, cr, TRUE);
  paint_covered (&sc, cr, overlay);
  bm_pose_paint_arrows (pose, sc.segments, cr, &style->arrow, sc.line,
                        overlay != NULL ? overlay->arrows : NULL, overlay != NULL ? overlay->n_arrows : 0);
  cairo_restore (cr);
}
