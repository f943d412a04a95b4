/* bm-body-view.c: the clickable body map
 *
 * Drawing is split in three layers so a click costs almost nothing:
 *  - the base drawing of each view, rendered once per size into a texture;
 *  - the marks layer, one small cairo node per marked region, painted through
 *    the region's cached mask and rebuilt only when the marks change;
 *  - the hover layer, the region under the pointer.
 * Hit-testing goes through the art's id-colour hit map: exact and O(1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/bm-mark-paint.h"
#include "bm-body-view.h"
#include "bm-mark-popover.h"

#define PADDING 12.0          /* px around the drawings */
#define VIEW_GAP 0.04         /* gap between views, as a fraction of their height */
#define ZOOM_MIN 1.0
#define ZOOM_MAX 8.0
#define MAX_TEXTURE 4096      /* larger base drawings are rendered in parts */
#define RERENDER_DELAY_MS 90

typedef struct {
  GdkTexture *texture;
  double      scale;          /* device px per drawing unit */
  graphene_rect_t area;       /* drawing units the texture covers */
} BaseCache;

struct _BmBodyView
{
  GtkWidget      parent_instance;

  /* Owned */
  BmBodyArt     *art;
  BmPainMap     *pain_map;
  GskRenderNode *marks_node;
  GskRenderNode *hover_node;
  BaseCache      base[BM_N_VIEWS];
  GtkWidget     *popover;

  /* Layout, recomputed on allocation and zoom */
  BmView         views[2];
  double         view_x[2];      /* widget px of each view's left edge, before pan */
  double         fit_scale;      /* px per drawing unit at zoom 1 */
  double         zoom;
  double         pan_x, pan_y;
  double         drag_pan_x, drag_pan_y;
  double         pinch_last;

  BmBodyLayout   layout;
  BmSymptom      symptom;
  int            hover_region;   /* catalog index, or -1 */
  guint          rerender_id;
  gulong         changed_id;
  guint          dragging : 1;
  guint          dark : 1;
};

G_DEFINE_FINAL_TYPE (BmBodyView, bm_body_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_LAYOUT, PROP_SYMPTOM, PROP_ZOOM, N_PROPS };
static GParamSpec *properties[N_PROPS];

static guint
n_views (BmBodyView *self)
{
  return 2;
}

static double
scale (BmBodyView *self)
{
  return self->fit_scale * self->zoom;
}

static void
invalidate_marks (BmBodyView *self)
{
  g_clear_pointer (&self->marks_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
invalidate_all (BmBodyView *self)
{
  for (guint i = 0; i < BM_N_VIEWS; i++)
    self->base[i].scale = 0;
  g_clear_pointer (&self->hover_node, gsk_render_node_unref);
  invalidate_marks (self);
}

static void
compute_layout (BmBodyView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * PADDING;
  double height = gtk_widget_get_height (GTK_WIDGET (self)) - 2 * PADDING;
  double total_w = 0, max_h = 0, gap, x;

  if (self->art == NULL || width <= 0 || height <= 0)
    {
      self->fit_scale = 0;
      return;
    }
  for (guint i = 0; i < n_views (self); i++)
    {
      double w, h;
      bm_body_art_get_size (self->art, self->views[i], &w, &h);
      total_w += w;
      max_h = MAX (max_h, h);
    }
  gap = max_h * VIEW_GAP;
  total_w += gap * (n_views (self) - 1);
  self->fit_scale = MIN (width / total_w, height / max_h);

  x = PADDING + (width - total_w * self->fit_scale) / 2;
  for (guint i = 0; i < n_views (self); i++)
    {
      double w;
      bm_body_art_get_size (self->art, self->views[i], &w, NULL);
      self->view_x[i] = x;
      x += (w + gap) * self->fit_scale;
    }
}

/* Zoom scales the layout about the widget centre, then pan shifts it. */
static void
view_origin (BmBodyView *self,
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
static gboolean
to_drawing (BmBodyView *self,
            double      x,
            double      y,
            BmView     *view,
            double     *dx,
            double     *dy)
{
  if (self->art == NULL || self->fit_scale <= 0)
    return FALSE;
  for (guint i = 0; i < n_views (self); i++)
    {
      double ox, oy, w, h;

      view_origin (self, i, &ox, &oy);
      bm_body_art_get_size (self->art, self->views[i], &w, &h);
      *dx = (x - ox) / scale (self);
      *dy = (y - oy) / scale (self);
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

  if (!to_drawing (self, x, y, &v, &dx, &dy))
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

  compute_layout (self);
  for (guint i = 0; i < n_views (self); i++)
    {
      double ox, oy;

      if (self->views[i] != view || self->fit_scale <= 0)
        continue;
      view_origin (self, i, &ox, &oy);
      *x = ox + svg_x * scale (self);
      *y = oy + svg_y * scale (self);
      return TRUE;
    }
  return FALSE;
}

/* ---- Base layer ---------------------------------------------------------- */

static GdkTexture *
texture_from_surface (cairo_surface_t *surface)
{
  g_autoptr(GBytes) bytes = NULL;
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);

  cairo_surface_flush (surface);
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) stride * height,
                                      (GDestroyNotify) cairo_surface_destroy,
                                      cairo_surface_reference (surface));
  return gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes, stride);
}

/* The part of view @i visible now, in drawing units, clamped to the view. */
static graphene_rect_t
visible_area (BmBodyView *self,
              guint       i)
{
  double ox, oy, w, h, s = scale (self);
  double x1, y1, x2, y2;

  view_origin (self, i, &ox, &oy);
  bm_body_art_get_size (self->art, self->views[i], &w, &h);
  x1 = CLAMP (-ox / s, 0, w);
  y1 = CLAMP (-oy / s, 0, h);
  x2 = CLAMP ((gtk_widget_get_width (GTK_WIDGET (self)) - ox) / s, 0, w);
  y2 = CLAMP ((gtk_widget_get_height (GTK_WIDGET (self)) - oy) / s, 0, h);
  return GRAPHENE_RECT_INIT (x1, y1, x2 - x1, y2 - y1);
}

static void
render_base (BmBodyView *self,
             guint       i,
             double      device_scale)
{
  BaseCache *cache = &self->base[self->views[i]];
  double w, h;
  graphene_rect_t area;
  cairo_surface_t *surface;
  cairo_t *cr;
  int pw, ph;

  bm_body_art_get_size (self->art, self->views[i], &w, &h);
  area = GRAPHENE_RECT_INIT (0, 0, w, h);
  if (MAX (w, h) * device_scale > MAX_TEXTURE)
    {
      /* Zoomed far in: render what is visible plus a margin for panning. */
      graphene_rect_t vis = visible_area (self, i);
      graphene_rect_inset (&vis, -vis.size.width / 2, -vis.size.height / 2);
      graphene_rect_intersection (&vis, &area, &area);
    }
  pw = MAX (1, (int) ceil (area.size.width * device_scale));
  ph = MAX (1, (int) ceil (area.size.height * device_scale));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pw, ph);
  cr = cairo_create (surface);
  cairo_translate (cr, -area.origin.x * device_scale, -area.origin.y * device_scale);
  bm_body_art_render (self->art, self->views[i], cr, device_scale);
  cairo_destroy (cr);

  g_clear_object (&cache->texture);
  cache->texture = texture_from_surface (surface);
  cairo_surface_destroy (surface);
  cache->scale = device_scale;
  cache->area = area;
}

static gboolean
rerender_cb (gpointer data)
{
  BmBodyView *self = data;

  self->rerender_id = 0;
  for (guint i = 0; i < BM_N_VIEWS; i++)
    self->base[i].scale = 0;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

static gboolean
cache_covers (BaseCache      *cache,
              graphene_rect_t vis,
              double          device_scale)
{
  graphene_rect_t inter;

  if (cache->texture == NULL || cache->scale != device_scale)
    return FALSE;
  graphene_rect_intersection (&vis, &cache->area, &inter);
  return graphene_rect_equal (&inter, &vis) ||
         (fabs (inter.size.width - vis.size.width) < 0.5 && fabs (inter.size.height - vis.size.height) < 0.5);
}

static void
snapshot_base (BmBodyView  *self,
               GtkSnapshot *snapshot,
               guint        i,
               double       ox,
               double       oy)
{
  BaseCache *cache = &self->base[self->views[i]];
  double device_scale = scale (self) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
  graphene_rect_t vis = visible_area (self, i);
  double s = scale (self);

  if (!cache_covers (cache, vis, device_scale))
    {
      /* While a resize or zoom is under way, stretch the old texture and
       * render crisply once it settles. */
      if (cache->texture != NULL && self->rerender_id == 0 && cache->scale != 0)
        self->rerender_id = g_timeout_add (RERENDER_DELAY_MS, rerender_cb, self);
      else if (cache->texture == NULL || cache->scale == 0)
        render_base (self, i, device_scale);
    }
  if (cache->texture == NULL)
    return;

  gtk_snapshot_append_texture (snapshot, cache->texture,
                               &GRAPHENE_RECT_INIT (ox + cache->area.origin.x * s,
                                                    oy + cache->area.origin.y * s,
                                                    cache->area.size.width * s,
                                                    cache->area.size.height * s));
}

/* ---- Marks and hover layers ---------------------------------------------- */

typedef void (*PaintFunc) (cairo_t *cr, cairo_surface_t *mask, int x, int y,
                           int scale_factor, gconstpointer data);

/* Appends a cairo node covering region @region in view @i, painted through
 * the region's mask. Inside @paint, user space is the view's device pixels. */
static void
append_region (BmBodyView    *self,
               GtkSnapshot   *snapshot,
               guint          i,
               guint          region,
               PaintFunc      paint,
               gconstpointer  data)
{
  int sf = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *mask;
  double ox, oy;
  int mx, my;
  cairo_t *cr;

  mask = bm_body_art_get_region_mask (self->art, self->views[i], region, scale (self) * sf, &mx, &my);
  if (mask == NULL)
    return;
  view_origin (self, i, &ox, &oy);
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (ox + (double) mx / sf, oy + (double) my / sf,
                                                       (double) cairo_image_surface_get_width (mask) / sf,
                                                       (double) cairo_image_surface_get_height (mask) / sf));
  cairo_translate (cr, ox, oy);
  cairo_scale (cr, 1.0 / sf, 1.0 / sf);
  paint (cr, mask, mx, my, sf, data);
  cairo_destroy (cr);
}

static void
paint_mark (cairo_t         *cr,
            cairo_surface_t *mask,
            int              x,
            int              y,
            int              scale_factor,
            gconstpointer    data)
{
  const BmMark *mark = data;

  bm_mark_paint_mask (cr, mark->symptom, mark->intensity, mask, x, y, scale_factor);
}

static void
paint_hover (cairo_t         *cr,
             cairo_surface_t *mask,
             int              x,
             int              y,
             int              scale_factor,
             gconstpointer    data)
{
  const GdkRGBA *accent = data;

  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.28);
  cairo_mask_surface (cr, mask, x, y);
}

static GskRenderNode *
build_marks_node (BmBodyView *self)
{
  g_autoptr(GArray) marks = bm_pain_map_get_marks (self->pain_map);
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  for (guint i = 0; i < n_views (self); i++)
    for (guint m = 0; m < marks->len; m++)
      {
        const BmMark *mark = &g_array_index (marks, BmMark, m);
        append_region (self, snapshot, i, mark->region, paint_mark, mark);
      }
  return gtk_snapshot_free_to_node (snapshot);
}

static void
get_accent (BmBodyView *self,
            GdkRGBA    *accent)
{
  /* The theme's accent, so hover follows light and dark styles. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static GskRenderNode *
build_hover_node (BmBodyView *self)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GdkRGBA accent;

  get_accent (self, &accent);
  for (guint i = 0; i < n_views (self); i++)
    append_region (self, snapshot, i, (guint) self->hover_region, paint_hover, &accent);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
bm_body_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  BmBodyView *self = BM_BODY_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->art == NULL || self->fit_scale <= 0)
    return;

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  for (guint i = 0; i < n_views (self); i++)
    {
      double ox, oy;
      view_origin (self, i, &ox, &oy);
      snapshot_base (self, snapshot, i, ox, oy);
    }
  if (self->pain_map != NULL)
    {
      if (self->marks_node == NULL)
        self->marks_node = build_marks_node (self);
      if (self->marks_node != NULL)
        gtk_snapshot_append_node (snapshot, self->marks_node);
    }
  if (self->hover_region >= 0)
    {
      if (self->hover_node == NULL)
        self->hover_node = build_hover_node (self);
      if (self->hover_node != NULL)
        gtk_snapshot_append_node (snapshot, self->hover_node);
    }
  gtk_snapshot_pop (snapshot);
}

/* ---- Interaction ----------------------------------------------------------- */

static void
set_hover (BmBodyView *self,
           int         region)
{
  if (self->hover_region == region)
    return;
  self->hover_region = region;
  g_clear_pointer (&self->hover_node, gsk_render_node_unref);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), region >= 0 ? "pointer" : NULL);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           BmBodyView               *self)
{
  const BmRegion *region = self->dragging ? NULL : bm_body_view_region_at (self, x, y, NULL);
  set_hover (self, region != NULL ? (int) region->index : -1);
}

static void
leave_cb (GtkEventControllerMotion *motion,
          BmBodyView               *self)
{
  set_hover (self, -1);
}

static char *
describe_mark (BmBodyView     *self,
               const BmRegion *region)
{
  BmMark mark;

  if (self->pain_map == NULL || !bm_pain_map_get_mark (self->pain_map, region->index, &mark))
    return g_strdup (region->label);
  return g_strdup_printf ("%s\n%s, %u of 10", region->label,
                          bm_symptom_get_label (mark.symptom), mark.intensity);
}

static gboolean
bm_body_view_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  BmBodyView *self = BM_BODY_VIEW (widget);
  const BmRegion *region = bm_body_view_region_at (self, x, y, NULL);
  g_autofree char *text = NULL;

  if (region == NULL)
    return FALSE;
  text = describe_mark (self, region);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
open_popover (BmBodyView     *self,
              const BmRegion *region,
              double          x,
              double          y)
{
  bm_mark_popover_set_region (BM_MARK_POPOVER (self->popover), self->pain_map, region->index);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

/* What a click at (@x, @y) does: the primary button marks or unmarks the
 * region under it, the secondary button opens its popover. Returns the
 * region, or NULL when the click missed the body. */
const BmRegion *
bm_body_view_click_at (BmBodyView *self,
                       double      x,
                       double      y,
                       guint       button)
{
  const BmRegion *region;

  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);

  if (self->pain_map == NULL || (region = bm_body_view_region_at (self, x, y, NULL)) == NULL)
    return NULL;
  if (button == GDK_BUTTON_SECONDARY)
    open_popover (self, region, x, y);
  else
    bm_pain_map_toggle (self->pain_map, region->index, self->symptom);
  return region;
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   BmBodyView      *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  /* A double click is two toggles; only the first counts. */
  if (self->dragging || (n_press > 1 && button == GDK_BUTTON_PRIMARY))
    return;
  bm_body_view_click_at (self, x, y, button);
}

static void
long_press_cb (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               BmBodyView          *self)
{
  const BmRegion *region = bm_body_view_region_at (self, x, y, NULL);

  if (region != NULL && self->pain_map != NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      open_popover (self, region, x, y);
    }
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

static void
layout_moved (BmBodyView *self)
{
  clamp_pan (self);
  g_clear_pointer (&self->hover_node, gsk_render_node_unref);
  invalidate_marks (self);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               BmBodyView     *self)
{
  self->drag_pan_x = self->pan_x;
  self->drag_pan_y = self->pan_y;
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                BmBodyView     *self)
{
  if (!self->dragging && hypot (dx, dy) < 8)
    return;
  if (self->zoom <= 1.0)
    return;
  if (!self->dragging)
    {
      self->dragging = TRUE;
      set_hover (self, -1);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }
  self->pan_x = self->drag_pan_x + dx;
  self->pan_y = self->drag_pan_y + dy;
  layout_moved (self);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             BmBodyView     *self)
{
  /* Clear after the click gesture has seen the release. */
  if (self->dragging)
    g_idle_add_once ((GSourceOnceFunc) gtk_widget_queue_draw, self);
  self->dragging = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
}

void
bm_body_view_zoom_at (BmBodyView *self,
                      double      factor,
                      double      x,
                      double      y)
{
  double old = self->zoom;
  double zoom = CLAMP (old * factor, ZOOM_MIN, ZOOM_MAX);
  double cx = gtk_widget_get_width (GTK_WIDGET (self)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (self)) / 2.0;

  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (zoom == old)
    return;
  /* Keep the point under (x, y) fixed while scaling about the centre. */
  self->pan_x = (x - cx) - (x - cx - self->pan_x) * zoom / old;
  self->pan_y = (y - cy) - (y - cy - self->pan_y) * zoom / old;
  self->zoom = zoom;
  layout_moved (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static gboolean
scroll_cb (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           BmBodyView               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  double x, y;
  const BmRegion *region;
  BmMark mark;

  if (dy == 0)
    return FALSE;
  if (!gdk_event_get_position (gtk_event_controller_get_current_event (GTK_EVENT_CONTROLLER (scroll)), &x, &y))
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      bm_body_view_zoom_at (self, dy < 0 ? 1.25 : 0.8, x, y);
      return TRUE;
    }
  region = bm_body_view_region_at (self, x, y, NULL);
  if (region == NULL || self->pain_map == NULL ||
      !bm_pain_map_get_mark (self->pain_map, region->index, &mark))
    return FALSE;
  /* Scrolling up over a marked area makes it stronger. */
  bm_pain_map_set_intensity (self->pain_map, region->index,
                             CLAMP ((int) mark.intensity + (dy < 0 ? 1 : -1),
                                    BM_INTENSITY_MIN, BM_INTENSITY_MAX));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  return TRUE;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          factor,
                       BmBodyView     *self)
{
  double x, y;

  if (gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    bm_body_view_zoom_at (self, factor / self->pinch_last, x, y);
  self->pinch_last = factor;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               BmBodyView       *self)
{
  self->pinch_last = 1.0;
}

/* ---- Life cycle ------------------------------------------------------------ */

static void
bm_body_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  BmBodyView *self = BM_BODY_VIEW (widget);

  compute_layout (self);
  clamp_pan (self);
  g_clear_pointer (&self->hover_node, gsk_render_node_unref);
  g_clear_pointer (&self->marks_node, gsk_render_node_unref);
  gtk_popover_present (GTK_POPOVER (self->popover));
}

static void
bm_body_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 360;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 560 : 720;
}

static void
pain_map_changed_cb (BmPainMap  *pain_map,
                     int         region,
                     BmBodyView *self)
{
  invalidate_marks (self);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

static void
apply_style (BmBodyView *self,
             gboolean    force)
{
  BmArtStyle style;
  gboolean dark;
  GdkRGBA fg;

  if (self->art == NULL)
    return;
  /* Dark when the theme's foreground is light. CSS changes for other
   * reasons (hover, focus) leave the drawing alone. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dark = (fg.red + fg.green + fg.blue) / 3 > 0.5;
  if (!force && dark == self->dark)
    return;
  self->dark = dark;
  bm_body_art_get_default_style (&style, dark);
  bm_body_art_set_style (self->art, &style);
  invalidate_all (self);
}

static void
bm_body_view_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bm_body_view_parent_class)->css_changed (widget, change);
  apply_style (BM_BODY_VIEW (widget), FALSE);
}

static void
bm_body_view_dispose (GObject *object)
{
  BmBodyView *self = BM_BODY_VIEW (object);

  g_clear_handle_id (&self->rerender_id, g_source_remove);
  if (self->pain_map != NULL)
    g_clear_signal_handler (&self->changed_id, self->pain_map);
  g_clear_object (&self->pain_map);
  g_clear_object (&self->art);
  g_clear_pointer (&self->marks_node, gsk_render_node_unref);
  g_clear_pointer (&self->hover_node, gsk_render_node_unref);
  for (guint i = 0; i < BM_N_VIEWS; i++)
    g_clear_object (&self->base[i].texture);
  g_clear_pointer (&self->popover, gtk_widget_unparent);

  G_OBJECT_CLASS (bm_body_view_parent_class)->dispose (object);
}

static void
bm_body_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BmBodyView *self = BM_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      g_value_set_int (value, self->layout);
      break;
    case PROP_SYMPTOM:
      g_value_set_int (value, self->symptom);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_body_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BmBodyView *self = BM_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      bm_body_view_set_layout (self, g_value_get_int (value));
      break;
    case PROP_SYMPTOM:
      bm_body_view_set_symptom (self, g_value_get_int (value));
      break;
    case PROP_ZOOM:
      bm_body_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_body_view_class_init (BmBodyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_body_view_dispose;
  object_class->get_property = bm_body_view_get_property;
  object_class->set_property = bm_body_view_set_property;

  widget_class->snapshot = bm_body_view_snapshot;
  widget_class->size_allocate = bm_body_view_size_allocate;
  widget_class->measure = bm_body_view_measure;
  widget_class->query_tooltip = bm_body_view_query_tooltip;
  widget_class->css_changed = bm_body_view_css_changed;

  properties[PROP_LAYOUT] =
    g_param_spec_int ("layout", NULL, NULL, BM_BODY_LAYOUT_FRONT_BACK, BM_BODY_LAYOUT_SIDES,
                      BM_BODY_LAYOUT_FRONT_BACK,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYMPTOM] =
    g_param_spec_int ("symptom", NULL, NULL, BM_SYMPTOM_PAIN, BM_SYMPTOM_NUMBNESS, BM_SYMPTOM_PAIN,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, ZOOM_MIN, ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "bodyview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
add_controllers (BmBodyView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_press_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

static void
bm_body_view_init (BmBodyView *self)
{
  self->zoom = 1.0;
  self->pinch_last = 1.0;
  self->hover_region = -1;
  self->views[0] = BM_VIEW_FRONT;
  self->views[1] = BM_VIEW_BACK;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, "Body map",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  "Click the areas where you feel symptoms. "
                                  "The list of areas beside the map offers the same choices by keyboard.",
                                  -1);
  self->popover = bm_mark_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  add_controllers (self);
}

GtkWidget *
bm_body_view_new (void)
{
  return g_object_new (BM_TYPE_BODY_VIEW, NULL);
}

/* ---- Properties ------------------------------------------------------------ */

void
bm_body_view_set_art (BmBodyView *self,
                      BmBodyArt  *art)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (!g_set_object (&self->art, art))
    return;
  for (guint i = 0; i < BM_N_VIEWS; i++)
    g_clear_object (&self->base[i].texture);
  apply_style (self, TRUE);
  compute_layout (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
bm_body_view_set_pain_map (BmBodyView *self,
                           BmPainMap  *pain_map)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->pain_map != NULL)
    g_clear_signal_handler (&self->changed_id, self->pain_map);
  if (!g_set_object (&self->pain_map, pain_map))
    return;
  if (pain_map != NULL)
    self->changed_id = g_signal_connect (pain_map, "changed", G_CALLBACK (pain_map_changed_cb), self);
  invalidate_marks (self);
}

BmPainMap *
bm_body_view_get_pain_map (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);
  return self->pain_map;
}

void
bm_body_view_set_layout (BmBodyView   *self,
                         BmBodyLayout  layout)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->layout == layout)
    return;
  self->layout = layout;
  self->views[0] = layout == BM_BODY_LAYOUT_SIDES ? BM_VIEW_RIGHT : BM_VIEW_FRONT;
  self->views[1] = layout == BM_BODY_LAYOUT_SIDES ? BM_VIEW_LEFT : BM_VIEW_BACK;
  self->zoom = 1.0;
  self->pan_x = self->pan_y = 0;
  compute_layout (self);
  set_hover (self, -1);
  layout_moved (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

BmBodyLayout
bm_body_view_get_layout (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), BM_BODY_LAYOUT_FRONT_BACK);
  return self->layout;
}

void
bm_body_view_set_symptom (BmBodyView *self,
                          BmSymptom   symptom)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->symptom == symptom)
    return;
  self->symptom = symptom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYMPTOM]);
}

BmSymptom
bm_body_view_get_symptom (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), BM_SYMPTOM_PAIN);
  return self->symptom;
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
  layout_moved (self);
}
