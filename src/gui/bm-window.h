/* bm-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/bm-body-art.h"
#include "core/bm-pain-map.h"
#include "bm-body-view.h"

G_BEGIN_DECLS

#define BM_TYPE_WINDOW (bm_window_get_type ())

G_DECLARE_FINAL_TYPE (BmWindow, bm_window, BM, WINDOW, AdwApplicationWindow)

BmWindow   *bm_window_new           (GtkApplication *application,
                                     BmBodyArt      *art);
BmPainMap  *bm_window_get_pain_map  (BmWindow       *self);
BmBodyView *bm_window_get_body_view (BmWindow       *self);
GtkWidget  *bm_window_get_region_list (BmWindow     *self);

G_END_DECLS
