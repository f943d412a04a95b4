/* bench-journal.c: opening ten years of the pain journal
 *
 * Writes a temporary journal of 3,650 daily entries with 10 marked areas
 * each (36,500 marks), three sources, a note and two exercise ticks a day,
 * then times bm_journal_open() on it: the integrity check, and reading and
 * checking every row against the catalog. Prints the median of several
 * runs, the cost of PRAGMA integrity_check alone, and whether the open
 * stays within its budget of 100 ms; exits 1 when it does not.
 * With --value, prints only `journal_open_ms MEDIAN`, for bench/run.
 *
 * Run by hand: ./build/bench/bench-journal [--value]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "core/bm-journal.h"

#define N_DAYS    3650
#define N_AREAS   10
#define N_RUNS    9
#define BUDGET_MS 100.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static void
fill (const char      *path,
      BmRegionCatalog *catalog)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) journal = bm_journal_open (path, catalog, &error);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_regions = bm_region_catalog_get_n_regions (catalog);
  gint64 start = g_get_real_time () / G_USEC_PER_SEC - (gint64) N_DAYS * 86400;
  guint32 today = bm_journal_today ();
  guint added;

  if (journal == NULL)
    g_error ("%s", error->message);
  for (guint day = 0; day < N_DAYS; day++)
    {
      BmJournalEntry *entry = bm_journal_entry_new (start + (gint64) day * 86400 + 8 * 3600);

      for (guint a = 0; a < N_AREAS; a++)
        {
          const BmRegion *region = bm_region_catalog_get_region (catalog, (day * 7 + a * 13) % n_regions);

          bm_journal_entry_set_mark (entry, region->id, a % 4 == 3 ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN,
                                     1 + (day + a) % 10);
        }
      bm_journal_entry_set_note (entry, day % 3 == 0 ? "stiff after sitting all day at the desk" : "");
      bm_journal_entry_set_flags (entry, day % 11 == 0 ? BM_FLAG_NIGHT_PAIN : 0);
      bm_journal_entry_add_source (entry, "gluteus-minimus", BM_SIDE_OF_LEFT, 80 - day % 20);
      bm_journal_entry_add_source (entry, "soleus", BM_SIDE_OF_RIGHT, 50);
      bm_journal_entry_add_source (entry, "gastrocnemius", BM_SIDE_OF_LEFT, 30);
      g_ptr_array_add (entries, entry);
    }
  if (!bm_journal_import (journal, entries, &added, NULL, &error))
    g_error ("%s", error->message);
  for (guint day = 0; day < N_DAYS; day++)
    if (!bm_journal_set_done (journal, "soleus/stretch/1", today - day, TRUE, &error) ||
        (day % 2 == 0 && !bm_journal_set_done (journal, "gastrocnemius/release/1", today - day, TRUE, &error)))
      g_error ("%s", error->message);
}

/* PRAGMA integrity_check alone, in ms. */
static double
time_integrity_check (const char *path)
{
  sqlite3 *db = NULL;
  gint64 start;
  double ms;

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("cannot open %s", path);
  start = g_get_monotonic_time ();
  if (sqlite3_exec (db, "PRAGMA integrity_check(1)", NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (db));
  ms = (g_get_monotonic_time () - start) / 1000.0;
  sqlite3_close (db);
  return ms;
}

int
main (int   argc,
      char *argv[])
{
  gboolean value = argc == 2 && g_str_equal (argv[1], "--value");
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = bm_atlas_load_default (&error);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-bench-journal-XXXXXX", &error);
  g_autofree char *path = NULL, *command = NULL, *quoted = NULL;
  double times[N_RUNS], checks[N_RUNS], median;
  guint n_items = 0;
  GStatBuf st;

  if (atlas == NULL || dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "journal.db", NULL);
  fill (path, bm_atlas_get_catalog (atlas));
  for (guint run = 0; run < N_RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(BmJournal) journal = bm_journal_open (path, bm_atlas_get_catalog (atlas), &error);

      times[run] = (g_get_monotonic_time () - start) / 1000.0;
      if (journal == NULL)
        g_error ("%s", error->message);
      n_items = g_list_model_get_n_items (G_LIST_MODEL (journal));
      if (bm_journal_get_problems (journal) != NULL)
        g_error ("unexpected problems: %s", bm_journal_get_problems (journal));
      checks[run] = time_integrity_check (path);
    }
  qsort (times, N_RUNS, sizeof (double), compare_doubles);
  qsort (checks, N_RUNS, sizeof (double), compare_doubles);
  median = times[N_RUNS / 2];
  g_stat (path, &st);
  if (value)
    printf ("journal_open_ms %.1f\n", median);
  else
    {
      printf ("journal: %u entries × %d areas, %.1f MB\n", n_items, N_AREAS, st.st_size / 1e6);
      printf ("integrity_check alone: median %.1f ms\n", checks[N_RUNS / 2]);
      printf ("bm_journal_open: median %.1f ms (min %.1f, max %.1f) of %d runs: %s the %.0f ms budget\n", median,
              times[0], times[N_RUNS - 1], N_RUNS, median <= BUDGET_MS ? "within" : "OVER", BUDGET_MS);
    }
  quoted = g_shell_quote (dir);
  command = g_strdup_printf ("rm -rf %s", quoted);
  if (system (command) != 0)
    fprintf (stderr, "cannot remove %s\n", dir);
  return median <= BUDGET_MS ? 0 : 1;
}
