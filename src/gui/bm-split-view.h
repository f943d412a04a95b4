/* bm-split-view.h: the map beside the sidebar, or above it when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_SPLIT_VIEW (bm_split_view_get_type ())

G_DECLARE_FINAL_TYPE (BmSplitView, bm_split_view, BM, SPLIT_VIEW, GtkWidget)

GtkWidget *bm_split_view_new         (void);
void       bm_split_view_set_content (BmSplitView *self,
                                      GtkWidget   *content);
void       bm_split_view_set_sidebar (BmSplitView *self,
                                      GtkWidget   *sidebar);

G_END_DECLS
