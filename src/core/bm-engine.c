/* bm-engine.c: rank the trigger points that may cause a pain pattern
 *
 * The scoring, documented in docs/engine.md:
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
#include "bm-ids.h"

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
#define CONFIRM_SATELLITE_BONUS 0.15
#define DENIED_FACTOR    0.25
#define EXTRA_TP_PENALTY 0.03   /* per trigger point beyond the first in a set */
#define MAX_SET_POINTS   9      /* trigger points of one muscle searched as sets */
#define RELATED_FACTOR   0.35   /* a key muscle listed for a candidate */
#define RELATED_PARENTS  5      /* key muscles are listed for the top few */
#define TIE_MARGIN       1.0    /* points within which equal explanations are equals */
#define TIE_POOL         24     /* candidates compared for ties */
#define TIE_MIN_COVERAGE 0.5    /* equals are named only among candidates explaining this much */
#define EITHER_MARGIN    0.05   /* an "either" candidate drops this far below a marked-side one */

struct _BmQuery
{
  GArray     *marks;          /* BmMark */
  GHashTable *confirmations;  /* "muscle/tp/side" → BmConfirm */
  BmFlags     flags;
};

BmQuery *
bm_query_new (void)
{
  BmQuery *query = g_new0 (BmQuery, 1);

  query->marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  query->confirmations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return query;
}

void
bm_query_free (BmQuery *query)
{
  if (query == NULL)
    return;
  g_array_unref (query->marks);
  g_hash_table_unref (query->confirmations);
  g_free (query);
}

void
bm_query_add_mark (BmQuery      *query,
                   const BmMark *mark)
{
  g_array_append_val (query->marks, *mark);
}

void
bm_query_add_marks (BmQuery   *query,
                    BmPainMap *pain_map)
{
  g_autoptr(GArray) marks = bm_pain_map_get_marks (pain_map);

  g_array_append_vals (query->marks, marks->data, marks->len);
}

void
bm_query_set_flags (BmQuery *query,
                    BmFlags  flags)
{
  query->flags = flags;
}

/* "MUSCLE/TRIGGER-POINT/left|right": how an answer about one trigger point
 * is keyed, in a query, a session and a saved session file. */
char *
bm_confirm_key (const char   *muscle,
                const char   *trigger_point,
                BmMuscleSide  side)
{
  return g_strdup_printf ("%s/%s/%s", muscle, trigger_point, bm_muscle_side_get_id (side));
}

/* Whether @key names a trigger point of the atlas; if so, fills the
 * optional out-arguments with what it names. */
gboolean
bm_confirm_key_parse (BmAtlas               *atlas,
                      const char            *key,
                      const BmMuscle       **muscle,
                      const BmTriggerPoint **trigger_point,
                      BmMuscleSide          *side)
{
  g_auto(GStrv) parts = g_strsplit (key, "/", 3);
  const BmMuscle *m = parts[0] ? bm_atlas_lookup (atlas, parts[0]) : NULL;
  int key_side = parts[0] && parts[1] ? bm_enum_from_id (BM_TYPE_MUSCLE_SIDE, parts[2]) : -1;

  if (m == NULL || key_side < 0)
    return FALSE;
  for (guint t = 0; t < m->trigger_points->len; t++)
    {
      const BmTriggerPoint *tp = m->trigger_points->pdata[t];

      if (!g_str_equal (tp->id, parts[1]))
        continue;
      if (muscle)
        *muscle = m;
      if (trigger_point)
        *trigger_point = tp;
      if (side)
        *side = key_side;
      return TRUE;
    }
  return FALSE;
}

/* Records the answer for the trigger point @key names (see bm_confirm_key()). */
void
bm_query_confirm_key (BmQuery    *query,
                      const char *key,
                      BmConfirm   confirm)
{
  if (confirm == BM_CONFIRM_NONE)
    g_hash_table_remove (query->confirmations, key);
  else
    g_hash_table_insert (query->confirmations, g_strdup (key), GINT_TO_POINTER (confirm));
}

void
bm_query_confirm (BmQuery      *query,
                  const char   *muscle,
                  const char   *trigger_point,
                  BmMuscleSide  side,
                  BmConfirm     confirm)
{
  g_autofree char *key = bm_confirm_key (muscle, trigger_point, side);

  bm_query_confirm_key (query, key, confirm);
}

BmConfirm
bm_query_get_confirm (const BmQuery        *query,
                      const BmMuscle       *muscle,
                      const BmTriggerPoint *tp,
                      BmMuscleSide          side)
{
  g_autofree char *key = NULL;

  if (g_hash_table_size (query->confirmations) == 0)
    return BM_CONFIRM_NONE;
  key = bm_confirm_key (muscle->id, tp->id, side);
  return GPOINTER_TO_INT (g_hash_table_lookup (query->confirmations, key));
}

const GArray *
bm_query_get_marks (const BmQuery *query)
{
  return query->marks;
}

BmFlags
bm_query_get_flags (const BmQuery *query)
{
  return query->flags;
}

gboolean
bm_query_has_confirmations (const BmQuery *query)
{
  return g_hash_table_size (query->confirmations) > 0;
}

/* ---- Scoring ---------------------------------------------------------------- */

/* Per-query lookup tables, so scoring one trigger point is O(its zones). */
typedef struct {
  double   *weight;    /* per catalog index; 0 = unmarked */
  gboolean *numb;      /* per catalog index: numb or tingling, not painful */
  double    total;
} Marked;

static void
marked_init (Marked          *marked,
             BmRegionCatalog *catalog,
             const BmQuery   *query)
{
  marked->weight = g_new0 (double, bm_region_catalog_get_n_regions (catalog));
  marked->numb = g_new0 (gboolean, bm_region_catalog_get_n_regions (catalog));
  marked->total = 0;
  for (guint i = 0; i < query->marks->len; i++)
    {
      const BmMark *mark = &g_array_index (query->marks, BmMark, i);

      marked->numb[mark->region] = mark->symptom == BM_SYMPTOM_NUMBNESS;
    }
  for (guint i = 0; i < query->marks->len; i++)
    {
      const BmMark *mark = &g_array_index (query->marks, BmMark, i);

      if (mark->symptom != BM_SYMPTOM_NUMBNESS)
        marked->numb[mark->region] = FALSE;
    }
  for (guint i = 0; i < query->marks->len; i++)
    {
      const BmMark *mark = &g_array_index (query->marks, BmMark, i);
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
count_served (const Marked       *marked,
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
collect_nerve_credits (const Marked   *marked,
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
entrapment_fit (const Marked   *marked,
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
                 const Marked         *marked,
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
                 const Marked         *marked,
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
set_fit (const Marked    *marked,
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
score_set (const Marked    *marked,
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
fill_explained (BmCandidate  *cand,
                const Marked *marked,
                guint         n_regions,
                GHashTable   *credits)
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
bm_candidate_new (const BmMuscle *muscle,
                  BmCandidateSide side)
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
fill_related_chains (BmAtlas      *atlas,
                     const Marked *marked,
                     BmCandidate  *cand,
                     BmMuscleSide  side)
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
              const Marked   *marked,
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
static gboolean
same_zones (const BmCandidate *a,
            const BmCandidate *b)
{
  for (guint i = 0; i < a->explains->len && i < b->explains->len; i++)
    if (g_array_index (a->explains, BmExplained, i).zone != g_array_index (b->explains, BmExplained, i).zone)
      return FALSE;
  return TRUE;
}

static gboolean
same_explanation (const BmCandidate *a,
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
static void
score_both_sides (BmAtlas        *atlas,
                        const Marked   *marked,
                        const BmQuery  *query,
                        const BmMuscle *muscle,
                        GPtrArray      *out)
{
  BmCandidate *left = score_muscle (atlas, marked, query, muscle, BM_MUSCLE_LEFT);
  BmCandidate *right = score_muscle (atlas, marked, query, muscle, BM_MUSCLE_RIGHT);

  if (left != NULL && right != NULL && left->score == right->score && same_explanation (left, right))
    {
      left->side = BM_SIDE_OF_EITHER;
      g_clear_pointer (&right, bm_candidate_free);
    }
  if (left != NULL)
    g_ptr_array_add (out, left);
  if (right != NULL)
    g_ptr_array_add (out, right);
}

/* ---- Ranking ---------------------------------------------------------------- */

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
              !same_explanation (above, c) || !same_zones (above, c))
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
             const Marked    *marked)
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
               const Marked    *marked,
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
add_related (BmAtlas       *atlas,
             const Marked  *marked,
             GPtrArray     *candidates)
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
          g_autoptr(GHashTable) none = NULL;

          if (candidates_lookup (candidates, key->id, parent->side) != NULL)
            continue;
          cand = bm_candidate_new (key, parent->side);
          cand->best = key->trigger_points->pdata[0];
          g_ptr_array_add (cand->trigger_points, (gpointer) cand->best);
          cand->related_to = parent->muscle;
          cand->score = parent->score * RELATED_FACTOR;
          none = g_hash_table_new (NULL, NULL);
          fill_explained (cand, marked, n_regions, none);
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
  Marked marked;

  g_return_val_if_fail (BM_IS_ATLAS (atlas) && muscles != NULL && query != NULL, NULL);

  ranking = g_new0 (BmRanking, 1);
  marked_init (&marked, bm_atlas_get_catalog (atlas), query);
  ranking->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_candidate_free);
  for (guint i = 0; i < bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas)); i++)
    ranking->n_marked += marked.weight[i] > 0;

  if (marked.total > 0)
    {
      for (guint i = 0; i < muscles->len; i++)
        score_both_sides (atlas, &marked, query, muscles->pdata[i], ranking->candidates);
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
  g_free (marked.weight);
  g_free (marked.numb);
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
