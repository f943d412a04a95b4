/* bm-picture-file.c: saving a cairo drawing as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <math.h>

#include "bm-error.h"
#include "bm-picture-file.h"

static cairo_surface_t *
create_surface (const char  *path,
                double       width,
                double       height,
                GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));
  if (g_str_has_suffix (lower, ".svg"))
    return cairo_svg_surface_create (path, width, height);
  if (g_str_has_suffix (lower, ".pdf"))
    return cairo_pdf_surface_create (path, width, height);
  g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "%s: the picture's name must end in .png, .svg or .pdf", path);
  return NULL;
}

/* Paints @width × @height on white with @paint and saves it to @path, as
 * PNG, SVG or PDF by its name. */
gboolean
bm_picture_file_save (const char          *path,
                      double               width,
                      double               height,
                      BmPicturePaintFunc   paint,
                      gpointer             data,
                      GError             **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if ((surface = create_surface (path, width, height, error)) == NULL)
    return FALSE;
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  paint (cr, width, height, data);
  cairo_destroy (cr);
  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = cairo_surface_write_to_png (surface, path);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s: cannot save the picture: %s", path,
                   cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
