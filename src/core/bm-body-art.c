/* bm-body-art.c: the four body drawings, their hit maps and region masks
 *
 * Each view keeps one parsed drawing per purpose, each with its own user
 * stylesheet: the display drawing (themed colours), the mask drawing (every
 * region solid black, the rest hidden) and, while a hit map is built, the
 * id-colour drawing. Styling never edits the SVG itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <librsvg/rsvg.h>

#include "bm-body-art.h"
#include "bm-error.h"
#include "bm-hit-map.h"
#include "bm-data.h"
#include "bm-json.h"

#define MASK_STYLESHEET \
  ".outline, .detail, .caption, .caption-small, .side-mark { display: none; }\n" \
  ".region { fill: #000000; fill-opacity: 1; stroke: none; }\n"

typedef struct {
  GBytes     *svg;
  char       *name;        /* file name, for messages */
  RsvgHandle *display;     /* parsed on first use, like mask */
  RsvgHandle *mask;
  BmHitMap   *hit_map;     /* built on first use */
  GHashTable *masks;       /* region index → cairo_surface_t*, at mask_scale */
  double      mask_scale;
  double      width;
  double      height;
  guint8     *drawn;       /* per catalog index: 1 when drawn in this view */
} ViewArt;

struct _BmBodyArt
{
  GObject          parent_instance;

  /* Owned */
  BmRegionCatalog *catalog;
  char            *style_css;   /* the display stylesheet */
  ViewArt          views[BM_N_VIEWS];
};

G_DEFINE_FINAL_TYPE (BmBodyArt, bm_body_art, G_TYPE_OBJECT)

typedef struct {
  int x, y;
  cairo_surface_t *surface;
} RegionMask;

static void
region_mask_free (RegionMask *mask)
{
  cairo_surface_destroy (mask->surface);
  g_free (mask);
}

static void
view_art_clear (ViewArt *va)
{
  g_clear_pointer (&va->svg, g_bytes_unref);
  g_clear_pointer (&va->name, g_free);
  g_clear_object (&va->display);
  g_clear_object (&va->mask);
  g_clear_pointer (&va->hit_map, bm_hit_map_free);
  g_clear_pointer (&va->masks, g_hash_table_unref);
  g_clear_pointer (&va->drawn, g_free);
}

static void
bm_body_art_finalize (GObject *object)
{
  BmBodyArt *self = BM_BODY_ART (object);

  for (guint i = 0; i < BM_N_VIEWS; i++)
    view_art_clear (&self->views[i]);
  g_clear_object (&self->catalog);
  g_clear_pointer (&self->style_css, g_free);

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

typedef struct {
  GPtrArray *ids;
  double     width;
  double     height;
} SvgInfo;

/* Collects the ids of class="region" elements and the drawing's size with
 * GMarkup: librsvg has no way to enumerate ids, and this keeps start-up
 * from parsing every drawing with librsvg before it is shown. */
static void
collect_element (GMarkupParseContext  *context,
                 const char           *element,
                 const char          **names,
                 const char          **values,
                 gpointer              user_data,
                 GError              **error)
{
  SvgInfo *info = user_data;
  const char *id = NULL;
  gboolean is_region = FALSE, is_root = g_str_equal (element, "svg") && info->width == 0;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "class"))
        is_region = g_str_equal (values[i], "region");
      else if (is_root && g_str_equal (names[i], "width"))
        info->width = g_ascii_strtod (values[i], NULL);
      else if (is_root && g_str_equal (names[i], "height"))
        info->height = g_ascii_strtod (values[i], NULL);
    }
  if (is_region && id != NULL)
    g_ptr_array_add (info->ids, g_strdup (id));
}

static gboolean
read_svg_info (GBytes   *svg,
               SvgInfo  *info,
               GError  **error)
{
  static const GMarkupParser parser = { collect_element, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize length;
  const char *text = g_bytes_get_data (svg, &length);

  info->ids = g_ptr_array_new_with_free_func (g_free);
  info->width = info->height = 0;
  context = g_markup_parse_context_new (&parser, 0, info, NULL);
  if (!g_markup_parse_context_parse (context, text, length, error) ||
      !g_markup_parse_context_end_parse (context, error))
    {
      g_clear_pointer (&info->ids, g_ptr_array_unref);
      return FALSE;
    }
  return TRUE;
}

GPtrArray *
bm_body_art_list_drawn_ids (GBytes  *svg,
                            GError **error)
{
  SvgInfo info;

  if (!read_svg_info (svg, &info, error))
    return NULL;
  return info.ids;
}

static RsvgHandle *
load_handle (GBytes      *svg,
             const char  *css,
             const char  *name,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (svg, &length);
  RsvgHandle *handle = rsvg_handle_new_from_data (data, length, &local_error);

  if (handle == NULL ||
      (css != NULL && !rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), &local_error)))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "%s: cannot read the drawing: %s",
                   name, local_error->message);
      g_clear_object (&handle);
      return NULL;
    }
  return handle;
}

static gboolean
check_drawn_ids (BmBodyArt   *self,
                 BmView       view,
                 const char  *name,
                 GError     **error)
{
  ViewArt *va = &self->views[view];
  guint n = bm_region_catalog_get_n_regions (self->catalog);
  g_autoptr(GPtrArray) ids = NULL;
  SvgInfo info;

  if (!read_svg_info (va->svg, &info, error))
    {
      g_prefix_error (error, "%s: cannot read the drawing: ", name);
      return FALSE;
    }
  ids = info.ids;
  va->width = info.width;
  va->height = info.height;
  if (va->width <= 0 || va->height <= 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "%s: the drawing has no width and height", name);
      return FALSE;
    }

  va->drawn = g_new0 (guint8, n);
  for (guint i = 0; i < ids->len; i++)
    {
      const BmRegion *region = bm_region_catalog_lookup (self->catalog, ids->pdata[i]);

      if (region == NULL)
        {
          g_autofree char *id = bm_quote_excerpt (ids->pdata[i]);
          g_set_error (error, BM_ERROR, BM_ERROR_UNKNOWN,
                       "%s: region “%s” is drawn but not in the region catalog", name, id);
          return FALSE;
        }
      va->drawn[region->index] = 1;
    }
  for (guint i = 0; i < n; i++)
    {
      const BmRegion *region = bm_region_catalog_get_region (self->catalog, i);

      if ((region->views & BM_VIEW_FLAG (view)) && !va->drawn[i])
        {
          g_autofree char *id = bm_quote_excerpt (region->id);
          g_set_error (error, BM_ERROR, BM_ERROR_UNKNOWN,
                       "%s: region “%s” is listed for the %s view but not drawn there",
                       name, id, bm_view_get_id (view));
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
load_view (BmBodyArt   *self,
           BmView       view,
           GBytes      *svg,
           const char  *name,
           GError     **error)
{
  ViewArt *va = &self->views[view];

  va->svg = bm_body_art_translate_captions (svg);
  va->name = g_strdup (name);
  if (!check_drawn_ids (self, view, name, error))
    return FALSE;
  va->masks = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) region_mask_free);
  return TRUE;
}

/* The drawings body-VIEW.svg in @root: the bundle's assets or a directory. */
BmBodyArt *
bm_body_art_new_for_root (BmRegionCatalog  *catalog,
                          GFile            *root,
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
    {
      g_autofree char *name = g_strdup_printf ("body-%s.svg", bm_view_get_id (view));
      g_autoptr(GBytes) svg = bm_data_load (root, name, "the drawing is missing", error);

      if (svg == NULL || !load_view (self, view, svg, name, error))
        return NULL;
    }
  return g_steal_pointer (&self);
}

/* The built-in drawings. */
BmBodyArt *
bm_body_art_new (BmRegionCatalog  *catalog,
                 GError          **error)
{
  g_autoptr(GFile) root = bm_data_get_builtin ("assets");

  return bm_body_art_new_for_root (catalog, root, error);
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

GBytes *
bm_body_art_get_svg (BmBodyArt *self,
                     BmView     view)
{
  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, NULL);
  return self->views[view].svg;
}

void
bm_body_art_get_size (BmBodyArt *self,
                      BmView     view,
                      double    *width,
                      double    *height)
{
  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS);
  if (width)
    *width = self->views[view].width;
  if (height)
    *height = self->views[view].height;
}

gboolean
bm_body_art_has_region (BmBodyArt *self,
                        BmView     view,
                        guint      region)
{
  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, FALSE);
  return region < bm_region_catalog_get_n_regions (self->catalog) && self->views[view].drawn[region];
}

/* The librsvg handles are parsed when a view is first drawn. A drawing
 * that GMarkup accepted but librsvg does not is reported once and then
 * shows as empty. */
static RsvgHandle *
lazy_handle (ViewArt     *va,
             RsvgHandle **slot,
             const char  *css)
{
  g_autoptr(GError) error = NULL;

  if (*slot == NULL && va->svg != NULL)
    {
      *slot = load_handle (va->svg, css, va->name, &error);
      if (*slot == NULL)
        {
          g_warning ("%s", error->message);
          g_clear_pointer (&va->svg, g_bytes_unref);
        }
    }
  return *slot;
}

static RsvgHandle *
mask_handle (ViewArt *va)
{
  return lazy_handle (va, &va->mask, MASK_STYLESHEET);
}

static RsvgHandle *
display_handle (BmBodyArt *self,
                BmView     view)
{
  return lazy_handle (&self->views[view], &self->views[view].display, self->style_css);
}

/* The region's ink box in drawing units, ignoring its clip. */
static gboolean
element_box (ViewArt       *va,
             const char    *ref,
             RsvgRectangle *ink)
{
  RsvgRectangle viewport = { 0, 0, va->width, va->height };
  RsvgRectangle logical;

  return mask_handle (va) != NULL &&
         rsvg_handle_get_geometry_for_layer (va->mask, ref, &viewport, ink, &logical, NULL);
}

gboolean
bm_body_art_get_region_bounds (BmBodyArt *self,
                               BmView     view,
                               guint      region,
                               double    *x,
                               double    *y,
                               double    *width,
                               double    *height)
{
  ViewArt *va = &self->views[view];
  g_autofree char *ref = NULL;
  RsvgRectangle ink;

  if (!bm_body_art_has_region (self, view, region))
    return FALSE;
  ref = g_strconcat ("#", bm_region_catalog_get_region (self->catalog, region)->id, NULL);
  if (!element_box (va, ref, &ink))
    return FALSE;
  /* The shape may overshoot the silhouette it is clipped to. */
  *x = MAX (ink.x, 0);
  *y = MAX (ink.y, 0);
  *width = MIN (ink.x + ink.width, va->width) - *x;
  *height = MIN (ink.y + ink.height, va->height) - *y;
  return TRUE;
}

static void
append_rgba (GString      *css,
             const BmRgba *c)
{
  g_string_append_printf (css, "rgb(%d, %d, %d); ",
                          (int) round (c->red * 255), (int) round (c->green * 255),
                          (int) round (c->blue * 255));
}

void
bm_body_art_set_style (BmBodyArt        *self,
                       const BmArtStyle *style)
{
  g_autoptr(GString) css = g_string_new (NULL);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (css, ".outline { fill: ");
  append_rgba (css, &style->skin);
  g_string_append (css, "stroke: ");
  append_rgba (css, &style->outline);
  g_string_append (css, "}\n.region { stroke: ");
  append_rgba (css, &style->boundary);
  g_string_append_printf (css, "stroke-opacity: %s; }\n.detail { stroke: ",
                          g_ascii_dtostr (buf, sizeof buf, style->boundary.alpha));
  append_rgba (css, &style->detail);
  g_string_append (css, "}\n.caption, .caption-small, .side-mark { fill: ");
  append_rgba (css, &style->caption);
  g_string_append (css, "}\n");

  g_free (self->style_css);
  self->style_css = g_strdup (css->str);
  for (guint i = 0; i < BM_N_VIEWS; i++)
    if (self->views[i].display != NULL)
      rsvg_handle_set_stylesheet (self->views[i].display, (const guint8 *) css->str, css->len, NULL);
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

void
bm_body_art_render (BmBodyArt *self,
                    BmView     view,
                    cairo_t   *cr,
                    double     scale)
{
  ViewArt *va = &self->views[view];
  RsvgRectangle viewport = { 0, 0, va->width * scale, va->height * scale };
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle = display_handle (self, view);

  /* A context or surface in error (a PDF whose writes failed: a full disk)
   * draws nothing; whoever made it reports its status, as for any other
   * drawing on it. Only a failure of the drawing itself is a bug here. */
  if (handle == NULL || context_failed (cr))
    return;
  if (!rsvg_handle_render_document (handle, cr, &viewport, &error) && !context_failed (cr))
    g_warning ("Cannot render the %s view: %s", bm_view_get_id (view), error->message);
}

static RegionMask *
render_region_mask (ViewArt    *va,
                    const char *id,
                    double      scale)
{
  g_autofree char *ref = g_strconcat ("#", id, NULL);
  RsvgRectangle viewport = { 0, 0, va->width * scale, va->height * scale };
  RsvgRectangle ink;
  RegionMask *mask;
  cairo_t *cr;
  int x1, y1, x2, y2;

  /* The ink box ignores the clip, so it may be larger than what shows. */
  if (!element_box (va, ref, &ink))
    return NULL;
  x1 = (int) floor (MAX (ink.x, 0) * scale);
  y1 = (int) floor (MAX (ink.y, 0) * scale);
  x2 = (int) ceil (MIN (ink.x + ink.width, va->width) * scale);
  y2 = (int) ceil (MIN (ink.y + ink.height, va->height) * scale);
  if (x2 <= x1 || y2 <= y1)
    return NULL;

  mask = g_new0 (RegionMask, 1);
  mask->x = x1;
  mask->y = y1;
  mask->surface = cairo_image_surface_create (CAIRO_FORMAT_A8, x2 - x1, y2 - y1);
  cr = cairo_create (mask->surface);
  cairo_translate (cr, -x1, -y1);
  rsvg_handle_render_layer (va->mask, cr, ref, &viewport, NULL);
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
  ViewArt *va = &self->views[view];
  RegionMask *mask;

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
      mask = render_region_mask (va, bm_region_catalog_get_region (self->catalog, region)->id, scale);
      if (mask == NULL)
        return NULL;
      g_hash_table_insert (va->masks, GUINT_TO_POINTER (region + 1), mask);
    }
  *x = mask->x;
  *y = mask->y;
  return mask->surface;
}

void
bm_body_art_ensure_hit_map (BmBodyArt *self,
                            BmView     view)
{
  ViewArt *va = &self->views[view];
  g_autofree char *css = NULL;
  g_autoptr(GError) error = NULL;
  RsvgHandle *handle;

  if (va->hit_map != NULL)
    return;
  css = bm_hit_map_build_stylesheet (self->catalog);
  handle = load_handle (va->svg, css, bm_view_get_id (view), &error);
  if (handle != NULL)
    {
      va->hit_map = bm_hit_map_new (handle, va->width, va->height, BM_HIT_MAP_SCALE, &error);
      g_object_unref (handle);
    }
  if (va->hit_map == NULL)
    g_warning ("Cannot build the hit map of the %s view: %s", bm_view_get_id (view), error->message);
}

/* Does the one-off work of @view now (hit map, mask drawing), so that the
 * first hover and the first mark cost nothing extra. */
void
bm_body_art_prepare (BmBodyArt *self,
                     BmView     view)
{
  g_return_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS);

  bm_body_art_ensure_hit_map (self, view);
  mask_handle (&self->views[view]);
}

/* The region under (@x, @y), in drawing units of @view, or NULL. */
const BmRegion *
bm_body_art_region_at (BmBodyArt *self,
                       BmView     view,
                       double     x,
                       double     y)
{
  int index;

  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, NULL);

  bm_body_art_ensure_hit_map (self, view);
  if (self->views[view].hit_map == NULL)
    return NULL;
  index = bm_hit_map_lookup (self->views[view].hit_map, x, y);
  if (index < 0 || (guint) index >= bm_region_catalog_get_n_regions (self->catalog))
    return NULL;
  return bm_region_catalog_get_region (self->catalog, index);
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

  g_return_val_if_fail (BM_IS_BODY_ART (self) && view < BM_N_VIEWS, FALSE);

  if (!bm_body_art_get_region_bounds (self, view, region, &bx, &by, &bw, &bh))
    return FALSE;
  px = bx + CLAMP (fx, 0, 1) * bw;
  py = by + CLAMP (fy, 0, 1) * bh;
  bm_body_art_ensure_hit_map (self, view);
  if (self->views[view].hit_map == NULL ||
      !bm_hit_map_nearest (self->views[view].hit_map, (int) region, px, py, MAX (bw, bh), x, y))
    return FALSE;
  if (moved != NULL)
    *moved = hypot (*x - px, *y - py);
  return TRUE;
}
