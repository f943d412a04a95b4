/* bm-journal-page.h: the Journal page: chart, entries and exercise log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/bm-journal.h"
#include "core/bm-session.h"
#include "bm-journal-chart-view.h"

G_BEGIN_DECLS

#define BM_TYPE_JOURNAL_PAGE (bm_journal_page_get_type ())

G_DECLARE_FINAL_TYPE (BmJournalPage, bm_journal_page, BM, JOURNAL_PAGE, GtkWidget)

GtkWidget          *bm_journal_page_new              (void);
void                bm_journal_page_set_session      (BmJournalPage *self,
                                                      BmSession     *session);
void                bm_journal_page_set_journal      (BmJournalPage *self,
                                                      BmJournal     *journal);
BmJournal          *bm_journal_page_get_journal      (BmJournalPage *self);
/* The journal could not be opened: @reason, plain text naming the file. */
void                bm_journal_page_show_error       (BmJournalPage *self,
                                                      const char    *reason);
/* A notice above the page (the damaged journal set aside); NULL hides it. */
void                bm_journal_page_set_notice       (BmJournalPage *self,
                                                      const char    *notice);
const char         *bm_journal_page_get_notice       (BmJournalPage *self);
void                bm_journal_page_add_toast        (BmJournalPage *self,
                                                      AdwToast      *toast);
/* "error", "empty" or "journal". */
const char         *bm_journal_page_get_state        (BmJournalPage *self);
const char         *bm_journal_page_get_error        (BmJournalPage *self);
guint               bm_journal_page_get_n_rows       (BmJournalPage *self);
GtkWidget          *bm_journal_page_get_row          (BmJournalPage *self,
                                                      guint          index);  /* newest first */
guint               bm_journal_page_get_n_exercises  (BmJournalPage *self);
GtkWidget          *bm_journal_page_get_exercise     (BmJournalPage *self,
                                                      guint          index);
BmJournalChartView *bm_journal_page_get_chart_view   (BmJournalPage *self);
/* Region ids the area choice offers, in its order after "All Areas". */
GPtrArray          *bm_journal_page_get_areas        (BmJournalPage *self);
void                bm_journal_page_select_entry     (BmJournalPage *self,
                                                      gint64         id);

G_END_DECLS
