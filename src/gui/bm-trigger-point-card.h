/* bm-trigger-point-card.h: one trigger point on the muscle page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-session.h"

G_BEGIN_DECLS

#define BM_TYPE_TRIGGER_POINT_CARD (bm_trigger_point_card_get_type ())

G_DECLARE_FINAL_TYPE (BmTriggerPointCard, bm_trigger_point_card, BM, TRIGGER_POINT_CARD, GtkWidget)

GtkWidget            *bm_trigger_point_card_new                (const BmMuscle       *muscle,
                                                                const BmTriggerPoint *tp,
                                                                BmRegionCatalog      *catalog);
const BmTriggerPoint *bm_trigger_point_card_get_trigger_point  (BmTriggerPointCard   *self);
void                  bm_trigger_point_card_sync               (BmTriggerPointCard   *self,
                                                                BmConfirm             answer,
                                                                gboolean              most_likely);
gboolean              bm_trigger_point_card_is_read            (BmTriggerPointCard   *self,
                                                                gboolean              by_pointer);

G_END_DECLS
