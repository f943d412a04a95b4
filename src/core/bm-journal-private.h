/* bm-journal-private.h: what bm-journal.c, bm-journal-entry.c and
 * bm-journal-db.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "bm-journal.h"

G_BEGIN_DECLS

struct _BmJournalEntry
{
  GObject     parent_instance;

  gint64      id;        /* 0 until added */
  gint64      time;
  char       *note;
  BmFlags     flags;
  GArray     *marks;     /* BmJournalMark, sorted by region id, then symptom */
  GHashTable *answers;   /* interned confirm key → GINT_TO_POINTER (BmConfirm) */
  GArray     *sources;   /* BmJournalSource, best first */
};

/* Problem lines kept at most; later ones are counted. */
#define BM_JOURNAL_MAX_PROBLEMS 50

void      bm_journal_entry_set_id        (BmJournalEntry *self,
                                          gint64          id);
/* Sorts the marks after they were appended unsorted. */
void      bm_journal_entry_sort_marks    (BmJournalEntry *self);
int       bm_journal_entry_compare       (BmJournalEntry *a,
                                          BmJournalEntry *b);   /* time, then id */
gboolean  bm_technique_key_is_valid      (const char     *key); /* syntax only */
gboolean  bm_journal_time_is_valid       (gint64          time); /* years 1 to 9999 */

/* ---- bm-journal.c, bm-journal-changes.c ---------------------------------- */

typedef struct _BmExerciseLog BmExerciseLog;

typedef enum {
  BM_JOURNAL_UNDO_ADD,      /* add the entry back, with its id */
  BM_JOURNAL_UNDO_REMOVE,   /* remove the entry with id */
  BM_JOURNAL_UNDO_REPLACE,  /* put the entry back in place of the one with its id */
} BmJournalUndoKind;

/* What undoes a change. */
typedef struct {
  BmJournalUndoKind  kind;
  BmJournalEntry    *entry;   /* ADD, REPLACE: the entry to restore */
  gint64             id;      /* REMOVE */
} BmJournalUndoOp;

struct _BmJournal
{
  GObject          parent_instance;

  char            *path;
  char            *set_aside;
  char            *problems;
  BmRegionCatalog *catalog;
  sqlite3         *db;
  gint64           data_version;

  GPtrArray       *entries;     /* BmJournalEntry*, sorted by time, then id */
  GHashTable      *by_id;       /* gint64* (the entry's) → BmJournalEntry*, borrowed */
  GPtrArray       *undo;        /* BmJournalUndoOp* */

  BmExerciseLog   *exercise;
};

void      bm_journal_notify_n_items      (BmJournal      *self);
void      bm_journal_notify_can_undo     (BmJournal      *self);
void      bm_journal_undo_op_free        (gpointer        op);

/* ---- bm-journal-exercise.c ---------------------------------------------- */

BmExerciseLog *bm_exercise_log_new_take       (GHashTable     *days);
void           bm_exercise_log_free           (BmExerciseLog  *log);
gboolean       bm_exercise_log_is_done        (BmExerciseLog  *log,
                                               const char     *technique,
                                               guint32         day);
gboolean       bm_exercise_log_set            (BmExerciseLog  *log,
                                               const char     *technique,
                                               guint32         day,
                                               gboolean        done);
GPtrArray     *bm_exercise_log_get_techniques (BmExerciseLog  *log);
guint          bm_exercise_log_count          (BmExerciseLog  *log,
                                               const char     *technique,
                                               guint32         first,
                                               guint32         last);

/* ---- bm-journal-db.c, bm-journal-db-load.c ---------------------------------------------------- */

typedef struct {
  GPtrArray  *entries;   /* BmJournalEntry*, sorted by time, then id */
  GHashTable *exercise;  /* interned technique key → GArray of guint32 days, sorted */
  GString    *problems;  /* one line per skipped row */
  guint       n_problems;
  gint64      data_version;  /* PRAGMA data_version of the snapshot read */
} BmJournalData;

void      bm_journal_data_clear          (BmJournalData  *data);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BmJournalData, bm_journal_data_clear)

/* Opens (creating, migrating or setting aside) the database at @path.
 * *set_aside is the damaged file's new path, or NULL. */
sqlite3  *bm_journal_db_open             (const char      *path,
                                          char           **set_aside,
                                          GError         **error);
gboolean  bm_journal_db_load             (sqlite3         *db,
                                          const char      *path,
                                          BmRegionCatalog *catalog,
                                          BmJournalData   *data,
                                          GError         **error);
gboolean  bm_journal_db_data_version     (sqlite3         *db,
                                          gint64          *version,
                                          GError         **error);
gboolean  bm_journal_db_begin            (sqlite3         *db,
                                          GError         **error);
gboolean  bm_journal_db_commit           (sqlite3         *db,
                                          GError         **error);
void      bm_journal_db_rollback         (sqlite3         *db);
/* Inserts @entry with its id (@keep_id) or a new one; *id is the id used. */
gboolean  bm_journal_db_insert           (sqlite3         *db,
                                          BmJournalEntry  *entry,
                                          gboolean         keep_id,
                                          gint64          *id,
                                          GError         **error);
gboolean  bm_journal_db_delete           (sqlite3         *db,
                                          gint64           id,
                                          GError         **error);
gboolean  bm_journal_db_set_done         (sqlite3         *db,
                                          const char      *technique,
                                          guint32          day,
                                          gboolean         done,
                                          GError         **error);
/* SQLite's last message, valid UTF-8 and short. */
char     *bm_journal_db_message          (sqlite3         *db);
/* Sets a BM_ERROR_IO error naming @what and sqlite's message. */
void      bm_journal_db_set_error        (GError         **error,
                                          sqlite3         *db,
                                          const char      *what);

G_END_DECLS
