/* bm-sheet-list.h: the muscles on the person's stretch sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-session.h"

G_BEGIN_DECLS

#define BM_TYPE_SHEET_LIST (bm_sheet_list_get_type ())

G_DECLARE_FINAL_TYPE (BmSheetList, bm_sheet_list, BM, SHEET_LIST, GtkWidget)

GtkWidget  *bm_sheet_list_new         (void);
void        bm_sheet_list_set_session (BmSheetList *self,
                                       BmSession   *session);
GListModel *bm_sheet_list_get_model   (BmSheetList *self);
const char *bm_sheet_list_get_client  (BmSheetList *self);
guint       bm_sheet_list_get_techniques (BmSheetList *self);

G_END_DECLS
