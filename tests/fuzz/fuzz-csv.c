/* fuzz-csv.c: the journal's CSV import, with a write and reread round trip
 *
 * The input is parsed as a journal CSV file against the built-in regions.
 * A file that does not parse gives a short, valid UTF-8 message naming the
 * file and a line no later than the input has. A file that parses gives
 * entries without ids, each with valid marks (known regions, intensities
 * 1–10, sorted, no region and kind twice) and a valid UTF-8 note; written
 * back to CSV and parsed again they are the same entries, and writing
 * those gives the same text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/bm-error.h"
#include "core/bm-journal-csv.h"
#include "fuzz-common.h"

#define NAME "fuzz.csv"

static void
check_message (const GError *error,
               const uint8_t *data,
               size_t         size)
{
  guint lines = 1, line;

  bm_fuzz_check_message (error);
  if (error->code == BM_ERROR_IO)
    return;   /* only "too large" */
  BM_FUZZ_ASSERT (g_str_has_prefix (error->message, NAME ":"));
  line = (guint) strtoul (error->message + strlen (NAME ":"), NULL, 10);
  for (size_t i = 0; i < size; i++)
    lines += data[i] == '\n';
  BM_FUZZ_ASSERT (line >= 1 && line <= lines);
}

static void
check_entry (BmJournalEntry  *entry,
             BmRegionCatalog *catalog)
{
  GArray *marks = bm_journal_entry_get_marks (entry);

  BM_FUZZ_ASSERT (bm_journal_entry_get_id (entry) == 0);
  BM_FUZZ_ASSERT (g_utf8_validate (bm_journal_entry_get_note (entry), -1, NULL));
  for (guint i = 0; i < marks->len; i++)
    {
      const BmJournalMark *m = &g_array_index (marks, BmJournalMark, i);

      BM_FUZZ_ASSERT (bm_region_catalog_lookup (catalog, m->region) != NULL);
      BM_FUZZ_ASSERT (m->symptom == BM_SYMPTOM_PAIN || m->symptom == BM_SYMPTOM_NUMBNESS);
      BM_FUZZ_ASSERT (m->intensity >= BM_INTENSITY_MIN && m->intensity <= BM_INTENSITY_MAX);
      if (i > 0)
        {
          const BmJournalMark *prev = &g_array_index (marks, BmJournalMark, i - 1);
          int c = strcmp (prev->region, m->region);

          BM_FUZZ_ASSERT (c < 0 || (c == 0 && prev->symptom < m->symptom));
        }
    }
}

static GListStore *
store_of (GPtrArray *entries)
{
  GListStore *store = g_list_store_new (BM_TYPE_JOURNAL_ENTRY);

  for (guint i = 0; i < entries->len; i++)
    g_list_store_append (store, entries->pdata[i]);
  return store;
}

static char *
write_entries (GPtrArray *entries)
{
  g_autoptr(GListStore) store = store_of (entries);

  return bm_journal_csv_write (G_LIST_MODEL (store), 0, 0);
}

static GPtrArray *
parse_again (const char      *text,
             BmRegionCatalog *catalog)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = bm_journal_csv_parse (text, strlen (text), NAME, catalog, &error);

  if (entries == NULL)
    {
      fprintf (stderr, "written CSV does not parse again: %s\n%s\n", error->message, text);
      abort ();
    }
  return entries;
}

/* Written and read back, the entries are the same (in time order now, so
 * numbered differently); once in that order, the text no longer changes. */
static void
round_trip (GPtrArray       *entries,
            BmRegionCatalog *catalog)
{
  g_autofree char *text = write_entries (entries);
  g_autoptr(GPtrArray) back = parse_again (text, catalog);
  g_autofree char *text2 = write_entries (back);
  g_autoptr(GPtrArray) back2 = parse_again (text2, catalog);
  g_autofree char *text3 = write_entries (back2);

  BM_FUZZ_ASSERT (back->len == entries->len);
  for (guint i = 0; i < back->len; i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < entries->len && !found; j++)
        found = bm_journal_entry_equal (back->pdata[i], entries->pdata[j]);
      BM_FUZZ_ASSERT (found);
    }
  BM_FUZZ_ASSERT (g_str_equal (text2, text3));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (bm_fuzz_atlas ());
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = bm_journal_csv_parse ((const char *) data, size, NAME, catalog, &error);

  if (entries == NULL)
    {
      check_message (error, data, size);
      return 0;
    }
  BM_FUZZ_ASSERT (error == NULL);
  for (guint i = 0; i < entries->len; i++)
    check_entry (entries->pdata[i], catalog);
  round_trip (entries, catalog);
  return 0;
}
