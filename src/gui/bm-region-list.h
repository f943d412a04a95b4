/* bm-region-list.h: every body area as a searchable list, for keyboard use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-pain-map.h"

G_BEGIN_DECLS

#define BM_TYPE_REGION_LIST (bm_region_list_get_type ())

G_DECLARE_FINAL_TYPE (BmRegionList, bm_region_list, BM, REGION_LIST, GtkWidget)

GtkWidget *bm_region_list_new           (void);
void       bm_region_list_set_pain_map  (BmRegionList *self,
                                         BmPainMap    *pain_map);
void       bm_region_list_set_symptom   (BmRegionList *self,
                                         BmSymptom     symptom);
void       bm_region_list_focus_search  (BmRegionList *self);
void       bm_region_list_set_filter    (BmRegionList *self,
                                         const char   *text);
guint      bm_region_list_count_visible (BmRegionList *self);
gboolean   bm_region_list_activate_match (BmRegionList *self);

G_END_DECLS
