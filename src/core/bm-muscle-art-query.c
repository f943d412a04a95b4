/* bm-muscle-art-query.c: where the muscle shapes are: the chart's hit
 * map, a shape's box and whether a point lies inside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-hit-map.h"
#include "bm-muscle-art-private.h"

/* ---- Where the shapes are ------------------------------------------------------ */

/* The chart's hit map: superficial shape i painted in the colour of i. */
static BmHitMap *
ensure_hit_map (BmMuscleArt *self,
                BmView       view)
{
  ViewShapes *vs = &self->views[view];
  g_autoptr(GString) css = NULL;
  RsvgHandle *handle = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  const guint8 *data;

  if (vs->hit_map != NULL || vs->svg == NULL)
    return vs->hit_map;
  css = g_string_new (".fibres, .deep { display: none; }\n"
                      ".belly { fill-opacity: 1; stroke: none; shape-rendering: crispEdges; }\n");
  for (guint i = 0; i < vs->shapes->len && i < 4095; i++)
    {
      guint code = i + 1;

      g_string_append_printf (css, "#%s .belly { fill: #%x8%x8%x8; }\n", ((Shape *) vs->shapes->pdata[i])->id,
                              (code >> 8) & 0xf, (code >> 4) & 0xf, code & 0xf);
    }
  data = g_bytes_get_data (vs->svg, &length);
  handle = rsvg_handle_new_from_data (data, length, &error);
  if (handle != NULL && rsvg_handle_set_stylesheet (handle, (const guint8 *) css->str, css->len, &error))
    vs->hit_map = bm_hit_map_new (handle, vs->width, vs->height, BM_HIT_MAP_SCALE, &error);
  g_clear_object (&handle);
  if (vs->hit_map == NULL)
    g_warning ("%s: cannot build the hit map: %s", vs->name, error ? error->message : "no drawing");
  return vs->hit_map;
}

/* The superficial muscle under (@x, @y) of the chart, in drawing units. */
const BmMuscle *
bm_muscle_art_muscle_at (BmMuscleArt  *self,
                         BmView        view,
                         double        x,
                         double        y,
                         BmMuscleSide *side)
{
  BmHitMap *hit_map;
  const Shape *shape;
  int index;

  g_return_val_if_fail (BM_IS_MUSCLE_ART (self) && view < BM_N_VIEWS, NULL);

  if ((hit_map = ensure_hit_map (self, view)) == NULL ||
      (index = bm_hit_map_lookup (hit_map, x, y)) < 0 ||
      (guint) index >= self->views[view].shapes->len)
    return NULL;
  shape = self->views[view].shapes->pdata[index];
  if (side != NULL)
    *side = shape->side;
  return shape->muscle;
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
  ViewShapes *vs = &self->views[view];
  RsvgRectangle viewport, ink, logical;
  g_autofree char *layer = NULL;
  RsvgHandle *handle;

  if (shape != NULL && shape->main[2] > 0 && shape->main[3] > 0)
    {
      *x = shape->main[0];
      *y = shape->main[1];
      *width = shape->main[2];
      *height = shape->main[3];
      return TRUE;
    }
  if (shape == NULL || (handle = bm_muscle_art_lazy_handle (vs, &vs->mask, MASK_STYLESHEET)) == NULL)
    return FALSE;
  viewport = (RsvgRectangle) { 0, 0, vs->width, vs->height };
  layer = g_strconcat ("#", shape->id, NULL);
  if (!rsvg_handle_get_geometry_for_layer (handle, layer, &viewport, &ink, &logical, NULL))
    return FALSE;
  *x = ink.x;
  *y = ink.y;
  *width = ink.width;
  *height = ink.height;
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
  ViewShapes *vs = &self->views[view];
  g_autofree char *layer = NULL;
  cairo_surface_t *pixel;
  cairo_t *cr;
  gboolean inside;

  if (shape == NULL || bm_muscle_art_lazy_handle (vs, &vs->mask, MASK_STYLESHEET) == NULL)
    return FALSE;
  /* One pixel, a drawing unit wide, centred on the point. */
  pixel = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cr = cairo_create (pixel);
  cairo_translate (cr, 0.5 - x, 0.5 - y);
  layer = g_strconcat ("#", shape->id, NULL);
  bm_muscle_art_render_in (vs, vs->mask, cr, 1.0, layer);
  cairo_destroy (cr);
  cairo_surface_flush (pixel);
  inside = cairo_image_surface_get_data (pixel)[0] >= 128;
  cairo_surface_destroy (pixel);
  return inside;
}
