/* bm-cli-muscle-json.c: a muscle's whole record as JSON, for --muscle=ID --json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-cli-private.h"
#include "core/bm-ids.h"

static json_object *
strv_to_json (char **strv)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_object_array_add (array, json_object_new_string (strv[i]));
  return array;
}

static void
add_string (json_object *obj,
            const char  *key,
            const char  *value)
{
  if (value != NULL)
    json_object_object_add (obj, key, json_object_new_string (value));
}

/* The id a marker's region was written with: its left form without side. */
static char *
marker_region_id (BmRegionCatalog *catalog,
                  const BmMarker  *marker)
{
  return bm_region_dup_base_id (bm_region_catalog_get_region (catalog, marker->region[BM_MUSCLE_LEFT]));
}

static json_object *
trigger_point_to_json (gconstpointer item,
                       gconstpointer catalog)
{
  const BmTriggerPoint *tp = item;
  json_object *obj = json_object_new_object ();
  json_object *markers = json_object_new_array ();

  add_string (obj, "id", tp->id);
  add_string (obj, "name", tp->name);
  add_string (obj, "location", tp->location);
  json_object_object_add (obj, "essential", strv_to_json (tp->essential));
  json_object_object_add (obj, "spillover", strv_to_json (tp->spillover));
  json_object_object_add (obj, "bilateral", json_object_new_boolean (tp->bilateral));
  json_object_object_add (obj, "prevalence", json_object_new_double (tp->prevalence));
  for (guint i = 0; i < tp->markers->len; i++)
    {
      const BmMarker *marker = &g_array_index (tp->markers, BmMarker, i);
      json_object *m = json_object_new_object ();
      g_autofree char *region = marker_region_id ((BmRegionCatalog *) catalog, marker);

      add_string (m, "view", bm_view_get_id (marker->view));
      add_string (m, "region", region);
      json_object_object_add (m, "x", json_object_new_double (marker->x));
      json_object_object_add (m, "y", json_object_new_double (marker->y));
      json_object_array_add (markers, m);
    }
  json_object_object_add (obj, "markers", markers);
  return obj;
}

static json_object *
technique_to_json (gconstpointer item,
                   gconstpointer data)
{
  const BmTechnique *t = item;
  const BmMuscle *muscle = data;
  json_object *obj = json_object_new_object ();
  json_object *dose = json_object_new_object ();

  add_string (obj, "title", t->title);
  add_string (obj, "tool", t->tool);
  json_object_object_add (obj, "steps", strv_to_json (t->steps));
  add_string (dose, "hold", t->hold);
  add_string (dose, "repetitions", t->repetitions);
  add_string (dose, "pace", t->pace);
  add_string (dose, "frequency", t->frequency);
  json_object_object_add (obj, "dose", dose);
  add_string (obj, "feel", t->feel);
  json_object_object_add (obj, "cautions", strv_to_json (t->cautions));
  if (t->pose != NULL)
    {
      json_object *illustration = json_object_new_object ();

      add_string (illustration, "pose", t->pose);
      add_string (illustration, "then", t->then);
      add_string (illustration, "highlight", t->highlight != NULL ? t->highlight : muscle->id);
      json_object_object_add (obj, "illustration", illustration);
    }
  return obj;
}

static json_object *
chain_to_json (gconstpointer item,
               gconstpointer data G_GNUC_UNUSED)
{
  const BmChain *chain = item;
  json_object *obj = json_object_new_object ();

  add_string (obj, "via", chain->via);
  add_string (obj, "through", chain->through);
  add_string (obj, "kind", bm_enum_get_id (BM_TYPE_CHAIN_KIND, chain->kind));
  json_object_object_add (obj, "regions", strv_to_json (chain->regions));
  json_object_object_add (obj, "muscles", strv_to_json (chain->muscles));
  add_string (obj, "explanation", chain->explanation);
  return obj;
}

/* A nerve the muscle can press on: where it catches it, and the areas
 * the nerve serves, as region ids without side. */
static json_object *
entrapment_to_json (gconstpointer item,
                    gconstpointer data G_GNUC_UNUSED)
{
  const BmEntrapment *e = item;
  json_object *obj = json_object_new_object ();

  add_string (obj, "nerve", e->nerve);
  json_object_object_add (obj, "site", strv_to_json (e->site));
  json_object_object_add (obj, "regions", strv_to_json (e->regions));
  add_string (obj, "note", e->note);
  return obj;
}

static json_object *
factor_to_json (gconstpointer item,
                gconstpointer data G_GNUC_UNUSED)
{
  const BmFactor *f = item;
  json_object *obj = json_object_new_object ();

  add_string (obj, "factor", f->factor);
  add_string (obj, "fix", f->fix);
  return obj;
}

static json_object *
source_to_json (gconstpointer item,
                gconstpointer atlas)
{
  const BmCitation *c = item;
  json_object *obj = json_object_new_object ();

  add_string (obj, "source", c->source);
  add_string (obj, "chapter", c->chapter);
  add_string (obj, "citation", bm_atlas_get_citation ((BmAtlas *) atlas, c->source));
  return obj;
}

json_object *
bm_atlas_muscle_to_json (BmAtlas        *self,
                         const BmMuscle *m)
{
  json_object *obj;

  g_return_val_if_fail (BM_IS_ATLAS (self) && m != NULL, NULL);

  obj = json_object_new_object ();

  add_string (obj, "id", m->id);
  add_string (obj, "name", m->name);
  json_object_object_add (obj, "aliases", strv_to_json (m->aliases));
  add_string (obj, "group", m->group);
  add_string (obj, "group_label", bm_atlas_get_group_label (self, m->group));
  add_string (obj, "location", m->location);
  add_string (obj, "action", m->action);
  json_object_object_add (obj, "trigger_points",
                          bm_cli_json_array (m->trigger_points, trigger_point_to_json, bm_atlas_get_catalog (self)));
  json_object_object_add (obj, "satellites", strv_to_json (m->satellites));
  json_object_object_add (obj, "key_muscles", strv_to_json (m->key_muscles));
  json_object_object_add (obj, "chains", bm_cli_json_array (m->chains, chain_to_json, NULL));
  json_object_object_add (obj, "entrapments", bm_cli_json_array (m->entrapments, entrapment_to_json, NULL));
  json_object_object_add (obj, "stretches", bm_cli_json_array (m->stretches, technique_to_json, m));
  json_object_object_add (obj, "releases", bm_cli_json_array (m->releases, technique_to_json, m));
  add_string (obj, "heat", m->heat);
  json_object_object_add (obj, "perpetuating_factors", bm_cli_json_array (m->factors, factor_to_json, NULL));
  json_object_object_add (obj, "sources", bm_cli_json_array (m->sources, source_to_json, self));
  return obj;
}
