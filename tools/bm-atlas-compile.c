/* bm-atlas-compile.c: compile the built-in atlas (run by the build)
 *
 *     bm-atlas-compile ATLAS_DIR OUTPUT
 *
 * Loads ATLAS_DIR (data/atlas) with the strict JSON loader in English and
 * in each of its translations, l10n/LANG/, so a bad atlas or translation
 * fails the build with the loader's message, and writes all of them as
 * one GVariant (bm-atlas-compiled.h) for the resource bundle. The output
 * is then read back with the app's reader, checks included, in every
 * language, so what the app maps needs no check at run time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bm-tool-write.h"
#include "core/bm-atlas-compiled.h"

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The translations below @root/l10n/, by name: their languages into
 * @languages, the atlas loaded in each into @atlases. */
static gboolean
load_translations (GFile      *root,
                   GPtrArray  *languages,
                   GPtrArray  *atlases,
                   GError    **error)
{
  g_autoptr(GFile) l10n = g_file_get_child (root, "l10n");
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (l10n, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      g_ptr_array_add (languages, g_strdup (g_file_info_get_name (info)));
    }
  g_ptr_array_sort (languages, compare_names);
  for (guint i = 0; i < languages->len; i++)
    {
      const char *only[] = { languages->pdata[i], NULL };
      BmAtlas *atlas = bm_atlas_load_for_languages (root, only, error);

      if (atlas == NULL)
        return FALSE;
      g_ptr_array_add (atlases, atlas);
    }
  g_ptr_array_add (languages, NULL);
  return TRUE;
}

/* Reads @compiled back as the app does, checks included, in English and
 * in each of @languages. */
static gboolean
read_back (GVariant            *compiled,
           const char * const  *languages,
           GError             **error)
{
  g_autoptr(GBytes) bytes = g_variant_get_data_as_bytes (compiled);
  const char *english[] = { "C", NULL };
  g_autoptr(BmAtlas) atlas = bm_atlas_load_compiled (bytes, english, error);

  for (guint i = 0; atlas != NULL && languages[i] != NULL; i++)
    {
      const char *only[] = { languages[i], NULL };

      g_clear_object (&atlas);
      atlas = bm_atlas_load_compiled (bytes, only, error);
    }
  return atlas != NULL;
}

int
main (int   argc,
      char *argv[])
{
  const char *english[] = { "C", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = NULL;
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(GPtrArray) languages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) translations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GVariant) compiled = NULL;

  if (argc != 3)
    {
      fprintf (stderr, "usage: %s ATLAS_DIR OUTPUT\n", argv[0]);
      return 2;
    }
  root = g_file_new_for_path (argv[1]);
  if ((atlas = bm_atlas_load_for_languages (root, english, &error)) == NULL ||
      !load_translations (root, languages, translations, &error))
    {
      fprintf (stderr, "%s: %s\n", argv[1], error->message);
      return 1;
    }
  compiled = bm_atlas_compile (atlas, (const char * const *) languages->pdata,
                               (BmAtlas * const *) translations->pdata);
  if (!read_back (compiled, (const char * const *) languages->pdata, &error))
    {
      fprintf (stderr, "%s: the compiled atlas does not read back: %s\n", argv[1], error->message);
      return 1;
    }
  if (!bm_tool_write_if_changed (argv[2], compiled, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  return 0;
}
