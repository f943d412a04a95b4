/* bm-region-catalog-private.h: what the atlas loader may change in a catalog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-region-catalog.h"

G_BEGIN_DECLS

gboolean bm_region_catalog_set_label       (BmRegionCatalog *self,
                                            const char      *id,
                                            const char      *label);
gboolean bm_region_catalog_set_group_label (BmRegionCatalog *self,
                                            const char      *group,
                                            const char      *label);

/* The catalog as the compiled atlas holds it: BM_ATLAS_COMPILED_CATALOG. */
GVariant        *bm_region_catalog_to_variant       (BmRegionCatalog  *self);
BmRegionCatalog *bm_region_catalog_new_from_variant (GVariant         *compiled,
                                                     gboolean          checked,
                                                     GError          **error);

G_END_DECLS
