/* bm-body-compile.c: compile the built-in body drawings and muscle shapes
 * (run by the build)
 *
 *     bm-body-compile OUTDIR assets/body-front.svg ... assets/muscles-front.svg ...
 *
 * Reads each drawing with the parser the app uses for drawings in a data
 * directory (bm_vector_drawing_parse(), src/core/bm-vector-parse.c), so a
 * drawing outside the supported subset of SVG fails the build with the
 * file, the line and the element; checks the body drawings' regions
 * against the built-in region catalog; and writes each as
 * OUTDIR/NAME.gvariant (body-VIEW, muscles-VIEW) for the resource bundle.
 * The SVG files stay the source.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bm-tool-write.h"
#include "core/bm-body-art.h"
#include "core/bm-vector.h"

static gboolean
compile_one (const char  *outdir,
             const char  *svg_path,
             GError     **error)
{
  g_autofree char *base = g_path_get_basename (svg_path);
  g_autofree char *stem = g_strndup (base, strlen (base) - (g_str_has_suffix (base, ".svg") ? 4 : 0));
  g_autofree char *out = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(BmVectorDrawing) drawing = NULL;
  g_autoptr(GVariant) compiled = NULL;
  gsize length;

  if (!g_file_get_contents (svg_path, &contents, &length, error))
    return FALSE;
  svg = g_bytes_new_take (g_steal_pointer (&contents), length);
  if ((drawing = bm_vector_drawing_parse (svg, base, error)) == NULL)
    return FALSE;
  compiled = bm_vector_drawing_to_variant (drawing);
  out = g_strdup_printf ("%s/%s.gvariant", outdir, stem);
  return bm_tool_write_if_changed (out, compiled, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = NULL;
  g_autoptr(BmBodyArt) art = NULL;
  g_autofree char *dir = NULL;

  if (argc < 3)
    {
      fprintf (stderr, "usage: %s OUTDIR BODY-FRONT.svg DRAWING.svg...\n", argv[0]);
      return 2;
    }
  for (int i = 2; i < argc; i++)
    if (!compile_one (argv[1], argv[i], &error))
      {
        fprintf (stderr, "%s\n", error->message);
        return 1;
      }
  /* The four drawings against the region catalog, as the app checks them. */
  dir = g_path_get_dirname (argv[2]);
  if ((catalog = bm_region_catalog_load_default (&error)) == NULL ||
      (art = bm_body_art_new_from_dir (catalog, dir, &error)) == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  return 0;
}
