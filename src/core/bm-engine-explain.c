/* bm-engine-explain.c: relations, the combination, red flags and reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
  for (guint k = 1; k <= MIN (n, COMBINATION_MAX); k++)
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

/* Whether a candidate on @side stands for the muscle on @muscle_side:
 * "either" stands for both. */
gboolean
bm_candidate_side_includes (BmCandidateSide side,
                            BmMuscleSide    muscle_side)
{
  return side == BM_SIDE_OF_EITHER || (side == BM_SIDE_OF_LEFT) == (muscle_side == BM_MUSCLE_LEFT);
}

/* Labels are written to stand alone ("Outer lower leg, upper half (left)").
 * In a sentence an area reads lower-case, with its article, and without the
 * comma that would make one area look like two: "the upper half of the outer
 * lower leg (left)", "the jaw joint in front of the ear (left)". */

static gboolean
starts_with_word (const char         *text,
                  const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);

      if (g_ascii_strncasecmp (text, words[i], n) == 0 && (text[n] == ' ' || text[n] == '\0'))
        return TRUE;
    }
  return FALSE;
}

static const char * const prepositions[] = { "above", "around", "at", "behind", "below", "between", "in",
                                             "just", "on", "under", NULL };

/* Lower-cases the first letter, unless the first word is a name. */
static void
append_lowered (GString    *s,
                const char *text,
                gssize      length)
{
  static const char * const names[] = { "Achilles", NULL };
  gsize at = s->len;

  g_string_append_len (s, text, length);
  if (!starts_with_word (text, names))
    s->str[at] = g_ascii_tolower (s->str[at]);
}

/* "the …" for a noun; nothing before a place such as "behind the ear". */
static void
append_noun (GString    *s,
             const char *text,
             gssize      length)
{
  if (!starts_with_word (text, prepositions))
    g_string_append (s, "the ");
  append_lowered (s, text, length);
}

char *
bm_region_in_sentence (const BmRegion *region)
{
  g_autofree char *label = bm_region_dup_base_label (region);
  gsize length = strlen (label);
  const char *comma = strstr (label, ", ");
  GString *s = g_string_new (NULL);

  if (comma == NULL)
    append_noun (s, label, (gssize) length);
  else
    {
      const char *part = comma + 2;
      gssize head = comma - label, tail = (gssize) length - (part - label);

      if (starts_with_word (part, prepositions))
        {
          /* "Jaw joint, in front of the ear": the jaw joint in front of the ear */
          append_noun (s, label, head);
          g_string_append_c (s, ' ');
          g_string_append_len (s, part, tail);
        }
      else if (g_strstr_len (part, tail, " of ") != NULL)
        {
          /* "Sacrum, base of the spine": the sacrum at the base of the spine */
          append_noun (s, label, head);
          g_string_append (s, " at the ");
          g_string_append_len (s, part, tail);
        }
      else
        {
          /* "Calf, upper half": the upper half of the calf */
          append_noun (s, part, tail);
          g_string_append (s, " of ");
          append_noun (s, label, head);
        }
    }
  if (region->side != BM_SIDE_MID)
    g_string_append_printf (s, " (%s)", bm_side_get_id (region->side));
  return g_string_free (s, FALSE);
}

/* "a", "a and b", "a, b and c" */
static void
append_and (GString    *s,
            guint       i,
            guint       n)
{
  if (i > 0)
    g_string_append (s, i + 1 == n ? " and " : ", ");
}

static void
append_region_list (GString         *s,
                    BmRegionCatalog *catalog,
                    const GArray    *explains,
                    BmZone           zone)
{
  guint n = 0, i = 0;

  for (guint k = 0; k < explains->len; k++)
    n += g_array_index (explains, BmExplained, k).zone == zone;
  for (guint k = 0; k < explains->len; k++)
    {
      const BmExplained *e = &g_array_index (explains, BmExplained, k);
      g_autofree char *phrase = NULL;

      if (e->zone != zone)
        continue;
      phrase = bm_region_in_sentence (bm_region_catalog_get_region (catalog, e->region));
      append_and (s, i++, n);
      g_string_append (s, phrase);
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

/* "your marked area", "both your areas", "all 6 of your areas", "2 of your 3 areas" */
static void
append_areas (GString *s,
              guint    n,
              guint    total)
{
  if (n == total && total == 1)
    g_string_append (s, "your marked area");
  else if (n == total && total == 2)
    g_string_append (s, "both your areas");
  else if (n == total)
    g_string_append_printf (s, "all %u of your areas", total);
  else
    g_string_append_printf (s, "%u of your %u areas", n, total);
}

/* A muscle's name inside a sentence: "gluteus minimus". */
static void
append_name (GString        *s,
             const BmMuscle *muscle,
             gboolean        first)
{
  gsize at = s->len;

  g_string_append (s, muscle->name);
  if (!first)
    s->str[at] = g_ascii_tolower (s->str[at]);
}

/* One sentence on why @cand ranks where it does. */
char *
bm_candidate_describe (BmAtlas           *atlas,
                       const BmCandidate *cand)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  guint total = cand->explains->len + cand->unexplained->len;
  guint chained = count_zone (cand->explains, BM_ZONE_CHAIN);
  guint nerved = count_zone (cand->explains, BM_ZONE_NERVE);
  guint sited = count_zone (cand->explains, BM_ZONE_SITE);
  guint referred = cand->explains->len - chained - nerved - sited;
  GString *s = g_string_new (NULL);

  if (cand->related_to != NULL)
    {
      g_string_append (s, "Not a direct match, but a key muscle for ");
      append_name (s, cand->related_to, FALSE);
      g_string_append (s, ": its trigger points can keep those going, so check it first.");
      return g_string_free (s, FALSE);
    }
  if (referred > 0)
    {
      guint others = cand->trigger_points->len > 0 ? cand->trigger_points->len - 1 : 0;

      /* A pattern spread over several points names the main one. */
      if (others == 0)
        g_string_append_printf (s, "%s: refers pain to ", cand->best->name);
      else
        g_string_append_printf (s, "%s and %u other trigger point%s together refer pain to ",
                                cand->best->name, others, others == 1 ? "" : "s");
      append_areas (s, referred, total);
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
                              referred > 0 ? ";" : "Not by referred pain, but", chain->via);
      append_region_list (s, catalog, cand->explains, BM_ZONE_CHAIN);
    }
  if (nerved + sited > 0)
    {
      const BmEntrapment *e = NULL;

      for (guint i = 0; i < cand->explains->len && e == NULL; i++)
        e = g_array_index (cand->explains, BmExplained, i).entrapment;
      g_string_append_printf (s, "%s it can press on the %s",
                              referred + chained > 0 ? "; and" : "Numbness through a nerve:", e->nerve);
      if (sited > 0)
        {
          g_string_append (s, " at ");
          append_region_list (s, catalog, cand->explains, BM_ZONE_SITE);
        }
      if (nerved > 0)
        {
          g_string_append (s, ", which serves ");
          append_region_list (s, catalog, cand->explains, BM_ZONE_NERVE);
        }
    }
  g_string_append_c (s, '.');
  if (cand->equal_to != NULL)
    {
      const BmCandidate *other = cand->equal_to;

      g_string_append (s, " Or ");
      append_name (s, other->muscle, FALSE);
      g_string_append_printf (s, " explains them as well. To tell them apart, press its trigger point too "
                                 "(“%s”) and see which one reproduces your pain.", other->best->name);
    }
  if (cand->confirm == BM_CONFIRM_REPRODUCES)
    g_string_append (s, " You found it reproduces your pain.");
  else if (cand->confirm == BM_CONFIRM_NOT_TENDER)
    g_string_append (s, " You found it was not tender.");
  return g_string_free (s, FALSE);
}

/* What @muscles explain together, as one sentence without its full stop:
 * "Gluteus minimus and piriformis together explain all 6 of your areas".
 * @candidates holds each muscle's candidate in @ranking, or NULL when it is
 * not ranked; the areas are those its candidate explains. */
char *
bm_ranking_describe_sources (const BmRanking *ranking,
                             GPtrArray       *muscles,
                             GPtrArray       *candidates)
{
  g_autoptr(GHashTable) covered = g_hash_table_new (NULL, NULL);
  GString *s = g_string_new (NULL);
  guint n = muscles->len;

  g_return_val_if_fail (candidates->len == n && n > 0, g_string_free (s, FALSE));

  for (guint i = 0; i < n; i++)
    {
      const BmCandidate *c = candidates->pdata[i];

      for (guint e = 0; c != NULL && e < c->explains->len; e++)
        g_hash_table_add (covered, GUINT_TO_POINTER (g_array_index (c->explains, BmExplained, e).region + 1));
    }
  if (g_hash_table_size (covered) == 0)
    g_string_append (s, n == 1 ? "" : n == 2 ? "Neither " : "None of ");
  for (guint i = 0; i < n; i++)
    {
      if (g_hash_table_size (covered) == 0 && n == 2)
        g_string_append (s, i == 0 ? "" : " nor ");
      else
        append_and (s, i, n);
      append_name (s, muscles->pdata[i], s->len == 0);
    }
  if (g_hash_table_size (covered) == 0)
    {
      g_string_append (s, n == 1 ? " does not refer pain to " : " refers pain to ");
      g_string_append (s, ranking->n_marked == 1 ? "your marked area" : "your marked areas");
      return g_string_free (s, FALSE);
    }
  g_string_append (s, n == 1 ? " explains " : " together explain ");
  append_areas (s, g_hash_table_size (covered), ranking->n_marked);
  return g_string_free (s, FALSE);
}

char *
bm_ranking_describe_combination (BmAtlas         *atlas,
                                 const BmRanking *ranking)
{
  g_autoptr(GPtrArray) muscles = g_ptr_array_new ();

  if (ranking->combination->len == 0)
    return g_strdup (ranking->n_marked == 0 ? "Mark the areas where you feel symptoms."
                                            : "No muscle in the atlas refers pain to these areas.");
  for (guint i = 0; i < ranking->combination->len; i++)
    g_ptr_array_add (muscles, (gpointer) ((const BmCandidate *) ranking->combination->pdata[i])->muscle);
  return bm_ranking_describe_sources (ranking, muscles, ranking->combination);
}
