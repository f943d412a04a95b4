/* bm-wrap-label.h: wrapping plain text that is cheap to measure again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_WRAP_LABEL (bm_wrap_label_get_type ())
G_DECLARE_FINAL_TYPE (BmWrapLabel, bm_wrap_label, BM, WRAP_LABEL, GtkWidget)

GtkWidget  *bm_wrap_label_new       (int          min_chars,
                                     int          max_chars);
void        bm_wrap_label_set_text  (BmWrapLabel *self,
                                     const char  *text);
const char *bm_wrap_label_get_text  (BmWrapLabel *self);

G_END_DECLS
