/* bm-journal-report-maps.c: the progress report's body maps
 *
 * The first and the last entry of the period side by side, front and
 * back, their marks painted as the stretch sheet paints them; then the
 * change between them on one more pair: each area that was marked in
 * either flat in the change's colour (bm-journal-compare.h: green better,
 * red worse, grey the same; the larger the change, the stronger), with
 * the changes listed beside it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-journal-compare.h"
#include "bm-journal-report-private.h"
#include "bm-sheet-private.h"

#define MAP_HEIGHT   200.0
#define VIEW_GAP     8.0
#define GROUP_GAP    36.0
#define LIST_LINE    11.0
#define LEGEND_ROW   13.0

/* The views of a pair of maps and their scale. */
typedef struct {
  BmView views[BM_N_VIEWS];
  guint  n;
  double scale;
} Views;

/* The entry's marks on the catalog (areas it does not know are left out). */
static GArray *
entry_marks (BmJournalReport *self,
             BmJournalEntry  *entry)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (self->atlas);
  GArray *in = bm_journal_entry_get_marks (entry), *out = g_array_new (FALSE, FALSE, sizeof (BmMark));

  for (guint i = 0; i < in->len; i++)
    {
      const BmJournalMark *jm = &g_array_index (in, BmJournalMark, i);
      const BmRegion *region = bm_region_catalog_lookup (catalog, jm->region);
      BmMark mark = { region != NULL ? region->index : 0, jm->symptom, jm->intensity };

      if (region != NULL)
        g_array_append_val (out, mark);
    }
  return out;
}

static gboolean
needs_side (BmJournalReport *self,
            GArray          *marks,
            BmView           side)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (self->atlas);

  for (guint i = 0; i < marks->len; i++)
    if (bm_sheet_shows_in_side_view (bm_region_catalog_get_region (catalog, g_array_index (marks, BmMark, i).region),
                                     side))
      return TRUE;
  return FALSE;
}

/* Front and back, and a side view when an area of @a or @b shows only
 * there or on its surface (as the stretch sheet chooses), at most
 * MAP_HEIGHT high and @max_width wide. */
static void
choose_views (BmJournalReport *self,
              GArray          *a,
              GArray          *b,
              double           max_width,
              Views           *v)
{
  double total = 0, height = 0;

  v->n = 0;
  v->views[v->n++] = BM_VIEW_FRONT;
  v->views[v->n++] = BM_VIEW_BACK;
  for (BmView side = BM_VIEW_LEFT; side <= BM_VIEW_RIGHT; side++)
    if (needs_side (self, a, side) || needs_side (self, b, side))
      v->views[v->n++] = side;
  for (guint i = 0; i < v->n; i++)
    {
      double w, h;

      bm_body_art_get_size (self->art, v->views[i], &w, &h);
      total += w;
      height = MAX (height, h);
    }
  v->scale = MIN (MAP_HEIGHT / height, (max_width - VIEW_GAP * (v->n - 1)) / total);
}

/* The views of @v, @marks painted as on the map, or each flat in its
 * colour of @colors (BmRgba) when given, from (@x, @y); returns the width. */
static double
paint_views (BmJournalReport *self,
             cairo_t         *cr,
             const Views     *v,
             double           x,
             double           y,
             GArray          *marks,
             GArray          *colors,
             gboolean         paint)
{
  double x0 = x;

  for (guint i = 0; i < v->n; i++)
    {
      double w;

      bm_body_art_get_size (self->art, v->views[i], &w, NULL);
      if (paint)
        {
          cairo_save (cr);
          cairo_translate (cr, x, y);
          bm_body_art_render (self->art, v->views[i], cr, v->scale);
          cairo_restore (cr);
          for (guint k = 0; k < marks->len; k++)
            bm_sheet_paint_mark (self->art, v->views[i], cr, x, y, v->scale, &g_array_index (marks, BmMark, k),
                                 colors != NULL ? &g_array_index (colors, BmRgba, k) : NULL);
        }
      x += w * v->scale + VIEW_GAP;
    }
  return x - VIEW_GAP - x0;
}

static double
map_height (BmJournalReport *self,
            const Views     *v)
{
  double height = 0;

  for (guint i = 0; i < v->n; i++)
    {
      double h;

      bm_body_art_get_size (self->art, v->views[i], NULL, &h);
      height = MAX (height, h);
    }
  return height * v->scale;
}

static gboolean
has_numbness (GArray *marks)
{
  for (guint i = 0; i < marks->len; i++)
    if (g_array_index (marks, BmMark, i).symptom == BM_SYMPTOM_NUMBNESS)
      return TRUE;
  return FALSE;
}

/* "First entry · 2 March 2026" centred over a pair of maps. */
static double
caption (cairo_t    *cr,
         double      x,
         double      y,
         double      w,
         const char *what,
         guint32     day,
         gboolean    paint)
{
  g_autofree char *date = bm_journal_report_format_day (day);
  g_autofree char *text = g_markup_printf_escaped ("%s <span weight=\"normal\">· %s</span>", what, date);

  return bm_sheet_text (cr, x, y, w, BM_SHEET_FONT_SUB, text, bm_sheet_ink_text, paint | BM_SHEET_CENTERED) + 4;
}

double
bm_journal_report_draw_maps (BmJournalReport *self,
                             cairo_t         *cr,
                             double           y,
                             gboolean         paint)
{
  g_autoptr(GArray) before = entry_marks (self, self->first);
  g_autoptr(GArray) after = entry_marks (self, self->last);
  double y0 = y, w, x, h;
  Views v;

  choose_views (self, before, after, (self->width - 2 * self->margin - GROUP_GAP) / 2, &v);
  w = paint_views (self, cr, &v, 0, 0, before, NULL, FALSE);
  x = self->margin + (self->width - 2 * self->margin - 2 * w - GROUP_GAP) / 2;

  y += bm_sheet_text (cr, self->margin, y, self->width - 2 * self->margin, BM_SHEET_FONT_HEADING,
                      _("Before and after"), bm_sheet_ink_text, paint) + 4;
  h = caption (cr, x, y, w, _("First entry"), self->first_day, paint);
  caption (cr, x + w + GROUP_GAP, y, w, _("Last entry"), self->last_day, paint);
  y += h;
  paint_views (self, cr, &v, x, y, before, NULL, paint);
  paint_views (self, cr, &v, x + w + GROUP_GAP, y, after, NULL, paint);
  y += map_height (self, &v) + 6;
  x = self->margin + 4;
  if (paint)
    bm_sheet_pain_swatch (NULL, cr, x, y + 2, 0);
  bm_sheet_text (cr, x + 21, y, 160, BM_SHEET_FONT_SMALL, _("Pain, mild to severe"), bm_sheet_ink_dim, paint);
  if (has_numbness (before) || has_numbness (after))
    {
      if (paint)
        bm_sheet_numb_swatch (NULL, cr, x + 180, y + 2, 0);
      bm_sheet_text (cr, x + 201, y, 160, BM_SHEET_FONT_SMALL, _("Numbness or tingling"), bm_sheet_ink_dim, paint);
    }
  return y + LEGEND_ROW - y0;
}

/* ---- The change ------------------------------------------------------------ */

static void
swatch (cairo_t      *cr,
        double        x,
        double        y,
        const BmRgba *c)
{
  cairo_rectangle (cr, x, y, 16, 7);
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
  cairo_fill (cr);
}

/* The legend: a strong and a slight change of each kind. */
static double
change_legend (cairo_t  *cr,
               double    x,
               double    y,
               double    w,
               gboolean  paint)
{
  const BmJournalChange samples[] = {
    { NULL, BM_SYMPTOM_PAIN, 8, 2, BM_CHANGE_BETTER }, { NULL, BM_SYMPTOM_PAIN, 2, 8, BM_CHANGE_WORSE },
    { NULL, BM_SYMPTOM_PAIN, 5, 5, BM_CHANGE_SAME },
  };
  const char *labels[] = { N_("Better"), N_("Worse"), N_("The same") };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      BmRgba c;

      bm_journal_change_get_color (&samples[i], &c);
      if (paint)
        swatch (cr, x + i * (w / 3), y + 2, &c);
      bm_sheet_text (cr, x + i * (w / 3) + 21, y, w / 3 - 21, BM_SHEET_FONT_SMALL, _(labels[i]), bm_sheet_ink_dim, paint);
    }
  return LEGEND_ROW + 4;
}

/* Each change as "■ Outer knee (left): Pain 7 → 3", worse first, from
 * @y down to @bottom; what does not fit is counted on the last line. */
static void
change_list (BmJournalReport *self,
             cairo_t         *cr,
             GArray          *changes,
             double           x,
             double           y,
             double           w,
             double           bottom,
             gboolean         paint)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (self->atlas);
  guint shown = 0;

  for (int kind = BM_CHANGE_WORSE; kind >= BM_CHANGE_SAME; kind--)
    for (guint i = 0; i < changes->len; i++)
      {
        const BmJournalChange *c = &g_array_index (changes, BmJournalChange, i);
        const BmRegion *region = bm_region_catalog_lookup (catalog, c->region);
        g_autofree char *what = NULL, *line = NULL;
        BmRgba color;
        double h;

        if ((int) c->kind != kind || region == NULL)
          continue;
        what = bm_journal_change_describe (c);
        line = g_markup_printf_escaped ("%s: %s", region->label, what);
        h = bm_sheet_text (cr, x + 21, y, w - 21, BM_SHEET_FONT_SMALL, line, bm_sheet_ink_text, FALSE);
        if (y + h + (shown + 1 < changes->len ? LIST_LINE : 0) > bottom)
          {
            g_autofree char *more = g_strdup_printf (_("and more: %u changes in all"), changes->len);
            bm_sheet_text (cr, x + 21, y, w - 21, BM_SHEET_FONT_SMALL, more, bm_sheet_ink_dim, paint);
            return;
          }
        bm_journal_change_get_color (c, &color);
        if (paint)
          swatch (cr, x, y + 2, &color);
        y += bm_sheet_text (cr, x + 21, y, w - 21, BM_SHEET_FONT_SMALL, line, bm_sheet_ink_text, paint) + 2;
        shown++;
      }
}

static char *
change_summary (GArray *changes)
{
  guint better, worse, same;

  bm_journal_changes_count (changes, &better, &worse, &same);
  /* Translators: "2 better, 1 worse, 3 the same": the areas' changes. */
  return g_strdup_printf (_("%u better, %u worse, %u the same"), better, worse, same);
}

double
bm_journal_report_draw_change (BmJournalReport *self,
                               cairo_t         *cr,
                               double           y,
                               gboolean         paint)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (self->atlas);
  g_autoptr(GArray) changes = bm_journal_compare (self->first, self->last);
  g_autoptr(GArray) marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  g_autoptr(GArray) colors = g_array_new (FALSE, FALSE, sizeof (BmRgba));
  g_autofree char *summary = change_summary (changes);
  double y0 = y, x = self->margin, w, list_x, bottom;
  Views v;

  for (guint i = 0; i < changes->len; i++)
    {
      const BmJournalChange *c = &g_array_index (changes, BmJournalChange, i);
      const BmRegion *region = bm_region_catalog_lookup (catalog, c->region);
      BmMark mark = { region != NULL ? region->index : 0, c->symptom, MAX (c->before, c->after) };
      BmRgba color;

      if (region == NULL)
        continue;
      bm_journal_change_get_color (c, &color);
      g_array_append_val (marks, mark);
      g_array_append_val (colors, color);
    }
  y += bm_sheet_text (cr, x, y, self->width - 2 * x, BM_SHEET_FONT_HEADING, _("What changed"), bm_sheet_ink_text, paint);
  y += bm_sheet_text (cr, x, y, self->width - 2 * x, BM_SHEET_FONT_SMALL,
                      _("From the first entry to the last: green areas hurt less, red ones more; the stronger the "
                        "colour, the larger the change."), bm_sheet_ink_dim, paint) + 6;
  choose_views (self, marks, marks, (self->width - 2 * x) * 0.5, &v);
  bottom = y + map_height (self, &v);
  w = paint_views (self, cr, &v, x + 4, y, marks, colors, paint);
  list_x = x + 4 + w + GROUP_GAP / 2;
  y += bm_sheet_text (cr, list_x, y, self->width - x - list_x, BM_SHEET_FONT_SUB, summary, bm_sheet_ink_text, paint) + 4;
  y += change_legend (cr, list_x, y, self->width - x - list_x, paint);
  change_list (self, cr, changes, list_x, y, self->width - x - list_x, bottom, paint);
  return bottom - y0;
}
