/* bm-engine-explain.c: relations, the combination, red flags and reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-engine-private.h"

#define COMBINATION_POOL 24   /* candidates considered for the combination */
#define COMBINATION_MAX  4    /* larger sets are found greedily */

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
} Cover;

static guint64
explained_mask (const BmCandidate *cand,
                GArray            *marked_order)
{
  guint64 mask = 0;

  for (guint i = 0; i < cand->explains->len; i++)
    {
      guint region = g_array_index (cand->explains, BmExplained, i).region;

      for (guint b = 0; b < marked_order->len; b++)
        if (g_array_index (marked_order, guint, b) == region)
          mask |= G_GUINT64_CONSTANT (1) << b;
    }
  return mask;
}

/* Depth-first search over index-increasing subsets of @pool of exactly @k
 * members; keeps the one with the best total score covering @goal. */
static void
search (const Cover *pool,
        guint        n,
        guint        start,
        guint        k,
        guint64      mask,
        double       total,
        guint64      goal,
        guint       *chosen,
        guint        depth,
        guint       *best,
        double      *best_total)
{
  if (depth == k)
    {
      if ((mask & goal) == goal && total > *best_total)
        {
          *best_total = total;
          memcpy (best, chosen, k * sizeof (guint));
        }
      return;
    }
  for (guint i = start; i + (k - depth) <= n; i++)
    {
      chosen[depth] = i;
      search (pool, n, i + 1, k, mask | pool[i].mask, total + pool[i].cand->score, goal,
              chosen, depth + 1, best, best_total);
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
      pool[i].mask = explained_mask (pool[i].cand, marked_order);
      goal |= pool[i].mask;
    }
  for (guint k = 1; k <= MIN (n, COMBINATION_MAX); k++)
    {
      guint chosen[COMBINATION_MAX];
      double best_total = -1;

      search (pool, n, 0, k, 0, 0, goal, chosen, 0, best, &best_total);
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
  static const struct { BmFlags flag; const char *id; } ticked[] = {
    { BM_FLAG_WEAKNESS, "weakness" },
    { BM_FLAG_NIGHT_PAIN, "night-pain" },
    { BM_FLAG_FEVER, "fever" },
    { BM_FLAG_BLADDER_BOWEL, "bladder-bowel" },
    { BM_FLAG_TRAUMA, "trauma" },
  };
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
    g_ptr_array_add (ranking->red_flags, (gpointer) bm_atlas_lookup_red_flag (atlas, "numbness"));
  for (guint i = 0; i < G_N_ELEMENTS (ticked); i++)
    if (bm_query_get_flags (query) & ticked[i].flag)
      g_ptr_array_add (ranking->red_flags, (gpointer) bm_atlas_lookup_red_flag (atlas, ticked[i].id));
}

/* ---- Words ---------------------------------------------------------------- */

const char *
bm_zone_get_id (BmZone zone)
{
  static const char *ids[] = { "essential", "spillover", "chain" };
  return zone <= BM_ZONE_CHAIN ? ids[zone] : NULL;
}

const char *
bm_candidate_side_get_id (BmCandidateSide side)
{
  static const char *ids[] = { "left", "right", "either" };
  return side <= BM_SIDE_OF_EITHER ? ids[side] : NULL;
}

/* Whether a candidate on @side stands for the muscle on @muscle_side:
 * "either" stands for both. */
gboolean
bm_candidate_side_includes (BmCandidateSide side,
                            BmMuscleSide    muscle_side)
{
  return side == BM_SIDE_OF_EITHER || (side == BM_SIDE_OF_LEFT) == (muscle_side == BM_MUSCLE_LEFT);
}

static void
append_region_list (GString         *s,
                    BmRegionCatalog *catalog,
                    const GArray    *explains,
                    BmZone           zone)
{
  guint n = 0;

  for (guint i = 0; i < explains->len; i++)
    {
      const BmExplained *e = &g_array_index (explains, BmExplained, i);

      if (e->zone != zone)
        continue;
      g_string_append_printf (s, "%s%s", n++ ? ", " : "",
                              bm_region_catalog_get_region (catalog, e->region)->label);
    }
}

static guint
count_zone (const GArray *explains,
            BmZone        zone)
{
  guint n = 0;

  for (guint i = 0; i < explains->len; i++)
    n += g_array_index (explains, BmExplained, i).zone == zone;
  return n;
}

/* One sentence on why @cand ranks where it does. */
char *
bm_candidate_describe (BmAtlas           *atlas,
                       const BmCandidate *cand)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  guint total = cand->explains->len + cand->unexplained->len;
  guint chained = count_zone (cand->explains, BM_ZONE_CHAIN);
  GString *s = g_string_new (NULL);

  if (cand->related_to != NULL)
    {
      g_string_append_printf (s, "Not a direct match, but a key muscle for %c%s: its trigger points can "
                              "keep those going, so check it first.",
                              g_ascii_tolower (cand->related_to->name[0]), cand->related_to->name + 1);
      return g_string_free (s, FALSE);
    }
  if (cand->explains->len > chained)
    {
      guint direct = cand->explains->len - chained;

      g_string_append_printf (s, "%s: ", cand->best->name);
      if (total == 1)
        g_string_append (s, "refers pain to your marked area");
      else if (direct == total)
        g_string_append_printf (s, "refers pain to all %u of your areas", total);
      else
        g_string_append_printf (s, "refers pain to %u of your %u areas", direct, total);
      if (count_zone (cand->explains, BM_ZONE_ESSENTIAL) > 0)
        {
          g_string_append (s, total == 1 ? ", in its main zone" : ", mainly ");
          if (total > 1)
            append_region_list (s, catalog, cand->explains, BM_ZONE_ESSENTIAL);
        }
    }
  if (chained > 0)
    {
      const BmChain *chain = NULL;

      for (guint i = 0; i < cand->explains->len && chain == NULL; i++)
        chain = g_array_index (cand->explains, BmExplained, i).chain;
      g_string_append_printf (s, "%s through the %s it can affect ",
                              cand->explains->len > chained ? ";" : "Not by referred pain, but", chain->via);
      append_region_list (s, catalog, cand->explains, BM_ZONE_CHAIN);
    }
  g_string_append_c (s, '.');
  if (cand->confirm == BM_CONFIRM_REPRODUCES)
    g_string_append (s, " You found it reproduces your pain.");
  else if (cand->confirm == BM_CONFIRM_NOT_TENDER)
    g_string_append (s, " You found it was not tender.");
  return g_string_free (s, FALSE);
}

char *
bm_ranking_describe_combination (BmAtlas         *atlas,
                                 const BmRanking *ranking)
{
  GString *s = g_string_new (NULL);

  if (ranking->combination->len == 0)
    {
      g_string_append (s, ranking->n_marked == 0 ? "Mark the areas where you feel symptoms."
                                                 : "No muscle in the atlas refers pain to these areas.");
      return g_string_free (s, FALSE);
    }
  for (guint i = 0; i < ranking->combination->len; i++)
    {
      const char *name = ((const BmCandidate *) ranking->combination->pdata[i])->muscle->name;

      if (i == 0)
        g_string_append (s, name);
      else
        g_string_append_printf (s, " + %c%s", g_ascii_tolower (name[0]), name + 1);
    }
  g_string_append (s, ranking->combination->len == 1 ? " explains " : " explain ");
  if (ranking->n_combined < ranking->n_marked)
    g_string_append_printf (s, "%u of your %u areas", ranking->n_combined, ranking->n_marked);
  else if (ranking->n_marked == 1)
    g_string_append (s, "the marked area");
  else if (ranking->n_marked == 2)
    g_string_append (s, "both areas");
  else
    g_string_append_printf (s, "all %u areas", ranking->n_marked);
  return g_string_free (s, FALSE);
}
