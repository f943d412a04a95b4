/* bm-items.h: the atlas, the region catalog and the ranking as GListModels
 *
 * Small GObject items that wrap the read-only records (BmMuscle, BmRegion,
 * BmCandidate) so that lists can bind to them; the records stay plain
 * structs. GIO only, no GTK.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas.h"
#include "bm-engine.h"

G_BEGIN_DECLS

#define BM_TYPE_MUSCLE_ITEM (bm_muscle_item_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleItem, bm_muscle_item, BM, MUSCLE_ITEM, GObject)

#define BM_TYPE_REGION_ITEM (bm_region_item_get_type ())
G_DECLARE_FINAL_TYPE (BmRegionItem, bm_region_item, BM, REGION_ITEM, GObject)

#define BM_TYPE_CANDIDATE_ITEM (bm_candidate_item_get_type ())
G_DECLARE_FINAL_TYPE (BmCandidateItem, bm_candidate_item, BM, CANDIDATE_ITEM, GObject)

const BmMuscle    *bm_muscle_item_get_muscle        (BmMuscleItem    *self);
const char        *bm_muscle_item_get_group_label   (BmMuscleItem    *self);
const char        *bm_muscle_item_get_keywords      (BmMuscleItem    *self);

const BmRegion    *bm_region_item_get_region        (BmRegionItem    *self);
const char        *bm_region_item_get_group_label   (BmRegionItem    *self);
const char        *bm_region_item_get_keywords      (BmRegionItem    *self);

const BmCandidate *bm_candidate_item_get_candidate  (BmCandidateItem *self);
const char        *bm_candidate_item_get_reason     (BmCandidateItem *self);

GListModel        *bm_muscle_model_new              (BmAtlas         *atlas);
GListModel        *bm_region_model_new              (BmRegionCatalog *catalog);
void               bm_candidate_store_set_ranking   (GListStore      *store,
                                                     BmAtlas         *atlas,
                                                     const BmRanking *ranking);

G_END_DECLS
