/* bm-engine-explain.c: relations, the combination and red flags
 *
 * The sentences that explain a ranking are in bm-engine-reasons.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-engine-private.h"
#include "bm-ids.h"

#define COMBINATION_POOL 24   /* candidates considered for the combination */
#define COMBINATION_MAX  4    /* larger sets are found greedily */
#define COMBINATION_JOINT 300.0 /* weight of how well the set explains the marks together (0–1) */
#define COMBINATION_FIT  50.0   /* weight of each member's fit (0–1) */
#define COMBINATION_PREVALENCE 20.0 /* weight of each member's prevalence (0–1) */

void
bm_engine_fill_relations (BmAtlas     *atlas,
                          BmCandidate *cand)
{
  g_ptr_array_set_size (cand->key_muscles, 0);
  g_ptr_array_set_size (cand->satellites, 0);
  g_ptr_array_extend (cand->key_muscles, cand->muscle->all_key_muscles, NULL, NULL);
  g_ptr_array_extend (cand->satellites, cand->muscle->all_satellites, NULL, NULL);
}

/* ---- Combination: the smallest set of candidates explaining every area
 * that any candidate explains. Sets are bit masks over the marked areas. */

typedef struct {
  const BmCandidate *cand;
  guint64            mask;
  double             credit[64];   /* per marked area: the share of the marks it explains */
} Cover;

static guint64
explained_mask (Cover  *cover,
                GArray *marked_order)
{
  guint64 mask = 0;

  for (guint i = 0; i < cover->cand->explains->len; i++)
    {
      const BmExplained *e = &g_array_index (cover->cand->explains, BmExplained, i);

      for (guint b = 0; b < marked_order->len; b++)
        if (g_array_index (marked_order, guint, b) == e->region)
          {
            mask |= G_GUINT64_CONSTANT (1) << b;
            cover->credit[b] = e->credit;
          }
    }
  return mask;
}

/* What a member brings of its own: how fully its pattern is marked, then
 * how common its trigger point is. Its score is not used: it counts areas
 * that other members explain as well. */
static double
member_value (const BmCandidate *cand)
{
  return COMBINATION_FIT * cand->fit + COMBINATION_PREVALENCE * cand->best->prevalence;
}

/* How well @k members of @pool explain the marks together: each area by
 * the member that explains it best, then what each member brings of its
 * own. Among the smallest sets that explain every area, the best names
 * the sources a specialist would, rather than a muscle that covers one
 * area cheaply. */
static double
set_value (const Cover *pool,
           const guint *chosen,
           guint        k,
           guint64      goal)
{
  double joint = 0, members = 0;

  for (guint b = 0; b < 64; b++)
    {
      double best = 0;

      if (!(goal & (G_GUINT64_CONSTANT (1) << b)))
        continue;
      for (guint i = 0; i < k; i++)
        best = MAX (best, pool[chosen[i]].credit[b]);
      joint += best;
    }
  for (guint i = 0; i < k; i++)
    members += member_value (pool[chosen[i]].cand);
  return COMBINATION_JOINT * joint + members;
}

/* Depth-first search over index-increasing subsets of @pool of exactly @k
 * members; keeps the best-valued one covering @goal. */
static void
search (const Cover *pool,
        guint        n,
        guint        start,
        guint        k,
        guint64      mask,
        guint64      goal,
        guint       *chosen,
        guint        depth,
        guint       *best,
        double      *best_total)
{
  if (depth == k)
    {
      double total;

      if ((mask & goal) != goal)
        return;
      total = set_value (pool, chosen, k, goal);
      if (total > *best_total)
        {
          *best_total = total;
          memcpy (best, chosen, k * sizeof (guint));
        }
      return;
    }
  for (guint i = start; i + (k - depth) <= n; i++)
    {
      chosen[depth] = i;
      search (pool, n, i + 1, k, mask | pool[i].mask, goal, chosen, depth + 1, best, best_total);
    }
}

/* Adds the candidate explaining the most areas still open, until none
 * adds any; returns the areas covered. */
static guint64
combine_greedy (BmRanking *ranking,
                Cover     *pool,
                guint      n,
                guint64    goal)
{
  guint64 covered = 0;

  while ((covered & goal) != goal)
    {
      guint best = n;
      int best_gain = 0;

      for (guint i = 0; i < n; i++)
        {
          int gain = __builtin_popcountll (pool[i].mask & goal & ~covered);
          if (gain > best_gain)
            {
              best_gain = gain;
              best = i;
            }
        }
      if (best == n)
        break;
      covered |= pool[best].mask;
      g_ptr_array_add (ranking->combination, (gpointer) pool[best].cand);
    }
  return covered & goal;
}

void
bm_engine_combine (BmRanking *ranking)
{
  g_autoptr(GArray) marked_order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree Cover *pool = g_new0 (Cover, COMBINATION_POOL);
  guint n = 0, best[COMBINATION_MAX];
  guint64 goal = 0;

  ranking->combination = g_ptr_array_new ();
  /* The marked areas, numbered by first appearance in the candidates. */
  for (guint i = 0; i < ranking->candidates->len && n < COMBINATION_POOL; i++)
    {
      const BmCandidate *cand = ranking->candidates->pdata[i];

      if (cand->explains->len == 0)
        continue;
      for (guint e = 0; e < cand->explains->len; e++)
        {
          guint region = g_array_index (cand->explains, BmExplained, e).region;
          gboolean seen = FALSE;

          for (guint b = 0; b < marked_order->len; b++)
            seen |= g_array_index (marked_order, guint, b) == region;
          if (!seen && marked_order->len < 64)
            g_array_append_val (marked_order, region);
        }
      pool[n].cand = cand;
      n++;
    }
  for (guint i = 0; i < n; i++)
    {
      pool[i].mask = explained_mask (&pool[i], marked_order);
      goal |= pool[i].mask;
    }
  /* One muscle alone: the best-ranked that explains every area, so the
   * heading never names a muscle listed below another that does as much. */
  for (guint i = 0; i < n; i++)
    if ((pool[i].mask & goal) == goal)
      {
        g_ptr_array_add (ranking->combination, (gpointer) pool[i].cand);
        ranking->n_combined = __builtin_popcountll (goal);
        return;
      }
  for (guint k = 2; k <= MIN (n, COMBINATION_MAX); k++)
    {
      guint chosen[COMBINATION_MAX];
      double best_total = -1;

      search (pool, n, 0, k, 0, goal, chosen, 0, best, &best_total);
      if (best_total >= 0)
        {
          for (guint i = 0; i < k; i++)
            g_ptr_array_add (ranking->combination, (gpointer) pool[best[i]].cand);
          ranking->n_combined = __builtin_popcountll (goal);
          return;
        }
    }
  ranking->n_combined = __builtin_popcountll (combine_greedy (ranking, pool, n, goal));
}

/* ---- Red flags ---------------------------------------------------------- */

void
bm_engine_red_flags (BmAtlas       *atlas,
                     const BmQuery *query,
                     BmRanking     *ranking)
{
  const GArray *marks = bm_query_get_marks (query);

  ranking->red_flags = g_ptr_array_new ();
  ranking->numb_regions = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);

      if (mark->symptom == BM_SYMPTOM_NUMBNESS)
        g_array_append_val (ranking->numb_regions, mark->region);
    }
  if (ranking->numb_regions->len > 0)
    g_ptr_array_add (ranking->red_flags, (gpointer) bm_atlas_lookup_red_flag (atlas, bm_symptom_get_id (BM_SYMPTOM_NUMBNESS)));
  for (guint bit = 1; bm_flag_get_id (bit) != NULL; bit <<= 1)
    if (bm_query_get_flags (query) & bit)
      g_ptr_array_add (ranking->red_flags, (gpointer) bm_atlas_lookup_red_flag (atlas, bm_flag_get_id (bit)));
}

/* ---- Words ---------------------------------------------------------------- */

const char *
bm_zone_get_id (BmZone zone)
{
  return bm_enum_get_id (BM_TYPE_ZONE, zone);
}

const char *
bm_candidate_side_get_id (BmCandidateSide side)
{
  return bm_enum_get_id (BM_TYPE_CANDIDATE_SIDE, side);
}

/* "Left", "Right", "Either side": @side for people, translated. */
const char *
bm_candidate_side_get_label (BmCandidateSide side)
{
  static const char *const labels[] = { N_("Left"), N_("Right"), N_("Either side") };

  g_return_val_if_fail (side < G_N_ELEMENTS (labels), "");
  return _(labels[side]);
}

/* Whether a candidate on @side stands for the muscle on @muscle_side:
 * "either" stands for both. */
gboolean
bm_candidate_side_includes (BmCandidateSide side,
                            BmMuscleSide    muscle_side)
{
  return side == BM_SIDE_OF_EITHER || (side == BM_SIDE_OF_LEFT) == (muscle_side == BM_MUSCLE_LEFT);
}
