/* bm-map-picture.c: the body map as a picture, without a display
 *
 * One view is painted in layers, the same as in the window: the drawing,
 * the shown muscles' shapes, the person's marks, the muscles' referral
 * patterns over them, the shapes' outlines again (so that a zone over its
 * own muscle does not hide where the muscle lies), the trigger points' Xs
 * and the muscles' names. The
 * marks and zones are painted through the drawing's region masks with the
 * painters the window and the sheet use (bm-mark-paint.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <pango/pangocairo.h>

#include "bm-error.h"
#include "bm-map-picture.h"
#include "bm-picture-file.h"
#include "bm-mark-paint.h"
#include "bm-marker.h"

#define MASK_RESOLUTION 2.0   /* mask pixels per output pixel */
#define VIEW_GAP 0.03         /* between views, as a share of the height */

struct _BmMapPicture
{
  BmBodyArt   *art;
  BmMuscleArt *muscle_art;    /* may be NULL */
  GArray      *marks;         /* BmMark */
  GPtrArray   *patterns;      /* BmPattern* */
};

/* ---- A muscle's pattern ------------------------------------------------------ */

static void
add_once (GArray *regions,
          guint   region)
{
  for (guint i = 0; i < regions->len; i++)
    if (g_array_index (regions, guint, i) == region)
      return;
  g_array_append_val (regions, region);
}

static void
add_zones (BmPattern            *pattern,
           const BmTriggerPoint *tp,
           BmMuscleSide          side)
{
  for (guint i = 0; i < tp->essential_regions[side]->len; i++)
    add_once (pattern->essential, g_array_index (tp->essential_regions[side], guint, i));
  for (guint i = 0; i < tp->spillover_regions[side]->len; i++)
    add_once (pattern->spillover, g_array_index (tp->spillover_regions[side], guint, i));
}

/* @muscle's pattern on @side: the zones of @best when given (the trigger
 * point that matched), else of all its trigger points, and an X on each of
 * its trigger points, @best's emphasised. */
BmPattern *
bm_pattern_new (BmBodyArt            *art,
                const BmMuscle       *muscle,
                BmCandidateSide       side,
                const BmTriggerPoint *best)
{
  BmPattern *pattern = g_new0 (BmPattern, 1);
  g_autoptr(GArray) shown = bm_marker_list_shown (muscle, side, best);

  pattern->muscle = muscle;
  pattern->side = side;
  pattern->essential = g_array_new (FALSE, FALSE, sizeof (guint));
  pattern->spillover = g_array_new (FALSE, FALSE, sizeof (guint));
  pattern->xs = g_array_new (FALSE, FALSE, sizeof (BmPatternX));
  for (guint i = 0; i < shown->len; i++)
    {
      const BmShownPoint *p = &g_array_index (shown, BmShownPoint, i);

      if (p->emphasis)
        add_zones (pattern, p->tp, p->side);
      for (guint m = 0; m < p->tp->markers->len; m++)
        {
          BmPatternX x = { p->tp, p->side, 0, 0, 0, p->emphasis };

          if (bm_marker_locate (&g_array_index (p->tp->markers, BmMarker, m), p->side, art, &x.view, &x.x, &x.y, NULL))
            g_array_append_val (pattern->xs, x);
        }
    }
  /* Essential wins where a region is in both. */
  for (guint i = pattern->spillover->len; i > 0; i--)
    for (guint e = 0; e < pattern->essential->len; e++)
      if (g_array_index (pattern->spillover, guint, i - 1) == g_array_index (pattern->essential, guint, e))
        {
          g_array_remove_index (pattern->spillover, i - 1);
          break;
        }
  return pattern;
}

void
bm_pattern_free (BmPattern *pattern)
{
  if (pattern == NULL)
    return;
  g_array_unref (pattern->essential);
  g_array_unref (pattern->spillover);
  g_array_unref (pattern->xs);
  g_free (pattern);
}

/* ---- The picture --------------------------------------------------------------- */

BmMapPicture *
bm_map_picture_new (BmBodyArt   *art,
                    BmMuscleArt *muscle_art)
{
  BmMapPicture *self = g_new0 (BmMapPicture, 1);

  g_return_val_if_fail (BM_IS_BODY_ART (art), NULL);

  self->art = g_object_ref (art);
  self->muscle_art = muscle_art ? g_object_ref (muscle_art) : NULL;
  self->marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  self->patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_pattern_free);
  return self;
}

void
bm_map_picture_free (BmMapPicture *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->art);
  g_clear_object (&self->muscle_art);
  g_array_unref (self->marks);
  g_ptr_array_unref (self->patterns);
  g_free (self);
}

void
bm_map_picture_add_marks (BmMapPicture *self,
                          BmPainMap    *pain_map)
{
  g_autoptr(GArray) marks = bm_pain_map_get_marks (pain_map);

  g_array_append_vals (self->marks, marks->data, marks->len);
}

/* Shows @muscle on @side; returns its pattern, which the picture owns
 * (the sheet places its Xs and zones from the same one). */
const BmPattern *
bm_map_picture_add_muscle (BmMapPicture         *self,
                           const BmMuscle       *muscle,
                           BmCandidateSide       side,
                           const BmTriggerPoint *best)
{
  BmPattern *pattern = bm_pattern_new (self->art, muscle, side, best);

  g_ptr_array_add (self->patterns, pattern);
  return pattern;
}

typedef void (*MaskPainter) (cairo_t *cr, cairo_surface_t *mask, int x, int y, gconstpointer data);

/* Paints @region of @view through its mask, at @scale output pixels per
 * drawing unit. */
static void
paint_region (BmMapPicture  *self,
              cairo_t       *cr,
              BmView         view,
              guint          region,
              double         scale,
              MaskPainter    paint,
              gconstpointer  data)
{
  int mx, my;
  cairo_surface_t *mask = bm_body_art_get_region_mask (self->art, view, region, scale * MASK_RESOLUTION, &mx, &my);

  if (mask == NULL)
    return;
  cairo_save (cr);
  cairo_scale (cr, 1 / MASK_RESOLUTION, 1 / MASK_RESOLUTION);
  paint (cr, mask, mx, my, data);
  cairo_restore (cr);
}

static void
paint_mark (cairo_t         *cr,
            cairo_surface_t *mask,
            int              x,
            int              y,
            gconstpointer    data)
{
  const BmMark *mark = data;

  bm_mark_paint_mask (cr, mark->symptom, mark->intensity, mask, x, y, MASK_RESOLUTION);
}

static void
paint_zone (cairo_t         *cr,
            cairo_surface_t *mask,
            int              x,
            int              y,
            gconstpointer    data)
{
  bm_pattern_paint_mask (cr, GPOINTER_TO_INT (data), mask, x, y, MASK_RESOLUTION);
}

static void
paint_muscles (BmMapPicture *self,
               BmView        view,
               cairo_t      *cr,
               double        scale,
               gboolean      outline)
{
  for (guint i = 0; self->muscle_art != NULL && i < self->patterns->len; i++)
    {
      const BmPattern *p = self->patterns->pdata[i];

      for (BmMuscleSide side = 0; side < BM_N_MUSCLE_SIDES; side++)
        if (!bm_candidate_side_includes (p->side, side))
          continue;
        else if (outline)
          bm_muscle_art_render_outline (self->muscle_art, view, cr, scale, p->muscle, side);
        else
          bm_muscle_art_render (self->muscle_art, view, cr, scale, p->muscle, side);
    }
}

/* The muscles' shapes in @view, where they have one. */
void
bm_map_picture_paint_shapes (BmMapPicture *self,
                             BmView        view,
                             cairo_t      *cr,
                             double        scale)
{
  paint_muscles (self, view, cr, scale, FALSE);
}

/* The muscles' outlines in @view, to draw again over what covers them. */
void
bm_map_picture_paint_outlines (BmMapPicture *self,
                               BmView        view,
                               cairo_t      *cr,
                               double        scale)
{
  paint_muscles (self, view, cr, scale, TRUE);
}

/* The muscle's name over its shape, once per view, on a pale plate. */
static void
paint_name (BmMapPicture    *self,
            const BmPattern *p,
            BmView           view,
            cairo_t         *cr,
            double           scale)
{
  PangoLayout *layout;
  PangoFontDescription *desc;
  double x, y, w, h;
  int tw, th;

  for (BmMuscleSide side = 0; side < BM_N_MUSCLE_SIDES; side++)
    if (bm_candidate_side_includes (p->side, side) && self->muscle_art != NULL &&
        bm_muscle_art_get_bounds (self->muscle_art, view, p->muscle, side, &x, &y, &w, &h))
      break;
    else if (side + 1 == BM_N_MUSCLE_SIDES)
      return;
  layout = pango_cairo_create_layout (cr);
  desc = pango_font_description_from_string ("Cantarell Bold");
  pango_font_description_set_absolute_size (desc, MAX (9.0, 16.0 * scale) * PANGO_SCALE);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, p->muscle->name, -1);
  pango_layout_get_pixel_size (layout, &tw, &th);
  x = (x + w / 2) * scale - tw / 2.0;
  y = MAX (0, y * scale - th - 4);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.85);
  cairo_rectangle (cr, x - 4, y - 1, tw + 8, th + 2);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 0.45, 0.12, 0.11);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (desc);
  g_object_unref (layout);
}

/* One view in layers, with its top-left corner at the origin of @cr. */
void
bm_map_picture_paint_view (BmMapPicture *self,
                           BmView        view,
                           cairo_t      *cr,
                           double        scale)
{
  g_return_if_fail (self != NULL && view < BM_N_VIEWS);

  bm_body_art_render (self->art, view, cr, scale);
  bm_map_picture_paint_shapes (self, view, cr, scale);
  for (guint i = 0; i < self->marks->len; i++)
    paint_region (self, cr, view, g_array_index (self->marks, BmMark, i).region, scale, paint_mark,
                  &g_array_index (self->marks, BmMark, i));
  for (guint i = 0; i < self->patterns->len; i++)
    {
      const BmPattern *p = self->patterns->pdata[i];

      for (guint r = 0; r < p->spillover->len; r++)
        paint_region (self, cr, view, g_array_index (p->spillover, guint, r), scale, paint_zone, GINT_TO_POINTER (FALSE));
      for (guint r = 0; r < p->essential->len; r++)
        paint_region (self, cr, view, g_array_index (p->essential, guint, r), scale, paint_zone, GINT_TO_POINTER (TRUE));
    }
  paint_muscles (self, view, cr, scale, TRUE);
  for (guint i = 0; i < self->patterns->len; i++)
    {
      const BmPattern *p = self->patterns->pdata[i];

      for (guint k = 0; k < p->xs->len; k++)
        {
          const BmPatternX *x = &g_array_index (p->xs, BmPatternX, k);

          if (x->view == view)
            bm_trigger_point_paint (cr, x->x * scale, x->y * scale, MAX (8.0, (x->emphasis ? 20.0 : 14.0) * scale),
                                    x->emphasis);
        }
      paint_name (self, p, view, cr, scale);
    }
}

/* ---- Saving ------------------------------------------------------------------------ */

/* Saves @views side by side, @size pixels high, as PNG, SVG or PDF by the
 * name of @path. */
typedef struct {
  BmMapPicture *self;
  const BmView *views;
  guint         n_views;
  double        scale, gap;
} Row;

static void
paint_row (cairo_t *cr,
           double   width G_GNUC_UNUSED,
           double   height G_GNUC_UNUSED,
           gpointer data)
{
  Row *row = data;
  double x = 0;

  for (guint v = 0; v < row->n_views; v++)
    {
      double w;

      bm_body_art_get_size (row->self->art, row->views[v], &w, NULL);
      cairo_save (cr);
      cairo_translate (cr, x, 0);
      bm_map_picture_paint_view (row->self, row->views[v], cr, row->scale);
      cairo_restore (cr);
      x += w * row->scale + row->gap;
    }
}

gboolean
bm_map_picture_save (BmMapPicture  *self,
                     const BmView  *views,
                     guint          n_views,
                     int            size,
                     const char    *path,
                     GError       **error)
{
  Row row = { self, views, n_views, 0, VIEW_GAP * size };
  double width = 0;

  g_return_val_if_fail (self != NULL && n_views > 0 && size > 0, FALSE);

  bm_body_art_get_size (self->art, views[0], NULL, &row.scale);
  row.scale = size / row.scale;
  for (guint v = 0; v < n_views; v++)
    {
      double w;

      bm_body_art_get_size (self->art, views[v], &w, NULL);
      width += w * row.scale + (v > 0 ? row.gap : 0);
    }
  return bm_picture_file_save (path, width, size, paint_row, &row, error);
}
