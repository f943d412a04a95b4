/* test-models.c: the atlas, the region catalog and the ranking as list models
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "core/bm-items.h"
#include "core/bm-session.h"
#include "bm-test-util.h"

static BmAtlas *atlas;

/* One item per muscle, in atlas order, with what a list row shows. */
static void
test_muscle_model (void)
{
  g_autoptr(GListModel) model = bm_muscle_model_new (atlas);
  guint n = bm_atlas_get_n_muscles (atlas);

  g_assert_cmpuint (n, >, 20);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  g_assert_true (g_list_model_get_item_type (model) == BM_TYPE_MUSCLE_ITEM);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmMuscleItem) item = g_list_model_get_item (model, i);
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
      g_autofree char *id = NULL, *name = NULL, *group = NULL;

      g_assert_true (bm_muscle_item_get_muscle (item) == m);
      g_object_get (item, "id", &id, "name", &name, "group", &group, NULL);
      g_assert_cmpstr (id, ==, m->id);
      g_assert_cmpstr (name, ==, m->name);
      g_assert_cmpstr (group, ==, m->group);
      g_assert_cmpstr (bm_muscle_item_get_group_label (item), ==, bm_atlas_get_group_label (atlas, m->group));
    }
  g_assert_null (g_list_model_get_item (model, n));
}

/* The keywords hold the casefolded name, id and aliases, one per line. */
static void
test_muscle_keywords (void)
{
  g_autoptr(GListModel) model = bm_muscle_model_new (atlas);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BmMuscleItem) item = g_list_model_get_item (model, i);
      const BmMuscle *m = bm_muscle_item_get_muscle (item);
      g_auto(GStrv) lines = g_strsplit (bm_muscle_item_get_keywords (item), "\n", -1);
      g_autofree char *name = g_utf8_casefold (m->name, -1);

      g_assert_cmpuint (g_strv_length (lines), ==, 2 + g_strv_length (m->aliases));
      g_assert_cmpstr (lines[0], ==, name);
      g_assert_cmpstr (lines[1], ==, m->id);
    }
}

static void
test_region_model (void)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  g_autoptr(GListModel) model = bm_region_model_new (catalog);
  guint n = bm_region_catalog_get_n_regions (catalog);
  const BmRegion *knee = bm_region_catalog_lookup (catalog, "knee-lateral-left");
  g_autoptr(BmRegionItem) item = NULL;
  g_autofree char *id = NULL, *label = NULL;
  guint index = 0;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
  item = g_list_model_get_item (model, knee->index);
  g_assert_true (bm_region_item_get_region (item) == knee);
  g_object_get (item, "id", &id, "label", &label, "index", &index, NULL);
  g_assert_cmpstr (id, ==, "knee-lateral-left");
  g_assert_cmpstr (label, ==, knee->label);
  g_assert_cmpuint (index, ==, knee->index);
  g_assert_cmpstr (bm_region_item_get_group_label (item), ==, bm_region_catalog_get_group_label (catalog, "knee"));
  /* "left knee" finds the outer knee: both words are in its keywords. */
  g_assert_nonnull (strstr (bm_region_item_get_keywords (item), "left"));
  g_assert_nonnull (strstr (bm_region_item_get_keywords (item), "knee"));
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *calls)
{
  g_assert_cmpuint (position, ==, 0);
  g_assert_cmpuint (added, ==, g_list_model_get_n_items (model));
  calls[0]++;
  calls[1] = removed;
  calls[2] = added;
}

static void
changed_cb (BmSession *session,
            guint     *calls)
{
  /* By "changed" the model already shows the new ranking. */
  g_assert_cmpuint (g_list_model_get_n_items (bm_session_get_candidates (session)), ==,
                    bm_session_get_ranking (session)->candidates->len);
  calls[3]++;
}

/* The ranking model follows each re-rank with one items-changed, before
 * "changed", and its items are the ranking's candidates, best first. */
static void
test_candidate_model (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  BmPainMap *map = bm_session_get_pain_map (session);
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  GListModel *model = bm_session_get_candidates (session);
  guint calls[4] = { 0 };
  guint n;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), calls);
  g_signal_connect (session, "changed", G_CALLBACK (changed_cb), calls);

  bm_pain_map_set_mark (map, bm_region_catalog_lookup (catalog, "knee-anterior-right")->index, BM_SYMPTOM_PAIN, 6);
  bm_pain_map_set_mark (map, bm_region_catalog_lookup (catalog, "thigh-anterior-lower-right")->index,
                        BM_SYMPTOM_PAIN, 6);
  g_assert_cmpuint (calls[0], ==, 2);
  g_assert_cmpuint (calls[3], ==, 2);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, >, 0);
  g_assert_cmpuint (calls[2], ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmCandidateItem) item = g_list_model_get_item (model, i);
      const BmCandidate *c = bm_session_get_ranking (session)->candidates->pdata[i];
      g_autofree char *muscle = NULL, *reason = NULL;
      double score = -1;
      int side = -1;

      g_assert_true (bm_candidate_item_get_candidate (item) == c);
      g_object_get (item, "muscle", &muscle, "side", &side, "score", &score, "reason", &reason, NULL);
      g_assert_cmpstr (muscle, ==, c->muscle->id);
      g_assert_cmpint (side, ==, c->side);
      g_assert_cmpfloat (score, ==, c->score);
      g_assert_true (reason != NULL && reason[0] != '\0');
    }
  {
    g_autoptr(BmCandidateItem) best = g_list_model_get_item (model, 0);
    g_assert_cmpstr (bm_candidate_item_get_candidate (best)->muscle->id, ==, "rectus-femoris");
    g_assert_cmpint (bm_candidate_item_get_candidate (best)->side, ==, BM_SIDE_OF_RIGHT);
  }

  /* Clearing the marks empties the model in one change. */
  bm_pain_map_clear (map);
  g_assert_cmpuint (calls[0], ==, 3);
  g_assert_cmpuint (calls[1], ==, n);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();
  g_test_add_func ("/models/muscles", test_muscle_model);
  g_test_add_func ("/models/muscle-keywords", test_muscle_keywords);
  g_test_add_func ("/models/regions", test_region_model);
  g_test_add_func ("/models/candidates", test_candidate_model);
  status = g_test_run ();
  g_object_unref (atlas);
  return status;
}
