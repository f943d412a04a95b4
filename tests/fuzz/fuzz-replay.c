/* fuzz-replay.c: runs a harness over files without libFuzzer
 *
 * Linked into each harness in the normal build, so every test run feeds
 * the seed corpus and the saved regression inputs through the same code the
 * fuzzer drives: `fuzz-muscle-replay DIR|FILE…`. A crash, a sanitizer report
 * or a failed invariant fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "fuzz-common.h"

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static guint
replay_file (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;

  if (!g_file_get_contents (path, &data, &size, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      exit (2);
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) data, size);
  return 1;
}

static guint
replay (const char *path)
{
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return replay_file (path);
  if ((dir = g_dir_open (path, 0, NULL)) == NULL)
    return 0;
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.' && !g_str_has_suffix (name, ".md"))
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    n += replay (names->pdata[i]);
  return n;
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  for (int i = 1; i < argc; i++)
    n += replay (argv[i]);
  if (n == 0)
    {
      fprintf (stderr, "no inputs to replay\n");
      return 1;
    }
  printf ("replayed %u inputs\n", n);
  return 0;
}
