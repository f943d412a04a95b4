/* bm-muscle-art-private.h: what the parts of BmMuscleArt share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <librsvg/rsvg.h>

#include "bm-hit-map.h"
#include "bm-muscle-art.h"

G_BEGIN_DECLS

#define MASK_STYLESHEET \
  ".fibres { display: none; }\n" \
  ".belly { fill: #000000; fill-opacity: 1; stroke: none; }\n"

typedef struct {
  char           *id;       /* "muscle-ID-SIDE" */
  const BmMuscle *muscle;
  BmMuscleSide    side;
  gboolean        deep;
  double          main[4];  /* the box of its largest part (data-main), or 0s */
} Shape;

typedef struct {
  GBytes     *svg;
  char       *name;
  double      width;
  double      height;
  GPtrArray  *shapes;       /* Shape*, in drawing order */
  GHashTable *by_id;        /* id → Shape*, borrowed */
  RsvgHandle *display;      /* parsed on first use, like the others */
  RsvgHandle *chart;
  RsvgHandle *outline;      /* the outline alone, drawn over a referral zone */
  RsvgHandle *mask;
  BmHitMap   *hit_map;      /* superficial shapes; index into shapes */
} ViewShapes;

struct _BmMuscleArt
{
  GObject    parent_instance;

  BmAtlas   *atlas;
  GHashTable *deep;         /* const BmMuscle* set */
  char      *css;
  ViewShapes views[BM_N_VIEWS];
};

const Shape *bm_muscle_art_lookup_shape (BmMuscleArt    *self,
                                         BmView          view,
                                         const BmMuscle *muscle,
                                         BmMuscleSide    side);
RsvgHandle  *bm_muscle_art_lazy_handle  (ViewShapes     *vs,
                                         RsvgHandle    **slot,
                                         const char     *css);
void         bm_muscle_art_render_in    (ViewShapes     *vs,
                                         RsvgHandle     *handle,
                                         cairo_t        *cr,
                                         double          scale,
                                         const char     *layer);

G_END_DECLS
