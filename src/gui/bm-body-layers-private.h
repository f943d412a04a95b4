/* bm-body-layers-private.h: what the layers' source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-layers.h"

G_BEGIN_DECLS

/* Paints a region through its @mask, whose top-left corner is at (@x, @y)
 * in the view's device pixels (user space). */
typedef void (*PaintFunc) (cairo_t *cr, cairo_surface_t *mask, int x, int y,
                           int scale_factor, gconstpointer data);

void           bm_body_layers_append_region     (GtkSnapshot        *snapshot,
                                                 const BmLayerFrame *frame,
                                                 const BmLayerSlot  *slot,
                                                 guint               region,
                                                 PaintFunc           paint,
                                                 gconstpointer       data);
GHashTable    *bm_body_layers_new_mark_cache    (void);
GskRenderNode *bm_body_layers_build_marks_node  (GHashTable        **cache,
                                                 const BmLayerFrame *frame);

void           bm_body_layers_append_shapes     (GtkSnapshot        *snapshot,
                                                 const BmLayerFrame *frame,
                                                 const BmLayerSlot  *slot,
                                                 const BmMuscle     *muscle,
                                                 BmCandidateSide     side,
                                                 gboolean            outline);
GskRenderNode *bm_body_layers_build_muscle_node (const BmLayerFrame *frame);
GskRenderNode *bm_body_layers_build_name_node   (GtkWidget          *owner,
                                                 const BmLayerFrame *frame);

G_END_DECLS
