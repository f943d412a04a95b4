/* bm-hit-map.h: an exact, O(1) region lookup for one body drawing
 *
 * Each region is painted in a colour that encodes its catalog index; the
 * rendered pixels are decoded once into an index buffer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <librsvg/rsvg.h>

#include "bm-region-catalog.h"

G_BEGIN_DECLS

typedef struct _BmHitMap BmHitMap;

char     *bm_hit_map_build_stylesheet (BmRegionCatalog  *catalog);
BmHitMap *bm_hit_map_new              (RsvgHandle       *handle,
                                       double            width,
                                       double            height,
                                       double            scale,
                                       GError          **error);
int       bm_hit_map_lookup           (const BmHitMap   *self,
                                       double            x,
                                       double            y);
gboolean  bm_hit_map_nearest          (const BmHitMap   *self,
                                       int               region,
                                       double            x,
                                       double            y,
                                       double            max_distance,
                                       double           *out_x,
                                       double           *out_y);
void      bm_hit_map_free             (BmHitMap         *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmHitMap, bm_hit_map_free)

G_END_DECLS
