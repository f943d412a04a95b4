/* bm-score-label.h: a score of 0 to 100 that redraws instead of resizing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_SCORE_LABEL (bm_score_label_get_type ())
G_DECLARE_FINAL_TYPE (BmScoreLabel, bm_score_label, BM, SCORE_LABEL, GtkWidget)

GtkWidget  *bm_score_label_new       (void);
gboolean    bm_score_label_set_score (BmScoreLabel *self,
                                      double        score);
const char *bm_score_label_get_text  (BmScoreLabel *self);

G_END_DECLS
