/* bm-base-raster.h: the body map's base drawings rasterised on a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <graphene.h>

#include "core/bm-body-art.h"

G_BEGIN_DECLS

typedef struct _BmBaseRaster BmBaseRaster;

cairo_surface_t *bm_base_raster_image_new (const graphene_rect_t  *area,
                                           double                  device_scale,
                                           cairo_t               **cr);
BmBaseRaster    *bm_base_raster_new     (BmBodyArt             *art,
                                         BmView                 view,
                                         const graphene_rect_t *area,
                                         double                 device_scale);
void             bm_base_raster_start   (BmBaseRaster         **rasters,
                                         guint                  n_rasters);
gboolean         bm_base_raster_matches (BmBaseRaster          *self,
                                         const graphene_rect_t *area,
                                         double                 device_scale);
void             bm_base_raster_run     (BmBaseRaster          *self);
cairo_surface_t *bm_base_raster_finish  (BmBaseRaster          *self);
void             bm_base_raster_cancel  (BmBaseRaster          *self);

G_END_DECLS
