/* bm-body-view-geometry.c: where the body map's views are on screen
 *
 * The views stand side by side, centred and scaled to fit the widget
 * (bm_body_view_compute_layout()); zoom scales that layout about the
 * widget's centre and pan shifts it, within limits that keep the middle of
 * the drawings on screen. Everything that maps between widget pixels and
 * drawing units goes through here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-body-layers.h"
#include "bm-body-view.h"
#include "bm-body-view-private.h"

#define PADDING 12.0          /* px around the drawings */
#define VIEW_GAP 0.04         /* gap between views, as a fraction of their height */

/* Drawing units to pixels: the fit times the zoom. */
double
bm_body_view_get_scale (BmBodyView *self)
{
  return self->fit_scale * self->zoom;
}

/* Fits the views side by side in the widget, centred, at one scale. */
void
bm_body_view_compute_layout (BmBodyView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * PADDING;
  double height = gtk_widget_get_height (GTK_WIDGET (self)) - 2 * PADDING;
  double total_w = 0, max_h = 0, gap, x;

  if (self->art == NULL || width <= 0 || height <= 0)
    {
      self->fit_scale = 0;
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      double w, h;
      bm_body_art_get_size (self->art, self->views[i], &w, &h);
      total_w += w;
      max_h = MAX (max_h, h);
    }
  gap = max_h * VIEW_GAP;
  total_w += gap * (G_N_ELEMENTS (self->views) - 1);
  self->fit_scale = MIN (width / total_w, height / max_h);

  x = PADDING + (width - total_w * self->fit_scale) / 2;
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      double w;
      bm_body_art_get_size (self->art, self->views[i], &w, NULL);
      self->view_x[i] = x;
      x += (w + gap) * self->fit_scale;
    }
}

/* The widget coordinates of view @i's top left corner. Zoom scales the
 * layout about the widget centre, then pan shifts it. */
void
bm_body_view_get_view_origin (BmBodyView *self,
                              guint       i,
                              double     *ox,
                              double     *oy)
{
  double cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;
  double h;

  bm_body_art_get_size (self->art, self->views[i], NULL, &h);
  *ox = cx + (self->view_x[i] - cx) * self->zoom + self->pan_x;
  *oy = cy + ((gtk_widget_get_height (GTK_WIDGET (self)) - h * self->fit_scale) / 2 - cy) * self->zoom
        + self->pan_y;
}

/* Maps widget coordinates to a view and drawing units; FALSE when outside. */
gboolean
bm_body_view_to_drawing (BmBodyView *self,
                         double      x,
                         double      y,
                         BmView     *view,
                         double     *dx,
                         double     *dy)
{
  if (self->art == NULL || self->fit_scale <= 0)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      double ox, oy, w, h;

      bm_body_view_get_view_origin (self, i, &ox, &oy);
      bm_body_art_get_size (self->art, self->views[i], &w, &h);
      *dx = (x - ox) / bm_body_view_get_scale (self);
      *dy = (y - oy) / bm_body_view_get_scale (self);
      if (*dx >= 0 && *dy >= 0 && *dx < w && *dy < h)
        {
          *view = self->views[i];
          return TRUE;
        }
    }
  return FALSE;
}

const BmRegion *
bm_body_view_region_at (BmBodyView *self,
                        double      x,
                        double      y,
                        BmView     *view)
{
  BmView v;
  double dx, dy;

  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);

  if (!bm_body_view_to_drawing (self, x, y, &v, &dx, &dy))
    return NULL;
  if (view != NULL)
    *view = v;
  return bm_body_art_region_at (self->art, v, dx, dy);
}

/* Widget coordinates of a point given in drawing units of @view. */
gboolean
bm_body_view_get_region_point (BmBodyView *self,
                               BmView      view,
                               double      svg_x,
                               double      svg_y,
                               double     *x,
                               double     *y)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), FALSE);

  bm_body_view_compute_layout (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      double ox, oy;

      if (self->views[i] != view || self->fit_scale <= 0)
        continue;
      bm_body_view_get_view_origin (self, i, &ox, &oy);
      *x = ox + svg_x * bm_body_view_get_scale (self);
      *y = oy + svg_y * bm_body_view_get_scale (self);
      return TRUE;
    }
  return FALSE;
}

static void
clamp_pan (BmBodyView *self)
{
  /* Keep at least the middle of the drawing area on screen. */
  double limit_x = gtk_widget_get_width (GTK_WIDGET (self)) * (self->zoom - 1) / 2 + 40;
  double limit_y = gtk_widget_get_height (GTK_WIDGET (self)) * (self->zoom - 1) / 2 + 40;

  if (self->zoom <= 1.0)
    limit_x = limit_y = 0;
  self->pan_x = CLAMP (self->pan_x, -limit_x, limit_x);
  self->pan_y = CLAMP (self->pan_y, -limit_y, limit_y);
}

/* Everything drawn over the body follows it when it moves or scales. */
void
bm_body_view_layout_moved (BmBodyView *self)
{
  clamp_pan (self);
  bm_body_layers_invalidate (self->layers, BM_LAYER_MARKS | BM_LAYER_HOVER | BM_LAYER_HIGHLIGHT | BM_LAYER_MUSCLE);
}

void
bm_body_view_zoom_at (BmBodyView *self,
                      double      factor,
                      double      x,
                      double      y)
{
  double old = self->zoom;
  double zoom = CLAMP (old * factor, BM_BODY_VIEW_ZOOM_MIN, BM_BODY_VIEW_ZOOM_MAX);
  double cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (zoom == old)
    return;
  /* Keep the point under (x, y) fixed while scaling about the centre. */
  self->pan_x = (x - cx) - (x - cx - self->pan_x) * zoom / old;
  self->pan_y = (y - cy) - (y - cy - self->pan_y) * zoom / old;
  self->zoom = zoom;
  bm_body_view_layout_moved (self);
  g_object_notify (G_OBJECT (self), "zoom");
}

double
bm_body_view_get_zoom (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), 1.0);
  return self->zoom;
}

void
bm_body_view_set_zoom (BmBodyView *self,
                       double      zoom)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));
  bm_body_view_zoom_at (self, zoom / self->zoom,
                        gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                        gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

void
bm_body_view_reset_zoom (BmBodyView *self)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));
  self->pan_x = self->pan_y = 0;
  bm_body_view_set_zoom (self, 1.0);
  bm_body_view_layout_moved (self);
}
