/* test-data.c: the one data loader: the built-in bundle and a directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/bm-data.h"
#include "core/bm-error.h"
#include "bm-test-util.h"

static char *
source_atlas_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "atlas", name, NULL);
}

/* The bundle and the source tree hold the same bytes under the same names. */
static void
test_builtin_matches_source (void)
{
  g_autoptr(GFile) builtin = bm_data_get_builtin ("atlas");
  g_autofree char *dir = source_atlas_path (NULL);
  g_autoptr(GFile) source = g_file_new_for_path (dir);
  const char *names[] = { "regions.json", "muscles/soleus.json" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) a = bm_data_load (builtin, names[i], "cannot read", &error);
      g_autoptr(GBytes) b = NULL;

      g_assert_no_error (error);
      b = bm_data_load (source, names[i], "cannot read", &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (a, b));
    }
}

/* A missing file is named: by its path in the bundle, or in full on disk. */
static void
test_missing_file_is_named (void)
{
  g_autoptr(GFile) builtin = bm_data_get_builtin ("atlas");
  g_autofree char *dir = g_dir_make_tmp ("bodymap-test-XXXXXX", NULL);
  g_autoptr(GFile) root = g_file_new_for_path (dir);
  g_autofree char *expected = g_build_filename (dir, "muscles", "nobody.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = bm_data_load (builtin, "muscles/nobody.json", "cannot read the atlas file", &error);

  g_assert_null (bytes);
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "muscles/nobody.json: cannot read the atlas file: "));
  g_clear_error (&error);

  bytes = bm_data_load (root, "muscles/nobody.json", "the drawing is missing", &error);
  g_assert_null (bytes);
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_assert_nonnull (strstr (error->message, ": the drawing is missing: "));
  g_rmdir (dir);
}

/* Listing keeps the suffix's files only, sorted whatever the file system's
 * order; the bundle lists what the source tree holds. */
static void
test_list_sorted (void)
{
  const char *files[] = { "c.json", "a.json", "b.txt", "b.json" };
  g_autofree char *dir = g_dir_make_tmp ("bodymap-test-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (dir, "muscles", NULL);
  g_autoptr(GFile) root = g_file_new_for_path (dir);
  g_autoptr(GFile) builtin = bm_data_get_builtin ("atlas");
  g_autofree char *source_dir = source_atlas_path (NULL);
  g_autoptr(GFile) source = g_file_new_for_path (source_dir);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) bundled = NULL;
  g_autoptr(GPtrArray) on_disk = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (folder, files[i], NULL);
      g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
    }
  names = bm_data_list (root, "muscles", ".json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (names->len, ==, 3);
  g_assert_cmpstr (names->pdata[0], ==, "a.json");
  g_assert_cmpstr (names->pdata[1], ==, "b.json");
  g_assert_cmpstr (names->pdata[2], ==, "c.json");

  bundled = bm_data_list (builtin, "muscles", ".json", &error);
  g_assert_no_error (error);
  on_disk = bm_data_list (source, "muscles", ".json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bundled->len, ==, on_disk->len);
  g_assert_cmpuint (bundled->len, >, 0);
  for (guint i = 0; i < bundled->len; i++)
    g_assert_cmpstr (bundled->pdata[i], ==, on_disk->pdata[i]);

  g_assert_null (bm_data_list (root, "missing", ".json", &error));
  g_assert_nonnull (error);
  bm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/data/builtin-matches-source", test_builtin_matches_source);
  g_test_add_func ("/data/missing-file-is-named", test_missing_file_is_named);
  g_test_add_func ("/data/list-sorted", test_list_sorted);
  return g_test_run ();
}
