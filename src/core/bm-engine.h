/* bm-engine.h: rank the trigger points that may cause a pain pattern
 *
 * Deterministic and GTK-free. See docs/engine.md for the scoring formula.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas.h"
#include "bm-pain-map.h"

G_BEGIN_DECLS

/* What the user ticked; numbness is raised by numb marks themselves.
 * Each nick is the flag's id in data/atlas/red-flags.json, in session files
 * and in --symptoms: a new red flag is one line here plus its text there. */
typedef enum {
  BM_FLAG_WEAKNESS      = 1 << 0,  /*< nick=weakness >*/
  BM_FLAG_NIGHT_PAIN    = 1 << 1,  /*< nick=night-pain >*/
  BM_FLAG_FEVER         = 1 << 2,  /*< nick=fever >*/
  BM_FLAG_BLADDER_BOWEL = 1 << 3,  /*< nick=bladder-bowel >*/
  BM_FLAG_TRAUMA        = 1 << 4,  /*< nick=trauma >*/
} BmFlags;

typedef enum {
  BM_CONFIRM_NONE,         /*< skip >*/
  BM_CONFIRM_REPRODUCES,   /*< nick=reproduces >*/ /* "pressing here reproduces my pain" */
  BM_CONFIRM_NOT_TENDER,   /*< nick=not-tender >*/ /* "not tender" */
} BmConfirm;

typedef enum {
  BM_ZONE_ESSENTIAL,       /*< nick=essential >*/
  BM_ZONE_SPILLOVER,       /*< nick=spillover >*/
  BM_ZONE_CHAIN,           /*< nick=chain >*/ /* reached through a mechanical chain */
  BM_ZONE_NERVE,           /*< nick=nerve >*/ /* numb area served by a nerve the muscle can entrap */
  BM_ZONE_SITE,            /*< nick=site >*/  /* where the muscle catches a nerve serving a numb area */
} BmZone;

typedef struct {
  guint                 region;   /* catalog index */
  BmZone                zone;
  const BmTriggerPoint *tp;       /* NULL for a chain */
  const BmChain        *chain;    /* NULL unless zone is BM_ZONE_CHAIN */
  const BmEntrapment   *entrapment; /* NULL unless zone is BM_ZONE_NERVE or BM_ZONE_SITE */
  double                credit;   /* the share of all marks it explains: w(r)·c(r) / Σ w */
} BmExplained;

typedef enum {
  BM_SIDE_OF_LEFT,         /*< nick=left >*/
  BM_SIDE_OF_RIGHT,        /*< nick=right >*/
  BM_SIDE_OF_EITHER,       /*< nick=either >*/ /* only midline areas: either side fits */
} BmCandidateSide;

typedef struct {
  const BmMuscle       *muscle;
  BmCandidateSide       side;
  const BmTriggerPoint *best;         /* the trigger point that explains most */
  GPtrArray            *trigger_points; /* const BmTriggerPoint*: the set scored, best first */
  double                score;        /* 0–100 */
  double                coverage;     /* share of the marked weight explained */
  double                fit;          /* share of best's essential zone marked */
  GArray               *explains;     /* BmExplained, in catalog order */
  GArray               *unexplained;  /* guint catalog indices */
  GPtrArray            *key_muscles;  /* const BmMuscle*: check these first */
  GPtrArray            *satellites;   /* const BmMuscle* */
  GPtrArray            *related_chains; /* const BmChain*: context chains reaching a marked area */
  const BmMuscle       *related_to;   /* set when listed as a key muscle of a candidate */
  const void           *equal_to;     /* const BmCandidate*, borrowed: explains the same marks
                                       * as well; pressing each one's best point tells them apart */
  BmConfirm             confirm;      /* of best, if the user answered */
} BmCandidate;

typedef struct _BmQuery BmQuery;

BmQuery   *bm_query_new              (void);
void       bm_query_free             (BmQuery        *query);
void       bm_query_add_mark         (BmQuery        *query,
                                      const BmMark   *mark);
void       bm_query_add_marks        (BmQuery        *query,
                                      BmPainMap      *pain_map);
void       bm_query_set_flags        (BmQuery        *query,
                                      BmFlags         flags);
void       bm_query_confirm          (BmQuery        *query,
                                      const char     *muscle,
                                      const char     *trigger_point,
                                      BmMuscleSide    side,
                                      BmConfirm       confirm);
void       bm_query_confirm_key      (BmQuery        *query,
                                      const char     *key,
                                      BmConfirm       confirm);

char      *bm_confirm_key            (const char            *muscle,
                                      const char            *trigger_point,
                                      BmMuscleSide           side);
gboolean   bm_confirm_key_parse      (BmAtlas               *atlas,
                                      const char            *key,
                                      const BmMuscle       **muscle,
                                      const BmTriggerPoint **trigger_point,
                                      BmMuscleSide          *side);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmQuery, bm_query_free)

typedef struct {
  GPtrArray *candidates;    /* BmCandidate*, best first */
  GPtrArray *combination;   /* BmCandidate*, borrowed: the smallest set explaining the most areas */
  guint      n_marked;
  guint      n_combined;    /* areas the combination explains */
  GPtrArray *red_flags;     /* const BmRedFlag*, those that apply */
  GArray    *numb_regions;  /* guint: the areas that raised the numbness flag */
} BmRanking;

BmRanking *bm_engine_rank            (BmAtlas         *atlas,
                                      const BmQuery   *query);
BmRanking *bm_engine_rank_muscles    (BmAtlas         *atlas,
                                      GPtrArray       *muscles,
                                      const BmQuery   *query);
void       bm_ranking_free           (BmRanking       *ranking);
int        bm_ranking_find           (const BmRanking *ranking,
                                      const char      *muscle);
const BmCandidate *bm_ranking_lookup (const BmRanking *ranking,
                                      const char      *muscle,
                                      BmCandidateSide  side);
char      *bm_candidate_describe     (BmAtlas           *atlas,
                                      const BmCandidate *candidate);
char      *bm_ranking_describe_combination (BmAtlas         *atlas,
                                            const BmRanking *ranking);
char      *bm_ranking_describe_sources (const BmRanking *ranking,
                                        GPtrArray       *muscles,
                                        GPtrArray       *candidates);
char      *bm_region_in_sentence     (const BmRegion  *region);
char      *bm_join_list              (GPtrArray       *items);
const char *bm_zone_get_id           (BmZone           zone);
const char *bm_candidate_side_get_id (BmCandidateSide  side);
const char *bm_candidate_side_get_label (BmCandidateSide side);
gboolean   bm_candidate_side_includes (BmCandidateSide side,
                                       BmMuscleSide    muscle_side);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmRanking, bm_ranking_free)

G_END_DECLS
