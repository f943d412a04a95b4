/* bm-sheet-draw.c: drawing the blocks of the stretch sheet
 *
 * Every block draws at a given y, full text width, and returns its height;
 * drawn with paint = FALSE it only measures. Units are points.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <pango/pangocairo.h>

#include "bm-atlas.h"
#include "bm-disclaimer.h"
#include "bm-illustration.h"
#include "bm-session.h"
#include "bm-sheet-private.h"

#define FONT_HEADING BM_SHEET_FONT_HEADING
#define FONT_SUB     BM_SHEET_FONT_SUB
#define FONT_BODY    BM_SHEET_FONT_BODY
#define FONT_SMALL   BM_SHEET_FONT_SMALL
#define INDENT       BM_SHEET_INDENT
#define PICTURE_W    150.0   /* a one-panel illustration, beside its steps… */
#define PICTURE_MAX_W 236.0  /* …and a two-panel one, a little less high */
#define PICTURE_MIN_H 84.0
#define PICTURE_GAP  14.0

#define text bm_sheet_text
#define ink_text bm_sheet_ink_text
#define ink_dim bm_sheet_ink_dim
#define ink_accent bm_sheet_ink_accent
#define ink_warn bm_sheet_ink_warn
#define ink_rule bm_sheet_ink_rule

/* The sheet's text is laid out once. While bm_sheet_keep_layouts() has
 * attached a sheet's cache to a cairo context, bm_sheet_text() keeps each
 * layout it makes there, and measuring (paginate) and drawing (each page)
 * share them (laying the text out twice was a seventh of an export's
 * instructions). The layouts have their own Pango context, unhinted at
 * 72 dpi as a PDF or a print is, so that a page is drawn exactly as it
 * was measured, on any target. */
static const cairo_user_data_key_t layouts_key;

void
bm_sheet_keep_layouts (BmSheet  *self,
                       cairo_t  *cr,
                       gboolean  keep)
{
  if (keep && self->pango == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      self->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      pango_cairo_context_set_font_options (self->pango, options);
      pango_cairo_context_set_resolution (self->pango, 72);
      cairo_font_options_destroy (options);
      self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
    }
  cairo_set_user_data (cr, &layouts_key, keep ? self : NULL, NULL);
}

/* A new layout of @markup in @font, @width wide, in @context or, when
 * NULL, for @cr. */
static PangoLayout *
new_layout (PangoContext *context,
            cairo_t      *cr,
            double        width,
            const char   *font,
            const char   *markup,
            gboolean      centered)
{
  PangoLayout *layout = context != NULL ? pango_layout_new (context) : pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  if (context == NULL)
    {
      pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
      pango_layout_context_changed (layout);
    }
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (layout, markup, -1);
  if (centered)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_font_description_free (desc);
  return layout;
}

/* The layout for @cr: the sheet's own when it keeps layouts on @cr
 * (a new reference either way). */
static PangoLayout *
get_layout (cairo_t    *cr,
            double      width,
            const char *font,
            const char *markup,
            gboolean    centered)
{
  BmSheet *sheet = cairo_get_user_data (cr, &layouts_key);
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (sheet == NULL)
    return new_layout (NULL, cr, width, font, markup, centered);
  key = g_strdup_printf ("%s\n%d\n%.3f\n%s", font, centered, width, markup);
  layout = g_hash_table_lookup (sheet->layouts, key);
  if (layout == NULL)
    {
      layout = new_layout (sheet->pango, cr, width, font, markup, centered);
      g_hash_table_insert (sheet->layouts, g_steal_pointer (&key), layout);
    }
  return g_object_ref (layout);
}

double
bm_sheet_text (cairo_t    *cr,
               double      x,
               double      y,
               double      width,
               const char *font,
               const char *markup,
               BmSheetInk  ink,
               gboolean    paint)
{
  PangoLayout *layout = get_layout (cr, width, font, markup, (paint & BM_SHEET_CENTERED) != 0);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  if (paint)
    {
      cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
  g_object_unref (layout);
  return (double) h / PANGO_SCALE;
}

/* Blue, green, purple, teal, brown, plum: none near the marks' reds and
 * oranges; the hatching's angle tells them apart in greyscale. */
void
bm_sheet_muscle_ink (guint       index,
                     BmSheetInk *ink)
{
  static const BmSheetInk inks[] = {
    { 0.10, 0.37, 0.71 }, { 0.10, 0.50, 0.20 }, { 0.50, 0.22, 0.62 },
    { 0.00, 0.47, 0.50 }, { 0.45, 0.30, 0.15 }, { 0.62, 0.15, 0.42 },
  };

  *ink = inks[index % G_N_ELEMENTS (inks)];
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

/* A filled circle in muscle @muscle's ink with its number, as on the map. */
void
bm_sheet_badge (cairo_t *cr,
                double   cx,
                double   cy,
                double   radius,
                guint    muscle,
                gboolean paint)
{
  g_autofree char *label = g_strdup_printf ("<b>%u</b>", muscle + 1);
  BmSheetInk ink;

  if (!paint)
    return;
  bm_sheet_muscle_ink (muscle, &ink);
  cairo_new_path (cr);
  cairo_arc (cr, cx, cy, radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
  cairo_fill (cr);
  text (cr, cx - radius, cy - radius * 0.72, 2 * radius, "Cantarell Bold 8.5", label,
        (BmSheetInk) { 1, 1, 1 }, TRUE | BM_SHEET_CENTERED);
}

/* ---- A muscle ------------------------------------------------------------------------ */

static double
draw_muscle (BmSheet       *self,
             cairo_t       *cr,
             const BmBlock *block,
             double         y,
             gboolean       paint)
{
  static const char *sides[] = { N_("left side"), N_("right side") };
  const BmSheetMuscle *sm = sheet_muscle (self, block);
  const char *side = sm->side < G_N_ELEMENTS (sides) ? _(sides[sm->side]) : "";
  const BmTriggerPoint *tp = sm->best ? sm->best : sm->muscle->trigger_points->pdata[0];
  BmAtlas *atlas = bm_session_get_atlas (self->session);
  g_autofree char *title = g_markup_printf_escaped ("%s <span weight=\"normal\" size=\"small\">%s</span>",
                                                    sm->muscle->name, side);
  g_autofree char *where = g_markup_printf_escaped (_("<b>Trigger point — %s.</b> %s"), tp->name, tp->location);
  g_autofree char *heat = g_markup_printf_escaped (_("<b>Heat:</b> %s"), sm->muscle->heat);
  double y0 = y, x = left (self) + INDENT, w = full_width (self) - INDENT;

  bm_sheet_badge (cr, left (self) + 8, y + 9, 8, block->muscle, paint);
  y += text (cr, x, y, w, FONT_HEADING, title, ink_text, paint) + 3;
  y += text (cr, x, y, w, FONT_BODY, where, ink_text, paint) + 2;
  /* A key muscle of one not on the sheet: no reason that names it. */
  if (sm->candidate != NULL &&
      (sm->candidate->related_to == NULL || bm_sheet_has_muscle (self, sm->candidate->related_to)))
    {
      g_autofree char *reason = bm_candidate_describe (atlas, sm->candidate);
      g_autofree char *why = g_markup_printf_escaped (_("<b>Why it may be yours:</b> %s"), reason);

      y += text (cr, x, y, w, FONT_BODY, why, ink_text, paint) + 2;
    }
  y += text (cr, x, y, w, FONT_BODY, heat, ink_text, paint);
  return y - y0;
}

/* "Dose: hold 30 seconds · 3 times · twice a day", from the parts given. */
static char *
dose_markup (const BmTechnique *t)
{
  g_autofree char *hold = t->hold ? g_strconcat (_("hold "), t->hold, NULL) : NULL;
  const char *parts[] = { hold, t->repetitions, t->pace, t->frequency };
  GString *s = g_string_new (_("<b>Dose:</b> "));
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

/* The picture's box beside the steps: PICTURE_W wide for one panel, up to
 * PICTURE_MAX_W for two, as high as the illustration's aspect asks. */
static void
picture_size (BmSheet           *self,
              const BmTechnique *t,
              double            *width,
              double            *height)
{
  double aspect = bm_illustration_get_aspect (bm_session_get_atlas (self->session), t);

  *width = PICTURE_W;
  *height = PICTURE_W / aspect;
  if (*height < PICTURE_MIN_H)
    {
      *height = PICTURE_MIN_H;
      *width = MIN (PICTURE_MAX_W, PICTURE_MIN_H * aspect);
    }
  /* The frame's inset is 4 points each way. */
  *width = ceil (*width);
  *height = ceil (*height);
}

/* The technique's illustration in the light style, in a box of @w × @h at
 * (@x, @y), on a faint frame so that it reads as one picture. */
static void
draw_picture (BmSheet           *self,
              cairo_t           *cr,
              const BmMuscle    *muscle,
              const BmTechnique *t,
              double             x,
              double             y,
              double             w,
              double             h)
{
  BmPoseStyle style;

  bm_pose_get_default_style (&style, FALSE);
  cairo_save (cr);
  cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1, h - 1);
  cairo_set_source_rgb (cr, ink_rule.r, ink_rule.g, ink_rule.b);
  cairo_set_line_width (cr, 0.75);
  cairo_stroke (cr);
  cairo_rectangle (cr, x + 1, y + 1, w - 2, h - 2);
  cairo_clip (cr);
  cairo_translate (cr, x + 4, y + 4);
  bm_illustration_paint (bm_session_get_atlas (self->session), muscle, t, cr, w - 8, h - 8, &style);
  cairo_restore (cr);
}

/* The text beside a picture: narrow down to the picture's bottom, then
 * the full width again, a paragraph at a time. */
typedef struct {
  double x, narrow, full, picture_bottom;
} Column;

static double
column_width (const Column *col,
              double        y)
{
  return y < col->picture_bottom ? col->narrow : col->full;
}

static double
draw_steps (cairo_t           *cr,
            const Column      *col,
            const BmTechnique *t,
            double             y,
            gboolean           paint)
{
  g_autofree char *dose = dose_markup (t);
  g_autofree char *feel = g_markup_printf_escaped (_("<b>Should feel:</b> %s"), t->feel);
  double y0 = y;

  for (guint i = 0; t->steps[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      g_autofree char *step = g_markup_escape_text (t->steps[i], -1);

      text (cr, col->x, y, 16, FONT_BODY, number, ink_dim, paint);
      y += text (cr, col->x + 16, y, column_width (col, y) - 16, FONT_BODY, step, ink_text, paint) + 2;
    }
  y += text (cr, col->x, y + 2, column_width (col, y), FONT_BODY, dose, ink_text, paint) + 4;
  y += text (cr, col->x, y, column_width (col, y), FONT_BODY, feel, ink_text, paint) + 2;
  for (guint i = 0; t->cautions[i] != NULL; i++)
    {
      g_autofree char *caution = g_markup_printf_escaped (_("<b>Caution:</b> %s"), t->cautions[i]);
      y += text (cr, col->x, y, column_width (col, y), FONT_BODY, caution, ink_warn, paint) + 2;
    }
  return y - y0;
}

/* A technique: its title, then its steps, dose, feel and cautions with
 * its picture to their right, all in one block. */
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
  g_autofree char *title = g_markup_printf_escaped ("%s · %s", stretch ? _("Stretch") : _("Release"), t->title);
  Column col = { left (self) + INDENT, full_width (self) - INDENT, full_width (self) - INDENT, y };
  double y0 = y, pw, ph;

  if (block->same_as != 0)
    {
      g_autofree char *same = g_markup_printf_escaped (_("%s · %s <span foreground=\"#5e5c64\" weight=\"normal\">"
                                                         "— the same as for muscle %u above</span>"),
                                                       stretch ? _("Stretch") : _("Release"), t->title, block->same_as);
      return text (cr, col.x, y, col.full, FONT_SUB, same, ink_accent, paint);
    }
  y += text (cr, col.x, y, col.full, FONT_SUB, title, ink_accent, paint) + 3;
  if (bm_atlas_lookup_pose (bm_session_get_atlas (self->session), t->pose) != NULL)
    {
      picture_size (self, t, &pw, &ph);
      col.narrow = col.full - pw - PICTURE_GAP;
      col.picture_bottom = y + ph;
      if (paint)
        draw_picture (self, cr, m, t, col.x + col.narrow + PICTURE_GAP, y, pw, ph);
    }
  y += draw_steps (cr, &col, t, y, paint);
  return MAX (y, col.picture_bottom) - y0;
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
      return bm_sheet_draw_header (self, cr, y, paint);
    case BM_BLOCK_MAPS:
      return bm_sheet_draw_maps (self, cr, y, paint);
    case BM_BLOCK_FLAGS:
      return bm_sheet_draw_flags (self, cr, y, paint);
    case BM_BLOCK_MUSCLE:
      return draw_muscle (self, cr, block, y, paint);
    case BM_BLOCK_TECHNIQUE:
      return draw_technique (self, cr, block, y, paint);
    case BM_BLOCK_TABLE:
      return bm_sheet_draw_table (self, cr, y, paint);
    case BM_BLOCK_NOTES:
      return bm_sheet_draw_notes (self, cr, y, paint);
    case BM_BLOCK_FACTORS_TITLE:
      return text (cr, left (self), y, full_width (self), FONT_HEADING,
                   _("What Keeps It Going, and What to Change"), ink_text, paint);
    case BM_BLOCK_FACTORS:
      return bm_sheet_draw_factors (self, cr, block, y, paint);
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
  g_autofree char *title = g_markup_printf_escaped (_("%s <span weight=\"normal\" size=\"small\">continued</span>"),
                                                    sheet_muscle (self, block)->muscle->name);

  bm_sheet_badge (cr, left (self) + 7, y + 7, 7, block->muscle, TRUE);
  text (cr, left (self) + INDENT, y, full_width (self) - INDENT, FONT_SUB, title, ink_dim, TRUE);
}

/* The disclaimer and the page number at the foot of a page of @width ×
 * @height points with @margin all round: the sheet's, and the progress
 * report's. */
void
bm_sheet_paint_footer (cairo_t *cr,
                       double   width,
                       double   height,
                       double   margin,
                       guint    page,
                       guint    n_pages)
{
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  const BmDisclaimer *disclaimer = bm_disclaimer_get ();
  g_autofree char *notice = g_strdup_printf ("Bodymap · %s. %s", disclaimer->title, disclaimer->advice);
  double y = height - margin - 12, w = width - 2 * margin;

  cairo_move_to (cr, margin, y - 5);
  cairo_line_to (cr, margin + w, y - 5);
  cairo_set_source_rgb (cr, ink_rule.r, ink_rule.g, ink_rule.b);
  cairo_set_line_width (cr, 0.5);
  cairo_stroke (cr);
  text (cr, margin, y, w - 70, FONT_SMALL, notice, ink_dim, TRUE);
  text (cr, margin + w - 60, y, 60, FONT_SMALL, number, ink_dim, TRUE);
}

void
bm_sheet_draw_footer (BmSheet *self,
                      cairo_t *cr,
                      guint    page,
                      guint    n_pages)
{
  bm_sheet_paint_footer (cr, self->width, self->height, self->margin, page, n_pages);
}
