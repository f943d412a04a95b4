/* fuzz-atlas-compiled.c: one muscle record of the compiled atlas
 *
 * The input is one muscle as the build compiles it (GVariant type
 * BM_ATLAS_COMPILED_MUSCLE, see bm-atlas-compiled.h), read against the
 * built-in region catalog. Bytes that are not in normal form are what
 * bm_atlas_load_compiled() rejects before reading, so they must be
 * rejected here too; a record that reads must have every text valid UTF-8
 * and every region index inside the catalog; one that does not gives a
 * short, valid UTF-8 message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/bm-atlas-compiled.h"
#include "fuzz-common.h"

static void
check_regions (GArray *regions,
               guint   n_regions)
{
  BM_FUZZ_ASSERT (regions != NULL);
  for (guint i = 0; i < regions->len; i++)
    BM_FUZZ_ASSERT (g_array_index (regions, guint, i) < n_regions);
}

static void
check_point (const BmTriggerPoint *tp,
             guint                 n_regions)
{
  BM_FUZZ_ASSERT (tp->id != NULL && tp->essential != NULL && tp->spillover != NULL);
  BM_FUZZ_ASSERT (g_utf8_validate (tp->name, -1, NULL));
  for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      check_regions (tp->essential_regions[s], n_regions);
      check_regions (tp->essential_zone_of[s], n_regions);
      check_regions (tp->spillover_regions[s], n_regions);
      BM_FUZZ_ASSERT (tp->essential_zone_of[s]->len == tp->essential_regions[s]->len);
    }
  for (guint k = 0; k < tp->markers->len; k++)
    {
      const BmMarker *marker = &g_array_index (tp->markers, BmMarker, k);

      BM_FUZZ_ASSERT (marker->view < BM_N_VIEWS);
      BM_FUZZ_ASSERT (marker->region[BM_MUSCLE_LEFT] < n_regions && marker->region[BM_MUSCLE_RIGHT] < n_regions);
    }
}

static void
check_muscle (const BmMuscle *m,
              guint           n_regions)
{
  BM_FUZZ_ASSERT (m->id != NULL && m->name != NULL && m->group != NULL);
  BM_FUZZ_ASSERT (g_utf8_validate (m->name, -1, NULL) && g_utf8_validate (m->location, -1, NULL));
  BM_FUZZ_ASSERT (m->satellites != NULL && m->key_muscles != NULL && m->aliases != NULL);
  BM_FUZZ_ASSERT (m->trigger_points->len > 0 && m->stretches->len > 0 && m->releases->len > 0);
  for (guint t = 0; t < m->trigger_points->len; t++)
    check_point (m->trigger_points->pdata[t], n_regions);
  for (guint e = 0; e < m->entrapments->len; e++)
    {
      const BmEntrapment *ent = m->entrapments->pdata[e];

      for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
        {
          check_regions (ent->site_indices[s], n_regions);
          check_regions (ent->region_indices[s], n_regions);
        }
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  BmAtlas *atlas = bm_fuzz_atlas ();
  guint n_regions = bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas));
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (BM_ATLAS_COMPILED_MUSCLE),
                                                                            bytes, FALSE));
  g_autoptr(GError) error = NULL;
  g_autoptr(BmMuscle) muscle = NULL;

  if (!g_variant_is_normal_form (value))
    return 0;
  muscle = bm_atlas_compiled_muscle_from_variant (value, n_regions, &error);
  if (muscle == NULL)
    bm_fuzz_check_message (error);
  else
    check_muscle (muscle, n_regions);
  return 0;
}
