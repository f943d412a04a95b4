/* bm-journal-chart.c: the journal chart's data, range, layout and hit test
 *
 * The chart copies what it draws from the journal into plain arrays when
 * the journal changes (one pass over the entries, one over the days), so
 * that a frame (bm-journal-chart-draw.c) never touches an entry object and
 * only walks the entries inside its range, found by binary search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "bm-journal-chart-private.h"

#define SPAN_MARGIN_DAYS 31   /* days of the exercise log kept beyond the entries */
#define HIT_RADIUS       1.1  /* in lines of text */

G_DEFINE_FINAL_TYPE (BmJournalChart, bm_journal_chart, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
changed (BmJournalChart *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The selected region's pain intensity in every point. */
static void
fill_region (BmJournalChart *self)
{
  for (guint i = 0; i < self->points->len; i++)
    {
      BmChartPoint *p = &g_array_index (self->points, BmChartPoint, i);
      BmJournalEntry *entry;

      p->region = 0;
      if (self->region == NULL)
        continue;
      entry = g_list_model_get_item (G_LIST_MODEL (self->journal), i);
      p->region = bm_journal_entry_get_intensity (entry, self->region, BM_SYMPTOM_PAIN);
      g_object_unref (entry);
    }
}

static void
fill_points (BmJournalChart *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->journal));

  g_array_set_size (self->points, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->journal), i);
      BmChartPoint *p = &g_array_index (self->points, BmChartPoint, i);

      p->time = bm_journal_entry_get_time (entry);
      p->id = bm_journal_entry_get_id (entry);
      p->day = bm_journal_entry_get_day (entry);
      p->pain = MIN (bm_journal_entry_get_pain_total (entry), G_MAXUINT16);
      p->numb = MIN (bm_journal_entry_get_numb_total (entry), G_MAXUINT16);
      p->areas = MIN (bm_journal_entry_get_n_areas (entry), G_MAXUINT16);
      p->region = 0;
    }
  fill_region (self);
}

/* The days from a month before the first entry to a month after the last
 * one (or today, if later): their midnights and whether any exercise was
 * ticked. */
static void
fill_days (BmJournalChart *self)
{
  guint32 today = bm_journal_today (), first = today, last = today;

  if (self->points->len > 0)
    {
      first = MIN (first, g_array_index (self->points, BmChartPoint, 0).day);
      last = MAX (last, g_array_index (self->points, BmChartPoint, self->points->len - 1).day);
    }
  first = first > SPAN_MARGIN_DAYS + 1 ? first - SPAN_MARGIN_DAYS : 1;
  last += SPAN_MARGIN_DAYS;
  self->first_day = first;
  g_array_set_size (self->day_start, last - first + 2);
  g_byte_array_set_size (self->done, last - first + 1);
  for (guint32 d = first; d <= last + 1; d++)
    g_array_index (self->day_start, gint64, d - first) = bm_journal_day_midnight (d);
  for (guint32 d = first; d <= last; d++)
    self->done->data[d - first] = bm_journal_count_done (self->journal, NULL, d, d) > 0;
}

static void
on_items_changed (BmJournalChart *self)
{
  fill_points (self);
  fill_days (self);
  changed (self);
}

static void
on_exercise_changed (BmJournalChart *self)
{
  fill_days (self);
  changed (self);
}

static void
bm_journal_chart_finalize (GObject *object)
{
  BmJournalChart *self = BM_JOURNAL_CHART (object);

  g_clear_object (&self->journal);
  g_free (self->font_family);
  g_array_unref (self->points);
  g_array_unref (self->day_start);
  g_byte_array_unref (self->done);
  G_OBJECT_CLASS (bm_journal_chart_parent_class)->finalize (object);
}

static void
bm_journal_chart_class_init (BmJournalChartClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bm_journal_chart_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bm_journal_chart_init (BmJournalChart *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (BmChartPoint));
  self->day_start = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->done = g_byte_array_new ();
}

BmJournalChart *
bm_journal_chart_new (BmJournal *journal)
{
  BmJournalChart *self;
  BmJournalChartStyle style;

  g_return_val_if_fail (BM_IS_JOURNAL (journal), NULL);

  self = g_object_new (BM_TYPE_JOURNAL_CHART, NULL);
  self->journal = g_object_ref (journal);
  bm_journal_chart_get_default_style (&style, FALSE);
  bm_journal_chart_set_style (self, &style);
  g_signal_connect_object (journal, "items-changed", G_CALLBACK (on_items_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (journal, "exercise-changed", G_CALLBACK (on_exercise_changed), self, G_CONNECT_SWAPPED);
  fill_points (self);
  fill_days (self);
  return self;
}

BmJournal *
bm_journal_chart_get_journal (BmJournalChart *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_CHART (self), NULL);
  return self->journal;
}

void
bm_journal_chart_set_style (BmJournalChart            *self,
                            const BmJournalChartStyle *style)
{
  g_return_if_fail (BM_IS_JOURNAL_CHART (self) && style != NULL && style->font_size > 0);

  g_free (self->font_family);
  self->font_family = g_strdup (style->font_family != NULL ? style->font_family : "Sans");
  self->style = *style;
  self->style.font_family = self->font_family;
  self->legend_measured = FALSE;
  changed (self);
}

void
bm_journal_chart_set_range (BmJournalChart *self,
                            gint64          from,
                            gint64          to)
{
  g_return_if_fail (BM_IS_JOURNAL_CHART (self) && from <= to);

  if (self->from == from && self->to == to)
    return;
  self->from = from;
  self->to = to;
  changed (self);
}

void
bm_journal_chart_get_range (BmJournalChart *self,
                            gint64         *from,
                            gint64         *to)
{
  g_return_if_fail (BM_IS_JOURNAL_CHART (self));
  *from = self->from;
  *to = self->to;
}

gboolean
bm_journal_chart_get_extent (BmJournalChart *self,
                             gint64         *first,
                             gint64         *last)
{
  g_return_val_if_fail (BM_IS_JOURNAL_CHART (self), FALSE);

  if (self->points->len == 0)
    return FALSE;
  *first = g_array_index (self->points, BmChartPoint, 0).time;
  *last = g_array_index (self->points, BmChartPoint, self->points->len - 1).time;
  return TRUE;
}

void
bm_journal_chart_set_region (BmJournalChart *self,
                             const char     *region)
{
  const char *interned = region != NULL ? g_intern_string (region) : NULL;

  g_return_if_fail (BM_IS_JOURNAL_CHART (self));

  if (self->region == interned)
    return;
  self->region = interned;
  fill_region (self);
  changed (self);
}

const char *
bm_journal_chart_get_region (BmJournalChart *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_CHART (self), NULL);
  return self->region;
}

void
bm_journal_chart_set_selected (BmJournalChart *self,
                               gint64          id)
{
  g_return_if_fail (BM_IS_JOURNAL_CHART (self));

  if (self->selected == id)
    return;
  self->selected = id;
  changed (self);
}

gint64
bm_journal_chart_get_selected (BmJournalChart *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_CHART (self), 0);
  return self->selected;
}

/* ---- Days ---------------------------------------------------------------- */

gint64
bm_journal_chart_day_time (BmJournalChart *self,
                           guint32         day)
{
  if (day >= self->first_day && day - self->first_day < self->day_start->len)
    return g_array_index (self->day_start, gint64, day - self->first_day);
  return bm_journal_day_midnight (day);
}

gboolean
bm_journal_chart_day_done (BmJournalChart *self,
                           guint32         day)
{
  return day >= self->first_day && day - self->first_day < self->done->len &&
         self->done->data[day - self->first_day];
}

/* The local day of @time: by binary search in the span, else GDateTime. */
guint32
bm_journal_chart_time_day (BmJournalChart *self,
                           gint64          time)
{
  const gint64 *starts = (const gint64 *) (void *) self->day_start->data;
  guint lo = 0, hi = self->day_start->len;

  if (hi >= 2 && time >= starts[0] && time < starts[hi - 1])
    {
      while (hi - lo > 1)
        {
          guint mid = (lo + hi) / 2;

          if (starts[mid] <= time)
            lo = mid;
          else
            hi = mid;
        }
      return self->first_day + lo;
    }
  return bm_journal_day_of (time);
}

/* ---- Layout ---------------------------------------------------------------- */

/* The smallest of 1, 2, 5 × 10ⁿ at least @max / @lines: a grid step. */
static double
nice_step (double max,
           double lines)
{
  double raw = MAX (max, 1) / lines, unit = pow (10, floor (log10 (raw)));

  for (guint i = 0; i < 3; i++)
    {
      static const double factors[] = { 1, 2, 5 };
      if (factors[i] * unit >= raw)
        return factors[i] * unit;
    }
  return 10 * unit;
}

static void
visible_time (BmJournalChart *self,
              BmChartFrame   *f)
{
  gint64 first = 0, last = 0, pad;

  if (self->from != 0 || self->to != 0)
    {
      f->from = self->from;
      f->to = MAX (self->to, self->from + 1);
      return;
    }
  bm_journal_chart_get_extent (self, &first, &last);
  /* A little room either side of the first and last entries. */
  pad = MAX ((last - first) / 40, 12 * 3600);
  f->from = first - pad;
  f->to = last + pad;
}

static void
scales (BmJournalChart *self,
        BmChartFrame   *f)
{
  double y_max = 0, areas_max = 0;

  for (guint i = f->first; i < f->last; i++)
    {
      const BmChartPoint *p = &g_array_index (self->points, BmChartPoint, i);

      y_max = MAX (y_max, MAX (p->pain, p->numb));
      areas_max = MAX (areas_max, p->areas);
      f->any_numb |= p->numb > 0;
    }
  f->y_step = nice_step (MAX (y_max, 10), 4);
  f->y_max = ceil (MAX (y_max, 10) / f->y_step) * f->y_step;
  /* Some room above the areas, so that their steps stay off the top. */
  areas_max = MAX (ceil (areas_max * 1.2), 4);
  f->areas_step = nice_step (areas_max, 4);
  f->areas_max = ceil (areas_max / f->areas_step) * f->areas_step;
}

/* ---- The legend ----------------------------------------------------------- */

const char *
bm_chart_legend_text (BmChartLegend item)
{
  switch (item)
    {
    case BM_CHART_LEGEND_PAIN:
      return _("Overall pain (sum of intensities)");
    case BM_CHART_LEGEND_AREAS:
      return _("Areas (right scale)");
    case BM_CHART_LEGEND_NUMB:
      return _("Numbness");
    case BM_CHART_LEGEND_REGION:
      return _("Selected area");
    case BM_CHART_LEGEND_DONE:
    case BM_CHART_N_LEGEND:
    default:
      return _("Exercise done, days a week");
    }
}

/* The texts' widths in the style's font, with pango's default cairo fonts
 * (those the frame draws with); once per style. */
static void
measure_legend (BmJournalChart *self)
{
  PangoContext *context;
  PangoLayout *layout;
  PangoFontDescription *desc;

  if (self->legend_measured)
    return;
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  layout = pango_layout_new (context);
  desc = pango_font_description_from_string (self->font_family);
  pango_font_description_set_absolute_size (desc, self->style.font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  for (guint i = 0; i < BM_CHART_N_LEGEND; i++)
    {
      int w, h;

      pango_layout_set_text (layout, bm_chart_legend_text (i), -1);
      pango_layout_get_pixel_size (layout, &w, &h);
      self->legend_w[i] = w;
    }
  pango_font_description_free (desc);
  g_object_unref (layout);
  g_object_unref (context);
  self->legend_measured = TRUE;
}

/* Places the legend's items from @x0, line after line so that every item
 * shown is named however narrow the chart; returns the number of lines. */
static guint
legend_flow (BmJournalChart *self,
             BmChartFrame   *f,
             double          x0)
{
  double font = self->style.font_size, x = x0;
  guint rows = 1;

  measure_legend (self);
  for (guint i = 0; i < BM_CHART_N_LEGEND; i++)
    {
      double w = BM_CHART_SWATCH (font) + self->legend_w[i];

      f->legend_x[i] = -1;
      if ((i == BM_CHART_LEGEND_NUMB && !f->any_numb) || (i == BM_CHART_LEGEND_REGION && self->region == NULL))
        continue;
      if (x > x0 && x + w > f->width - font * 0.6)
        {
          x = x0;
          rows++;
        }
      f->legend_x[i] = x;
      f->legend_row[i] = f->legend_y + (rows - 1) * f->line;
      x += w + BM_CHART_LEGEND_GAP (font);
    }
  return rows;
}

void
bm_journal_chart_layout (BmJournalChart *self,
                         double          width,
                         double          height,
                         BmChartFrame   *f)
{
  double line = self->style.font_size * 1.35, pad = self->style.font_size * 0.6;
  guint n = self->points->len;

  guint rows;

  memset (f, 0, sizeof *f);
  f->width = width;
  f->height = height;
  f->line = line;
  f->legend_y = pad;
  f->left = self->style.font_size * 3.2;
  f->right = width - self->style.font_size * 3.0;
  /* A point at either end of the range shows whole, its selection ring too. */
  f->inset = self->style.font_size * 0.3 * 2.5 + 1;
  visible_time (self, f);
  f->first = bm_journal_find_time (self->journal, f->from);
  f->last = f->to < G_MAXINT64 ? bm_journal_find_time (self->journal, f->to + 1) : n;
  f->lo = f->first > 0 ? f->first - 1 : 0;
  f->hi = MIN (f->last + 1, n);
  scales (self, f);
  rows = legend_flow (self, f, pad);
  f->top = pad + line * (rows + 0.6);
  f->axis_y = height - pad - line;
  f->week_h = line;
  f->week_y = f->axis_y - f->week_h - 2;
  f->tick_h = line * 0.7;
  f->tick_y = f->week_y - f->tick_h - 2;
  f->bottom = f->tick_y - pad * 0.8;
  f->dense = (f->last - f->first) * 3.0 > f->right - f->left - 2 * f->inset;
}

guint
bm_journal_chart_count_visible (BmJournalChart *self)
{
  BmChartFrame f;

  g_return_val_if_fail (BM_IS_JOURNAL_CHART (self), 0);
  bm_journal_chart_layout (self, 100, 100, &f);
  return f.last - f.first;
}

double
bm_chart_frame_x (const BmChartFrame *f,
                  gint64              time)
{
  return f->left + f->inset + (f->right - f->left - 2 * f->inset) * (double) (time - f->from) / (double) (f->to - f->from);
}

double
bm_chart_frame_y (const BmChartFrame *f,
                  double              value,
                  double              max)
{
  return f->bottom - (f->bottom - f->top) * value / max;
}

/* ---- Hit test ----------------------------------------------------------------- */

static double
hit_distance (BmJournalChart     *self,
              const BmChartFrame *f,
              const BmChartPoint *p,
              double              x,
              double              y)
{
  double px = bm_chart_frame_x (f, p->time), d;

  if (f->dense)
    return fabs (px - x);
  d = hypot (px - x, bm_chart_frame_y (f, p->pain, f->y_max) - y);
  if (self->region != NULL)
    d = MIN (d, hypot (px - x, bm_chart_frame_y (f, p->region, f->y_max) - y));
  return d;
}

gint64
bm_journal_chart_entry_at (BmJournalChart *self,
                           double          width,
                           double          height,
                           double          x,
                           double          y)
{
  BmChartFrame f;
  double radius, best;
  gint64 id = 0, t0, t1;
  guint i;

  g_return_val_if_fail (BM_IS_JOURNAL_CHART (self), 0);

  bm_journal_chart_layout (self, width, height, &f);
  radius = f.line * HIT_RADIUS;
  best = radius;
  if (f.first == f.last || x < f.left - radius || x > f.right + radius || y < f.top - radius || y > f.bottom + radius)
    return 0;
  t0 = f.from + (gint64) ((x - radius - f.left - f.inset) / (f.right - f.left - 2 * f.inset) * (f.to - f.from));
  t1 = f.from + (gint64) ((x + radius - f.left - f.inset) / (f.right - f.left - 2 * f.inset) * (f.to - f.from));
  for (i = MAX (bm_journal_find_time (self->journal, t0), f.first); i < f.last; i++)
    {
      const BmChartPoint *p = &g_array_index (self->points, BmChartPoint, i);
      double d;

      if (p->time > t1)
        break;
      if ((d = hit_distance (self, &f, p, x, y)) <= best)
        {
          best = d;
          id = p->id;
        }
    }
  return id;
}
