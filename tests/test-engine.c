/* test-engine.c: the referral engine ranks as the literature says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-engine.h"
#include "core/bm-json.h"
#include "bm-test-util.h"

static BmAtlas *atlas;

static guint
region (const char *id)
{
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), id);

  if (r == NULL)
    g_error ("unknown region %s in a test case", id);
  return r->index;
}

static void
add (BmQuery    *query,
     const char *id,
     BmSymptom   symptom,
     guint       intensity)
{
  BmMark mark = { region (id), symptom, intensity };
  bm_query_add_mark (query, &mark);
}

static BmRanking *
rank_pain (const char *first,
           ...)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    add (query, id, BM_SYMPTOM_PAIN, BM_INTENSITY_DEFAULT);
  va_end (args);
  return bm_engine_rank (atlas, query);
}

static const BmCandidate *
candidate (const BmRanking *ranking,
           const char      *muscle)
{
  int rank = bm_ranking_find (ranking, muscle);

  if (rank < 0)
    g_error ("%s is not in the ranking", muscle);
  return ranking->candidates->pdata[rank];
}

static char *
top_names (const BmRanking *ranking)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < MIN (ranking->candidates->len, 6); i++)
    g_string_append_printf (s, "%s%s", i ? ", " : "", ((BmCandidate *) ranking->candidates->pdata[i])->muscle->id);
  return g_string_free (s, FALSE);
}

static void
assert_rank (const BmRanking *ranking,
             const char      *muscle,
             int              max_rank,
             const char      *what)
{
  int rank = bm_ranking_find (ranking, muscle) + 1;

  if (rank == 0 || rank > max_rank)
    {
      g_autofree char *top = top_names (ranking);
      g_error ("%s: %s ranks %d, expected at most %d (top: %s)", what, muscle, rank, max_rank, top);
    }
}

/* ---- The shared seed cases ------------------------------------------------ */

static void
check_expect_list (json_object     *c,
                   const char      *field,
                   const BmRanking *ranking,
                   int              max_rank,
                   const char      *id)
{
  json_object *list;

  if (!json_object_object_get_ex (c, field, &list))
    return;
  for (gsize i = 0; i < json_object_array_length (list); i++)
    assert_rank (ranking, json_object_get_string (json_object_array_get_idx (list, i)), max_rank, id);
}

static void
check_satellites_of (json_object     *c,
                     const BmRanking *ranking)
{
  json_object *sats;

  if (!json_object_object_get_ex (c, "expect_satellites_of", &sats))
    return;
  json_object_object_foreach (sats, muscle, list)
    {
      const BmCandidate *cand = candidate (ranking, muscle);

      for (gsize i = 0; i < json_object_array_length (list); i++)
        {
          const BmMuscle *sat = bm_atlas_lookup (atlas, json_object_get_string (json_object_array_get_idx (list, i)));
          g_assert_nonnull (sat);
          g_assert_true (g_ptr_array_find (cand->satellites, sat, NULL));
        }
    }
}

static void
check_seed_case (json_object *c)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  g_autoptr(BmRanking) ranking = NULL;
  json_object *regions, *symptoms = NULL, *value;
  const char *id = json_object_get_string (json_object_object_get (c, "id"));

  g_assert_true (json_object_object_get_ex (c, "regions", &regions));
  json_object_object_get_ex (c, "symptoms", &symptoms);
  for (gsize i = 0; i < json_object_array_length (regions); i++)
    {
      const char *r = json_object_get_string (json_object_array_get_idx (regions, i));
      json_object *kind = NULL;
      gboolean numb = symptoms && json_object_object_get_ex (symptoms, r, &kind) &&
                      g_str_equal (json_object_get_string (kind), "numbness");

      add (query, r, numb ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN, BM_INTENSITY_DEFAULT);
    }
  ranking = bm_engine_rank (atlas, query);
  if (json_object_object_get_ex (c, "expect_top1", &value))
    assert_rank (ranking, json_object_get_string (value), 1, id);
  check_expect_list (c, "expect_in_top3", ranking, 3, id);
  check_expect_list (c, "expect_in_top5", ranking, 5, id);
  check_expect_list (c, "expect_listed", ranking, (int) ranking->candidates->len, id);
  check_satellites_of (c, ranking);
  if (json_object_object_get_ex (c, "expect_red_flag", &value))
    {
      gboolean found = FALSE;

      for (guint i = 0; i < ranking->red_flags->len; i++)
        found |= g_str_equal (((BmRedFlag *) ranking->red_flags->pdata[i])->id, json_object_get_string (value));
      if (!found)
        g_error ("%s: expected the red flag %s", id, json_object_get_string (value));
    }
}

static void
test_seed_cases (void)
{
  g_autofree char *path = bm_test_shared_path ("cases", "seed-cases.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) cases = bm_json_parse_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (json_object_array_length (cases), >=, 4);
  for (gsize i = 0; i < json_object_array_length (cases); i++)
    check_seed_case (json_object_array_get_idx (cases, i));
}

/* ---- Our own cases, from the literature's pain guides -----------------------
 *
 * Each case is one test, /engine/cases/<id>.  A case marks its "pain" areas
 * (intensity 5) and its "numb" areas, then asserts what it expects:
 *   "muscle" within "max_rank" (1: ranked first), ranked above every muscle
 *   of "outranks", on "side" ("left", "right", "either") when given, and
 *   every muscle of "expect_in_combination" in the combination.
 * A case marked "pending" is one the engine does not satisfy yet: it is
 * reported as a TAP skip with its "pending_reason", and flagged when it
 * starts passing so that the next session can switch it on.  The last
 * test prints the suite's figures. */

static json_object *case_doc;

static BmRanking *
rank_case (json_object *c)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  json_object *list;

  if (json_object_object_get_ex (c, "pain", &list))
    for (gsize r = 0; r < json_object_array_length (list); r++)
      add (query, json_object_get_string (json_object_array_get_idx (list, r)), BM_SYMPTOM_PAIN, 5);
  if (json_object_object_get_ex (c, "numb", &list))
    for (gsize r = 0; r < json_object_array_length (list); r++)
      add (query, json_object_get_string (json_object_array_get_idx (list, r)), BM_SYMPTOM_NUMBNESS, 5);
  return bm_engine_rank (atlas, query);
}

static const char *
case_string (json_object *c,
             const char  *field)
{
  json_object *value;

  return json_object_object_get_ex (c, field, &value) ? json_object_get_string (value) : NULL;
}

static gboolean
in_combination (const BmRanking *ranking,
                const char      *muscle)
{
  for (guint i = 0; i < ranking->combination->len; i++)
    if (g_str_equal (((BmCandidate *) ranking->combination->pdata[i])->muscle->id, muscle))
      return TRUE;
  return FALSE;
}

static char *
combination_names (const BmRanking *ranking)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ranking->combination->len; i++)
    g_string_append_printf (s, "%s%s", i ? " + " : "", ((BmCandidate *) ranking->combination->pdata[i])->muscle->id);
  return g_string_free (s, FALSE);
}

static char *
case_top (const BmRanking *ranking)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < MIN (ranking->candidates->len, 5); i++)
    {
      const BmCandidate *c = ranking->candidates->pdata[i];

      g_string_append_printf (s, "%s%s (%s, %.1f)", i ? ", " : "", c->muscle->id,
                              bm_candidate_side_get_id (c->side), c->score);
    }
  return g_string_free (s, FALSE);
}

/* Which muscle of @list the combination lacks, or NULL. */
static char *
combination_failure (json_object     *list,
                     const BmRanking *ranking)
{
  for (gsize i = 0; i < json_object_array_length (list); i++)
    if (!in_combination (ranking, json_object_get_string (json_object_array_get_idx (list, i))))
      {
        g_autofree char *names = combination_names (ranking);
        return g_strdup_printf ("%s is not in the combination (%s)",
                                json_object_get_string (json_object_array_get_idx (list, i)), names);
      }
  return NULL;
}

/* The rank the Sources list shows @muscle at: an equal of the candidate
 * just above it ("or") shares that one's place. 0 when not ranked. */
static int
shown_rank (const BmRanking *ranking,
            const char      *muscle)
{
  int rank = bm_ranking_find (ranking, muscle) + 1;

  while (rank > 1 && ((const BmCandidate *) ranking->candidates->pdata[rank - 1])->equal_to ==
                     ranking->candidates->pdata[rank - 2])
    rank--;
  return rank;
}

/* Why the case fails, or NULL when it holds. */
static char *
case_failure (json_object     *c,
              const BmRanking *ranking)
{
  const char *muscle = case_string (c, "muscle"), *side = case_string (c, "side");
  json_object *list;

  if (muscle != NULL)
    {
      int rank = shown_rank (ranking, muscle);
      int max_rank = json_object_get_int (json_object_object_get (c, "max_rank"));

      if (rank == 0 || rank > max_rank)
        return g_strdup_printf ("%s ranks %d, expected at most %d", muscle, rank, max_rank);
      if (side != NULL &&
          !g_str_equal (bm_candidate_side_get_id (((BmCandidate *) ranking->candidates->pdata[rank - 1])->side), side))
        return g_strdup_printf ("%s's best candidate is not on the %s side", muscle, side);
      if (json_object_object_get_ex (c, "outranks", &list))
        for (gsize i = 0; i < json_object_array_length (list); i++)
          {
            const char *other = json_object_get_string (json_object_array_get_idx (list, i));
            int other_rank = bm_ranking_find (ranking, other) + 1;

            if (other_rank > 0 && other_rank < rank)
              return g_strdup_printf ("%s ranks %d, above %s (%d)", other, other_rank, muscle, rank);
          }
    }
  if (json_object_object_get_ex (c, "expect_in_combination", &list))
    return combination_failure (list, ranking);
  return NULL;
}

static void
test_literature_case (gconstpointer data)
{
  json_object *c = (json_object *) data;
  g_autoptr(BmRanking) ranking = rank_case (c);
  g_autofree char *failure = case_failure (c, ranking);
  g_autofree char *top = case_top (ranking);
  json_object *pending;
  const char *id = case_string (c, "id");

  if (json_object_object_get_ex (c, "pending", &pending) && json_object_get_boolean (pending))
    {
      if (failure == NULL)
        g_test_message ("PENDING CASE NOW PASSES, switch it on: %s", id);
      else
        {
          g_autofree char *why = g_strdup_printf ("pending (%s): %s; today %s (top: %s)", id,
                                                  case_string (c, "pending_reason"), failure, top);
          g_test_skip (why);
        }
      return;
    }
  if (failure != NULL)
    g_test_fail_printf ("%s: %s (top: %s) [%s]", id, failure, top, case_string (c, "source"));
}

/* The figures of the suite, counted whether a case is pending or not:
 * "first" over the single-muscle pattern cases (every kind but "area",
 * which probes one or two areas several muscles share, and "mix"), where
 * the muscle ranks first or is named as the first one's equal. */
static void
test_case_figures (void)
{
  json_object *cases = json_object_object_get (case_doc, "cases");
  guint n = json_object_array_length (cases), singles = 0, first = 0, strict = 0, top5 = 0;
  guint mixes = 0, mixes_complete = 0, numb = 0, numb_held = 0, areas = 0, areas_held = 0, pending = 0, ids = 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_assert_cmpuint (n, >=, 60);
  for (guint i = 0; i < n; i++)
    {
      json_object *c = json_object_array_get_idx (cases, i), *value;
      g_autoptr(BmRanking) ranking = rank_case (c);
      g_autofree char *failure = case_failure (c, ranking);
      const char *muscle = case_string (c, "muscle"), *kind = case_string (c, "kind");

      g_assert_nonnull (case_string (c, "source"));
      g_assert_nonnull (kind);
      ids += g_hash_table_add (seen, (gpointer) case_string (c, "id"));
      pending += json_object_object_get_ex (c, "pending", &value) && json_object_get_boolean (value);
      numb += json_object_object_get_ex (c, "numb", NULL);
      numb_held += json_object_object_get_ex (c, "numb", NULL) && failure == NULL;
      if (g_str_equal (kind, "mix"))
        {
          mixes++;
          mixes_complete += failure == NULL;
        }
      else if (g_str_equal (kind, "area"))
        {
          areas++;
          areas_held += failure == NULL;
        }
      else if (muscle != NULL)
        {
          int rank = bm_ranking_find (ranking, muscle) + 1;

          singles++;
          strict += rank == 1;
          first += shown_rank (ranking, muscle) == 1;
          top5 += rank >= 1 && rank <= 5;
          if (shown_rank (ranking, muscle) != 1)
            {
              g_autofree char *top = case_top (ranking);
              g_test_message ("not first: %s ranks %d (top: %s)", case_string (c, "id"), rank, top);
            }
        }
    }
  g_assert_cmpuint (ids, ==, n);
  g_assert_cmpuint (mixes, >=, 10);
  g_assert_cmpuint (numb, >=, 10);
  g_test_message ("case suite: %u cases (%u pending); single-muscle pattern cases: %u, first %u (%.1f%%; "
                  "%u strictly first, the others named as the first one's equal), top 5 %u (%.1f%%); "
                  "two-muscle mixes: %u, both in the combination %u; numbness cases: %u, holding %u; "
                  "area cases: %u, holding %u",
                  n, pending, singles, first, 100.0 * first / singles, strict, top5, 100.0 * top5 / singles,
                  mixes, mixes_complete, numb, numb_held, areas, areas_held);
}

static void
add_case_tests (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "engine-cases.json", NULL);
  g_autoptr(GError) error = NULL;
  json_object *cases;

  case_doc = bm_json_parse_file (path, &error);
  g_assert_no_error (error);
  cases = json_object_object_get (case_doc, "cases");
  for (gsize i = 0; i < json_object_array_length (cases); i++)
    {
      json_object *c = json_object_array_get_idx (cases, i);
      g_autofree char *name = g_strdup_printf ("/engine/cases/%s", case_string (c, "id"));

      g_test_add_data_func (name, c, test_literature_case);
    }
  g_test_add_func ("/engine/cases/figures", test_case_figures);
}

/* ---- Sides ---------------------------------------------------------------- */

static void
test_side (void)
{
  g_autoptr(BmRanking) left = rank_pain ("knee-lateral-left", "thigh-lateral-lower-left", NULL);
  g_autoptr(BmRanking) right = rank_pain ("knee-lateral-right", "thigh-lateral-lower-right", NULL);

  /* Pain on the left points to muscles on the left, and only there. */
  for (guint i = 0; i < left->candidates->len; i++)
    g_assert_cmpint (((BmCandidate *) left->candidates->pdata[i])->side, !=, BM_SIDE_OF_RIGHT);
  for (guint i = 0; i < right->candidates->len; i++)
    g_assert_cmpint (((BmCandidate *) right->candidates->pdata[i])->side, !=, BM_SIDE_OF_LEFT);
  g_assert_cmpint (candidate (left, "vastus-lateralis")->side, ==, BM_SIDE_OF_LEFT);
  /* Mirror images rank the same muscles in the same order. */
  g_assert_cmpuint (left->candidates->len, ==, right->candidates->len);
  for (guint i = 0; i < left->candidates->len; i++)
    g_assert_true (((BmCandidate *) left->candidates->pdata[i])->muscle ==
                   ((BmCandidate *) right->candidates->pdata[i])->muscle);
}

static void
test_both_sides (void)
{
  g_autoptr(BmRanking) ranking = rank_pain ("knee-lateral-left", "knee-lateral-right", NULL);
  gboolean seen_left = FALSE, seen_right = FALSE;

  /* Pain on both sides lists the muscle once for each side. */
  for (guint i = 0; i < ranking->candidates->len; i++)
    {
      const BmCandidate *c = ranking->candidates->pdata[i];

      if (!g_str_equal (c->muscle->id, "vastus-lateralis"))
        continue;
      seen_left |= c->side == BM_SIDE_OF_LEFT;
      seen_right |= c->side == BM_SIDE_OF_RIGHT;
      g_assert_cmpuint (c->explains->len, ==, 1);
      g_assert_cmpuint (c->unexplained->len, ==, 1);
    }
  g_assert_true (seen_left && seen_right);
}

static void
test_midline (void)
{
  g_autoptr(BmRanking) ranking = rank_pain ("sacrum", NULL);
  const BmCandidate *c = candidate (ranking, "gluteus-medius");

  /* A midline area fits either side equally: one candidate, side "either". */
  g_assert_cmpint (c->side, ==, BM_SIDE_OF_EITHER);
  for (guint i = 0; i < ranking->candidates->len; i++)
    if (ranking->candidates->pdata[i] != c)
      g_assert_true (((BmCandidate *) ranking->candidates->pdata[i])->muscle != c->muscle);
}

/* One lookup answers "which candidate is this muscle on this side": the
 * side asked for, a midline candidate on either side, nothing else. */
static void
test_lookup (void)
{
  g_autoptr(BmRanking) sided = rank_pain ("knee-lateral-left", NULL);
  g_autoptr(BmRanking) midline = rank_pain ("sacrum", NULL);
  const BmCandidate *left = bm_ranking_lookup (sided, "gluteus-minimus", BM_SIDE_OF_LEFT);
  const BmCandidate *mid = bm_ranking_lookup (midline, "gluteus-medius", BM_SIDE_OF_EITHER);

  g_assert_nonnull (left);
  g_assert_cmpint (left->side, ==, BM_SIDE_OF_LEFT);
  g_assert_true (bm_ranking_lookup (sided, "gluteus-minimus", BM_SIDE_OF_EITHER) == left);
  g_assert_null (bm_ranking_lookup (sided, "gluteus-minimus", BM_SIDE_OF_RIGHT));
  g_assert_cmpint (bm_ranking_find (sided, "gluteus-minimus"), >=, 0);
  g_assert_true (sided->candidates->pdata[bm_ranking_find (sided, "gluteus-minimus")] == left);
  g_assert_nonnull (mid);
  g_assert_true (bm_ranking_lookup (midline, "gluteus-medius", BM_SIDE_OF_RIGHT) == mid);
  g_assert_null (bm_ranking_lookup (midline, "no-such-muscle", BM_SIDE_OF_EITHER));
}

static void
test_bilateral (void)
{
  /* Rectus abdominis's band across the low back is bilateral: a right-side
   * low back pain can come from the left muscle too. */
  g_autoptr(BmRanking) ranking = rank_pain ("back-lumbar-lower-left", "back-lumbar-lower-right", NULL);
  const BmCandidate *c = candidate (ranking, "rectus-abdominis");

  g_assert_cmpuint (c->explains->len, ==, 2);
}

/* ---- Reasons, combination, chains ------------------------------------------- */

static void
test_reasons (void)
{
  g_autoptr(BmRanking) ranking = rank_pain ("knee-lateral-left", "ankle-lateral-left", "head-temple-left", NULL);
  const BmCandidate *c = candidate (ranking, "gluteus-minimus");
  g_autofree char *why = bm_candidate_describe (atlas, c);
  gboolean knee = FALSE, temple_unexplained = FALSE;

  for (guint i = 0; i < c->explains->len; i++)
    {
      const BmExplained *e = &g_array_index (c->explains, BmExplained, i);
      if (e->region == region ("knee-lateral-left"))
        knee = e->zone == BM_ZONE_ESSENTIAL;
    }
  for (guint i = 0; i < c->unexplained->len; i++)
    temple_unexplained |= g_array_index (c->unexplained, guint, i) == region ("head-temple-left");
  g_assert_true (knee);
  g_assert_true (temple_unexplained);
  g_assert_nonnull (strstr (why, "2 marked areas"));
  g_assert_null (strstr (why, "temple"));
}

static void
test_combination (void)
{
  g_autoptr(BmRanking) ranking = rank_pain ("head-temple-left", "foot-heel-right", NULL);
  g_autofree char *summary = bm_ranking_describe_combination (atlas, ranking);

  /* No muscle explains a temple and a heel: the smallest set has two. */
  g_assert_cmpuint (ranking->combination->len, ==, 2);
  g_assert_cmpuint (ranking->n_combined, ==, 2);
  g_assert_nonnull (strstr (summary, "explain both your areas"));

  {
    g_autoptr(BmRanking) one = rank_pain ("knee-lateral-left", "thigh-lateral-lower-left", NULL);
    g_autofree char *text = bm_ranking_describe_combination (atlas, one);
    g_assert_cmpuint (one->combination->len, ==, 1);
    g_assert_nonnull (strstr (text, "Vastus lateralis explains both your areas"));
  }
}

/* When one muscle explains every area, the heading names the best-ranked
 * such muscle, never one listed below another that explains as much (the
 * outer hip: gluteus medius and minimus both explain all three areas). */
static void
test_combination_follows_ranking (void)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  g_autoptr(BmRanking) ranking = NULL;
  guint explaining_all = 0;

  add (query, "hip-lateral-left", BM_SYMPTOM_PAIN, 7);
  add (query, "buttock-upper-left", BM_SYMPTOM_PAIN, 4);
  add (query, "thigh-lateral-upper-left", BM_SYMPTOM_PAIN, 3);
  ranking = bm_engine_rank (atlas, query);
  g_assert_cmpuint (ranking->combination->len, ==, 1);
  for (guint i = 0; i < ranking->candidates->len; i++)
    {
      const BmCandidate *c = ranking->candidates->pdata[i];

      if (c->explains->len < 3)
        continue;
      /* The first candidate that explains all three is the one named. */
      if (explaining_all++ == 0)
        g_assert_true (ranking->combination->pdata[0] == c);
    }
  /* Otherwise the case would not tell the two rules apart. */
  g_assert_cmpuint (explaining_all, >=, 2);
}

/* ---- Wording: one area, two, many; one source, two, three ------------------------ */

static char *
describe (const char *muscle,
          const char *first,
          ...)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  g_autoptr(BmRanking) ranking = NULL;
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    add (query, id, BM_SYMPTOM_PAIN, BM_INTENSITY_DEFAULT);
  va_end (args);
  ranking = bm_engine_rank (atlas, query);
  return bm_candidate_describe (atlas, candidate (ranking, muscle));
}

static void
test_candidate_wording (void)
{
  g_autofree char *one = describe ("vastus-lateralis", "knee-lateral-left", NULL);
  g_autofree char *two = describe ("vastus-lateralis", "knee-lateral-left", "thigh-lateral-lower-left", NULL);
  g_autofree char *many = describe ("gluteus-minimus", "knee-lateral-left", "thigh-lateral-lower-left",
                                    "thigh-lateral-upper-left", "buttock-lower-left", NULL);
  g_autofree char *part = describe ("vastus-lateralis", "knee-lateral-left", "calf-lateral-upper-left",
                                    "head-temple-left", NULL);
  g_autoptr(BmQuery) numb = bm_query_new ();
  g_autoptr(BmRanking) numb_ranking = NULL;
  g_autofree char *nerve = NULL;

  g_assert_cmpstr (one, ==, "Lower outer thigh (TrP2): refers pain to the outer knee (left), in its main zone.");
  g_assert_cmpstr (two, ==, "Lower outer thigh (TrP2): refers pain to 2 marked areas, mainly the lower half of "
                            "the outer thigh (left) and the outer knee (left).");
  g_assert_cmpstr (many, ==, "Front (anterior) trigger points: refers pain to 4 marked areas, mainly the "
                             "lower buttock and fold (left), the upper half of the outer thigh (left), the lower "
                             "half of the outer thigh (left) and the outer knee (left).");
  g_assert_nonnull (strstr (part, "refers pain to 2 marked areas, mainly the outer knee (left)."));
  /* Numbness explained through a nerve, not a referral zone (issue 12). */
  add (numb, "calf-lateral-lower-left", BM_SYMPTOM_NUMBNESS, BM_INTENSITY_DEFAULT);
  add (numb, "foot-dorsum-left", BM_SYMPTOM_NUMBNESS, BM_INTENSITY_DEFAULT);
  numb_ranking = bm_engine_rank (atlas, numb);
  nerve = bm_candidate_describe (atlas, candidate (numb_ranking, "piriformis"));
  g_assert_true (g_str_has_prefix (nerve, "Numbness through a nerve: it can press on the sciatic nerve, which serves the "
                                          "lower half of the outer lower leg (left) and the top of the foot (left)."));
}

/* A candidate's "why" speaks of its own match only: marking an area the
 * muscle does not refer pain to leaves it as it was (a Sources card then
 * stays as it is), and the areas it explains are still named. */
static void
test_candidate_wording_own_match (void)
{
  g_autofree char *alone = describe ("vastus-lateralis", "knee-lateral-left", "thigh-lateral-lower-left", NULL);
  g_autofree char *more = describe ("vastus-lateralis", "knee-lateral-left", "thigh-lateral-lower-left",
                                    "head-temple-left", "foot-dorsum-right", NULL);
  g_autofree char *single = describe ("temporalis", "head-temple-left", "knee-lateral-left", NULL);

  g_assert_cmpstr (alone, ==, more);
  g_assert_cmpstr (single, ==, "Back temporalis (TrP4): refers pain to the temple (left), in its main zone.");
}

static char *
sources (const BmRanking *ranking,
         const char      *first,
         ...)
{
  g_autoptr(GPtrArray) muscles = g_ptr_array_new ();
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();
  va_list args;

  va_start (args, first);
  for (const char *id = first; id != NULL; id = va_arg (args, const char *))
    {
      int rank = bm_ranking_find (ranking, id);

      g_ptr_array_add (muscles, (gpointer) bm_atlas_lookup (atlas, id));
      g_ptr_array_add (candidates, rank < 0 ? NULL : ranking->candidates->pdata[rank]);
    }
  va_end (args);
  return bm_ranking_describe_sources (ranking, muscles, candidates);
}

static void
test_sources_wording (void)
{
  g_autoptr(BmRanking) one_area = rank_pain ("knee-lateral-left", NULL);
  g_autoptr(BmRanking) two_areas = rank_pain ("head-temple-left", "foot-heel-right", NULL);
  g_autoptr(BmRanking) three_areas = rank_pain ("head-temple-left", "foot-heel-right", "shoulder-top-right", NULL);
  g_autofree char *a = sources (one_area, "vastus-lateralis", NULL);
  g_autofree char *b = sources (two_areas, "temporalis", NULL);
  g_autofree char *c = sources (two_areas, "temporalis", "soleus", NULL);
  g_autofree char *d = sources (three_areas, "temporalis", "soleus", "trapezius", NULL);
  g_autofree char *e = sources (three_areas, "temporalis", "soleus", NULL);
  g_autofree char *f = sources (one_area, "temporalis", NULL);
  g_autofree char *g = sources (two_areas, "vastus-lateralis", "rectus-femoris", NULL);
  g_autofree char *h = sources (two_areas, "vastus-lateralis", "rectus-femoris", "biceps-femoris", NULL);
  g_autofree char *combination = bm_ranking_describe_combination (atlas, two_areas);

  g_assert_cmpstr (a, ==, "Vastus lateralis explains your marked area");
  g_assert_cmpstr (b, ==, "Temporalis explains 1 of your 2 areas");
  g_assert_cmpstr (c, ==, "Temporalis and soleus together explain both your areas");
  g_assert_cmpstr (d, ==, "Temporalis, soleus and trapezius together explain all 3 of your areas");
  g_assert_cmpstr (e, ==, "Temporalis and soleus together explain 2 of your 3 areas");
  g_assert_cmpstr (f, ==, "Temporalis does not refer pain to your marked area");
  g_assert_cmpstr (g, ==, "Neither vastus lateralis nor rectus femoris refers pain to your marked areas");
  g_assert_cmpstr (h, ==, "None of vastus lateralis, rectus femoris and biceps femoris refers pain to your "
                          "marked areas");
  g_assert_true (g_str_has_suffix (combination, " together explain both your areas"));
}

/* Every area reads as one area inside a sentence: no comma, no capital
 * but a name's, its side kept. */
static void
test_region_in_sentence (void)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  static const struct { const char *id, *phrase; } cases[] = {
    { "calf-lateral-upper-left", "the upper half of the outer lower leg (left)" },
    { "knee-lateral-right", "the outer knee (right)" },
    { "face-tmj-left", "the jaw joint in front of the ear (left)" },
    { "sacrum", "the sacrum at the base of the spine" },
    { "ankle-posterior-left", "the Achilles tendon (left)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phrase = bm_region_in_sentence (bm_region_catalog_lookup (catalog, cases[i].id));
      g_assert_cmpstr (phrase, ==, cases[i].phrase);
    }
  for (guint i = 0; i < bm_region_catalog_get_n_regions (catalog); i++)
    {
      const BmRegion *r = bm_region_catalog_get_region (catalog, i);
      g_autofree char *phrase = bm_region_in_sentence (r);

      if (strchr (phrase, ',') != NULL || !g_ascii_islower (phrase[0]) ||
          (r->side != BM_SIDE_MID && !g_str_has_suffix (phrase, r->side == BM_SIDE_LEFT ? " (left)" : " (right)")))
        g_error ("“%s” reads as “%s” in a sentence", r->label, phrase);
    }
}

static void
test_key_muscles (void)
{
  g_autoptr(BmRanking) ranking = rank_pain ("ankle-lateral-left", "foot-lateral-left", NULL);
  const BmCandidate *peroneus = candidate (ranking, "peroneus-longus");
  const BmCandidate *key;

  /* Peroneus longus can be a satellite of gluteus minimus: check that first. */
  g_assert_true (g_ptr_array_find (peroneus->key_muscles, bm_atlas_lookup (atlas, "gluteus-minimus"), NULL));
  key = candidate (ranking, "gluteus-minimus");
  g_assert_true (key->related_to != NULL || key->explains->len > 0);
}

/* ---- Confirmation ----------------------------------------------------------- */

static void
test_confirmation (void)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  g_autoptr(BmRanking) before = NULL, confirmed = NULL, denied = NULL;
  const BmCandidate *gmin;
  double gmin_before, peroneus_before;

  add (query, "knee-lateral-left", BM_SYMPTOM_PAIN, 6);
  add (query, "ankle-lateral-left", BM_SYMPTOM_PAIN, 6);
  before = bm_engine_rank (atlas, query);
  gmin_before = candidate (before, "gluteus-minimus")->score;
  peroneus_before = candidate (before, "peroneus-longus")->score;

  /* Pressing the front gluteus minimus points reproduces the pain. */
  bm_query_confirm (query, "gluteus-minimus", "anterior", BM_MUSCLE_LEFT, BM_CONFIRM_REPRODUCES);
  confirmed = bm_engine_rank (atlas, query);
  gmin = candidate (confirmed, "gluteus-minimus");
  g_assert_cmpint (bm_ranking_find (confirmed, "gluteus-minimus"), ==, 0);
  g_assert_cmpfloat (gmin->score, >, gmin_before);
  g_assert_cmpint (gmin->confirm, ==, BM_CONFIRM_REPRODUCES);
  /* Its satellites go up with it. */
  g_assert_cmpfloat (candidate (confirmed, "peroneus-longus")->score, >, peroneus_before);

  /* Not tender: it goes down. */
  bm_query_confirm (query, "gluteus-minimus", "anterior", BM_MUSCLE_LEFT, BM_CONFIRM_NOT_TENDER);
  denied = bm_engine_rank (atlas, query);
  g_assert_cmpint (bm_ranking_find (denied, "gluteus-minimus"), >, bm_ranking_find (before, "gluteus-minimus"));
  g_assert_cmpfloat (candidate (denied, "gluteus-minimus")->score, <, gmin_before);
}

/* ---- Red flags and intensity -------------------------------------------------- */

static gboolean
has_flag (const BmRanking *ranking,
          const char      *id)
{
  for (guint i = 0; i < ranking->red_flags->len; i++)
    if (g_str_equal (((BmRedFlag *) ranking->red_flags->pdata[i])->id, id))
      return TRUE;
  return FALSE;
}

static void
test_red_flags (void)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  g_autoptr(BmRanking) plain = NULL, numb = NULL, ticked = NULL;

  add (query, "back-lumbar-lower-left", BM_SYMPTOM_PAIN, 5);
  plain = bm_engine_rank (atlas, query);
  g_assert_cmpuint (plain->red_flags->len, ==, 0);

  add (query, "foot-dorsum-left", BM_SYMPTOM_NUMBNESS, 4);
  numb = bm_engine_rank (atlas, query);
  g_assert_true (has_flag (numb, "numbness"));
  g_assert_cmpuint (numb->numb_regions->len, ==, 1);
  g_assert_cmpuint (g_array_index (numb->numb_regions, guint, 0), ==, region ("foot-dorsum-left"));
  g_assert_cmpstr (((BmRedFlag *) numb->red_flags->pdata[0])->reason, !=, "");

  bm_query_set_flags (query, BM_FLAG_WEAKNESS | BM_FLAG_NIGHT_PAIN | BM_FLAG_FEVER |
                             BM_FLAG_BLADDER_BOWEL | BM_FLAG_TRAUMA);
  ticked = bm_engine_rank (atlas, query);
  g_assert_cmpuint (ticked->red_flags->len, ==, 6);
  g_assert_true (has_flag (ticked, "weakness") && has_flag (ticked, "night-pain") && has_flag (ticked, "fever") &&
                 has_flag (ticked, "bladder-bowel") && has_flag (ticked, "trauma"));
}

static void
test_intensity (void)
{
  /* The stronger pain decides: a severe heel and a mild temple put the
   * heel's muscles first, and the other way round. */
  g_autoptr(BmQuery) heel = bm_query_new ();
  g_autoptr(BmQuery) temple = bm_query_new ();
  g_autoptr(BmRanking) a = NULL, b = NULL;

  add (heel, "foot-heel-left", BM_SYMPTOM_PAIN, 9);
  add (heel, "head-temple-left", BM_SYMPTOM_PAIN, 2);
  add (temple, "foot-heel-left", BM_SYMPTOM_PAIN, 2);
  add (temple, "head-temple-left", BM_SYMPTOM_PAIN, 9);
  a = bm_engine_rank (atlas, heel);
  b = bm_engine_rank (atlas, temple);
  g_assert_cmpint (bm_ranking_find (a, "soleus"), <, bm_ranking_find (a, "temporalis"));
  g_assert_cmpint (bm_ranking_find (b, "temporalis"), <, bm_ranking_find (b, "soleus"));
}

static void
test_empty_and_deterministic (void)
{
  g_autoptr(BmQuery) empty = bm_query_new ();
  g_autoptr(BmRanking) none = bm_engine_rank (atlas, empty);
  g_autoptr(BmRanking) a = rank_pain ("shoulder-top-right", "neck-posterior-lower-right", NULL);
  g_autoptr(BmRanking) b = rank_pain ("shoulder-top-right", "neck-posterior-lower-right", NULL);

  g_assert_cmpuint (none->candidates->len, ==, 0);
  g_assert_cmpuint (none->combination->len, ==, 0);
  g_assert_cmpuint (a->candidates->len, ==, b->candidates->len);
  for (guint i = 0; i < a->candidates->len; i++)
    {
      const BmCandidate *ca = a->candidates->pdata[i], *cb = b->candidates->pdata[i];
      g_assert_true (ca->muscle == cb->muscle && ca->side == cb->side);
      g_assert_cmpfloat (ca->score, ==, cb->score);
      if (i > 0)
        g_assert_cmpfloat (((BmCandidate *) a->candidates->pdata[i - 1])->score, >=, ca->score);
    }
}

/* An area both painful and numb counts once, as painful as it is, and still
 * raises the numbness notice. */
static void
test_pain_and_numb_area (void)
{
  g_autoptr(BmQuery) pain = bm_query_new ();
  g_autoptr(BmQuery) both = bm_query_new ();
  g_autoptr(BmRanking) a = NULL, b = NULL;

  add (pain, "knee-lateral-left", BM_SYMPTOM_PAIN, 8);
  add (pain, "hip-lateral-left", BM_SYMPTOM_PAIN, 5);
  add (both, "knee-lateral-left", BM_SYMPTOM_PAIN, 8);
  add (both, "knee-lateral-left", BM_SYMPTOM_NUMBNESS, 2);
  add (both, "hip-lateral-left", BM_SYMPTOM_PAIN, 5);
  a = bm_engine_rank (atlas, pain);
  b = bm_engine_rank (atlas, both);

  g_assert_cmpuint (b->n_marked, ==, 2);
  g_assert_false (has_flag (a, "numbness"));
  g_assert_true (has_flag (b, "numbness"));
  g_assert_cmpuint (b->numb_regions->len, ==, 1);
  g_assert_cmpuint (g_array_index (b->numb_regions, guint, 0), ==, region ("knee-lateral-left"));
  /* The weak numbness does not water down the knee's pain. */
  g_assert_cmpuint (a->candidates->len, ==, b->candidates->len);
  for (guint i = 0; i < a->candidates->len; i++)
    {
      const BmCandidate *ca = a->candidates->pdata[i], *cb = b->candidates->pdata[i];

      g_assert_true (ca->muscle == cb->muscle);
      g_assert_cmpfloat_with_epsilon (ca->score, cb->score, 1e-9);
    }
}

/* ==== Engine v2 mechanisms (helper W, issue 12): trigger-point sets,
 * equals, nerve-aware numbness, context chains. ======================== */

/* A pattern spread over several trigger points scores on their union; a
 * single point's own pattern still names that point alone. */
static void
test_v2_trigger_point_sets (void)
{
  g_autoptr(BmRanking) full = rank_pain ("back-lumbar-lower-left", "pelvis-sacroiliac-left", "buttock-lower-left",
                                         "hip-lateral-left", "groin-inguinal-left", NULL);
  g_autoptr(BmRanking) one = rank_pain ("hip-lateral-left", NULL);
  const BmCandidate *ql = candidate (full, "quadratus-lumborum");
  const BmCandidate *single = candidate (one, "quadratus-lumborum");
  const BmTriggerPoint *first_tp = NULL;
  gboolean two_points = FALSE;
  g_autofree char *reason = bm_candidate_describe (atlas, ql);

  assert_rank (full, "quadratus-lumborum", 1, "full quadratus lumborum pattern");
  g_assert_cmpuint (ql->trigger_points->len, >=, 2);
  g_assert_true (ql->trigger_points->pdata[0] == ql->best);
  for (guint i = 0; i < ql->explains->len; i++)
    {
      const BmExplained *e = &g_array_index (ql->explains, BmExplained, i);

      first_tp = first_tp != NULL ? first_tp : e->tp;
      two_points |= e->tp != NULL && e->tp != first_tp;
    }
  g_assert_true (two_points);
  g_assert_nonnull (strstr (reason, "together refer pain to"));
  g_assert_cmpuint (single->trigger_points->len, ==, 1);
  g_assert_cmpstr (single->best->id, ==, "superficial-lower");
}

/* Two muscles explaining the same marks in the same zones, a hair apart,
 * are shown as equals with the point to press for each. */
static void
test_v2_equals (void)
{
  g_autoptr(BmRanking) ranking = rank_pain ("elbow-lateral-left", "finger-thumb-left", NULL);
  const BmCandidate *sup = candidate (ranking, "supinator");
  const BmCandidate *br = candidate (ranking, "brachioradialis");
  g_autofree char *reason = bm_candidate_describe (atlas, sup);
  g_autoptr(BmRanking) apart = rank_pain ("elbow-lateral-left", "finger-thumb-left", "head-temple-left", NULL);

  g_assert_true (sup->equal_to == br);
  g_assert_true (br->equal_to == sup);
  g_assert_nonnull (strstr (reason, " Or brachioradialis"));
  g_assert_nonnull (strstr (reason, br->best->name));
  /* A muscle explaining different marks is never an equal. */
  for (guint i = 0; i < apart->candidates->len; i++)
    {
      const BmCandidate *c = apart->candidates->pdata[i];
      const BmCandidate *other = c->equal_to;

      if (other != NULL)
        g_assert_cmpuint (other->explains->len, ==, c->explains->len);
    }
}

/* Numbness in an area a nerve serves is explained through the muscle that
 * can entrap that nerve; a referral zone explains numbness only weakly. */
static void
test_v2_nerve_numbness (void)
{
  g_autoptr(BmQuery) numb = bm_query_new ();
  g_autoptr(BmQuery) pain = bm_query_new ();
  g_autoptr(BmRanking) n = NULL, p = NULL;
  const BmCandidate *sup;
  gboolean by_nerve = FALSE;

  add (numb, "hand-dorsum-left", BM_SYMPTOM_NUMBNESS, 6);
  add (pain, "hand-dorsum-left", BM_SYMPTOM_PAIN, 6);
  n = bm_engine_rank (atlas, numb);
  p = bm_engine_rank (atlas, pain);
  sup = candidate (n, "supinator");
  for (guint i = 0; i < sup->explains->len; i++)
    {
      const BmExplained *e = &g_array_index (sup->explains, BmExplained, i);

      by_nerve |= e->zone == BM_ZONE_NERVE && e->entrapment != NULL &&
                  strstr (e->entrapment->nerve, "radial") != NULL;
    }
  g_assert_true (by_nerve);
  /* Every candidate for the numb hand either entraps a nerve serving it or
   * scores below its score for the same area in pain. */
  for (guint i = 0; i < n->candidates->len; i++)
    {
      const BmCandidate *c = n->candidates->pdata[i];
      const BmCandidate *as_pain = bm_ranking_lookup (p, c->muscle->id, c->side);

      if (c->related_to != NULL || c->explains->len == 0 ||
          g_array_index (c->explains, BmExplained, 0).zone == BM_ZONE_NERVE)
        continue;
      g_assert_nonnull (as_pain);
      g_assert_cmpfloat (c->coverage, <, as_pain->coverage);
    }
}

/* Where a muscle catches a nerve counts only with numbness that nerve
 * serves: the inner elbow explains ulnar numbness through flexor carpi
 * ulnaris, and alone it is just pain there. */
static void
test_v2_entrapment_site (void)
{
  g_autoptr(BmQuery) entrapped = bm_query_new ();
  g_autoptr(BmQuery) elbow = bm_query_new ();
  g_autoptr(BmRanking) e = NULL, p = NULL;
  const BmCandidate *fcu, *alone;
  gboolean site = FALSE;

  add (entrapped, "elbow-medial-left", BM_SYMPTOM_PAIN, 5);
  add (entrapped, "finger-ring-little-left", BM_SYMPTOM_NUMBNESS, 5);
  add (elbow, "elbow-medial-left", BM_SYMPTOM_PAIN, 5);
  e = bm_engine_rank (atlas, entrapped);
  p = bm_engine_rank (atlas, elbow);
  fcu = candidate (e, "flexor-carpi-ulnaris");
  for (guint i = 0; i < fcu->explains->len; i++)
    site |= g_array_index (fcu->explains, BmExplained, i).zone == BM_ZONE_SITE;
  g_assert_true (site);
  g_assert_cmpfloat (fcu->fit, ==, 1.0);
  g_assert_cmpint (bm_ranking_find (e, "flexor-carpi-ulnaris"), ==, 0);
  alone = bm_ranking_lookup (p, "flexor-carpi-ulnaris", BM_SIDE_OF_LEFT);
  g_assert_true (alone == NULL || alone->explains->len == 0);
}

/* The angle of the neck is one part of levator scapulae's zone, marked on
 * the base of the neck or on the top of the shoulder alike. */
static void
test_v2_one_zone (void)
{
  const char *angle[] = { "neck-posterior-lower-left", "shoulder-top-left" };
  double fit[2];

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(BmQuery) query = bm_query_new ();
      g_autoptr(BmRanking) ranking = NULL;

      add (query, angle[i], BM_SYMPTOM_PAIN, 5);
      add (query, "scapula-medial-left", BM_SYMPTOM_PAIN, 5);
      ranking = bm_engine_rank (atlas, query);
      fit[i] = candidate (ranking, "levator-scapulae")->fit;
      g_assert_cmpint (bm_ranking_find (ranking, "levator-scapulae"), ==, 0);
    }
  g_assert_cmpfloat (fit[0], ==, 1.0);
  g_assert_cmpfloat (fit[1], ==, 1.0);
}

/* A chain the atlas calls "related" is context: it never explains an area,
 * and is listed with the candidate when it reaches a marked one. */
static void
test_v2_related_chains (void)
{
  guint checked = 0;

  for (guint m = 0; m < bm_atlas_get_n_muscles (atlas); m++)
    {
      const BmMuscle *muscle = bm_atlas_get_muscle (atlas, m);

      for (guint k = 0; k < muscle->chains->len; k++)
        {
          const BmChain *chain = muscle->chains->pdata[k];
          g_autoptr(BmQuery) query = bm_query_new ();
          g_autoptr(BmRanking) ranking = NULL;
          g_autoptr(GPtrArray) only = g_ptr_array_new ();
          const BmCandidate *c;

          if (chain->kind != BM_CHAIN_RELATED)
            continue;
          for (guint r = 0; chain->regions[r] != NULL; r++)
            {
              g_autofree char *left = g_strconcat (chain->regions[r], "-left", NULL);

              add (query, bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), left) ? left : chain->regions[r],
                   BM_SYMPTOM_PAIN, BM_INTENSITY_DEFAULT);
            }
          g_ptr_array_add (only, (gpointer) muscle);
          ranking = bm_engine_rank_muscles (atlas, only, query);
          c = bm_ranking_lookup (ranking, muscle->id, BM_SIDE_OF_LEFT);
          for (guint i = 0; c != NULL && i < c->explains->len; i++)
            g_assert_true (g_array_index (c->explains, BmExplained, i).chain != chain);
          if (c != NULL)
            g_assert_true (g_ptr_array_find (c->related_chains, chain, NULL));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 0);
}

/* One-sided pain: a midline (either-side) pattern does not outrank the
 * marked-side muscle that explains the same areas and more. */
static void
test_v2_either_side (void)
{
  g_autoptr(BmRanking) ranking = rank_pain ("head-vertex", "face-jaw-left", NULL);
  const BmCandidate *scm = candidate (ranking, "sternocleidomastoid");
  const BmCandidate *splenius = candidate (ranking, "splenius-capitis");

  g_assert_cmpint (scm->side, ==, BM_SIDE_OF_LEFT);
  g_assert_cmpint (splenius->side, ==, BM_SIDE_OF_EITHER);
  g_assert_cmpint (bm_ranking_find (ranking, "sternocleidomastoid"), <, bm_ranking_find (ranking, "splenius-capitis"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();

  g_test_add_func ("/engine/seed-cases", test_seed_cases);
  add_case_tests ();
  g_test_add_func ("/engine/side", test_side);
  g_test_add_func ("/engine/both-sides", test_both_sides);
  g_test_add_func ("/engine/midline", test_midline);
  g_test_add_func ("/engine/lookup", test_lookup);
  g_test_add_func ("/engine/bilateral", test_bilateral);
  g_test_add_func ("/engine/reasons", test_reasons);
  g_test_add_func ("/engine/combination", test_combination);
  g_test_add_func ("/engine/combination-follows-ranking", test_combination_follows_ranking);
  g_test_add_func ("/engine/candidate-wording", test_candidate_wording);
  g_test_add_func ("/engine/candidate-wording-own-match", test_candidate_wording_own_match);
  g_test_add_func ("/engine/sources-wording", test_sources_wording);
  g_test_add_func ("/engine/region-in-sentence", test_region_in_sentence);
  g_test_add_func ("/engine/key-muscles", test_key_muscles);
  g_test_add_func ("/engine/confirmation", test_confirmation);
  g_test_add_func ("/engine/red-flags", test_red_flags);
  g_test_add_func ("/engine/intensity", test_intensity);
  g_test_add_func ("/engine/pain-and-numb-area", test_pain_and_numb_area);
  g_test_add_func ("/engine/empty-and-deterministic", test_empty_and_deterministic);
  g_test_add_func ("/engine/v2/trigger-point-sets", test_v2_trigger_point_sets);
  g_test_add_func ("/engine/v2/equals", test_v2_equals);
  g_test_add_func ("/engine/v2/nerve-numbness", test_v2_nerve_numbness);
  g_test_add_func ("/engine/v2/entrapment-site", test_v2_entrapment_site);
  g_test_add_func ("/engine/v2/one-zone", test_v2_one_zone);
  g_test_add_func ("/engine/v2/related-chains", test_v2_related_chains);
  g_test_add_func ("/engine/v2/either-side", test_v2_either_side);
  status = g_test_run ();
  g_clear_pointer (&case_doc, json_object_put);
  g_clear_object (&atlas);
  return status;
}
