/* bm-hit-map.c: an exact, O(1) region lookup for one body drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-error.h"
#include "bm-hit-map.h"

/* Region index i (1-based) is painted as the colour with one hex digit of i
 * in the high nibble of each channel, and 8 in the low nibble. Antialiased
 * clip edges blur a channel by a few units at most, which the nibble spacing
 * absorbs; pixels below half coverage count as "no region". */
#define MAX_REGIONS 4095

struct _BmHitMap
{
  int      width;    /* pixels */
  int      height;
  double   scale;    /* pixels per drawing unit */
  guint16 *index;    /* 0 = nothing, else region index + 1 */
};

static guint
encode_channel (guint index,
                guint shift)
{
  return ((index >> shift) & 0xf) * 16 + 8;
}

char *
bm_hit_map_build_stylesheet (BmRegionCatalog *catalog)
{
  GString *css = g_string_new (NULL);
  guint n = bm_region_catalog_get_n_regions (catalog);

  g_return_val_if_fail (n <= MAX_REGIONS, NULL);

  g_string_append (css,
                   ".outline, .detail, .caption, .caption-small, .side-mark { display: none; }\n"
                   ".region { fill-opacity: 1; stroke: none; shape-rendering: crispEdges; }\n");
  for (guint i = 0; i < n; i++)
    {
      const BmRegion *region = bm_region_catalog_get_region (catalog, i);
      guint code = i + 1;

      g_string_append_printf (css, "#%s { fill: #%02x%02x%02x; }\n", region->id,
                              encode_channel (code, 8),
                              encode_channel (code, 4),
                              encode_channel (code, 0));
    }
  return g_string_free (css, FALSE);
}

static guint16
decode_pixel (guint32 pixel)
{
  guint a = pixel >> 24;
  guint r, g, b;

  if (a < 128)
    return 0;
  /* Cairo stores premultiplied colour; undo it. */
  r = (((pixel >> 16) & 0xff) * 255 + a / 2) / a;
  g = (((pixel >> 8) & 0xff) * 255 + a / 2) / a;
  b = ((pixel & 0xff) * 255 + a / 2) / a;
  return (guint16) (((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
}

BmHitMap *
bm_hit_map_new (RsvgHandle  *handle,
                double       width,
                double       height,
                double       scale,
                GError     **error)
{
  g_autoptr(BmHitMap) self = g_new0 (BmHitMap, 1);
  RsvgRectangle viewport;
  cairo_surface_t *surface;
  cairo_t *cr;
  gboolean ok;

  self->width = (int) ceil (width * scale);
  self->height = (int) ceil (height * scale);
  self->scale = scale;
  viewport = (RsvgRectangle) { 0, 0, width * scale, height * scale };

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, self->width, self->height);
  cr = cairo_create (surface);
  ok = rsvg_handle_render_document (handle, cr, &viewport, error);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (ok)
    {
      const guchar *data = cairo_image_surface_get_data (surface);
      int stride = cairo_image_surface_get_stride (surface);

      self->index = g_new (guint16, (gsize) self->width * self->height);
      for (int y = 0; y < self->height; y++)
        {
          const guint32 *row = (const guint32 *) (data + (gsize) y * stride);

          for (int x = 0; x < self->width; x++)
            self->index[(gsize) y * self->width + x] = decode_pixel (row[x]);
        }
    }
  cairo_surface_destroy (surface);

  return ok ? g_steal_pointer (&self) : NULL;
}

/* Returns the catalog index of the region at (x, y) in drawing units, or -1. */
int
bm_hit_map_lookup (const BmHitMap *self,
                   double          x,
                   double          y)
{
  int px = (int) floor (x * self->scale);
  int py = (int) floor (y * self->scale);

  if (px < 0 || py < 0 || px >= self->width || py >= self->height)
    return -1;
  return (int) self->index[(gsize) py * self->width + px] - 1;
}

/* Finds the point of @region nearest to (@x, @y), within @max_distance
 * drawing units, searching square rings outward in the index buffer. The
 * result is the centre of the nearest pixel, in drawing units. */
gboolean
bm_hit_map_nearest (const BmHitMap *self,
                    int             region,
                    double          x,
                    double          y,
                    double          max_distance,
                    double         *out_x,
                    double         *out_y)
{
  int cx = (int) floor (x * self->scale), cy = (int) floor (y * self->scale);
  int max_ring = (int) ceil (max_distance * self->scale);
  guint16 want = (guint16) (region + 1);
  double best = G_MAXDOUBLE;
  int bx = 0, by = 0;

  for (int ring = 0; ring <= max_ring; ring++)
    {
      /* Pixels on a ring can be up to ring·√2 away: stop once no closer
       * pixel can turn up. */
      if (best <= (double) ring * ring)
        break;
      for (int py = cy - ring; py <= cy + ring; py++)
        for (int px = cx - ring; px <= cx + ring; px++)
          {
            double d;

            if ((abs (py - cy) != ring && abs (px - cx) != ring) ||
                px < 0 || py < 0 || px >= self->width || py >= self->height ||
                self->index[(gsize) py * self->width + px] != want)
              continue;
            d = (double) (px - cx) * (px - cx) + (double) (py - cy) * (py - cy);
            if (d < best)
              {
                best = d;
                bx = px;
                by = py;
              }
          }
    }
  if (best > (double) max_ring * max_ring)
    return FALSE;
  *out_x = (bx + 0.5) / self->scale;
  *out_y = (by + 0.5) / self->scale;
  return TRUE;
}

void
bm_hit_map_free (BmHitMap *self)
{
  if (self == NULL)
    return;
  g_free (self->index);
  g_free (self);
}
