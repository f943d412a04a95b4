/* bm-search-list.h: a list of items with a search field and group headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_SEARCH_LIST (bm_search_list_get_type ())

G_DECLARE_FINAL_TYPE (BmSearchList, bm_search_list, BM, SEARCH_LIST, GtkWidget)

/* A string an item carries, borrowed from the item. */
typedef const char *(*BmSearchListTextFunc) (gpointer item);

void        bm_search_list_set_model       (BmSearchList               *self,
                                            GListModel                 *model,
                                            BmSearchListTextFunc        keywords,
                                            BmSearchListTextFunc        group_label,
                                            GtkListBoxCreateWidgetFunc  create_row,
                                            gpointer                    data);
void        bm_search_list_add_filter      (BmSearchList               *self,
                                            GtkFilter                  *filter);
void        bm_search_list_add_suffix      (BmSearchList               *self,
                                            GtkWidget                  *widget);
void        bm_search_list_set_text        (BmSearchList               *self,
                                            const char                 *text);
guint       bm_search_list_get_n_matches   (BmSearchList               *self);
gpointer    bm_search_list_get_match       (BmSearchList               *self,
                                            guint                       position);
gboolean    bm_search_list_activate_match  (BmSearchList               *self);
void        bm_search_list_focus_search    (BmSearchList               *self);
GtkListBox *bm_search_list_get_list_box    (BmSearchList               *self);

G_END_DECLS
