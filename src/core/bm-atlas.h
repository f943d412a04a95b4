/* bm-atlas.h: the trigger-point atlas: regions, muscles and the literature
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-muscle.h"
#include "bm-pose.h"
#include "bm-region-catalog.h"

G_BEGIN_DECLS

/* A symptom that calls for a clinician (data/atlas/red-flags.json). */
typedef struct {
  char *id;       /* numbness, weakness, night-pain, fever, bladder-bowel, trauma */
  char *label;    /* what the user ticks */
  char *reason;   /* the notice shown when it applies */
} BmRedFlag;

#define BM_TYPE_ATLAS (bm_atlas_get_type ())

G_DECLARE_FINAL_TYPE (BmAtlas, bm_atlas, BM, ATLAS, GObject)

BmAtlas         *bm_atlas_load              (GFile           *root,
                                             GError         **error);
BmAtlas         *bm_atlas_load_for_languages (GFile             *root,
                                              const char * const *languages,
                                              GError           **error);
BmAtlas         *bm_atlas_load_default      (GError         **error);
BmAtlas         *bm_atlas_load_dir          (const char      *dir,
                                             GError         **error);
BmRegionCatalog *bm_atlas_get_catalog       (BmAtlas         *self);
guint            bm_atlas_get_n_muscles     (BmAtlas         *self);
const BmMuscle  *bm_atlas_get_muscle        (BmAtlas         *self,
                                             guint            index);
const BmMuscle  *bm_atlas_lookup            (BmAtlas         *self,
                                             const char      *id);
const char      *bm_atlas_get_group_label   (BmAtlas         *self,
                                             const char      *group);
const char      *bm_atlas_get_citation      (BmAtlas         *self,
                                             const char      *source);
const BmRedFlag *bm_atlas_lookup_red_flag   (BmAtlas         *self,
                                             const char      *id);
guint            bm_atlas_get_n_poses       (BmAtlas         *self);
const BmPose    *bm_atlas_get_pose          (BmAtlas         *self,
                                             guint            index);
const BmPose    *bm_atlas_lookup_pose       (BmAtlas         *self,
                                             const char      *id);

G_END_DECLS
