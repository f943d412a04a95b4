/* bm-sheet-draw.c: drawing the blocks of the stretch sheet
 *
 * Every block draws at a given y, full text width, and returns its height;
 * drawn with paint = FALSE it only measures. Units are points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "bm-atlas.h"
#include "bm-disclaimer.h"
#include "bm-pose-paint.h"
#include "bm-session.h"
#include "bm-sheet-private.h"

#define FONT_TITLE   "Cantarell Bold 20"
#define FONT_HEADING "Cantarell Bold 13"
#define FONT_SUB     "Cantarell Bold 10.5"
#define FONT_BODY    "Cantarell 9"
#define FONT_SMALL   "Cantarell 8"
#define INDENT       20.0
#define PICTURE_W    150.0   /* a technique's illustration, beside its steps */
#define PICTURE_H    112.0
#define PICTURE_GAP  14.0

typedef struct { double r, g, b; } Ink;

static const Ink ink_text = { 0.14, 0.12, 0.19 };
static const Ink ink_dim = { 0.37, 0.36, 0.39 };
static const Ink ink_accent = { 0.10, 0.37, 0.71 };
static const Ink ink_warn = { 0.65, 0.11, 0.18 };
static const Ink ink_rule = { 0.80, 0.79, 0.78 };

#define TEXT_CENTERED 2   /* or-ed into paint: centre the lines */

static double
text (cairo_t    *cr,
      double      x,
      double      y,
      double      width,
      const char *font,
      const char *markup,
      Ink         ink,
      gboolean    paint)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);
  int w, h;

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  if (paint & TEXT_CENTERED)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_size (layout, &w, &h);
  if (paint)
    {
      cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
  pango_font_description_free (desc);
  g_object_unref (layout);
  return (double) h / PANGO_SCALE;
}

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

static const BmSheetMuscle *
sheet_muscle (BmSheet       *self,
              const BmBlock *block)
{
  return &g_array_index (self->muscles, BmSheetMuscle, block->muscle);
}

/* A filled circle with the muscle's number, as on the map. */
static void
badge (cairo_t *cr,
       double   cx,
       double   cy,
       double   radius,
       guint    number,
       gboolean paint)
{
  g_autofree char *label = g_strdup_printf ("<b>%u</b>", number);

  if (!paint)
    return;
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, ink_accent.r, ink_accent.g, ink_accent.b);
  cairo_fill (cr);
  text (cr, cx - radius, cy - radius * 0.72, 2 * radius, "Cantarell Bold 8.5", label,
        (Ink) { 1, 1, 1 }, TRUE | TEXT_CENTERED);
}

/* ---- Header --------------------------------------------------------------------- */

static char *
marked_areas_markup (BmSheet *self)
{
  BmPainMap *map = bm_session_get_pain_map (self->session);
  BmRegionCatalog *catalog = bm_pain_map_get_catalog (map);
  g_autoptr(GArray) marks = bm_pain_map_get_marks (map);
  GString *s = g_string_new ("<b>Where it hurts:</b> ");

  if (marks->len == 0)
    g_string_append (s, "no areas marked.");
  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);
      /* An area both painful and numb is one item: "…, pain 6/10 and numb 4/10". */
      gboolean same_area = i > 0 && g_array_index (marks, BmMark, i - 1).region == mark->region;
      g_autofree char *item = g_markup_printf_escaped ("%s%s%s%s %u/10",
        same_area ? " and " : i ? " · " : "",
        same_area ? "" : bm_region_catalog_get_region (catalog, mark->region)->label,
        same_area ? "" : ", ", mark->symptom == BM_SYMPTOM_NUMBNESS ? "numb" : "pain", mark->intensity);

      g_string_append (s, item);
    }
  return g_string_free (s, FALSE);
}

static double
draw_header (BmSheet  *self,
             cairo_t  *cr,
             double    y,
             gboolean  paint)
{
  /* "2 December 2026": %e would pad the day with a figure space. */
  g_autofree char *date = g_date_time_format (self->date, "%-d %B %Y");
  g_autofree char *made = g_markup_printf_escaped ("Made on %s with Bodymap", date);
  g_autofree char *areas = marked_areas_markup (self);
  g_autofree char *summary = bm_sheet_describe_sources (self);
  double y0 = y;

  y += text (cr, left (self), y, full_width (self), FONT_TITLE, "My Stretch Sheet", ink_text, paint);
  y += text (cr, left (self), y, full_width (self), FONT_SMALL, made, ink_dim, paint) + 8;
  y += text (cr, left (self), y, full_width (self), FONT_BODY, areas, ink_text, paint) + 2;
  if (summary != NULL)
    {
      g_autofree char *sources = g_markup_printf_escaped ("<b>%s</b> %s.", bm_sheet_is_picked (self) ?
                                                          "On this sheet:" : "Likely sources:", summary);

      y += text (cr, left (self), y, full_width (self), FONT_BODY, sources, ink_text, paint);
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

  h += text (cr, left (self) + pad, y + h, inner, FONT_SUB, "See a clinician before you start", ink_warn, paint) + 4;
  for (guint i = 0; i < ranking->red_flags->len; i++)
    {
      const BmRedFlag *flag = ranking->red_flags->pdata[i];
      g_autofree char *line = g_markup_printf_escaped ("<b>%s.</b> %s", flag->label, flag->reason);

      h += text (cr, left (self) + pad, y + h, inner, FONT_BODY, line, ink_text, paint) + 3;
    }
  return h + pad - 3;
}

/* The notice in a tinted, outlined box: measured first, then drawn. */
static double
draw_flags (BmSheet  *self,
            cairo_t  *cr,
            double    y,
            gboolean  paint)
{
  double h = flags_text (self, cr, y, 10, FALSE);

  if (paint)
    {
      cairo_rectangle (cr, left (self), y, full_width (self), h);
      cairo_set_source_rgba (cr, ink_warn.r, ink_warn.g, ink_warn.b, 0.08);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, ink_warn.r, ink_warn.g, ink_warn.b);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      flags_text (self, cr, y, 10, TRUE);
    }
  return h;
}

/* ---- A muscle ------------------------------------------------------------------------ */

static double
draw_muscle (BmSheet       *self,
             cairo_t       *cr,
             const BmBlock *block,
             double         y,
             gboolean       paint)
{
  static const char *sides[] = { "left side", "right side", "" };
  const BmSheetMuscle *sm = sheet_muscle (self, block);
  const BmTriggerPoint *tp = sm->best ? sm->best : sm->muscle->trigger_points->pdata[0];
  BmAtlas *atlas = bm_session_get_atlas (self->session);
  g_autofree char *title = g_markup_printf_escaped ("%s <span weight=\"normal\" size=\"small\">%s</span>",
                                                    sm->muscle->name, sides[sm->side]);
  g_autofree char *where = g_markup_printf_escaped ("<b>Trigger point — %s.</b> %s", tp->name, tp->location);
  g_autofree char *heat = g_markup_printf_escaped ("<b>Heat:</b> %s", sm->muscle->heat);
  double y0 = y, x = left (self) + INDENT, w = full_width (self) - INDENT;

  badge (cr, left (self) + 8, y + 9, 8, block->muscle + 1, paint);
  y += text (cr, x, y, w, FONT_HEADING, title, ink_text, paint) + 3;
  y += text (cr, x, y, w, FONT_BODY, where, ink_text, paint) + 2;
  /* A key muscle of one not on the sheet: no reason that names it. */
  if (sm->candidate != NULL &&
      (sm->candidate->related_to == NULL || bm_sheet_has_muscle (self, sm->candidate->related_to)))
    {
      g_autofree char *reason = bm_candidate_describe (atlas, sm->candidate);
      g_autofree char *why = g_markup_printf_escaped ("<b>Why it may be yours:</b> %s", reason);

      y += text (cr, x, y, w, FONT_BODY, why, ink_text, paint) + 2;
    }
  y += text (cr, x, y, w, FONT_BODY, heat, ink_text, paint);
  return y - y0;
}

/* "Dose: hold 30 seconds · 3 times · twice a day", from the parts given. */
static char *
dose_markup (const BmTechnique *t)
{
  g_autofree char *hold = t->hold ? g_strconcat ("hold ", t->hold, NULL) : NULL;
  const char *parts[] = { hold, t->repetitions, t->pace, t->frequency };
  GString *s = g_string_new ("<b>Dose:</b> ");
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *part = NULL;

      if (parts[i] == NULL)
        continue;
      part = g_markup_printf_escaped ("%s%s", n++ ? " · " : "", parts[i]);
      g_string_append (s, part);
    }
  return g_string_free (s, FALSE);
}

/* The technique's pose in the light style, in a box of PICTURE_W × PICTURE_H
 * at (@x, @y), on a faint frame so that it reads as one picture. */
static void
draw_picture (cairo_t      *cr,
              const BmPose *pose,
              const char   *highlight,
              double        x,
              double        y)
{
  BmPoseStyle style;

  bm_pose_get_default_style (&style, FALSE);
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, PICTURE_W - 1, PICTURE_H - 1);
  cairo_set_source_rgb (cr, ink_rule.r, ink_rule.g, ink_rule.b);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);
  cairo_translate (cr, x + 4, y + 4);
  bm_pose_paint (pose, cr, PICTURE_W - 8, PICTURE_H - 8, &style, highlight);
  cairo_restore (cr);
}

static double
draw_technique (BmSheet       *self,
                cairo_t       *cr,
                const BmBlock *block,
                double         y,
                gboolean       paint)
{
  const BmTechnique *t = block->technique;
  const BmMuscle *m = sheet_muscle (self, block)->muscle;
  gboolean stretch = g_ptr_array_find (m->stretches, t, NULL);
  g_autofree char *title = g_markup_printf_escaped ("%s · %s", stretch ? "Stretch" : "Release", t->title);
  g_autofree char *dose = dose_markup (t);
  g_autofree char *feel = g_markup_printf_escaped ("<b>Should feel:</b> %s", t->feel);
  double y0 = y, x = left (self) + INDENT, w = full_width (self) - INDENT, picture_bottom = y;
  const BmPose *pose;

  if (block->same_as != 0)
    {
      g_autofree char *same = g_markup_printf_escaped ("%s · %s <span foreground=\"#5e5c64\" weight=\"normal\">"
                                                       "— the same as for muscle %u above</span>",
                                                       stretch ? "Stretch" : "Release", t->title, block->same_as);
      return text (cr, x, y, w, FONT_SUB, same, ink_accent, paint);
    }
  y += text (cr, x, y, w, FONT_SUB, title, ink_accent, paint) + 3;
  if ((pose = bm_atlas_lookup_pose (bm_session_get_atlas (self->session), t->pose)) != NULL)
    {
      w -= PICTURE_W + PICTURE_GAP;
      picture_bottom = y + PICTURE_H;
      if (paint)
        draw_picture (cr, pose, t->highlight, x + w + PICTURE_GAP, y);
    }
  for (guint i = 0; t->steps[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *step = g_markup_escape_text (t->steps[i], -1);

      text (cr, x, y, 16, FONT_BODY, number, ink_dim, paint);
      y += text (cr, x + 16, y, w - 16, FONT_BODY, step, ink_text, paint) + 2;
    }
  y += text (cr, x, y + 2, w, FONT_BODY, dose, ink_text, paint) + 4;
  y += text (cr, x, y, w, FONT_BODY, feel, ink_text, paint) + 2;
  for (guint i = 0; t->cautions[i] != NULL; i++)
    {
      g_autofree char *caution = g_markup_printf_escaped ("<b>Caution:</b> %s", t->cautions[i]);
      y += text (cr, x, y, w, FONT_BODY, caution, ink_warn, paint) + 2;
    }
  return MAX (y, picture_bottom) - y0;
}

/* ---- Weekly table -------------------------------------------------------------------- */

static double
draw_table (BmSheet  *self,
            cairo_t  *cr,
            double    y,
            gboolean  paint)
{
  static const char *days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
  double y0 = y, row = 17, cell = 30, name_w = full_width (self) - 7 * cell, x;

  y += text (cr, left (self), y, full_width (self), FONT_HEADING, "This Week", ink_text, paint) + 2;
  y += text (cr, left (self), y, full_width (self), FONT_SMALL,
             "Tick each session you do. Little and often works better than a lot at once.", ink_dim, paint) + 6;
  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    text (cr, left (self) + name_w + d * cell, y, cell, FONT_SMALL, days[d], ink_dim, paint);
  y += row - 4;
  for (guint i = 0; i < self->muscles->len; i++)
    for (guint k = 0; k < 2; k++)
      {
        const BmMuscle *m = g_array_index (self->muscles, BmSheetMuscle, i).muscle;
        const BmTechnique *t = (k == 0 ? m->stretches : m->releases)->pdata[0];
        g_autofree char *label = g_markup_printf_escaped ("<b>%u</b>  %s", i + 1, t->title);

        if (bm_sheet_first_with (self, i, t) != 0)
          continue;
        text (cr, left (self), y + 3, name_w - 6, FONT_BODY, label, ink_text, paint);
        for (guint d = 0; paint && d < G_N_ELEMENTS (days); d++)
          {
            x = left (self) + name_w + d * cell;
            cairo_rectangle (cr, x + 3, y + 3, 11, 11);
            cairo_set_source_rgb (cr, ink_dim.r, ink_dim.g, ink_dim.b);
            cairo_set_line_width (cr, 0.8);
            cairo_stroke (cr);
          }
        if (paint)
          {
            cairo_move_to (cr, left (self), y + row);
            cairo_line_to (cr, left (self) + full_width (self), y + row);
            cairo_set_source_rgb (cr, ink_rule.r, ink_rule.g, ink_rule.b);
            cairo_set_line_width (cr, 0.5);
            cairo_stroke (cr);
          }
        y += row;
      }
  return y - y0;
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

static double
draw_factors (BmSheet       *self,
              cairo_t       *cr,
              const BmBlock *block,
              double         y,
              gboolean       paint)
{
  const BmMuscle *m = sheet_muscle (self, block)->muscle;
  g_autofree char *name = g_markup_escape_text (m->name, -1);
  double y0 = y, x = left (self) + INDENT, w = full_width (self) - INDENT;

  guint shown = 0;

  badge (cr, left (self) + 8, y + 7, 7, block->muscle + 1, paint);
  y += text (cr, x, y, w, FONT_SUB, name, ink_text, paint) + 2;
  for (guint i = 0; i < m->factors->len; i++)
    {
      const BmFactor *f = m->factors->pdata[i];
      g_autofree char *line = g_markup_printf_escaped ("<b>%s.</b> %s", f->factor, f->fix);

      if (factor_shown_before (self, block->muscle, f))
        continue;
      text (cr, x, y, 10, FONT_BODY, "•", ink_dim, paint);
      y += text (cr, x + 10, y, w - 10, FONT_BODY, line, ink_text, paint) + 2;
      shown++;
    }
  if (shown == 0)
    y += text (cr, x, y, w, FONT_BODY, "The same as for the muscles above.", ink_dim, paint);
  return y - y0;
}

double
bm_sheet_draw_block (BmSheet       *self,
                     cairo_t       *cr,
                     const BmBlock *block,
                     double         y,
                     gboolean       paint)
{
  switch (block->kind)
    {
    case BM_BLOCK_HEADER:
      return draw_header (self, cr, y, paint);
    case BM_BLOCK_MAPS:
      bm_sheet_draw_maps (self, cr, y, paint);
      return self->map_height + 18;
    case BM_BLOCK_FLAGS:
      return draw_flags (self, cr, y, paint);
    case BM_BLOCK_MUSCLE:
      return draw_muscle (self, cr, block, y, paint);
    case BM_BLOCK_TECHNIQUE:
      return draw_technique (self, cr, block, y, paint);
    case BM_BLOCK_TABLE:
      return draw_table (self, cr, y, paint);
    case BM_BLOCK_FACTORS_TITLE:
      return text (cr, left (self), y, full_width (self), FONT_HEADING,
                   "What Keeps It Going, and What to Change", ink_text, paint);
    case BM_BLOCK_FACTORS:
      return draw_factors (self, cr, block, y, paint);
    default:
      g_return_val_if_reached (0);
    }
}

/* "3  Peroneus brevis, continued" at the top of a page. */
void
bm_sheet_draw_continued (BmSheet       *self,
                         cairo_t       *cr,
                         const BmBlock *block,
                         double         y)
{
  g_autofree char *title = g_markup_printf_escaped ("%s <span weight=\"normal\" size=\"small\">continued</span>",
                                                    sheet_muscle (self, block)->muscle->name);

  badge (cr, left (self) + 7, y + 7, 7, block->muscle + 1, TRUE);
  text (cr, left (self) + INDENT, y, full_width (self) - INDENT, FONT_SUB, title, ink_dim, TRUE);
}

void
bm_sheet_draw_footer (BmSheet *self,
                      cairo_t *cr,
                      guint    page,
                      guint    n_pages)
{
  g_autofree char *number = g_strdup_printf ("Page %u of %u", page + 1, n_pages);
  const BmDisclaimer *disclaimer = bm_disclaimer_get ();
  g_autofree char *notice = g_strdup_printf ("Bodymap · %s. %s", disclaimer->title, disclaimer->advice);
  double y = self->height - self->margin - 12;

  cairo_move_to (cr, left (self), y - 5);
  cairo_line_to (cr, left (self) + full_width (self), y - 5);
  cairo_set_source_rgb (cr, ink_rule.r, ink_rule.g, ink_rule.b);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  text (cr, left (self), y, full_width (self) - 70, FONT_SMALL, notice, ink_dim, TRUE);
  text (cr, left (self) + full_width (self) - 60, y, 60, FONT_SMALL, number, ink_dim, TRUE);
}
