/* bm-journal-chart-draw.c: drawing one frame of the journal chart
 *
 * From the top: the legend, on as many lines as it needs; the plot, with the pain scale's grid and
 * labels on the left and the areas' scale on the right; a row of ticks,
 * one per day with any exercise done; a row of weeks shaded by their
 * adherence (days done of 7, written in when there is room); the dates.
 * With more entries than the plot has room for dots, each column of a few
 * pixels shows its entries' mean as the line and their range as a band.
 * Text is set with pango as plain text, never markup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <pango/pangocairo.h>

#include "bm-journal-chart-private.h"

#define DENSE_COLUMN 3.0   /* pixels per column when dense */


void
bm_chart_source (cairo_t      *cr,
                 const BmRgba *c,
                 double        alpha)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha * alpha);
}

/* @text at (@x, @y), aligned by @align (0 left, 0.5 centred, 1 right);
 * returns its width. */
double
bm_chart_label (BmChartPaint *fr,
                const char   *text,
                double        x,
                double        y,
                double        align,
                const BmRgba *ink)
{
  int w, h;

  pango_layout_set_text (fr->layout, text, -1);
  pango_layout_get_pixel_size (fr->layout, &w, &h);
  if (ink != NULL)
    {
      bm_chart_source (fr->cr, ink, 1);
      cairo_move_to (fr->cr, x - w * align, y);
      pango_cairo_show_layout (fr->cr, fr->layout);
      cairo_new_path (fr->cr);
    }
  return w;
}

void
bm_journal_chart_get_default_style (BmJournalChartStyle *style,
                                    gboolean             dark)
{
  if (dark)
    *style = (BmJournalChartStyle) {
      .foreground = { 0.96, 0.96, 0.96, 1 }, .background = { 0, 0, 0, 0 },
      .grid = { 1, 1, 1, 0.12 }, .accent = { 0.47, 0.68, 1.0, 1 },
      .pain = { 1.0, 0.47, 0.31, 1 }, .areas = { 0.55, 0.70, 1.0, 0.6 },
      .numb = { 0.72, 0.62, 1.0, 1 }, .region = { 0.30, 0.85, 0.85, 1 },
      .done = { 0.35, 0.82, 0.45, 1 }, .font_family = "Sans", .font_size = 11,
    };
  else
    *style = (BmJournalChartStyle) {
      .foreground = { 0.14, 0.12, 0.19, 1 }, .background = { 0, 0, 0, 0 },
      .grid = { 0, 0, 0, 0.12 }, .accent = { 0.10, 0.37, 0.71, 1 },
      .pain = { 0.80, 0.20, 0.10, 1 }, .areas = { 0.26, 0.45, 0.78, 0.55 },
      .numb = { 0.45, 0.33, 0.78, 1 }, .region = { 0.00, 0.52, 0.54, 1 },
      .done = { 0.15, 0.58, 0.27, 1 }, .font_family = "Sans", .font_size = 11,
    };
}

/* The light style on white, in the sheet's font, in points. */
void
bm_journal_chart_get_print_style (BmJournalChartStyle *style)
{
  bm_journal_chart_get_default_style (style, FALSE);
  style->background = (BmRgba) { 1, 1, 1, 1 };
  style->grid = (BmRgba) { 0.80, 0.79, 0.78, 1 };
  style->font_family = "Cantarell";
  style->font_size = 8;
}

/* ---- The plot ----------------------------------------------------------------- */

static void
grid (BmChartPaint *fr)
{
  const BmChartFrame *f = fr->f;
  const BmJournalChartStyle *s = &fr->chart->style;
  double half = f->line / 2;

  cairo_set_line_width (fr->cr, 1);
  for (double v = 0; v <= f->y_max + 0.5; v += f->y_step)
    {
      double y = round (bm_chart_frame_y (f, v, f->y_max)) + 0.5;
      g_autofree char *text = g_strdup_printf ("%.0f", v);

      cairo_move_to (fr->cr, f->left, y);
      cairo_line_to (fr->cr, f->right, y);
      bm_chart_source (fr->cr, v == 0 ? &s->foreground : &s->grid, v == 0 ? 0.45 : 1);
      cairo_stroke (fr->cr);
      bm_chart_label (fr, text, f->left - 4, y - half, 1, &s->pain);
    }
  for (double v = 0; v <= f->areas_max + 0.5; v += f->areas_step)
    {
      g_autofree char *text = g_strdup_printf ("%.0f", v);
      BmRgba ink = s->areas;

      ink.alpha = 1;
      bm_chart_label (fr, text, f->right + 4, bm_chart_frame_y (f, v, f->areas_max) - half, 0, &ink);
    }
}

/* The value of series @which of point @p: 0 pain, 1 areas, 2 numbness,
 * 3 the selected region. */
static double
value (const BmChartPoint *p,
       guint               which)
{
  switch (which)
    {
    case 0: return p->pain;
    case 1: return p->areas;
    case 2: return p->numb;
    default: return p->region;
    }
}

static double
series_max (const BmChartFrame *f,
            guint               which)
{
  return which == 1 ? f->areas_max : f->y_max;
}

/* ---- Series ------------------------------------------------------------------- */

typedef struct {
  double x, lo, hi, mean;
} Column;

/* Dense: series @which's entries per column of DENSE_COLUMN pixels. */
static GArray *
columns (BmChartPaint *fr,
         guint         which)
{
  const BmChartFrame *f = fr->f;
  GArray *points = fr->chart->points, *cols = g_array_new (FALSE, FALSE, sizeof (Column));
  guint i = f->lo;

  while (i < f->hi)
    {
      const BmChartPoint *p = &g_array_index (points, BmChartPoint, i);
      double c = floor ((bm_chart_frame_x (f, p->time) - f->left) / DENSE_COLUMN), sum = 0;
      Column col = { f->left + (c + 0.5) * DENSE_COLUMN, value (p, which), value (p, which), 0 };
      guint k = 0;

      for (; i < f->hi; i++, k++)
        {
          const BmChartPoint *q = &g_array_index (points, BmChartPoint, i);
          double v = value (q, which);

          if (floor ((bm_chart_frame_x (f, q->time) - f->left) / DENSE_COLUMN) != c)
            break;
          col.lo = MIN (col.lo, v);
          col.hi = MAX (col.hi, v);
          sum += v;
        }
      col.mean = sum / k;
      g_array_append_val (cols, col);
    }
  return cols;
}

/* The columns' range as one closed shape: their highs forward, their
 * lows back. */
static void
path_band (BmChartPaint *fr,
           GArray       *cols,
           double        max)
{
  for (guint c = 0; c < cols->len; c++)
    {
      const Column *col = &g_array_index (cols, Column, c);
      cairo_line_to (fr->cr, col->x, bm_chart_frame_y (fr->f, col->hi, max));
    }
  for (guint c = cols->len; c-- > 0;)
    {
      const Column *col = &g_array_index (cols, Column, c);
      cairo_line_to (fr->cr, col->x, bm_chart_frame_y (fr->f, col->lo, max));
    }
  cairo_close_path (fr->cr);
}

/* A line through series @which: per entry, or the columns' means when
 * dense; the areas' in steps. Returns the x of its first and last point. */
static void
path_line (BmChartPaint *fr,
           guint         which,
           GArray       *cols,
           double       *x0,
           double       *x1)
{
  const BmChartFrame *f = fr->f;
  double max = series_max (f, which), y = 0, last_y = 0;
  guint n = cols != NULL ? cols->len : f->hi - f->lo;

  for (guint i = 0; i < n; i++)
    {
      double x;

      if (cols != NULL)
        {
          const Column *col = &g_array_index (cols, Column, i);
          x = col->x;
          y = bm_chart_frame_y (f, col->mean, max);
        }
      else
        {
          const BmChartPoint *p = &g_array_index (fr->chart->points, BmChartPoint, f->lo + i);
          x = bm_chart_frame_x (f, p->time);
          y = bm_chart_frame_y (f, value (p, which), max);
        }
      if (i == 0)
        cairo_move_to (fr->cr, *x0 = x, y);
      else if (which == 1)
        cairo_line_to (fr->cr, x, last_y);
      cairo_line_to (fr->cr, *x1 = x, y);
      last_y = y;
    }
}

static void
draw_series (BmChartPaint *fr,
             guint         which,
             const BmRgba *ink,
             double        width,
             gboolean      under)
{
  g_autoptr(GArray) cols = fr->f->dense ? columns (fr, which) : NULL;
  double x0 = 0, x1 = 0;

  if (cols != NULL && which == 0)
    {
      path_band (fr, cols, fr->f->y_max);
      bm_chart_source (fr->cr, ink, 0.2);
      cairo_fill (fr->cr);
    }
  path_line (fr, which, cols, &x0, &x1);
  if (under && x1 > x0)
    {
      cairo_path_t *path = cairo_copy_path (fr->cr);

      cairo_line_to (fr->cr, x1, fr->f->bottom);
      cairo_line_to (fr->cr, x0, fr->f->bottom);
      cairo_close_path (fr->cr);
      bm_chart_source (fr->cr, ink, 0.25);
      cairo_fill (fr->cr);
      cairo_append_path (fr->cr, path);
      cairo_path_destroy (path);
    }
  bm_chart_source (fr->cr, ink, 1);
  cairo_set_line_width (fr->cr, width);
  cairo_set_line_join (fr->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (fr->cr);
}

/* A dot per entry of series @which, with a square for the area's. */
static void
draw_dots (BmChartPaint *fr,
           guint         which,
           const BmRgba *ink,
           double        r)
{
  const BmChartFrame *f = fr->f;

  for (guint i = f->first; i < f->last; i++)
    {
      const BmChartPoint *p = &g_array_index (fr->chart->points, BmChartPoint, i);
      double x = bm_chart_frame_x (f, p->time), y = bm_chart_frame_y (f, value (p, which), f->y_max);

      if (which == 0)
        {
          cairo_new_sub_path (fr->cr);
          cairo_arc (fr->cr, x, y, r, 0, 2 * G_PI);
        }
      else
        cairo_rectangle (fr->cr, x - r * 0.8, y - r * 0.8, r * 1.6, r * 1.6);
    }
  bm_chart_source (fr->cr, ink, 1);
  cairo_fill (fr->cr);
}

static void
draw_selected (BmChartPaint *fr,
               double        r)
{
  const BmChartFrame *f = fr->f;
  const BmJournalChartStyle *s = &fr->chart->style;

  for (guint i = f->first; i < f->last && fr->chart->selected != 0; i++)
    {
      const BmChartPoint *p = &g_array_index (fr->chart->points, BmChartPoint, i);
      double x = bm_chart_frame_x (f, p->time);

      if (p->id != fr->chart->selected)
        continue;
      cairo_move_to (fr->cr, round (x) + 0.5, f->top);
      cairo_line_to (fr->cr, round (x) + 0.5, f->bottom);
      bm_chart_source (fr->cr, &s->accent, 0.35);
      cairo_set_line_width (fr->cr, 1);
      cairo_stroke (fr->cr);
      cairo_arc (fr->cr, x, bm_chart_frame_y (f, p->pain, f->y_max), r * 2, 0, 2 * G_PI);
      bm_chart_source (fr->cr, &s->accent, 1);
      cairo_set_line_width (fr->cr, MAX (1.5, r * 0.6));
      cairo_stroke (fr->cr);
      return;
    }
}

static void
draw_plot (BmChartPaint *fr)
{
  const BmChartFrame *f = fr->f;
  const BmJournalChartStyle *s = &fr->chart->style;
  double r = s->font_size * 0.3, width = MAX (1.2, s->font_size * 0.2);

  cairo_save (fr->cr);
  cairo_rectangle (fr->cr, f->left - 2 * r, f->top - 2 * r, f->right - f->left + 4 * r, f->bottom - f->top + 4 * r);
  cairo_clip (fr->cr);
  draw_series (fr, 1, &s->areas, width * 0.8, TRUE);
  if (f->any_numb)
    {
      static const double dash[] = { 4, 3 };
      cairo_set_dash (fr->cr, dash, 2, 0);
      draw_series (fr, 2, &s->numb, width * 0.8, FALSE);
      cairo_set_dash (fr->cr, NULL, 0, 0);
    }
  if (fr->chart->region != NULL)
    {
      draw_series (fr, 3, &s->region, width, FALSE);
      if (!f->dense)
        draw_dots (fr, 3, &s->region, r);
    }
  draw_series (fr, 0, &s->pain, width * 1.4, FALSE);
  if (!f->dense)
    draw_dots (fr, 0, &s->pain, r * 1.25);
  draw_selected (fr, r * 1.25);
  cairo_restore (fr->cr);
}

/* ---- Legend and empty state ----------------------------------------------------- */

/* An item where the layout put it (its swatch, then its text). */
static void
legend_item (BmChartPaint  *fr,
             BmChartLegend  item,
             const BmRgba  *ink,
             gboolean       band)
{
  const BmChartFrame *f = fr->f;
  double x = f->legend_x[item], top = f->legend_row[item];
  double y = top + f->line / 2, sw = fr->chart->style.font_size * 1.4;

  if (x < 0)
    return;
  if (band)
    cairo_rectangle (fr->cr, x, y - f->line * 0.3, sw, f->line * 0.6);
  else
    {
      cairo_rectangle (fr->cr, x, y - 1, sw, 2.2);
      cairo_arc (fr->cr, x + sw / 2, y + 0.1, fr->chart->style.font_size * 0.3, 0, 2 * G_PI);
    }
  bm_chart_source (fr->cr, ink, 1);
  cairo_fill (fr->cr);
  bm_chart_label (fr, bm_chart_legend_text (item), x + BM_CHART_SWATCH (fr->chart->style.font_size), top, 0,
                  &fr->chart->style.foreground);
}

static void
draw_legend (BmChartPaint *fr)
{
  const BmJournalChartStyle *s = &fr->chart->style;

  legend_item (fr, BM_CHART_LEGEND_PAIN, &s->pain, FALSE);
  legend_item (fr, BM_CHART_LEGEND_AREAS, &s->areas, TRUE);
  legend_item (fr, BM_CHART_LEGEND_NUMB, &s->numb, FALSE);
  legend_item (fr, BM_CHART_LEGEND_REGION, &s->region, FALSE);
  legend_item (fr, BM_CHART_LEGEND_DONE, &s->done, TRUE);
}

static void
draw_empty (BmChartPaint *fr)
{
  const BmJournalChartStyle *s = &fr->chart->style;
  double cx = fr->f->width / 2, cy = fr->f->height / 2;
  BmRgba dim = s->foreground;

  dim.alpha *= 0.65;
  bm_chart_label (fr, _("No entries in this period"), cx, cy - fr->f->line, 0.5, &s->foreground);
  bm_chart_label (fr, _("Save your marks to the journal to follow your pain over time."), cx, cy + 2, 0.5, &dim);
}

void
bm_journal_chart_draw (BmJournalChart *self,
                       cairo_t        *cr,
                       double          width,
                       double          height)
{
  BmChartFrame f;
  BmChartPaint fr = { self, &f, cr, NULL };
  PangoFontDescription *desc;
  guint32 first, last;

  g_return_if_fail (BM_IS_JOURNAL_CHART (self) && cr != NULL);

  bm_journal_chart_layout (self, width, height, &f);
  cairo_save (cr);
  if (self->style.background.alpha > 0)
    {
      bm_chart_source (cr, &self->style.background, 1);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }
  fr.layout = pango_cairo_create_layout (cr);
  desc = pango_font_description_from_string (self->font_family);
  pango_font_description_set_absolute_size (desc, self->style.font_size * PANGO_SCALE);
  pango_layout_set_font_description (fr.layout, desc);
  pango_font_description_free (desc);
  if (f.first == f.last)
    draw_empty (&fr);
  else
    {
      first = bm_journal_chart_time_day (self, f.from);
      last = bm_journal_chart_time_day (self, f.to);
      grid (&fr);
      bm_chart_draw_dates (&fr, first, last);
      bm_chart_draw_weeks (&fr, first, last);
      bm_chart_draw_ticks (&fr, first, last);
      draw_plot (&fr);
      draw_legend (&fr);
    }
  g_object_unref (fr.layout);
  cairo_restore (cr);
}
