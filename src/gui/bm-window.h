/* bm-window.h: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/bm-atlas.h"
#include "core/bm-body-art.h"
#include "core/bm-session.h"
#include "bm-body-view.h"

G_BEGIN_DECLS

#define BM_TYPE_WINDOW (bm_window_get_type ())

G_DECLARE_FINAL_TYPE (BmWindow, bm_window, BM, WINDOW, AdwApplicationWindow)

BmWindow   *bm_window_new              (GtkApplication  *application,
                                        BmAtlas         *atlas,
                                        BmBodyArt       *art,
                                        const char      *session_file);
BmSession  *bm_window_get_session      (BmWindow        *self);
BmPainMap  *bm_window_get_pain_map     (BmWindow        *self);
BmBodyView *bm_window_get_body_view    (BmWindow        *self);
GtkWidget  *bm_window_get_region_list  (BmWindow        *self);
GtkWidget  *bm_window_get_sources_page (BmWindow        *self);
GtkWidget  *bm_window_get_muscle_page  (BmWindow        *self);
void        bm_window_show_muscle      (BmWindow        *self,
                                        const char      *muscle,
                                        BmCandidateSide  side);

G_END_DECLS
