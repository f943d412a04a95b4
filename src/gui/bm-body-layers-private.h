/* bm-body-layers-private.h: the muscle layers, shared by the layers' source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-layers.h"

G_BEGIN_DECLS

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
