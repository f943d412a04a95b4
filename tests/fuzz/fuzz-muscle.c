/* fuzz-muscle.c: one muscle record (muscles/ID.json) against the built-in
 * region catalog, groups and sources
 *
 * A record the parser accepts must print back as valid JSON
 * (--muscle=ID --json), with every region index inside the catalog and
 * every number finite; a record it rejects must come with a short, valid
 * UTF-8 message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "cli/bm-cli-private.h"
#include "core/bm-json.h"
#include "core/bm-muscle-private.h"
#include "fuzz-common.h"

/* The group and source ids of the built-in atlas.json, read once. */
static GHashTable *groups, *sources;

static GHashTable *
id_set (json_object *root,
        const char  *field)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  json_object *list = json_object_object_get (root, field);

  for (gsize i = 0; i < json_object_array_length (list); i++)
    {
      json_object *id = json_object_object_get (json_object_array_get_idx (list, i), "id");
      g_hash_table_add (set, g_strdup (json_object_get_string (id)));
    }
  return set;
}

static void
load_ids (void)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/atlas/atlas.json", 0, NULL);
  g_autoptr(json_object) root = NULL;
  gsize length;
  const char *text;

  BM_FUZZ_ASSERT (bytes != NULL);
  text = g_bytes_get_data (bytes, &length);
  root = bm_json_parse (text, length, "atlas.json", NULL);
  BM_FUZZ_ASSERT (root != NULL);
  groups = id_set (root, "groups");
  sources = id_set (root, "sources");
}

static void
check_regions (GArray *regions,
               guint   n_regions)
{
  for (guint i = 0; i < regions->len; i++)
    BM_FUZZ_ASSERT (g_array_index (regions, guint, i) < n_regions);
}

static void
check_muscle (BmAtlas        *atlas,
              const BmMuscle *m)
{
  guint n_regions = bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas));
  g_autoptr(json_object) json = NULL;

  BM_FUZZ_ASSERT (m->id != NULL && m->name != NULL && g_utf8_validate (m->name, -1, NULL));
  for (guint t = 0; t < m->trigger_points->len; t++)
    {
      const BmTriggerPoint *tp = m->trigger_points->pdata[t];

      BM_FUZZ_ASSERT (isfinite (tp->prevalence));
      for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
        {
          check_regions (tp->essential_regions[s], n_regions);
          check_regions (tp->spillover_regions[s], n_regions);
        }
      for (guint k = 0; k < tp->markers->len; k++)
        {
          const BmMarker *marker = &g_array_index (tp->markers, BmMarker, k);

          BM_FUZZ_ASSERT (marker->view < BM_N_VIEWS && isfinite (marker->x) && isfinite (marker->y));
          BM_FUZZ_ASSERT (marker->region[BM_MUSCLE_LEFT] < n_regions && marker->region[BM_MUSCLE_RIGHT] < n_regions);
        }
    }
  json = bm_atlas_muscle_to_json (atlas, m);
  bm_fuzz_check_json_output (json);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  BmAtlas *atlas = bm_fuzz_atlas ();
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) root = NULL;
  g_autoptr(BmMuscle) muscle = NULL;
  BmMuscleContext ctx;

  if (groups == NULL)
    load_ids ();
  ctx = (BmMuscleContext) { bm_atlas_get_catalog (atlas), groups, sources, "fuzz.json", NULL };
  if ((root = bm_json_parse ((const char *) data, size, "fuzz.json", &error)) == NULL)
    {
      bm_fuzz_check_message (error);
      return 0;
    }
  if ((muscle = bm_muscle_parse (&ctx, root, &error)) == NULL)
    {
      bm_fuzz_check_message (error);
      return 0;
    }
  BM_FUZZ_ASSERT (error == NULL);
  check_muscle (atlas, muscle);
  return 0;
}
