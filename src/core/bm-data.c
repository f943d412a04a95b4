/* bm-data.c: reading the data files, from the built-in bundle or a directory
 *
 * Every data file — the atlas, the region catalog, the drawings — is read
 * through a GFile root: resource:///io/github/bodymap/Bodymap/FOLDER for the
 * built-in data, or a directory (--data-dir, tests). A file that cannot be
 * read is named in the message: by its path inside the bundle, or by its
 * full path on disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-data.h"
#include "bm-error.h"

/* The built-in @folder ("atlas", "assets") of the resource bundle. Any
 * GVfs makes the same resource file; the local one needs no GIO modules
 * (g_file_new_for_uri() would scan and load them, which the headless
 * commands have no use for). */
GFile *
bm_data_get_builtin (const char *folder)
{
  g_autofree char *uri = g_strconcat ("resource://" RESOURCE_PREFIX "/", folder, NULL);

  return g_vfs_get_file_for_uri (g_vfs_get_local (), uri);
}

/* How a message names @file, @path below @root. */
static char *
display_name (GFile      *file,
              const char *path)
{
  if (g_file_has_uri_scheme (file, "resource"))
    return g_strdup (path);
  return g_file_get_parse_name (file);
}

/* The contents of @path ("regions.json", "muscles/soleus.json") below @root.
 * On failure the message is "FILE: @what: REASON". */
GBytes *
bm_data_load (GFile       *root,
              const char  *path,
              const char  *what,
              GError     **error)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (root, path);
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes = g_file_load_bytes (file, NULL, NULL, &local_error);

  if (bytes == NULL)
    {
      g_autofree char *name = display_name (file, path);
      g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s: %s: %s", name, what, local_error->message);
    }
  return bytes;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The names of the files in @folder below @root that end in @suffix,
 * sorted, so the load order never depends on the file system. */
GPtrArray *
bm_data_list (GFile       *root,
              const char  *folder,
              const char  *suffix,
              GError     **error)
{
  g_autoptr(GFile) dir = g_file_get_child (root, folder);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GFileEnumerator) children = NULL;
  GFileInfo *info = NULL;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, G_FILE_QUERY_INFO_NONE, NULL, error);
  if (children == NULL)
    return NULL;
  do
    {
      if (!g_file_enumerator_iterate (children, &info, NULL, NULL, error))
        return NULL;
      if (info != NULL && g_str_has_suffix (g_file_info_get_name (info), suffix))
        g_ptr_array_add (names, g_strdup (g_file_info_get_name (info)));
    }
  while (info != NULL);
  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}
