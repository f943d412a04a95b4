/* bm-journal-db-load.c: reading the journal's database
 *
 * Every table is read with one statement, in entry id order, and merged;
 * all in one read transaction, a consistent snapshot while another
 * process writes. A row that makes no sense (an unknown kind, symptom or
 * answer, an intensity out of range, a region the catalog does not know)
 * is skipped and described in one line naming the file, the entry and the
 * field; it never fails the whole load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-ids.h"
#include "bm-journal-private.h"
#include "bm-json.h"

/* ---- Loading ------------------------------------------------------------- */

void
bm_journal_data_clear (BmJournalData *data)
{
  g_clear_pointer (&data->entries, g_ptr_array_unref);
  g_clear_pointer (&data->exercise, g_hash_table_unref);
  if (data->problems != NULL)
    g_string_free (g_steal_pointer (&data->problems), TRUE);
}

typedef struct {
  sqlite3         *db;
  const char      *path;
  const char      *name;      /* the file's base name, in problems */
  BmRegionCatalog *catalog;
  BmJournalData   *data;
  GHashTable      *by_id;     /* gint64* → BmJournalEntry*, borrowed */
} Loader;

G_GNUC_PRINTF (3, 4) static void
problem (Loader       *l,
         const gint64 *id,     /* NULL: in the exercise log */
         const char   *format,
         ...)
{
  g_autofree char *text = NULL;
  va_list args;

  if (l->data->n_problems++ >= BM_JOURNAL_MAX_PROBLEMS)
    return;
  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  if (id == NULL)
    /* Translators: %1$s is the journal's file name, %2$s what is wrong in its exercise log. */
    g_string_append_printf (l->data->problems, _("%s: exercise log: %s; skipped\n"), l->name, text);
  else
    /* Translators: %1$s is the journal's file name, %2$s an entry id, %3$s what is wrong. */
    g_string_append_printf (l->data->problems, _("%s: entry %lld: %s; skipped\n"), l->name,
                            (long long) *id, text);
}

/* A text column as valid UTF-8 (NULL as ""). */
static char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  return g_utf8_make_valid (text != NULL ? text : "", -1);
}

static gboolean
prepare (Loader        *l,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  g_autofree char *reason = NULL;

  if (sqlite3_prepare_v2 (l->db, sql, -1, stmt, NULL) == SQLITE_OK)
    return TRUE;
  reason = bm_journal_db_message (l->db);
  g_set_error (error, BM_ERROR, BM_ERROR_INVALID, _("%s is not a Bodymap journal: %s"), l->path, reason);
  return FALSE;
}

static gboolean
finish (Loader        *l,
        sqlite3_stmt  *stmt,
        int            rc,
        GError       **error)
{
  g_autofree char *what = NULL;

  sqlite3_finalize (stmt);
  if (rc == SQLITE_DONE)
    return TRUE;
  what = g_strdup_printf (_("cannot read the journal %s"), l->path);
  bm_journal_db_set_error (error, l->db, what);
  return FALSE;
}

static void
parse_symptoms (Loader         *l,
                BmJournalEntry *entry,
                const char     *text)
{
  g_auto(GStrv) ids = g_strsplit (text, ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BmFlags flag = bm_flag_from_id (ids[i]);
      g_autofree char *quoted = NULL;

      if (flag != 0 || *ids[i] == '\0')
        {
          entry->flags |= flag;
          continue;
        }
      quoted = bm_quote_excerpt (ids[i]);
      problem (l, &entry->id, _("symptom “%s” is not known"), quoted);
    }
}

static void
parse_answers (Loader         *l,
               BmJournalEntry *entry,
               const char     *text)
{
  g_auto(GStrv) items = g_strsplit (text, ";", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      char *eq = strchr (items[i], '=');
      int confirm = eq != NULL ? bm_enum_from_id (BM_TYPE_CONFIRM, eq + 1) : -1;
      g_autofree char *quoted = NULL;

      if (*items[i] == '\0')
        continue;
      if (confirm > BM_CONFIRM_NONE && eq != items[i])
        {
          *eq = '\0';
          bm_journal_entry_set_answer (entry, items[i], confirm);
          continue;
        }
      quoted = bm_quote_excerpt (items[i]);
      /* Translators: do not translate reproduces and not-tender, they are ids. */
      problem (l, &entry->id, _("answer “%s” is not TRIGGER-POINT=reproduces or TRIGGER-POINT=not-tender"),
               quoted);
    }
}

static gboolean
load_entries (Loader  *l,
              GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (l, "SELECT id, time, note, symptoms, answers FROM entry ORDER BY id", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BmJournalEntry *entry;
      const char *symptoms = (const char *) sqlite3_column_text (stmt, 3);
      const char *answers = (const char *) sqlite3_column_text (stmt, 4);
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 time = sqlite3_column_int64 (stmt, 1);

      if (id <= 0)
        {
          problem (l, &id, "%s", _("the id is not a number from 1"));
          continue;
        }
      if (sqlite3_column_type (stmt, 1) != SQLITE_INTEGER || !bm_journal_time_is_valid (time))
        {
          problem (l, &id, "%s", _("the time is not a date from the year 1 to 9999"));
          continue;
        }
      entry = bm_journal_entry_new (time);
      entry->id = id;
      g_free (entry->note);
      entry->note = column_text (stmt, 2);
      g_ptr_array_add (l->data->entries, entry);
      g_hash_table_insert (l->by_id, &entry->id, entry);
      if (symptoms != NULL)
        parse_symptoms (l, entry, symptoms);
      if (answers != NULL)
        parse_answers (l, entry, answers);
    }
  return finish (l, stmt, rc, error);
}

static BmJournalEntry *
entry_of (Loader       *l,
          sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  return g_hash_table_lookup (l->by_id, &id);
}

/* A problem with the mark in the current row, or NULL. */
static char *
check_mark (Loader       *l,
            sqlite3_stmt *stmt,
            int          *symptom,
            gint64       *intensity)
{
  const char *region = (const char *) sqlite3_column_text (stmt, 1);
  const char *kind = (const char *) sqlite3_column_text (stmt, 2);
  g_autofree char *quoted = NULL;

  *symptom = bm_enum_from_id (BM_TYPE_SYMPTOM, kind);
  *intensity = sqlite3_column_int64 (stmt, 3);
  if (region == NULL || *region == '\0')
    return g_strdup (_("a mark has no region"));
  quoted = bm_quote_excerpt (region);
  if (l->catalog != NULL && bm_region_catalog_lookup (l->catalog, region) == NULL)
    return g_strdup_printf (_("mark region “%s” is not a known region"), quoted);
  if (*symptom < 0)
    {
      g_autofree char *quoted_kind = bm_quote_excerpt (kind);

      return g_strdup_printf (_("mark of region “%s”: kind “%s” is not pain or numbness"), quoted, quoted_kind);
    }
  if (sqlite3_column_type (stmt, 3) != SQLITE_INTEGER || *intensity < BM_INTENSITY_MIN ||
      *intensity > BM_INTENSITY_MAX)
    return g_strdup_printf (_("mark of region “%s”: the intensity is not a whole number from %d to %d"), quoted,
                            BM_INTENSITY_MIN, BM_INTENSITY_MAX);
  return NULL;
}

static gboolean
load_marks (Loader  *l,
            GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (l, "SELECT entry, region, kind, intensity FROM mark ORDER BY entry", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BmJournalEntry *entry = entry_of (l, stmt);
      g_autofree char *wrong = NULL;
      BmJournalMark mark;
      gint64 intensity;
      int symptom;

      if (entry == NULL)
        continue;   /* of no entry: foreign keys forbid it */
      if ((wrong = check_mark (l, stmt, &symptom, &intensity)) != NULL)
        {
          problem (l, &entry->id, "%s", wrong);
          continue;
        }
      mark = (BmJournalMark) { g_intern_string ((const char *) sqlite3_column_text (stmt, 1)), symptom,
                               (guint) intensity };
      g_array_append_val (entry->marks, mark);
    }
  return finish (l, stmt, rc, error);
}

static gboolean
load_sources (Loader  *l,
              GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (l, "SELECT entry, muscle, side, score FROM source ORDER BY entry, rank", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      BmJournalEntry *entry = entry_of (l, stmt);
      const char *muscle = (const char *) sqlite3_column_text (stmt, 1);
      int side = bm_enum_from_id (BM_TYPE_CANDIDATE_SIDE, (const char *) sqlite3_column_text (stmt, 2));
      double score = sqlite3_column_double (stmt, 3);

      if (entry == NULL)
        continue;
      if (muscle == NULL || *muscle == '\0' || side < 0 || !(score >= 0 && score <= 100))
        {
          g_autofree char *quoted = bm_quote_excerpt (muscle);

          problem (l, &entry->id, _("source “%s” has no valid side or score"), quoted);
          continue;
        }
      bm_journal_entry_add_source (entry, muscle, side, score);
    }
  return finish (l, stmt, rc, error);
}

static void
free_days (gpointer days)
{
  g_array_unref (days);
}

static gboolean
load_exercise (Loader  *l,
               GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!prepare (l, "SELECT technique, day FROM exercise ORDER BY technique, day", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      gint64 day = sqlite3_column_int64 (stmt, 1);
      GArray *days;
      guint32 d;

      if (!bm_technique_key_is_valid (key) || sqlite3_column_type (stmt, 1) != SQLITE_INTEGER ||
          day <= 0 || day > G_MAXUINT32 || !g_date_valid_julian ((guint32) day))
        {
          g_autofree char *quoted = bm_quote_excerpt (key);

          problem (l, NULL, _("the tick of “%s” has no valid technique or day"), quoted);
          continue;
        }
      key = g_intern_string (key);
      if ((days = g_hash_table_lookup (l->data->exercise, key)) == NULL)
        {
          days = g_array_new (FALSE, FALSE, sizeof (guint32));
          g_hash_table_insert (l->data->exercise, (gpointer) key, days);
        }
      d = (guint32) day;
      /* Sorted by the query; equal rows are impossible by the primary key. */
      if (days->len == 0 || g_array_index (days, guint32, days->len - 1) < d)
        g_array_append_val (days, d);
    }
  return finish (l, stmt, rc, error);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return bm_journal_entry_compare (*(BmJournalEntry **) a, *(BmJournalEntry **) b);
}

/* Reads everything into @data (which it initializes). */
gboolean
bm_journal_db_load (sqlite3          *db,
                    const char       *path,
                    BmRegionCatalog  *catalog,
                    BmJournalData    *data,
                    GError          **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  Loader l = { db, path, name, catalog, data, by_id };
  gboolean ok;

  data->entries = g_ptr_array_new_with_free_func (g_object_unref);
  data->exercise = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, free_days);
  data->problems = g_string_new (NULL);
  data->n_problems = 0;
  /* One read transaction: a consistent snapshot while the CLI writes. */
  if (sqlite3_exec (db, "BEGIN", NULL, NULL, NULL) != SQLITE_OK)
    {
      g_autofree char *what = g_strdup_printf (_("cannot read the journal %s"), path);

      bm_journal_db_set_error (error, db, what);
      return FALSE;
    }
  ok = bm_journal_db_data_version (db, &data->data_version, error) && load_entries (&l, error) &&
       load_marks (&l, error) && load_sources (&l, error) && load_exercise (&l, error);
  sqlite3_exec (db, ok ? "COMMIT" : "ROLLBACK", NULL, NULL, NULL);
  if (!ok)
    return FALSE;
  for (guint i = 0; i < data->entries->len; i++)
    bm_journal_entry_sort_marks (data->entries->pdata[i]);
  g_ptr_array_sort (data->entries, compare_entries);
  if (data->n_problems > BM_JOURNAL_MAX_PROBLEMS)
    /* Translators: %s is the journal's file name; after a list of skipped rows. */
    g_string_append_printf (data->problems, ngettext ("%s: %u more row skipped\n", "%s: %u more rows skipped\n",
                                                      data->n_problems - BM_JOURNAL_MAX_PROBLEMS),
                            name, data->n_problems - BM_JOURNAL_MAX_PROBLEMS);
  return TRUE;
}
