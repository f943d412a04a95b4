/* bm-candidate-row.h: one likely source's card in the Sources list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-items.h"

G_BEGIN_DECLS

#define BM_TYPE_CANDIDATE_ROW (bm_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (BmCandidateRow, bm_candidate_row, BM, CANDIDATE_ROW, GtkListBoxRow)

GtkWidget         *bm_candidate_row_new           (BmCandidateItem *item,
                                                   gboolean         on_sheet);
void               bm_candidate_row_set_item      (BmCandidateRow  *self,
                                                   BmCandidateItem *item);
const BmCandidate *bm_candidate_row_get_candidate (BmCandidateRow  *self);
void               bm_candidate_row_set_on_sheet  (BmCandidateRow  *self,
                                                   gboolean         on_sheet);
guint              bm_candidate_row_get_position  (BmCandidateRow  *self);
void               bm_candidate_row_set_position  (BmCandidateRow  *self,
                                                   guint            position);

G_END_DECLS
