/* bm-body-art-hit.c: which region is where, with no raster kept
 *
 * A point is tested against the regions' paths, the topmost first (later
 * in the drawing is on top), each region's box before cairo_in_fill() on
 * its path and its clip path. Finding where a region shows nearest a point
 * (for a marker) draws only the region and the regions over it into a
 * small 8-bit window around the point, at BM_HIT_MAP_SCALE, searched in
 * rings outward; the window is freed at once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "bm-body-art-private.h"


static gboolean
in_path (cairo_t           *cr,
         cairo_path_t      *path,
         cairo_fill_rule_t  rule,
         double             x,
         double             y)
{
  gboolean inside;

  cairo_new_path (cr);
  cairo_append_path (cr, path);
  cairo_set_fill_rule (cr, rule);
  inside = cairo_in_fill (cr, x, y);
  cairo_new_path (cr);
  return inside;
}

/* The topmost region shape at (@x, @y), or -1. */
int
bm_body_art_shape_at (BmBodyArt *self,
                      BmViewArt *va,
                      double     x,
                      double     y)
{
  const BmVectorDrawing *d = va->drawing;

  bm_vector_drawing_ensure_paths (va->drawing);
  if (self->probe == NULL)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);

      self->probe = cairo_create (surface);
      cairo_surface_destroy (surface);
    }
  if (x < 0 || x > d->width || y < 0 || y > d->height)
    return -1;
  for (guint i = d->shapes->len; i-- > 0;)
    {
      const BmVectorShape *s = BM_VECTOR_SHAPE (d, i);
      const BmVectorClip *clip = s->clip >= 0 ? BM_VECTOR_CLIP (d, s->clip) : NULL;

      if (s->kind != BM_VECTOR_REGION || !bm_vector_shape_may_cover (d, s, x, y))
        continue;
      if (in_path (self->probe, s->path, s->fill_rule, x, y) &&
          (clip == NULL || in_path (self->probe, clip->path, clip->fill_rule, x, y)))
        return (int) i;
    }
  return -1;
}

/* Whether shape @s, clipped, may cover pixels of [x0, x1) × [y0, y1). */
static gboolean
box_meets (const BmVectorDrawing *d,
           const BmVectorShape   *s,
           double                 x0,
           double                 y0,
           double                 x1,
           double                 y1)
{
  const BmVectorClip *clip = s->clip >= 0 ? BM_VECTOR_CLIP (d, s->clip) : NULL;

  return s->x2 >= x0 && s->x1 <= x1 && s->y2 >= y0 && s->y1 <= y1 &&
         (clip == NULL || (clip->x2 >= x0 && clip->x1 <= x1 && clip->y2 >= y0 && clip->y1 <= y1));
}

/* Draws where region @shape shows in the pixels [x0, x0 + w) × [y0, y0 + h)
 * at @scale, without antialiasing: the region, clipped, less every region
 * drawn over it. */
static cairo_surface_t *
draw_window (BmViewArt *va,
             guint      shape,
             double     scale,
             int        x0,
             int        y0,
             int        w,
             int        h)
{
  const BmVectorDrawing *d = va->drawing;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, w, h);
  cairo_t *cr = cairo_create (surface);
  double ux0 = x0 / scale, uy0 = y0 / scale, ux1 = (x0 + w) / scale, uy1 = (y0 + h) / scale;

  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  cairo_translate (cr, -x0, -y0);
  cairo_scale (cr, scale, scale);
  bm_body_art_fill_region (va, shape, cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
  for (guint i = shape + 1; i < d->shapes->len; i++)
    if (BM_VECTOR_SHAPE (d, i)->kind == BM_VECTOR_REGION && box_meets (d, BM_VECTOR_SHAPE (d, i), ux0, uy0, ux1, uy1))
      bm_body_art_fill_region (va, i, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

typedef struct {
  BmBodyArt    *self;
  BmViewArt    *va;
  guint         shape;
  const guint8 *data;       /* the window drawn by draw_window() */
  int           stride;
  int           x0, y0, x1, y1;
  int           cx, cy;     /* the pixel searched from */
  double        best;       /* squared distance of the best pixel so far */
  int           bx, by;
  double        fallback;   /* the same for pixels only the raster claims */
  int           fx, fy;
} Search;

/* Considers pixel (@px, @py): it counts when the window shows the region
 * there and the geometric test agrees at its centre (at an edge the two
 * may differ by a pixel, and a marker must land where a click finds the
 * region). */
static void
consider (Search *s,
          int     px,
          int     py)
{
  const double scale = BM_HIT_MAP_SCALE;
  double d;

  if (px < s->x0 || py < s->y0 || px >= s->x1 || py >= s->y1 ||
      s->data[(gsize) (py - s->y0) * s->stride + (px - s->x0)] < 128)
    return;
  d = (double) (px - s->cx) * (px - s->cx) + (double) (py - s->cy) * (py - s->cy);
  if (d >= s->best)
    return;
  if (bm_body_art_shape_at (s->self, s->va, (px + 0.5) / scale, (py + 0.5) / scale) != (int) s->shape)
    {
      if (d < s->fallback)
        s->fallback = d, s->fx = px, s->fy = py;
      return;
    }
  s->best = d, s->bx = px, s->by = py;
}

/* Searches square rings outward from the centre pixel, until no closer
 * pixel can turn up (pixels on a ring are up to ring·√2 away). */
static void
search_rings (Search *s,
              int     max_ring)
{
  for (int ring = 0; ring <= max_ring && s->best > (double) ring * ring; ring++)
    for (int py = MAX (s->cy - ring, s->y0); py <= MIN (s->cy + ring, s->y1 - 1); py++)
      {
        if (abs (py - s->cy) == ring)
          for (int px = MAX (s->cx - ring, s->x0); px <= MIN (s->cx + ring, s->x1 - 1); px++)
            consider (s, px, py);
        else
          {
            consider (s, s->cx - ring, py);
            if (ring > 0)
              consider (s, s->cx + ring, py);
          }
      }
}

/* Finds the point where region @shape shows nearest to (@x, @y), within
 * @max_distance drawing units, on the pixel grid at BM_HIT_MAP_SCALE: the
 * centre of the nearest pixel, in drawing units. */
gboolean
bm_body_art_nearest_visible (BmBodyArt *self,
                             BmViewArt *va,
                             guint      shape,
                             double     x,
                             double     y,
                             double     max_distance,
                             double    *out_x,
                             double    *out_y)
{
  const double scale = BM_HIT_MAP_SCALE;
  const BmVectorShape *shp = BM_VECTOR_SHAPE (va->drawing, shape);
  int max_ring = (int) ceil (max_distance * scale);
  Search s = { self, va, shape, .cx = (int) floor (x * scale), .cy = (int) floor (y * scale),
               .best = G_MAXDOUBLE, .fallback = G_MAXDOUBLE };
  cairo_surface_t *window;

  /* Most points are on their region already. */
  if (bm_body_art_shape_at (self, va, (s.cx + 0.5) / scale, (s.cy + 0.5) / scale) == (int) shape)
    {
      *out_x = (s.cx + 0.5) / scale;
      *out_y = (s.cy + 0.5) / scale;
      return TRUE;
    }
  /* The search square, less what lies outside the region's box. */
  s.x0 = MAX (MAX (s.cx - max_ring, (int) floor (MAX (shp->x1, 0) * scale)), 0);
  s.y0 = MAX (MAX (s.cy - max_ring, (int) floor (MAX (shp->y1, 0) * scale)), 0);
  s.x1 = MIN (MIN (s.cx + max_ring + 1, (int) ceil (shp->x2 * scale)), (int) ceil (va->drawing->width * scale));
  s.y1 = MIN (MIN (s.cy + max_ring + 1, (int) ceil (shp->y2 * scale)), (int) ceil (va->drawing->height * scale));
  if (s.x1 <= s.x0 || s.y1 <= s.y0)
    return FALSE;

  window = draw_window (va, shape, scale, s.x0, s.y0, s.x1 - s.x0, s.y1 - s.y0);
  s.data = cairo_image_surface_get_data (window);
  s.stride = cairo_image_surface_get_stride (window);
  search_rings (&s, max_ring);
  cairo_surface_destroy (window);
  if (s.best > (double) max_ring * max_ring)
    {
      if (s.fallback > (double) max_ring * max_ring)
        return FALSE;
      s.bx = s.fx, s.by = s.fy;
    }
  *out_x = (s.bx + 0.5) / scale;
  *out_y = (s.by + 0.5) / scale;
  return TRUE;
}
