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

G_END_DECLS
