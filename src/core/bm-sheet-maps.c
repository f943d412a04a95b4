/* bm-sheet-maps.c: the body maps on the stretch sheet
 *
 * Front and back always; a side view too when a marked area lies on the
 * outer or inner surface of a limb or the trunk (an area the catalog draws
 * on front, back and a side view: front and back show it only as an edge),
 * or shows only there, or a chosen trigger point does. In layers: the
 * drawing, the chosen muscles' shapes, each muscle's referral zones
 * hatched in its own ink and angle (solid where it usually sends pain,
 * thin where it sometimes does, so that a greyscale print still tells
 * them apart), the person's marks over them, the shapes' outlines, and the
 * trigger points' Xs with their muscles' numbers (bm-sheet-markers.c). A
 * legend follows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <pango/pangocairo.h>

#include "bm-mark-paint.h"
#include "bm-marker.h"
#include "bm-sheet-private.h"

#define MASK_RESOLUTION 4.0   /* mask pixels per point: about 290 dpi */
#define MASK_MARGIN 2         /* clear mask pixels around a zone */
#define VIEW_GAP 0.06         /* between views, as a share of their height */
#define HATCH_SPACING 3.4     /* points between a zone's lines */
#define LEGEND_ROW 12.0

/* ---- Which views ------------------------------------------------------------- */

/* Whether @region needs side view @side to be seen (the progress report
 * asks too). */
gboolean
bm_sheet_shows_in_side_view (const BmRegion *region,
                             BmView          side)
{
  guint front_back = BM_VIEW_FLAG (BM_VIEW_FRONT) | BM_VIEW_FLAG (BM_VIEW_BACK);

  if (!(region->views & BM_VIEW_FLAG (side)))
    return FALSE;
  /* Only there, or an outer or inner surface: on front and back both,
   * which then show it as a sliver at the edge. */
  return (region->views & front_back) == 0 ||
         (region->side != BM_SIDE_MID && (region->views & front_back) == front_back);
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
    if (bm_sheet_shows_in_side_view (bm_region_catalog_get_region (bm_pain_map_get_catalog (map),
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

/* The views, their places and the markers, for maps whose top is at @y. */
void
bm_sheet_layout_maps (BmSheet *self,
                      double   y)
{
  choose_views (self);
  layout_views (self, y);
  bm_sheet_place_markers (self);
}

/* ---- Marks and zones -------------------------------------------------------- */

/* @mark on @view drawn at (@x, @y) with @scale: as the map shows a mark,
 * or, with @color, flat in that colour (the progress report's change map). */
void
bm_sheet_paint_mark (BmBodyArt    *art,
                     BmView        view,
                     cairo_t      *cr,
                     double        x,
                     double        y,
                     double        scale,
                     const BmMark *mark,
                     const BmRgba *color)
{
  int mx, my;
  cairo_surface_t *mask = bm_body_art_get_region_mask (art, view, mark->region, scale * MASK_RESOLUTION, &mx, &my);

  if (mask == NULL)
    return;
  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, 1 / MASK_RESOLUTION, 1 / MASK_RESOLUTION);
  if (color != NULL)
    {
      cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
      cairo_mask_surface (cr, mask, mx, my);
    }
  else
    bm_mark_paint_mask (cr, mark->symptom, mark->intensity, mask, mx, my, MASK_RESOLUTION * 0.45);
  cairo_restore (cr);
}

static void
paint_marks (BmSheet *self,
             cairo_t *cr,
             guint    v)
{
  g_autoptr(GArray) marks = bm_pain_map_get_marks (bm_session_get_pain_map (self->session));

  for (guint i = 0; i < marks->len; i++)
    bm_sheet_paint_mark (self->art, self->map_views[v], cr, self->map_x[v], self->map_y, self->map_scale,
                         &g_array_index (marks, BmMark, i), NULL);
}

/* Parallel lines over the box (@x, @y, @w, @h), at muscle @muscle's angle:
 * 45°, -45°, level, upright, then in between. With @only, just the parts
 * of those same lines that cross @only: a zone's lines stay where they
 * would be over the whole box, but the PDF gets no line the zone hides. */
static void
hatch (cairo_t                 *cr,
       guint                    muscle,
       double                   x,
       double                   y,
       double                   w,
       double                   h,
       const cairo_rectangle_t *only)
{
  static const double angles[] = { 45, -45, 0, 90, 22.5, -67.5 };
  double a = angles[muscle % G_N_ELEMENTS (angles)] * G_PI / 180, reach = hypot (w, h) / 2;
  double cx = x + w / 2, cy = y + h / 2, ux = cos (a), uy = -sin (a);
  double d_min = -reach, d_max = reach, t_min = -reach, t_max = reach;

  if (only != NULL)
    {
      /* The box's reach across the lines (d) and along them (t), a point more. */
      double corners[4][2] = { { only->x, only->y }, { only->x + only->width, only->y },
                               { only->x, only->y + only->height },
                               { only->x + only->width, only->y + only->height } };

      d_min = t_min = G_MAXDOUBLE;
      d_max = t_max = -G_MAXDOUBLE;
      for (guint i = 0; i < 4; i++)
        {
          double px = corners[i][0] - cx, py = corners[i][1] - cy;
          double d = -uy * px + ux * py, t = ux * px + uy * py;

          d_min = MIN (d_min, d - 1), d_max = MAX (d_max, d + 1);
          t_min = MIN (t_min, t - 1), t_max = MAX (t_max, t + 1);
        }
      t_min = MAX (t_min, -reach);
      t_max = MIN (t_max, reach);
    }
  for (double d = -reach; d <= reach; d += HATCH_SPACING)
    if (d >= d_min && d <= d_max)
      {
        cairo_move_to (cr, cx - uy * d + ux * t_min, cy + ux * d + uy * t_min);
        cairo_line_to (cr, cx - uy * d + ux * t_max, cy + ux * d + uy * t_max);
      }
}

/* One A8 mask of all @regions of view @v at the marks' resolution, only as
 * large as they are, with its top-left pixel at (*@x, *@y) in the view's
 * mask pixels; NULL when none shows. A mask of the whole view would put
 * megabytes of empty pixels into the PDF for every zone. */
static cairo_surface_t *
zone_mask (BmSheet *self,
           guint    v,
           GArray  *regions,
           int     *x,
           int     *y)
{
  double scale = self->map_scale * MASK_RESOLUTION;
  int x1 = G_MAXINT, y1 = G_MAXINT, x2 = G_MININT, y2 = G_MININT;
  cairo_surface_t *mask;
  cairo_t *mcr;

  for (guint i = 0; i < regions->len; i++)
    {
      int mx, my;
      cairo_surface_t *region = bm_body_art_get_region_mask (self->art, self->map_views[v],
                                                             g_array_index (regions, guint, i), scale, &mx, &my);

      if (region == NULL)
        continue;
      x1 = MIN (x1, mx);
      y1 = MIN (y1, my);
      x2 = MAX (x2, mx + cairo_image_surface_get_width (region));
      y2 = MAX (y2, my + cairo_image_surface_get_height (region));
    }
  if (x2 <= x1 || y2 <= y1)
    return NULL;
  /* A clear margin keeps the zone's edge off the image's edge, where a
   * viewer smooths it differently. */
  x1 -= MASK_MARGIN, y1 -= MASK_MARGIN, x2 += MASK_MARGIN, y2 += MASK_MARGIN;
  mask = cairo_image_surface_create (CAIRO_FORMAT_A8, x2 - x1, y2 - y1);
  mcr = cairo_create (mask);
  for (guint i = 0; i < regions->len; i++)
    {
      int mx, my;
      cairo_surface_t *region = bm_body_art_get_region_mask (self->art, self->map_views[v],
                                                             g_array_index (regions, guint, i), scale, &mx, &my);

      if (region != NULL)
        cairo_mask_surface (mcr, region, mx - x1, my - y1);
    }
  cairo_destroy (mcr);
  *x = x1;
  *y = y1;
  return mask;
}

static void
paint_zone (BmSheet *self,
            cairo_t *cr,
            guint    v,
            guint    muscle,
            gboolean essential)
{
  const BmPattern *p = self->patterns->pdata[muscle];
  int mx, my;
  cairo_surface_t *mask = zone_mask (self, v, essential ? p->essential : p->spillover, &mx, &my);
  cairo_rectangle_t box;
  double w, h;
  BmSheetInk ink;

  if (mask == NULL)
    return;
  bm_sheet_muscle_ink (muscle, &ink);
  bm_body_art_get_size (self->art, self->map_views[v], &w, &h);
  box = (cairo_rectangle_t) { mx / MASK_RESOLUTION, my / MASK_RESOLUTION,
                              cairo_image_surface_get_width (mask) / MASK_RESOLUTION,
                              cairo_image_surface_get_height (mask) / MASK_RESOLUTION };
  cairo_save (cr);
  cairo_translate (cr, self->map_x[v], self->map_y);
  /* The group (a transparency group in a PDF) only as large as the zone. */
  cairo_rectangle (cr, box.x, box.y, box.width, box.height);
  cairo_clip (cr);
  cairo_push_group (cr);
  if (essential)
    {
      cairo_set_source_rgba (cr, ink.r, ink.g, ink.b, 0.14);
      cairo_paint (cr);
    }
  hatch (cr, muscle, 0, 0, w * self->map_scale, h * self->map_scale, &box);
  cairo_set_source_rgba (cr, ink.r, ink.g, ink.b, essential ? 0.95 : 0.75);
  cairo_set_line_width (cr, essential ? 0.85 : 0.4);
  cairo_stroke (cr);
  cairo_pop_group_to_source (cr);
  cairo_scale (cr, 1 / MASK_RESOLUTION, 1 / MASK_RESOLUTION);
  cairo_mask_surface (cr, mask, mx, my);
  cairo_restore (cr);
  cairo_surface_destroy (mask);
}

/* ---- Legend ------------------------------------------------------------------- */

typedef void (*SwatchPainter) (BmSheet *self, cairo_t *cr, double x, double y, guint muscle);

/* The legend's swatches, 16 × 7 points at (@x, @y); @self and @muscle are
 * unused (they are SwatchPainters), and the progress report draws them too. */
void
bm_sheet_pain_swatch (BmSheet *self,
             cairo_t *cr,
             double   x,
             double   y,
             guint    muscle)
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

void
bm_sheet_numb_swatch (BmSheet *self,
             cairo_t *cr,
             double   x,
             double   y,
             guint    muscle)
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
muscle_swatch (BmSheet *self,
               cairo_t *cr,
               double   x,
               double   y,
               guint    muscle)
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
x_swatch (BmSheet *self,
          cairo_t *cr,
          double   x,
          double   y,
          guint    muscle)
{
  bm_trigger_point_paint (cr, x + 8, y + 3.5, 6, TRUE);
}

static void
zone_swatch (BmSheet *self,
             cairo_t *cr,
             double   x,
             double   y,
             guint    muscle)
{
  BmSheetInk ink;

  bm_sheet_muscle_ink (muscle, &ink);
  cairo_save (cr);
  cairo_rectangle (cr, x, y - 1, 16, 9);
  cairo_clip_preserve (cr);
  cairo_set_source_rgba (cr, ink.r, ink.g, ink.b, 0.14);
  cairo_fill (cr);
  hatch (cr, muscle, x, y - 1, 16, 9, NULL);
  cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
  cairo_set_line_width (cr, 0.85);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* One legend item at (*@x, *@y), moved to a new row when it does not fit
 * before @right; advances *@x. */
static void
legend_item (BmSheet       *self,
             cairo_t       *cr,
             double        *x,
             double        *y,
             SwatchPainter  swatch,
             guint          muscle,
             const char    *markup,
             gboolean       paint)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (BM_SHEET_FONT_SMALL);
  double lead = swatch != NULL ? 21 : 0;
  int w;

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_markup (layout, markup, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  if (*x > self->margin + 4 && *x + lead + w > self->width - self->margin)
    {
      *x = self->margin + 4;
      *y += LEGEND_ROW;
    }
  if (paint)
    {
      cairo_new_path (cr);
      if (swatch != NULL)
        swatch (self, cr, *x, *y + 2, muscle);
      cairo_set_source_rgb (cr, bm_sheet_ink_dim.r, bm_sheet_ink_dim.g, bm_sheet_ink_dim.b);
      cairo_move_to (cr, *x + lead, *y);
      pango_cairo_show_layout (cr, layout);
      cairo_new_path (cr);
    }
  *x += lead + w + 16;
  pango_font_description_free (desc);
  g_object_unref (layout);
}

static gboolean
has_symptom (BmSheet   *self,
             BmSymptom  symptom)
{
  g_autoptr(GArray) marks = bm_pain_map_get_marks (bm_session_get_pain_map (self->session));

  for (guint i = 0; i < marks->len; i++)
    if (g_array_index (marks, BmMark, i).symptom == symptom)
      return TRUE;
  return FALSE;
}

/* The legend from @y: the symbols on one row, then each muscle's zones;
 * returns its height. */
static double
legend (BmSheet  *self,
        cairo_t  *cr,
        double    y,
        gboolean  paint)
{
  double x = self->margin + 4, y0 = y;

  legend_item (self, cr, &x, &y, x_swatch, 0, self->muscles->len > 1 ? _("Trigger point, with its muscle’s number")
                                                                      : _("Trigger point"), paint);
  if (has_symptom (self, BM_SYMPTOM_PAIN))
    legend_item (self, cr, &x, &y, bm_sheet_pain_swatch, 0, _("Your pain, mild to severe"), paint);
  if (has_symptom (self, BM_SYMPTOM_NUMBNESS))
    legend_item (self, cr, &x, &y, bm_sheet_numb_swatch, 0, _("Numbness or tingling"), paint);
  legend_item (self, cr, &x, &y, muscle_swatch, 0, _("Muscle"), paint);
  if (self->muscles->len == 0)
    return y + LEGEND_ROW - y0;
  x = self->margin + 4;
  y += LEGEND_ROW + 2;
  legend_item (self, cr, &x, &y, NULL, 0, _("<b>Where each muscle sends pain</b> (thin lines: sometimes):"), paint);
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmMuscle *m = g_array_index (self->muscles, BmSheetMuscle, i).muscle;
      g_autofree char *label = g_markup_printf_escaped ("<b>%u</b> %s", i + 1, m->name);

      legend_item (self, cr, &x, &y, zone_swatch, i, label, paint);
    }
  return y + LEGEND_ROW - y0;
}

/* ---- The maps --------------------------------------------------------------------- */

static void
paint_view (BmSheet *self,
            cairo_t *cr,
            guint    v)
{
  cairo_save (cr);
  cairo_translate (cr, self->map_x[v], self->map_y);
  bm_body_art_render (self->art, self->map_views[v], cr, self->map_scale);
  bm_map_picture_paint_shapes (self->picture, self->map_views[v], cr, self->map_scale);
  cairo_restore (cr);
  for (guint i = 0; i < self->patterns->len; i++)
    {
      paint_zone (self, cr, v, i, FALSE);
      paint_zone (self, cr, v, i, TRUE);
    }
  /* The person's own marks over the zones, which show through them. */
  paint_marks (self, cr, v);
  cairo_save (cr);
  cairo_translate (cr, self->map_x[v], self->map_y);
  bm_map_picture_paint_outlines (self->picture, self->map_views[v], cr, self->map_scale);
  cairo_restore (cr);
}

/* The maps and their legend at @y; returns their height. */
double
bm_sheet_draw_maps (BmSheet  *self,
                    cairo_t  *cr,
                    double    y,
                    gboolean  paint)
{
  bm_sheet_layout_maps (self, y);
  if (paint)
    {
      for (guint v = 0; v < self->n_map_views; v++)
        paint_view (self, cr, v);
      bm_sheet_paint_markers (self, cr);
    }
  self->legend_height = legend (self, cr, y + self->map_height + 4, paint);
  return self->map_height + 4 + self->legend_height;
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
