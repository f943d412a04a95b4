/* bm-engine-private.h: what the engine's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-engine.h"
#include "bm-muscle-private.h"

G_BEGIN_DECLS

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
