/* bm-journal-row.h: the Journal page's rows: an entry, and a technique's week
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-atlas.h"
#include "core/bm-journal.h"

G_BEGIN_DECLS

#define BM_TYPE_JOURNAL_ROW (bm_journal_row_get_type ())

G_DECLARE_FINAL_TYPE (BmJournalRow, bm_journal_row, BM, JOURNAL_ROW, GtkListBoxRow)

GtkWidget      *bm_journal_row_new          (BmJournalEntry *entry,
                                             BmAtlas        *atlas);
BmJournalEntry *bm_journal_row_get_entry    (BmJournalRow   *self);
/* The entry before this one in time (NULL: the first): the row says when
 * the top source changed since. */
void            bm_journal_row_set_previous (BmJournalRow   *self,
                                             BmJournalEntry *previous);
const char     *bm_journal_row_get_change   (BmJournalRow   *self);  /* NULL: unchanged */

/* Plain-text pieces the page and the tests share. */
char           *bm_journal_format_time      (BmJournalEntry *entry);
char           *bm_journal_format_summary   (BmJournalEntry *entry);
char           *bm_journal_format_source    (BmAtlas        *atlas,
                                             const BmJournalSource *source);

#define BM_TYPE_EXERCISE_ROW (bm_exercise_row_get_type ())

G_DECLARE_FINAL_TYPE (BmExerciseRow, bm_exercise_row, BM, EXERCISE_ROW, GtkListBoxRow)

/* The technique @key's last seven days, today last, as check buttons that
 * tick or untick a day in @journal. */
GtkWidget      *bm_exercise_row_new         (BmJournal      *journal,
                                             BmAtlas        *atlas,
                                             const char     *key);
const char     *bm_exercise_row_get_key     (BmExerciseRow  *self);
/* Rereads the ticks (after "exercise-changed"). */
void            bm_exercise_row_update      (BmExerciseRow  *self);
GtkCheckButton *bm_exercise_row_get_day     (BmExerciseRow  *self,
                                             guint           days_ago);

G_END_DECLS
