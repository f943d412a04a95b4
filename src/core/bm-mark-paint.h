/* bm-mark-paint.h: how a pain or numbness mark looks, on screen and on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "bm-body-art.h"
#include "bm-pain-map.h"

G_BEGIN_DECLS

void bm_mark_get_color    (BmSymptom        symptom,
                           guint            intensity,
                           BmRgba          *color);
void bm_mark_paint_mask   (cairo_t         *cr,
                           BmSymptom        symptom,
                           guint            intensity,
                           cairo_surface_t *mask,
                           double           x,
                           double           y,
                           double           device_scale);

void bm_pattern_paint_mask (cairo_t         *cr,
                            gboolean         essential,
                            cairo_surface_t *mask,
                            double           x,
                            double           y,
                            double           device_scale);
void bm_trigger_point_paint (cairo_t        *cr,
                             double          x,
                             double          y,
                             double          size,
                             gboolean        emphasis);

G_END_DECLS
