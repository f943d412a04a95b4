/* bm-symbolic-png.c: a symbolic icon as GTK's pre-rendered PNG (run by the build)
 *
 *     bm-symbolic-png ICON-symbolic.svg SIZE OUTPUT.symbolic.png
 *
 * GTK draws an icon named NAME.symbolic.png by itself, recoloured to the
 * theme (black with coverage in alpha becomes the foreground colour); a
 * symbolic SVG instead goes through gdk-pixbuf's SVG loader, which loads
 * and runs librsvg in the app: about 6 MB of memory at start-up for one
 * 16-pixel icon. This reads the SVG source with the body drawings' parser
 * (src/core/bm-vector-parse.c: paths and rectangles with fills and
 * strokes) and draws it SIZE pixels square in black.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/bm-vector.h"

static void
draw_shape (const BmVectorDrawing *d,
            const BmVectorShape   *s,
            cairo_t               *cr)
{
  cairo_save (cr);
  if (s->clip >= 0)
    {
      const BmVectorClip *clip = &g_array_index (d->clips, BmVectorClip, s->clip);

      cairo_append_path (cr, clip->path);
      cairo_set_fill_rule (cr, clip->fill_rule);
      cairo_clip (cr);
    }
  cairo_new_path (cr);
  cairo_append_path (cr, s->path);
  if (s->has_fill && s->fill.alpha > 0)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, s->fill.alpha);
      cairo_set_fill_rule (cr, s->fill_rule);
      cairo_fill_preserve (cr);
    }
  if (s->has_stroke && s->stroke.alpha > 0)
    {
      cairo_set_source_rgba (cr, 0, 0, 0, s->stroke.alpha);
      cairo_set_line_width (cr, s->stroke_width);
      cairo_set_line_cap (cr, s->line_cap);
      cairo_set_line_join (cr, s->line_join);
      cairo_set_dash (cr, s->dash, s->dash[0] + s->dash[1] > 0 ? 2 : 0, 0);
      cairo_stroke_preserve (cr);
    }
  cairo_restore (cr);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(BmVectorDrawing) drawing = NULL;
  g_autofree char *name = NULL;
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  gsize length;
  int size;

  if (argc != 4 || (size = atoi (argv[2])) <= 0)
    {
      fprintf (stderr, "usage: %s ICON.svg SIZE OUTPUT.png\n", argv[0]);
      return 2;
    }
  name = g_path_get_basename (argv[1]);
  if (!g_file_get_contents (argv[1], &contents, &length, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  svg = g_bytes_new_take (g_steal_pointer (&contents), length);
  if ((drawing = bm_vector_drawing_parse (svg, name, &error)) == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  if (drawing->texts->len > 0)
    {
      fprintf (stderr, "%s: a symbolic icon cannot have text\n", name);
      return 1;
    }
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (surface);
  cairo_scale (cr, size / drawing->width, size / drawing->height);
  cairo_set_miter_limit (cr, 4);
  for (guint i = 0; i < drawing->shapes->len; i++)
    draw_shape (drawing, &g_array_index (drawing->shapes, BmVectorShape, i), cr);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png (surface, argv[3]);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "%s: %s\n", argv[3], cairo_status_to_string (status));
      return 1;
    }
  return 0;
}
