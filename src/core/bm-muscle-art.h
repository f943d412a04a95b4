/* bm-muscle-art.h: the anatomy layer, each muscle's shape on the body drawings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-atlas.h"
#include "bm-body-art.h"

G_BEGIN_DECLS

typedef struct {
  BmRgba fill;      /* the muscle, drawn under the pain and the referral zones */
  BmRgba stroke;    /* its outline (dashed when it lies deep) */
  BmRgba fibres;
} BmMuscleStyle;

#define BM_TYPE_MUSCLE_ART (bm_muscle_art_get_type ())

G_DECLARE_FINAL_TYPE (BmMuscleArt, bm_muscle_art, BM, MUSCLE_ART, GObject)

BmMuscleArt    *bm_muscle_art_new_for_root    (BmAtlas              *atlas,
                                               GFile                *root,
                                               GError              **error);
BmMuscleArt    *bm_muscle_art_new             (BmAtlas              *atlas,
                                               GError              **error);
gboolean        bm_muscle_art_has_shape       (BmMuscleArt          *self,
                                               BmView                view,
                                               const BmMuscle       *muscle,
                                               BmMuscleSide          side);
gboolean        bm_muscle_art_is_deep         (BmMuscleArt          *self,
                                               const BmMuscle       *muscle);
void            bm_muscle_art_set_style       (BmMuscleArt          *self,
                                               const BmMuscleStyle  *style);
void            bm_muscle_art_get_default_style (BmMuscleStyle      *style,
                                                 gboolean            dark);
void            bm_muscle_art_render          (BmMuscleArt          *self,
                                               BmView                view,
                                               cairo_t              *cr,
                                               double                scale,
                                               const BmMuscle       *muscle,
                                               BmMuscleSide          side);
void            bm_muscle_art_render_outline  (BmMuscleArt          *self,
                                               BmView                view,
                                               cairo_t              *cr,
                                               double                scale,
                                               const BmMuscle       *muscle,
                                               BmMuscleSide          side);
void            bm_muscle_art_render_chart    (BmMuscleArt          *self,
                                               BmView                view,
                                               cairo_t              *cr,
                                               double                scale);
const BmMuscle *bm_muscle_art_muscle_at       (BmMuscleArt          *self,
                                               BmView                view,
                                               double                x,
                                               double                y,
                                               BmMuscleSide         *side);
gboolean        bm_muscle_art_get_bounds      (BmMuscleArt          *self,
                                               BmView                view,
                                               const BmMuscle       *muscle,
                                               BmMuscleSide          side,
                                               double               *x,
                                               double               *y,
                                               double               *width,
                                               double               *height);
gboolean        bm_muscle_art_contains        (BmMuscleArt          *self,
                                               BmView                view,
                                               const BmMuscle       *muscle,
                                               BmMuscleSide          side,
                                               double                x,
                                               double                y);

G_END_DECLS
