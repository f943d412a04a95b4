/* bm-atlas-private.h: what the compiled atlas's reader shares with the loader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas.h"

G_BEGIN_DECLS

/* Adds the atlas's muscles or poses, once atlas.json, regions.json and
 * red-flags.json are read; @root is the atlas folder. */
typedef gboolean (*BmAtlasReadFunc) (BmAtlas   *self,
                                     GFile     *root,
                                     gpointer   data,
                                     GError   **error);

/* Where the muscles and the poses come from: their JSON files or the
 * compiled atlas. */
typedef struct {
  BmAtlasReadFunc muscles;
  BmAtlasReadFunc poses;
} BmAtlasSource;

BmAtlas  *bm_atlas_load_with  (GFile               *root,
                               const char * const  *languages,
                               const BmAtlasSource *source,
                               gpointer             data,
                               GError             **error);
gboolean  bm_atlas_add_muscle (BmAtlas             *self,
                               BmMuscle            *muscle,
                               GError             **error);
gboolean  bm_atlas_add_pose   (BmAtlas             *self,
                               BmPose              *pose,
                               GError             **error);

G_END_DECLS
