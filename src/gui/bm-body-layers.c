/* bm-body-layers.c: the cached drawing layers behind BmBodyView
 *
 * Layers, so that a click costs almost nothing:
 *  - base: each view's drawing, with the anatomy chart when it is on,
 *    rendered once per size into a cairo node (only the visible part when
 *    zoomed far in), stretched while a resize or zoom is under way and
 *    re-rendered crisply once it settles. A cairo node that paints an
 *    image we rasterised, not a texture: GTK 4.8's cairo renderer paints it
 *    clipped to what changed, where it would convert a whole texture to a
 *    new surface in every frame (most of a click's frame, before), and not
 *    the drawing itself, which a cairo node would replay in every frame.
 *    The first drawings are rasterised on a thread from the view's first
 *    allocation (bm-base-raster.c), the snapshot taking them;
 *  - muscle: the shown muscle's shape, under the marks;
 *  - marks (bm-body-layers-marks.c): one small cairo node per marked
 *    region, painted through the region's cached mask; each node is kept
 *    while its mark and the layout stay, so a click makes one new node and
 *    the frame redraws only that area;
 *  - highlight: a muscle's referral pattern and trigger point Xs, over the
 *    marks so that where they overlap both stay visible;
 *  - hover: the region under the pointer, in every view that shows it, and
 *    the chart's muscle under it;
 *  - name: the shown muscle's name beside its shape, over everything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/bm-mark-paint.h"
#include "bm-base-raster.h"
#include "bm-body-layers.h"
#include "bm-body-layers-private.h"

#define MAX_TEXTURE 4096      /* px; larger base drawings are rendered in parts */
#define RERENDER_DELAY_MS 90
#define CHART_FADED 0.4       /* the chart's opacity while a muscle is shown */

typedef struct {
  GskRenderNode  *node;       /* cairo, in device px from (0, 0) */
  GskRenderNode  *chart;      /* the anatomy chart over it, or NULL */
  double          scale;      /* device px per drawing unit; 0 = stale */
  graphene_rect_t area;       /* drawing units the node covers */
  BmBaseRaster   *raster;     /* the drawing, being rasterised on a thread */
} BaseCache;

struct _BmBodyLayers
{
  GtkWidget     *owner;       /* unowned */
  BaseCache      base[BM_N_VIEWS];
  GskRenderNode *marks_node;
  GskRenderNode *hover_node;
  GskRenderNode *highlight_node;
  GskRenderNode *muscle_node;
  GskRenderNode *name_node;
  GHashTable    *mark_nodes;  /* MarkKey → GskRenderNode, the marks drawn last */
  guint          rerender_id;
};

BmBodyLayers *
bm_body_layers_new (GtkWidget *owner)
{
  BmBodyLayers *self = g_new0 (BmBodyLayers, 1);

  self->owner = owner;
  self->mark_nodes = bm_body_layers_new_mark_cache ();
  return self;
}

void
bm_body_layers_free (BmBodyLayers *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->rerender_id, g_source_remove);
  for (guint i = 0; i < BM_N_VIEWS; i++)
    {
      g_clear_pointer (&self->base[i].node, gsk_render_node_unref);
      g_clear_pointer (&self->base[i].chart, gsk_render_node_unref);
      g_clear_pointer (&self->base[i].raster, bm_base_raster_cancel);
    }
  g_clear_pointer (&self->marks_node, gsk_render_node_unref);
  g_clear_pointer (&self->hover_node, gsk_render_node_unref);
  g_clear_pointer (&self->highlight_node, gsk_render_node_unref);
  g_clear_pointer (&self->muscle_node, gsk_render_node_unref);
  g_clear_pointer (&self->name_node, gsk_render_node_unref);
  g_hash_table_unref (self->mark_nodes);
  g_free (self);
}

/* Marks the layers as stale; a stale base keeps its node to stretch
 * until the new one is rendered. */
void
bm_body_layers_invalidate (BmBodyLayers *self,
                           BmLayer       layers)
{
  /* The drawing or its style changed: no mark's node is kept either. */
  if (layers & BM_LAYER_BASE)
    {
      for (guint i = 0; i < BM_N_VIEWS; i++)
        {
          self->base[i].scale = 0;
          g_clear_pointer (&self->base[i].raster, bm_base_raster_cancel);
        }
      g_hash_table_remove_all (self->mark_nodes);
    }
  if (layers & BM_LAYER_MARKS)
    g_clear_pointer (&self->marks_node, gsk_render_node_unref);
  if (layers & BM_LAYER_HOVER)
    g_clear_pointer (&self->hover_node, gsk_render_node_unref);
  if (layers & BM_LAYER_HIGHLIGHT)
    g_clear_pointer (&self->highlight_node, gsk_render_node_unref);
  if (layers & BM_LAYER_MUSCLE)
    g_clear_pointer (&self->muscle_node, gsk_render_node_unref);
  if (layers & (BM_LAYER_HIGHLIGHT | BM_LAYER_MARKS | BM_LAYER_MUSCLE))
    g_clear_pointer (&self->name_node, gsk_render_node_unref);
  gtk_widget_queue_draw (self->owner);
}

/* ---- Base layer ---------------------------------------------------------- */

/* A cairo node that paints @image, in device pixels. */
static GskRenderNode *
image_node (cairo_surface_t *image)
{
  GskRenderNode *node;
  cairo_t *cr;

  node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (0, 0, cairo_image_surface_get_width (image),
                                                  cairo_image_surface_get_height (image)));
  cr = gsk_cairo_node_get_draw_context (node);
  cairo_set_source_surface (cr, image, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (image);
  return node;
}

/* One cairo node of @area of @slot's view, the drawing or the chart, in
 * device pixels: its surface is the size it is shown at. GTK 4.8 records a
 * cairo node's drawing and replays it each time the node is painted, so
 * the drawing is rasterised here, once, and the node only paints the
 * image: a frame that repaints part of the map (a click's mark, a card
 * beside it) then copies pixels instead of stroking every outline again. */
static GskRenderNode *
render_area (const BmLayerFrame    *frame,
             const BmLayerSlot     *slot,
             const graphene_rect_t *area,
             double                 device_scale,
             gboolean               chart)
{
  cairo_t *cr;
  cairo_surface_t *image = bm_base_raster_image_new (area, device_scale, &cr);

  if (chart)
    bm_muscle_art_render_chart (frame->muscle_art, slot->view, cr, device_scale);
  else
    bm_body_art_render (frame->art, slot->view, cr, device_scale);
  cairo_destroy (cr);
  return image_node (image);
}

/* The drawing units of @slot's view its base node covers at @device_scale:
 * the whole drawing, or when zoomed far in what is visible plus a margin
 * for panning. */
static graphene_rect_t
base_area (const BmLayerFrame *frame,
           const BmLayerSlot  *slot,
           double              device_scale)
{
  graphene_rect_t area;
  double w, h;

  bm_body_art_get_size (frame->art, slot->view, &w, &h);
  area = GRAPHENE_RECT_INIT (0, 0, w, h);
  if (MAX (w, h) * device_scale > MAX_TEXTURE)
    {
      graphene_rect_t around = slot->visible;
      graphene_rect_inset (&around, -around.size.width / 2, -around.size.height / 2);
      graphene_rect_intersection (&around, &area, &area);
    }
  return area;
}

static void
render_base (BaseCache         *cache,
             const BmLayerFrame *frame,
             const BmLayerSlot  *slot,
             double              device_scale)
{
  graphene_rect_t area = base_area (frame, slot, device_scale);
  BmBaseRaster *raster = g_steal_pointer (&cache->raster);

  g_clear_pointer (&cache->node, gsk_render_node_unref);
  g_clear_pointer (&cache->chart, gsk_render_node_unref);
  if (raster != NULL && bm_base_raster_matches (raster, &area, device_scale))
    cache->node = image_node (bm_base_raster_finish (raster));
  else
    {
      g_clear_pointer (&raster, bm_base_raster_cancel);
      cache->node = render_area (frame, slot, &area, device_scale, FALSE);
    }
  /* The chart has a node of its own, so that it can fade behind a
   * shown muscle without being drawn again. */
  if (frame->chart && frame->muscle_art != NULL)
    cache->chart = render_area (frame, slot, &area, device_scale, TRUE);
  cache->scale = device_scale;
  cache->area = area;
}

/* Starts rasterising, on a thread, the base drawings that the next
 * snapshot will render: those of views shown for the first time. Called
 * when the view is allocated, so that the rasterising overlaps the rest
 * of the window's allocation and snapshot. */
void
bm_body_layers_prefetch (BmBodyLayers       *self,
                         const BmLayerFrame *frame)
{
  BmBaseRaster *started[BM_N_VIEWS] = { NULL };
  guint n = 0;

  for (guint i = 0; i < frame->n_slots && n < BM_N_VIEWS; i++)
    {
      BaseCache *cache = &self->base[frame->slots[i].view];
      double device_scale = frame->scale * frame->scale_factor;
      graphene_rect_t area;

      if (cache->node != NULL || device_scale <= 0)
        continue;
      area = base_area (frame, &frame->slots[i], device_scale);
      if (cache->raster != NULL && bm_base_raster_matches (cache->raster, &area, device_scale))
        continue;
      g_clear_pointer (&cache->raster, bm_base_raster_cancel);
      cache->raster = bm_base_raster_new (frame->art, frame->slots[i].view, &area, device_scale);
      started[n++] = cache->raster;
    }
  bm_base_raster_start (started, n);
}

/* The thread rasterises the views in order: while it draws the first,
 * the main thread draws those it has not begun and that this frame takes,
 * from the last. */
static void
help_rasters (BmBodyLayers       *self,
              const BmLayerFrame *frame)
{
  double device_scale = frame->scale * frame->scale_factor;

  for (guint i = frame->n_slots; i-- > 0;)
    {
      BaseCache *cache = &self->base[frame->slots[i].view];
      graphene_rect_t area;

      if (cache->raster == NULL)
        continue;
      area = base_area (frame, &frame->slots[i], device_scale);
      if (bm_base_raster_matches (cache->raster, &area, device_scale))
        bm_base_raster_run (cache->raster);
    }
}

static gboolean
rerender_cb (gpointer data)
{
  BmBodyLayers *self = data;

  self->rerender_id = 0;
  bm_body_layers_invalidate (self, BM_LAYER_BASE);
  return G_SOURCE_REMOVE;
}

static gboolean
covers (const BaseCache *cache,
        graphene_rect_t  visible,
        double           device_scale)
{
  graphene_rect_t inter;

  if (cache->node == NULL || cache->scale != device_scale)
    return FALSE;
  graphene_rect_intersection (&visible, &cache->area, &inter);
  return fabs (inter.size.width - visible.size.width) < 0.5 &&
         fabs (inter.size.height - visible.size.height) < 0.5;
}

static void
snapshot_base (BmBodyLayers       *self,
               GtkSnapshot        *snapshot,
               const BmLayerFrame *frame,
               const BmLayerSlot  *slot)
{
  BaseCache *cache = &self->base[slot->view];
  double device_scale = frame->scale * frame->scale_factor;
  double s = frame->scale;
  graphene_rect_t where, bounds;

  if (!covers (cache, slot->visible, device_scale))
    {
      /* While a resize or zoom is under way, stretch the old node and
       * render crisply once it settles. */
      if (cache->node == NULL || cache->scale == 0)
        render_base (cache, frame, slot, device_scale);
      else if (self->rerender_id == 0)
        self->rerender_id = g_timeout_add (RERENDER_DELAY_MS, rerender_cb, self);
    }
  if (cache->node == NULL)
    return;

  where = GRAPHENE_RECT_INIT (slot->x + cache->area.origin.x * s, slot->y + cache->area.origin.y * s,
                              cache->area.size.width * s, cache->area.size.height * s);
  /* The node's device pixels at @where: one to one once rendered for this
   * scale (a copy, where a scale however slight would filter every pixel),
   * stretched onto @where while it is stale. */
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &where.origin);
  if (cache->scale == device_scale)
    {
      if (frame->scale_factor != 1)
        gtk_snapshot_scale (snapshot, 1.0 / frame->scale_factor, 1.0 / frame->scale_factor);
    }
  else
    {
      gsk_render_node_get_bounds (cache->node, &bounds);
      gtk_snapshot_scale (snapshot, where.size.width / bounds.size.width, where.size.height / bounds.size.height);
    }
  gtk_snapshot_append_node (snapshot, cache->node);
  if (cache->chart != NULL && frame->chart)
    {
      gtk_snapshot_push_opacity (snapshot, frame->highlight != NULL && frame->highlight->muscle != NULL
                                           ? CHART_FADED : 1.0);
      gtk_snapshot_append_node (snapshot, cache->chart);
      gtk_snapshot_pop (snapshot);
    }
  gtk_snapshot_restore (snapshot);
}

/* ---- Marks and hover layers ---------------------------------------------- */

/* Appends a cairo node covering @region in @slot, painted through the
 * region's mask. Inside @paint, user space is the view's device pixels. */
void
bm_body_layers_append_region (GtkSnapshot        *snapshot,
               const BmLayerFrame *frame,
               const BmLayerSlot  *slot,
               guint               region,
               PaintFunc           paint,
               gconstpointer       data)
{
  int sf = frame->scale_factor;
  cairo_surface_t *mask;
  int mx, my;
  cairo_t *cr;

  mask = bm_body_art_get_region_mask (frame->art, slot->view, region, frame->scale * sf, &mx, &my);
  if (mask == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot,
                                  &GRAPHENE_RECT_INIT (slot->x + (double) mx / sf, slot->y + (double) my / sf,
                                                       (double) cairo_image_surface_get_width (mask) / sf,
                                                       (double) cairo_image_surface_get_height (mask) / sf));
  cairo_translate (cr, slot->x, slot->y);
  cairo_scale (cr, 1.0 / sf, 1.0 / sf);
  paint (cr, mask, mx, my, sf, data);
  cairo_destroy (cr);
}

typedef struct {
  GdkRGBA  accent;
  gboolean marked;
} HoverStyle;

static void
paint_hover (cairo_t         *cr,
             cairo_surface_t *mask,
             int              x,
             int              y,
             int              scale_factor,
             gconstpointer    data)
{
  const HoverStyle *style = data;

  /* A tint on bare skin; over a mark, lighten it instead, so the mark's
   * colour (its intensity) stays readable. */
  if (style->marked)
    cairo_set_source_rgba (cr, 1, 1, 1, 0.3);
  else
    cairo_set_source_rgba (cr, style->accent.red, style->accent.green, style->accent.blue, 0.28);
  cairo_mask_surface (cr, mask, x, y);
}

static void
paint_zone (cairo_t         *cr,
            cairo_surface_t *mask,
            int              x,
            int              y,
            int              scale_factor,
            gconstpointer    data)
{
  bm_pattern_paint_mask (cr, GPOINTER_TO_INT (data), mask, x, y, scale_factor);
}

#define X_SIZE 11.0            /* px of a faint X when the drawing fits */
#define X_SIZE_BOLD 15.0       /* px of a bold X */
#define X_FOCUS_GROW 1.35      /* a ringed X is this much larger */
#define X_DENIED_ALPHA 0.3     /* a "Not tender" X fades to this */

/* The ring around the X of the trigger point the user is reading about,
 * in the theme's accent colour. */
static void
paint_focus_ring (cairo_t       *cr,
                  double         cx,
                  double         cy,
                  double         size,
                  const GdkRGBA *accent)
{
  cairo_arc (cr, cx, cy, size * 0.95, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.3);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, MAX (4.0, size * 0.22));
  cairo_stroke_preserve (cr);
  gdk_cairo_set_source_rgba (cr, accent);
  cairo_set_line_width (cr, MAX (2.0, size * 0.12));
  cairo_stroke (cr);
}

/* One X, sized with the drawing so it stays on its spot at every zoom. */
static void
append_x (GtkSnapshot        *snapshot,
          const BmLayerFrame *frame,
          const BmLayerSlot  *slot,
          const BmLayerX     *mark)
{
  gboolean focus = mark->tp == frame->highlight->focus;
  double size = (mark->emphasis || focus ? X_SIZE_BOLD : X_SIZE) * frame->zoom * (focus ? X_FOCUS_GROW : 1);
  double cx = slot->x + mark->x * frame->scale, cy = slot->y + mark->y * frame->scale;
  double r = size * 1.2;
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (cx - r, cy - r, 2 * r, 2 * r));
  if (focus)
    paint_focus_ring (cr, cx, cy, size, &frame->accent);
  if (mark->denied)
    cairo_push_group (cr);
  bm_trigger_point_paint (cr, cx, cy, size, (mark->emphasis || focus) && !mark->denied);
  if (mark->denied)
    {
      cairo_pop_group_to_source (cr);
      cairo_paint_with_alpha (cr, X_DENIED_ALPHA);
    }
  cairo_destroy (cr);
}

/* The Xs of @slot's view; the ringed one last, so nothing covers it. */
static void
append_xs (GtkSnapshot        *snapshot,
           const BmLayerFrame *frame,
           const BmLayerSlot  *slot,
           GArray             *xs)
{
  for (int pass = 0; pass < 2; pass++)
    for (guint i = 0; i < xs->len; i++)
      {
        const BmLayerX *mark = &g_array_index (xs, BmLayerX, i);

        if (mark->view == slot->view && (mark->tp == frame->highlight->focus) == (pass == 1))
          append_x (snapshot, frame, slot, mark);
      }
}

static GskRenderNode *
build_highlight_node (const BmLayerFrame *frame)
{
  const BmHighlight *h = frame->highlight;
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  for (guint i = 0; i < frame->n_slots; i++)
    {
      for (guint r = 0; r < h->spillover->len; r++)
        bm_body_layers_append_region (snapshot, frame, &frame->slots[i], g_array_index (h->spillover, guint, r),
                       paint_zone, GINT_TO_POINTER (FALSE));
      for (guint r = 0; r < h->essential->len; r++)
        bm_body_layers_append_region (snapshot, frame, &frame->slots[i], g_array_index (h->essential, guint, r),
                       paint_zone, GINT_TO_POINTER (TRUE));
      /* The muscle's edge over the zones, so a zone on it hides nothing. */
      if (h->muscle != NULL && frame->muscle_art != NULL)
        bm_body_layers_append_shapes (snapshot, frame, &frame->slots[i], h->muscle, h->side, TRUE);
    }
  for (guint i = 0; i < frame->n_slots; i++)
    append_xs (snapshot, frame, &frame->slots[i], h->xs);
  return gtk_snapshot_free_to_node (snapshot);
}

static GskRenderNode *
build_hover_node (const BmLayerFrame *frame)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  HoverStyle style = { frame->accent, FALSE };

  if (frame->fills != NULL)
    style.marked = frame->hover_region >= 0 && frame->fills[frame->hover_region].alpha > 0;
  else
    style.marked = frame->hover_region >= 0 && frame->pain_map != NULL &&
                   bm_pain_map_is_marked (frame->pain_map, (guint) frame->hover_region);
  for (guint i = 0; i < frame->n_slots; i++)
    {
      if (frame->hover_region >= 0)
        bm_body_layers_append_region (snapshot, frame, &frame->slots[i], (guint) frame->hover_region, paint_hover, &style);
      /* The chart's muscle under the pointer stands out: drawn once more. */
      if (frame->hover_muscle != NULL && frame->muscle_art != NULL)
        bm_body_layers_append_shapes (snapshot, frame, &frame->slots[i], frame->hover_muscle,
                                      frame->hover_side == BM_MUSCLE_LEFT ? BM_SIDE_OF_LEFT : BM_SIDE_OF_RIGHT,
                                      FALSE);
    }
  return gtk_snapshot_free_to_node (snapshot);
}

void
bm_body_layers_snapshot (BmBodyLayers       *self,
                         GtkSnapshot        *snapshot,
                         const BmLayerFrame *frame)
{
  gboolean shape = frame->highlight != NULL && frame->highlight->muscle != NULL && frame->muscle_art != NULL;

  help_rasters (self, frame);
  for (guint i = 0; i < frame->n_slots; i++)
    snapshot_base (self, snapshot, frame, &frame->slots[i]);

  if (shape && self->muscle_node == NULL)
    self->muscle_node = bm_body_layers_build_muscle_node (frame);
  if (shape && self->muscle_node != NULL)
    gtk_snapshot_append_node (snapshot, self->muscle_node);
  if (frame->pain_map != NULL || frame->fills != NULL)
    {
      if (self->marks_node == NULL)
        self->marks_node = bm_body_layers_build_marks_node (&self->mark_nodes, frame);
      if (self->marks_node != NULL)
        gtk_snapshot_append_node (snapshot, self->marks_node);
    }
  if (frame->highlight != NULL)
    {
      if (self->highlight_node == NULL)
        self->highlight_node = build_highlight_node (frame);
      if (self->highlight_node != NULL)
        gtk_snapshot_append_node (snapshot, self->highlight_node);
    }
  if (frame->hover_region >= 0 || frame->hover_muscle != NULL)
    {
      if (self->hover_node == NULL)
        self->hover_node = build_hover_node (frame);
      if (self->hover_node != NULL)
        gtk_snapshot_append_node (snapshot, self->hover_node);
    }
  if (shape && self->name_node == NULL)
    self->name_node = bm_body_layers_build_name_node (self->owner, frame);
  if (shape && self->name_node != NULL)
    gtk_snapshot_append_node (snapshot, self->name_node);
}
