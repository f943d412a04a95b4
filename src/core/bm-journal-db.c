/* bm-journal-db.c: the journal's SQLite database
 *
 * Opening: a file SQLite cannot read as a database, or one that fails
 * PRAGMA integrity_check, is renamed aside with its -wal and -shm (never
 * over an existing file) and a new journal is started. A busy or
 * unreadable file, or one of a newer schema, is an error and stays where
 * it is, and so is a file whose tables are not a journal's. Older schemas
 * are migrated, each in one transaction. The writes here run inside the
 * caller's transaction. Loading is in bm-journal-db-load.c.
 *
 * Schema 2 (PRAGMA user_version):
 *   entry (id, time: Unix seconds, note, symptoms: "fever,night-pain",
 *          answers: "muscle/tp/side=reproduces;…")
 *   mark (entry, region, kind: pain|numbness, intensity 1–10)
 *   source (entry, rank from 1, muscle, side: left|right|either, score 0–100)
 *   exercise (technique: "muscle/stretch/N", day: Julian day)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-ids.h"
#include "bm-journal-private.h"

#define BUSY_TIMEOUT_MS 5000

/* Schema 1: the first design, entries and their marks only. */
static const char schema_v1[] =
  "CREATE TABLE entry (id INTEGER PRIMARY KEY, time INTEGER NOT NULL,"
  "  note TEXT NOT NULL DEFAULT '');"
  "CREATE TABLE mark (entry INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,"
  "  region TEXT NOT NULL, kind TEXT NOT NULL,"
  "  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 1 AND 10),"
  "  PRIMARY KEY (entry, region, kind)) WITHOUT ROWID;"
  "CREATE INDEX entry_time ON entry(time);";

/* From 1 to 2: the symptoms, answers, sources and the exercise log. */
static const char migrate_v1_v2[] =
  "ALTER TABLE entry ADD COLUMN symptoms TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE entry ADD COLUMN answers TEXT NOT NULL DEFAULT '';"
  "CREATE TABLE source (entry INTEGER NOT NULL REFERENCES entry(id) ON DELETE CASCADE,"
  "  rank INTEGER NOT NULL, muscle TEXT NOT NULL, side TEXT NOT NULL, score REAL NOT NULL,"
  "  PRIMARY KEY (entry, rank)) WITHOUT ROWID;"
  "CREATE TABLE exercise (technique TEXT NOT NULL, day INTEGER NOT NULL,"
  "  PRIMARY KEY (technique, day)) WITHOUT ROWID;"
  "CREATE INDEX IF NOT EXISTS entry_time ON entry(time);";

void
bm_journal_db_set_error (GError     **error,
                         sqlite3     *db,
                         const char  *what)
{
  g_autofree char *reason = bm_journal_db_message (db);

  g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s: %s", what, reason);
}

/* SQLite's message, which may quote the file's own schema: valid UTF-8,
 * at most 200 characters. */
char *
bm_journal_db_message (sqlite3 *db)
{
  g_autofree char *valid = g_utf8_make_valid (db != NULL ? sqlite3_errmsg (db) : "", -1);

  if (g_utf8_strlen (valid, -1) <= 200)
    return g_steal_pointer (&valid);
  *g_utf8_offset_to_pointer (valid, 200) = '\0';
  return g_strconcat (valid, "…", NULL);
}

static gboolean
exec (sqlite3     *db,
      const char  *sql,
      const char  *path,
      GError     **error)
{
  g_autofree char *what = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;
  what = g_strdup_printf (_("cannot write the journal %s"), path);
  bm_journal_db_set_error (error, db, what);
  return FALSE;
}

gboolean
bm_journal_db_begin (sqlite3  *db,
                     GError  **error)
{
  return exec (db, "BEGIN IMMEDIATE", sqlite3_db_filename (db, "main"), error);
}

gboolean
bm_journal_db_commit (sqlite3  *db,
                      GError  **error)
{
  if (exec (db, "COMMIT", sqlite3_db_filename (db, "main"), error))
    return TRUE;
  bm_journal_db_rollback (db);
  return FALSE;
}

void
bm_journal_db_rollback (sqlite3 *db)
{
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
}

static gboolean
pragma_int (sqlite3     *db,
            const char  *sql,
            gint64      *value,
            int         *rc)
{
  sqlite3_stmt *stmt = NULL;

  *rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *value = sqlite3_column_int64 (stmt, 0);
      *rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  return *rc == SQLITE_OK;
}

gboolean
bm_journal_db_data_version (sqlite3  *db,
                            gint64   *version,
                            GError  **error)
{
  g_autofree char *what = NULL;
  int rc;

  if (pragma_int (db, "PRAGMA data_version", version, &rc))
    return TRUE;
  what = g_strdup_printf (_("cannot read the journal %s"), sqlite3_db_filename (db, "main"));
  bm_journal_db_set_error (error, db, what);
  return FALSE;
}

/* ---- Opening ------------------------------------------------------------- */

typedef enum { OPEN_OK, OPEN_DAMAGED, OPEN_FAILED } OpenResult;

static gboolean
is_damage (int rc)
{
  rc &= 0xff;
  return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT;
}

/* "ok", or the first problem integrity_check finds (NULL if it could not run). */
static char *
integrity_check (sqlite3 *db,
                 int     *rc)
{
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  /* A row breaking a CHECK (an intensity of 11) is one bad row, skipped
   * when loading, not a damaged file. */
  sqlite3_exec (db, "PRAGMA ignore_check_constraints = ON", NULL, NULL, NULL);
  *rc = sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL);
  if (*rc == SQLITE_OK && (*rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      *rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  sqlite3_exec (db, "PRAGMA ignore_check_constraints = OFF", NULL, NULL, NULL);
  return result;
}

static OpenResult
fail (sqlite3     *db,
      int          rc,
      const char  *path,
      GError     **error)
{
  g_autofree char *what = NULL;

  if (is_damage (rc))
    return OPEN_DAMAGED;
  what = g_strdup_printf (_("cannot open the journal %s"), path);
  if (db != NULL)
    bm_journal_db_set_error (error, db, what);
  else
    g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s: %s", what, sqlite3_errstr (rc));
  return OPEN_FAILED;
}

/* Opens @path and checks it; *db is set whatever the result. */
static OpenResult
open_checked (const char  *path,
              sqlite3    **db,
              gint64      *version,
              GError     **error)
{
  g_autofree char *check = NULL;
  int rc;

  rc = sqlite3_open_v2 (path, db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL);
  if (rc != SQLITE_OK)
    return fail (*db, rc, path, error);
  sqlite3_extended_result_codes (*db, 1);
  /* The file may come from anywhere: no schema tricks, no functions with
   * side effects in it. */
  sqlite3_db_config (*db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (*db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_busy_timeout (*db, BUSY_TIMEOUT_MS);
  /* Until it is known to be whole, closing must not fold a WAL into the file. */
  sqlite3_db_config (*db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  if (!pragma_int (*db, "PRAGMA user_version", version, &rc))
    return fail (*db, rc, path, error);
  if (*version < 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, _("%s is not a Bodymap journal: its schema version is "
                                                        "%lld"), path, (long long) *version);
      return OPEN_FAILED;
    }
  if (*version > BM_JOURNAL_SCHEMA_VERSION)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   _("the journal %s was made by a newer version of Bodymap (schema %lld; this version "
                     "reads up to %d)"), path, (long long) *version, BM_JOURNAL_SCHEMA_VERSION);
      return OPEN_FAILED;
    }
  check = integrity_check (*db, &rc);
  if (check == NULL)
    return fail (*db, rc, path, error);
  if (!g_str_equal (check, "ok"))
    return OPEN_DAMAGED;
  sqlite3_db_config (*db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, NULL);
  return OPEN_OK;
}

/* Renames @from to @to unless @to exists: a hard link, then the old name
 * removed; a plain rename after a check where links are not supported.
 * On failure errno says why. */
static gboolean
rename_no_replace (const char *from,
                   const char *to)
{
  int saved;

  if (link (from, to) == 0)
    {
      if (g_unlink (from) == 0)
        return TRUE;
      saved = errno;
      g_unlink (to);
      errno = saved;
      return FALSE;
    }
  if (errno == EEXIST)
    return FALSE;
  if (g_file_test (to, G_FILE_TEST_EXISTS))
    {
      errno = EEXIST;
      return FALSE;
    }
  return g_rename (from, to) == 0;
}

/* Moves the damaged @path (and its -wal, -shm) to
 * PATH.damaged-YYYYMMDD-HHMMSS[-N]; returns the new path. */
static char *
set_aside (const char  *path,
           GError     **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *to = n == 1 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                                   : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, n);
      g_autofree char *to_wal = g_strconcat (to, "-wal", NULL);
      g_autofree char *to_shm = g_strconcat (to, "-shm", NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      if (g_file_test (to, G_FILE_TEST_EXISTS) || g_file_test (to_wal, G_FILE_TEST_EXISTS) ||
          g_file_test (to_shm, G_FILE_TEST_EXISTS))
        continue;
      if (!rename_no_replace (path, to))
        {
          if (errno == EEXIST)
            continue;
          g_set_error (error, BM_ERROR, BM_ERROR_IO,
                       _("the journal %s is damaged and cannot be moved aside: %s"), path, g_strerror (errno));
          return NULL;
        }
      if (g_file_test (wal, G_FILE_TEST_EXISTS))
        rename_no_replace (wal, to_wal);
      if (g_file_test (shm, G_FILE_TEST_EXISTS))
        rename_no_replace (shm, to_shm);
      return g_steal_pointer (&to);
    }
  g_set_error (error, BM_ERROR, BM_ERROR_IO, _("the journal %s is damaged and cannot be moved aside"), path);
  return NULL;
}

static gboolean
migrate (sqlite3     *db,
         gint64       version,
         const char  *path,
         GError     **error)
{
  g_autofree char *sql = NULL;

  if (version == BM_JOURNAL_SCHEMA_VERSION)
    return TRUE;
  sql = g_strdup_printf ("%s%s PRAGMA user_version = %d;", version == 0 ? schema_v1 : "", migrate_v1_v2,
                         BM_JOURNAL_SCHEMA_VERSION);
  if (!bm_journal_db_begin (db, error))
    return FALSE;
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      g_autofree char *reason = bm_journal_db_message (db);

      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   _("the journal %s cannot be updated from schema %lld: %s"), path, (long long) version, reason);
      bm_journal_db_rollback (db);
      return FALSE;
    }
  return bm_journal_db_commit (db, error);
}

/* The columns each schema reads, table by table. */
static const struct {
  gint64      since;
  const char *table;
  const char *columns[6];
} schema_columns[] = {
  { 1, "entry", { "id", "time", "note" } },
  { 1, "mark", { "entry", "region", "kind", "intensity" } },
  { 2, "entry", { "symptoms", "answers" } },
  { 2, "source", { "entry", "rank", "muscle", "side", "score" } },
  { 2, "exercise", { "technique", "day" } },
};

static gboolean
has_columns (sqlite3     *db,
             const char  *table,
             const char **columns)
{
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT name FROM pragma_table_info(?)", -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_hash_table_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);
  for (guint i = 0; i < 6 && columns[i] != NULL; i++)
    if (!g_hash_table_contains (names, columns[i]))
      return FALSE;
  return TRUE;
}

/* The tables and columns of schema @version are there, and nothing runs
 * behind a read or a write (no views or triggers): a file made or edited
 * elsewhere is refused before anything in it changes. */
static gboolean
check_schema (sqlite3     *db,
              gint64       version,
              const char  *path,
              GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;

  ok = sqlite3_prepare_v2 (db, "SELECT count(*) FROM sqlite_master WHERE type IN ('view', 'trigger')", -1, &stmt,
                           NULL) == SQLITE_OK &&
       sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int64 (stmt, 0) == 0;
  sqlite3_finalize (stmt);
  for (guint i = 0; ok && i < G_N_ELEMENTS (schema_columns); i++)
    if (schema_columns[i].since <= version)
      ok = has_columns (db, schema_columns[i].table, (const char **) schema_columns[i].columns);
  if (ok)
    return TRUE;
  g_set_error (error, BM_ERROR, BM_ERROR_INVALID, _("%s is not a Bodymap journal: its tables are not the "
                                                    "journal’s"), path);
  return FALSE;
}

static sqlite3 *
open_and_migrate (const char  *path,
                  OpenResult  *result,
                  GError     **error)
{
  sqlite3 *db = NULL;
  gint64 version = 0;

  *result = open_checked (path, &db, &version, error);
  /* WAL mode changes the file: only once it is known to be a journal. */
  if (*result == OPEN_OK &&
      (!check_schema (db, version, path, error) || !exec (db, "PRAGMA foreign_keys = ON", path, error) ||
       !migrate (db, version, path, error) || !check_schema (db, BM_JOURNAL_SCHEMA_VERSION, path, error) ||
       !exec (db, "PRAGMA journal_mode = WAL", path, error)))
    *result = OPEN_FAILED;
  if (*result == OPEN_OK)
    return db;
  sqlite3_close (db);
  return NULL;
}

sqlite3 *
bm_journal_db_open (const char  *path,
                    char       **aside,
                    GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  OpenResult result;
  sqlite3 *db;

  *aside = NULL;
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot create the folder %s for the journal: %s"), dir,
                   g_strerror (errno));
      return NULL;
    }
  db = open_and_migrate (path, &result, error);
  if (result != OPEN_DAMAGED)
    return db;
  if ((*aside = set_aside (path, error)) == NULL)
    return NULL;
  db = open_and_migrate (path, &result, error);
  if (result == OPEN_DAMAGED)
    g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot start a new journal at %s"), path);
  if (db == NULL)
    /* Translators: %s is where the damaged journal went; an error follows. */
    g_prefix_error (error, _("the damaged journal was moved to %s, but "), *aside);
  return db;
}

/* ---- Writing ------------------------------------------------------------- */

static char *
symptoms_text (BmFlags flags)
{
  GString *text = g_string_new (NULL);

  for (guint bit = 1; bm_flag_get_id (bit) != NULL; bit <<= 1)
    if (flags & bit)
      g_string_append_printf (text, "%s%s", text->len > 0 ? "," : "", bm_flag_get_id (bit));
  return g_string_free (text, FALSE);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b,
              gpointer      unused)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

static char *
answers_text (GHashTable *answers)
{
  g_autofree gpointer *keys = (gpointer *) g_hash_table_get_keys_as_array (answers, NULL);
  guint n = g_hash_table_size (answers);
  GString *text = g_string_new (NULL);

  g_qsort_with_data (keys, n, sizeof (gpointer), compare_keys, NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, "%s%s=%s", i > 0 ? ";" : "", (char *) keys[i],
                            bm_confirm_get_id (GPOINTER_TO_INT (g_hash_table_lookup (answers, keys[i]))));
  return g_string_free (text, FALSE);
}

static gboolean
write_failed (sqlite3       *db,
              sqlite3_stmt  *stmt,
              GError       **error)
{
  g_autofree char *what = g_strdup_printf (_("cannot write the journal %s"), sqlite3_db_filename (db, "main"));

  bm_journal_db_set_error (error, db, what);
  sqlite3_finalize (stmt);
  return FALSE;
}

/* Runs @stmt, bound, to its end and finalizes it. */
static gboolean
step_done (sqlite3       *db,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    return write_failed (db, stmt, error);
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Binds the columns after the entry's id (the first) of row @i. */
typedef void (*BindRowFunc) (sqlite3_stmt   *stmt,
                             BmJournalEntry *entry,
                             guint           i);

static void
bind_mark (sqlite3_stmt   *stmt,
           BmJournalEntry *entry,
           guint           i)
{
  const BmJournalMark *mark = &g_array_index (entry->marks, BmJournalMark, i);

  sqlite3_bind_text (stmt, 2, mark->region, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, bm_symptom_get_id (mark->symptom), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 4, (int) mark->intensity);
}

static void
bind_source (sqlite3_stmt   *stmt,
             BmJournalEntry *entry,
             guint           i)
{
  const BmJournalSource *source = &g_array_index (entry->sources, BmJournalSource, i);

  sqlite3_bind_int (stmt, 2, (int) i + 1);
  sqlite3_bind_text (stmt, 3, source->muscle, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, bm_candidate_side_get_id (source->side), -1, SQLITE_STATIC);
  sqlite3_bind_double (stmt, 5, source->score);
}

/* @n rows of @entry by @sql, whose first column is the entry's id. */
static gboolean
insert_rows (sqlite3         *db,
             const char      *sql,
             BmJournalEntry  *entry,
             guint            n,
             BindRowFunc      bind,
             GError         **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return write_failed (db, stmt, error);
  for (guint i = 0; i < n; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, entry->id);
      bind (stmt, entry, i);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        return write_failed (db, stmt, error);
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

/* Inside a transaction: the entry row, then its marks and sources, with
 * the entry's id if @keep_id, else a new one (*id). entry->id is unchanged. */
gboolean
bm_journal_db_insert (sqlite3         *db,
                      BmJournalEntry  *entry,
                      gboolean         keep_id,
                      gint64          *id,
                      GError         **error)
{
  g_autofree char *symptoms = symptoms_text (entry->flags);
  g_autofree char *answers = answers_text (entry->answers);
  sqlite3_stmt *stmt = NULL;
  gint64 old_id = entry->id;
  gboolean ok;

  if (sqlite3_prepare_v2 (db, "INSERT INTO entry (id, time, note, symptoms, answers) VALUES (?, ?, ?, ?, ?)", -1,
                          &stmt, NULL) != SQLITE_OK)
    return write_failed (db, stmt, error);
  if (keep_id)
    sqlite3_bind_int64 (stmt, 1, entry->id);
  sqlite3_bind_int64 (stmt, 2, entry->time);
  sqlite3_bind_text (stmt, 3, entry->note, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, symptoms, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, answers, -1, SQLITE_STATIC);
  if (!step_done (db, stmt, error))
    return FALSE;
  entry->id = sqlite3_last_insert_rowid (db);
  ok = insert_rows (db, "INSERT INTO mark (entry, region, kind, intensity) VALUES (?, ?, ?, ?)", entry,
                    entry->marks->len, bind_mark, error) &&
       insert_rows (db, "INSERT INTO source (entry, rank, muscle, side, score) VALUES (?, ?, ?, ?, ?)", entry,
                    entry->sources->len, bind_source, error);
  *id = entry->id;
  entry->id = old_id;
  return ok;
}

/* Inside a transaction; its marks and sources go with it. */
gboolean
bm_journal_db_delete (sqlite3  *db,
                      gint64    id,
                      GError  **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "DELETE FROM entry WHERE id = ?", -1, &stmt, NULL) != SQLITE_OK)
    return write_failed (db, stmt, error);
  sqlite3_bind_int64 (stmt, 1, id);
  if (!step_done (db, stmt, error))
    return FALSE;
  if (sqlite3_changes (db) == 1)
    return TRUE;
  g_set_error (error, BM_ERROR, BM_ERROR_UNKNOWN, _("the journal %s has no entry %lld"),
               sqlite3_db_filename (db, "main"), (long long) id);
  return FALSE;
}

/* Inside a transaction. */
gboolean
bm_journal_db_set_done (sqlite3     *db,
                        const char  *technique,
                        guint32      day,
                        gboolean     done,
                        GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  const char *sql = done ? "INSERT OR IGNORE INTO exercise (technique, day) VALUES (?, ?)"
                         : "DELETE FROM exercise WHERE technique = ? AND day = ?";

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return write_failed (db, stmt, error);
  sqlite3_bind_text (stmt, 1, technique, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, day);
  return step_done (db, stmt, error);
}
