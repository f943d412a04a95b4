/* bm-muscle-art-query.c: where the muscle shapes are: the muscle under a
 * point of the chart, a shape's box and whether a point lies inside it
 *
 * Geometric, with no raster kept: a point is tested against the bellies'
 * paths (their fills, as a click sees the shape), each box first, then
 * the path and its clip path filled into one pixel centred on the point
 * (as the app's hit test did with librsvg).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-muscle-art-private.h"


/* Whether @path, filled, covers (@x, @y): at least half of the probe's
 * one pixel, a drawing unit wide and centred there. Not cairo_in_fill(),
 * which misses parts of paths whose subpaths start where the last one
 * closed (the tendons of the foot fan out from one point), nor a fill
 * without antialiasing, which cairo 1.16 gets wrong for a pixel far inside
 * a large path's box (a band across the latissimus dorsi). */
static gboolean
in_path (cairo_t           *cr,
         cairo_path_t      *path,
         cairo_fill_rule_t  rule,
         double             x,
         double             y)
{
  cairo_surface_t *surface = cairo_get_target (cr);
  gboolean inside;

  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  cairo_paint (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);
  cairo_identity_matrix (cr);
  cairo_translate (cr, 0.5 - x, 0.5 - y);
  cairo_new_path (cr);
  cairo_append_path (cr, path);
  cairo_set_fill_rule (cr, rule);
  cairo_fill (cr);
  cairo_surface_flush (surface);
  inside = cairo_image_surface_get_data (surface)[0] >= 128;
  cairo_surface_mark_dirty (surface);
  return inside;
}

/* Whether (@x, @y) lies in a belly of @shape's group, where it shows
 * through its clip. */
static gboolean
shape_contains (BmMuscleArt *self,
                ViewShapes  *vs,
                const Shape *shape,
                double       x,
                double       y)
{
  BmVectorDrawing *d = vs->drawing;
  const BmVectorGroup *group = BM_VECTOR_GROUP (d, shape->group);

  bm_vector_drawing_ensure_paths (d);
  if (self->probe == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);

      self->probe = cairo_create (surface);
      cairo_set_source_rgb (self->probe, 0, 0, 0);
      cairo_surface_destroy (surface);
    }
  for (guint i = group->first; i < group->end; i++)
    {
      const BmVectorShape *s = BM_VECTOR_SHAPE (d, i);
      const BmVectorClip *clip = s->clip >= 0 ? BM_VECTOR_CLIP (d, s->clip) : NULL;

      if (s->kind != BM_VECTOR_BELLY || !bm_vector_shape_may_cover (d, s, x, y))
        continue;
      if (in_path (self->probe, s->path, s->fill_rule, x, y) &&
          (clip == NULL || in_path (self->probe, clip->path, clip->fill_rule, x, y)))
        return TRUE;
    }
  return FALSE;
}

/* The superficial muscle under (@x, @y) of the chart, in drawing units:
 * the topmost, the last drawn. */
const BmMuscle *
bm_muscle_art_muscle_at (BmMuscleArt  *self,
                         BmView        view,
                         double        x,
                         double        y,
                         BmMuscleSide *side)
{
  ViewShapes *vs;

  g_return_val_if_fail (BM_IS_MUSCLE_ART (self) && view < BM_N_VIEWS, NULL);

  vs = &self->views[view];
  if (vs->drawing == NULL || x < 0 || x > vs->drawing->width || y < 0 || y > vs->drawing->height)
    return NULL;
  for (guint i = vs->shapes->len; i-- > 0;)
    {
      const Shape *shape = vs->shapes->pdata[i];

      if (shape->deep || !shape_contains (self, vs, shape, x, y))
        continue;
      if (side != NULL)
        *side = shape->side;
      return shape->muscle;
    }
  return NULL;
}

/* The box of the bellies of @shape's group, clipped, in drawing units. */
static gboolean
bellies_box (ViewShapes  *vs,
             const Shape *shape,
             double       box[4])
{
  const BmVectorDrawing *d = vs->drawing;
  const BmVectorGroup *group = BM_VECTOR_GROUP (d, shape->group);
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

  for (guint i = group->first; i < group->end; i++)
    {
      const BmVectorShape *s = BM_VECTOR_SHAPE (d, i);
      const BmVectorClip *clip = s->clip >= 0 ? BM_VECTOR_CLIP (d, s->clip) : NULL;
      double sx1 = s->x1, sy1 = s->y1, sx2 = s->x2, sy2 = s->y2;

      if (s->kind != BM_VECTOR_BELLY)
        continue;
      if (clip != NULL)
        {
          sx1 = MAX (sx1, clip->x1), sy1 = MAX (sy1, clip->y1);
          sx2 = MIN (sx2, clip->x2), sy2 = MIN (sy2, clip->y2);
        }
      if (sx2 <= sx1 || sy2 <= sy1)
        continue;
      x1 = MIN (x1, sx1), y1 = MIN (y1, sy1), x2 = MAX (x2, sx2), y2 = MAX (y2, sy2);
    }
  if (x2 <= x1 || y2 <= y1)
    return FALSE;
  box[0] = x1, box[1] = y1, box[2] = x2 - x1, box[3] = y2 - y1;
  return TRUE;
}

/* The box of @muscle's shape in @view, in drawing units, for its name: of
 * its largest part when it has several (a leg and the inner-leg inset). */
gboolean
bm_muscle_art_get_bounds (BmMuscleArt    *self,
                          BmView          view,
                          const BmMuscle *muscle,
                          BmMuscleSide    side,
                          double         *x,
                          double         *y,
                          double         *width,
                          double         *height)
{
  const Shape *shape = bm_muscle_art_lookup_shape (self, view, muscle, side);
  const BmVectorGroup *group;
  double box[4];

  if (shape == NULL)
    return FALSE;
  group = BM_VECTOR_GROUP (self->views[view].drawing, shape->group);
  if (group->has_main && group->main[2] > 0 && group->main[3] > 0)
    memcpy (box, group->main, sizeof box);
  else if (!bellies_box (&self->views[view], shape, box))
    return FALSE;
  *x = box[0];
  *y = box[1];
  *width = box[2];
  *height = box[3];
  return TRUE;
}

/* Whether (@x, @y) lies inside @muscle's shape in @view, where it shows. */
gboolean
bm_muscle_art_contains (BmMuscleArt    *self,
                        BmView          view,
                        const BmMuscle *muscle,
                        BmMuscleSide    side,
                        double          x,
                        double          y)
{
  const Shape *shape = bm_muscle_art_lookup_shape (self, view, muscle, side);

  return shape != NULL && shape_contains (self, &self->views[view], shape, x, y);
}
