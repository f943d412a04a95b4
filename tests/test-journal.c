/* test-journal.c: the pain journal's database: adding, editing, deleting
 * and undoing entries, reopening, migration from schema 1, damaged and
 * newer files, bad rows, a second writer, import and the exercise log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <sqlite3.h>
#include <glib/gstdio.h>

#include "core/bm-error.h"
#include "core/bm-journal.h"
#include "core/bm-session-private.h"
#include "bm-test-util.h"

static BmAtlas *atlas;
static BmRegionCatalog *catalog;

#define DAY (24 * 60 * 60)
#define T0  G_GINT64_CONSTANT (1767225600)   /* 2026-01-01 00:00 UTC */

typedef struct {
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture      *f,
                gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("bodymap-journal-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "bodymap", "journal.db", NULL);
}

static void
fixture_tear_down (Fixture      *f,
                   gconstpointer data)
{
  bm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static BmJournal *
open_journal (const char *path)
{
  g_autoptr(GError) error = NULL;
  BmJournal *journal = bm_journal_open (path, catalog, &error);

  g_assert_no_error (error);
  g_assert_nonnull (journal);
  return journal;
}

static BmJournalEntry *
make_entry (gint64      time,
            const char *note,
            guint       knee,
            guint       calf)
{
  BmJournalEntry *entry = bm_journal_entry_new (time);

  bm_journal_entry_set_note (entry, note);
  if (knee > 0)
    bm_journal_entry_set_mark (entry, "knee-lateral-left", BM_SYMPTOM_PAIN, knee);
  if (calf > 0)
    bm_journal_entry_set_mark (entry, "calf-lateral-lower-left", BM_SYMPTOM_PAIN, calf);
  return entry;
}

static void
add (BmJournal      *journal,
     BmJournalEntry *entry)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bm_journal_add (journal, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (bm_journal_entry_get_id (entry), >, 0);
}

static BmJournalEntry *
item (BmJournal *journal,
      guint      position)
{
  g_autoptr(BmJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), position);

  return entry;   /* the journal keeps a reference */
}

/* "id@time:note[knee,calf]; …" for every entry, in model order. */
static char *
describe (BmJournal *journal)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (journal)); i++)
    {
      BmJournalEntry *entry = item (journal, i);

      g_string_append_printf (out, "%s%" G_GINT64_FORMAT "@%" G_GINT64_FORMAT ":%s[%u,%u]", i > 0 ? "; " : "",
                              bm_journal_entry_get_id (entry), (bm_journal_entry_get_time (entry) - T0) / DAY,
                              bm_journal_entry_get_note (entry),
                              bm_journal_entry_get_intensity (entry, "knee-lateral-left", BM_SYMPTOM_PAIN),
                              bm_journal_entry_get_intensity (entry, "calf-lateral-lower-left", BM_SYMPTOM_PAIN));
    }
  return g_string_free (out, FALSE);
}

/* The model and a fresh journal on the same file agree. */
static void
assert_journal (BmJournal  *journal,
                const char *expected)
{
  g_autofree char *have = describe (journal);
  g_autoptr(BmJournal) reopened = open_journal (bm_journal_get_path (journal));
  g_autofree char *stored = describe (reopened);

  g_assert_cmpstr (have, ==, expected);
  g_assert_cmpstr (stored, ==, expected);
}

/* Records items-changed as "pos-removed+added " */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u-%u+%u ", position, removed, added);
}

static void
count_notify (guint *count)
{
  (*count)++;
}

static void
test_add_edit_remove_undo (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournalEntry) a = make_entry (T0 + 2 * DAY, "second day", 6, 0);
  g_autoptr(BmJournalEntry) b = make_entry (T0, "first day", 8, 3);
  g_autoptr(BmJournalEntry) changed = NULL;

  guint can_undo_notes = 0, n_items_notes = 0;
  gboolean can_undo;

  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (journal)) == BM_TYPE_JOURNAL_ENTRY);
  g_assert_false (bm_journal_can_undo (journal));
  g_signal_connect (journal, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_signal_connect_swapped (journal, "notify::can-undo", G_CALLBACK (count_notify), &can_undo_notes);
  g_signal_connect_swapped (journal, "notify::n-items", G_CALLBACK (count_notify), &n_items_notes);
  add (journal, a);
  add (journal, b);   /* older: goes first */
  g_assert_cmpstr (log->str, ==, "0-0+1 0-0+1 ");
  g_assert_true (bm_journal_can_undo (journal));
  g_object_get (journal, "can-undo", &can_undo, NULL);
  g_assert_true (can_undo);
  g_assert_cmpuint (can_undo_notes, ==, 1);
  g_assert_cmpuint (n_items_notes, ==, 2);
  assert_journal (journal, "2@0:first day[8,3]; 1@2:second day[6,0]");
  g_assert_true (bm_journal_lookup (journal, 2) == b);
  g_assert_cmpuint (bm_journal_find_time (journal, T0 + DAY), ==, 1);
  g_assert_cmpuint (bm_journal_find_time (journal, T0 + 3 * DAY), ==, 2);

  /* Editing the first day's entry moves it after the second. */
  changed = bm_journal_entry_copy (b);
  bm_journal_entry_set_time (changed, T0 + 3 * DAY);
  bm_journal_entry_set_mark (changed, "knee-lateral-left", BM_SYMPTOM_PAIN, 2);
  bm_journal_entry_set_note (changed, "edited");
  g_string_truncate (log, 0);
  g_assert_true (bm_journal_replace (journal, changed, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "0-1+0 1-0+1 ");
  g_assert_cmpint (bm_journal_entry_get_intensity (b, "knee-lateral-left", BM_SYMPTOM_PAIN), ==, 8);
  assert_journal (journal, "1@2:second day[6,0]; 2@3:edited[2,3]");

  g_assert_true (bm_journal_remove (journal, 1, &error));
  g_assert_no_error (error);
  assert_journal (journal, "2@3:edited[2,3]");
  g_assert_false (bm_journal_remove (journal, 1, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_UNKNOWN);
  g_clear_error (&error);

  /* Undo, newest first: the removal (same id), the edit, the adds. */
  g_assert_true (bm_journal_undo (journal, &error));
  assert_journal (journal, "1@2:second day[6,0]; 2@3:edited[2,3]");
  g_assert_true (bm_journal_undo (journal, &error));
  assert_journal (journal, "2@0:first day[8,3]; 1@2:second day[6,0]");
  g_assert_true (bm_journal_undo (journal, &error));
  assert_journal (journal, "1@2:second day[6,0]");
  g_assert_true (bm_journal_can_undo (journal));
  g_assert_true (bm_journal_undo (journal, &error));
  g_assert_no_error (error);
  assert_journal (journal, "");
  g_assert_false (bm_journal_can_undo (journal));
  g_assert_cmpuint (can_undo_notes, ==, 2);
}

/* Everything an entry holds comes back after reopening. */
static void
test_persistence (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(BmJournal) reopened = NULL;
  g_autoptr(BmJournalEntry) entry = make_entry (T0 + 3600, "after the run", 7, 0);
  BmJournalEntry *back;
  GArray *marks, *sources;

  bm_journal_entry_set_mark (entry, "foot-dorsum-left", BM_SYMPTOM_NUMBNESS, 4);
  bm_journal_entry_set_mark (entry, "knee-lateral-left", BM_SYMPTOM_NUMBNESS, 2);
  bm_journal_entry_set_flags (entry, BM_FLAG_NIGHT_PAIN | BM_FLAG_WEAKNESS);
  bm_journal_entry_set_answer (entry, "gluteus-minimus/posterior/left", BM_CONFIRM_REPRODUCES);
  bm_journal_entry_set_answer (entry, "soleus/trp1/right", BM_CONFIRM_NOT_TENDER);
  bm_journal_entry_add_source (entry, "soleus", BM_SIDE_OF_LEFT, 40.5);
  bm_journal_entry_add_source (entry, "gluteus-minimus", BM_SIDE_OF_LEFT, 72.25);
  add (journal, entry);
  g_clear_object (&journal);

  reopened = open_journal (f->path);
  g_assert_null (bm_journal_get_problems (reopened));
  g_assert_null (bm_journal_get_set_aside (reopened));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (reopened)), ==, 1);
  back = item (reopened, 0);
  g_assert_true (bm_journal_entry_equal (back, entry));
  g_assert_cmpstr (bm_journal_entry_get_note (back), ==, "after the run");
  g_assert_cmpint (bm_journal_entry_get_flags (back), ==, BM_FLAG_NIGHT_PAIN | BM_FLAG_WEAKNESS);
  g_assert_cmpuint (bm_journal_entry_get_n_areas (back), ==, 2);
  g_assert_cmpuint (bm_journal_entry_get_pain_total (back), ==, 7);
  g_assert_cmpuint (bm_journal_entry_get_numb_total (back), ==, 6);
  marks = bm_journal_entry_get_marks (back);
  g_assert_cmpuint (marks->len, ==, 3);
  /* Sorted by region, then symptom; ids interned. */
  g_assert_true (g_array_index (marks, BmJournalMark, 0).region == g_intern_string ("foot-dorsum-left"));
  g_assert_cmpint (g_array_index (marks, BmJournalMark, 1).symptom, ==, BM_SYMPTOM_PAIN);
  g_assert_cmpint (g_array_index (marks, BmJournalMark, 2).symptom, ==, BM_SYMPTOM_NUMBNESS);
  g_assert_cmpuint (g_hash_table_size (bm_journal_entry_get_answers (back)), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (bm_journal_entry_get_answers (back),
                                                         "soleus/trp1/right")), ==, BM_CONFIRM_NOT_TENDER);
  sources = bm_journal_entry_get_sources (back);
  g_assert_cmpuint (sources->len, ==, 2);
  g_assert_cmpstr (g_array_index (sources, BmJournalSource, 0).muscle, ==, "gluteus-minimus");
  g_assert_cmpfloat (g_array_index (sources, BmJournalSource, 0).score, ==, 72.25);
  g_assert_cmpint (g_array_index (sources, BmJournalSource, 1).side, ==, BM_SIDE_OF_LEFT);
}

/* An entry keeps a session's marks, symptoms, answers and top sources, and
 * gives them back; the session's sheet stays. */
static void
test_session (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autoptr(BmSession) other = bm_session_new (atlas);
  g_autoptr(BmJournalEntry) entry = NULL;
  g_autoptr(GArray) marks = NULL;
  const BmRanking *ranking;
  GArray *sources;
  BmPainMap *map = bm_session_get_pain_map (session);

  bm_pain_map_set_mark (map, bm_region_catalog_lookup (catalog, "knee-lateral-left")->index, BM_SYMPTOM_PAIN, 7);
  bm_pain_map_set_mark (map, bm_region_catalog_lookup (catalog, "foot-dorsum-left")->index, BM_SYMPTOM_NUMBNESS, 3);
  bm_session_set_flag (session, BM_FLAG_NIGHT_PAIN, TRUE);
  bm_session_set_confirm (session, "soleus", "trp1", BM_MUSCLE_LEFT, BM_CONFIRM_NOT_TENDER);
  entry = bm_journal_entry_new_from_session (session, T0);
  g_assert_cmpuint (bm_journal_entry_get_intensity (entry, "knee-lateral-left", BM_SYMPTOM_PAIN), ==, 7);
  g_assert_cmpuint (bm_journal_entry_get_intensity (entry, "foot-dorsum-left", BM_SYMPTOM_NUMBNESS), ==, 3);
  g_assert_cmpint (bm_journal_entry_get_flags (entry), ==, BM_FLAG_NIGHT_PAIN);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (bm_journal_entry_get_answers (entry),
                                                         "soleus/trp1/left")), ==, BM_CONFIRM_NOT_TENDER);
  ranking = bm_session_get_ranking (session);
  sources = bm_journal_entry_get_sources (entry);
  g_assert_cmpuint (sources->len, ==, MIN (ranking->candidates->len, BM_JOURNAL_N_SOURCES));
  g_assert_cmpuint (sources->len, >, 0);
  for (guint i = 0; i < sources->len; i++)
    {
      const BmCandidate *candidate = ranking->candidates->pdata[i];

      g_assert_cmpstr (g_array_index (sources, BmJournalSource, i).muscle, ==, candidate->muscle->id);
      g_assert_cmpint (g_array_index (sources, BmJournalSource, i).side, ==, candidate->side);
    }

  bm_session_set_on_sheet (other, "gastrocnemius", TRUE);
  bm_journal_entry_set_mark (entry, "no-such-area", BM_SYMPTOM_PAIN, 4);
  g_assert_cmpuint (bm_journal_entry_apply (entry, other), ==, 1);
  marks = bm_pain_map_get_marks (bm_session_get_pain_map (other));
  g_assert_cmpuint (marks->len, ==, 2);
  g_assert_cmpint (bm_session_get_flags (other), ==, BM_FLAG_NIGHT_PAIN);
  g_assert_cmpint (bm_session_get_confirm (other, "soleus", "trp1", BM_MUSCLE_LEFT), ==, BM_CONFIRM_NOT_TENDER);
  g_assert_true (bm_session_get_on_sheet (other, "gastrocnemius"));
}

/* ---- Schema 1 ------------------------------------------------------------ */

static sqlite3 *
raw_open (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  return db;
}

static void
raw_exec (sqlite3    *db,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
raw_int (const char *path,
         const char *sql)
{
  sqlite3 *db = raw_open (path);
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

static const char *
raw_journal_mode (const char *path)
{
  static char mode[16];
  sqlite3 *db = raw_open (path);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_strlcpy (mode, (const char *) sqlite3_column_text (stmt, 0), sizeof mode);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return mode;
}

/* The first release's schema, written as it wrote it. */
static void
write_v1 (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = raw_open (path);
  raw_exec (db,
            "PRAGMA user_version = 1;"
            "CREATE TABLE entry (id INTEGER PRIMARY KEY, time INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '');"
            "CREATE TABLE mark (entry INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,"
            "  region TEXT NOT NULL, kind TEXT NOT NULL,"
            "  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),"
            "  PRIMARY KEY (entry, region, kind)) WITHOUT ROWID;"
            "CREATE INDEX entry_time ON entry(time);"
            "INSERT INTO entry VALUES (1, 1767225600, 'old one');"
            "INSERT INTO entry VALUES (5, 1767139200, 'older');"
            "INSERT INTO mark VALUES (1, 'knee-lateral-left', 'pain', 6);"
            "INSERT INTO mark VALUES (1, 'knee-lateral-left', 'numbness', 2);"
            "INSERT INTO mark VALUES (5, 'calf-lateral-lower-left', 'pain', 9);");
  sqlite3_close (db);
}

static void
test_migrate_v1 (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(BmJournalEntry) entry = make_entry (T0 + DAY, "new", 3, 0);
  g_autoptr(GError) error = NULL;
  BmJournalEntry *first;

  write_v1 (f->path);
  journal = open_journal (f->path);
  g_assert_null (bm_journal_get_problems (journal));
  g_assert_null (bm_journal_get_set_aside (journal));
  g_assert_cmpint (raw_int (f->path, "PRAGMA user_version"), ==, BM_JOURNAL_SCHEMA_VERSION);
  g_assert_cmpstr (raw_journal_mode (f->path), ==, "wal");
  first = item (journal, 0);
  g_assert_cmpint (bm_journal_entry_get_id (first), ==, 5);
  g_assert_cmpstr (bm_journal_entry_get_note (first), ==, "older");
  g_assert_cmpuint (bm_journal_entry_get_intensity (item (journal, 1), "knee-lateral-left", BM_SYMPTOM_NUMBNESS), ==, 2);

  /* The new fields work on a migrated file. */
  bm_journal_entry_set_flags (entry, BM_FLAG_FEVER);
  bm_journal_entry_add_source (entry, "soleus", BM_SIDE_OF_RIGHT, 55);
  add (journal, entry);
  g_assert_true (bm_journal_set_done (journal, "soleus/stretch/1", 2460000, TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&journal);
  journal = open_journal (f->path);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 3);
  g_assert_cmpint (bm_journal_entry_get_flags (item (journal, 2)), ==, BM_FLAG_FEVER);
  g_assert_cmpuint (bm_journal_entry_get_sources (item (journal, 2))->len, ==, 1);
  g_assert_true (bm_journal_is_done (journal, "soleus/stretch/1", 2460000));
}

/* A write that fails half-way leaves nothing behind, in the file or the
 * model, and says why. */
static void
test_failed_write (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(BmJournalEntry) kept = make_entry (T0, "kept", 3, 0);
  g_autoptr(BmJournalEntry) lost = make_entry (T0 + DAY, "lost", 4, 2);
  g_autoptr(BmJournalEntry) unknown = make_entry (T0 + DAY, "unknown area", 4, 0);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  add (journal, kept);
  g_signal_connect (journal, "items-changed", G_CALLBACK (items_changed_cb), log);
  bm_journal_entry_set_mark (unknown, "no-such-area", BM_SYMPTOM_PAIN, 2);
  g_assert_false (bm_journal_add (journal, unknown, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "no-such-area"));
  g_clear_error (&error);

  /* The sources go in last: without their table, the entry and its marks
   * written before are rolled back. */
  db = raw_open (f->path);
  raw_exec (db, "DROP TABLE source");
  sqlite3_close (db);
  bm_journal_entry_add_source (lost, "soleus", BM_SIDE_OF_LEFT, 50);
  g_assert_false (bm_journal_add (journal, lost, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "source"));
  g_assert_cmpint (bm_journal_entry_get_id (lost), ==, 0);
  g_assert_cmpstr (log->str, ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_cmpint (raw_int (f->path, "SELECT count(*) FROM entry"), ==, 1);
  g_assert_cmpint (raw_int (f->path, "SELECT count(*) FROM mark"), ==, 1);
  g_clear_error (&error);
  g_assert_false (bm_journal_replace (journal, lost, &error));   /* id 0: not in the journal */
  g_assert_error (error, BM_ERROR, BM_ERROR_UNKNOWN);
}

/* An empty file (as touch leaves it) is a new journal, not a damaged one. */
static void
test_empty_file (Fixture      *f,
                 gconstpointer data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(BmJournalEntry) entry = make_entry (T0, "first", 1, 0);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  journal = open_journal (f->path);
  g_assert_null (bm_journal_get_set_aside (journal));
  g_assert_cmpint (raw_int (f->path, "PRAGMA user_version"), ==, BM_JOURNAL_SCHEMA_VERSION);
  add (journal, entry);
  assert_journal (journal, "1@0:first[1,0]");
}

/* ---- Damaged and newer files --------------------------------------------- */

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return g_bytes_new_take (data, length);
}

/* Opens the damaged file at f->path: it is kept aside byte for byte and a
 * new, working journal takes its place. */
static void
assert_set_aside (Fixture *f)
{
  g_autoptr(GBytes) before = read_bytes (f->path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(BmJournalEntry) entry = make_entry (T0, "fresh start", 4, 0);
  g_autofree char *prefix = g_strconcat (f->path, ".damaged-", NULL);
  g_autofree char *taken = NULL;
  const char *aside;

  /* A file already under this second's name is not overwritten. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

    taken = g_strconcat (prefix, stamp, NULL);
    g_assert_true (g_file_set_contents (taken, "keep me", -1, NULL));
  }
  journal = open_journal (f->path);
  aside = bm_journal_get_set_aside (journal);
  g_assert_nonnull (aside);
  g_assert_true (g_str_has_prefix (aside, prefix));
  g_assert_cmpstr (aside, !=, taken);
  after = read_bytes (aside);
  g_assert_true (g_bytes_equal (before, after));
  {
    g_autoptr(GBytes) kept = read_bytes (taken);

    g_assert_cmpmem (g_bytes_get_data (kept, NULL), g_bytes_get_size (kept), "keep me", 7);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 0);
  add (journal, entry);
  assert_journal (journal, "1@0:fresh start[4,0]");
}

static void
test_damaged_random (Fixture      *f,
                     gconstpointer data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  guint8 noise[3000];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_test_rand_int_range (0, 256);
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(GBytes) wal_bytes = NULL;
  g_autofree char *wal_aside = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (f->path, (const char *) noise, sizeof noise, NULL));
  assert_set_aside (f);

  /* Its -wal goes with it. */
  g_assert_true (g_file_set_contents (f->path, (const char *) noise, 1000, NULL));
  g_assert_true (g_file_set_contents (wal, (const char *) noise + 1000, 2000, NULL));
  journal = open_journal (f->path);
  g_assert_nonnull (bm_journal_get_set_aside (journal));
  wal_aside = g_strconcat (bm_journal_get_set_aside (journal), "-wal", NULL);
  wal_bytes = read_bytes (wal_aside);
  g_assert_cmpmem (g_bytes_get_data (wal_bytes, NULL), g_bytes_get_size (wal_bytes), noise + 1000, 2000);
}

/* A real journal cut in half, as a full disk or a bad copy leaves it. */
static void
test_damaged_truncated (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(GBytes) whole = NULL;

  for (guint i = 0; i < 300; i++)
    {
      g_autoptr(BmJournalEntry) entry = make_entry (T0 + i * DAY, "a day with a longer note to fill pages", 1 + i % 10, 1 + i % 7);

      add (journal, entry);
    }
  g_clear_object (&journal);
  whole = read_bytes (f->path);
  g_assert_cmpuint (g_bytes_get_size (whole), >, 8192);
  g_assert_true (g_file_set_contents (f->path, g_bytes_get_data (whole, NULL), g_bytes_get_size (whole) / 2, NULL));
  assert_set_aside (f);
}

static void
test_newer_schema (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *listed = NULL, *listed_after = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) journal = NULL;
  sqlite3 *db;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  db = raw_open (f->path);
  raw_exec (db, "CREATE TABLE entry (id INTEGER PRIMARY KEY, wholly_new TEXT); PRAGMA user_version = 3;");
  sqlite3_close (db);
  before = read_bytes (f->path);
  listed = bm_test_list_dir (dir);
  journal = bm_journal_open (f->path, catalog, &error);
  g_assert_null (journal);
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_nonnull (strstr (error->message, "newer version of Bodymap"));
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  listed_after = bm_test_list_dir (dir);
  g_assert_cmpstr (listed_after, ==, listed);
}

/* A file that cannot be read is an error, and nothing is moved. */
static void
test_unreadable (void)
{
  g_autofree char *dir = NULL, *path = NULL;
  g_autofree char *listed = NULL, *listed_after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) journal = NULL;

  if (!bm_test_run_as_user ())
    return;
  dir = g_dir_make_tmp ("bodymap-journal-XXXXXX", NULL);
  g_assert_nonnull (dir);
  path = g_build_filename (dir, "journal.db", NULL);
  journal = open_journal (path);
  g_clear_object (&journal);
  listed = bm_test_list_dir (dir);
  g_assert_cmpint (g_chmod (path, 0), ==, 0);
  journal = bm_journal_open (path, catalog, &error);
  g_assert_null (journal);
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  g_assert_nonnull (strstr (error->message, path));
  listed_after = bm_test_list_dir (dir);
  g_assert_cmpstr (listed_after, ==, listed);
  g_chmod (path, 0600);
  bm_test_remove_tree (dir);
}

/* Rows this version cannot use are skipped and listed, the rest loads. */
static void
test_bad_rows (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(BmJournalEntry) entry = make_entry (T0, "fine", 5, 4);
  g_autoptr(GError) error = NULL;
  const char *problems;
  sqlite3 *db;

  add (journal, entry);
  g_clear_object (&journal);
  db = raw_open (f->path);
  raw_exec (db,
            "PRAGMA ignore_check_constraints = ON;"
            "INSERT INTO mark VALUES (1, 'foo', 'pain', 3);"
            "INSERT INTO mark VALUES (1, 'foot-dorsum-left', 'ache', 3);"
            "INSERT INTO mark VALUES (1, 'foot-dorsum-right', 'pain', 11);"
            "UPDATE entry SET symptoms = 'fever,dizzy', answers = 'soleus/trp1/left=maybe' WHERE id = 1;"
            "INSERT INTO exercise VALUES ('soleus/dance/1', 2460000);"
            "INSERT INTO entry (id, time) VALUES (7, 999999999999999);"
            "INSERT INTO mark VALUES (7, 'foot-dorsum-left', 'pain', 3);");
  sqlite3_close (db);

  journal = open_journal (f->path);
  problems = bm_journal_get_problems (journal);
  g_assert_nonnull (problems);
  g_assert_nonnull (strstr (problems, "journal.db: entry 1: mark region “foo” is not a known region; skipped"));
  g_assert_nonnull (strstr (problems, "journal.db: entry 1: mark of region “foot-dorsum-left”: kind “ache”"));
  g_assert_nonnull (strstr (problems, "entry 1: mark of region “foot-dorsum-right”: the intensity"));
  g_assert_nonnull (strstr (problems, "entry 1: symptom “dizzy” is not known"));
  g_assert_nonnull (strstr (problems, "entry 1: answer “soleus/trp1/left=maybe”"));
  g_assert_nonnull (strstr (problems, "exercise log: the tick of “soleus/dance/1”"));
  g_assert_nonnull (strstr (problems, "journal.db: entry 7: the time is not a date from the year 1 to 9999; skipped"));
  {
    g_auto(GStrv) lines = g_strsplit (problems, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 7);
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_true (bm_journal_entry_equal (item (journal, 0), entry));
  g_assert_cmpint (bm_journal_entry_get_flags (item (journal, 0)), ==, BM_FLAG_FEVER);
  g_assert_cmpuint (bm_journal_get_techniques (journal)->len, ==, 0);
  g_clear_object (&journal);

  /* Without a catalog, any region id is kept. */
  journal = bm_journal_open (f->path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bm_journal_entry_get_intensity (item (journal, 0), "foo", BM_SYMPTOM_PAIN), ==, 3);
}

/* ---- Two users of one file ----------------------------------------------- */

typedef struct {
  const char *path;
  gint64      time;
} WriterData;

/* A second connection (as the CLI is) adds an entry. */
static gpointer
writer_thread (gpointer user_data)
{
  WriterData *w = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) other = bm_journal_open (w->path, catalog, &error);
  g_autoptr(BmJournalEntry) entry = make_entry (w->time, "from the other one", 9, 0);

  g_assert_no_error (error);
  g_assert_true (bm_journal_add (other, entry, &error));
  g_assert_no_error (error);
  return NULL;
}

/* Holds the write lock for a while, then lets go. */
static gpointer
locker_thread (gpointer user_data)
{
  sqlite3 *db = user_data;

  g_usleep (300 * 1000);
  raw_exec (db, "COMMIT");
  return NULL;
}

static void
test_busy (Fixture      *f,
           gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(BmJournalEntry) first = make_entry (T0 + DAY, "first", 2, 0);
  g_autoptr(BmJournalEntry) waited = make_entry (T0 + 2 * DAY, "waited", 3, 0);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  WriterData w = { f->path, T0 };
  GThread *thread;
  gboolean changed = TRUE;
  sqlite3 *reader, *locker;
  gint64 start;

  add (journal, first);
  g_assert_true (bm_journal_reload (journal, &changed, &error));
  g_assert_false (changed);

  /* A reader in the middle of a read does not stop the other writer. */
  reader = raw_open (f->path);
  raw_exec (reader, "BEGIN; SELECT count(*) FROM entry;");
  thread = g_thread_new ("writer", writer_thread, &w);
  g_thread_join (thread);
  raw_exec (reader, "COMMIT");
  sqlite3_close (reader);

  g_signal_connect (journal, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_assert_true (bm_journal_reload (journal, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  g_assert_cmpstr (log->str, ==, "0-1+2 ");
  g_assert_cmpstr (bm_journal_entry_get_note (item (journal, 0)), ==, "from the other one");
  g_assert_true (bm_journal_reload (journal, &changed, &error));
  g_assert_false (changed);

  /* A writer holding the lock makes a write wait, not fail. */
  locker = raw_open (f->path);
  raw_exec (locker, "BEGIN IMMEDIATE; DELETE FROM exercise;");
  thread = g_thread_new ("locker", locker_thread, locker);
  start = g_get_monotonic_time ();
  add (journal, waited);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 200 * 1000);
  g_thread_join (thread);
  sqlite3_close (locker);
  assert_journal (journal, "2@0:from the other one[9,0]; 1@1:first[2,0]; 3@2:waited[3,0]");
}

/* The headless command adds an entry while the app's journal is open and
 * another connection is in the middle of a read; the app sees it on reload. */
static void
test_busy_cli (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(BmJournalEntry) first = make_entry (T0, "in the app", 2, 0);
  g_auto(BmTestRun) run = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *old_home = g_strdup (g_getenv ("XDG_DATA_HOME"));
  const char *exe = g_getenv ("BODYMAP_EXE");
  BmJournalEntry *added;
  gboolean changed = FALSE;
  gint64 id;
  sqlite3 *reader;

  if (exe == NULL || !g_file_test (exe, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("BODYMAP_EXE is not set");
      return;
    }
  add (journal, first);
  reader = raw_open (f->path);
  raw_exec (reader, "BEGIN; SELECT count(*) FROM mark;");
  g_setenv ("XDG_DATA_HOME", f->dir, TRUE);   /* the command's journal is f->path */
  bm_test_run_bodymap (&run, "--journal-add", "--pain=knee-lateral-left:6", "--note=from the command line",
                       "--date=2026-01-02T09:30", NULL);
  g_setenv ("XDG_DATA_HOME", old_home, TRUE);
  raw_exec (reader, "COMMIT");
  sqlite3_close (reader);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  id = g_ascii_strtoll (run.out, NULL, 10);
  g_assert_cmpint (id, ==, 2);

  g_assert_true (bm_journal_reload (journal, &changed, &error));
  g_assert_no_error (error);
  g_assert_true (changed);
  added = bm_journal_lookup (journal, id);
  g_assert_nonnull (added);
  g_assert_cmpstr (bm_journal_entry_get_note (added), ==, "from the command line");
  g_assert_cmpuint (bm_journal_entry_get_intensity (added, "knee-lateral-left", BM_SYMPTOM_PAIN), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 2);
}

/* ---- Import ---------------------------------------------------------------- */

static void
test_import (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(BmJournalEntry) have = make_entry (T0, "have", 5, 0);
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  guint n_added = 99, n_skipped = 99;
  BmJournalEntry *bad;

  add (journal, have);
  g_ptr_array_add (batch, make_entry (T0 + DAY, "new one", 4, 4));
  g_ptr_array_add (batch, make_entry (T0, "have", 5, 0));             /* already there */
  g_ptr_array_add (batch, make_entry (T0 + 2 * DAY, "another", 0, 2));
  bad = make_entry (T0 + 3 * DAY, "bad", 0, 0);
  bm_journal_entry_set_mark (bad, "no-such-area", BM_SYMPTOM_PAIN, 3);
  g_ptr_array_add (batch, bad);
  g_assert_false (bm_journal_import (journal, batch, &n_added, &n_skipped, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "entry 4"));
  g_assert_nonnull (strstr (error->message, "no-such-area"));
  g_clear_error (&error);
  assert_journal (journal, "1@0:have[5,0]");

  g_ptr_array_remove_index (batch, 3);
  g_assert_true (bm_journal_import (journal, batch, &n_added, &n_skipped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_added, ==, 2);
  g_assert_cmpuint (n_skipped, ==, 1);
  assert_journal (journal, "1@0:have[5,0]; 2@1:new one[4,4]; 3@2:another[0,2]");

  /* Importing the same again adds nothing. */
  g_assert_true (bm_journal_import (journal, batch, &n_added, &n_skipped, &error));
  g_assert_cmpuint (n_added, ==, 0);
  g_assert_cmpuint (n_skipped, ==, 3);
}

/* ---- The exercise log ------------------------------------------------------ */

static void
count_cb (BmJournal *journal,
          guint     *count)
{
  (*count)++;
}

static void
test_technique_keys (void)
{
  const BmMuscle *soleus = bm_atlas_lookup (atlas, "soleus");
  const BmMuscle *muscle = NULL;
  static const char *bad[] = {
    "soleus/stretch/0", "soleus/stretch/01", "soleus/stretch/999", "soleus/stretch/+1", "soleus/stretch/1/",
    "soleus/stretch/1x", "soleus/stretch/", "soleus/walk/1", "nobody/stretch/1", "/stretch/1", "soleus", "",
    "soleus/stretch/99999999999999999999",
  };
  g_autofree char *key = NULL, *release = NULL;

  g_assert_cmpuint (soleus->stretches->len, >, 0);
  g_assert_cmpuint (soleus->releases->len, >, 0);
  key = bm_technique_key (soleus, soleus->stretches->pdata[0]);
  g_assert_cmpstr (key, ==, "soleus/stretch/1");
  release = bm_technique_key (soleus, soleus->releases->pdata[soleus->releases->len - 1]);
  g_assert_true (bm_technique_key_lookup (atlas, release, &muscle) ==
                 soleus->releases->pdata[soleus->releases->len - 1]);
  g_assert_true (muscle == soleus);
  g_assert_true (bm_technique_key_lookup (atlas, key, NULL) == soleus->stretches->pdata[0]);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    g_assert_null (bm_technique_key_lookup (atlas, bad[i], NULL));
}

static void
test_exercise (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(GError) error = NULL;
  guint32 today = bm_journal_today ();
  guint changes = 0;
  GPtrArray *techniques;

  g_assert_true (g_date_valid_julian (today));
  g_signal_connect (journal, "exercise-changed", G_CALLBACK (count_cb), &changes);
  g_assert_true (bm_journal_set_done (journal, "soleus/stretch/1", today, TRUE, &error));
  g_assert_true (bm_journal_set_done (journal, "soleus/stretch/1", today - 2, TRUE, &error));
  g_assert_true (bm_journal_set_done (journal, "gastrocnemius/release/2", today, TRUE, &error));
  g_assert_true (bm_journal_set_done (journal, "gastrocnemius/release/2", today - 5, TRUE, &error));
  g_assert_true (bm_journal_set_done (journal, "soleus/stretch/1", today, TRUE, &error));   /* no change */
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 4);
  g_assert_false (bm_journal_set_done (journal, "soleus/stretch/0", today, TRUE, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (changes, ==, 4);

  g_clear_object (&journal);
  journal = open_journal (f->path);
  techniques = bm_journal_get_techniques (journal);
  g_assert_cmpuint (techniques->len, ==, 2);
  g_assert_cmpstr (techniques->pdata[0], ==, "gastrocnemius/release/2");
  g_assert_cmpstr (techniques->pdata[1], ==, "soleus/stretch/1");
  g_assert_true (bm_journal_is_done (journal, "soleus/stretch/1", today - 2));
  g_assert_false (bm_journal_is_done (journal, "soleus/stretch/1", today - 1));
  g_assert_cmpuint (bm_journal_count_done (journal, "soleus/stretch/1", today - 6, today), ==, 2);
  g_assert_cmpuint (bm_journal_count_done (journal, NULL, today - 6, today), ==, 3);
  g_assert_cmpuint (bm_journal_count_done (journal, NULL, today - 4, today - 1), ==, 1);
  g_assert_cmpuint (bm_journal_count_done (journal, "nobody/stretch/1", today - 6, today), ==, 0);

  g_signal_connect (journal, "exercise-changed", G_CALLBACK (count_cb), &changes);
  g_assert_true (bm_journal_set_done (journal, "soleus/stretch/1", today, FALSE, &error));
  g_assert_true (bm_journal_set_done (journal, "gastrocnemius/release/2", today, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes, ==, 6);
  g_assert_cmpuint (bm_journal_count_done (journal, NULL, today, today), ==, 0);
  g_clear_object (&journal);
  journal = open_journal (f->path);
  g_assert_false (bm_journal_is_done (journal, "soleus/stretch/1", today));
  g_assert_cmpuint (bm_journal_count_done (journal, NULL, 0, G_MAXUINT32 - 1), ==, 2);
}

/* The default path is in the user's data folder. */
static void
test_default_path (void)
{
  g_autofree char *path = bm_journal_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "bodymap", "journal.db", NULL);
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (path, ==, expected);
  /* The temporary data folder main() set, never the real one. */
  g_assert_true (g_str_has_prefix (path, g_getenv ("XDG_DATA_HOME")));
  g_assert_true (g_str_has_prefix (path, g_get_tmp_dir ()));
  journal = bm_journal_open (NULL, catalog, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bm_journal_get_path (journal), ==, path);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* Use Current Marks: an entry's marks, symptoms, answers and sources become
 * the session's, none of the old ones stay, and its id, time and note do;
 * the journal keeps the change. */
static void
test_set_from_session (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(BmJournal) journal = open_journal (f->path);
  g_autoptr(BmJournal) again = NULL;
  g_autoptr(BmJournalEntry) entry = make_entry (T0 + DAY, "after the run", 6, 4);
  g_autoptr(BmJournalEntry) copy = NULL;
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autoptr(GError) error = NULL;
  const BmRanking *ranking;
  BmJournalEntry *stored;
  GArray *sources;

  bm_journal_entry_set_flags (entry, BM_FLAG_NIGHT_PAIN);
  bm_journal_entry_set_answer (entry, "soleus/trp1/left", BM_CONFIRM_REPRODUCES);
  bm_journal_entry_add_source (entry, "soleus", BM_SIDE_OF_LEFT, 80);
  add (journal, entry);

  bm_pain_map_set_mark (bm_session_get_pain_map (session),
                        bm_region_catalog_lookup (catalog, "hip-lateral-right")->index, BM_SYMPTOM_PAIN, 5);
  bm_session_set_confirm (session, "soleus", "trp1", BM_MUSCLE_RIGHT, BM_CONFIRM_NOT_TENDER);
  copy = bm_journal_entry_copy (entry);
  bm_journal_entry_set_from_session (copy, session);

  g_assert_cmpint (bm_journal_entry_get_id (copy), ==, bm_journal_entry_get_id (entry));
  g_assert_cmpint (bm_journal_entry_get_time (copy), ==, T0 + DAY);
  g_assert_cmpstr (bm_journal_entry_get_note (copy), ==, "after the run");
  g_assert_cmpuint (bm_journal_entry_get_marks (copy)->len, ==, 1);
  g_assert_cmpuint (bm_journal_entry_get_intensity (copy, "hip-lateral-right", BM_SYMPTOM_PAIN), ==, 5);
  g_assert_cmpuint (bm_journal_entry_get_intensity (copy, "knee-lateral-left", BM_SYMPTOM_PAIN), ==, 0);
  g_assert_cmpint (bm_journal_entry_get_flags (copy), ==, 0);
  g_assert_cmpuint (g_hash_table_size (bm_journal_entry_get_answers (copy)), ==, 1);
  g_assert_cmpint (GPOINTER_TO_INT (g_hash_table_lookup (bm_journal_entry_get_answers (copy),
                                                         "soleus/trp1/right")), ==, BM_CONFIRM_NOT_TENDER);
  ranking = bm_session_get_ranking (session);
  sources = bm_journal_entry_get_sources (copy);
  g_assert_cmpuint (sources->len, ==, MIN (ranking->candidates->len, BM_JOURNAL_N_SOURCES));
  g_assert_cmpuint (sources->len, >, 0);
  for (guint i = 0; i < sources->len; i++)
    g_assert_cmpstr (g_array_index (sources, BmJournalSource, i).muscle, ==,
                     ((const BmCandidate *) ranking->candidates->pdata[i])->muscle->id);
  /* The entry in the journal is not changed in place. */
  g_assert_cmpuint (bm_journal_entry_get_intensity (entry, "knee-lateral-left", BM_SYMPTOM_PAIN), ==, 6);

  g_assert_true (bm_journal_replace (journal, copy, &error));
  g_assert_no_error (error);
  again = open_journal (f->path);
  stored = bm_journal_lookup (again, bm_journal_entry_get_id (entry));
  g_assert_nonnull (stored);
  g_assert_true (bm_journal_entry_equal (stored, copy));
  g_assert_cmpuint (bm_journal_entry_get_n_areas (stored), ==, 1);
  g_assert_cmpuint (g_hash_table_size (bm_journal_entry_get_answers (stored)), ==, 1);

  /* An empty map leaves no marks and no sources. */
  bm_pain_map_clear (bm_session_get_pain_map (session));
  bm_journal_entry_set_from_session (copy, session);
  g_assert_cmpuint (bm_journal_entry_get_marks (copy)->len, ==, 0);
  g_assert_cmpuint (bm_journal_entry_get_sources (copy)->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  /* Nothing here may touch the real home (a subprocess inherits it). */
  if (!g_test_subprocess ())
    {
      data_home = g_dir_make_tmp ("bodymap-journal-home-XXXXXX", NULL);
      g_setenv ("XDG_DATA_HOME", data_home, TRUE);
    }
  atlas = bm_test_load_atlas ();
  catalog = bm_atlas_get_catalog (atlas);

#define ADD(name, func) g_test_add ("/journal/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-edit-remove-undo", test_add_edit_remove_undo);
  ADD ("failed-write", test_failed_write);
  ADD ("persistence", test_persistence);
  ADD ("migrate-v1", test_migrate_v1);
  ADD ("empty-file", test_empty_file);
  ADD ("damaged-random", test_damaged_random);
  ADD ("damaged-truncated", test_damaged_truncated);
  ADD ("newer-schema", test_newer_schema);
  ADD ("bad-rows", test_bad_rows);
  ADD ("busy", test_busy);
  ADD ("busy-cli", test_busy_cli);
  ADD ("import", test_import);
  ADD ("exercise", test_exercise);
  ADD ("set-from-session", test_set_from_session);
#undef ADD
  g_test_add_func ("/journal/unreadable", test_unreadable);
  g_test_add_func ("/journal/session", test_session);
  g_test_add_func ("/journal/technique-keys", test_technique_keys);
  g_test_add_func ("/journal/default-path", test_default_path);

  status = g_test_run ();
  g_object_unref (atlas);
  if (data_home != NULL)
    bm_test_remove_tree (data_home);
  return status;
}
