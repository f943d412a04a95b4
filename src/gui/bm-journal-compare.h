/* bm-journal-compare.h: the journal's map tools, before/after and a period
 *
 * A section for the Journal page: two entry pickers ("Before", "After",
 * the first and the last entry unless chosen) with "Compare on Map", and a
 * date range (the last 30 days unless chosen) with "Show Heat Map". The
 * buttons activate win.journal-compare((xx)) with the two entries' ids and
 * win.journal-period((xx)) with the range as Unix times [from, to); see
 * bm-window-journal-maps.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/bm-journal.h"

G_BEGIN_DECLS

#define BM_TYPE_JOURNAL_COMPARE (bm_journal_compare_get_type ())

G_DECLARE_FINAL_TYPE (BmJournalCompare, bm_journal_compare, BM, JOURNAL_COMPARE, AdwBin)

GtkWidget *bm_journal_compare_new         (void);
/* NULL: the application's journal, once the section is shown. */
void       bm_journal_compare_set_journal (BmJournalCompare *self,
                                           BmJournal        *journal);
BmJournal *bm_journal_compare_get_journal (BmJournalCompare *self);
/* Chooses the entries at these positions of the journal. */
void       bm_journal_compare_select      (BmJournalCompare *self,
                                           guint             before,
                                           guint             after);
/* Chooses the local days first … last (Julian days, inclusive). */
void       bm_journal_compare_set_period  (BmJournalCompare *self,
                                           guint32           first,
                                           guint32           last);

G_END_DECLS
