/* test-cli.c: the headless commands run with no display at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/bm-region-catalog.h"

typedef struct {
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the bodymap executable with no display in its environment. */
static void
run_bodymap (Run        *run,
             const char *first_arg,
             ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("BODYMAP_EXE");
  va_list args;

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *) exe);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "GDK_BACKEND", "none-such", TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

static void
test_list_regions (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (NULL);
  g_auto(GStrv) lines = NULL;
  gboolean found_knee = FALSE;
  guint n = 0;

  run_bodymap (&run, "--list-regions", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++, n++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_nonnull (bm_region_catalog_lookup (catalog, fields[0]));
      g_assert_cmpstr (fields[1], ==, bm_region_catalog_lookup (catalog, fields[0])->label);
      if (g_str_equal (fields[0], "knee-lateral-left"))
        {
          g_auto(GStrv) views = g_strsplit (fields[2], ",", -1);
          found_knee = g_strv_contains ((const char * const *) views, "left") &&
                       g_strv_contains ((const char * const *) views, "front");
        }
    }
  g_assert_cmpuint (n, ==, bm_region_catalog_get_n_regions (catalog));
  g_assert_true (found_knee);
}

static void
test_bad_data_dir (void)
{
  g_auto(Run) run = { 0 };

  run_bodymap (&run, "--list-regions", "--data-dir=/nonexistent/atlas", NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "regions.json"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_malformed_catalog (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("bodymap-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "regions.json", NULL);
  g_autofree char *arg = g_strdup_printf ("--data-dir=%s", dir);

  g_assert_true (g_file_set_contents (path, "{\n  \"groups\": [\n    {\"id\": 3,,}\n", -1, NULL));
  run_bodymap (&run, "--list-regions", arg, NULL);
  g_assert_cmpint (run.status, !=, 0);
  g_assert_nonnull (strstr (run.err, "regions.json:3:"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/list-regions", test_list_regions);
  g_test_add_func ("/cli/bad-data-dir", test_bad_data_dir);
  g_test_add_func ("/cli/malformed-catalog", test_malformed_catalog);
  return g_test_run ();
}
