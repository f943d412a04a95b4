/* bm-body-layers-marks.c: the marks layer behind BmBodyView
 *
 * One small cairo node per marked region and view, painted through the
 * region's cached mask. A click adds or removes one mark; the nodes of the
 * others are the ones drawn last, so GTK's renderer, which compares the
 * last frame's nodes with the new ones, redraws the changed mark only.
 * While a journal overlay shows, its fills take the marks' place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-mark-paint.h"
#include "bm-body-layers-private.h"

/* Everything a mark's node depends on. */
typedef struct {
  BmView    view;
  guint     region;
  BmSymptom symptom;
  guint     intensity;
  double    x, y;        /* the slot's place */
  double    scale;
  int       scale_factor;
} MarkKey;

static guint
mark_key_hash (gconstpointer data)
{
  const MarkKey *key = data;

  return (key->region * 31 + key->view) * 31 + key->symptom * 16 + key->intensity;
}

static gboolean
mark_key_equal (gconstpointer a,
                gconstpointer b)
{
  const MarkKey *x = a, *y = b;

  return x->view == y->view && x->region == y->region && x->symptom == y->symptom &&
         x->intensity == y->intensity && x->x == y->x && x->y == y->y &&
         x->scale == y->scale && x->scale_factor == y->scale_factor;
}

/* A cache of marks' nodes: MarkKey → GskRenderNode. */
GHashTable *
bm_body_layers_new_mark_cache (void)
{
  return g_hash_table_new_full (mark_key_hash, mark_key_equal, g_free, (GDestroyNotify) gsk_render_node_unref);
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
paint_fill (cairo_t         *cr,
            cairo_surface_t *mask,
            int              x,
            int              y,
            int              scale_factor,
            gconstpointer    data)
{
  const BmRgba *color = data;

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_mask_surface (cr, mask, x, y);
}

/* A journal overlay's fills, instead of the marks. */
static GskRenderNode *
build_fills_node (const BmLayerFrame *frame)
{
  guint n_regions = bm_region_catalog_get_n_regions (bm_body_art_get_catalog (frame->art));
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  for (guint i = 0; i < frame->n_slots; i++)
    for (guint r = 0; r < n_regions; r++)
      if (frame->fills[r].alpha > 0 && bm_body_art_has_region (frame->art, frame->slots[i].view, r))
        bm_body_layers_append_region (snapshot, frame, &frame->slots[i], r, paint_fill, &frame->fills[r]);
  return gtk_snapshot_free_to_node (snapshot);
}

/* A mark's node: its cairo node drawn at (0, 0), under a translation to
 * its place. GTK compares a container's old and new children pairwise,
 * pairing the nodes it can compare: any two cairo nodes, but only
 * translations that are equal. So each mark finds its own node of the last
 * frame, and a mark added or removed redraws that mark only. */
static GskRenderNode *
build_mark_node (const BmLayerFrame *frame,
                 const BmLayerSlot  *slot,
                 const BmMark       *mark)
{
  int sf = frame->scale_factor, mx, my;
  BmLayerSlot local = *slot;
  GskRenderNode *child, *node;
  GtkSnapshot *snapshot;
  GskTransform *place;

  if (bm_body_art_get_region_mask (frame->art, slot->view, mark->region, frame->scale * sf, &mx, &my) == NULL)
    return NULL;
  local.x = -(double) mx / sf;
  local.y = -(double) my / sf;
  snapshot = gtk_snapshot_new ();
  bm_body_layers_append_region (snapshot, frame, &local, mark->region, paint_mark, mark);
  if ((child = gtk_snapshot_free_to_node (snapshot)) == NULL)
    return NULL;
  place = gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (slot->x + (double) mx / sf,
                                                              slot->y + (double) my / sf));
  node = gsk_transform_node_new (child, place);
  gsk_transform_unref (place);
  gsk_render_node_unref (child);
  return node;
}

/* One mark's node in @slot: the one drawn last when nothing it depends on
 * changed, else a new one. Moves it from @last to @next. */
static GskRenderNode *
mark_node (GHashTable         *last,
           GHashTable         *next,
           const BmLayerFrame *frame,
           const BmLayerSlot  *slot,
           const BmMark       *mark)
{
  MarkKey key = { slot->view, mark->region, mark->symptom, mark->intensity,
                  slot->x, slot->y, frame->scale, frame->scale_factor };
  gpointer stored_key = NULL, node = NULL;

  if (g_hash_table_steal_extended (last, &key, &stored_key, &node))
    g_free (stored_key);
  else
    node = build_mark_node (frame, slot, mark);
  if (node != NULL)
    g_hash_table_insert (next, g_memdup2 (&key, sizeof key), gsk_render_node_ref (node));
  return node;
}

/* The marks: each mark's node kept from the last time when it is the same
 * mark in the same place, so that the renderer redraws only what changed. */
GskRenderNode *
bm_body_layers_build_marks_node (GHashTable         **cache,
                                 const BmLayerFrame  *frame)
{
  g_autoptr(GArray) marks = NULL;
  GHashTable *next;
  GtkSnapshot *snapshot;

  if (frame->fills != NULL)
    {
      g_hash_table_remove_all (*cache);
      return build_fills_node (frame);
    }
  marks = bm_pain_map_get_marks (frame->pain_map);
  snapshot = gtk_snapshot_new ();
  next = bm_body_layers_new_mark_cache ();

  /* In the pain map's order: on an area both painful and numb, the
   * numbness hatching goes over the pain colour. */
  for (guint i = 0; i < frame->n_slots; i++)
    for (guint m = 0; m < marks->len; m++)
      {
        GskRenderNode *node = mark_node (*cache, next, frame, &frame->slots[i],
                                         &g_array_index (marks, BmMark, m));

        if (node != NULL)
          {
            gtk_snapshot_append_node (snapshot, node);
            gsk_render_node_unref (node);
          }
      }
  g_hash_table_unref (*cache);
  *cache = next;
  return gtk_snapshot_free_to_node (snapshot);
}

