/* bm-engine-score.c: how well a muscle's trigger points explain the marks
 *
 * bm_engine_score_both_sides() scores one muscle on each side. The
 * scoring, documented in docs/engine.md:
 *
 *   weight w(r)  = intensity / 10 for pain, half that for numbness; an
 *                  area both painful and numb weighs by its stronger mark
 *   credit c(r)  = 1 in the trigger point's essential zone, 0.5 in its
 *                  spillover zone, 0.3 through one of the muscle's referral
 *                  chains, else 0 (the best that applies); an area marked
 *                  only numb gets half a zone's credit, and 1 when a nerve
 *                  the muscle can entrap serves it
 *   coverage     = Σ w(r)·c(r) / Σ w(r)          how much of the pain it explains
 *   fit          = marked essential regions / all essential regions
 *   base         = 0.75 · coverage + 0.25 · fit − 0.03 per extra point,
 *                  over the set of the muscle's trigger points that scores
 *                  best (credits: the best any member gives)
 *   score        = 98 · base' + 2 · prevalence   (prevalence breaks near-ties)
 *
 * where base' is base after confirmation: a trigger point the user says
 * reproduces the pain moves halfway to 1, its muscle's satellites gain 0.15;
 * one the user says is not tender keeps a quarter of its base. Zones are
 * sided, so pain on the left scores the left muscle; midline regions count
 * for both sides, and a pattern the literature calls bilateral counts on
 * both. A muscle ranks by its best set of trigger points on its best side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-engine-private.h"

#define CREDIT_ESSENTIAL 1.0
#define CREDIT_SPILLOVER 0.5
#define CREDIT_CHAIN     0.3
#define NUMB_WEIGHT      0.5
#define NUMB_REFERRAL    0.5    /* a numb area in a referral zone: pain patterns describe pain */
#define CREDIT_NERVE     1.0    /* a numb area served by a nerve the muscle can entrap */
#define CREDIT_SITE      1.0    /* where it catches that nerve: the local ache of an entrapment */
#define W_COVERAGE       0.60
#define W_REACH          0.15
#define W_FIT            0.25
#define DENIED_FACTOR    0.25
#define EXTRA_TP_PENALTY 0.03   /* per trigger point beyond the first in a set */
#define MAX_SET_POINTS   9      /* trigger points of one muscle searched as sets */

/* The per-query tables of @marked, from @query's marks. */
void
bm_marked_init (BmMarked        *marked,
                BmRegionCatalog *catalog,
                const BmQuery   *query)
{
  const GArray *marks = bm_query_get_marks (query);

  marked->weight = g_new0 (double, bm_region_catalog_get_n_regions (catalog));
  marked->numb = g_new0 (gboolean, bm_region_catalog_get_n_regions (catalog));
  marked->total = 0;
  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);

      marked->numb[mark->region] = mark->symptom == BM_SYMPTOM_NUMBNESS;
    }
  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);

      if (mark->symptom != BM_SYMPTOM_NUMBNESS)
        marked->numb[mark->region] = FALSE;
    }
  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);
      double w = mark->intensity / 10.0 * (mark->symptom == BM_SYMPTOM_NUMBNESS ? NUMB_WEIGHT : 1.0);

      /* An area both painful and numb counts once, by its stronger mark. */
      if (w <= marked->weight[mark->region])
        continue;
      marked->total += w - marked->weight[mark->region];
      marked->weight[mark->region] = w;
    }
}

typedef struct {
  double credit;
  BmZone zone;
  const BmTriggerPoint *tp;     /* NULL for a chain or a nerve */
  const BmChain *chain;
  const BmEntrapment *entrapment;
} Credit;

static void
put_credit (GHashTable         *credits,
            guint               region,
            double              credit,
            BmZone              zone,
            const BmEntrapment *entrapment)
{
  Credit *c = g_new0 (Credit, 1);

  c->credit = credit;
  c->zone = zone;
  c->entrapment = entrapment;
  g_hash_table_insert (credits, GUINT_TO_POINTER (region + 1), c);
}

static gboolean
credit_below (GHashTable *credits,
              guint       region,
              double      credit)
{
  const Credit *c = g_hash_table_lookup (credits, GUINT_TO_POINTER (region + 1));

  return c == NULL || c->credit < credit;
}

/* The numb areas @e's nerve serves on @side. */
static guint
count_served (const BmMarked     *marked,
              const BmEntrapment *e,
              BmMuscleSide        side)
{
  guint n = 0;

  for (guint r = 0; r < e->region_indices[side]->len; r++)
    n += marked->numb[g_array_index (e->region_indices[side], guint, r)];
  return n;
}

/* Numbness follows nerves: a numb area served by a nerve @muscle can
 * entrap gets full credit, whatever its referral zones say, and so does a
 * marked area where the muscle catches that nerve. */
static void
collect_nerve_credits (const BmMarked *marked,
                       const BmMuscle *muscle,
                       BmMuscleSide    side,
                       GHashTable     *credits)
{
  for (guint i = 0; muscle->entrapments != NULL && i < muscle->entrapments->len; i++)
    {
      const BmEntrapment *e = muscle->entrapments->pdata[i];
      GArray *regions = e->region_indices[side], *site = e->site_indices[side];

      if (count_served (marked, e, side) == 0)
        continue;
      for (guint r = 0; r < regions->len; r++)
        {
          guint region = g_array_index (regions, guint, r);

          if (marked->numb[region] && credit_below (credits, region, CREDIT_NERVE))
            put_credit (credits, region, CREDIT_NERVE, BM_ZONE_NERVE, e);
        }
      for (guint r = 0; r < site->len; r++)
        {
          guint region = g_array_index (site, guint, r);

          if (marked->weight[region] > 0 && credit_below (credits, region, CREDIT_SITE))
            put_credit (credits, region, CREDIT_SITE, BM_ZONE_SITE, e);
        }
    }
}

/* 1 when the marks show an entrapment by @muscle whole: numbness its
 * nerve serves, and the place where the muscle catches that nerve. The
 * muscle's fit is then at least that, however little of its pain pattern
 * is marked. */
static double
entrapment_fit (const BmMarked *marked,
                const BmMuscle *muscle,
                BmMuscleSide    side)
{
  for (guint i = 0; muscle->entrapments != NULL && i < muscle->entrapments->len; i++)
    {
      const BmEntrapment *e = muscle->entrapments->pdata[i];

      if (count_served (marked, e, side) == 0)
        continue;
      for (guint r = 0; r < e->site_indices[side]->len; r++)
        if (marked->weight[g_array_index (e->site_indices[side], guint, r)] > 0)
          return 1.0;
    }
  return 0.0;
}

/* The credit each marked region gets from @tp, @muscle's nerves and its
 * referral chains. */
static void
collect_credits (BmAtlas              *atlas,
                 const BmMarked       *marked,
                 const BmMuscle       *muscle,
                 const BmTriggerPoint *tp,
                 BmMuscleSide          side,
                 GHashTable           *credits)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  GArray *zones[] = { tp->essential_regions[side], tp->spillover_regions[side] };
  const double zone_credit[] = { CREDIT_ESSENTIAL, CREDIT_SPILLOVER };

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    for (guint i = 0; i < zones[z]->len; i++)
      {
        guint region = g_array_index (zones[z], guint, i);
        Credit *c = g_hash_table_lookup (credits, GUINT_TO_POINTER (region + 1));

        double credit = zone_credit[z] * (marked->numb[region] ? NUMB_REFERRAL : 1.0);

        if (marked->weight[region] == 0 || (c != NULL && c->credit >= credit))
          continue;
        c = g_new0 (Credit, 1);
        c->credit = credit;
        c->zone = z == 0 ? BM_ZONE_ESSENTIAL : BM_ZONE_SPILLOVER;
        c->tp = tp;
        g_hash_table_insert (credits, GUINT_TO_POINTER (region + 1), c);
      }
  collect_nerve_credits (marked, muscle, side, credits);
  for (guint i = 0; i < muscle->chains->len; i++)
    {
      const BmChain *chain = muscle->chains->pdata[i];

      /* Only a chain the literature describes as a path of pain explains
       * areas; the others are context (docs/engine.md, "Chains"). */
      if (chain->kind != BM_CHAIN_REFERRAL)
        continue;
      for (guint r = 0; chain->regions[r] != NULL; r++)
        {
          int region = bm_muscle_resolve_region (catalog, chain->regions[r], side);
          Credit *c;

          if (region < 0 || marked->weight[region] == 0 ||
              g_hash_table_contains (credits, GUINT_TO_POINTER (region + 1)))
            continue;
          c = g_new0 (Credit, 1);
          c->credit = CREDIT_CHAIN;
          c->zone = BM_ZONE_CHAIN;
          c->chain = chain;
          g_hash_table_insert (credits, GUINT_TO_POINTER (region + 1), c);
        }
    }
}

/* What one trigger point explains on one side. */
typedef struct {
  const BmTriggerPoint *tp;
  GHashTable           *credits;    /* region + 1 → Credit* */
  double                explained;  /* Σ w(r)·c(r) */
  BmConfirm             confirm;
} TpCredits;

/* A set of one muscle's trigger points, scored on the union of their zones. */
typedef struct {
  guint       members;    /* bit i: the i-th active trigger point */
  guint       best;       /* the member that explains most */
  double      base;
  double      coverage;
  double      fit;
  GHashTable *credits;    /* region + 1 → Credit*, borrowed from the members */
} TpSet;

static void
tp_credits_init (BmAtlas              *atlas,
                 const BmMarked       *marked,
                 const BmQuery        *query,
                 const BmMuscle       *muscle,
                 const BmTriggerPoint *tp,
                 BmMuscleSide          side,
                 TpCredits            *out)
{
  GHashTableIter iter;
  gpointer key, value;

  out->tp = tp;
  out->explained = 0;
  out->credits = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  out->confirm = bm_query_get_confirm (query, muscle, tp, side);
  collect_credits (atlas, marked, muscle, tp, side, out->credits);
  g_hash_table_iter_init (&iter, out->credits);
  while (g_hash_table_iter_next (&iter, &key, &value))
    out->explained += marked->weight[GPOINTER_TO_UINT (key) - 1] * ((Credit *) value)->credit;
}

/* The share of the members' joint essential zone that is marked. Regions
 * of one "one_zone" group count once, as marked when any of them is. */
static double
set_fit (const BmMarked  *marked,
         const TpCredits *tps,
         guint            n,
         guint            members,
         BmMuscleSide     side)
{
  g_autoptr(GHashTable) zone = g_hash_table_new (NULL, NULL);   /* zone key + 1 → marked */
  GHashTableIter iter;
  gpointer hit;
  guint n_hit = 0;

  for (guint i = 0; i < n; i++)
    if (members & (1u << i))
      {
        GArray *ess = tps[i].tp->essential_regions[side], *zone_of = tps[i].tp->essential_zone_of[side];

        for (guint k = 0; k < ess->len; k++)
          {
            gpointer key = GUINT_TO_POINTER (g_array_index (zone_of, guint, k) + 1);
            gboolean is_marked = marked->weight[g_array_index (ess, guint, k)] > 0;

            g_hash_table_insert (zone, key, GINT_TO_POINTER (is_marked || GPOINTER_TO_INT (g_hash_table_lookup (zone, key))));
          }
      }
  g_hash_table_iter_init (&iter, zone);
  while (g_hash_table_iter_next (&iter, NULL, &hit))
    n_hit += GPOINTER_TO_INT (hit);
  return g_hash_table_size (zone) > 0 ? (double) n_hit / g_hash_table_size (zone) : 0;
}

/* Scores the union of the members' zones: each area takes the best credit
 * any member gives it; every member beyond the first costs a little, so a
 * second point joins only when it explains enough more. An answer about any
 * member applies to the set: one that reproduces the pain wins over one that
 * is not tender. */
static void
score_set (const BmMarked  *marked,
           const TpCredits *tps,
           guint            n,
           guint            members,
           BmMuscleSide     side,
           double           fit_floor,
           TpSet           *out)
{
  gboolean reproduces = FALSE, denied = FALSE;
  double explained = 0, reached = 0;
  guint n_members = 0;
  GHashTableIter iter;
  gpointer key, value;

  out->members = members;
  out->best = n;
  out->credits = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n; i++)
    {
      if (!(members & (1u << i)))
        continue;
      n_members++;
      if (out->best == n || tps[i].explained > tps[out->best].explained)
        out->best = i;
      reproduces |= tps[i].confirm == BM_CONFIRM_REPRODUCES;
      denied |= tps[i].confirm == BM_CONFIRM_NOT_TENDER;
      g_hash_table_iter_init (&iter, tps[i].credits);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const Credit *have = g_hash_table_lookup (out->credits, key);

          if (have == NULL || ((Credit *) value)->credit > have->credit)
            g_hash_table_insert (out->credits, key, value);
        }
    }
  g_hash_table_iter_init (&iter, out->credits);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      explained += marked->weight[GPOINTER_TO_UINT (key) - 1] * ((Credit *) value)->credit;
      reached += marked->weight[GPOINTER_TO_UINT (key) - 1];
    }
  out->coverage = marked->total > 0 ? explained / marked->total : 0;
  out->fit = MAX (set_fit (marked, tps, n, members, side), fit_floor);
  out->base = W_COVERAGE * out->coverage + W_REACH * (marked->total > 0 ? reached / marked->total : 0) +
              W_FIT * out->fit - EXTRA_TP_PENALTY * (n_members - 1);
  if (reproduces)
    out->base += (1.0 - out->base) * 0.5;
  else if (denied)
    out->base *= DENIED_FACTOR;
}

static void
fill_explained (BmCandidate    *cand,
                const BmMarked *marked,
                guint           n_regions,
                GHashTable     *credits)
{
  for (guint region = 0; region < n_regions; region++)
    {
      const Credit *c = g_hash_table_lookup (credits, GUINT_TO_POINTER (region + 1));

      if (marked->weight[region] == 0)
        continue;
      if (c != NULL)
        {
          BmExplained e = { region, c->zone, c->tp, c->chain, c->entrapment,
                            marked->weight[region] * c->credit / marked->total };
          g_array_append_val (cand->explains, e);
        }
      else
        g_array_append_val (cand->unexplained, region);
    }
}

BmCandidate *
bm_candidate_new (const BmMuscle  *muscle,
                  BmCandidateSide  side)
{
  BmCandidate *cand = g_new0 (BmCandidate, 1);

  cand->muscle = muscle;
  cand->side = side;
  cand->explains = g_array_new (FALSE, FALSE, sizeof (BmExplained));
  cand->unexplained = g_array_new (FALSE, FALSE, sizeof (guint));
  cand->key_muscles = g_ptr_array_new ();
  cand->satellites = g_ptr_array_new ();
  cand->trigger_points = g_ptr_array_new ();
  cand->related_chains = g_ptr_array_new ();
  return cand;
}

void
bm_candidate_free (BmCandidate *cand)
{
  g_array_unref (cand->explains);
  g_array_unref (cand->unexplained);
  g_ptr_array_unref (cand->key_muscles);
  g_ptr_array_unref (cand->satellites);
  g_ptr_array_unref (cand->trigger_points);
  g_ptr_array_unref (cand->related_chains);
  g_free (cand);
}

static double
final_score (double base,
             double prevalence)
{
  return MIN (100.0, 98.0 * MIN (base, 1.0) + 2.0 * prevalence);
}

/* The muscle's context chains that reach a marked area: shown, never
 * counted as explaining it. */
static void
fill_related_chains (BmAtlas        *atlas,
                     const BmMarked *marked,
                     BmCandidate    *cand,
                     BmMuscleSide    side)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);

  for (guint i = 0; i < cand->muscle->chains->len; i++)
    {
      const BmChain *chain = cand->muscle->chains->pdata[i];
      gboolean reaches = FALSE;

      for (guint r = 0; chain->kind != BM_CHAIN_REFERRAL && chain->regions[r] != NULL && !reaches; r++)
        {
          int region = bm_muscle_resolve_region (catalog, chain->regions[r], side);

          reaches = region >= 0 && marked->weight[region] > 0;
        }
      if (reaches)
        g_ptr_array_add (cand->related_chains, (gpointer) chain);
    }
}

/* The candidate for @muscle on @side: the set of its trigger points that
 * best explains the marks (often one), or NULL when none explains any. The
 * sets are searched exactly: only points that explain something take part,
 * and a muscle has at most a handful. */
static BmCandidate *
score_muscle (BmAtlas        *atlas,
              const BmMarked *marked,
              const BmQuery  *query,
              const BmMuscle *muscle,
              BmMuscleSide    side)
{
  TpCredits tps[MAX_SET_POINTS];
  TpSet best = { 0, 0, -1, 0, 0, NULL };
  double best_score = -1, fit_floor = entrapment_fit (marked, muscle, side);
  guint n = 0;
  BmCandidate *cand = NULL;

  for (guint t = 0; t < muscle->trigger_points->len; t++)
    {
      tp_credits_init (atlas, marked, query, muscle, muscle->trigger_points->pdata[t], side, &tps[n]);
      if (tps[n].explained > 0 && n + 1 < MAX_SET_POINTS)
        n++;
      else
        g_hash_table_unref (tps[n].credits);
    }
  for (guint members = 1; members < (1u << n); members++)
    {
      TpSet s;
      double score;

      score_set (marked, tps, n, members, side, fit_floor, &s);
      score = final_score (s.base, tps[s.best].tp->prevalence);
      if (score > best_score)
        {
          g_clear_pointer (&best.credits, g_hash_table_unref);
          best = s;
          best_score = score;
        }
      else
        g_hash_table_unref (s.credits);
    }
  if (n > 0)
    {
      cand = bm_candidate_new (muscle, side == BM_MUSCLE_LEFT ? BM_SIDE_OF_LEFT : BM_SIDE_OF_RIGHT);
      cand->best = tps[best.best].tp;
      cand->coverage = best.coverage;
      cand->fit = best.fit;
      cand->score = best_score;
      cand->confirm = tps[best.best].confirm;
      g_ptr_array_add (cand->trigger_points, (gpointer) cand->best);
      for (guint i = 0; i < n; i++)
        if ((best.members & (1u << i)) && i != best.best)
          g_ptr_array_add (cand->trigger_points, (gpointer) tps[i].tp);
      fill_explained (cand, marked, bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas)), best.credits);
      fill_related_chains (atlas, marked, cand, side);
      g_hash_table_unref (best.credits);
    }
  for (guint i = 0; i < n; i++)
    g_hash_table_unref (tps[i].credits);
  return cand;
}

/* Whether every marked area falls in the same kind of zone for both. */
gboolean
bm_candidate_same_zones (const BmCandidate *a,
                         const BmCandidate *b)
{
  for (guint i = 0; i < a->explains->len && i < b->explains->len; i++)
    if (g_array_index (a->explains, BmExplained, i).zone != g_array_index (b->explains, BmExplained, i).zone)
      return FALSE;
  return TRUE;
}

gboolean
bm_candidate_same_explanation (const BmCandidate *a,
                               const BmCandidate *b)
{
  if (a->explains->len != b->explains->len)
    return FALSE;
  for (guint i = 0; i < a->explains->len; i++)
    if (g_array_index (a->explains, BmExplained, i).region != g_array_index (b->explains, BmExplained, i).region)
      return FALSE;
  return TRUE;
}

/* Scores both sides of @muscle; when they explain the same (midline) areas
 * equally, one candidate stands for either side. */
void
bm_engine_score_both_sides (BmAtlas        *atlas,
                            const BmMarked *marked,
                            const BmQuery  *query,
                            const BmMuscle *muscle,
                            GPtrArray      *out)
{
  BmCandidate *left = score_muscle (atlas, marked, query, muscle, BM_MUSCLE_LEFT);
  BmCandidate *right = score_muscle (atlas, marked, query, muscle, BM_MUSCLE_RIGHT);

  if (left != NULL && right != NULL && left->score == right->score && bm_candidate_same_explanation (left, right))
    {
      left->side = BM_SIDE_OF_EITHER;
      g_clear_pointer (&right, bm_candidate_free);
    }
  if (left != NULL)
    g_ptr_array_add (out, left);
  if (right != NULL)
    g_ptr_array_add (out, right);
}

/* Lists every marked area as one @cand does not explain (a key muscle
 * listed for another candidate explains none itself). */
void
bm_candidate_fill_unexplained (BmCandidate    *cand,
                               const BmMarked *marked,
                               guint           n_regions)
{
  for (guint region = 0; region < n_regions; region++)
    if (marked->weight[region] > 0)
      g_array_append_val (cand->unexplained, region);
}

void
bm_marked_clear (BmMarked *marked)
{
  g_clear_pointer (&marked->weight, g_free);
  g_clear_pointer (&marked->numb, g_free);
}
