/* bm-region-catalog.h: the body-map regions, loaded from data/atlas/regions.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum {
  BM_VIEW_FRONT,  /*< nick=front >*/
  BM_VIEW_BACK,   /*< nick=back >*/
  BM_VIEW_LEFT,   /*< nick=left >*/
  BM_VIEW_RIGHT,  /*< nick=right >*/
  BM_N_VIEWS     /*< skip >*/
} BmView;

#define BM_VIEW_FLAG(view) (1u << (view))

typedef enum {
  BM_SIDE_MID,    /*< nick=mid >*/
  BM_SIDE_LEFT,   /*< nick=left >*/
  BM_SIDE_RIGHT,  /*< nick=right >*/
} BmSide;

typedef struct {
  char   *id;
  char   *label;     /* user-facing, e.g. "Outer knee (left)" */
  char   *group;     /* group id, e.g. "knee" */
  BmSide  side;
  guint   views;     /* BM_VIEW_FLAG bits of the views it is drawn in */
  guint   index;     /* position in the catalog, 0-based */
  guint   group_index; /* position of its group in the catalog's group list */
} BmRegion;

#define BM_TYPE_REGION_CATALOG (bm_region_catalog_get_type ())

G_DECLARE_FINAL_TYPE (BmRegionCatalog, bm_region_catalog, BM, REGION_CATALOG, GObject)

BmRegionCatalog *bm_region_catalog_new_from_data    (const char       *text,
                                                     gsize             length,
                                                     const char       *file,
                                                     GError          **error);
BmRegionCatalog *bm_region_catalog_load             (GFile            *root,
                                                     GError          **error);
BmRegionCatalog *bm_region_catalog_load_default     (GError          **error);
guint            bm_region_catalog_get_n_regions    (BmRegionCatalog  *self);
const BmRegion  *bm_region_catalog_get_region       (BmRegionCatalog  *self,
                                                     guint             index);
const BmRegion  *bm_region_catalog_lookup           (BmRegionCatalog  *self,
                                                     const char       *id);
const char      *bm_region_catalog_get_group_label  (BmRegionCatalog  *self,
                                                     const char       *group);
const BmRegion  *bm_region_catalog_lookup_base      (BmRegionCatalog  *self,
                                                     const char       *base,
                                                     BmSide            side);
const BmRegion  *bm_region_catalog_get_twin         (BmRegionCatalog  *self,
                                                     const BmRegion   *region);
char            *bm_region_dup_base_id              (const BmRegion   *region);
char            *bm_region_dup_base_label           (const BmRegion   *region);
const char      *bm_view_get_id                     (BmView            view);
gboolean         bm_view_from_id                    (const char       *id,
                                                     BmView           *view);
const char      *bm_side_get_id                     (BmSide            side);

G_END_DECLS
