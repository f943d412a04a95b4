/* fuzz-body-svg.c: a body drawing in the SVG subset the app reads
 *
 * The input is a drawing as a data directory would hold it
 * (body-front.svg, or muscles-front.svg with its muscle groups), read by
 * bm_vector_drawing_parse(), the parser the
 * build compiles the built-in drawings with. A drawing that reads must
 * have a size, indices inside its lists and paths cairo accepts, must
 * compile to a GVariant that reads back to the same bytes, and must draw
 * and hit-test without harm; one that does not gives a short, valid UTF-8
 * message that names the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/bm-vector.h"
#include "fuzz-common.h"

static void
check_path (cairo_t      *cr,
            cairo_path_t *path)
{
  BM_FUZZ_ASSERT (path != NULL && path->status == CAIRO_STATUS_SUCCESS);
  cairo_new_path (cr);
  cairo_append_path (cr, path);
  BM_FUZZ_ASSERT (cairo_status (cr) == CAIRO_STATUS_SUCCESS);
  cairo_fill (cr);
}

static void
check_drawing (BmVectorDrawing *d)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 16, 16);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GVariant) compiled = NULL, again = NULL;
  g_autoptr(BmVectorDrawing) read = NULL;
  g_autoptr(GError) error = NULL;

  BM_FUZZ_ASSERT (d->width > 0 && d->height > 0 && isfinite (d->width) && isfinite (d->height));
  /* Drawn small: the paths cairo takes, not the pixels, are the point. */
  cairo_scale (cr, 16 / d->width, 16 / d->height);
  for (guint i = 0; i < d->clips->len; i++)
    check_path (cr, g_array_index (d->clips, BmVectorClip, i).path);
  for (guint i = 0; i < d->shapes->len; i++)
    {
      const BmVectorShape *s = &g_array_index (d->shapes, BmVectorShape, i);

      BM_FUZZ_ASSERT (s->clip >= -1 && s->clip < (int) d->clips->len);
      BM_FUZZ_ASSERT (s->kind != BM_VECTOR_REGION || s->id != NULL);
      check_path (cr, s->path);
    }
  for (guint i = 0; i < d->texts->len; i++)
    BM_FUZZ_ASSERT (g_utf8_validate (g_array_index (d->texts, BmVectorText, i).text, -1, NULL));
  for (guint i = 0; i < d->items->len; i++)
    {
      const BmVectorItem *item = &g_array_index (d->items, BmVectorItem, i);

      BM_FUZZ_ASSERT (item->index < (item->is_text ? d->texts->len : d->shapes->len));
    }
  for (guint i = 0; i < d->groups->len; i++)
    {
      const BmVectorGroup *g = &g_array_index (d->groups, BmVectorGroup, i);

      BM_FUZZ_ASSERT (g->id != NULL && g_utf8_validate (g->id, -1, NULL));
      BM_FUZZ_ASSERT (g->first <= g->end && g->end <= d->shapes->len);
      BM_FUZZ_ASSERT (!g->has_main || (isfinite (g->main[0]) && g->main[2] >= 0 && g->main[3] >= 0));
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  compiled = bm_vector_drawing_to_variant (d);
  read = bm_vector_drawing_from_variant (compiled, "compiled", &error);
  BM_FUZZ_ASSERT (read != NULL);
  bm_vector_drawing_ensure_paths (read);
  again = bm_vector_drawing_to_variant (read);
  BM_FUZZ_ASSERT (g_variant_equal (compiled, again));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmVectorDrawing) drawing = bm_vector_drawing_parse (bytes, "body-front.svg", &error);

  if (drawing == NULL)
    {
      bm_fuzz_check_message (error);
      BM_FUZZ_ASSERT (g_str_has_prefix (error->message, "body-front.svg: "));
      return 0;
    }
  BM_FUZZ_ASSERT (error == NULL);
  check_drawing (drawing);
  return 0;
}
