/* bm-atlas-json.c: a muscle's whole record as JSON, for --muscle=ID --json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas.h"

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
  const char *id = bm_region_catalog_get_region (catalog, marker->region[BM_MUSCLE_LEFT])->id;

  if (g_str_has_suffix (id, "-left"))
    return g_strndup (id, strlen (id) - strlen ("-left"));
  return g_strdup (id);
}

static json_object *
trigger_point_to_json (BmRegionCatalog      *catalog,
                       const BmTriggerPoint *tp)
{
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
      g_autofree char *region = marker_region_id (catalog, marker);

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
technique_to_json (const BmTechnique *t)
{
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
  return obj;
}

static json_object *
techniques_to_json (GPtrArray *techniques)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < techniques->len; i++)
    json_object_array_add (array, technique_to_json (techniques->pdata[i]));
  return array;
}

static json_object *
chains_to_json (GPtrArray *chains)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < chains->len; i++)
    {
      const BmChain *chain = chains->pdata[i];
      json_object *obj = json_object_new_object ();

      add_string (obj, "via", chain->via);
      json_object_object_add (obj, "regions", strv_to_json (chain->regions));
      json_object_object_add (obj, "muscles", strv_to_json (chain->muscles));
      add_string (obj, "explanation", chain->explanation);
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
factors_to_json (GPtrArray *factors)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < factors->len; i++)
    {
      const BmFactor *f = factors->pdata[i];
      json_object *obj = json_object_new_object ();

      add_string (obj, "factor", f->factor);
      add_string (obj, "fix", f->fix);
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
sources_to_json (BmAtlas   *atlas,
                 GPtrArray *sources)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < sources->len; i++)
    {
      const BmCitation *c = sources->pdata[i];
      json_object *obj = json_object_new_object ();

      add_string (obj, "source", c->source);
      add_string (obj, "chapter", c->chapter);
      add_string (obj, "citation", bm_atlas_get_citation (atlas, c->source));
      json_object_array_add (array, obj);
    }
  return array;
}

json_object *
bm_atlas_muscle_to_json (BmAtlas        *self,
                         const BmMuscle *m)
{
  json_object *obj = json_object_new_object ();
  json_object *tps = json_object_new_array ();

  g_return_val_if_fail (BM_IS_ATLAS (self) && m != NULL, NULL);

  add_string (obj, "id", m->id);
  add_string (obj, "name", m->name);
  json_object_object_add (obj, "aliases", strv_to_json (m->aliases));
  add_string (obj, "group", m->group);
  add_string (obj, "group_label", bm_atlas_get_group_label (self, m->group));
  add_string (obj, "location", m->location);
  add_string (obj, "action", m->action);
  for (guint i = 0; i < m->trigger_points->len; i++)
    json_object_array_add (tps, trigger_point_to_json (bm_atlas_get_catalog (self), m->trigger_points->pdata[i]));
  json_object_object_add (obj, "trigger_points", tps);
  json_object_object_add (obj, "satellites", strv_to_json (m->satellites));
  json_object_object_add (obj, "key_muscles", strv_to_json (m->key_muscles));
  json_object_object_add (obj, "chains", chains_to_json (m->chains));
  json_object_object_add (obj, "stretches", techniques_to_json (m->stretches));
  json_object_object_add (obj, "releases", techniques_to_json (m->releases));
  add_string (obj, "heat", m->heat);
  json_object_object_add (obj, "perpetuating_factors", factors_to_json (m->factors));
  json_object_object_add (obj, "sources", sources_to_json (self, m->sources));
  return obj;
}
