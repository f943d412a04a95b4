/* test-journal-csv.c: the journal's CSV export and import
 *
 * Runs in Europe/Berlin time (TZ is set before GLib reads it), so a clock
 * change falls on known dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "core/bm-error.h"
#include "core/bm-journal-csv.h"
#include "bm-test-util.h"

#define H BM_JOURNAL_CSV_HEADER "\n"

static BmAtlas *atlas;
static BmRegionCatalog *catalog;

/* Local time in the test's time zone. */
static gint64
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_local (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt);
}

static gint64
utc_time (int year,
          int month,
          int day,
          int hour,
          int minute)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (year, month, day, hour, minute, 0);

  return g_date_time_to_unix (dt);
}

static BmJournalEntry *
entry_new (gint64      time,
           const char *note)
{
  BmJournalEntry *entry = bm_journal_entry_new (time);

  bm_journal_entry_set_note (entry, note);
  return entry;
}

static GPtrArray *
parse_ok (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = bm_journal_csv_parse (text, strlen (text), "test.csv", catalog, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

static void
assert_parse_error (const char *text,
                    gsize       length,
                    int         code,
                    const char *where)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = bm_journal_csv_parse (text, length, "test.csv", catalog, &error);

  g_assert_null (entries);
  g_assert_error (error, BM_ERROR, code);
  if (!g_str_has_prefix (error->message, where))
    g_error ("the message “%s” should start with “%s” (input “%s”)", error->message, where, text);
}

/* A store of the entries, which it takes. */
static GListStore *
store_of (BmJournalEntry *first,
          ...)
{
  GListStore *store = g_list_store_new (BM_TYPE_JOURNAL_ENTRY);
  va_list args;

  va_start (args, first);
  for (BmJournalEntry *e = first; e != NULL; e = va_arg (args, BmJournalEntry *))
    {
      g_list_store_append (store, e);
      g_object_unref (e);
    }
  va_end (args);
  return store;
}

static GListStore *
sample_store (void)
{
  BmJournalEntry *a = entry_new (local_time (2026, 3, 14, 8, 30), "stiff, after the drive");
  BmJournalEntry *b = entry_new (local_time (2026, 3, 15, 21, 5), "");
  BmJournalEntry *c = entry_new (local_time (2026, 3, 16, 7, 0), "line one\nline \"two\"");

  bm_journal_entry_set_mark (a, "knee-lateral-left", BM_SYMPTOM_PAIN, 6);
  bm_journal_entry_set_mark (a, "back-lumbar-lower-left", BM_SYMPTOM_NUMBNESS, 2);
  bm_journal_entry_set_mark (a, "back-lumbar-lower-left", BM_SYMPTOM_PAIN, 10);
  bm_journal_entry_set_mark (c, "neck-throat", BM_SYMPTOM_PAIN, 1);
  /* Out of time order: the file is sorted anyway. */
  return store_of (c, a, b, NULL);
}

static void
test_write_format (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autofree char *text = bm_journal_csv_write (G_LIST_MODEL (store), 0, 0);

  /* Ids in model order (c 1, a 2, b 3); rows by time, then region, pain
   * before numbness; the entry without marks keeps a row. */
  g_assert_cmpstr (text, ==,
                   H
                   "2,2026-03-14T08:30,back-lumbar-lower-left,pain,10,\"stiff, after the drive\"\n"
                   "2,2026-03-14T08:30,back-lumbar-lower-left,numbness,2,\"stiff, after the drive\"\n"
                   "2,2026-03-14T08:30,knee-lateral-left,pain,6,\"stiff, after the drive\"\n"
                   "3,2026-03-15T21:05,,,,\n"
                   "1,2026-03-16T07:00,neck-throat,pain,1,\"line one\nline \"\"two\"\"\"\n");
}

static void
test_write_range (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autofree char *day = bm_journal_csv_write (G_LIST_MODEL (store), local_time (2026, 3, 15, 0, 0),
                                               local_time (2026, 3, 15, 23, 59));
  g_autofree char *from = bm_journal_csv_write (G_LIST_MODEL (store), local_time (2026, 3, 15, 21, 5), 0);
  g_autofree char *to = bm_journal_csv_write (G_LIST_MODEL (store), 0, local_time (2026, 3, 14, 8, 29));

  g_assert_cmpstr (day, ==, H "3,2026-03-15T21:05,,,,\n");
  g_assert_true (g_str_has_prefix (from, H "3,2026-03-15T21:05,,,,\n1,2026-03-16T07:00,"));
  g_assert_cmpstr (to, ==, H);
}

/* entries → CSV → entries: equal, in order, and written again the same. */
static void
test_round_trip (void)
{
  g_autoptr(GListStore) store = sample_store ();
  g_autoptr(GListStore) back = g_list_store_new (BM_TYPE_JOURNAL_ENTRY);
  g_autofree char *text = bm_journal_csv_write (G_LIST_MODEL (store), 0, 0);
  g_autofree char *again = NULL;
  g_autoptr(GPtrArray) entries = parse_ok (text);
  const guint order[] = { 1, 2, 0 };   /* a, b, c: the file's order */

  g_assert_cmpuint (entries->len, ==, 3);
  for (guint i = 0; i < entries->len; i++)
    {
      g_autoptr(BmJournalEntry) original = g_list_model_get_item (G_LIST_MODEL (store), order[i]);

      g_assert_cmpint (bm_journal_entry_get_id (entries->pdata[i]), ==, 0);
      g_assert_true (bm_journal_entry_equal (entries->pdata[i], original));
      g_list_store_append (back, entries->pdata[i]);
    }
  g_assert_cmpuint (bm_journal_entry_get_marks (entries->pdata[0])->len, ==, 3);
  g_assert_cmpstr (bm_journal_entry_get_note (entries->pdata[2]), ==, "line one\nline \"two\"");
  g_assert_cmpuint (bm_journal_entry_get_intensity (entries->pdata[0], "back-lumbar-lower-left",
                                                    BM_SYMPTOM_NUMBNESS), ==, 2);
  /* Numbered in file order now, so only the ids differ. */
  again = bm_journal_csv_write (G_LIST_MODEL (back), 0, 0);
  g_assert_cmpuint (strlen (again), ==, strlen (text));
  g_assert_true (g_str_has_prefix (again, H "1,2026-03-14T08:30,back-lumbar-lower-left,pain,10,"));
}

static void
assert_same_entries (GListModel *model,
                     GPtrArray  *entries)
{
  g_assert_cmpuint (entries->len, ==, g_list_model_get_n_items (model));
  for (guint i = 0; i < entries->len; i++)
    {
      g_autoptr(BmJournalEntry) original = g_list_model_get_item (model, i);

      g_assert_cmpstr (bm_journal_entry_get_note (entries->pdata[i]), ==, bm_journal_entry_get_note (original));
      g_assert_cmpint (bm_journal_entry_get_time (entries->pdata[i]), ==, bm_journal_entry_get_time (original));
      g_assert_true (bm_journal_entry_equal (entries->pdata[i], original));
    }
}

/* Notes with every character CSV treats specially survive, and so do
 * seconds. */
static void
test_quoting (void)
{
  static const char *const notes[] = {
    "", "plain", "a, b", "\"quoted\"", "\"", ",", "two\nlines", "crlf\r\nline", "cr\ronly",
    " leading and trailing ", "Schmerz „stark“ – 🙂", "=1+2", "\n\n", "trailing quote\"",
  };
  g_autoptr(GListStore) store = g_list_store_new (BM_TYPE_JOURNAL_ENTRY);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      g_autoptr(BmJournalEntry) e = entry_new (local_time (2026, 1, 1 + i, 12, 0) + i, notes[i]);

      if (i % 2 == 0)
        bm_journal_entry_set_mark (e, "neck-throat", BM_SYMPTOM_PAIN, 1 + i % 10);
      g_list_store_append (store, e);
    }
  text = bm_journal_csv_write (G_LIST_MODEL (store), 0, 0);
  bm_test_assert_contains (text, "\n1,2026-01-01T12:00,neck-throat,pain,1,\n");
  bm_test_assert_contains (text, "\n2,2026-01-02T12:00:01,,,,plain\n");
  bm_test_assert_contains (text, "\n4,2026-01-04T12:00:03,,,,\"\"\"quoted\"\"\"\n");
  bm_test_assert_contains (text, ",\"crlf\r\nline\"\n");
  bm_test_assert_contains (text, ", leading and trailing \n");
  entries = parse_ok (text);
  assert_same_entries (G_LIST_MODEL (store), entries);
}

/* The hour a clock change repeats: both instants keep their time. */
static void
test_clock_change (void)
{
  g_autoptr(GTimeZone) berlin = g_time_zone_new_identifier ("Europe/Berlin");
  /* 2026-10-25 03:00 CEST becomes 02:00 CET: 02:30 happens twice. */
  gint64 repeated = local_time (2026, 10, 25, 1, 30) + 3600;
  g_autoptr(GListStore) store = g_list_store_new (BM_TYPE_JOURNAL_ENTRY);
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  if (berlin == NULL)
    {
      g_test_skip ("no time zone data for Europe/Berlin (tzdata)");
      return;
    }
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(BmJournalEntry) e = entry_new (repeated + 3600 * i, "dst");

      g_list_store_append (store, e);
    }
  text = bm_journal_csv_write (G_LIST_MODEL (store), 0, 0);
  g_assert_cmpstr (text, ==,
                   H
                   "1,2026-10-25T02:30+02:00,,,,dst\n"
                   "2,2026-10-25T02:30+01:00,,,,dst\n"
                   "3,2026-10-25T03:30,,,,dst\n");
  entries = parse_ok (text);
  assert_same_entries (G_LIST_MODEL (store), entries);
}

/* What other programs write: CRLF, a byte order mark, quotes everywhere,
 * empty lines, a space for the T, a UTC offset. */
static void
test_read_variants (void)
{
  static const char text[] =
    "\xEF\xBB\xBF\"id\",\"date\",region,kind,intensity,note\r\n"
    "\r\n"
    "7,\"2026-03-14 08:30\",\"knee-lateral-left\",pain,\"06\",\"a\r\nb\"\r\n"
    "7,2026-03-14T08:30:00,neck-throat,numbness,3,\"a\r\nb\"\r\n"
    "\n"
    "9,2026-03-14T07:30Z,,,,\r\n"
    "3,2026-03-14T09:30-01:00,,,,\r\n"
    "\n";
  g_autoptr(GPtrArray) entries = parse_ok (text);
  g_autoptr(GPtrArray) header_only = parse_ok (H);

  g_assert_cmpuint (header_only->len, ==, 0);
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpint (bm_journal_entry_get_time (entries->pdata[0]), ==, local_time (2026, 3, 14, 8, 30));
  g_assert_cmpstr (bm_journal_entry_get_note (entries->pdata[0]), ==, "a\r\nb");
  g_assert_cmpuint (bm_journal_entry_get_intensity (entries->pdata[0], "knee-lateral-left", BM_SYMPTOM_PAIN), ==, 6);
  g_assert_cmpuint (bm_journal_entry_get_intensity (entries->pdata[0], "neck-throat", BM_SYMPTOM_NUMBNESS), ==, 3);
  /* 09:30 at -01:00 is 10:30 UTC. */
  g_assert_cmpint (bm_journal_entry_get_time (entries->pdata[1]), ==, utc_time (2026, 3, 14, 7, 30));
  g_assert_cmpint (bm_journal_entry_get_time (entries->pdata[2]), ==, utc_time (2026, 3, 14, 10, 30));
  g_assert_cmpuint (bm_journal_entry_get_marks (entries->pdata[1])->len, ==, 0);
}

typedef struct {
  const char *text;
  int         code;
  const char *where;   /* the message starts with this */
} ErrorCase;

#define ROW "1,2026-03-14T08:30,knee-lateral-left,pain,5,note\n"

static const ErrorCase error_cases[] = {
  /* The file and its header. */
  { "", BM_ERROR_PARSE, "test.csv:1: the file is empty" },
  { "\xEF\xBB\xBF\n\r\n", BM_ERROR_PARSE, "test.csv:1: the file is empty" },
  { "id,date,region,kind,intensity\n" ROW, BM_ERROR_PARSE, "test.csv:1: the first line must be the header" },
  { "\n" "id;date;region;kind;intensity;note\n", BM_ERROR_PARSE, "test.csv:2: the first line must be the header" },
  { ROW, BM_ERROR_PARSE, "test.csv:1: the first line must be the header" },
  /* Rows and quotes. */
  { H "1,2026-03-14T08:30,knee-lateral-left,pain,5\n", BM_ERROR_PARSE, "test.csv:2: this row has 5 fields, not 6" },
  { H ROW "1,2026-03-14T08:30,neck-throat,pain,5,note\n" "1,2026-03-14T08:30,knee-lateral-left,pain,5,a,b\n", BM_ERROR_PARSE, "test.csv:4: this row has 7 fields" },
  { H ROW "2,2026-03-14T08:30,,,,\"never\nclosed\n", BM_ERROR_PARSE,
    "test.csv:3: column “note”: the quoted field that starts on this line has no closing quote" },
  { H "1,2026-03-14T08:30,,,,\"a\"b\n", BM_ERROR_PARSE, "test.csv:2: column “note”: there is text after the closing quote" },
  { H "1,2026-03-14T08:30,,,,\"a\nb\"c\n", BM_ERROR_PARSE, "test.csv:3: column “note”: there is text after the closing quote" },
  { H "1,2026-03-14T08:30,,,,a\"b\n", BM_ERROR_PARSE, "test.csv:2: column “note”: a quote inside a field" },
  { H "1,2026-03-14T08:30,,,,a\rb\n", BM_ERROR_PARSE, "test.csv:2: a carriage return that does not end a line" },
  { H "1,2026-03-14T08:30,,,,caf\xC3\n", BM_ERROR_PARSE, "test.csv:2: column “note”: the text is not valid UTF-8" },
  /* A quoted note over three lines: the next row is on line 5. */
  { H "1,2026-03-14T08:30,,,,\"one\ntwo\r\nthree\"\n" "2,2026-3-14T08:30,,,,\n", BM_ERROR_INVALID,
    "test.csv:5: column “date”: “2026-3-14T08:30” is not a date" },
  /* Each field. */
  { H "0,2026-03-14T08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “id”: “0” is not an entry id" },
  { H "-1,2026-03-14T08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “id”: “-1” is not an entry id" },
  { H ",2026-03-14T08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “id”" },
  { H "x1,2026-03-14T08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “id”" },
  { H "9223372036854775808,2026-03-14T08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “id”" },
  { H "1,2026-03-14,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”: “2026-03-14” is not a date" },
  { H "1,2026-02-30T08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”" },
  { H "1,2026-03-14T24:00,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”" },
  { H "1,2026-03-14T08:60,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”" },
  { H "1,2026-03-14T08:30:60,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”" },
  { H "1,2026-03-14T08:30+1,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”" },
  { H "1,14.03.2026 08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”" },
  { H "1,0000-03-14T08:30,,,,\n", BM_ERROR_INVALID, "test.csv:2: column “date”" },
  { H ROW "2,2026-03-14T08:30,knee-lateral-middle,pain,5,\n", BM_ERROR_UNKNOWN,
    "test.csv:3: column “region”: there is no region “knee-lateral-middle”" },
  { H "1,2026-03-14T08:30,KNEE-LATERAL-LEFT,pain,5,\n", BM_ERROR_UNKNOWN, "test.csv:2: column “region”" },
  { H "1,2026-03-14T08:30,knee-lateral-left,ache,5,\n", BM_ERROR_INVALID,
    "test.csv:2: column “kind”: “ache” is not a kind of mark" },
  { H "1,2026-03-14T08:30,knee-lateral-left,pain,0,\n", BM_ERROR_RANGE, "test.csv:2: column “intensity”: “0”" },
  { H "1,2026-03-14T08:30,knee-lateral-left,pain,11,\n", BM_ERROR_RANGE, "test.csv:2: column “intensity”: “11”" },
  { H "1,2026-03-14T08:30,knee-lateral-left,pain,5.5,\n", BM_ERROR_RANGE, "test.csv:2: column “intensity”" },
  { H "1,2026-03-14T08:30,knee-lateral-left,pain, 5,\n", BM_ERROR_RANGE, "test.csv:2: column “intensity”" },
  { H "1,2026-03-14T08:30,knee-lateral-left,pain,,\n", BM_ERROR_INVALID,
    "test.csv:2: column “intensity”: the field is empty" },
  { H "1,2026-03-14T08:30,,pain,,\n", BM_ERROR_INVALID, "test.csv:2: column “region”: the field is empty" },
  /* Rows of one entry. */
  { H ROW "2,2026-03-14T08:30,,,,\n" "1,2026-03-14T08:30,knee-lateral-left,pain,7,note\n", BM_ERROR_INVALID,
    "test.csv:4: column “kind”: entry 1 has a second “pain” mark for region “knee-lateral-left”" },
  { H "0007,2026-03-14T08:30,,,,\n" "7,2026-03-14T08:30,neck-throat,pain,5,\n" "07,2026-03-14T08:30,neck-throat,pain,5,\n",
    BM_ERROR_INVALID, "test.csv:4: column “kind”: entry 7 has a second “pain” mark" },
  { H ROW "1,2026-03-14T08:31,neck-throat,pain,5,note\n", BM_ERROR_INVALID,
    "test.csv:3: column “date”: entry 1 has the date “2026-03-14T08:30” on line 2" },
  { H ROW "1,2026-03-14T08:30,neck-throat,pain,5,Note\n", BM_ERROR_INVALID,
    "test.csv:3: column “note”: entry 1 has a different note on line 2" },
};

static void
test_errors (void)
{
  g_autofree char *nul = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (error_cases); i++)
    {
      const ErrorCase *c = &error_cases[i];

      assert_parse_error (c->text, strlen (c->text), c->code, c->where);
    }
  /* A NUL byte is not text either. */
  nul = g_strdup (H "1,2026-03-14T08:30,,,,a_b\n");
  nul[strlen (H) + 23] = '\0';
  assert_parse_error (nul, strlen (H) + 26, BM_ERROR_PARSE, "test.csv:2: column “note”: the text is not valid UTF-8");
  /* Too large, before anything is read. */
  assert_parse_error (H, (gsize) BM_JOURNAL_CSV_MAX_SIZE + 1, BM_ERROR_IO, "test.csv is larger than 64 MB");
}

/* ---- Files and a real journal ---------------------------------------------------------------- */

typedef struct {
  char *dir;
  char *csv;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bodymap-csv-XXXXXX", &error);
  g_assert_no_error (error);
  f->csv = g_build_filename (f->dir, "journal.csv", NULL);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  bm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->csv);
}

static BmJournal *
open_journal (Fixture    *f,
              const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  BmJournal *journal = bm_journal_open (path, catalog, &error);

  g_assert_no_error (error);
  return journal;
}

/* The sample entries, added to a journal in time order (import numbers
 * entries in file order, so only then are the ids the same after a round
 * trip). */
static BmJournal *
sample_journal (Fixture *f)
{
  g_autoptr(GListStore) store = sample_store ();
  BmJournal *journal = open_journal (f, "first.db");
  const guint order[] = { 1, 2, 0 };

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autoptr(BmJournalEntry) e = g_list_model_get_item (G_LIST_MODEL (store), order[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (bm_journal_add (journal, e, &error));
      g_assert_no_error (error);
    }
  return journal;
}

static void
import_ok (BmJournal  *journal,
           const char *path,
           guint       added,
           guint       skipped)
{
  g_autoptr(GError) error = NULL;
  guint n_added = 99, n_skipped = 99;

  g_assert_true (bm_journal_csv_import_file (journal, path, catalog, &n_added, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, added);
  g_assert_cmpuint (n_skipped, ==, skipped);
}

/* Export, import into an empty journal, export again: the same bytes;
 * importing the file again adds nothing. */
static void
test_file_round_trip (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(BmJournal) first = sample_journal (f);
  g_autoptr(BmJournal) second = open_journal (f, "second.db");
  g_autofree char *again = g_build_filename (f->dir, "again.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *text_again = NULL;
  struct stat st;

  g_assert_true (bm_journal_csv_export_file (first, f->csv, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (f->csv, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  text = bm_test_read_text (f->csv);
  g_assert_true (g_str_has_prefix (text, H));
  bm_test_assert_contains (text, "\n1,2026-03-14T08:30,back-lumbar-lower-left,pain,10,\"stiff, after the drive\"\n");

  import_ok (second, f->csv, 3, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (second)), ==, 3);
  g_assert_true (bm_journal_csv_export_file (second, again, &error));
  g_assert_no_error (error);
  text_again = bm_test_read_text (again);
  g_assert_cmpstr (text_again, ==, text);

  /* Again into either journal: everything is there already. */
  import_ok (second, f->csv, 0, 3);
  import_ok (first, again, 0, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (second)), ==, 3);
}

/* A bad row on line 5 rejects the file, and the journal stays as it was. */
static void
test_file_all_or_nothing (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(BmJournal) journal = sample_journal (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = bm_journal_csv_write (G_LIST_MODEL (journal), 0, 0);
  g_autofree char *after = NULL;
  g_autofree char *where = g_strdup_printf ("%s:5: column “intensity”", f->csv);
  guint n_added = 99, n_skipped = 99;
  static const char text[] =
    H
    "1,2026-04-01T08:00,neck-throat,pain,3,\n"
    "2,2026-04-02T08:00,neck-throat,pain,4,\n"
    "3,2026-04-03T08:00,neck-throat,pain,5,\n"
    "4,2026-04-04T08:00,neck-throat,pain,high,\n"
    "5,2026-04-05T08:00,neck-throat,pain,6,\n";

  g_assert_true (g_file_set_contents (f->csv, text, -1, NULL));
  g_assert_false (bm_journal_csv_import_file (journal, f->csv, catalog, &n_added, &n_skipped, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_RANGE);
  g_assert_true (g_str_has_prefix (error->message, where));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_skipped, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
  after = bm_journal_csv_write (G_LIST_MODEL (journal), 0, 0);
  g_assert_cmpstr (after, ==, before);
}

static void
test_file_errors (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(BmJournal) journal = sample_journal (f);
  g_autofree char *missing = g_build_filename (f->dir, "missing.csv", NULL);
  g_autofree char *big = g_build_filename (f->dir, "big.csv", NULL);
  g_autofree char *into_missing = g_build_filename (f->dir, "no", "such.csv", NULL);
  g_autoptr(GError) error = NULL;
  FILE *file;

  g_assert_false (bm_journal_csv_import_file (journal, missing, catalog, NULL, NULL, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  bm_test_assert_contains (error->message, missing);
  g_clear_error (&error);

  g_assert_false (bm_journal_csv_import_file (journal, f->dir, catalog, NULL, NULL, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  bm_test_assert_contains (error->message, "it is a folder");
  g_clear_error (&error);

  /* A sparse file: refused by its size, not read. */
  file = fopen (big, "w");
  g_assert_nonnull (file);
  g_assert_cmpint (ftruncate (fileno (file), (off_t) BM_JOURNAL_CSV_MAX_SIZE + 1), ==, 0);
  fclose (file);
  g_assert_false (bm_journal_csv_import_file (journal, big, catalog, NULL, NULL, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  bm_test_assert_contains (error->message, "is larger than 64 MB");
  g_clear_error (&error);

  /* Export: an existing file stays whole when the new one cannot be written. */
  g_assert_true (g_file_set_contents (f->csv, "keep me", -1, NULL));
  g_assert_false (bm_journal_csv_export_file (journal, into_missing, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  g_clear_error (&error);
  g_assert_false (bm_journal_csv_export_file (journal, f->dir, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_setenv ("TZ", "Europe/Berlin", TRUE);
  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();
  catalog = bm_atlas_get_catalog (atlas);

  g_test_add_func ("/journal-csv/write/format", test_write_format);
  g_test_add_func ("/journal-csv/write/range", test_write_range);
  g_test_add_func ("/journal-csv/round-trip", test_round_trip);
  g_test_add_func ("/journal-csv/quoting", test_quoting);
  g_test_add_func ("/journal-csv/clock-change", test_clock_change);
  g_test_add_func ("/journal-csv/read-variants", test_read_variants);
  g_test_add_func ("/journal-csv/errors", test_errors);
  g_test_add ("/journal-csv/file/round-trip", Fixture, NULL, fixture_set_up, test_file_round_trip, fixture_tear_down);
  g_test_add ("/journal-csv/file/all-or-nothing", Fixture, NULL, fixture_set_up, test_file_all_or_nothing,
              fixture_tear_down);
  g_test_add ("/journal-csv/file/errors", Fixture, NULL, fixture_set_up, test_file_errors, fixture_tear_down);
  status = g_test_run ();
  g_object_unref (atlas);
  return status;
}
