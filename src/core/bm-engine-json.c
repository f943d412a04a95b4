/* bm-engine-json.c: a ranking as JSON, for bodymap --rank --json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-cli-private.h"

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
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
muscles_json (GPtrArray *muscles)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < muscles->len; i++)
    json_object_array_add (array, json_object_new_string (((const BmMuscle *) muscles->pdata[i])->id));
  return array;
}

static json_object *
trigger_points_json (const BmCandidate *c)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < c->muscle->trigger_points->len; i++)
    {
      const BmTriggerPoint *tp = c->muscle->trigger_points->pdata[i];
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "id", json_object_new_string (tp->id));
      json_object_object_add (obj, "name", json_object_new_string (tp->name));
      json_object_object_add (obj, "best", json_object_new_boolean (tp == c->best));
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
candidate_json (BmAtlas           *atlas,
                const BmCandidate *c,
                guint              rank)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  json_object *obj = json_object_new_object ();
  json_object *unexplained = json_object_new_array ();
  g_autofree char *reason = bm_candidate_describe (atlas, c);

  json_object_object_add (obj, "rank", json_object_new_int ((int) rank));
  json_object_object_add (obj, "muscle", json_object_new_string (c->muscle->id));
  json_object_object_add (obj, "name", json_object_new_string (c->muscle->name));
  json_object_object_add (obj, "side", json_object_new_string (bm_candidate_side_get_id (c->side)));
  json_object_object_add (obj, "score", json_object_new_double (round (c->score * 10) / 10));
  json_object_object_add (obj, "coverage", json_object_new_double (round (c->coverage * 1000) / 1000));
  json_object_object_add (obj, "fit", json_object_new_double (round (c->fit * 1000) / 1000));
  json_object_object_add (obj, "trigger_point", json_object_new_string (c->best->id));
  json_object_object_add (obj, "trigger_points", trigger_points_json (c));
  json_object_object_add (obj, "explains", explains_json (catalog, c));
  for (guint i = 0; i < c->unexplained->len; i++)
    json_object_array_add (unexplained, region_json (catalog, g_array_index (c->unexplained, guint, i)));
  json_object_object_add (obj, "unexplained", unexplained);
  json_object_object_add (obj, "key_muscles", muscles_json (c->key_muscles));
  json_object_object_add (obj, "satellites", muscles_json (c->satellites));
  if (c->related_to != NULL)
    json_object_object_add (obj, "key_muscle_of", json_object_new_string (c->related_to->id));
  if (c->confirm != BM_CONFIRM_NONE)
    json_object_object_add (obj, "confirmed",
                            json_object_new_string (c->confirm == BM_CONFIRM_REPRODUCES ? "reproduces" : "not-tender"));
  json_object_object_add (obj, "reason", json_object_new_string (reason));
  return obj;
}

static json_object *
combination_json (BmAtlas         *atlas,
                  const BmRanking *ranking)
{
  json_object *obj = json_object_new_object ();
  json_object *muscles = json_object_new_array ();
  g_autofree char *summary = bm_ranking_describe_combination (atlas, ranking);

  for (guint i = 0; i < ranking->combination->len; i++)
    {
      const BmCandidate *c = ranking->combination->pdata[i];
      json_object *m = json_object_new_object ();

      json_object_object_add (m, "muscle", json_object_new_string (c->muscle->id));
      json_object_object_add (m, "side", json_object_new_string (bm_candidate_side_get_id (c->side)));
      json_object_array_add (muscles, m);
    }
  json_object_object_add (obj, "muscles", muscles);
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
      if (g_str_equal (flag->id, "numbness"))
        {
          json_object *regions = json_object_new_array ();

          for (guint r = 0; r < ranking->numb_regions->len; r++)
            json_object_array_add (regions, region_json (bm_atlas_get_catalog (atlas),
                                                         g_array_index (ranking->numb_regions, guint, r)));
          json_object_object_add (obj, "regions", regions);
        }
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
                          json_object_new_string ("Bodymap is for self-care education and does not diagnose."));
  return obj;
}
