/* bm-engine.c: rank the trigger points that may cause a pain pattern
 *
 * Every muscle is scored on both sides (bm-engine-score.c, which has the
 * formula; docs/engine.md explains it). The ranking then applies the
 * user's answers to the satellites of a confirmed trigger point, puts a
 * candidate for either side below one on the marked side, sorts, lists
 * the key muscles of the top candidates that explain nothing themselves,
 * names candidates that explain the same areas equally well as equals,
 * and adds the combination that explains most and the red flags.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-engine-private.h"

#define CONFIRM_SATELLITE_BONUS 0.15
#define RELATED_FACTOR   0.35   /* a key muscle listed for a candidate */
#define RELATED_PARENTS  5      /* key muscles are listed for the top few */
#define TIE_MARGIN       1.0    /* points within which equal explanations are equals */
#define TIE_POOL         24     /* candidates compared for ties */
#define TIE_MIN_COVERAGE 0.5    /* equals are named only among candidates explaining this much */
#define EITHER_MARGIN    0.05   /* an "either" candidate drops this far below a marked-side one */

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const BmCandidate *ca = *(const BmCandidate **) a, *cb = *(const BmCandidate **) b;
  int by_id;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;
  if ((by_id = g_strcmp0 (ca->muscle->id, cb->muscle->id)) != 0)
    return by_id;
  return (int) ca->side - (int) cb->side;
}

/* Candidates that explain exactly the same marks and score within
 * TIE_MARGIN are equals: the difference is noise (prevalence, a spillover
 * count), so the reason says "or" and names the point to press for each.
 * Weak matches, explaining less than half the pain, are not paired: an
 * "or" there would be noise too. */
static void
mark_equals (GPtrArray *candidates)
{
  guint n = MIN (candidates->len, TIE_POOL);

  for (guint i = 1; i < n; i++)
    {
      BmCandidate *c = candidates->pdata[i];

      if (c->coverage < TIE_MIN_COVERAGE)
        continue;
      for (guint j = i; j-- > 0 && c->equal_to == NULL;)
        {
          BmCandidate *above = candidates->pdata[j];

          if (above->score - c->score > TIE_MARGIN)
            break;
          if (above->muscle == c->muscle || above->related_to != NULL || c->related_to != NULL ||
              !bm_candidate_same_explanation (above, c) || !bm_candidate_same_zones (above, c))
            continue;
          c->equal_to = above;
          if (above->equal_to == NULL)
            above->equal_to = c;
        }
    }
}

/* The side all the sided marks are on, or BM_SIDE_MID when there are none
 * or both sides are marked. */
static BmSide
marked_side (BmRegionCatalog *catalog,
             const BmMarked  *marked)
{
  gboolean left = FALSE, right = FALSE;

  for (guint i = 0; i < bm_region_catalog_get_n_regions (catalog); i++)
    if (marked->weight[i] > 0)
      {
        BmSide side = bm_region_catalog_get_region (catalog, i)->side;

        left |= side == BM_SIDE_LEFT;
        right |= side == BM_SIDE_RIGHT;
      }
  return left == right ? BM_SIDE_MID : left ? BM_SIDE_LEFT : BM_SIDE_RIGHT;
}

/* Whether @a explains every area @b explains. */
static gboolean
explains_all_of (const BmCandidate *a,
                 const BmCandidate *b)
{
  for (guint i = 0; i < b->explains->len; i++)
    {
      guint region = g_array_index (b->explains, BmExplained, i).region;
      gboolean found = FALSE;

      for (guint k = 0; k < a->explains->len && !found; k++)
        found = g_array_index (a->explains, BmExplained, k).region == region;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* For one-sided pain, a candidate standing for either side (a midline or
 * bilateral pattern) does not outrank a muscle on the marked side that
 * explains the same areas and at least as much of the pain: it drops just
 * below it. */
static void
demote_either (BmRegionCatalog *catalog,
               const BmMarked  *marked,
               GPtrArray       *candidates)
{
  BmSide side = marked_side (catalog, marked);
  BmCandidateSide marked_as = side == BM_SIDE_LEFT ? BM_SIDE_OF_LEFT : BM_SIDE_OF_RIGHT;

  if (side == BM_SIDE_MID)
    return;
  for (guint i = 0; i < candidates->len; i++)
    {
      BmCandidate *either = candidates->pdata[i];

      if (either->side != BM_SIDE_OF_EITHER)
        continue;
      for (guint j = 0; j < candidates->len; j++)
        {
          const BmCandidate *sided = candidates->pdata[j];

          if (sided->side == marked_as && sided->related_to == NULL && sided->coverage >= either->coverage &&
              sided->score <= either->score && explains_all_of (sided, either))
            either->score = MAX (0.0, sided->score - EITHER_MARGIN);
        }
    }
}

/* A confirmed trigger point lifts its muscle's satellites on that side. */
static void
apply_confirmed_satellites (const BmQuery *query,
                            GPtrArray     *candidates)
{
  for (guint i = 0; i < candidates->len; i++)
    {
      BmCandidate *confirmed = candidates->pdata[i];

      if (confirmed->confirm != BM_CONFIRM_REPRODUCES)
        continue;
      for (guint j = 0; j < candidates->len; j++)
        {
          BmCandidate *other = candidates->pdata[j];

          if (other != confirmed && g_ptr_array_find (confirmed->satellites, other->muscle, NULL) &&
              (other->side == confirmed->side || other->side == BM_SIDE_OF_EITHER))
            other->score = MIN (100.0, other->score + 98.0 * CONFIRM_SATELLITE_BONUS);
        }
    }
}

static const BmCandidate *
candidates_lookup (GPtrArray       *candidates,
                   const char      *muscle,
                   BmCandidateSide  side)
{
  const BmCandidate *related = NULL, *midline = NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      const BmCandidate *c = candidates->pdata[i];

      if (!g_str_equal (c->muscle->id, muscle))
        continue;
      if (side == BM_SIDE_OF_EITHER || c->side == side)
        {
          if (c->related_to == NULL)
            return c;
          related = related != NULL ? related : c;
        }
      else if (c->side == BM_SIDE_OF_EITHER && midline == NULL)
        midline = c;
    }
  return related != NULL ? related : midline;
}

/* Lists the key muscles of the top candidates that do not explain any area
 * themselves: they are where treatment should start. */
static void
add_related (BmAtlas        *atlas,
             const BmMarked *marked,
             GPtrArray      *candidates)
{
  guint n_parents = MIN (candidates->len, RELATED_PARENTS);
  guint n_regions = bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas));

  for (guint i = 0; i < n_parents; i++)
    {
      BmCandidate *parent = candidates->pdata[i];

      for (guint k = 0; k < parent->key_muscles->len; k++)
        {
          const BmMuscle *key = parent->key_muscles->pdata[k];
          BmCandidate *cand;

          if (candidates_lookup (candidates, key->id, parent->side) != NULL)
            continue;
          cand = bm_candidate_new (key, parent->side);
          cand->best = key->trigger_points->pdata[0];
          g_ptr_array_add (cand->trigger_points, (gpointer) cand->best);
          cand->related_to = parent->muscle;
          cand->score = parent->score * RELATED_FACTOR;
          bm_candidate_fill_unexplained (cand, marked, n_regions);
          bm_engine_fill_relations (atlas, cand);
          g_ptr_array_add (candidates, cand);
        }
    }
}

BmRanking *
bm_engine_rank_muscles (BmAtlas       *atlas,
                        GPtrArray     *muscles,
                        const BmQuery *query)
{
  BmRanking *ranking;
  BmMarked marked;

  g_return_val_if_fail (BM_IS_ATLAS (atlas) && muscles != NULL && query != NULL, NULL);

  ranking = g_new0 (BmRanking, 1);
  bm_marked_init (&marked, bm_atlas_get_catalog (atlas), query);
  ranking->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_candidate_free);
  for (guint i = 0; i < bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas)); i++)
    ranking->n_marked += marked.weight[i] > 0;

  if (marked.total > 0)
    {
      for (guint i = 0; i < muscles->len; i++)
        bm_engine_score_both_sides (atlas, &marked, query, muscles->pdata[i], ranking->candidates);
      for (guint i = 0; i < ranking->candidates->len; i++)
        bm_engine_fill_relations (atlas, ranking->candidates->pdata[i]);
      if (bm_query_has_confirmations (query))
        apply_confirmed_satellites (query, ranking->candidates);
      demote_either (bm_atlas_get_catalog (atlas), &marked, ranking->candidates);
      g_ptr_array_sort (ranking->candidates, compare_candidates);
      add_related (atlas, &marked, ranking->candidates);
      g_ptr_array_sort (ranking->candidates, compare_candidates);
      mark_equals (ranking->candidates);
    }
  bm_engine_combine (ranking);
  bm_engine_red_flags (atlas, query, ranking);
  bm_marked_clear (&marked);
  return ranking;
}

BmRanking *
bm_engine_rank (BmAtlas       *atlas,
                const BmQuery *query)
{
  g_autoptr(GPtrArray) muscles = g_ptr_array_new ();

  g_return_val_if_fail (BM_IS_ATLAS (atlas), NULL);

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    g_ptr_array_add (muscles, (gpointer) bm_atlas_get_muscle (atlas, i));
  return bm_engine_rank_muscles (atlas, muscles, query);
}

void
bm_ranking_free (BmRanking *ranking)
{
  if (ranking == NULL)
    return;
  g_ptr_array_unref (ranking->candidates);
  g_clear_pointer (&ranking->combination, g_ptr_array_unref);
  g_clear_pointer (&ranking->red_flags, g_ptr_array_unref);
  g_clear_pointer (&ranking->numb_regions, g_array_unref);
  g_free (ranking);
}

/* The 0-based rank of bm_ranking_lookup()'s candidate for @muscle on either
 * side, or -1. */
int
bm_ranking_find (const BmRanking *ranking,
                 const char      *muscle)
{
  const BmCandidate *c = bm_ranking_lookup (ranking, muscle, BM_SIDE_OF_EITHER);
  guint index;

  return c != NULL && g_ptr_array_find (ranking->candidates, c, &index) ? (int) index : -1;
}

/* The candidate for @muscle on @side (any side for BM_SIDE_OF_EITHER): a
 * direct match before a listing as another muscle's key muscle, the best
 * ranked first; failing that, a candidate ranked on both sides (a midline
 * muscle). NULL when @muscle has neither. */
const BmCandidate *
bm_ranking_lookup (const BmRanking *ranking,
                   const char      *muscle,
                   BmCandidateSide  side)
{
  g_return_val_if_fail (muscle != NULL, NULL);
  return ranking != NULL ? candidates_lookup (ranking->candidates, muscle, side) : NULL;
}
