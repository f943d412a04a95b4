/* bm-journal-report-private.h: what the progress report's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-art.h"
#include "bm-journal-chart.h"
#include "bm-journal-report.h"

G_BEGIN_DECLS

typedef enum {
  BM_REPORT_HEADER,
  BM_REPORT_CHART,
  BM_REPORT_MAPS,
  BM_REPORT_CHANGE,
  BM_REPORT_EXERCISE,
  BM_REPORT_TECHNIQUE,
  BM_REPORT_SOURCES,
} BmReportBlockKind;

typedef struct {
  BmReportBlockKind kind;
  guint             index;          /* a technique's, into techniques */
  double            height;
  gboolean          keep_with_next;
} BmReportBlock;

struct _BmJournalReport
{
  BmJournal      *journal;
  BmAtlas        *atlas;
  BmBodyArt      *art;
  BmJournalChart *chart;
  BmJournalEntry *first;       /* the period's first and last entries */
  BmJournalEntry *last;
  guint           n_entries;
  guint32         first_day;   /* their local days */
  guint32         last_day;
  GPtrArray      *techniques;  /* technique keys ticked in the period */
  GDateTime      *date;
  GArray         *blocks;      /* BmReportBlock */
  GArray         *page_starts; /* guint */
  double          width;       /* page, in points */
  double          height;
  double          margin;
};

double bm_journal_report_draw_maps   (BmJournalReport *self,
                                      cairo_t         *cr,
                                      double           y,
                                      gboolean         paint);
double bm_journal_report_draw_change (BmJournalReport *self,
                                      cairo_t         *cr,
                                      double           y,
                                      gboolean         paint);
char  *bm_journal_report_format_day  (guint32          day);

G_END_DECLS
