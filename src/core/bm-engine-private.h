/* bm-engine-private.h: what the engine's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-engine.h"
#include "bm-muscle-private.h"

G_BEGIN_DECLS

/* Per-query lookup tables, so scoring one trigger point is O(its zones). */
typedef struct {
  double   *weight;    /* per catalog index; 0 = unmarked */
  gboolean *numb;      /* per catalog index: numb or tingling, not painful */
  double    total;
} BmMarked;

void          bm_marked_init            (BmMarked             *marked,
                                         BmRegionCatalog      *catalog,
                                         const BmQuery        *query);
void          bm_marked_clear           (BmMarked             *marked);
void          bm_engine_score_both_sides (BmAtlas             *atlas,
                                         const BmMarked       *marked,
                                         const BmQuery        *query,
                                         const BmMuscle       *muscle,
                                         GPtrArray            *out);
gboolean      bm_candidate_same_zones   (const BmCandidate    *a,
                                         const BmCandidate    *b);
gboolean      bm_candidate_same_explanation (const BmCandidate *a,
                                         const BmCandidate    *b);
void          bm_candidate_fill_unexplained (BmCandidate      *candidate,
                                         const BmMarked       *marked,
                                         guint                 n_regions);

BmCandidate  *bm_candidate_new          (const BmMuscle       *muscle,
                                         BmCandidateSide       side);
void          bm_candidate_free         (BmCandidate          *candidate);
BmConfirm     bm_query_get_confirm      (const BmQuery        *query,
                                         const BmMuscle       *muscle,
                                         const BmTriggerPoint *tp,
                                         BmMuscleSide          side);
const GArray *bm_query_get_marks        (const BmQuery        *query);
BmFlags       bm_query_get_flags        (const BmQuery        *query);
gboolean      bm_query_has_confirmations (const BmQuery       *query);
void          bm_engine_fill_relations  (BmAtlas              *atlas,
                                         BmCandidate          *candidate);
void          bm_engine_combine         (BmRanking            *ranking);
void          bm_engine_red_flags       (BmAtlas              *atlas,
                                         const BmQuery        *query,
                                         BmRanking            *ranking);

G_END_DECLS
