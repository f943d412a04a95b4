/* bm-journal-chart-axes.c: the journal chart's exercise rows and dates
 *
 * Under the plot: a tick for each day with any exercise done (when a day
 * is wide enough to see one), each week (Monday to Sunday) shaded by its
 * days done of 7, and the dates, at the finest step whose labels keep
 * apart: days, weeks, months or years.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <pango/pangocairo.h>

#include "bm-journal-chart-private.h"

#define SECONDS_PER_DAY (24 * 3600)

static double
day_x (BmChartPaint *fr,
       guint32       day)
{
  return bm_chart_frame_x (fr->f, bm_journal_chart_day_time (fr->chart, day));
}

/* A tick per day with any exercise done, when a day is wide enough. */
void
bm_chart_draw_ticks (BmChartPaint *fr,
                     guint32       first,
                     guint32       last)
{
  const BmChartFrame *f = fr->f;
  double day_w = (f->right - f->left - 2 * f->inset) * SECONDS_PER_DAY / (double) (f->to - f->from);
  double w = CLAMP (day_w * 0.6, 1.5, f->line * 0.5);

  if (day_w < 2)
    return;
  for (guint32 d = first; d <= last; d++)
    if (bm_journal_chart_day_done (fr->chart, d))
      {
        double x = (day_x (fr, d) + day_x (fr, d + 1)) / 2;

        if (x >= f->left && x <= f->right)
          cairo_rectangle (fr->cr, x - w / 2, f->tick_y, w, f->tick_h);
      }
  bm_chart_source (fr->cr, &fr->chart->style.done, 1);
  cairo_fill (fr->cr);
}

static guint
week_done (BmChartPaint *fr,
           guint32       monday)
{
  guint done = 0;

  for (guint32 d = monday; d < monday + 7; d++)
    done += bm_journal_chart_day_done (fr->chart, d);
  return done;
}

/* The weeks with @done days done, shaded alike in one fill. */
static void
shade_weeks (BmChartPaint *fr,
             guint32       first,
             guint32       last,
             guint         done)
{
  const BmChartFrame *f = fr->f;
  const BmJournalChartStyle *s = &fr->chart->style;

  for (guint32 w = first - (first - 1) % 7; w <= last; w += 7)
    {
      double x0 = MAX (day_x (fr, w), f->left), x1 = MIN (day_x (fr, w + 7), f->right);

      if (x1 > x0 && week_done (fr, w) == done)
        cairo_rectangle (fr->cr, x0 + 0.5, f->week_y, MAX (x1 - x0 - 1, 0.5), f->week_h);
    }
  if (done > 0)
    bm_chart_source (fr->cr, &s->done, 0.12 + 0.5 * done / 7.0);
  else
    bm_chart_source (fr->cr, &s->grid, 0.6);
  cairo_fill (fr->cr);
}

/* Each week (Monday to Sunday) shaded by its days done of 7, with "5/7"
 * written in when it fits. */
void
bm_chart_draw_weeks (BmChartPaint *fr,
                     guint32       first,
                     guint32       last)
{
  const BmChartFrame *f = fr->f;
  double room = bm_chart_label (fr, "7/7", 0, 0, 0, NULL) + 4;

  for (guint done = 0; done <= 7; done++)
    shade_weeks (fr, first, last, done);
  for (guint32 w = first - (first - 1) % 7; w <= last; w += 7)
    {
      double x0 = day_x (fr, w), x1 = day_x (fr, w + 7);
      g_autofree char *text = NULL;

      /* The count of a week seen whole only: a cut one would mislead. */
      if (x1 - x0 < room || x0 < f->left || x1 > f->right)
        continue;
      text = g_strdup_printf ("%u/7", week_done (fr, w));
      bm_chart_label (fr, text, (x0 + x1) / 2, f->week_y + (f->week_h - f->line) / 2 + 1, 0.5,
                      &fr->chart->style.foreground);
    }
}

/* ---- Dates --------------------------------------------------------------------- */

typedef enum { STEP_DAYS, STEP_MONTHS, STEP_YEARS } StepUnit;

typedef struct {
  StepUnit    unit;
  guint       n;
  const char *format;
} Step;

/* The finest step whose labels stay apart. */
static Step
date_step (BmChartPaint *fr)
{
  /* Translators: a short date on the journal chart's axis, a
   * g_date_time_format() format: "%e %b" is " 3 Mar"; in German "%e. %b". */
  const char *day = _("%e %b");
  /* Translators: a month on the journal chart's axis: "Mar 2026". */
  const char *month = _("%b %Y");
  const Step steps[] = {
    { STEP_DAYS, 1, day }, { STEP_DAYS, 2, day }, { STEP_DAYS, 7, day }, { STEP_DAYS, 14, day },
    { STEP_MONTHS, 1, month }, { STEP_MONTHS, 2, month }, { STEP_MONTHS, 3, month }, { STEP_MONTHS, 6, month },
    { STEP_YEARS, 1, "%Y" }, { STEP_YEARS, 2, "%Y" }, { STEP_YEARS, 5, "%Y" }, { STEP_YEARS, 10, "%Y" },
  };
  const BmChartFrame *f = fr->f;
  double day_w = (f->right - f->left - 2 * f->inset) * SECONDS_PER_DAY / (double) (f->to - f->from);
  double want = fr->chart->style.font_size * (fr->chart->style.font_size < 10 ? 6.5 : 6);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      double days = steps[i].unit == STEP_DAYS ? steps[i].n : steps[i].unit == STEP_MONTHS ? steps[i].n * 30.4
                                                                                           : steps[i].n * 365.25;
      if (days * day_w >= want)
        return steps[i];
    }
  return steps[G_N_ELEMENTS (steps) - 1];
}

/* Whether day @d starts a step. */
static gboolean
starts_step (const Step *step,
             guint32     d)
{
  GDate date;

  if (step->unit == STEP_DAYS)
    return step->n < 7 ? d % step->n == 0 : (d - 1) % 7 == 0 && ((d - 1) / 7) % (step->n / 7) == 0;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, d);
  if (g_date_get_day (&date) != 1)
    return FALSE;
  if (step->unit == STEP_MONTHS)
    return (g_date_get_month (&date) - 1) % step->n == 0;
  return g_date_get_month (&date) == 1 && g_date_get_year (&date) % step->n == 0;
}

void
bm_chart_draw_dates (BmChartPaint *fr,
                     guint32       first,
                     guint32       last)
{
  const BmChartFrame *f = fr->f;
  const BmJournalChartStyle *s = &fr->chart->style;
  Step step = date_step (fr);
  double free_x = 0;

  for (guint32 d = first; d <= last + 1; d++)
    {
      g_autoptr(GDateTime) dt = NULL;
      g_autofree char *text = NULL;
      double x, w;

      if (!starts_step (&step, d))
        continue;
      x = round (day_x (fr, d)) + 0.5;
      if (x < f->left || x > f->right)
        continue;
      cairo_move_to (fr->cr, x, f->top);
      cairo_line_to (fr->cr, x, f->bottom + 3);
      bm_chart_source (fr->cr, &s->grid, 0.6);
      cairo_set_line_width (fr->cr, 1);
      cairo_stroke (fr->cr);
      dt = g_date_time_new_from_unix_local (bm_journal_chart_day_time (fr->chart, d));
      text = g_date_time_format (dt, step.format);
      g_strstrip (text);
      w = bm_chart_label (fr, text, 0, 0, 0, NULL);
      if (x - w / 2 < free_x || x + w / 2 > f->width)
        continue;
      bm_chart_label (fr, text, x, f->axis_y, 0.5, &s->foreground);
      free_x = x + w / 2 + s->font_size;
    }
}
