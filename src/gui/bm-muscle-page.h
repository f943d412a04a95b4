/* bm-muscle-page.h: everything about one muscle, and what to do about it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-session.h"

G_BEGIN_DECLS

#define BM_TYPE_MUSCLE_PAGE (bm_muscle_page_get_type ())

G_DECLARE_FINAL_TYPE (BmMusclePage, bm_muscle_page, BM, MUSCLE_PAGE, GtkWidget)

GtkWidget  *bm_muscle_page_new         (void);
void        bm_muscle_page_set_session (BmMusclePage    *self,
                                        BmSession       *session);
void        bm_muscle_page_show        (BmMusclePage    *self,
                                        const char      *muscle,
                                        BmCandidateSide  side);
const char *bm_muscle_page_get_muscle  (BmMusclePage    *self);

G_END_DECLS
