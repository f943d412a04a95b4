/* bm-journal-chart-view.h: the journal's chart, in the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-journal-chart.h"

G_BEGIN_DECLS

#define BM_TYPE_JOURNAL_CHART_VIEW (bm_journal_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (BmJournalChartView, bm_journal_chart_view, BM, JOURNAL_CHART_VIEW, GtkWidget)

GtkWidget      *bm_journal_chart_view_new         (void);
void            bm_journal_chart_view_set_journal (BmJournalChartView *self,
                                                   BmJournal          *journal);
BmJournalChart *bm_journal_chart_view_get_chart   (BmJournalChartView *self);  /* NULL without a journal */
/* How many days the chart shows, ending with the latest entry (or today);
 * 0: every entry. */
void            bm_journal_chart_view_set_span    (BmJournalChartView *self,
                                                   guint               days);
guint           bm_journal_chart_view_get_span    (BmJournalChartView *self);
/* Moves the shown range by @seconds (later when positive), within the
 * journal's entries. */
void            bm_journal_chart_view_scroll_by   (BmJournalChartView *self,
                                                   gint64              seconds);
/* Shows the entry inside the range and highlights it. */
void            bm_journal_chart_view_select      (BmJournalChartView *self,
                                                   gint64              id);
guint           bm_journal_chart_view_get_n_draws (BmJournalChartView *self);

G_END_DECLS
