/* bench-engine.c: ranking cost grows linearly with the atlas
 *
 * Ranks a 10-region query over the full atlas, then over synthetic atlases
 * 10× and 100× larger (the atlas's muscles repeated), and reports the time
 * per query and per muscle. Linear growth shows as a flat time per muscle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "core/bm-engine.h"

static const char *query_regions[] = {
  "buttock-lower-left", "hip-lateral-left", "thigh-lateral-upper-left", "thigh-lateral-lower-left",
  "knee-lateral-left", "calf-lateral-upper-left", "calf-lateral-lower-left", "ankle-lateral-left",
  "foot-dorsum-left", "back-lumbar-lower-left",
};

static double
time_rank (BmAtlas       *atlas,
           GPtrArray     *muscles,
           const BmQuery *query,
           guint          runs)
{
  gint64 start = g_get_monotonic_time ();

  for (guint i = 0; i < runs; i++)
    {
      BmRanking *ranking = bm_engine_rank_muscles (atlas, muscles, query);
      bm_ranking_free (ranking);
    }
  return (g_get_monotonic_time () - start) / 1000.0 / runs;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = bm_atlas_load_default (&error);
  g_autoptr(BmQuery) query = bm_query_new ();
  const guint factors[] = { 1, 10, 100 };

  if (atlas == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (query_regions); i++)
    {
      BmMark mark = { bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), query_regions[i])->index,
                      BM_SYMPTOM_PAIN, 3 + i % 7 };
      bm_query_add_mark (query, &mark);
    }

  printf ("%-10s %8s %12s %16s\n", "atlas", "muscles", "ms / query", "µs / muscle");
  for (guint f = 0; f < G_N_ELEMENTS (factors); f++)
    {
      g_autoptr(GPtrArray) muscles = g_ptr_array_new ();
      double ms;

      for (guint r = 0; r < factors[f]; r++)
        for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
          g_ptr_array_add (muscles, (gpointer) bm_atlas_get_muscle (atlas, i));
      time_rank (atlas, muscles, query, 1);   /* warm up */
      ms = time_rank (atlas, muscles, query, factors[f] == 100 ? 5 : 50);
      printf ("%-10s %8u %12.3f %16.2f\n", f == 0 ? "full" : factors[f] == 10 ? "10×" : "100×",
              muscles->len, ms, ms * 1000.0 / muscles->len);
    }
  return 0;
}
