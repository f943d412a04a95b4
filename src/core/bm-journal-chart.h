/* bm-journal-chart.h: the journal's chart of pain over time, with cairo
 *
 * One chart for the window (a widget draws it) and the progress report:
 * overall pain (the sum of pain intensity) per entry as a line with dots,
 * the number of areas as a lighter step line on its own scale, the
 * selected area's intensity when one is chosen, and the exercise log as a
 * tick per day done with the week's adherence (days done of 7) under the
 * plot. The chart keeps its own arrays of the journal's entries and days,
 * rebuilt once when the journal changes; a frame draws only the entries
 * in the visible range.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-body-art.h"
#include "bm-journal.h"

G_BEGIN_DECLS

/* Colours, 0–1 per channel (the window passes its style's); text is drawn
 * in @font_family at @font_size units of the cairo context (pixels on
 * screen, points on paper). */
typedef struct {
  BmRgba      foreground;  /* text and axes */
  BmRgba      background;  /* painted under the chart when its alpha > 0 */
  BmRgba      grid;        /* the y grid */
  BmRgba      accent;      /* the selected entry */
  BmRgba      pain;        /* overall pain */
  BmRgba      areas;       /* the number of areas, a lighter series */
  BmRgba      numb;        /* numbness, when an entry has any */
  BmRgba      region;      /* the selected area's series */
  BmRgba      done;        /* exercise ticks and the weekly adherence */
  const char *font_family; /* copied by bm_journal_chart_set_style() */
  double      font_size;
} BmJournalChartStyle;

#define BM_TYPE_JOURNAL_CHART (bm_journal_chart_get_type ())

G_DECLARE_FINAL_TYPE (BmJournalChart, bm_journal_chart, BM, JOURNAL_CHART, GObject)

/* "changed" (no arguments) is emitted when what the chart draws changed:
 * the journal, the range, the area, the selection or the style. */
BmJournalChart *bm_journal_chart_new               (BmJournal                 *journal);
BmJournal      *bm_journal_chart_get_journal       (BmJournalChart            *self);
/* dark: the window's dark style; print: black on white, for paper. */
void            bm_journal_chart_get_default_style (BmJournalChartStyle       *style,
                                                    gboolean                   dark);
void            bm_journal_chart_get_print_style   (BmJournalChartStyle       *style);
void            bm_journal_chart_set_style         (BmJournalChart            *self,
                                                    const BmJournalChartStyle *style);
/* Unix seconds, both included; from = to = 0 (the default): all entries. */
void            bm_journal_chart_set_range         (BmJournalChart            *self,
                                                    gint64                     from,
                                                    gint64                     to);
void            bm_journal_chart_get_range         (BmJournalChart            *self,
                                                    gint64                    *from,
                                                    gint64                    *to);
/* The first and the last entry's time; FALSE when the journal is empty. */
gboolean        bm_journal_chart_get_extent        (BmJournalChart            *self,
                                                    gint64                    *first,
                                                    gint64                    *last);
/* Entries inside the range. */
guint           bm_journal_chart_count_visible     (BmJournalChart            *self);
/* A region id: its intensity per entry is a third series; NULL: none. */
void            bm_journal_chart_set_region        (BmJournalChart            *self,
                                                    const char                *region);
const char     *bm_journal_chart_get_region        (BmJournalChart            *self);
/* The entry drawn highlighted; 0: none. */
void            bm_journal_chart_set_selected      (BmJournalChart            *self,
                                                    gint64                     id);
gint64          bm_journal_chart_get_selected      (BmJournalChart            *self);
void            bm_journal_chart_draw              (BmJournalChart            *self,
                                                    cairo_t                   *cr,
                                                    double                     width,
                                                    double                     height);
/* The id of the entry whose point is nearest (@x, @y) within a few units,
 * in a chart drawn at @width × @height; 0 when none is near. */
gint64          bm_journal_chart_entry_at          (BmJournalChart            *self,
                                                    double                     width,
                                                    double                     height,
                                                    double                     x,
                                                    double                     y);

G_END_DECLS
