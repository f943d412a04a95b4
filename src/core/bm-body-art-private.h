/* bm-body-art-private.h: shared by the bm-body-art*.c files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "bm-body-art.h"
#include "bm-vector.h"

G_BEGIN_DECLS

/* Where the build puts the compiled built-in drawings (body-VIEW.gvariant). */
#define BM_BODY_ART_COMPILED_PATH "/io/github/bodymap/Bodymap/body-compiled/"

typedef struct {
  int x, y;
  cairo_surface_t *surface;
} BmRegionMask;

typedef struct {
  BmVectorDrawing *drawing;
  GBytes          *svg;          /* the source, read when first asked for */
  GFile           *root;         /* where the source is */
  char            *name;         /* file name, for messages */
  GHashTable      *masks;        /* region index → BmRegionMask*, at mask_scale */
  double           mask_scale;
  guint8          *drawn;        /* per catalog index: 1 when drawn in this view */
  int             *shape_of;     /* per catalog index: its shape, or -1 */
  int             *region_of;    /* per shape: its catalog index, or -1 */
} BmViewArt;

struct _BmBodyArt
{
  GObject          parent_instance;

  /* Owned */
  BmRegionCatalog *catalog;
  BmArtStyle       style;
  BmViewArt        views[BM_N_VIEWS];
  PangoContext    *pango;        /* for the captions, made on first use */
  cairo_t         *probe;        /* a 1×1 context for geometric hit tests */
};

const char *bm_body_art_translate_caption (BmVectorKind   kind,
                                           const char    *text);
PangoContext *bm_body_art_new_caption_context (void);
void        bm_body_art_draw_styled       (const BmArtStyle *style,
                                           PangoContext     *pango,
                                           BmViewArt        *va,
                                           cairo_t          *cr);
void        bm_body_art_fill_region       (BmViewArt     *va,
                                           guint          shape,
                                           cairo_t       *cr);
int         bm_body_art_shape_at          (BmBodyArt     *self,
                                           BmViewArt     *va,
                                           double         x,
                                           double         y);
gboolean    bm_body_art_nearest_visible   (BmBodyArt     *self,
                                           BmViewArt     *va,
                                           guint          shape,
                                           double         x,
                                           double         y,
                                           double         max_distance,
                                           double        *out_x,
                                           double        *out_y);

G_END_DECLS
