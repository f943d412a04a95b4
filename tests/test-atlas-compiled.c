/* test-atlas-compiled.c: the built-in atlas compiled at build time
 *
 * The atlas bm_atlas_load_default() maps from the compiled GVariant is
 * the one the strict JSON loader reads from the same resource bundle, in
 * English and in German, field by field: regions, groups, sources, red
 * flags, muscles and poses (read on first use, from any thread); damaged
 * bytes (cut short, scrambled, of another version) fail with a message,
 * never a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/bm-atlas-compiled.h"
#include "core/bm-atlas-private.h"
#include "core/bm-data.h"
#include "core/bm-error.h"
#include "core/bm-pose.h"

static const char * const english[] = { "C", NULL };
static const char * const german[] = { "de", NULL };

static GBytes *
compiled_bytes (void)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = g_resources_lookup_data (BM_ATLAS_COMPILED_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  return bytes;
}

static void
assert_strv (char **a,
             char **b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_true (g_strv_equal ((const char * const *) a, (const char * const *) b));
}

static void
assert_uints (GArray *a,
              GArray *b)
{
  g_assert_true ((a == NULL) == (b == NULL));
  if (a != NULL)
    g_assert_cmpmem (a->data, a->len * sizeof (guint), b->data, b->len * sizeof (guint));
}

static void
assert_point (const BmTriggerPoint *a,
              const BmTriggerPoint *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->name, ==, b->name);
  g_assert_cmpstr (a->location, ==, b->location);
  g_assert_cmpuint (a->markers->len, ==, b->markers->len);
  for (guint i = 0; i < a->markers->len; i++)
    {
      const BmMarker *x = &g_array_index (a->markers, BmMarker, i), *y = &g_array_index (b->markers, BmMarker, i);

      g_assert_true (x->view == y->view && x->x == y->x && x->y == y->y);
      g_assert_true (x->region[BM_MUSCLE_LEFT] == y->region[BM_MUSCLE_LEFT] &&
                     x->region[BM_MUSCLE_RIGHT] == y->region[BM_MUSCLE_RIGHT]);
    }
  assert_strv (a->essential, b->essential);
  assert_strv (a->spillover, b->spillover);
  assert_strv (a->crosses_midline, b->crosses_midline);
  for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      assert_uints (a->essential_regions[s], b->essential_regions[s]);
      assert_uints (a->essential_zone_of[s], b->essential_zone_of[s]);
      assert_uints (a->spillover_regions[s], b->spillover_regions[s]);
    }
  g_assert_cmpint (a->bilateral, ==, b->bilateral);
  g_assert_cmpint (a->refers_pain, ==, b->refers_pain);
  g_assert_cmpfloat (a->prevalence, ==, b->prevalence);
}

static void
assert_technique (const BmTechnique *a,
                  const BmTechnique *b)
{
  g_assert_cmpstr (a->title, ==, b->title);
  g_assert_cmpstr (a->tool, ==, b->tool);
  assert_strv (a->steps, b->steps);
  g_assert_cmpstr (a->hold, ==, b->hold);
  g_assert_cmpstr (a->repetitions, ==, b->repetitions);
  g_assert_cmpstr (a->pace, ==, b->pace);
  g_assert_cmpstr (a->frequency, ==, b->frequency);
  g_assert_cmpstr (a->feel, ==, b->feel);
  assert_strv (a->cautions, b->cautions);
  g_assert_cmpstr (a->pose, ==, b->pose);
  g_assert_cmpstr (a->then, ==, b->then);
  g_assert_cmpstr (a->highlight, ==, b->highlight);
  g_assert_cmpuint (a->arrows->len, ==, b->arrows->len);
  for (guint i = 0; i < a->arrows->len; i++)
    {
      const BmPoseArrow *x = a->arrows->pdata[i], *y = b->arrows->pdata[i];

      g_assert_cmpstr (x->segment, ==, y->segment);
      g_assert_true (x->kind == y->kind && x->panel == y->panel && x->along == y->along &&
                     x->direction == y->direction && x->sweep == y->sweep && x->length == y->length);
    }
}

static void
assert_techniques (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    assert_technique (a->pdata[i], b->pdata[i]);
}

static void
assert_chains (GPtrArray *a,
               GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const BmChain *x = a->pdata[i], *y = b->pdata[i];

      g_assert_cmpstr (x->via, ==, y->via);
      g_assert_cmpstr (x->through, ==, y->through);
      g_assert_cmpint (x->kind, ==, y->kind);
      assert_strv (x->regions, y->regions);
      assert_strv (x->muscles, y->muscles);
      g_assert_cmpstr (x->explanation, ==, y->explanation);
    }
}

static void
assert_entrapments (GPtrArray *a,
                    GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      const BmEntrapment *x = a->pdata[i], *y = b->pdata[i];

      g_assert_cmpstr (x->nerve, ==, y->nerve);
      g_assert_cmpstr (x->note, ==, y->note);
      assert_strv (x->site, y->site);
      assert_strv (x->regions, y->regions);
      for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
        {
          assert_uints (x->site_indices[s], y->site_indices[s]);
          assert_uints (x->region_indices[s], y->region_indices[s]);
        }
    }
}

static void
assert_pairs (GPtrArray *a,
              GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    {
      /* BmFactor and BmCitation are both two strings. */
      const BmFactor *x = a->pdata[i], *y = b->pdata[i];

      g_assert_cmpstr (x->factor, ==, y->factor);
      g_assert_cmpstr (x->fix, ==, y->fix);
    }
}

static void
assert_related (GPtrArray *a,
                GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (((const BmMuscle *) a->pdata[i])->id, ==, ((const BmMuscle *) b->pdata[i])->id);
}

static void
assert_muscle (const BmMuscle *a,
               const BmMuscle *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->name, ==, b->name);
  assert_strv (a->aliases, b->aliases);
  g_assert_cmpstr (a->group, ==, b->group);
  g_assert_cmpstr (a->location, ==, b->location);
  assert_strv (a->figure_area, b->figure_area);
  g_assert_cmpstr (a->action, ==, b->action);
  g_assert_cmpstr (a->heat, ==, b->heat);
  g_assert_cmpuint (a->trigger_points->len, ==, b->trigger_points->len);
  for (guint i = 0; i < a->trigger_points->len; i++)
    assert_point (a->trigger_points->pdata[i], b->trigger_points->pdata[i]);
  assert_strv (a->satellites, b->satellites);
  assert_strv (a->key_muscles, b->key_muscles);
  assert_chains (a->chains, b->chains);
  assert_entrapments (a->entrapments, b->entrapments);
  assert_techniques (a->stretches, b->stretches);
  assert_techniques (a->releases, b->releases);
  assert_pairs (a->factors, b->factors);
  assert_pairs (a->sources, b->sources);
  g_assert_cmpuint (a->index, ==, b->index);
  assert_related (a->all_key_muscles, b->all_key_muscles);
  assert_related (a->all_satellites, b->all_satellites);
}

static void
assert_pose (const BmPose *a,
             const BmPose *b)
{
  g_assert_cmpstr (a->id, ==, b->id);
  g_assert_cmpstr (a->posture, ==, b->posture);
  g_assert_true (a->view == b->view && a->frame == b->frame && a->works == b->works &&
                 a->facing_left == b->facing_left);
  g_assert_true (a->x == b->x && a->y == b->y && a->angle == b->angle && a->trunk == b->trunk &&
                 a->trunk_side_bend == b->trunk_side_bend && a->trunk_rotation == b->trunk_rotation &&
                 a->neck == b->neck && a->neck_side_bend == b->neck_side_bend &&
                 a->neck_rotation == b->neck_rotation);
  g_assert_cmpmem (a->limbs, sizeof a->limbs, b->limbs, sizeof b->limbs);
  g_assert_cmpuint (a->props->len, ==, b->props->len);
  for (guint i = 0; i < a->props->len; i++)
    {
      const BmPoseProp *x = a->props->pdata[i], *y = b->props->pdata[i];

      g_assert_cmpstr (x->contact, ==, y->contact);
      g_assert_true (x->type == y->type && x->x == y->x && x->y == y->y && x->angle == y->angle &&
                     x->size == y->size);
    }
  g_assert_cmpuint (a->arrows->len, ==, b->arrows->len);
  for (guint i = 0; i < a->arrows->len; i++)
    {
      const BmPoseArrow *x = a->arrows->pdata[i], *y = b->arrows->pdata[i];

      g_assert_cmpstr (x->segment, ==, y->segment);
      g_assert_true (x->kind == y->kind && x->along == y->along && x->direction == y->direction &&
                     x->sweep == y->sweep && x->length == y->length && x->panel == y->panel);
    }
}

/* The catalogs agree: regions, their (translated) labels, groups. */
static void
assert_catalog (BmRegionCatalog *a,
                BmRegionCatalog *b)
{
  g_assert_cmpuint (bm_region_catalog_get_n_regions (a), ==, bm_region_catalog_get_n_regions (b));
  for (guint i = 0; i < bm_region_catalog_get_n_regions (a); i++)
    {
      const BmRegion *x = bm_region_catalog_get_region (a, i), *y = bm_region_catalog_get_region (b, i);

      g_assert_cmpstr (x->id, ==, y->id);
      g_assert_cmpstr (x->label, ==, y->label);
      g_assert_cmpstr (x->group, ==, y->group);
      g_assert_true (x->side == y->side && x->views == y->views && x->index == y->index &&
                     x->group_index == y->group_index);
      g_assert_cmpstr (bm_region_catalog_get_group_label (a, x->group), ==,
                       bm_region_catalog_get_group_label (b, y->group));
      g_assert_true (bm_region_catalog_lookup (b, x->id) == y);
    }
}

/* atlas.json's groups and sources and the red flags agree. */
static void
assert_index (BmAtlas *a,
              BmAtlas *b)
{
  GPtrArray *groups = bm_atlas_get_group_order (a);
  GHashTableIter iter;
  gpointer id, value;

  g_assert_cmpuint (groups->len, ==, bm_atlas_get_group_order (b)->len);
  for (guint i = 0; i < groups->len; i++)
    {
      g_assert_cmpstr (groups->pdata[i], ==, bm_atlas_get_group_order (b)->pdata[i]);
      g_assert_cmpstr (bm_atlas_get_group_label (a, groups->pdata[i]), ==,
                       bm_atlas_get_group_label (b, groups->pdata[i]));
    }
  g_assert_cmpuint (g_hash_table_size (bm_atlas_get_sources (a)), ==, g_hash_table_size (bm_atlas_get_sources (b)));
  g_hash_table_iter_init (&iter, bm_atlas_get_sources (a));
  while (g_hash_table_iter_next (&iter, &id, &value))
    g_assert_cmpstr (bm_atlas_get_citation (b, id), ==, value);
  g_assert_cmpuint (g_hash_table_size (bm_atlas_get_red_flags (a)), ==,
                    g_hash_table_size (bm_atlas_get_red_flags (b)));
  g_hash_table_iter_init (&iter, bm_atlas_get_red_flags (a));
  while (g_hash_table_iter_next (&iter, &id, &value))
    {
      const BmRedFlag *x = value, *y = bm_atlas_lookup_red_flag (b, id);

      g_assert_nonnull (y);
      g_assert_cmpstr (x->label, ==, y->label);
      g_assert_cmpstr (x->reason, ==, y->reason);
    }
}

static void
assert_atlas (BmAtlas *json,
              BmAtlas *compiled)
{
  assert_catalog (bm_atlas_get_catalog (json), bm_atlas_get_catalog (compiled));
  assert_index (json, compiled);
  g_assert_cmpuint (bm_atlas_get_n_muscles (compiled), ==, bm_atlas_get_n_muscles (json));
  g_assert_cmpuint (bm_atlas_get_n_muscles (compiled), >, 100);
  for (guint i = 0; i < bm_atlas_get_n_muscles (json); i++)
    assert_muscle (bm_atlas_get_muscle (json, i), bm_atlas_get_muscle (compiled, i));
  g_assert_cmpuint (bm_atlas_get_n_poses (compiled), ==, bm_atlas_get_n_poses (json));
  g_assert_cmpuint (bm_atlas_get_n_poses (compiled), >, 100);
  for (guint i = 0; i < bm_atlas_get_n_poses (json); i++)
    assert_pose (bm_atlas_get_pose (json, i), bm_atlas_get_pose (compiled, i));
}

/* The compiled and the JSON-loaded built-in atlas agree in @languages:
 * the built-in bytes as the app maps them, and the same bytes handed in
 * to be checked. */
static void
assert_same_atlas (const char * const *languages,
                   const char         *muscle,
                   const char         *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = bm_data_get_builtin ("atlas");
  g_autoptr(GBytes) bytes = compiled_bytes ();
  g_autoptr(BmAtlas) json = bm_atlas_load_for_languages (root, languages, &error);
  g_autoptr(BmAtlas) compiled = bm_atlas_load_compiled (bytes, languages, &error);
  g_autoptr(BmAtlas) builtin = bm_atlas_load_builtin (languages, &error);

  g_assert_no_error (error);
  assert_atlas (json, compiled);
  assert_atlas (json, builtin);
  g_assert_cmpstr (bm_atlas_lookup (compiled, muscle)->name, ==, name);
  g_assert_cmpstr (bm_atlas_lookup (builtin, muscle)->name, ==, name);
}

static void
test_same_english (void)
{
  assert_same_atlas (english, "gluteus-medius", "Gluteus medius");
}

/* The German translation is compiled in too. */
static void
test_same_german (void)
{
  g_autoptr(BmAtlas) english_atlas = NULL;
  g_autoptr(GBytes) bytes = compiled_bytes ();

  assert_same_atlas (german, "gluteus-medius", "Gluteus medius (mittlerer Gesäßmuskel)");
  english_atlas = bm_atlas_load_compiled (bytes, english, NULL);
  g_assert_cmpstr (bm_atlas_lookup (english_atlas, "gluteus-medius")->name, ==, "Gluteus medius");
}

/* The translation is picked as for an atlas folder: the first language
 * with one, its variants tried; an English before it keeps English. */
static void
test_languages (void)
{
  static const char * const german_later[] = { "fr_FR.UTF-8", "fr", "de_AT.UTF-8", "de_AT", "de", "C", NULL };
  static const char * const english_first[] = { "en_GB.UTF-8", "en_GB", "en", "de", NULL };
  static const char * const none[] = { "xx", NULL };
  struct { const char * const *languages; const char *label; } cases[] = {
    { german_later, "Außenseite des Knies (links)" }, { english_first, "Outer knee (left)" }, { none, "Outer knee (left)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BmAtlas) atlas = bm_atlas_load_builtin (cases[i].languages, &error);
      const BmRegion *knee;

      g_assert_no_error (error);
      knee = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "knee-lateral-left");
      g_assert_cmpstr (knee->label, ==, cases[i].label);
    }
}

static gpointer
count_poses (gpointer atlas)
{
  return GUINT_TO_POINTER (bm_atlas_get_n_poses (atlas) + (bm_atlas_lookup_pose (atlas, "all-fours") != NULL));
}

/* The built-in poses are read on first use, once, whichever thread asks:
 * threads asking at the same time all see every pose. */
static void
test_poses_threads (void)
{
  g_autoptr(BmAtlas) atlas = bm_atlas_load_builtin (english, NULL);
  g_autoptr(GFile) root = bm_data_get_builtin ("atlas");
  g_autoptr(BmAtlas) json = bm_atlas_load_for_languages (root, english, NULL);
  GThread *threads[4];
  guint expected = bm_atlas_get_n_poses (json) + (bm_atlas_lookup_pose (json, "all-fours") != NULL);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("poses", count_poses, atlas);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_cmpuint (GPOINTER_TO_UINT (g_thread_join (threads[i])), ==, expected);
  g_assert_cmpuint (expected, >, 100);
}

/* Loads @bytes; it must fail with a message, not crash. */
static void
assert_rejected (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = bm_atlas_load_compiled (bytes, english, &error);

  g_assert_null (atlas);
  g_assert_nonnull (error);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "compiled atlas"));
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) good = compiled_bytes ();
  gsize size = g_bytes_get_size (good);
  g_autofree guint8 *data = g_memdup2 (g_bytes_get_data (good, NULL), size);
  guint32 version = GUINT32_TO_LE (BM_ATLAS_COMPILED_VERSION + 1);

  for (gsize cut = 0; cut < size; cut += size / 7 + 1)
    {
      g_autoptr(GBytes) shorter = g_bytes_new (data, cut);
      assert_rejected (shorter);
    }
  for (gsize i = 100; i < size; i += 997)
    data[i] ^= 0x5a;
  {
    g_autoptr(GBytes) scrambled = g_bytes_new (data, size);
    assert_rejected (scrambled);
  }
  memcpy (data, g_bytes_get_data (good, NULL), size);
  memcpy (data, &version, sizeof version);
  {
    g_autoptr(GBytes) newer = g_bytes_new (data, size);
    assert_rejected (newer);
  }
}

/* Well-formed bytes whose muscle names a region past the catalog: the
 * reader's own checks reject them, naming the muscle and the field. */
static void
test_bad_index (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = bm_data_get_builtin ("atlas");
  g_autoptr(BmAtlas) json = bm_atlas_load_for_languages (root, english, &error);
  BmMuscle *soleus = (BmMuscle *) bm_atlas_lookup (json, "soleus");
  BmTriggerPoint *tp = soleus->trigger_points->pdata[0];
  guint far = 100000;
  g_autoptr(GVariant) compiled = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BmAtlas) atlas = NULL;

  g_assert_no_error (error);
  g_array_append_val (tp->essential_regions[BM_MUSCLE_LEFT], far);
  compiled = bm_atlas_compile (json, NULL, NULL);
  bytes = g_variant_get_data_as_bytes (compiled);
  atlas = bm_atlas_load_compiled (bytes, english, &error);
  g_assert_null (atlas);
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“soleus”, essential_regions"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/atlas-compiled/same-english", test_same_english);
  g_test_add_func ("/atlas-compiled/same-german", test_same_german);
  g_test_add_func ("/atlas-compiled/languages", test_languages);
  g_test_add_func ("/atlas-compiled/poses-threads", test_poses_threads);
  g_test_add_func ("/atlas-compiled/damaged", test_damaged);
  g_test_add_func ("/atlas-compiled/bad-index", test_bad_index);
  return g_test_run ();
}
