/* bm-body-art.c: the four body drawings, their hit tests and region masks
 *
 * The drawings are paths drawn with cairo directly (bm-body-art-draw.c).
 * The built-in ones come compiled from the resource bundle (the build
 * read them with bm_vector_drawing_parse() and wrote them as GVariants,
 * tools/bm-body-compile.c); drawings from a directory (--data-dir) are read
 * with the same parser when the art is made. Hit tests are geometric: the
 * point is tested against the regions' paths, topmost first, and no
 * raster of the drawing is kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <gio/gio.h>

#include "bm-body-art-private.h"
#include "bm-error.h"
#include "bm-data.h"
#include "bm-json.h"

G_DEFINE_FINAL_TYPE (BmBodyArt, bm_body_art, G_TYPE_OBJECT)

static void
region_mask_free (BmRegionMask *mask)
{
  cairo_surface_destroy (mask->surface);
  g_free (mask);
}

static void
view_art_clear (BmViewArt *va)
{
  g_clear_pointer (&va->drawing, bm_vector_drawing_free);
  g_clear_pointer (&va->svg, g_bytes_unref);
  g_clear_object (&va->root);
  g_clear_pointer (&va->name, g_free);
  g_clear_pointer (&va->masks, g_hash_table_unref);
  g_clear_pointer (&va->drawn, g_free);
  g_clear_pointer (&va->shape_of, g_free);
  g_clear_pointer (&va->region_of, g_free);
}

static void
bm_body_art_finalize (GObject *object)
{
  BmBodyArt *self = BM_BODY_ART (object);

  for (guint i = 0; i < BM_N_VIEWS; i++)
    view_art_clear (&self->views[i]);
  g_clear_object (&self->catalog);
  g_clear_object (&self->pango);
  g_clear_pointer (&self->probe, cairo_destroy);

  G_OBJECT_CLASS (bm_body_art_parent_class)->finalize (object);
}

static void
bm_body_art_class_init (BmBodyArtClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bm_body_art_finalize;
}

static void
bm_body_art_init (BmBodyArt *self)
{
}

/* The ids of the drawing's regions (class="region"), in document order. */
GPtrArray *
bm_body_art_list_drawn_ids (GBytes  *svg,
                            GError **error)
{
  g_autoptr(BmVectorDrawing) drawing = bm_vector_drawing_parse (svg, "the drawing", error);
  GPtrArray *ids;

  if (drawing == NULL)
    return NULL;
  ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < drawing->shapes->len; i++)
    {
      const BmVectorShape *shape = &g_array_index (drawing->shapes, BmVectorShape, i);

      if (shape->kind == BM_VECTOR_REGION)
        g_ptr_array_add (ids, g_strdup (shape->id));
    }
  return ids;
}

static gboolean
check_region (BmBodyArt   *self,
              BmViewArt   *va,
              guint        shape,
              GError     **error)
{
  const BmVectorShape *s = &g_array_index (va->drawing->shapes, BmVectorShape, shape);
  const BmRegion *region = bm_region_catalog_lookup (self->catalog, s->id);
  g_autofree char *id = NULL;

  if (region != NULL && !va->drawn[region->index])
    {
      va->drawn[region->index] = 1;
      va->shape_of[region->index] = (int) shape;
      va->region_of[shape] = (int) region->index;
      return TRUE;
    }
  id = bm_quote_excerpt (s->id);
  if (region == NULL)
    g_set_error (error, BM_ERROR, BM_ERROR_UNKNOWN,
                 "%s: region “%s” is drawn but not in the region catalog", va->name, id);
  else
    g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "%s: region “%s” is drawn twice", va->name, id);
  return FALSE;
}

static gboolean
check_drawn_ids (BmBodyArt   *self,
                 BmView       view,
                 GError     **error)
{
  BmViewArt *va = &self->views[view];
  guint n = bm_region_catalog_get_n_regions (self->catalog);
  GArray *shapes = va->drawing->shapes;

  va->drawn = g_new0 (guint8, n);
  va->shape_of = g_new (int, n);
  va->region_of = g_new (int, MAX (shapes->len, 1));
  for (guint i = 0; i < n; i++)
    va->shape_of[i] = -1;
  for (guint i = 0; i < shapes->len; i++)
    {
      va->region_of[i] = -1;
      if (g_array_index (shapes, BmVectorShape, i).kind == BM_VECTOR_REGION &&
          !check_region (self, va, i, error))
        return FALSE;
    }
  for (guint i = 0; i < n; i++)
    {
      const BmRegion *region = bm_region_catalog_get_region (self->catalog, i);

      if ((region->views & BM_VIEW_FLAG (view)) && !va->drawn[i])
        {
          g_autofree char *id = bm_quote_excerpt (region->id);
          g_set_error (error, BM_ERROR, BM_ERROR_UNKNOWN,
                       "%s: region “%s” is listed for the %s view but not drawn there",
                       va->name, id, bm_view_get_id (view));
          return FALSE;
        }
    }
  return TRUE;
}

/* The compiled built-in drawing of @view, or NULL when this program has
 * none (the compiler itself, which reads the SVG files). */
static BmVectorDrawing *
load_compiled (BmView       view,
               const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strdup_printf (BM_BODY_ART_COMPILED_PATH "body-%s.gvariant", bm_view_get_id (view));
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (bytes == NULL)
    return NULL;
  return bm_vector_drawing_from_bytes (bytes, name, error);
}

static gboolean
load_view (BmBodyArt   *self,
           BmView       view,
           GFile       *root,
           gboolean     compiled,
           GError     **error)
{
  BmViewArt *va = &self->views[view];
  g_autoptr(GError) local_error = NULL;

  va->name = g_strdup_printf ("body-%s.svg", bm_view_get_id (view));
  va->root = g_object_ref (root);
  if (compiled)
    va->drawing = load_compiled (view, va->name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (va->drawing == NULL)
    {
      g_autoptr(GBytes) svg = bm_data_load (root, va->name, "the drawing is missing", error);

      if (svg == NULL || (va->drawing = bm_vector_drawing_parse (svg, va->name, error)) == NULL)
        return FALSE;
    }
  va->masks = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) region_mask_free);
  return check_drawn_ids (self, view, error);
}

static BmBodyArt *
body_art_new (BmRegionCatalog  *catalog,
              GFile            *root,
              gboolean          compiled,
              GError          **error)
{
  g_autoptr(BmBodyArt) self = NULL;
  BmArtStyle style;

  g_return_val_if_fail (BM_IS_REGION_CATALOG (catalog) && G_IS_FILE (root), NULL);

  self = g_object_new (BM_TYPE_BODY_ART, NULL);
  self->catalog = g_object_ref (catalog);
  bm_body_art_get_default_style (&style, FALSE);
  bm_body_art_set_style (self, &style);
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    if (!load_view (self, view, root, compiled, error))
      return NULL;
  return g_steal_pointer (&self);
}

/* The drawings body-VIEW.svg in @root: the bundle's assets or a directory,
 * read with the drawing parser. */
BmBodyArt *
bm_body_art_new_for_root (BmRegionCatalog  *catalog,
                          GFile            *root,
                          GError          **error)
{
  return body_art_new (catalog, root, FALSE, error);
}

/* The built-in drawings, compiled at build time. */
BmBodyArt *
bm_body_art_new (BmRegionCatalog  *catalog,
                 GError          **error)
{
  g_autoptr(GFile) root = bm_data_get_builtin ("assets");

  return body_art_new (catalog, root, TRUE, error);
}

BmBodyArt *
bm_body_art_new_from_dir (BmRegionCatalog  *catalog,
                          const char       *dir,
                          GError          **error)
{
  g_autoptr(GFile) root = g_file_new_for_path (dir);

  return bm_body_art_new_for_root (catalog, root, error);
}

BmRegionCatalog *
bm_body_art_get_catalog (BmBodyArt *self)
{
  g_return_val_if_fail (BM_IS_BODY_ART (self), NULL);
  return self->catalog;
}

/* The drawing's SVG source, its captions translated; read on first use
 * (the app draws from the compiled form and never needs it). */
GBytes *
bm_body_art_get_svg (BmBodyArt *self,
                     BmView     view)
{
  BmViewArt *va;

  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, NULL);
  va = &self->views[view];
  if (va->svg == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) svg = bm_data_load (va->root, va->name, "the drawing is missing", &error);

      if (svg == NULL)
        {
          g_warning ("%s", error->message);
          return NULL;
        }
      va->svg = bm_body_art_translate_captions (svg);
    }
  return va->svg;
}

void
bm_body_art_get_size (BmBodyArt *self,
                      BmView     view,
                      double    *width,
                      double    *height)
{
  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS);
  if (width)
    *width = self->views[view].drawing->width;
  if (height)
    *height = self->views[view].drawing->height;
}

gboolean
bm_body_art_has_region (BmBodyArt *self,
                        BmView     view,
                        guint      region)
{
  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, FALSE);
  return region < bm_region_catalog_get_n_regions (self->catalog) && self->views[view].drawn[region];
}

static const BmVectorShape *
region_shape (BmBodyArt *self,
              BmView     view,
              guint      region)
{
  BmViewArt *va = &self->views[view];

  if (!bm_body_art_has_region (self, view, region))
    return NULL;
  return &g_array_index (va->drawing->shapes, BmVectorShape, va->shape_of[region]);
}

/* The region's box in drawing units: its shape's, ignoring its clip, and
 * inside the drawing. */
gboolean
bm_body_art_get_region_bounds (BmBodyArt *self,
                               BmView     view,
                               guint      region,
                               double    *x,
                               double    *y,
                               double    *width,
                               double    *height)
{
  const BmVectorShape *shape = region_shape (self, view, region);
  const BmVectorDrawing *d;

  if (shape == NULL || shape->x2 <= shape->x1 || shape->y2 <= shape->y1)
    return FALSE;
  d = self->views[view].drawing;
  /* The shape may overshoot the silhouette it is clipped to. */
  *x = MAX (shape->x1, 0);
  *y = MAX (shape->y1, 0);
  *width = MIN (shape->x2, d->width) - *x;
  *height = MIN (shape->y2, d->height) - *y;
  return TRUE;
}

/* The style's colours as the drawing can show them: 8 bits a channel. */
static void
round_rgb (BmRgba *c)
{
  c->red = round (c->red * 255) / 255;
  c->green = round (c->green * 255) / 255;
  c->blue = round (c->blue * 255) / 255;
}

void
bm_body_art_set_style (BmBodyArt        *self,
                       const BmArtStyle *style)
{
  self->style = *style;
  round_rgb (&self->style.skin);
  round_rgb (&self->style.outline);
  round_rgb (&self->style.boundary);
  round_rgb (&self->style.detail);
  round_rgb (&self->style.caption);
}

void
bm_body_art_get_default_style (BmArtStyle *style,
                               gboolean    dark)
{
  if (dark)
    *style = (BmArtStyle) {
      .skin = { 0.24, 0.24, 0.26, 1 },
      .outline = { 0.80, 0.80, 0.82, 1 },
      .boundary = { 0.56, 0.56, 0.59, 1 },     /* 3.4:1 on the skin */
      .detail = { 0.70, 0.70, 0.72, 1 },
      .caption = { 0.92, 0.92, 0.92, 1 },
    };
  else
    *style = (BmArtStyle) {
      .skin = { 0.98, 0.97, 0.95, 1 },
      .outline = { 0.29, 0.29, 0.30, 1 },
      .boundary = { 0.55, 0.53, 0.50, 1 },     /* 3.4:1 on the skin */
      .detail = { 0.42, 0.42, 0.44, 1 },
      .caption = { 0.2, 0.2, 0.2, 1 },
    };
}

/* Whether @cr, or the surface it draws on, is in error. */
static gboolean
context_failed (cairo_t *cr)
{
  return cairo_status (cr) != CAIRO_STATUS_SUCCESS ||
         cairo_surface_status (cairo_get_target (cr)) != CAIRO_STATUS_SUCCESS;
}

/* Draws @va in @style at @scale, its paths already built. A context or
 * surface in error (a PDF whose writes failed: a full disk) draws nothing;
 * whoever made it reports its status, as for any other drawing on it. */
static void
render_view (BmViewArt        *va,
             const BmArtStyle *style,
             PangoContext     *pango,
             cairo_t          *cr,
             double            scale)
{
  if (context_failed (cr))
    return;
  cairo_save (cr);
  cairo_scale (cr, scale, scale);
  bm_body_art_draw_styled (style, pango, va, cr);
  cairo_restore (cr);
}

void
bm_body_art_render (BmBodyArt *self,
                    BmView     view,
                    cairo_t   *cr,
                    double     scale)
{
  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS);

  bm_vector_drawing_ensure_paths (self->views[view].drawing);
  if (self->pango == NULL)
    self->pango = bm_body_art_new_caption_context ();
  render_view (&self->views[view], &self->style, self->pango, cr, scale);
}

/* Rendering on another thread: bm_body_art_prepare_render() on the thread
 * that owns @self, then bm_body_art_render_styled() on any thread while
 * the owner keeps @self alive. The result is bm_body_art_render()'s,
 * pixel for pixel. */

/* Builds @view's paths, so that drawing only reads them, and copies the
 * style into @style. */
void
bm_body_art_prepare_render (BmBodyArt  *self,
                            BmView      view,
                            BmArtStyle *style)
{
  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS && style != NULL);
  bm_vector_drawing_ensure_paths (self->views[view].drawing);
  *style = self->style;
}

/* @view in @style, as bm_body_art_render() draws it; reads only the paths
 * bm_body_art_prepare_render() built, and lays out the captions with a
 * Pango context of the calling thread's. */
void
bm_body_art_render_styled (BmBodyArt        *self,
                           BmView            view,
                           const BmArtStyle *style,
                           cairo_t          *cr,
                           double            scale)
{
  PangoContext *pango;

  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS && style != NULL);
  pango = bm_body_art_new_caption_context ();
  render_view (&self->views[view], style, pango, cr, scale);
  g_object_unref (pango);
}

static BmRegionMask *
render_region_mask (BmBodyArt *self,
                    BmView     view,
                    guint      region,
                    double     scale)
{
  BmViewArt *va = &self->views[view];
  double bx, by, bw, bh;
  BmRegionMask *mask;
  cairo_t *cr;
  int x1, y1, x2, y2;

  /* The box ignores the clip, so it may be larger than what shows. */
  if (!bm_body_art_get_region_bounds (self, view, region, &bx, &by, &bw, &bh))
    return NULL;
  x1 = (int) floor (bx * scale);
  y1 = (int) floor (by * scale);
  x2 = (int) ceil ((bx + bw) * scale);
  y2 = (int) ceil ((by + bh) * scale);
  if (x2 <= x1 || y2 <= y1)
    return NULL;

  mask = g_new0 (BmRegionMask, 1);
  mask->x = x1;
  mask->y = y1;
  mask->surface = cairo_image_surface_create (CAIRO_FORMAT_A8, x2 - x1, y2 - y1);
  cr = cairo_create (mask->surface);
  cairo_translate (cr, -x1, -y1);
  cairo_scale (cr, scale, scale);
  bm_body_art_fill_region (va, (guint) va->shape_of[region], cr);
  cairo_destroy (cr);
  return mask;
}

/* Returns a borrowed A8 surface holding the region's shape at @scale, with
 * its top-left pixel at (@x, @y) in the view's pixel space. Masks are cached
 * for the most recent scale. */
cairo_surface_t *
bm_body_art_get_region_mask (BmBodyArt *self,
                             BmView     view,
                             guint      region,
                             double     scale,
                             int       *x,
                             int       *y)
{
  BmViewArt *va = &self->views[view];
  BmRegionMask *mask;

  if (!bm_body_art_has_region (self, view, region))
    return NULL;
  if (va->mask_scale != scale)
    {
      g_hash_table_remove_all (va->masks);
      va->mask_scale = scale;
    }
  mask = g_hash_table_lookup (va->masks, GUINT_TO_POINTER (region + 1));
  if (mask == NULL)
    {
      if ((mask = render_region_mask (self, view, region, scale)) == NULL)
        return NULL;
      g_hash_table_insert (va->masks, GUINT_TO_POINTER (region + 1), mask);
    }
  *x = mask->x;
  *y = mask->y;
  return mask->surface;
}

/* Hit tests are geometric and need nothing built: kept for callers that
 * prepared a view before its first hover. */
void
bm_body_art_ensure_hit_map (BmBodyArt *self,
                            BmView     view)
{
  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS);
}

/* Does the one-off work of @view now, so that the first hover and the
 * first mark cost nothing extra: only the hit tests' scratch context. */
void
bm_body_art_prepare (BmBodyArt *self,
                     BmView     view)
{
  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS);

  bm_body_art_shape_at (self, &self->views[view], -1, -1);
}

/* The region under (@x, @y), in drawing units of @view, or NULL. */
const BmRegion *
bm_body_art_region_at (BmBodyArt *self,
                       BmView     view,
                       double     x,
                       double     y)
{
  BmViewArt *va;
  int shape;

  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, NULL);

  va = &self->views[view];
  if ((shape = bm_body_art_shape_at (self, va, x, y)) < 0 || va->region_of[shape] < 0)
    return NULL;
  return bm_region_catalog_get_region (self->catalog, (guint) va->region_of[shape]);
}

/* Where a marker goes: the point at fractions (@fx, @fy) of the region's
 * box in @view, moved to the nearest spot where the region actually shows
 * (a box corner may lie outside a curved region, and in the side views the
 * arm covers part of the trunk). @moved, if given, receives how far
 * it was moved, in drawing units. */
gboolean
bm_body_art_place_point (BmBodyArt *self,
                         BmView     view,
                         guint      region,
                         double     fx,
                         double     fy,
                         double    *x,
                         double    *y,
                         double    *moved)
{
  double bx, by, bw, bh, px, py;
  BmViewArt *va;

  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, FALSE);

  if (!bm_body_art_get_region_bounds (self, view, region, &bx, &by, &bw, &bh))
    return FALSE;
  va = &self->views[view];
  px = bx + CLAMP (fx, 0, 1) * bw;
  py = by + CLAMP (fy, 0, 1) * bh;
  if (!bm_body_art_nearest_visible (self, va, (guint) va->shape_of[region], px, py, MAX (bw, bh), x, y))
    return FALSE;
  if (moved != NULL)
    *moved = hypot (*x - px, *y - py);
  return TRUE;
}
