/* bm-sheet-parts.c: the stretch sheet's header, notice, weekly table,
 * notes box and perpetuating factors
 *
 * Each part draws at a given y, full text width, and returns its height;
 * drawn with paint = FALSE it only measures. Units are points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-sheet-private.h"

#define CLIENT_LINE 230.0   /* the line to write a client's name on */
#define NOTES_LINES 4

static double
left (BmSheet *self)
{
  return self->margin;
}

static double
full_width (BmSheet *self)
{
  return self->width - 2 * self->margin;
}

static void
rule (cairo_t    *cr,
      double      x1,
      double      x2,
      double      y,
      double      width,
      BmSheetInk  ink)
{
  cairo_move_to (cr, x1, y);
  cairo_line_to (cr, x2, y);
  cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
  cairo_set_line_width (cr, width);
  cairo_stroke (cr);
}

/* ---- Header --------------------------------------------------------------------- */

static char *
marked_areas_markup (BmSheet *self)
{
  BmPainMap *map = bm_session_get_pain_map (self->session);
  BmRegionCatalog *catalog = bm_pain_map_get_catalog (map);
  g_autoptr(GArray) marks = bm_pain_map_get_marks (map);
  GString *s = g_string_new (_("<b>Where it hurts:</b> "));

  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);
      /* An area both painful and numb is one item: "…, pain 6/10 and numb 4/10". */
      gboolean same_area = i > 0 && g_array_index (marks, BmMark, i - 1).region == mark->region;
      g_autofree char *item = g_markup_printf_escaped ("%s%s%s%s %u/10",
        same_area ? _(" and ") : i ? " · " : "",
        same_area ? "" : bm_region_catalog_get_region (catalog, mark->region)->label,
        same_area ? "" : ", ", mark->symptom == BM_SYMPTOM_NUMBNESS ? _("numb") : _("pain"), mark->intensity);

      g_string_append (s, item);
    }
  return g_string_free (s, FALSE);
}

/* "Client: NAME", or "Client:" and a line to write the name on. */
static double
client_line (BmSheet  *self,
             cairo_t  *cr,
             double    y,
             gboolean  paint)
{
  g_autofree char *line = g_markup_printf_escaped (_("<b>Client:</b> %s"), self->client ? self->client : "");
  double h = bm_sheet_text (cr, left (self), y, full_width (self), BM_SHEET_FONT_SUB, line, bm_sheet_ink_text, paint);

  if (paint && (self->client == NULL || self->client[0] == '\0'))
    rule (cr, left (self) + 42, left (self) + 42 + CLIENT_LINE, y + h - 2, 0.7, bm_sheet_ink_dim);
  return h;
}

static double
handout_intro (BmSheet  *self,
               cairo_t  *cr,
               double    y,
               gboolean  paint)
{
  const char *intro = self->n_techniques == 1 ?
    _("One stretch for each muscle below. Move slowly into each position and stop if anything causes "
      "sharp pain, numbness or tingling.") :
    _("A stretch and a release for each muscle below. Move slowly into each position and stop if "
      "anything causes sharp pain, numbness or tingling.");

  return bm_sheet_text (cr, left (self), y, full_width (self), BM_SHEET_FONT_BODY, intro, bm_sheet_ink_text, paint);
}

double
bm_sheet_draw_header (BmSheet  *self,
                      cairo_t  *cr,
                      double    y,
                      gboolean  paint)
{
  /* Translators: the sheet's date, a g_date_time_format() format: "%-d %B %Y"
   * is "2 December 2026" (%-d the day without padding, %B the month's name in
   * your language, %Y the year). In German "%-d. %B %Y" gives "2. Dezember 2026". */
  g_autofree char *date = g_date_time_format (self->date, _("%-d %B %Y"));
  g_autofree char *made = g_markup_printf_escaped (_("Made on %s with Bodymap"), date);
  g_autofree char *summary = bm_sheet_describe_sources (self);
  g_autofree char *areas = NULL;
  double y0 = y, x = left (self), w = full_width (self);

  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_TITLE, _("My Stretch Sheet"), bm_sheet_ink_text, paint);
  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_SMALL, made, bm_sheet_ink_dim, paint) + 8;
  if (bm_sheet_is_handout (self) || self->client != NULL)
    y += client_line (self, cr, y, paint) + 6;
  if (bm_sheet_is_handout (self))
    return y + handout_intro (self, cr, y, paint) - y0;
  areas = marked_areas_markup (self);
  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_BODY, areas, bm_sheet_ink_text, paint) + 2;
  if (summary != NULL)
    {
      g_autofree char *sources = g_markup_printf_escaped ("<b>%s</b> %s.", bm_sheet_is_picked (self) ?
                                                          _("On this sheet:") : _("Likely sources:"), summary);

      y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_BODY, sources, bm_sheet_ink_text, paint);
    }
  return y - y0;
}

/* ---- Notice ----------------------------------------------------------------------- */

static double
flags_text (BmSheet  *self,
            cairo_t  *cr,
            double    y,
            double    pad,
            gboolean  paint)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  double inner = full_width (self) - 2 * pad, h = pad;

  h += bm_sheet_text (cr, left (self) + pad, y + h, inner, BM_SHEET_FONT_SUB, _("See a clinician before you start"),
                      bm_sheet_ink_warn, paint) + 4;
  for (guint i = 0; i < ranking->red_flags->len; i++)
    {
      const BmRedFlag *flag = ranking->red_flags->pdata[i];
      g_autofree char *line = g_markup_printf_escaped ("<b>%s.</b> %s", flag->label, flag->reason);

      h += bm_sheet_text (cr, left (self) + pad, y + h, inner, BM_SHEET_FONT_BODY, line, bm_sheet_ink_text, paint) + 3;
    }
  return h + pad - 3;
}

/* The notice in a tinted, outlined box: measured first, then drawn. */
double
bm_sheet_draw_flags (BmSheet  *self,
                     cairo_t  *cr,
                     double    y,
                     gboolean  paint)
{
  double h = flags_text (self, cr, y, 10, FALSE);
  BmSheetInk warn = bm_sheet_ink_warn;

  if (paint)
    {
      cairo_rectangle (cr, left (self), y, full_width (self), h);
      cairo_set_source_rgba (cr, warn.r, warn.g, warn.b, 0.08);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, warn.r, warn.g, warn.b);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      flags_text (self, cr, y, 10, TRUE);
    }
  return h;
}

/* ---- Weekly table -------------------------------------------------------------------- */

static void
tick_boxes (cairo_t *cr,
            double   x,
            double   y,
            double   cell)
{
  for (guint d = 0; d < 7; d++)
    cairo_rectangle (cr, x + d * cell + 3, y + 3, 11, 11);
  cairo_set_source_rgb (cr, bm_sheet_ink_dim.r, bm_sheet_ink_dim.g, bm_sheet_ink_dim.b);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

double
bm_sheet_draw_table (BmSheet  *self,
                     cairo_t  *cr,
                     double    y,
                     gboolean  paint)
{
  /* Translators: the days of the week, as short as fits a narrow column. */
  static const char *days[] = { N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun") };
  double y0 = y, row = 17, cell = 30, name_w = full_width (self) - 7 * cell, x = left (self);

  y += bm_sheet_text (cr, x, y, full_width (self), BM_SHEET_FONT_HEADING, _("This Week"), bm_sheet_ink_text, paint) + 2;
  y += bm_sheet_text (cr, x, y, full_width (self), BM_SHEET_FONT_SMALL,
                      _("Tick each session you do. Little and often works better than a lot at once."),
                      bm_sheet_ink_dim, paint) + 6;
  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    bm_sheet_text (cr, x + name_w + d * cell, y, cell, BM_SHEET_FONT_SMALL, _(days[d]), bm_sheet_ink_dim, paint);
  y += row - 4;
  for (guint i = 0; i < self->muscles->len; i++)
    for (guint k = 0; k < self->n_techniques; k++)
      {
        const BmTechnique *t = bm_sheet_get_technique (self, i, k);
        g_autofree char *label = NULL;

        if (t == NULL || bm_sheet_first_with (self, i, t) != 0)
          continue;
        label = g_markup_printf_escaped ("<b>%u</b>  %s", i + 1, t->title);
        bm_sheet_text (cr, x, y + 3, name_w - 6, BM_SHEET_FONT_BODY, label, bm_sheet_ink_text, paint);
        if (paint)
          {
            tick_boxes (cr, x + name_w, y, cell);
            rule (cr, x, x + full_width (self), y + row, 0.5, bm_sheet_ink_rule);
          }
        y += row;
      }
  return y - y0;
}

/* ---- Notes ------------------------------------------------------------------------------ */

/* A box with ruled lines, for the therapist's or the client's notes. */
double
bm_sheet_draw_notes (BmSheet  *self,
                     cairo_t  *cr,
                     double    y,
                     gboolean  paint)
{
  double y0 = y, line = 22, x = left (self), w = full_width (self);

  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_HEADING, _("Notes"), bm_sheet_ink_text, paint) + 4;
  if (paint)
    {
      cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, NOTES_LINES * line);
      cairo_set_source_rgb (cr, bm_sheet_ink_dim.r, bm_sheet_ink_dim.g, bm_sheet_ink_dim.b);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);
      for (guint i = 1; i < NOTES_LINES; i++)
        rule (cr, x + 8, x + w - 8, y + i * line, 0.5, bm_sheet_ink_rule);
    }
  return y + NOTES_LINES * line + 1 - y0;
}

/* ---- Perpetuating factors --------------------------------------------------------------- */

/* Neighbouring muscles often share perpetuating factors: list each once. */
static gboolean
factor_shown_before (BmSheet        *self,
                     guint           muscle,
                     const BmFactor *factor)
{
  for (guint i = 0; i < muscle; i++)
    {
      const BmMuscle *m = g_array_index (self->muscles, BmSheetMuscle, i).muscle;

      for (guint k = 0; k < m->factors->len; k++)
        if (g_str_equal (((const BmFactor *) m->factors->pdata[k])->factor, factor->factor))
          return TRUE;
    }
  return FALSE;
}

double
bm_sheet_draw_factors (BmSheet       *self,
                       cairo_t       *cr,
                       const BmBlock *block,
                       double         y,
                       gboolean       paint)
{
  const BmMuscle *m = g_array_index (self->muscles, BmSheetMuscle, block->muscle).muscle;
  g_autofree char *name = g_markup_escape_text (m->name, -1);
  double y0 = y, x = left (self) + BM_SHEET_INDENT, w = full_width (self) - BM_SHEET_INDENT;
  guint shown = 0;

  bm_sheet_badge (cr, left (self) + 8, y + 7, 7, block->muscle, paint);
  y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_SUB, name, bm_sheet_ink_text, paint) + 2;
  for (guint i = 0; i < m->factors->len; i++)
    {
      const BmFactor *f = m->factors->pdata[i];
      g_autofree char *line = g_markup_printf_escaped ("<b>%s.</b> %s", f->factor, f->fix);

      if (factor_shown_before (self, block->muscle, f))
        continue;
      bm_sheet_text (cr, x, y, 10, BM_SHEET_FONT_BODY, "•", bm_sheet_ink_dim, paint);
      y += bm_sheet_text (cr, x + 10, y, w - 10, BM_SHEET_FONT_BODY, line, bm_sheet_ink_text, paint) + 2;
      shown++;
    }
  if (shown == 0)
    y += bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_BODY, _("The same as for the muscles above."), bm_sheet_ink_dim, paint);
  return y - y0;
}
