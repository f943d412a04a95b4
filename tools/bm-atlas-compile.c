/* bm-atlas-compile.c: compile the built-in atlas's muscles (run by the build)
 *
 *     bm-atlas-compile ATLAS_DIR OUTPUT
 *
 * Loads ATLAS_DIR (data/atlas) in English with the strict JSON loader, so a
 * bad atlas fails the build with the loader's message, and writes its
 * muscles as one GVariant (bm-atlas-compiled.h) for the resource bundle.
 * Its translations, l10n/LANG/, are checked too, one language at a time,
 * and stay JSON: they are applied when the app loads the atlas.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "core/bm-atlas-compiled.h"

/* Loads every translation below @dir/l10n/, to fail the build on a bad one. */
static gboolean
check_translations (GFile   *root,
                    GError **error)
{
  g_autoptr(GFile) l10n = g_file_get_child (root, "l10n");
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (l10n, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      const char *languages[] = { g_file_info_get_name (info), NULL };
      g_autoptr(BmAtlas) atlas = bm_atlas_load_for_languages (root, languages, error);

      if (atlas == NULL)
        return FALSE;
    }
  return TRUE;
}

/* Writes @compiled to @path unless it already holds it, so an unchanged
 * atlas does not rebuild the resource bundle. */
static gboolean
write_if_changed (const char  *path,
                  GVariant    *compiled,
                  GError     **error)
{
  g_autofree char *old = NULL;
  gsize old_length;
  gsize length = g_variant_get_size (compiled);
  gconstpointer data = g_variant_get_data (compiled);

  if (g_file_get_contents (path, &old, &old_length, NULL) && old_length == length &&
      memcmp (old, data, length) == 0)
    return TRUE;
  return g_file_set_contents (path, data, (gssize) length, error);
}

int
main (int   argc,
      char *argv[])
{
  const char *english[] = { "C", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = NULL;
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(GVariant) compiled = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s ATLAS_DIR OUTPUT\n", argv[0]);
      return 2;
    }
  root = g_file_new_for_path (argv[1]);
  if ((atlas = bm_atlas_load_for_languages (root, english, &error)) == NULL ||
      !check_translations (root, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return 1;
    }
  compiled = bm_atlas_compile (atlas);
  if (!write_if_changed (argv[2], compiled, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  return 0;
}
