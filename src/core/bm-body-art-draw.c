/* bm-body-art-draw.c: the body drawings drawn with cairo and Pango
 *
 * Draws a BmVectorDrawing as librsvg draws its SVG with the app's
 * stylesheet (the test test-body-art-compiled compares the two): the
 * outline in the skin and outline colours, the regions' boundaries, the
 * details, the captions. The regions are stroked under one clip per clip
 * path, not one clip per region: their strokes share a colour, so their
 * order does not show. Hit tests are in bm-body-art-hit.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-body-art-private.h"

/* SVG's default; cairo's is 10. */
#define MITER_LIMIT 4


static void
set_rgb (BmVectorPaint *paint,
         const BmRgba  *colour)
{
  paint->red = colour->red;
  paint->green = colour->green;
  paint->blue = colour->blue;
}

/* The shape's paints with the app's style over the drawing's own, as the
 * stylesheet did for librsvg: classes get colours, the rest keeps its own. */
static void
styled_paints (const BmArtStyle    *style,
               const BmVectorShape *shape,
               BmVectorPaint       *fill,
               BmVectorPaint       *stroke,
               gboolean            *has_fill,
               gboolean            *has_stroke)
{
  *fill = shape->fill;
  *stroke = shape->stroke;
  *has_fill = shape->has_fill;
  *has_stroke = shape->has_stroke;
  switch (shape->kind)
    {
    case BM_VECTOR_OUTLINE:
      set_rgb (fill, &style->skin);
      set_rgb (stroke, &style->outline);
      *has_fill = TRUE;
      *has_stroke = shape->stroke_width > 0;
      break;
    case BM_VECTOR_REGION:
      set_rgb (stroke, &style->boundary);
      stroke->alpha = style->boundary.alpha;
      *has_stroke = shape->stroke_width > 0;
      break;
    case BM_VECTOR_DETAIL:
      set_rgb (stroke, &style->detail);
      *has_stroke = shape->stroke_width > 0;
      break;
    default:
      break;
    }
}

static void
set_paint (cairo_t             *cr,
           const BmVectorPaint *paint)
{
  cairo_set_source_rgba (cr, paint->red, paint->green, paint->blue, paint->alpha);
}

static void
paint_shape (const BmArtStyle    *style,
             const BmVectorShape *shape,
             cairo_t             *cr)
{
  BmVectorPaint fill, stroke;
  gboolean has_fill, has_stroke;

  styled_paints (style, shape, &fill, &stroke, &has_fill, &has_stroke);
  has_fill = has_fill && fill.alpha > 0;
  has_stroke = has_stroke && stroke.alpha > 0;
  if (!has_fill && !has_stroke)
    return;
  cairo_new_path (cr);
  cairo_append_path (cr, shape->path);
  if (has_fill)
    {
      set_paint (cr, &fill);
      cairo_set_fill_rule (cr, shape->fill_rule);
      cairo_fill_preserve (cr);
    }
  if (has_stroke)
    {
      set_paint (cr, &stroke);
      cairo_set_line_width (cr, shape->stroke_width);
      cairo_set_line_cap (cr, shape->line_cap);
      cairo_set_line_join (cr, shape->line_join);
      cairo_set_dash (cr, shape->dash, shape->dash[0] + shape->dash[1] > 0 ? 2 : 0, 0);
      cairo_stroke_preserve (cr);
    }
  cairo_new_path (cr);
}

static void
clip_to (const BmVectorDrawing *d,
         int                    clip,
         cairo_t               *cr)
{
  if (clip < 0)
    return;
  cairo_new_path (cr);
  cairo_append_path (cr, BM_VECTOR_CLIP (d, clip)->path);
  cairo_set_fill_rule (cr, BM_VECTOR_CLIP (d, clip)->fill_rule);
  cairo_clip (cr);
}

static gboolean
is_vector_target (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Starts drawing under @clip. On pixels, what follows is drawn unclipped
 * into a group the size of the clip's box, and end_clipped() paints the
 * group through the clip once: cairo clips each stroke at a cost, and the
 * regions are a hundred strokes. Returns whether it made a group. */
static gboolean
begin_clipped (const BmVectorDrawing *d,
               int                    clip,
               cairo_t               *cr)
{
  const BmVectorClip *c;

  if (clip < 0)
    return FALSE;
  if (is_vector_target (cr))
    {
      clip_to (d, clip, cr);
      return FALSE;
    }
  c = BM_VECTOR_CLIP (d, clip);
  cairo_rectangle (cr, c->x1 - 1, c->y1 - 1, c->x2 - c->x1 + 2, c->y2 - c->y1 + 2);
  cairo_clip (cr);
  cairo_push_group (cr);
  return TRUE;
}

static void
end_clipped (const BmVectorDrawing *d,
             int                    clip,
             gboolean               grouped,
             cairo_t               *cr)
{
  if (!grouped)
    return;
  cairo_pop_group_to_source (cr);
  clip_to (d, clip, cr);
  cairo_paint (cr);
}

/* Whether any region in [@first, @end) shows a fill: then their order
 * shows, and they are drawn one clip run at a time. */
static gboolean
run_has_fill (const BmArtStyle      *style,
              const BmVectorDrawing *d,
              const BmVectorItem    *items,
              guint                  first,
              guint                  end)
{
  for (guint i = first; i < end; i++)
    {
      const BmVectorShape *shape = BM_VECTOR_SHAPE (d, items[i].index);

      if (shape->has_fill && shape->fill.alpha > 0)
        return TRUE;
    }
  return FALSE;
}

static gboolean
same_stroke (const BmVectorShape *a,
             const BmVectorShape *b)
{
  return a->stroke_width == b->stroke_width &&
         a->line_cap == b->line_cap && a->line_join == b->line_join &&
         a->dash[0] == b->dash[0] && a->dash[1] == b->dash[1];
}

/* In a PDF, the regions of [@i, @end) under @i's clip as one path, stroked
 * once: cairo writes the clip again for every operation, and a region's
 * dashes restart at its own start as they would alone. Only when that
 * looks the same: opaque boundaries (where two overlap, nothing shows
 * twice) and no fills. Returns whether it drew them. */
static gboolean
stroke_merged (const BmArtStyle      *style,
               const BmVectorDrawing *d,
               const BmVectorItem    *items,
               guint                  i,
               guint                  end,
               cairo_t               *cr)
{
  const BmVectorShape *first = BM_VECTOR_SHAPE (d, items[i].index);

  if (!is_vector_target (cr) || style->boundary.alpha < 1 || !(first->stroke_width > 0))
    return FALSE;
  for (guint j = i; j < end; j++)
    if (BM_VECTOR_SHAPE (d, items[j].index)->clip == first->clip && !same_stroke (first, BM_VECTOR_SHAPE (d, items[j].index)))
      return FALSE;
  cairo_new_path (cr);
  for (guint j = i; j < end; j++)
    if (BM_VECTOR_SHAPE (d, items[j].index)->clip == first->clip)
      cairo_append_path (cr, BM_VECTOR_SHAPE (d, items[j].index)->path);
  cairo_set_source_rgb (cr, style->boundary.red, style->boundary.green, style->boundary.blue);
  cairo_set_line_width (cr, first->stroke_width);
  cairo_set_line_cap (cr, first->line_cap);
  cairo_set_line_join (cr, first->line_join);
  cairo_set_dash (cr, first->dash, first->dash[0] + first->dash[1] > 0 ? 2 : 0, 0);
  cairo_stroke (cr);
  return TRUE;
}

/* Draws the consecutive regions [@first, @end) of the items: under one clip
 * for each clip path they use. */
static void
draw_regions (const BmArtStyle      *style,
              const BmVectorDrawing *d,
              cairo_t               *cr,
              guint                  first,
              guint                  end)
{
  const BmVectorItem *items = (const BmVectorItem *) (void *) d->items->data;
  gboolean ordered = run_has_fill (style, d, items, first, end), grouped, merged;
  g_autofree guint8 *done = g_new0 (guint8, end - first);

  for (guint i = first; i < end; i++)
    {
      int clip = BM_VECTOR_SHAPE (d, items[i].index)->clip;

      if (done[i - first])
        continue;
      cairo_save (cr);
      grouped = begin_clipped (d, clip, cr);
      merged = !ordered && stroke_merged (style, d, items, i, end, cr);
      for (guint j = i; j < end; j++)
        {
          const BmVectorShape *shape = BM_VECTOR_SHAPE (d, items[j].index);

          if (shape->clip != clip)
            {
              if (ordered)
                break;
              continue;
            }
          if (!done[j - first] && !merged)
            paint_shape (style, shape, cr);
          done[j - first] = 1;
        }
      end_clipped (d, clip, grouped, cr);
      cairo_restore (cr);
    }
}

/* A context for the captions, as librsvg lays out text: unhinted, at
 * 72 dpi, unrounded; on the calling thread's own font map (Pango's default
 * font map is per thread). */
PangoContext *
bm_body_art_new_caption_context (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_antialias (options, CAIRO_ANTIALIAS_GRAY);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

static void
draw_text (const BmArtStyle   *style,
           PangoContext       *pango,
           const BmVectorText *text,
           cairo_t            *cr)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoRectangle logical;
  BmVectorPaint fill = text->fill;
  double x;

  if (text->kind >= BM_VECTOR_CAPTION && text->kind <= BM_VECTOR_SIDE_MARK)
    set_rgb (&fill, &style->caption);
  else if (!text->has_fill)
    return;
  pango_cairo_update_context (cr, pango);
  layout = pango_layout_new (pango);
  font = pango_font_description_from_string (text->family);
  pango_font_description_set_family (font, text->family);
  pango_font_description_set_weight (font, text->bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_absolute_size (font, text->size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, bm_body_art_translate_caption (text->kind, text->text), -1);
  pango_layout_get_extents (layout, NULL, &logical);
  x = text->x;
  if (text->anchor == BM_VECTOR_ANCHOR_MIDDLE)
    x -= logical.width / 2.0 / PANGO_SCALE;
  else if (text->anchor == BM_VECTOR_ANCHOR_END)
    x -= (double) logical.width / PANGO_SCALE;
  cairo_move_to (cr, x, text->y - (double) pango_layout_get_baseline (layout) / PANGO_SCALE);
  set_paint (cr, &fill);
  if (is_vector_target (cr))
    pango_cairo_show_layout (cr, layout);   /* text a PDF reader can find */
  else
    {
      /* As librsvg draws on pixels: the glyphs' outlines, filled. */
      pango_cairo_layout_path (cr, layout);
      cairo_fill (cr);
    }
}

/* Draws @va's drawing in @style, its texts through @pango. Reads nothing
 * else: with the paths built beforehand (bm_vector_drawing_ensure_paths())
 * and a context of its own, any thread may call it. */
void
bm_body_art_draw_styled (const BmArtStyle *style,
                         PangoContext     *pango,
                         BmViewArt        *va,
                         cairo_t          *cr)
{
  const BmVectorDrawing *d = va->drawing;
  const BmVectorItem *items = (const BmVectorItem *) (void *) d->items->data;

  cairo_save (cr);
  cairo_set_miter_limit (cr, MITER_LIMIT);
  for (guint i = 0; i < d->items->len;)
    {
      guint end = i + 1;

      if (items[i].is_text)
        draw_text (style, pango, &g_array_index (d->texts, BmVectorText, items[i].index), cr);
      else if (BM_VECTOR_SHAPE (d, items[i].index)->kind != BM_VECTOR_REGION)
        {
          cairo_save (cr);
          clip_to (d, BM_VECTOR_SHAPE (d, items[i].index)->clip, cr);
          paint_shape (style, BM_VECTOR_SHAPE (d, items[i].index), cr);
          cairo_restore (cr);
        }
      else
        {
          while (end < d->items->len && !items[end].is_text &&
                 BM_VECTOR_SHAPE (d, items[end].index)->kind == BM_VECTOR_REGION)
            end++;
          draw_regions (style, d, cr, i, end);
        }
      i = end;
    }
  cairo_restore (cr);
}

/* Fills the region @shape, clipped, in opaque black: its mask. */
void
bm_body_art_fill_region (BmViewArt *va,
                         guint      shape,
                         cairo_t   *cr)
{
  const BmVectorShape *s = BM_VECTOR_SHAPE (va->drawing, shape);

  bm_vector_drawing_ensure_paths (va->drawing);
  cairo_save (cr);
  clip_to (va->drawing, s->clip, cr);
  cairo_new_path (cr);
  cairo_append_path (cr, s->path);
  cairo_set_fill_rule (cr, s->fill_rule);
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_fill (cr);
  cairo_restore (cr);
}

