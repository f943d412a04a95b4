/* bench-load.c: loading the atlas grows linearly with its size
 *
 * Writes the built-in atlas to a temporary data directory with one muscle
 * (soleus) given 10,000, 30,000 and 100,000 trigger points, loads each with
 * bm_atlas_load_dir() and reports the time and the time per trigger point.
 * Linear growth shows as a flat time per trigger point; the duplicate-id
 * check that compared every pair took 42 s for 100,000.
 *
 * Run by hand: ./build/bench/bench-load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>
#include <json.h>

#include "core/bm-atlas.h"

#define ATLAS RESOURCE_PREFIX "/atlas"

static void
copy_resource (const char *name,
               const char *dir)
{
  g_autofree char *from = g_build_path ("/", ATLAS, name, NULL);
  g_autofree char *to = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (from, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  gsize length;
  const char *data;

  if (bytes == NULL)
    g_error ("%s", error->message);
  data = g_bytes_get_data (bytes, &length);
  if (!g_file_set_contents (to, data, (gssize) length, &error))
    g_error ("%s", error->message);
}

/* Every file of the bundle's @folder, into @dir/@folder. */
static void
copy_folder (const char *folder,
             const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, folder, NULL);
  g_autofree char *resource = g_strconcat (ATLAS "/", folder, "/", NULL);
  g_auto(GStrv) children = g_resources_enumerate_children (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  if (children == NULL)
    g_error ("%s", error->message);
  g_mkdir (path, 0700);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *name = g_build_filename (folder, children[i], NULL);
      copy_resource (name, dir);
    }
}

/* The built-in atlas, written to a new directory. */
static char *
write_atlas (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bodymap-bench-XXXXXX", &error);

  if (dir == NULL)
    g_error ("%s", error->message);
  copy_resource ("atlas.json", dir);
  copy_resource ("regions.json", dir);
  copy_resource ("red-flags.json", dir);
  copy_folder ("muscles", dir);
  copy_folder ("poses", dir);
  return dir;
}

/* Replaces soleus's trigger points by @n copies of its first one. */
static void
write_big_muscle (const char *dir,
                  guint       n)
{
  g_autofree char *path = g_build_filename (dir, "muscles", "soleus.json", NULL);
  g_autofree char *original = g_build_path ("/", ATLAS, "muscles", "soleus.json", NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (original, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  json_object *root = json_tokener_parse (g_bytes_get_data (bytes, NULL));
  json_object *points = json_object_object_get (root, "trigger_points");
  json_object *first = json_object_get (json_object_array_get_idx (points, 0));
  json_object *many = json_object_new_array_ext ((int) n);

  for (guint i = 0; i < n; i++)
    {
      json_object *copy = NULL;
      g_autofree char *id = g_strdup_printf ("point-%u", i);

      json_object_deep_copy (first, &copy, NULL);
      json_object_object_add (copy, "id", json_object_new_string (id));
      json_object_array_add (many, copy);
    }
  json_object_object_add (root, "trigger_points", many);
  if (json_object_to_file (path, root) != 0)
    g_error ("cannot write %s", path);
  json_object_put (first);
  json_object_put (root);
}

int
main (int   argc,
      char *argv[])
{
  const guint sizes[] = { 10000, 30000, 100000 };
  g_autofree char *dir = write_atlas ();
  g_autofree char *quoted = g_shell_quote (dir);
  g_autofree char *rm = g_strdup_printf ("rm -rf %s", quoted);

  printf ("%16s %10s %22s\n", "trigger points", "load s", "µs / trigger point");
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BmAtlas) atlas = NULL;
      gint64 start;
      double seconds;

      write_big_muscle (dir, sizes[i]);
      start = g_get_monotonic_time ();
      atlas = bm_atlas_load_dir (dir, &error);
      seconds = (g_get_monotonic_time () - start) / 1e6;
      if (atlas == NULL)
        g_error ("%s", error->message);
      printf ("%16u %10.2f %22.1f\n", sizes[i], seconds, seconds * 1e6 / sizes[i]);
    }
  if (system (rm) != 0)
    g_warning ("could not remove %s", dir);
  return 0;
}
