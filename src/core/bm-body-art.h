/* bm-body-art.h: the four body drawings, their hit tests and region masks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-region-catalog.h"

G_BEGIN_DECLS

/* A colour, 0–1 per channel; the core has no GDK. */
typedef struct {
  double red, green, blue, alpha;
} BmRgba;

typedef struct {
  BmRgba skin;      /* body fill */
  BmRgba outline;   /* body outline */
  BmRgba boundary;  /* faint lines between regions */
  BmRgba detail;    /* face, fingers, toes */
  BmRgba caption;   /* view captions and L/R marks */
} BmArtStyle;

/* Markers are placed on a grid of this many points per drawing unit (and
 * the muscle overlays' hit maps are rendered at it). */
#define BM_HIT_MAP_SCALE 2.0

#define BM_TYPE_BODY_ART (bm_body_art_get_type ())

G_DECLARE_FINAL_TYPE (BmBodyArt, bm_body_art, BM, BODY_ART, GObject)

BmBodyArt       *bm_body_art_new_for_root      (BmRegionCatalog   *catalog,
                                                GFile             *root,
                                                GError           **error);
BmBodyArt       *bm_body_art_new               (BmRegionCatalog   *catalog,
                                                GError           **error);
BmBodyArt       *bm_body_art_new_from_dir      (BmRegionCatalog   *catalog,
                                                const char        *dir,
                                                GError           **error);
BmRegionCatalog *bm_body_art_get_catalog       (BmBodyArt         *self);
GBytes          *bm_body_art_translate_captions (GBytes           *svg);
void             bm_body_art_get_size          (BmBodyArt         *self,
                                                BmView             view,
                                                double            *width,
                                                double            *height);
gboolean         bm_body_art_has_region        (BmBodyArt         *self,
                                                BmView             view,
                                                guint              region);
gboolean         bm_body_art_get_region_bounds (BmBodyArt         *self,
                                                BmView             view,
                                                guint              region,
                                                double            *x,
                                                double            *y,
                                                double            *width,
                                                double            *height);
void             bm_body_art_set_style         (BmBodyArt         *self,
                                                const BmArtStyle  *style);
void             bm_body_art_get_default_style (BmArtStyle        *style,
                                                gboolean           dark);
void             bm_body_art_render            (BmBodyArt         *self,
                                                BmView             view,
                                                cairo_t           *cr,
                                                double             scale);
void             bm_body_art_prepare_render    (BmBodyArt         *self,
                                                BmView             view,
                                                BmArtStyle        *style);
void             bm_body_art_render_styled     (BmBodyArt         *self,
                                                BmView             view,
                                                const BmArtStyle  *style,
                                                cairo_t           *cr,
                                                double             scale);
cairo_surface_t *bm_body_art_get_region_mask   (BmBodyArt         *self,
                                                BmView             view,
                                                guint              region,
                                                double             scale,
                                                int               *x,
                                                int               *y);
void             bm_body_art_ensure_hit_map    (BmBodyArt         *self,
                                                BmView             view);
void             bm_body_art_prepare           (BmBodyArt         *self,
                                                BmView             view);
const BmRegion  *bm_body_art_region_at         (BmBodyArt         *self,
                                                BmView             view,
                                                double             x,
                                                double             y);
gboolean         bm_body_art_place_point       (BmBodyArt         *self,
                                                BmView             view,
                                                guint              region,
                                                double             fx,
                                                double             fy,
                                                double            *x,
                                                double            *y,
                                                double            *moved);
GPtrArray       *bm_body_art_list_drawn_ids    (GBytes            *svg,
                                                GError           **error);
GBytes          *bm_body_art_get_svg           (BmBodyArt         *self,
                                                BmView             view);

G_END_DECLS
