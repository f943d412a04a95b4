/* fuzz-journal.c: the pain journal's loader
 *
 * The input is written to a file on tmpfs as journal.db and opened with
 * the built-in catalog. A file that does not open comes with a short, valid
 * UTF-8 message and is left where it was. A damaged file is kept aside
 * byte for byte and an empty journal started. A journal that opens holds
 * only entries that make sense (known regions, intensities 1–10, sorted
 * marks, at most three sources, valid text), lists what it skipped in
 * valid UTF-8, and takes one more entry that a reopening reads back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>

#include "core/bm-journal.h"
#include "fuzz-common.h"

/* Removes journal.db and everything beside it from the last run. */
static void
clean (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    if (g_str_has_prefix (name, "journal.db"))
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
}

static void
check_entry (BmJournalEntry  *entry,
             BmRegionCatalog *catalog)
{
  GArray *marks = bm_journal_entry_get_marks (entry);
  GArray *sources = bm_journal_entry_get_sources (entry);
  GHashTableIter iter;
  gpointer key, value;

  BM_FUZZ_ASSERT (bm_journal_entry_get_id (entry) != 0);
  BM_FUZZ_ASSERT (g_utf8_validate (bm_journal_entry_get_note (entry), -1, NULL));
  for (guint i = 0; i < marks->len; i++)
    {
      const BmJournalMark *mark = &g_array_index (marks, BmJournalMark, i);

      BM_FUZZ_ASSERT (bm_region_catalog_lookup (catalog, mark->region) != NULL);
      BM_FUZZ_ASSERT (mark->region == g_intern_string (mark->region));
      BM_FUZZ_ASSERT (mark->symptom < BM_N_SYMPTOMS);
      BM_FUZZ_ASSERT (mark->intensity >= BM_INTENSITY_MIN && mark->intensity <= BM_INTENSITY_MAX);
      if (i > 0)
        {
          const BmJournalMark *prev = &g_array_index (marks, BmJournalMark, i - 1);
          int cmp = strcmp (prev->region, mark->region);

          BM_FUZZ_ASSERT (cmp < 0 || (cmp == 0 && prev->symptom < mark->symptom));
        }
    }
  BM_FUZZ_ASSERT (sources->len <= BM_JOURNAL_N_SOURCES);
  for (guint i = 0; i < sources->len; i++)
    {
      const BmJournalSource *source = &g_array_index (sources, BmJournalSource, i);

      BM_FUZZ_ASSERT (source->score >= 0 && source->score <= 100);
      BM_FUZZ_ASSERT (i == 0 || g_array_index (sources, BmJournalSource, i - 1).score >= source->score);
    }
  g_hash_table_iter_init (&iter, bm_journal_entry_get_answers (entry));
  while (g_hash_table_iter_next (&iter, &key, &value))
    BM_FUZZ_ASSERT (GPOINTER_TO_INT (value) == BM_CONFIRM_REPRODUCES || GPOINTER_TO_INT (value) == BM_CONFIRM_NOT_TENDER);
  (void) bm_journal_entry_get_day (entry);
  (void) bm_journal_entry_get_n_areas (entry);
}

static void
check_journal (BmJournal       *journal,
               BmRegionCatalog *catalog)
{
  GListModel *model = G_LIST_MODEL (journal);
  const char *problems = bm_journal_get_problems (journal);
  GPtrArray *techniques = bm_journal_get_techniques (journal);

  BM_FUZZ_ASSERT (problems == NULL || (g_utf8_validate (problems, -1, NULL) && strlen (problems) <= 64 * 1024));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (model, i);

      check_entry (entry, catalog);
      BM_FUZZ_ASSERT (bm_journal_lookup (journal, bm_journal_entry_get_id (entry)) == entry);
      if (i > 0)
        {
          g_autoptr(BmJournalEntry) prev = g_list_model_get_item (model, i - 1);

          BM_FUZZ_ASSERT (bm_journal_entry_get_time (prev) <= bm_journal_entry_get_time (entry));
        }
    }
  for (guint i = 0; i < techniques->len; i++)
    BM_FUZZ_ASSERT (i == 0 || strcmp (techniques->pdata[i - 1], techniques->pdata[i]) < 0);
  (void) bm_journal_count_done (journal, NULL, 0, G_MAXUINT32);
}

/* One more entry; a fresh open reads it back. */
static void
add_and_reopen (BmJournal       *journal,
                const char      *path,
                BmRegionCatalog *catalog)
{
  g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (1767225600);
  g_autoptr(BmJournal) reopened = NULL;
  g_autoptr(GError) error = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (journal));
  gboolean added;

  bm_journal_entry_set_mark (entry, bm_region_catalog_get_region (catalog, 0)->id, BM_SYMPTOM_PAIN, 4);
  added = bm_journal_add (journal, entry, &error);
  if (!added)
    bm_fuzz_check_message (error);
  BM_FUZZ_ASSERT (g_list_model_get_n_items (G_LIST_MODEL (journal)) == n + (added ? 1 : 0));
  g_clear_error (&error);
  reopened = bm_journal_open (path, catalog, &error);
  BM_FUZZ_ASSERT (reopened != NULL);
  BM_FUZZ_ASSERT (bm_journal_get_set_aside (reopened) == NULL);
  BM_FUZZ_ASSERT (g_list_model_get_n_items (G_LIST_MODEL (reopened)) == n + (added ? 1 : 0));
  if (added)
    BM_FUZZ_ASSERT (bm_journal_entry_equal (bm_journal_lookup (reopened, bm_journal_entry_get_id (entry)), entry));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *dir = bm_fuzz_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "journal.db", NULL);
  BmRegionCatalog *catalog = bm_atlas_get_catalog (bm_fuzz_atlas ());
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  clean (dir);
  bm_fuzz_write_file (path, data, size);
  journal = bm_journal_open (path, catalog, &error);
  if (journal == NULL)
    {
      g_autofree char *left = NULL;
      gsize length;

      bm_fuzz_check_message (error);
      /* Nothing moved: the file is still there, whole. */
      BM_FUZZ_ASSERT (g_file_get_contents (path, &left, &length, NULL));
      BM_FUZZ_ASSERT (length == size && (size == 0 || memcmp (left, data, size) == 0));
      clean (dir);
      return 0;
    }
  if (bm_journal_get_set_aside (journal) != NULL)
    {
      g_autofree char *kept = NULL;
      gsize length;

      BM_FUZZ_ASSERT (g_file_get_contents (bm_journal_get_set_aside (journal), &kept, &length, NULL));
      BM_FUZZ_ASSERT (length == size && (size == 0 || memcmp (kept, data, size) == 0));
      BM_FUZZ_ASSERT (g_list_model_get_n_items (G_LIST_MODEL (journal)) == 0);
    }
  check_journal (journal, catalog);
  add_and_reopen (journal, path, catalog);
  g_clear_object (&journal);
  clean (dir);
  return 0;
}
