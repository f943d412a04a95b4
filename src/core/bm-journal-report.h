/* bm-journal-report.h: the progress report for a clinician, for paper and PDF
 *
 * The entries of a period, drawn by the stretch sheet's renderer: the
 * period, the chart of pain over time, the first and the last entry on the
 * body map and what changed between them, the exercise adherence per
 * technique and the likely sources saved with the last entry.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-atlas.h"
#include "bm-journal.h"

G_BEGIN_DECLS

typedef struct _BmJournalReport BmJournalReport;

/* The entries with @from <= time <= @to (Unix seconds); 0, G_MININT64
 * (from) or G_MAXINT64 (to) leave that end open. No entry there is an
 * error (BM_ERROR_RANGE) naming the journal and the period. */
BmJournalReport *bm_journal_report_new        (BmJournal        *journal,
                                               BmAtlas          *atlas,
                                               gint64            from,
                                               gint64            to,
                                               GError          **error);
void             bm_journal_report_free       (BmJournalReport  *self);
/* The date printed as the report's ("Made on …"); now by default. */
void             bm_journal_report_set_date   (BmJournalReport  *self,
                                               GDateTime        *date);
guint            bm_journal_report_get_n_entries (BmJournalReport *self);
/* Lays the report out on pages of @width × @height points; returns how
 * many it takes. */
guint            bm_journal_report_paginate   (BmJournalReport  *self,
                                               double            width,
                                               double            height);
void             bm_journal_report_draw_page  (BmJournalReport  *self,
                                               cairo_t          *cr,
                                               guint             page);
/* Written atomically, as the stretch sheet is: a temporary file beside
 * @path, renamed over it once complete. */
gboolean         bm_journal_report_export_pdf (BmJournalReport  *self,
                                               const char       *path,
                                               double            paper_width,
                                               double            paper_height,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmJournalReport, bm_journal_report_free)

G_END_DECLS
