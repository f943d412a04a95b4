/* bm-map-picture.h: the body map as a picture, without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-body-art.h"
#include "bm-engine.h"
#include "bm-muscle-art.h"
#include "bm-pain-map.h"

G_BEGIN_DECLS

/* A trigger point's X where it shows. */
typedef struct {
  const BmTriggerPoint *tp;
  BmMuscleSide          side;
  BmView                view;
  double                x, y;       /* drawing units of @view */
  gboolean              emphasis;
} BmPatternX;

/* What showing a muscle puts on the map: its shape, its referral pattern
 * (the zones of its emphasised trigger points; essential wins where a
 * region is in both) and an X on each trigger point. The window, the sheet
 * and the exported picture all build it here. */
typedef struct {
  const BmMuscle *muscle;
  BmCandidateSide side;
  GArray         *essential;   /* guint catalog indices */
  GArray         *spillover;
  GArray         *xs;          /* BmPatternX */
} BmPattern;

BmPattern    *bm_pattern_new                (BmBodyArt            *art,
                                             const BmMuscle       *muscle,
                                             BmCandidateSide       side,
                                             const BmTriggerPoint *best);
void          bm_pattern_free               (BmPattern            *pattern);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmPattern, bm_pattern_free)

typedef struct _BmMapPicture BmMapPicture;

BmMapPicture *bm_map_picture_new            (BmBodyArt            *art,
                                             BmMuscleArt          *muscle_art);
void          bm_map_picture_free           (BmMapPicture         *self);
void          bm_map_picture_add_marks      (BmMapPicture         *self,
                                             BmPainMap            *pain_map);
const BmPattern *bm_map_picture_add_muscle  (BmMapPicture         *self,
                                             const BmMuscle       *muscle,
                                             BmCandidateSide       side,
                                             const BmTriggerPoint *best);
void          bm_map_picture_paint_view     (BmMapPicture         *self,
                                             BmView                view,
                                             cairo_t              *cr,
                                             double                scale);
void          bm_map_picture_paint_shapes   (BmMapPicture         *self,
                                             BmView                view,
                                             cairo_t              *cr,
                                             double                scale);
void          bm_map_picture_paint_outlines (BmMapPicture         *self,
                                             BmView                view,
                                             cairo_t              *cr,
                                             double                scale);
gboolean      bm_map_picture_save           (BmMapPicture         *self,
                                             const BmView         *views,
                                             guint                 n_views,
                                             int                   size,
                                             const char           *path,
                                             GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmMapPicture, bm_map_picture_free)

G_END_DECLS
