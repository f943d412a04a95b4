/* bm-journal.h: the pain journal: dated entries and the exercise log
 *
 * The journal is one SQLite database, $XDG_DATA_HOME/bodymap/journal.db,
 * shared by the app and the headless commands (WAL mode, a busy timeout).
 * A BmJournal is a GListModel of BmJournalEntry, oldest first; every write
 * is one transaction and updates the model only after it committed.
 *
 * Ids in an entry are strings, as in files: a region id of
 * ../shared/spec/regions.tsv, a muscle id, a confirm key (bm_confirm_key()),
 * a technique key (bm_technique_key()). They are interned, so two equal ids
 * are one pointer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bm-atlas.h"
#include "bm-engine.h"
#include "bm-pain-map.h"
#include "bm-session.h"

G_BEGIN_DECLS

/* The journal schema this build writes; older ones are migrated on open. */
#define BM_JOURNAL_SCHEMA_VERSION 2

/* How many of the ranking's sources an entry keeps. */
#define BM_JOURNAL_N_SOURCES 3

typedef struct {
  const char *region;     /* interned region id */
  BmSymptom   symptom;
  guint       intensity;  /* BM_INTENSITY_MIN … BM_INTENSITY_MAX */
} BmJournalMark;

typedef struct {
  const char      *muscle; /* interned muscle id */
  BmCandidateSide  side;
  double           score;  /* 0–100, as ranked then */
} BmJournalSource;

/* ---- An entry ---------------------------------------------------------- */

#define BM_TYPE_JOURNAL_ENTRY (bm_journal_entry_get_type ())

G_DECLARE_FINAL_TYPE (BmJournalEntry, bm_journal_entry, BM, JOURNAL_ENTRY, GObject)

/* An entry is changed only before it is added, or as a copy passed to
 * bm_journal_replace(); an entry in the journal is never changed in place. */
BmJournalEntry  *bm_journal_entry_new              (gint64           time);
BmJournalEntry  *bm_journal_entry_new_from_session (BmSession       *session,
                                                    gint64           time);
BmJournalEntry  *bm_journal_entry_copy             (BmJournalEntry  *self);
/* The session's marks, symptoms, answers and top sources in place of the
 * entry's; its id, time and note stay ("Use Current Marks"). */
void             bm_journal_entry_set_from_session (BmJournalEntry  *self,
                                                    BmSession       *session);
gint64           bm_journal_entry_get_id           (BmJournalEntry  *self);  /* 0 until added */
gint64           bm_journal_entry_get_time         (BmJournalEntry  *self);  /* Unix seconds */
void             bm_journal_entry_set_time         (BmJournalEntry  *self,
                                                    gint64           time);
GDateTime       *bm_journal_entry_dup_datetime     (BmJournalEntry  *self);  /* local time */
guint32          bm_journal_entry_get_day          (BmJournalEntry  *self);  /* local Julian day (GDate) */
const char      *bm_journal_entry_get_note         (BmJournalEntry  *self);  /* never NULL */
void             bm_journal_entry_set_note         (BmJournalEntry  *self,
                                                    const char      *note);
BmFlags          bm_journal_entry_get_flags        (BmJournalEntry  *self);
void             bm_journal_entry_set_flags        (BmJournalEntry  *self,
                                                    BmFlags          flags);
/* BmJournalMark, sorted by region id, then symptom */
GArray          *bm_journal_entry_get_marks        (BmJournalEntry  *self);
/* Adds the mark, or replaces the intensity of the region's same symptom. */
void             bm_journal_entry_set_mark         (BmJournalEntry  *self,
                                                    const char      *region,
                                                    BmSymptom        symptom,
                                                    guint            intensity);
guint            bm_journal_entry_get_intensity    (BmJournalEntry  *self,
                                                    const char      *region,
                                                    BmSymptom        symptom); /* 0: unmarked */
guint            bm_journal_entry_get_n_areas      (BmJournalEntry  *self);  /* distinct regions */
guint            bm_journal_entry_get_pain_total   (BmJournalEntry  *self);  /* Σ pain intensity */
guint            bm_journal_entry_get_numb_total   (BmJournalEntry  *self);  /* Σ numbness intensity */
/* confirm key → GINT_TO_POINTER (BmConfirm); never NULL */
GHashTable      *bm_journal_entry_get_answers      (BmJournalEntry  *self);
void             bm_journal_entry_set_answer       (BmJournalEntry  *self,
                                                    const char      *key,
                                                    BmConfirm        confirm);
/* BmJournalSource, best first, at most BM_JOURNAL_N_SOURCES */
GArray          *bm_journal_entry_get_sources      (BmJournalEntry  *self);
void             bm_journal_entry_add_source       (BmJournalEntry  *self,
                                                    const char      *muscle,
                                                    BmCandidateSide  side,
                                                    double           score);
/* Same time, marks and note: what import uses to skip an entry it has. */
gboolean         bm_journal_entry_equal            (BmJournalEntry  *a,
                                                    BmJournalEntry  *b);
/* Replaces the session's marks, symptoms and answers with the entry's;
 * ids the atlas does not know are skipped and counted. */
guint            bm_journal_entry_apply            (BmJournalEntry  *self,
                                                    BmSession       *session);

/* ---- The journal ------------------------------------------------------- */

#define BM_TYPE_JOURNAL (bm_journal_get_type ())

G_DECLARE_FINAL_TYPE (BmJournal, bm_journal, BM, JOURNAL, GObject)

/* $XDG_DATA_HOME/bodymap/journal.db (g_get_user_data_dir()). */
char            *bm_journal_default_path  (void);
/* Creates the file (and its folder) when missing and migrates an older
 * schema. A file that cannot be opened as a database, or fails
 * PRAGMA integrity_check, is renamed aside (with its -wal and -shm), never
 * deleted, and a new journal is started: bm_journal_get_set_aside() says
 * where it went. A busy, unreadable or newer-schema file is an error, and
 * nothing is moved. With a catalog, marks of unknown regions are skipped
 * and listed by bm_journal_get_problems(). */
BmJournal       *bm_journal_open          (const char      *path,
                                           BmRegionCatalog *catalog,
                                           GError         **error);
const char      *bm_journal_get_path      (BmJournal       *self);
const char      *bm_journal_get_set_aside (BmJournal       *self);  /* NULL, or the damaged file's new path */
const char      *bm_journal_get_problems  (BmJournal       *self);  /* NULL, or one line per skipped row */
/* Rereads when another process (the CLI) changed the file since the last
 * read (PRAGMA data_version); *changed says whether it did. */
gboolean         bm_journal_reload        (BmJournal       *self,
                                           gboolean        *changed,
                                           GError         **error);
BmJournalEntry  *bm_journal_lookup        (BmJournal       *self,
                                           gint64           id);     /* borrowed, or NULL */
/* The position of the first entry at or after time (n_items if none). */
guint            bm_journal_find_time     (BmJournal       *self,
                                           gint64           time);
/* Sets the entry's id. */
gboolean         bm_journal_add           (BmJournal       *self,
                                           BmJournalEntry  *entry,
                                           GError         **error);
/* entry has the id of one in the journal (a copy of it, changed). */
gboolean         bm_journal_replace       (BmJournal       *self,
                                           BmJournalEntry  *entry,
                                           GError         **error);
gboolean         bm_journal_remove        (BmJournal       *self,
                                           gint64           id,
                                           GError         **error);
/* Undoes the last add, replace or remove of this BmJournal (not those of
 * other processes); "can-undo" is a property. */
gboolean         bm_journal_undo          (BmJournal       *self,
                                           GError         **error);
gboolean         bm_journal_can_undo      (BmJournal       *self);
/* All or nothing, in one transaction: entries (BmJournalEntry*) equal to
 * one already in the journal are skipped. */
gboolean         bm_journal_import        (BmJournal       *self,
                                           GPtrArray       *entries,
                                           guint           *n_added,
                                           guint           *n_skipped,
                                           GError         **error);

/* ---- The exercise log -------------------------------------------------- */

/* "MUSCLE/stretch/N" or "MUSCLE/release/N", N from 1 in the muscle's list. */
char              *bm_technique_key        (const BmMuscle    *muscle,
                                            const BmTechnique *technique);
const BmTechnique *bm_technique_key_lookup (BmAtlas           *atlas,
                                            const char        *key,
                                            const BmMuscle   **muscle);

/* day: a Julian day (g_date_get_julian); the log keeps one tick per
 * technique and day. Emits "exercise-changed". */
gboolean         bm_journal_set_done      (BmJournal       *self,
                                           const char      *technique,
                                           guint32          day,
                                           gboolean         done,
                                           GError         **error);
gboolean         bm_journal_is_done       (BmJournal       *self,
                                           const char      *technique,
                                           guint32          day);
/* Every technique key ever ticked, sorted; borrowed. */
GPtrArray       *bm_journal_get_techniques (BmJournal      *self);
/* Days in [first, last] with at least one tick of technique (NULL: any). */
guint            bm_journal_count_done    (BmJournal       *self,
                                           const char      *technique,
                                           guint32          first,
                                           guint32          last);
guint32          bm_journal_today         (void);  /* local Julian day */
/* The local Julian day of a Unix time (0 when out of range), and a day's
 * local midnight in Unix seconds: the one conversion every caller uses. */
guint32          bm_journal_day_of        (gint64           time);
gint64           bm_journal_day_midnight  (guint32          day);

G_END_DECLS
