/* bm-test-util.c: helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <grp.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/wait.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "bm-test-util.h"

/* The built-in catalog and drawings; any error fails the test. */
BmBodyArt *
bm_test_load_art (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (&error);
  BmBodyArt *art;

  g_assert_no_error (error);
  art = bm_body_art_new (catalog, &error);
  g_assert_no_error (error);
  return art;
}

/* The built-in atlas; any error fails the test. */
BmAtlas *
bm_test_load_atlas (void)
{
  g_autoptr(GError) error = NULL;
  BmAtlas *atlas = bm_atlas_load_default (&error);

  g_assert_no_error (error);
  return atlas;
}

/* A copy of the small fixture atlas in tests/data/atlas-mini, in a new
 * temporary directory, with @file (e.g. "muscles/alpha.json") replaced by
 * @content when given. */
char *
bm_test_mini_atlas (const char *file,
                    const char *content)
{
  static const char *files[] = { "atlas.json", "regions.json", "red-flags.json", "muscles/alpha.json", "muscles/beta.json" };
  char *dir = g_dir_make_tmp ("bodymap-atlas-XXXXXX", NULL);
  g_autofree char *muscles = g_build_filename (dir, "muscles", NULL);

  g_assert_cmpint (g_mkdir (muscles, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *from = g_test_build_filename (G_TEST_DIST, "data", "atlas-mini", files[i], NULL);
      g_autofree char *to = g_build_filename (dir, files[i], NULL);
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (from, &text, NULL, NULL));
      g_assert_true (g_file_set_contents (to, g_strcmp0 (file, files[i]) == 0 ? content : text, -1, NULL));
    }
  return dir;
}

void
bm_test_remove_tree (const char *dir)
{
  g_autofree char *quoted = g_shell_quote (dir);
  g_autofree char *cmd = g_strdup_printf ("rm -rf %s", quoted);

  g_assert_cmpint (system (cmd), ==, 0);
}

/* The shared spec sits beside the checkout; a copy in tests/data keeps the
 * tests working in a tree without it. */
char *
bm_test_spec_path (const char *name)
{
  return bm_test_shared_path ("spec", name);
}

/* A file of the shared folder beside the checkout (spec/, cases/), or its
 * copy in tests/data. */
char *
bm_test_shared_path (const char *folder,
                     const char *name)
{
  g_autofree char *shared = g_test_build_filename (G_TEST_DIST, "..", "..", "shared", folder, name, NULL);

  if (g_file_test (shared, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&shared);
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* Returns the region ids required by regions.tsv. */
GPtrArray *
bm_test_read_spec_regions (void)
{
  g_autofree char *path = bm_test_spec_path ("regions.tsv");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0' || g_str_has_prefix (lines[i], "id\t"))
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      g_ptr_array_add (ids, g_strdup (fields[0]));
    }
  return ids;
}

/* Finds the point of a region's own shape farthest from its edge, using the
 * region rendered alone (not the hit map), with a two-pass chamfer distance
 * transform. Returns it in drawing units. */
gboolean
bm_test_interior_point (BmBodyArt *art,
                        BmView     view,
                        guint      region,
                        double    *x,
                        double    *y)
{
  const double scale = 2.0;
  int mx, my, w, h, stride, best = 0, bx = 0, by = 0;
  cairo_surface_t *mask = bm_body_art_get_region_mask (art, view, region, scale, &mx, &my);
  const guchar *data;
  g_autofree int *dist = NULL;

  if (mask == NULL)
    return FALSE;
  cairo_surface_flush (mask);
  w = cairo_image_surface_get_width (mask);
  h = cairo_image_surface_get_height (mask);
  stride = cairo_image_surface_get_stride (mask);
  data = cairo_image_surface_get_data (mask);
  dist = g_new0 (int, (gsize) w * h);

#define D(i, j) dist[(gsize) (j) * w + (i)]
  for (int j = 0; j < h; j++)
    for (int i = 0; i < w; i++)
      {
        if (data[(gsize) j * stride + i] < 250)
          continue;
        int up = j > 0 ? D (i, j - 1) : 0;
        int left = i > 0 ? D (i - 1, j) : 0;
        D (i, j) = MIN (up, left) + 1;
      }
  for (int j = h - 1; j >= 0; j--)
    for (int i = w - 1; i >= 0; i--)
      {
        if (D (i, j) == 0)
          continue;
        int down = j < h - 1 ? D (i, j + 1) : 0;
        int right = i < w - 1 ? D (i + 1, j) : 0;
        D (i, j) = MIN (D (i, j), MIN (down, right) + 1);
        if (D (i, j) > best)
          {
            best = D (i, j);
            bx = i;
            by = j;
          }
      }
#undef D
  if (best == 0)
    return FALSE;
  *x = (mx + bx + 0.5) / scale;
  *y = (my + by + 0.5) / scale;
  return TRUE;
}

/* Permissions do not stop root: as root, the test runs again in a child
 * that becomes the user "nobody". FALSE when this process is not the one
 * to run it. */
gboolean
bm_test_run_as_user (void)
{
  if (geteuid () != 0)
    return TRUE;
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return FALSE;
    }
  if (setgroups (0, NULL) != 0 || setgid (65534) != 0 || setuid (65534) != 0)
    {
      g_test_skip ("running as root, which a read-only folder does not stop, and cannot become “nobody”");
      return FALSE;
    }
  return TRUE;
}

/* The folder a fault test's parent and child share: named after the parent. */
char *
bm_test_fault_dir (const char *kind,
                   pid_t       parent)
{
  g_autofree char *name = g_strdup_printf ("bodymap-%s-fault-%d", kind, (int) parent);

  return g_build_filename (g_get_tmp_dir (), name, NULL);
}

/* In a fault test's child: files may not grow past @bytes. A write past it
 * fails with EFBIG (as ENOSPC would on a full disk), or with @kill the
 * kernel kills the process in the middle of writing. No core file. */
void
bm_test_limit_file_size (rlim_t   bytes,
                         gboolean kill)
{
  struct rlimit limit = { bytes, bytes }, no_core = { 0, 0 };

  setrlimit (RLIMIT_CORE, &no_core);
  signal (SIGXFSZ, kill ? SIG_DFL : SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

void
bm_test_run_clear (BmTestRun *run)
{
  g_free (run->out);
  g_free (run->err);
}

/* This environment without a display: bodymap runs headless. */
char **
bm_test_headless_environ (void)
{
  char **envp = g_get_environ ();

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  return g_environ_setenv (envp, "GDK_BACKEND", "none-such", TRUE);
}

/* Runs the bodymap executable with @args (NULL-terminated) and no display
 * in its environment; @setup, when given, runs in the child first. */
void
bm_test_run_bodymap_argv (BmTestRun            *run,
                          const char * const   *args,
                          GSpawnChildSetupFunc  setup)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = bm_test_headless_environ ();
  g_autoptr(GError) error = NULL;
  const char *exe = g_getenv ("BODYMAP_EXE");

  g_assert_nonnull (exe);
  g_ptr_array_add (argv, (char *) exe);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, setup, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

/* The same with the arguments as a list ending in NULL. */
void
bm_test_run_bodymap_va (BmTestRun  *run,
                        const char *first_arg,
                        va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();

  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  g_ptr_array_add (argv, NULL);
  bm_test_run_bodymap_argv (run, (const char * const *) argv->pdata, NULL);
}

void
bm_test_run_bodymap (BmTestRun  *run,
                     const char *first_arg,
                     ...)
{
  va_list args;

  va_start (args, first_arg);
  bm_test_run_bodymap_va (run, first_arg, args);
  va_end (args);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char **) a, *(char **) b);
}

/* The names in @dir, sorted, joined by spaces. */
char *
bm_test_list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, (char *) name);
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The contents of the file at @path, which must be readable. */
char *
bm_test_read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* Fails the test unless @text contains @wanted. */
void
bm_test_assert_contains (const char *text,
                         const char *wanted)
{
  if (strstr (text, wanted) == NULL)
    g_error ("“%s” should contain “%s”", text, wanted);
}

/* Runs @sql on the SQLite database at @path (made if missing). */
void
bm_test_exec_sql (const char *path,
                  const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s: %s", path, sql, message);
  sqlite3_close (db);
}

/* A new, empty journal.db in a new temporary folder, *@dir (for
 * bm_test_remove_tree()). */
BmJournal *
bm_test_new_journal (BmRegionCatalog  *catalog,
                     char            **dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  BmJournal *journal;

  *dir = g_dir_make_tmp ("bodymap-journal-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (*dir, "journal.db", NULL);
  journal = bm_journal_open (path, catalog, &error);
  g_assert_no_error (error);
  return journal;
}

/* At @path, with its folder made, a journal of a newer Bodymap than this
 * one (schema version 99), which is to be left alone. */
void
bm_test_make_newer_journal (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  bm_test_exec_sql (path, "CREATE TABLE future (x); PRAGMA user_version = 99;");
}

/* Draws each of @n_pages pages with @draw and fails the test unless all
 * its ink lies within @left, @top, @right, @bottom (points from the top
 * left corner of a page of @width × @height). */
void
bm_test_assert_ink_inside (BmTestDrawPageFunc  draw,
                           gpointer            document,
                           guint               n_pages,
                           double              width,
                           double              height,
                           double              left,
                           double              top,
                           double              right,
                           double              bottom)
{
  for (guint p = 0; p < n_pages; p++)
    {
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
      cairo_t *cr = cairo_create (surface);
      double x, y, w, h;

      draw (document, cr, p);
      cairo_destroy (cr);
      cairo_recording_surface_ink_extents (surface, &x, &y, &w, &h);
      cairo_surface_destroy (surface);
      if (x < left || y < top || x + w > right || y + h > bottom)
        g_error ("page %u of %.0f × %.0f draws at %.1f, %.1f – %.1f, %.1f, outside %.1f, %.1f – %.1f, %.1f",
                 p + 1, width, height, x, y, x + w, y + h, left, top, right, bottom);
    }
}

void
bm_test_foreach_marker (BmAtlas          *atlas,
                        BmTestMarkerFunc  func,
                        gpointer          data)
{
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (guint t = 0; t < m->trigger_points->len; t++)
        {
          const BmTriggerPoint *tp = m->trigger_points->pdata[t];

          for (guint k = 0; k < tp->markers->len; k++)
            for (BmMuscleSide side = 0; side < BM_N_MUSCLE_SIDES; side++)
              func (m, tp, &g_array_index (tp->markers, BmMarker, k), side, data);
        }
    }
}
