/* bm-journal-chart-private.h: what the chart's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "bm-journal-chart.h"

G_BEGIN_DECLS

/* One entry, as the chart needs it: no entry object is touched to draw. */
typedef struct {
  gint64  time;
  gint64  id;
  guint32 day;
  guint16 pain;    /* Σ pain intensity */
  guint16 numb;    /* Σ numbness intensity */
  guint16 areas;   /* distinct regions */
  guint16 region;  /* the selected region's pain intensity, 0: unmarked */
} BmChartPoint;

/* The legend's items, in their order. */
typedef enum {
  BM_CHART_LEGEND_PAIN,
  BM_CHART_LEGEND_AREAS,
  BM_CHART_LEGEND_NUMB,
  BM_CHART_LEGEND_REGION,
  BM_CHART_LEGEND_DONE,
  BM_CHART_N_LEGEND
} BmChartLegend;

struct _BmJournalChart
{
  GObject              parent_instance;
  BmJournal           *journal;
  BmJournalChartStyle  style;
  char                *font_family;
  GArray              *points;     /* BmChartPoint, oldest first, as the journal's entries */
  guint32              first_day;  /* the days' span: a Julian day… */
  GArray              *day_start;  /* …gint64 local midnight of first_day + i, one past the last */
  GByteArray          *done;       /* per day of the span: any technique ticked */
  gint64               from, to;
  const char          *region;     /* interned, or NULL */
  gint64               selected;
  double               legend_w[BM_CHART_N_LEGEND]; /* the legend texts' widths, measured… */
  gboolean             legend_measured;             /* …once per style, when set */
};

/* One frame's geometry, from the size and the legend texts' widths (measured
 * once per style), so a hit test places the points exactly as the frame
 * drew them. */
typedef struct {
  double  width, height;
  double  left, right, top, bottom;   /* the plot */
  double  legend_y;                   /* the legend's first line… */
  double  legend_x[BM_CHART_N_LEGEND];  /* …an item's swatch, < 0 when not shown… */
  double  legend_row[BM_CHART_N_LEGEND];/* …and its line's top: the legend wraps */
  double  inset;                      /* room inside the plot for a point's dot and ring */
  double  tick_y, tick_h;             /* the exercise ticks… */
  double  week_y, week_h;             /* …the weekly adherence… */
  double  axis_y;                     /* …and the dates */
  double  line;                       /* a line of text */
  gint64  from, to;                   /* the time shown */
  guint   first, last;                /* the entries in it: [first, last) */
  guint   lo, hi;                     /* the entries drawn, one more each side */
  double  y_max, y_step;              /* the pain scale */
  double  areas_max, areas_step;      /* the areas' scale */
  gboolean dense;                     /* too many points for dots: per-column summaries */
  gboolean any_numb;
} BmChartFrame;

/* An item's text, translated. */
const char *bm_chart_legend_text (BmChartLegend  item);
/* The swatch before an item's text, and the gap after it. */
#define BM_CHART_SWATCH(font_size) ((font_size) * 1.4 + 4)
#define BM_CHART_LEGEND_GAP(font_size) ((font_size) * 1.5)

void   bm_journal_chart_layout (BmJournalChart *self,
                                double          width,
                                double          height,
                                BmChartFrame   *frame);
double bm_chart_frame_x        (const BmChartFrame *frame,
                                gint64              time);
double bm_chart_frame_y        (const BmChartFrame *frame,
                                double              value,
                                double              max);
gint64 bm_journal_chart_day_time (BmJournalChart *self,
                                  guint32         day);
gboolean bm_journal_chart_day_done (BmJournalChart *self,
                                    guint32         day);
guint32 bm_journal_chart_time_day (BmJournalChart *self,
                                   gint64          time);

/* Drawing one frame: the chart, its geometry, the context and one layout
 * for all of the frame's labels. */
typedef struct {
  BmJournalChart     *chart;
  const BmChartFrame *f;
  cairo_t            *cr;
  PangoLayout        *layout;
} BmChartPaint;

void   bm_chart_source      (cairo_t            *cr,
                             const BmRgba       *c,
                             double              alpha);
/* Plain text (never markup) at (@x, @y), aligned by @align (0 left, 0.5
 * centred, 1 right), in @ink, or only measured when @ink is NULL;
 * returns its width. */
double bm_chart_label       (BmChartPaint       *fr,
                             const char         *text,
                             double              x,
                             double              y,
                             double              align,
                             const BmRgba       *ink);
void   bm_chart_draw_ticks  (BmChartPaint       *fr,
                             guint32             first,
                             guint32             last);
void   bm_chart_draw_weeks  (BmChartPaint       *fr,
                             guint32             first,
                             guint32             last);
void   bm_chart_draw_dates  (BmChartPaint       *fr,
                             guint32             first,
                             guint32             last);
/* Local midnight of Julian day @day, in Unix seconds. */

G_END_DECLS
