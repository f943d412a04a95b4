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
  const BmPose      *pose;
  const BmPoseStyle *style;
  BmPoseSegment      segments[BM_POSE_N_SEGMENTS];
  double             box[4];
  double             line;       /* outline width, in figure units */
} Scene;

static void
scene_bounds (Scene *sc)
{
  BmPoseShape shapes[BM_POSE_MAX_SHAPES];

  sc->box[0] = sc->box[1] = G_MAXDOUBLE;
  sc->box[2] = sc->box[3] = -G_MAXDOUBLE;
  for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
    {
      extend (sc->box, sc->segments[i].x1, sc->segments[i].y1, sc->segments[i].r1);
      extend (sc->box, sc->segments[i].x2, sc->segments[i].y2, sc->segments[i].r2);
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

/* One layer of limbs: the outline of the union, then the fill over the
 * inner half of it, so the joints join without seams. */
static void
paint_layer (Scene      *sc,
             cairo_t    *cr,
             int         layer,
             const char *highlight)
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
    nose_path (cr, &sc->segments[3]);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  set_rgba (cr, &sc->style->outline);
  cairo_set_line_width (cr, sc->line * 2);
  cairo_stroke_preserve (cr);
  set_rgba (cr, far ? &sc->style->far_skin : &sc->style->skin);
  cairo_fill (cr);
  for (guint i = 0; i < BM_POSE_N_SEGMENTS; i++)
    if (sc->segments[i].layer == layer && g_strcmp0 (sc->segments[i].name, highlight) == 0)
      {
        capsule_path (cr, &sc->segments[i]);
        set_rgba (cr, &sc->style->highlight);
        cairo_fill_preserve (cr);
        set_rgba (cr, &sc->style->highlight_outline);
        cairo_set_line_width (cr, sc->line * 0.6);
        cairo_stroke (cr);
      }
}

/* Draws @pose fitted and centred in the box (0, 0, @width, @height) of
 * @cr, with @highlight (a segment name, or NULL) in the muscle colour. */
void
bm_pose_paint (const BmPose      *pose,
               cairo_t           *cr,
               double             width,
               double             height,
               const BmPoseStyle *style,
               const char        *highlight)
{
  Scene sc = { pose, style };
  double margin, scale, bw, bh;

  g_return_if_fail (pose != NULL && cr != NULL && style != NULL);
  bm_pose_get_segments (pose, sc.segments);
  scene_bounds (&sc);
  margin = MAX (2, MIN (width, height) * 0.04);
  bw = sc.box[2] - sc.box[0];
  bh = sc.box[3] - sc.box[1];
  scale = MIN ((width - 2 * margin) / bw, (height - 2 * margin) / bh);
  if (!(scale > 0))
    return;
  sc.line = MAX (1.0, MIN (width, height) / 160) / scale;
  cairo_save (cr);
  cairo_translate (cr, width / 2, height / 2);
  cairo_scale (cr, pose->facing_left ? -scale : scale, -scale);
  cairo_translate (cr, -(sc.box[0] + sc.box[2]) / 2, -(sc.box[1] + sc.box[3]) / 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  paint_floor (&sc, cr);
  paint_props (&sc, cr, FALSE);
  for (int layer = 0; layer < N_LAYERS; layer++)
    paint_layer (&sc, cr, layer, highlight);
  paint_props (&sc, cr, TRUE);
  cairo_restore (cr);
}
