/* bm-technique-card.h: one stretch or release on the muscle page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-atlas.h"

G_BEGIN_DECLS

#define BM_TYPE_TECHNIQUE_CARD (bm_technique_card_get_type ())

G_DECLARE_FINAL_TYPE (BmTechniqueCard, bm_technique_card, BM, TECHNIQUE_CARD, GtkWidget)

GtkWidget *bm_technique_card_new (const BmMuscle    *muscle,
                                  const BmTechnique *technique,
                                  BmAtlas           *atlas);

G_END_DECLS
