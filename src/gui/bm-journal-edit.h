/* bm-journal-edit.h: the dialog that edits a journal entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/bm-journal.h"
#include "core/bm-session.h"

G_BEGIN_DECLS

#define BM_TYPE_JOURNAL_EDIT (bm_journal_edit_get_type ())

G_DECLARE_FINAL_TYPE (BmJournalEdit, bm_journal_edit, BM, JOURNAL_EDIT, AdwWindow)

/* Edits @entry of @journal: its date, time and note, and, when @session
 * has marks, its marks replaced by the session's. Save writes it with
 * bm_journal_replace() (so it can be undone) and closes the dialog. */
GtkWindow *bm_journal_edit_new       (GtkWindow      *parent,
                                      BmJournal      *journal,
                                      BmJournalEntry *entry,
                                      BmSession      *session);
/* For the tests: the fields, and Save as its button does. */
void       bm_journal_edit_set_note  (BmJournalEdit  *self,
                                      const char     *note);
void       bm_journal_edit_set_time  (BmJournalEdit  *self,
                                      GDateTime      *time);
void       bm_journal_edit_set_use_marks (BmJournalEdit *self,
                                          gboolean       use);
gboolean   bm_journal_edit_save      (BmJournalEdit  *self);

G_END_DECLS
