/* bm-sheet-maps.c: the body maps on the stretch sheet
 *
 * Front and back always; a side view too when a marked area or a chosen
 * trigger point shows only there. The chosen muscles' shapes are drawn as
 * on the map (bm-map-picture.c). The drawings are vector; the marks are
 * painted through region masks at print resolution, exactly as on screen;
 * each chosen muscle's trigger points carry an X with the muscle's number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <pango/pangocairo.h>

#include "bm-mark-paint.h"
#include "bm-marker.h"
#include "bm-sheet-private.h"

#define MASK_RESOLUTION 4.0   /* mask pixels per point: about 290 dpi */
#define VIEW_GAP 0.06         /* between views, as a share of their height */

static gboolean
only_in_side_view (const BmRegion *region,
                   BmView          side)
{
  return (region->views & BM_VIEW_FLAG (side)) &&
         !(region->views & (BM_VIEW_FLAG (BM_VIEW_FRONT) | BM_VIEW_FLAG (BM_VIEW_BACK)));
}

static gboolean
tp_needs_side_view (const BmTriggerPoint *tp)
{
  for (guint i = 0; i < tp->markers->len; i++)
    if (g_array_index (tp->markers, BmMarker, i).view != BM_VIEW_LEFT)
      return FALSE;
  return TRUE;
}

static gboolean
needs_side_view (BmSheet *self,
                 BmView   side)
{
  BmPainMap *map = bm_session_get_pain_map (self->session);
  g_autoptr(GArray) marks = bm_pain_map_get_marks (map);
  BmCandidateSide wanted = side == BM_VIEW_LEFT ? BM_SIDE_OF_LEFT : BM_SIDE_OF_RIGHT;

  for (guint i = 0; i < marks->len; i++)
    if (only_in_side_view (bm_region_catalog_get_region (bm_pain_map_get_catalog (map),
                                                         g_array_index (marks, BmMark, i).region), side))
      return TRUE;
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmSheetMuscle *sm = &g_array_index (self->muscles, BmSheetMuscle, i);

      if (sm->best != NULL && (sm->side == wanted || sm->side == BM_SIDE_OF_EITHER) && tp_needs_side_view (sm->best))
        return TRUE;
    }
  return FALSE;
}

static void
choose_views (BmSheet *self)
{
  self->n_map_views = 0;
  self->map_views[self->n_map_views++] = BM_VIEW_FRONT;
  self->map_views[self->n_map_views++] = BM_VIEW_BACK;
  if (needs_side_view (self, BM_VIEW_LEFT))
    self->map_views[self->n_map_views++] = BM_VIEW_LEFT;
  if (needs_side_view (self, BM_VIEW_RIGHT))
    self->map_views[self->n_map_views++] = BM_VIEW_RIGHT;
}

static void
layout_views (BmSheet *self,
              double   y)
{
  double total = 0, height = 0, width = self->width - 2 * self->margin, x;

  for (guint i = 0; i < self->n_map_views; i++)
    {
      double w, h;
      bm_body_art_get_size (self->art, self->map_views[i], &w, &h);
      total += w;
      height = MAX (height, h);
    }
  total += height * VIEW_GAP * (self->n_map_views - 1);
  self->map_scale = MIN (self->map_height / height, width / total);
  self->map_y = y;
  x = self->margin + (width - total * self->map_scale) / 2;
  for (guint i = 0; i < self->n_map_views; i++)
    {
      double w;
      bm_body_art_get_size (self->art, self->map_views[i], &w, NULL);
      self->map_x[i] = x;
      x += (w + height * VIEW_GAP) * self->map_scale;
    }
}

static void
paint_marks (BmSheet *self,
             cairo_t *cr,
             guint    v)
{
  g_autoptr(GArray) marks = bm_pain_map_get_marks (bm_session_get_pain_map (self->session));
  double mask_scale = self->map_scale * MASK_RESOLUTION;

  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);
      int mx, my;
      cairo_surface_t *mask = bm_body_art_get_region_mask (self->art, self->map_views[v], mark->region,
                                                           mask_scale, &mx, &my);

      if (mask == NULL)
        continue;
      cairo_save (cr);
      cairo_translate (cr, self->map_x[v], self->map_y);
      cairo_scale (cr, 1 / MASK_RESOLUTION, 1 / MASK_RESOLUTION);
      bm_mark_paint_mask (cr, mark->symptom, mark->intensity, mask, mx, my, MASK_RESOLUTION * 0.45);
      cairo_restore (cr);
    }
}

static void
number_label (cairo_t *cr,
              double   x,
              double   y,
              guint    number)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *text = g_strdup_printf ("%u", number);
  PangoFontDescription *desc = pango_font_description_from_string ("Cantarell Bold 6.5");
  int w, h;

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);
  cairo_new_path (cr);
  cairo_arc (cr, x, y, 4.6, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, 0.10, 0.37, 0.71);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, x - (double) w / PANGO_SCALE / 2, y - (double) h / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  pango_font_description_free (desc);
  g_object_unref (layout);
}

static void
paint_trigger_point (BmSheet              *self,
                     cairo_t              *cr,
                     const BmTriggerPoint *tp,
                     BmMuscleSide          side,
                     guint                 number)
{
  for (guint i = 0; i < tp->markers->len; i++)
    {
      double x, y;
      BmView view;

      if (!bm_marker_locate (&g_array_index (tp->markers, BmMarker, i), side, self->art, &view, &x, &y, NULL))
        continue;
      for (guint v = 0; v < self->n_map_views; v++)
        {
          double px = self->map_x[v] + x * self->map_scale, py = self->map_y + y * self->map_scale;

          if (self->map_views[v] != view)
            continue;
          bm_trigger_point_paint (cr, px, py, 7.5, TRUE);
          number_label (cr, px + 7, py - 6, number);
        }
    }
}

static void
paint_trigger_points (BmSheet *self,
                      cairo_t *cr)
{
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmSheetMuscle *sm = &g_array_index (self->muscles, BmSheetMuscle, i);
      g_autoptr(GArray) shown = bm_marker_list_shown (sm->muscle, sm->side, sm->best);

      /* Only the chosen trigger points: the others would crowd the print. */
      for (guint k = 0; k < shown->len; k++)
        {
          const BmShownPoint *p = &g_array_index (shown, BmShownPoint, k);

          if (p->emphasis)
            paint_trigger_point (self, cr, p->tp, p->side, i + 1);
        }
    }
}

/* The legend's swatches are painted the way the map paints its marks. */
static void
paint_pain_swatch (cairo_t *cr,
                   double   x,
                   double   y)
{
  cairo_pattern_t *ramp = cairo_pattern_create_linear (x, 0, x + 16, 0);
  BmRgba mild, severe;

  bm_mark_get_color (BM_SYMPTOM_PAIN, BM_INTENSITY_MIN, &mild);
  bm_mark_get_color (BM_SYMPTOM_PAIN, BM_INTENSITY_MAX, &severe);
  cairo_pattern_add_color_stop_rgba (ramp, 0, mild.red, mild.green, mild.blue, mild.alpha);
  cairo_pattern_add_color_stop_rgba (ramp, 1, severe.red, severe.green, severe.blue, severe.alpha);
  cairo_rectangle (cr, x, y, 16, 7);
  cairo_set_source (cr, ramp);
  cairo_fill (cr);
  cairo_pattern_destroy (ramp);
}

static void
paint_numb_swatch (cairo_t *cr,
                   double   x,
                   double   y)
{
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, (int) (16 * MASK_RESOLUTION),
                                                      (int) (7 * MASK_RESOLUTION));
  cairo_t *mcr = cairo_create (mask);

  cairo_paint (mcr);
  cairo_destroy (mcr);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, 1 / MASK_RESOLUTION, 1 / MASK_RESOLUTION);
  bm_mark_paint_mask (cr, BM_SYMPTOM_NUMBNESS, BM_INTENSITY_DEFAULT, mask, 0, 0, MASK_RESOLUTION * 0.45);
  cairo_restore (cr);
  cairo_surface_destroy (mask);
}

/* The muscle's fill and outline, as its shape is drawn on the maps. */
static void
paint_muscle_swatch (cairo_t *cr,
                     double   x,
                     double   y)
{
  BmMuscleStyle style;

  bm_muscle_art_get_default_style (&style, FALSE);
  cairo_rectangle (cr, x + 0.5, y + 0.5, 15, 6);
  cairo_set_source_rgba (cr, style.fill.red, style.fill.green, style.fill.blue, style.fill.alpha);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, style.stroke.red, style.stroke.green, style.stroke.blue, style.stroke.alpha);
  cairo_set_line_width (cr, 0.8);
  cairo_stroke (cr);
}

static void
paint_legend (BmSheet *self,
              cairo_t *cr,
              double   y)
{
  const char *labels[] = { "Muscle", "Pain, mild to severe", "Numbness or tingling",
                           self->muscles->len == 1 ? "Trigger point" :
                           self->muscles->len == 2 ? "Trigger point of muscle 1 or 2" :
                                                     "Trigger point of muscle 1, 2 …" };
  double x = self->margin + 4;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      PangoLayout *layout = pango_cairo_create_layout (cr);
      PangoFontDescription *desc = pango_font_description_from_string ("Cantarell 8");
      int w;

      cairo_new_path (cr);
      if (i == 0)
        paint_muscle_swatch (cr, x, y + 2);
      else if (i == 1)
        paint_pain_swatch (cr, x, y + 2);
      else if (i == 2)
        paint_numb_swatch (cr, x, y + 2);
      else
        bm_trigger_point_paint (cr, x + 8, y + 5.5, 7, TRUE);
      pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
      pango_layout_context_changed (layout);
      pango_layout_set_font_description (layout, desc);
      pango_layout_set_text (layout, labels[i], -1);
      pango_layout_get_pixel_size (layout, &w, NULL);
      cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
      cairo_move_to (cr, x + 21, y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
      x += 21 + w + 18;
      pango_font_description_free (desc);
      g_object_unref (layout);
    }
}

void
bm_sheet_draw_maps (BmSheet  *self,
                    cairo_t  *cr,
                    double    y,
                    gboolean  paint)
{
  choose_views (self);
  layout_views (self, y);
  if (!paint)
    return;
  for (guint v = 0; v < self->n_map_views; v++)
    {
      cairo_save (cr);
      cairo_translate (cr, self->map_x[v], self->map_y);
      bm_body_art_render (self->art, self->map_views[v], cr, self->map_scale);
      bm_map_picture_paint_shapes (self->picture, self->map_views[v], cr, self->map_scale);
      cairo_restore (cr);
      paint_marks (self, cr, v);
    }
  paint_trigger_points (self, cr);
  paint_legend (self, cr, y + self->map_height + 4);
}

/* Where @view was drawn on the first page: its top-left corner and the
 * points per drawing unit. FALSE when the sheet does not show it. */
gboolean
bm_sheet_get_map_rect (BmSheet *self,
                       BmView   view,
                       double  *x,
                       double  *y,
                       double  *scale)
{
  for (guint v = 0; v < self->n_map_views; v++)
    if (self->map_views[v] == view)
      {
        *x = self->map_x[v];
        *y = self->map_y;
        *scale = self->map_scale;
        return TRUE;
      }
  return FALSE;
}
