/* bm-muscle-list.h: every muscle, searchable by name or alias (browse mode)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-atlas.h"

G_BEGIN_DECLS

#define BM_TYPE_MUSCLE_LIST (bm_muscle_list_get_type ())

G_DECLARE_FINAL_TYPE (BmMuscleList, bm_muscle_list, BM, MUSCLE_LIST, GtkWidget)

GtkWidget *bm_muscle_list_new           (void);
void       bm_muscle_list_set_atlas     (BmMuscleList *self,
                                         BmAtlas      *atlas);
void       bm_muscle_list_focus_search  (BmMuscleList *self);

G_END_DECLS
