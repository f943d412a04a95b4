/* test-atlas.c: the trigger-point atlas is complete, faithful and strictly loaded
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/bm-atlas.h"
#include "core/bm-disclaimer.h"
#include "core/bm-ids.h"
#include "core/bm-error.h"
#include "cli/bm-cli-private.h"
#include "core/bm-json.h"
#include "core/bm-marker.h"
#include "bm-test-util.h"

static BmAtlas *atlas;

static void
test_required_muscles (void)
{
  g_autofree char *path = bm_test_spec_path ("muscles.txt");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *id = g_strstrip (lines[i]);

      if (id[0] == '\0' || id[0] == '#')
        continue;
      if (bm_atlas_lookup (atlas, id) == NULL)
        g_error ("required muscle %s is missing from the atlas", id);
      n++;
    }
  g_assert_cmpuint (n, ==, 118);
  g_assert_cmpuint (bm_atlas_get_n_muscles (atlas), >=, n);
}

static void
check_technique (const BmMuscle    *m,
                 const BmTechnique *t)
{
  g_assert_cmpstr (t->title, !=, "");
  g_assert_cmpuint (g_strv_length (t->steps), >=, 2);
  g_assert_true (t->hold || t->repetitions || t->pace || t->frequency);
  g_assert_cmpstr (t->feel, !=, "");
  for (guint s = 0; t->steps[s] != NULL; s++)
    if (strlen (t->steps[s]) < 12)
      g_error ("%s: step “%s” of “%s” is too short to follow", m->id, t->steps[s], t->title);
}

/* Every record is complete: what a muscle page and a stretch sheet need. */
static void
test_records_complete (void)
{
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      g_assert_cmpstr (m->name, !=, "");
      g_assert_cmpstr (m->location, !=, "");
      g_assert_cmpstr (m->action, !=, "");
      g_assert_cmpstr (m->heat, !=, "");
      g_assert_nonnull (bm_atlas_get_group_label (atlas, m->group));
      g_assert_cmpuint (m->trigger_points->len, >=, 1);
      g_assert_cmpuint (m->stretches->len, >=, 1);
      g_assert_cmpuint (m->releases->len, >=, 1);
      g_assert_cmpuint (m->factors->len, >=, 1);
      g_assert_cmpuint (m->sources->len, >=, 1);
      for (guint s = 0; s < m->stretches->len; s++)
        check_technique (m, m->stretches->pdata[s]);
      for (guint r = 0; r < m->releases->len; r++)
        check_technique (m, m->releases->pdata[r]);
      for (guint c = 0; c < m->sources->len; c++)
        g_assert_nonnull (bm_atlas_get_citation (atlas, ((BmCitation *) m->sources->pdata[c])->source));
    }
}

static void
test_essential_zones (void)
{
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (guint t = 0; t < m->trigger_points->len; t++)
        {
          const BmTriggerPoint *tp = m->trigger_points->pdata[t];

          /* Only a point flagged as referring no pain (pectoralis major's
           * arrhythmia point) has no zones at all. */
          gboolean empty = tp->essential_regions[BM_MUSCLE_LEFT]->len == 0 ||
                           tp->essential_regions[BM_MUSCLE_RIGHT]->len == 0;

          if (empty != !tp->refers_pain)
            g_error ("%s: trigger point %s: essential zone %s but refers_pain is %d",
                     m->id, tp->id, empty ? "empty" : "given", tp->refers_pain);
          if (!tp->refers_pain)
            g_assert_cmpuint (tp->spillover_regions[BM_MUSCLE_LEFT]->len, ==, 0);
          g_assert_cmpuint (tp->markers->len, >=, 1);
          g_assert_cmpfloat (tp->prevalence, >=, 0);
          g_assert_cmpfloat (tp->prevalence, <=, 1);
        }
    }
}

static void
check_ids_resolve (const BmMuscle *m,
                   char          **ids,
                   const char     *what)
{
  for (guint i = 0; ids[i] != NULL; i++)
    if (bm_atlas_lookup (atlas, ids[i]) == NULL)
      g_error ("%s: %s “%s” is not in the atlas", m->id, what, ids[i]);
}

static void
test_relations_resolve (void)
{
  guint with_relations = 0;

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      check_ids_resolve (m, m->satellites, "satellite");
      check_ids_resolve (m, m->key_muscles, "key muscle");
      for (guint c = 0; c < m->chains->len; c++)
        check_ids_resolve (m, ((BmChain *) m->chains->pdata[c])->muscles, "chain muscle");
      if (m->satellites[0] != NULL || m->key_muscles[0] != NULL)
        with_relations++;
    }
  /* Satellite and key relations are the rule in the literature. */
  g_assert_cmpuint (with_relations, >=, bm_atlas_get_n_muscles (atlas) / 2);
}

static gboolean
zone_has (GArray *zone,
          guint   region)
{
  for (guint i = 0; i < zone->len; i++)
    if (g_array_index (zone, guint, i) == region)
      return TRUE;
  return FALSE;
}

/* Does any trigger point of @muscle (on the left) refer to @region, in its
 * essential zone or, unless @essential_only, its spillover zone? */
static gboolean
refers_to (const char *muscle,
           const char *region,
           gboolean    essential_only)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, muscle);
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), region);

  g_assert_nonnull (m);
  g_assert_nonnull (r);
  for (guint t = 0; t < m->trigger_points->len; t++)
    {
      const BmTriggerPoint *tp = m->trigger_points->pdata[t];

      if (zone_has (tp->essential_regions[BM_MUSCLE_LEFT], r->index) ||
          (!essential_only && zone_has (tp->spillover_regions[BM_MUSCLE_LEFT], r->index)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_relation (const char *muscle,
              const char *other,
              gboolean    satellite)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, muscle);
  return g_strv_contains ((const char * const *) (satellite ? m->satellites : m->key_muscles), other);
}

/* Landmark facts from Travell & Simons that the atlas must keep. */
static void
test_literature_landmarks (void)
{
  static const struct { const char *muscle, *region; } essential[] = {
    { "gluteus-minimus", "knee-lateral-left" },
    { "gluteus-minimus", "thigh-lateral-lower-left" },
    { "soleus", "foot-heel-left" },
    { "temporalis", "head-temple-left" },
    { "temporalis", "teeth-upper-left" },
    { "infraspinatus", "shoulder-anterior-left" },
    { "scalenes", "scapula-medial-left" },
    { "rectus-femoris", "knee-anterior-left" },
    { "vastus-lateralis", "thigh-lateral-lower-left" },
    { "peroneus-longus", "ankle-lateral-left" },
    { "tibialis-anterior", "toe-great-dorsal-left" },
    { "quadratus-lumborum", "pelvis-sacroiliac-left" },
    { "sternocleidomastoid", "head-temple-left" },
    { "trapezius", "head-temple-left" },
    { "supinator", "elbow-lateral-left" },
    { "brachialis", "finger-thumb-left" },
    { "latissimus-dorsi", "scapula-inferior-left" },
    { "piriformis", "buttock-lower-left" },
    { "gastrocnemius", "calf-posterior-upper-left" },
    { "masseter", "teeth-lower-left" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (essential); i++)
    if (!refers_to (essential[i].muscle, essential[i].region, FALSE))
      g_error ("%s should refer pain to %s", essential[i].muscle, essential[i].region);

  g_assert_true (has_relation ("gluteus-minimus", "peroneus-longus", TRUE));
  g_assert_true (has_relation ("gluteus-minimus", "peroneus-brevis", TRUE));
  g_assert_true (has_relation ("gluteus-minimus", "quadratus-lumborum", FALSE));
}

static void
test_chains_from_stories (void)
{
  const BmMuscle *tfl = bm_atlas_lookup (atlas, "tensor-fasciae-latae");
  const BmMuscle *psoas = bm_atlas_lookup (atlas, "iliopsoas");
  gboolean knee = FALSE, calf = FALSE;

  for (guint c = 0; c < tfl->chains->len; c++)
    knee |= g_strv_contains ((const char * const *) ((BmChain *) tfl->chains->pdata[c])->regions, "knee-lateral");
  for (guint c = 0; c < psoas->chains->len; c++)
    {
      char **muscles = ((BmChain *) psoas->chains->pdata[c])->muscles;
      calf |= g_strv_contains ((const char * const *) muscles, "gastrocnemius") ||
              g_strv_contains ((const char * const *) muscles, "soleus");
    }
  g_assert_true (knee);
  g_assert_true (calf);
}

typedef struct {
  BmBodyArt *art;
  GString   *failures;
  guint      placed;
} MarkerCheck;

static void
check_marker_on_region (const BmMuscle       *m,
                        const BmTriggerPoint *tp,
                        const BmMarker       *marker,
                        BmMuscleSide          side,
                        gpointer              data)
{
  MarkerCheck *check = data;
  const BmRegion *hit;
  double x, y, moved;
  BmView view;

  if (!bm_marker_locate (marker, side, check->art, &view, &x, &y, &moved))
    {
      g_string_append_printf (check->failures, "  %s %s: cannot be placed\n", m->id, tp->id);
      return;
    }
  hit = bm_body_art_region_at (check->art, view, x, y);
  if (hit == NULL || hit->index != marker->region[side] || moved > 40)
    g_string_append_printf (check->failures, "  %s %s (%s view): lands on %s, moved %.0f\n", m->id, tp->id,
                            bm_view_get_id (view), hit ? hit->id : "nothing", moved);
  check->placed++;
}

/* Every marker, on both sides, lands on its own region; data that points
 * far from its region (more than moving out from under the hanging arm)
 * fails. */
static void
test_markers_on_regions (void)
{
  g_autoptr(BmBodyArt) art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);
  g_autoptr(GString) failures = g_string_new (NULL);
  MarkerCheck check = { art, failures, 0 };

  g_assert_nonnull (art);
  bm_test_foreach_marker (atlas, check_marker_on_region, &check);
  if (failures->len > 0)
    g_error ("misplaced markers:\n%s", failures->str);
  g_assert_cmpuint (check.placed, >=, 2 * bm_atlas_get_n_muscles (atlas));
}

static void
test_to_json (void)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, "gluteus-minimus");
  json_object *obj = bm_atlas_muscle_to_json (atlas, m);
  json_object *tps, *tp, *value;

  g_assert_true (json_object_object_get_ex (obj, "trigger_points", &tps));
  g_assert_cmpuint (json_object_array_length (tps), ==, m->trigger_points->len);
  tp = json_object_array_get_idx (tps, 0);
  g_assert_true (json_object_object_get_ex (tp, "essential", &value));
  g_assert_cmpuint (json_object_array_length (value), >=, 1);
  g_assert_true (json_object_object_get_ex (obj, "satellites", &value));
  g_assert_true (json_object_object_get_ex (obj, "stretches", &value));
  g_assert_true (json_object_object_get_ex (json_object_array_get_idx (value, 0), "steps", &value));
  g_assert_cmpuint (json_object_array_length (value), >=, 2);
  json_object_put (obj);
}

static const BmTriggerPoint *
find_point (const char *muscle,
            const char *point)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, muscle);

  g_assert_nonnull (m);
  for (guint t = 0; t < m->trigger_points->len; t++)
    if (g_str_equal (((BmTriggerPoint *) m->trigger_points->pdata[t])->id, point))
      return m->trigger_points->pdata[t];
  g_error ("%s has no trigger point %s", muscle, point);
}

static gboolean
in_zone (char      **zone,
         const char *region)
{
  return g_strv_contains ((const char * const *) zone, region);
}

/* Every chain names what it runs through, and only a chain the literature
 * describes as producing pain there (TFL's IT band at the outer knee) gives
 * referral credit: iliopsoas's walking chain to the calf is context only. */
static void
test_chain_kinds (void)
{
  guint referral = 0;

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (guint c = 0; c < m->chains->len; c++)
        {
          const BmChain *chain = m->chains->pdata[c];

          g_assert_true (chain->through != NULL && chain->through[0] != '\0');
          if (chain->kind == BM_CHAIN_REFERRAL)
            {
              referral++;
              if (!g_str_equal (m->id, "tensor-fasciae-latae"))
                g_error ("%s: chain via %s should be related, not referral", m->id, chain->via);
              g_assert_true (in_zone (chain->regions, "knee-lateral"));
            }
        }
    }
  g_assert_cmpuint (referral, ==, 1);
  {
    const BmMuscle *psoas = bm_atlas_lookup (atlas, "iliopsoas");

    for (guint c = 0; c < psoas->chains->len; c++)
      g_assert_cmpint (((BmChain *) psoas->chains->pdata[c])->kind, ==, BM_CHAIN_RELATED);
    /* Nor do its trigger points refer to the leg below the thigh. */
    for (guint t = 0; t < psoas->trigger_points->len; t++)
      {
        const BmTriggerPoint *tp = psoas->trigger_points->pdata[t];
        const char *below[] = { "calf-posterior-upper", "ankle-posterior", "foot-plantar-arch", "knee-anterior", "knee-medial" };

        for (guint b = 0; b < G_N_ELEMENTS (below); b++)
          g_assert_false (in_zone (tp->essential, below[b]) || in_zone (tp->spillover, below[b]));
      }
  }
}

static const BmEntrapment *
find_entrapment (const char *muscle,
                 const char *nerve)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, muscle);

  g_assert_nonnull (m);
  for (guint e = 0; e < m->entrapments->len; e++)
    if (strstr (((BmEntrapment *) m->entrapments->pdata[e])->nerve, nerve) != NULL)
      return m->entrapments->pdata[e];
  g_error ("%s has no entrapment of the %s", muscle, nerve);
}

/* The nerve relations the literature names, with the numb areas each nerve
 * serves resolved to the right side's regions. */
static void
test_entrapments (void)
{
  static const struct { const char *muscle, *nerve, *region; } cases[] = {
    { "supinator", "deep branch of the radial nerve", "wrist-dorsal" },
    { "supinator", "superficial branch of the radial nerve", "hand-dorsum" },
    { "extensor-carpi-radialis-brevis", "radial nerve", "forearm-dorsal" },
    { "piriformis", "sciatic nerve", "foot-dorsum" },
    { "scalenes", "brachial plexus (lower trunk)", "finger-ring-little" },
    { "scalenes", "brachial plexus (upper", "finger-thumb" },
    { "pectoralis-minor", "brachial plexus", "hand-ulnar" },
    { "peroneus-longus", "common fibular", "foot-dorsum" },
    { "pronator-teres", "median nerve", "finger-index" },
    { "flexor-carpi-ulnaris", "ulnar nerve", "finger-ring-little" },
    { "soleus", "tibial nerve", "foot-plantar-arch" },
  };
  const BmEntrapment *radial;
  g_autofree char *left = NULL, *right = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const BmEntrapment *e = find_entrapment (cases[i].muscle, cases[i].nerve);

      if (!in_zone (e->regions, cases[i].region))
        g_error ("%s: the %s should serve %s", cases[i].muscle, e->nerve, cases[i].region);
      g_assert_true (e->note[0] != '\0');
    }
  /* Pain muscles near the nerve's path are not made entrapments. */
  g_assert_cmpuint (bm_atlas_lookup (atlas, "brachioradialis")->entrapments->len, ==, 0);
  radial = find_entrapment ("supinator", "deep branch");
  g_assert_cmpuint (radial->region_indices[BM_MUSCLE_LEFT]->len, ==, 2);
  left = g_strdup (bm_region_catalog_get_region (bm_atlas_get_catalog (atlas),
                                                 g_array_index (radial->region_indices[BM_MUSCLE_LEFT], guint, 1))->id);
  right = g_strdup (bm_region_catalog_get_region (bm_atlas_get_catalog (atlas),
                                                  g_array_index (radial->region_indices[BM_MUSCLE_RIGHT], guint, 1))->id);
  g_assert_cmpstr (left, ==, "wrist-dorsal-left");
  g_assert_cmpstr (right, ==, "wrist-dorsal-right");
}

/* Corrections checked against the literature (issue 12, item 7). */
static void
test_literature_corrections (void)
{
  const BmTriggerPoint *levator = find_point ("levator-scapulae", "upper");
  const BmTriggerPoint *serratus = find_point ("serratus-anterior", "main");
  const BmTriggerPoint *scm = find_point ("sternocleidomastoid", "clavicular");
  const BmTriggerPoint *arrhythmia = find_point ("pectoralis-major", "arrhythmia");
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  gboolean other_forehead = FALSE, other_ear = FALSE;

  /* The angle of the neck, on whichever side of the line between the base
   * of the neck and the top of the shoulder the user marks it (one zone),
   * plus the inner border of the shoulder blade. */
  g_assert_cmpuint (g_strv_length (levator->essential), ==, 3);
  g_assert_true (in_zone (levator->essential, "neck-posterior-lower"));
  g_assert_true (in_zone (levator->essential, "shoulder-top"));
  g_assert_true (in_zone (levator->essential, "scapula-medial"));
  g_assert_cmpuint (g_array_index (levator->essential_zone_of[BM_MUSCLE_LEFT], guint, 0), ==,
                    g_array_index (levator->essential_zone_of[BM_MUSCLE_LEFT], guint, 1));
  /* Trapezius TrP7 raises goose bumps, not pain. */
  g_assert_false (find_point ("trapezius", "trp7")->refers_pain);
  g_assert_true (in_zone (levator->spillover, "scapula-inferior"));
  /* Serratus anterior: the lower tip of the blade, not the whole inner border. */
  g_assert_true (in_zone (serratus->essential, "scapula-inferior"));
  g_assert_false (in_zone (serratus->essential, "scapula-medial") || in_zone (serratus->spillover, "scapula-medial"));
  g_assert_false (arrhythmia->refers_pain);
  g_assert_true (in_zone (find_point ("tensor-fasciae-latae", "main")->essential, "thigh-anterior-upper"));
  g_assert_true (in_zone (find_point ("tibialis-anterior", "upper")->essential, "ankle-medial"));
  g_assert_true (in_zone (find_point ("gluteus-minimus", "anterior")->essential, "buttock-lower"));
  g_assert_true (in_zone (find_point ("infraspinatus", "upper")->spillover, "hand-dorsum"));
  g_assert_true (in_zone (find_point ("multifidi", "cervical")->spillover, "head-occiput"));
  g_assert_false (in_zone (find_point ("piriformis", "lateral")->spillover, "thigh-posterior-lower"));
  g_assert_true (in_zone (find_point ("quadratus-lumborum", "superficial-upper")->essential, "pelvis-iliac-crest"));
  /* SCM's clavicular division is one-sided; only its forehead pain crosses. */
  g_assert_false (scm->bilateral);
  for (guint i = 0; i < scm->spillover_regions[BM_MUSCLE_LEFT]->len; i++)
    {
      const char *id = bm_region_catalog_get_region (catalog, g_array_index (scm->spillover_regions[BM_MUSCLE_LEFT], guint, i))->id;

      other_forehead |= g_str_equal (id, "head-forehead-right");
      other_ear |= g_str_has_suffix (id, "-right") && !g_str_equal (id, "head-forehead-right");
    }
  g_assert_true (other_forehead);
  g_assert_false (other_ear);
}

/* ---- Broken data ---------------------------------------------------------- */

/* The fixture atlas with alpha.json replaced by tests/data/atlas-broken/@name.json. */
static char *
broken_atlas (const char *name)
{
  g_autofree char *file = g_strconcat (name, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "atlas-broken", file, NULL);
  g_autofree char *content = NULL;

  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  return bm_test_mini_atlas ("muscles/alpha.json", content);
}

static void
test_mini_atlas_loads (void)
{
  g_autofree char *dir = bm_test_mini_atlas (NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) mini = bm_atlas_load_dir (dir, &error);
  const BmMuscle *beta;
  const BmTriggerPoint *tp;

  g_assert_no_error (error);
  g_assert_cmpuint (bm_atlas_get_n_muscles (mini), ==, 2);
  /* A bilateral pattern counts on both sides. */
  beta = bm_atlas_lookup (mini, "beta");
  tp = beta->trigger_points->pdata[0];
  g_assert_cmpuint (tp->essential_regions[BM_MUSCLE_LEFT]->len, ==, 2);
  g_assert_cmpuint (tp->essential_regions[BM_MUSCLE_RIGHT]->len, ==, 2);
  /* An entrapment resolves its regions per side. */
  {
    const BmMuscle *alpha = bm_atlas_lookup (mini, "alpha");
    const BmEntrapment *e = alpha->entrapments->pdata[0];

    g_assert_cmpuint (alpha->entrapments->len, ==, 1);
    g_assert_cmpuint (e->region_indices[BM_MUSCLE_LEFT]->len, ==, 1);
    g_assert_cmpuint (g_array_index (e->region_indices[BM_MUSCLE_LEFT], guint, 0), !=,
                      g_array_index (e->region_indices[BM_MUSCLE_RIGHT], guint, 0));
    g_assert_cmpuint (beta->entrapments->len, ==, 0);
  }
  bm_test_remove_tree (dir);
}

typedef struct {
  const char *fixture;
  const char *expect[3];
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "malformed", { "alpha.json:4:", "malformed JSON", NULL } },
  { "unknown-region", { "alpha.json: trigger point “main”: field “essential”", "unknown region “knee-outer”", NULL } },
  { "unknown-muscle", { "alpha.json: field “satellites”", "unknown muscle “gamma”", NULL } },
  { "unknown-chain-muscle", { "alpha.json: chain “a band”: field “muscles”", "unknown muscle “delta”", NULL } },
  { "missing-field", { "alpha.json: field “action”: missing", NULL } },
  { "wrong-type", { "alpha.json: trigger point “main”: field “prevalence”", "expected a number, found a string", NULL } },
  { "duplicate-trigger-point", { "alpha.json: trigger point “main”: field “id”", "duplicate trigger point id", NULL } },
  { "duplicate-id", { "alpha.json: field “id”", "“beta” does not match the file name", NULL } },
  { "marker-not-drawn", { "alpha.json: trigger point “main”", "“sacrum” is not drawn in the front view", NULL } },
  { "zones-overlap", { "alpha.json: trigger point “main”: field “spillover”", "also in the essential zone", NULL } },
  { "empty-dose", { "alpha.json: stretch “Lean”: field “dose”", NULL } },
  { "empty-essential", { "alpha.json: trigger point “main”: field “essential”", "needs at least 1 item", NULL } },
  /* json-c reads NaN and Infinity as numbers; they pass every range check. */
  { "nan-prevalence", { "alpha.json: trigger point “main”: field “prevalence”", "NaN is not a number", NULL } },
  { "infinite-marker", { "alpha.json: trigger point “main”: field “x”", "-Infinity is not a number", NULL } },
  /* Text must be valid UTF-8; the message quotes it with the bad byte escaped. */
  { "invalid-utf8", { "alpha.json: field “name”", "is not valid UTF-8 text at byte 7: “Alpha \\xC3( muscle”", NULL } },
  { "invalid-utf8-list", { "alpha.json: release “Ball”: field “steps”", "item 1 is not valid UTF-8 text at byte 15", NULL } },
  { "invalid-utf8-dose", { "alpha.json: stretch “Lean”: field “hold”", "is not valid UTF-8 text at byte 4", NULL } },
  { "chain-kind", { "alpha.json: chain “a band”: field “kind”", "“maybe” is neither “referral” nor “related”", NULL } },
  { "chain-without-through", { "alpha.json: chain “a band”: field “through”: missing", NULL } },
  { "entrapment-without-site", { "alpha.json: entrapment “a nerve”: field “site”", NULL } },
  { "one-zone-outside", { "alpha.json: trigger point “main”: field “one_zone”", "region “sacrum” is not in the essential zone", NULL } },
  { "entrapment-unknown-region", { "alpha.json: entrapment “a nerve”: field “regions”", "unknown region “hand-thumbside”", NULL } },
  { "silent-point-with-zone", { "alpha.json: trigger point “main”: field “refers_pain”", "refers no pain has no essential", NULL } },
  { "crossing-not-in-zone", { "alpha.json: trigger point “main”: field “crosses_midline”", "“head-forehead” is in neither zone", NULL } },
  { "nul-in-text", { "alpha.json: stretch “Lean”: field “feel”", "contains a NUL character at byte 8", NULL } },
  /* The fixture atlas has no poses: checked once they are all loaded. */
  { "unknown-pose", { "alpha.json: stretch “Lean”: field “illustration.pose”", "unknown pose “standing-wall-calf”", NULL } },
  { "unknown-highlight", { "alpha.json: stretch “Lean”: field “illustration.highlight”", "unknown muscle “calf-left”", NULL } },
  { "unknown-then", { "alpha.json: stretch “Lean”: field “illustration.then”", "unknown pose “the-end”", NULL } },
  { "bad-arrow", { "alpha.json: stretch “Lean, arrow 1”: field “kind”", "unknown value “wiggle”", NULL } },
  { "bad-figure-area", { "alpha.json: field “figure_area”", "“hip:outer” is not a figure area", NULL } },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autofree char *dir = broken_atlas (c->fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) broken = bm_atlas_load_dir (dir, &error);

  g_assert_null (broken);
  g_assert_nonnull (error);
  for (guint i = 0; i < G_N_ELEMENTS (c->expect) && c->expect[i] != NULL; i++)
    if (strstr (error->message, c->expect[i]) == NULL)
      g_error ("message “%s” should contain “%s”", error->message, c->expect[i]);
  bm_test_remove_tree (dir);
}

/* ---- Hostile data ----------------------------------------------------------- */

/* The mini atlas with @from replaced by @to (once) in @file, loaded;
 * returns the error. */
static GError *
load_mini_with (const char *file,
                const char *from,
                const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "atlas-mini", file, NULL);
  g_autofree char *content = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) loaded = NULL;
  g_auto(GStrv) parts = NULL;

  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  parts = g_strsplit (content, from, -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoinv (to, parts);
  dir = bm_test_mini_atlas (file, changed);
  loaded = bm_atlas_load_dir (dir, &error);
  g_assert_null (loaded);
  g_assert_nonnull (error);
  bm_test_remove_tree (dir);
  return g_steal_pointer (&error);
}

/* alpha.json with @from replaced by @to, loaded; returns the error. */
static GError *
load_alpha_with (const char *from,
                 const char *to)
{
  return load_mini_with ("muscles/alpha.json", from, to);
}

/* A megabyte-long id is quoted as a short excerpt: the message stays small
 * and still names the file, the item and the field. */
static void
test_long_id_bounded (void)
{
  g_autofree char *huge = g_strnfill (1024 * 1024, 'k');
  g_autofree char *region = g_strdup_printf ("\"hip-lateral\", \"%s\"", huge);
  g_autofree char *tp = g_strdup_printf ("\"id\": \"%s\", \"name\": \"n\", \"location\": \"l\", "
                                         "\"markers\": [{\"view\": \"left\", \"region\": \"hip-lateral\"}], "
                                         "\"essential\": [\"sacrum\"], \"spillover\": [], \"bilateral\": false, "
                                         "\"prevalence\": 0.5}, {\"id\": \"%s\"", huge, huge);
  g_autoptr(GError) error = load_alpha_with ("\"hip-lateral\", \"knee-lateral\"", region);
  g_autoptr(GError) tp_error = NULL;
  g_autofree char *excerpt = g_strnfill (60, 'k');

  g_assert_cmpuint (strlen (error->message), <, 300);
  g_assert_nonnull (strstr (error->message, "alpha.json: trigger point “main”: field “essential”"));
  g_assert_nonnull (strstr (error->message, excerpt));
  g_assert_nonnull (strstr (error->message, "k…”"));
  g_assert_true (g_error_matches (error, BM_ERROR, BM_ERROR_UNKNOWN));

  /* The same for an id that names the item: two trigger points share it. */
  tp_error = load_alpha_with ("\"id\": \"main\"", tp);
  g_assert_cmpuint (strlen (tp_error->message), <, 300);
  g_assert_true (g_str_has_prefix (tp_error->message, "alpha.json: trigger point “kkkk"));
  g_assert_nonnull (strstr (tp_error->message, "k…”: field “id”: duplicate trigger point id"));
}

/* Control characters in an id are escaped, never written to a terminal
 * or a message as they are. */
static void
test_control_characters_escaped (void)
{
  g_autoptr(GError) error = load_alpha_with ("\"sacrum\"", "\"sac\\u001b[31mrum\\nx\"");

  g_assert_nonnull (strstr (error->message, "unknown region “sac\\x1B[31mrum\\nx”"));
  g_assert_null (strchr (error->message, '\033'));
  g_assert_null (strchr (error->message, '\n'));
}

static void
test_quote_excerpt (void)
{
  g_autofree char *sixty = g_strnfill (60, 'a');
  g_autofree char *long_text = g_strnfill (61, 'a');
  g_autofree char *short_quote = bm_quote_excerpt (sixty);
  g_autofree char *long_quote = bm_quote_excerpt (long_text);
  g_autofree char *bad = bm_quote_excerpt ("a\xff\xc3(b\tc\u202e");
  g_autofree char *accents = bm_quote_excerpt ("Muscle fléchisseur");

  g_assert_cmpstr (short_quote, ==, sixty);
  g_assert_true (g_str_has_suffix (long_quote, "a…"));
  g_assert_cmpuint (g_utf8_strlen (long_quote, -1), ==, 61);
  g_assert_cmpstr (bad, ==, "a\\xFF\\xC3(b\\tc\\u{202E}");
  g_assert_true (g_utf8_validate (bad, -1, NULL));
  g_assert_cmpstr (accents, ==, "Muscle fléchisseur");
}

/* Duplicate ids are still refused now that a hash set finds them. */
static void
test_duplicate_red_flag (void)
{
  g_autoptr(GError) error = load_mini_with ("red-flags.json", "\"id\": \"fever\"", "\"id\": \"weakness\"");

  g_assert_nonnull (strstr (error->message, "red-flags.json: flag “weakness”: field “id”: duplicate id"));
}

/* Each red flag the app asks about (one BmFlags value each, plus numbness)
 * needs its text in red-flags.json; its id is the enum value's nick. */
static void
test_red_flag_ids (void)
{
  g_autofree char *listed = bm_flag_list_ids (", ");
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_assert_cmpstr (listed, ==, "weakness, night-pain, fever, bladder-bowel, trauma");
  for (guint bit = 1; bm_flag_get_id (bit) != NULL; bit <<= 1, n++)
    {
      g_assert_cmpuint (bm_flag_from_id (bm_flag_get_id (bit)), ==, bit);
      g_assert_nonnull (bm_atlas_lookup_red_flag (atlas, bm_flag_get_id (bit)));
    }
  g_assert_cmpuint (n, ==, 5);
  g_assert_cmpuint (bm_flag_from_id ("numbness"), ==, 0);
  g_assert_nonnull (bm_atlas_lookup_red_flag (atlas, bm_symptom_get_id (BM_SYMPTOM_NUMBNESS)));

  error = load_mini_with ("red-flags.json", "\"id\": \"trauma\"", "\"id\": \"injury\"");
  g_assert_nonnull (strstr (error->message, "the flag “trauma” is missing"));
}

/* The notice "self-care education, not a diagnosis" is read from one file;
 * each of its texts must be there. */
static void
test_disclaimer (void)
{
  const BmDisclaimer *builtin = bm_disclaimer_get ();
  g_autofree char *dir = g_dir_make_tmp ("bodymap-disclaimer-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "disclaimer.json", NULL);
  g_autoptr(GFile) root = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDisclaimer) broken = NULL;

  g_assert_nonnull (strstr (builtin->title, "not a diagnosis"));
  g_assert_nonnull (strstr (builtin->summary, "does not diagnose"));
  g_assert_cmpstr (builtin->heading, !=, "");
  g_assert_cmpstr (builtin->advice, !=, "");
  g_assert_nonnull (strstr (builtin->details, "See a clinician"));

  g_assert_true (g_file_set_contents (file, "{\"heading\": \"H\", \"title\": \"T\", \"summary\": \"S\", "
                                            "\"details\": \"D\"}", -1, NULL));
  broken = bm_disclaimer_load (root, &error);
  g_assert_null (broken);
  g_assert_nonnull (strstr (error->message, "disclaimer.json"));
  g_assert_nonnull (strstr (error->message, "advice"));
  g_assert_cmpint (g_remove (file), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A muscle listed both as a satellite and, from the other side, as a key
 * muscle is linked once. */
static void
test_relations_linked_once (void)
{
  guint links = 0;

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      for (guint k = 0; k < m->all_satellites->len; k++)
        g_assert_true (g_hash_table_add (seen, m->all_satellites->pdata[k]));
      g_hash_table_remove_all (seen);
      for (guint k = 0; k < m->all_key_muscles->len; k++)
        g_assert_true (g_hash_table_add (seen, m->all_key_muscles->pdata[k]));
      links += m->all_satellites->len;
    }
  g_assert_cmpuint (links, >, 0);
}

/* ---- The atlas checker (tools/check-atlas.py) --------------------------- */

/* Runs the checker on @dir; returns its exit status and stores its report. */
static int
run_checker (const char  *dir,
             gboolean     partial,
             char       **report)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "..", "tools", "check-atlas.py", NULL);
  g_autofree char *python = g_find_program_in_path ("python3");
  const char *argv[] = { python, script, dir, partial ? "--partial" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  int status = -1;

  g_assert_nonnull (python);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               report, NULL, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

/* The shipped atlas passes every rule of the checker, among them that no
 * pressure instruction leads onto a nerve and artery bundle. */
static void
test_checker_accepts_atlas (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "atlas", NULL);
  g_autofree char *report = NULL;

  if (run_checker (dir, FALSE, &report) != 0)
    g_error ("tools/check-atlas.py rejects data/atlas:\n%s", report);
  g_assert_nonnull (strstr (report, " 0 problems"));
}

typedef struct {
  const char *fixture;
  const char *expect[3];
} CheckerCase;

static const CheckerCase checker_cases[] = {
  /* The iliopsoas text that sent the user onto the femoral artery and nerve. */
  { "unsafe-pressure", { "alpha.json: trigger point “main”: field “location”",
                         "sends pressure onto a nerve and artery bundle: “On the front of the thigh just below the groin crease, on the outer side of the pulse",
                         NULL } },
  { "uncautioned-bundle", { "alpha.json: release “Ball”: field “steps”", "no caution of its release", NULL } },
};

static void
test_checker_rejects (gconstpointer data)
{
  const CheckerCase *c = data;
  g_autofree char *dir = broken_atlas (c->fixture);
  g_autofree char *report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) loaded = bm_atlas_load_dir (dir, &error);

  /* Well-formed data: only the checker's safety rule objects. */
  g_assert_no_error (error);
  g_assert_cmpint (run_checker (dir, TRUE, &report), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (c->expect) && c->expect[i] != NULL; i++)
    if (strstr (report, c->expect[i]) == NULL)
      g_error ("checker report “%s” should contain “%s”", report, c->expect[i]);
  bm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();

  g_test_add_func ("/atlas/required-muscles", test_required_muscles);
  g_test_add_func ("/atlas/records-complete", test_records_complete);
  g_test_add_func ("/atlas/essential-zones", test_essential_zones);
  g_test_add_func ("/atlas/relations-resolve", test_relations_resolve);
  g_test_add_func ("/atlas/literature-landmarks", test_literature_landmarks);
  g_test_add_func ("/atlas/chains-from-stories", test_chains_from_stories);
  g_test_add_func ("/atlas/chain-kinds", test_chain_kinds);
  g_test_add_func ("/atlas/entrapments", test_entrapments);
  g_test_add_func ("/atlas/literature-corrections", test_literature_corrections);
  g_test_add_func ("/atlas/markers-on-regions", test_markers_on_regions);
  g_test_add_func ("/atlas/to-json", test_to_json);
  g_test_add_func ("/atlas/mini-loads", test_mini_atlas_loads);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/broken/%s", broken_cases[i].fixture);
      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }
  g_test_add_func ("/atlas/hostile/long-id-bounded", test_long_id_bounded);
  g_test_add_func ("/atlas/hostile/control-characters-escaped", test_control_characters_escaped);
  g_test_add_func ("/atlas/hostile/quote-excerpt", test_quote_excerpt);
  g_test_add_func ("/atlas/hostile/duplicate-red-flag", test_duplicate_red_flag);
  g_test_add_func ("/atlas/red-flag-ids", test_red_flag_ids);
  g_test_add_func ("/atlas/disclaimer", test_disclaimer);
  g_test_add_func ("/atlas/hostile/relations-linked-once", test_relations_linked_once);
  g_test_add_func ("/atlas/checker/accepts-atlas", test_checker_accepts_atlas);
  for (guint i = 0; i < G_N_ELEMENTS (checker_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/checker/%s", checker_cases[i].fixture);
      g_test_add_data_func (path, &checker_cases[i], test_checker_rejects);
    }
  status = g_test_run ();
  g_clear_object (&atlas);
  return status;
}
