/* bm-cli-ranking-json.c: a ranking as JSON, for bodymap --rank --json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-cli-private.h"
#include "core/bm-disclaimer.h"
#include "core/bm-ids.h"

static json_object *
region_json (BmRegionCatalog *catalog,
             guint            index)
{
  const BmRegion *region = bm_region_catalog_get_region (catalog, index);
  json_object *obj = json_object_new_object ();

  json_object_object_add (obj, "region", json_object_new_string (region->id));
  json_object_object_add (obj, "label", json_object_new_string (region->label));
  return obj;
}

/* @indices, a GArray of region indices, as region objects. */
static json_object *
regions_json (BmRegionCatalog *catalog,
              GArray          *indices)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < indices->len; i++)
    json_object_array_add (array, region_json (catalog, g_array_index (indices, guint, i)));
  return array;
}

static json_object *
explains_json (BmRegionCatalog   *catalog,
               const BmCandidate *c)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < c->explains->len; i++)
    {
      const BmExplained *e = &g_array_index (c->explains, BmExplained, i);
      json_object *obj = region_json (catalog, e->region);

      json_object_object_add (obj, "zone", json_object_new_string (bm_zone_get_id (e->zone)));
      if (e->tp != NULL)
        json_object_object_add (obj, "trigger_point", json_object_new_string (e->tp->id));
      if (e->chain != NULL)
        json_object_object_add (obj, "via", json_object_new_string (e->chain->via));
      if (e->entrapment != NULL)
        json_object_object_add (obj, "nerve", json_object_new_string (e->entrapment->nerve));
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
muscle_id_json (gconstpointer item,
                gconstpointer data G_GNUC_UNUSED)
{
  return json_object_new_string (((const BmMuscle *) item)->id);
}

/* One of a candidate's trigger points: "best" is the one that explains
 * most, "scored" those whose zones together explain the marks. */
static json_object *
trigger_point_json (gconstpointer item,
                    gconstpointer candidate)
{
  const BmTriggerPoint *tp = item;
  const BmCandidate *c = candidate;
  json_object *obj = json_object_new_object ();

  json_object_object_add (obj, "id", json_object_new_string (tp->id));
  json_object_object_add (obj, "name", json_object_new_string (tp->name));
  json_object_object_add (obj, "best", json_object_new_boolean (tp == c->best));
  json_object_object_add (obj, "scored", json_object_new_boolean (g_ptr_array_find (c->trigger_points, tp, NULL)));
  return obj;
}

/* A chain that is context, not explanation: "related". */
static json_object *
related_chain_json (gconstpointer item,
                    gconstpointer data G_GNUC_UNUSED)
{
  const BmChain *chain = item;
  json_object *obj = json_object_new_object ();
  json_object *regions = json_object_new_array ();

  json_object_object_add (obj, "via", json_object_new_string (chain->via));
  if (chain->through != NULL)
    json_object_object_add (obj, "through", json_object_new_string (chain->through));
  for (guint i = 0; chain->regions[i] != NULL; i++)
    json_object_array_add (regions, json_object_new_string (chain->regions[i]));
  json_object_object_add (obj, "regions", regions);
  return obj;
}

static json_object *
candidate_json (BmAtlas           *atlas,
                const BmCandidate *c,
                guint              rank)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  json_object *obj = json_object_new_object ();
  g_autofree char *reason = bm_candidate_describe (atlas, c);

  json_object_object_add (obj, "rank", json_object_new_int ((int) rank));
  json_object_object_add (obj, "muscle", json_object_new_string (c->muscle->id));
  json_object_object_add (obj, "name", json_object_new_string (c->muscle->name));
  json_object_object_add (obj, "side", json_object_new_string (bm_candidate_side_get_id (c->side)));
  json_object_object_add (obj, "score", json_object_new_double (round (c->score * 10) / 10));
  json_object_object_add (obj, "coverage", json_object_new_double (round (c->coverage * 1000) / 1000));
  json_object_object_add (obj, "fit", json_object_new_double (round (c->fit * 1000) / 1000));
  json_object_object_add (obj, "trigger_point", json_object_new_string (c->best->id));
  json_object_object_add (obj, "trigger_points", bm_cli_json_array (c->muscle->trigger_points, trigger_point_json, c));
  json_object_object_add (obj, "explains", explains_json (catalog, c));
  json_object_object_add (obj, "unexplained", regions_json (catalog, c->unexplained));
  json_object_object_add (obj, "key_muscles", bm_cli_json_array (c->key_muscles, muscle_id_json, NULL));
  json_object_object_add (obj, "satellites", bm_cli_json_array (c->satellites, muscle_id_json, NULL));
  json_object_object_add (obj, "related", bm_cli_json_array (c->related_chains, related_chain_json, NULL));
  if (c->related_to != NULL)
    json_object_object_add (obj, "key_muscle_of", json_object_new_string (c->related_to->id));
  if (c->equal_to != NULL)
    {
      const BmCandidate *other = c->equal_to;
      json_object *equal = json_object_new_object ();

      json_object_object_add (equal, "muscle", json_object_new_string (other->muscle->id));
      json_object_object_add (equal, "side", json_object_new_string (bm_candidate_side_get_id (other->side)));
      json_object_object_add (equal, "trigger_point", json_object_new_string (other->best->id));
      json_object_object_add (obj, "equal_to", equal);
    }
  if (c->confirm != BM_CONFIRM_NONE)
    json_object_object_add (obj, "confirmed", json_object_new_string (bm_confirm_get_id (c->confirm)));
  json_object_object_add (obj, "reason", json_object_new_string (reason));
  return obj;
}

static json_object *
combined_json (gconstpointer item,
               gconstpointer data G_GNUC_UNUSED)
{
  const BmCandidate *c = item;
  json_object *obj = json_object_new_object ();

  json_object_object_add (obj, "muscle", json_object_new_string (c->muscle->id));
  json_object_object_add (obj, "side", json_object_new_string (bm_candidate_side_get_id (c->side)));
  return obj;
}

static json_object *
combination_json (BmAtlas         *atlas,
                  const BmRanking *ranking)
{
  json_object *obj = json_object_new_object ();
  g_autofree char *summary = bm_ranking_describe_combination (atlas, ranking);

  json_object_object_add (obj, "muscles", bm_cli_json_array (ranking->combination, combined_json, NULL));
  json_object_object_add (obj, "explains", json_object_new_int ((int) ranking->n_combined));
  json_object_object_add (obj, "marked", json_object_new_int ((int) ranking->n_marked));
  json_object_object_add (obj, "summary", json_object_new_string (summary));
  return obj;
}

static json_object *
red_flags_json (BmAtlas         *atlas,
                const BmRanking *ranking)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < ranking->red_flags->len; i++)
    {
      const BmRedFlag *flag = ranking->red_flags->pdata[i];
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "id", json_object_new_string (flag->id));
      json_object_object_add (obj, "label", json_object_new_string (flag->label));
      json_object_object_add (obj, "reason", json_object_new_string (flag->reason));
      if (g_str_equal (flag->id, bm_symptom_get_id (BM_SYMPTOM_NUMBNESS)))
        json_object_object_add (obj, "regions", regions_json (bm_atlas_get_catalog (atlas), ranking->numb_regions));
      json_object_array_add (array, obj);
    }
  return array;
}

json_object *
bm_ranking_to_json (BmAtlas         *atlas,
                    const BmRanking *ranking)
{
  json_object *obj = json_object_new_object ();
  json_object *candidates = json_object_new_array ();

  for (guint i = 0; i < ranking->candidates->len; i++)
    json_object_array_add (candidates, candidate_json (atlas, ranking->candidates->pdata[i], i + 1));
  json_object_object_add (obj, "candidates", candidates);
  json_object_object_add (obj, "combination", combination_json (atlas, ranking));
  json_object_object_add (obj, "red_flags", red_flags_json (atlas, ranking));
  json_object_object_add (obj, "disclaimer",
                          json_object_new_string (bm_disclaimer_get ()->summary));
  return obj;
}
