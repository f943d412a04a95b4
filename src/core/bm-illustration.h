/* bm-illustration.h: a technique's picture — its pose or two, the muscle
 * highlighted where it lies, and the arrows — for the app, the sheet and
 * the exported pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-atlas.h"
#include "bm-pose-paint.h"

G_BEGIN_DECLS

gboolean bm_illustration_check    (BmAtlas           *self,
                                   const BmMuscle    *muscle,
                                   const BmTechnique *technique,
                                   const char        *kind,
                                   GError           **error);
guint    bm_illustration_get_n_panels (const BmTechnique *technique);
double   bm_illustration_get_aspect (BmAtlas           *atlas,
                                     const BmTechnique *technique);
void     bm_illustration_paint    (BmAtlas           *atlas,
                                   const BmMuscle    *muscle,
                                   const BmTechnique *technique,
                                   cairo_t           *cr,
                                   double             width,
                                   double             height,
                                   const BmPoseStyle *style);
char    *bm_illustration_describe (BmAtlas           *atlas,
                                   const BmMuscle    *muscle,
                                   const BmTechnique *technique);

G_END_DECLS
