/* bm-sources-page.h: the ranked likely sources of the marked pain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-session.h"

#include "bm-sheet-list.h"

G_BEGIN_DECLS

#define BM_TYPE_SOURCES_PAGE (bm_sources_page_get_type ())

G_DECLARE_FINAL_TYPE (BmSourcesPage, bm_sources_page, BM, SOURCES_PAGE, GtkWidget)

GtkWidget         *bm_sources_page_new         (void);
void               bm_sources_page_set_session (BmSourcesPage *self,
                                                BmSession     *session);
guint              bm_sources_page_get_n_rows  (BmSourcesPage *self);
const BmCandidate *bm_sources_page_get_row     (BmSourcesPage *self,
                                                guint          index);
void               bm_sources_page_select      (BmSourcesPage *self,
                                                guint          index);
const char        *bm_sources_page_get_summary (BmSourcesPage *self);
BmSheetList       *bm_sources_page_get_sheet_list (BmSourcesPage *self);

G_END_DECLS
