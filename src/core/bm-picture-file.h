/* bm-picture-file.h: saving a cairo drawing as PNG, SVG or PDF by the
 * name of the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef void (*BmPicturePaintFunc) (cairo_t *cr,
                                    double   width,
                                    double   height,
                                    gpointer data);

gboolean bm_picture_file_save (const char          *path,
                               double               width,
                               double               height,
                               BmPicturePaintFunc   paint,
                               gpointer             data,
                               GError             **error);

G_END_DECLS
