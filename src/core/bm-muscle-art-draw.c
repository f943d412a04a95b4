/* bm-muscle-art-draw.c: the muscle shapes drawn with cairo
 *
 * Draws the shapes of a muscle drawing as librsvg drew its SVG with the
 * app's stylesheets (test-muscle-art-compiled compares the two): a belly
 * filled and stroked in the style's colours (a deep muscle's fill fainter,
 * its outline dashed as the drawing says), its fibres in the fibre colour;
 * the outline alone is the bellies stroked 2.4 wide, with no fill and no
 * fibres; the chart leaves out the deep muscles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-muscle-art-private.h"

/* SVG's default; cairo's is 10. */
#define MITER_LIMIT 4
/* The outline's width, in drawing units. */
#define OUTLINE_WIDTH 2.4
/* A deep muscle's fill, against a superficial one's. */
#define DEEP_FILL 0.75


typedef struct {
  BmVectorPaint fill, stroke;
  gboolean      has_fill, has_stroke;
  double        width;
} Paints;

static BmVectorPaint
paint_of (const BmRgba *colour)
{
  return (BmVectorPaint) { colour->red, colour->green, colour->blue, colour->alpha };
}

/* The shape's paints for @paint: the style's colours by class over the
 * drawing's own. FALSE when it is not drawn at all. */
static gboolean
styled_paints (const BmMuscleStyle *style,
               const BmVectorShape *s,
               gboolean             deep,
               BmMusclePaint        paint,
               Paints              *out)
{
  *out = (Paints) { s->fill, s->stroke, s->has_fill, s->has_stroke, s->stroke_width };
  if (s->kind == BM_VECTOR_BELLY)
    {
      out->fill = paint_of (&style->fill);
      if (deep)
        out->fill.alpha = style->fill.alpha * DEEP_FILL;
      out->stroke = paint_of (&style->stroke);
      out->has_fill = paint != BM_MUSCLE_PAINT_OUTLINE;
      if (paint == BM_MUSCLE_PAINT_OUTLINE)
        out->width = OUTLINE_WIDTH;
      out->has_stroke = out->width > 0;
    }
  else if (s->kind == BM_VECTOR_FIBRES)
    {
      if (paint == BM_MUSCLE_PAINT_OUTLINE)
        return FALSE;
      out->stroke = paint_of (&style->fibres);
      out->has_stroke = out->width > 0;
    }
  out->has_fill = out->has_fill && out->fill.alpha > 0;
  out->has_stroke = out->has_stroke && out->stroke.alpha > 0;
  return out->has_fill || out->has_stroke;
}

static void
paint_shape (const BmVectorShape *s,
             const Paints        *p,
             cairo_t             *cr)
{
  cairo_new_path (cr);
  cairo_append_path (cr, s->path);
  if (p->has_fill)
    {
      cairo_set_source_rgba (cr, p->fill.red, p->fill.green, p->fill.blue, p->fill.alpha);
      cairo_set_fill_rule (cr, s->fill_rule);
      cairo_fill_preserve (cr);
    }
  if (p->has_stroke)
    {
      cairo_set_source_rgba (cr, p->stroke.red, p->stroke.green, p->stroke.blue, p->stroke.alpha);
      cairo_set_line_width (cr, p->width);
      cairo_set_line_cap (cr, s->line_cap);
      cairo_set_line_join (cr, s->line_join);
      cairo_set_dash (cr, s->dash, s->dash[0] + s->dash[1] > 0 ? 2 : 0, 0);
      cairo_stroke_preserve (cr);
    }
  cairo_new_path (cr);
}

static void
clip_to (const BmVectorDrawing *d,
         int                    clip,
         cairo_t               *cr)
{
  cairo_new_path (cr);
  cairo_append_path (cr, BM_VECTOR_CLIP (d, clip)->path);
  cairo_set_fill_rule (cr, BM_VECTOR_CLIP (d, clip)->fill_rule);
  cairo_clip (cr);
}

/* Draws the drawing's shapes [@first, @end) of @vs for @paint, at @scale
 * pixels per drawing unit. */
void
bm_muscle_art_draw_shapes (BmMuscleArt   *self,
                           ViewShapes    *vs,
                           cairo_t       *cr,
                           double         scale,
                           guint          first,
                           guint          end,
                           BmMusclePaint  paint)
{
  BmVectorDrawing *d = vs->drawing;
  Paints p;

  bm_vector_drawing_ensure_paths (d);
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  cairo_set_miter_limit (cr, MITER_LIMIT);
  for (guint i = first; i < end && i < d->shapes->len; i++)
    {
      const BmVectorShape *s = BM_VECTOR_SHAPE (d, i);

      if ((paint == BM_MUSCLE_PAINT_CHART && vs->in_deep[i]) ||
          !styled_paints (&self->style, s, vs->in_deep[i], paint, &p))
        continue;
      if (s->clip < 0)
        {
          paint_shape (s, &p, cr);
          continue;
        }
      cairo_save (cr);
      clip_to (d, s->clip, cr);
      paint_shape (s, &p, cr);
      cairo_restore (cr);
    }
  cairo_restore (cr);
}
