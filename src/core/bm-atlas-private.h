/* bm-atlas-private.h: what the atlas's loaders and the compiled atlas share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas.h"

G_BEGIN_DECLS

/* The atlas's fields, for its loaders: the JSON one (bm-atlas-json.c) and
 * the compiled one's builder below. */
struct _BmAtlas
{
  GObject          parent_instance;

  /* Owned */
  BmRegionCatalog *catalog;
  GPtrArray       *muscles;       /* BmMuscle*, by group then name */
  GHashTable      *by_id;         /* id → BmMuscle*, borrowed */
  GHashTable      *groups;        /* group id → label */
  GPtrArray       *group_order;   /* group ids, borrowed */
  GHashTable      *sources;       /* source id → citation */
  GHashTable      *flags_by_id;   /* id → BmRedFlag*, owned */
  GPtrArray       *poses;         /* BmPose*, by id */
  GHashTable      *poses_by_id;   /* id → BmPose*, borrowed */
  GVariant        *pending_poses; /* the compiled poses, read on first use */
  GVariant        *compiled;      /* what compiled muscles borrow their texts from */
  GDestroyNotify   muscle_free;
  gsize            poses_read;    /* g_once: pending_poses read */
};


/* Shared by the loaders (bm-atlas.c). */
const char *bm_atlas_missing_red_flag (BmAtlas          *self);
gboolean    bm_atlas_check_relations  (BmAtlas          *self,
                                       GError          **error);
gboolean    bm_atlas_check_poses_used (BmAtlas          *self,
                                       GError          **error);
void        bm_atlas_link_relations   (BmAtlas          *self);
void        bm_atlas_sort_muscles     (BmAtlas          *self);

gboolean    bm_atlas_add_muscle      (BmAtlas          *self,
                                      BmMuscle         *muscle,
                                      gboolean          check,
                                      GError          **error);
gboolean    bm_atlas_add_pose        (BmAtlas          *self,
                                      BmPose           *pose,
                                      GError          **error);

/* Building an atlas from its compiled form: an empty atlas over a
 * catalog, its groups, sources, red flags, muscles and poses added, then
 * finished. The adders return FALSE for an empty or repeated id. */
BmAtlas    *bm_atlas_new_compiled    (BmRegionCatalog  *catalog,
                                      GDestroyNotify    muscle_free,
                                      GVariant         *compiled);
gboolean    bm_atlas_add_group       (BmAtlas          *self,
                                      const char       *id,
                                      const char       *label);
gboolean    bm_atlas_add_source      (BmAtlas          *self,
                                      const char       *id,
                                      const char       *citation);
gboolean    bm_atlas_add_red_flag    (BmAtlas          *self,
                                      const char       *id,
                                      const char       *label,
                                      const char       *reason);
gboolean    bm_atlas_set_poses       (BmAtlas          *self,
                                      GVariant         *poses,
                                      gboolean          now,
                                      GError          **error);
gboolean    bm_atlas_finish          (BmAtlas          *self,
                                      gboolean          check,
                                      GError          **error);

/* What the writer reads besides the muscles and poses. */
GPtrArray  *bm_atlas_get_group_order (BmAtlas          *self);
GHashTable *bm_atlas_get_sources     (BmAtlas          *self);
GHashTable *bm_atlas_get_red_flags   (BmAtlas          *self);

G_END_DECLS
