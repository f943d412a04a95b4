/* bm-journal-report.c: the progress report for a clinician
 *
 * Drawn by the stretch sheet's renderer (bm-sheet-private.h): its fonts,
 * inks, text, footer with the disclaimer, body-map marks and safe PDF
 * writer. Here the period is chosen, the blocks (header, chart, maps,
 * change, exercise, sources) measured and laid out on pages; the maps are
 * drawn in bm-journal-report-maps.c. Units are points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-journal-report-private.h"
#include "bm-sheet-private.h"

#define CHART_HEIGHT 215.0
#define ROW          15.0    /* a technique's row */

void
bm_journal_report_free (BmJournalReport *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->journal);
  g_clear_object (&self->atlas);
  g_clear_object (&self->art);
  g_clear_object (&self->chart);
  g_clear_object (&self->first);
  g_clear_object (&self->last);
  g_clear_pointer (&self->techniques, g_ptr_array_unref);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_free (self);
}

/* "2 March 2026", in the sheet's format. */
char *
bm_journal_report_format_day (guint32 day)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (bm_journal_day_midnight (day));

  /* The stretch sheet's date format, translated there. */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

static gboolean
no_entries (BmJournal  *journal,
            gint64      from,
            gint64      to,
            GError    **error)
{
  g_autoptr(GDateTime) a = from != G_MININT64 ? g_date_time_new_from_unix_local (from) : NULL;
  g_autoptr(GDateTime) b = to != G_MAXINT64 ? g_date_time_new_from_unix_local (to) : NULL;
  g_autofree char *first = a != NULL ? g_date_time_format (a, "%Y-%m-%d") : g_strdup ("…");
  g_autofree char *last = b != NULL ? g_date_time_format (b, "%Y-%m-%d") : g_strdup ("…");

  if (a == NULL && b == NULL)
    g_set_error (error, BM_ERROR, BM_ERROR_RANGE, _("the journal %s has no entries: there is nothing to report"),
                 bm_journal_get_path (journal));
  else
    g_set_error (error, BM_ERROR, BM_ERROR_RANGE, _("the journal %s has no entries from %s to %s"),
                 bm_journal_get_path (journal), first, last);
  return FALSE;
}

/* The period's entries: the first and last, how many, and their days. */
static gboolean
find_period (BmJournalReport  *self,
             gint64            from,
             gint64            to,
             GError          **error)
{
  GListModel *model = G_LIST_MODEL (self->journal);
  guint first = bm_journal_find_time (self->journal, from);
  guint end = to == G_MAXINT64 ? g_list_model_get_n_items (model) : bm_journal_find_time (self->journal, to + 1);

  if (first >= end)
    return no_entries (self->journal, from, to, error);
  self->first = g_list_model_get_item (model, first);
  self->last = g_list_model_get_item (model, end - 1);
  self->n_entries = end - first;
  self->first_day = bm_journal_entry_get_day (self->first);
  self->last_day = bm_journal_entry_get_day (self->last);
  return TRUE;
}

/* The techniques ticked at least once in the period. */
static void
find_techniques (BmJournalReport *self)
{
  GPtrArray *all = bm_journal_get_techniques (self->journal);

  self->techniques = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < all->len; i++)
    if (bm_journal_count_done (self->journal, all->pdata[i], self->first_day, self->last_day) > 0)
      g_ptr_array_add (self->techniques, g_strdup (all->pdata[i]));
}

/* The chart over the period's whole days, in print colours. */
static void
make_chart (BmJournalReport *self)
{
  BmJournalChartStyle style;

  self->chart = bm_journal_chart_new (self->journal);
  bm_journal_chart_get_print_style (&style);
  bm_journal_chart_set_style (self->chart, &style);
  bm_journal_chart_set_range (self->chart, bm_journal_day_midnight (self->first_day),
                              bm_journal_day_midnight (self->last_day + 1) - 1);
}

BmJournalReport *
bm_journal_report_new (BmJournal  *journal,
                       BmAtlas    *atlas,
                       gint64      from,
                       gint64      to,
                       GError    **error)
{
  g_autoptr(BmJournalReport) self = g_new0 (BmJournalReport, 1);

  g_return_val_if_fail (BM_IS_JOURNAL (journal) && BM_IS_ATLAS (atlas), NULL);

  from = from == 0 ? G_MININT64 : from;
  to = to == 0 ? G_MAXINT64 : to;
  self->journal = g_object_ref (journal);
  self->atlas = g_object_ref (atlas);
  self->date = g_date_time_new_now_local ();
  self->blocks = g_array_new (FALSE, FALSE, sizeof (BmReportBlock));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  if (!find_period (self, from, to, error) ||
      (self->art = bm_body_art_new (bm_atlas_get_catalog (atlas), error)) == NULL)
    return NULL;
  find_techniques (self);
  make_chart (self);
  return g_steal_pointer (&self);
}

void
bm_journal_report_set_date (BmJournalReport *self,
                            GDateTime       *date)
{
  g_return_if_fail (self != NULL && date != NULL);
  g_date_time_unref (self->date);
  self->date = g_date_time_ref (date);
}

guint
bm_journal_report_get_n_entries (BmJournalReport *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_entries;
}

/* ---- Blocks ------------------------------------------------------------------ */

static double
full_width (BmJournalReport *self)
{
  return self->width - 2 * self->margin;
}

static double
heading (BmJournalReport *self,
         cairo_t         *cr,
         double           y,
         const char      *markup,
         gboolean         paint)
{
  return bm_sheet_text (cr, self->margin, y, full_width (self), BM_SHEET_FONT_HEADING, markup,
                        bm_sheet_ink_text, paint) + 4;
}

static double
draw_header (BmJournalReport *self,
             cairo_t         *cr,
             double           y,
             gboolean         paint)
{
  g_autofree char *today = g_date_time_format (self->date, _("%-d %B %Y"));
  g_autofree char *made = g_markup_printf_escaped (_("Made on %s with Bodymap"), today);
  g_autofree char *first = bm_journal_report_format_day (self->first_day);
  g_autofree char *last = bm_journal_report_format_day (self->last_day);
  g_autofree char *entries = g_strdup_printf (ngettext ("%u entry", "%u entries", self->n_entries), self->n_entries);
  g_autofree char *period = g_markup_printf_escaped (_("<b>Period:</b> %s – %s · %s"), first, last, entries);
  g_autofree char *trend = g_markup_printf_escaped (_("<b>Overall pain</b> (the sum of the intensities of all areas): "
                                                      "%u at the first entry, %u at the last. "
                                                      "<b>Areas marked:</b> %u, then %u."),
                                                    bm_journal_entry_get_pain_total (self->first),
                                                    bm_journal_entry_get_pain_total (self->last),
                                                    bm_journal_entry_get_n_areas (self->first),
                                                    bm_journal_entry_get_n_areas (self->last));
  double y0 = y, x = self->margin, w = full_width (self);

  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_TITLE, _("Progress report"), bm_sheet_ink_text, paint);
  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_SMALL, made, bm_sheet_ink_dim, paint) + 8;
  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_BODY, period, bm_sheet_ink_text, paint) + 2;
  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_BODY, trend, bm_sheet_ink_text, paint);
  return y - y0;
}

static double
draw_chart (BmJournalReport *self,
            cairo_t         *cr,
            double           y,
            gboolean         paint)
{
  double h = heading (self, cr, y, _("Pain over time"), paint);

  if (paint)
    {
      cairo_save (cr);
      cairo_translate (cr, self->margin, y + h);
      bm_journal_chart_draw (self->chart, cr, full_width (self), CHART_HEIGHT);
      cairo_restore (cr);
    }
  return h + CHART_HEIGHT;
}

/* "12 of 28 days" and "43%" in their columns, and a bar between. */
static void
adherence_row (BmJournalReport *self,
               cairo_t         *cr,
               double           y,
               const char      *name,
               guint            done,
               gboolean         paint)
{
  guint days = self->last_day - self->first_day + 1, percent = (done * 100 + days / 2) / days;
  g_autofree char *count = g_strdup_printf (ngettext ("%u of %u day", "%u of %u days", days), done, days);
  /* Translators: a share of days, "43%"; in German "43 %". */
  g_autofree char *share = g_strdup_printf (_("%u%%"), percent);
  double x = self->margin, w = full_width (self), bar_x = x + w - 230, bar_w = 90;

  bm_sheet_text (cr, x, y, bar_x - x - 8, BM_SHEET_FONT_BODY, name, bm_sheet_ink_text, paint);
  bm_sheet_text (cr, bar_x + bar_w + 10, y, 95, BM_SHEET_FONT_BODY, count, bm_sheet_ink_text, paint);
  bm_sheet_text (cr, x + w - 32, y, 32, BM_SHEET_FONT_BODY, share, bm_sheet_ink_text, paint);
  if (!paint)
    return;
  cairo_rectangle (cr, bar_x, y + 3, bar_w, 7);
  cairo_set_source_rgb (cr, bm_sheet_ink_rule.r, bm_sheet_ink_rule.g, bm_sheet_ink_rule.b);
  cairo_fill (cr);
  cairo_rectangle (cr, bar_x, y + 3, bar_w * done / days, 7);
  cairo_set_source_rgb (cr, 0.15, 0.58, 0.27);
  cairo_fill (cr);
}

static double
draw_exercise (BmJournalReport *self,
               cairo_t         *cr,
               double           y,
               gboolean         paint)
{
  guint days = self->last_day - self->first_day + 1;
  guint any = bm_journal_count_done (self->journal, NULL, self->first_day, self->last_day);
  g_autofree char *intro = g_strdup_printf (ngettext ("Days with a technique ticked as done, of the %u day "
                                                      "from the first entry to the last.",
                                                      "Days with a technique ticked as done, of the %u days "
                                                      "from the first entry to the last.", days), days);
  double y0 = y;

  y += heading (self, cr, y, _("Exercise"), paint);
  y += bm_sheet_text (cr, self->margin, y, full_width (self), BM_SHEET_FONT_SMALL, intro, bm_sheet_ink_dim, paint) + 4;
  if (self->techniques->len == 0)
    return y - y0 + bm_sheet_text (cr, self->margin, y, full_width (self), BM_SHEET_FONT_BODY,
                                   _("No exercise was ticked as done in this period."), bm_sheet_ink_text, paint);
  adherence_row (self, cr, y, _("<b>Any technique</b>"), any, paint);
  return y + ROW - y0;
}

static double
draw_technique (BmJournalReport *self,
                cairo_t         *cr,
                guint            index,
                double           y,
                gboolean         paint)
{
  const char *key = self->techniques->pdata[index];
  const BmMuscle *muscle = NULL;
  const BmTechnique *t = bm_technique_key_lookup (self->atlas, key, &muscle);
  guint done = bm_journal_count_done (self->journal, key, self->first_day, self->last_day);
  g_autofree char *name = t != NULL ? g_markup_printf_escaped ("%s <span foreground=\"#5e5c64\">· %s</span>",
                                                               t->title, muscle->name)
                                    : g_markup_escape_text (key, -1);

  adherence_row (self, cr, y, name, done, paint);
  return ROW;
}

static double
draw_sources (BmJournalReport *self,
              cairo_t         *cr,
              double           y,
              gboolean         paint)
{
  GArray *sources = bm_journal_entry_get_sources (self->last);
  g_autofree char *day = bm_journal_report_format_day (self->last_day);
  g_autofree char *note = g_markup_printf_escaped (_("As Bodymap ranked them from the marks of the last entry, "
                                                     "on %s: muscles whose trigger points may refer pain there. "
                                                     "Self-care education, not a diagnosis."), day);
  double y0 = y, x = self->margin, w = full_width (self);

  y += heading (self, cr, y, _("Likely sources now"), paint);
  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_SMALL, note, bm_sheet_ink_dim, paint) + 4;
  if (sources->len == 0)
    return y - y0 + bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_BODY, _("No sources were saved with the last entry."),
                                   bm_sheet_ink_text, paint);
  for (guint i = 0; i < sources->len; i++)
    {
      const BmJournalSource *s = &g_array_index (sources, BmJournalSource, i);
      const BmMuscle *m = bm_atlas_lookup (self->atlas, s->muscle);
      g_autofree char *score = g_strdup_printf (_("match %.0f of 100"), s->score);
      g_autofree char *line = g_markup_printf_escaped ("<b>%u.</b> %s · %s · %s", i + 1, m != NULL ? m->name : s->muscle,
                                                       bm_candidate_side_get_label (s->side), score);

      y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_BODY, line, bm_sheet_ink_text, paint) + 2;
    }
  return y - y0;
}

static double
draw_block (BmJournalReport     *self,
            cairo_t             *cr,
            const BmReportBlock *block,
            double               y,
            gboolean             paint)
{
  switch (block->kind)
    {
    case BM_REPORT_HEADER:
      return draw_header (self, cr, y, paint);
    case BM_REPORT_CHART:
      return draw_chart (self, cr, y, paint);
    case BM_REPORT_MAPS:
      return bm_journal_report_draw_maps (self, cr, y, paint);
    case BM_REPORT_CHANGE:
      return bm_journal_report_draw_change (self, cr, y, paint);
    case BM_REPORT_EXERCISE:
      return draw_exercise (self, cr, y, paint);
    case BM_REPORT_TECHNIQUE:
      return draw_technique (self, cr, block->index, y, paint);
    case BM_REPORT_SOURCES:
      return draw_sources (self, cr, y, paint);
    default:
      g_return_val_if_reached (0);
    }
}

/* ---- Pages ------------------------------------------------------------------- */

static void
add_block (BmJournalReport   *self,
           BmReportBlockKind  kind,
           guint              index,
           gboolean           keep_with_next)
{
  BmReportBlock block = { kind, index, 0, keep_with_next };

  g_array_append_val (self->blocks, block);
}

/* The blocks, measured with the real fonts. */
static void
build_blocks (BmJournalReport *self)
{
  cairo_t *cr = bm_sheet_measuring_context ();

  g_array_set_size (self->blocks, 0);
  add_block (self, BM_REPORT_HEADER, 0, TRUE);
  add_block (self, BM_REPORT_CHART, 0, FALSE);
  add_block (self, BM_REPORT_MAPS, 0, FALSE);
  add_block (self, BM_REPORT_CHANGE, 0, FALSE);
  add_block (self, BM_REPORT_EXERCISE, 0, TRUE);
  for (guint i = 0; i < self->techniques->len; i++)
    add_block (self, BM_REPORT_TECHNIQUE, i, FALSE);
  add_block (self, BM_REPORT_SOURCES, 0, FALSE);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      BmReportBlock *block = &g_array_index (self->blocks, BmReportBlock, i);
      block->height = draw_block (self, cr, block, 0, FALSE);
    }
  cairo_destroy (cr);
}

/* The rows of a table follow each other without a gap. */
static double
gap_after (BmJournalReport *self,
           guint            i)
{
  gboolean row_next = i + 1 < self->blocks->len &&
                      g_array_index (self->blocks, BmReportBlock, i + 1).kind == BM_REPORT_TECHNIQUE;

  return row_next ? 0 : BM_SHEET_GAP;
}

guint
bm_journal_report_paginate (BmJournalReport *self,
                            double           width,
                            double           height)
{
  double y, bottom;

  g_return_val_if_fail (self != NULL, 0);

  self->width = width;
  self->height = height;
  self->margin = MIN (width, height) * BM_SHEET_MARGIN;
  bottom = height - self->margin - BM_SHEET_FOOTER;
  build_blocks (self);
  g_array_set_size (self->page_starts, 0);
  y = bottom + 1;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const BmReportBlock *block = &g_array_index (self->blocks, BmReportBlock, i);
      double need = block->height;

      /* A heading with its first row. */
      if (block->keep_with_next && i + 1 < self->blocks->len)
        need += gap_after (self, i) + g_array_index (self->blocks, BmReportBlock, i + 1).height;
      if (y + need > bottom)
        {
          g_array_append_val (self->page_starts, i);
          y = self->margin;
        }
      y += block->height + gap_after (self, i);
    }
  return self->page_starts->len;
}

void
bm_journal_report_draw_page (BmJournalReport *self,
                             cairo_t         *cr,
                             guint            page)
{
  guint first, last;
  double y;

  g_return_if_fail (self != NULL && page < self->page_starts->len);

  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1) : self->blocks->len;
  y = self->margin;
  for (guint i = first; i < last; i++)
    {
      const BmReportBlock *block = &g_array_index (self->blocks, BmReportBlock, i);

      draw_block (self, cr, block, y, TRUE);
      y += block->height + gap_after (self, i);
    }
  bm_sheet_paint_footer (cr, self->width, self->height, self->margin, page, self->page_starts->len);
}

static void
draw_report_page (gpointer  data,
                  cairo_t  *cr,
                  guint     page)
{
  bm_journal_report_draw_page (data, cr, page);
}

gboolean
bm_journal_report_export_pdf (BmJournalReport  *self,
                              const char       *path,
                              double            paper_width,
                              double            paper_height,
                              GError          **error)
{
  BmSheetDocument doc = { _("Progress report"), "Progress report", self->date, 0, draw_report_page, self };

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  doc.n_pages = bm_journal_report_paginate (self, paper_width, paper_height);
  return bm_sheet_write_document (&doc, path, BM_SHEET_PDF, paper_width, paper_height, error);
}
