/* dump-markers: where every trigger point's X lands on the drawings, as
 * JSON lines, for the drawings generator (tools/bodygen) to check that each
 * muscle's shape holds its markers while the shapes are drawn.
 *
 *   build/tests/dump-markers > markers.jsonl
 *   python3 tools/gen-body-svg.py --markers markers.jsonl
 *
 * Only the patient's left is written: the front and back drawings are
 * mirror images, and body-right.svg is the mirror of body-left.svg.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "core/bm-atlas.h"
#include "core/bm-body-art.h"
#include "core/bm-marker.h"

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = bm_atlas_load_default (&error);
  g_autoptr(BmBodyArt) art = atlas ? bm_body_art_new (bm_atlas_get_catalog (atlas), &error) : NULL;

  if (art == NULL)
    {
      fprintf (stderr, "dump-markers: %s\n", error->message);
      return 1;
    }
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (guint t = 0; t < m->trigger_points->len; t++)
        {
          const BmTriggerPoint *tp = m->trigger_points->pdata[t];

          for (guint k = 0; k < tp->markers->len; k++)
            {
              const BmMarker *marker = &g_array_index (tp->markers, BmMarker, k);
              BmView view;
              double x, y;

              if (bm_marker_locate (marker, BM_MUSCLE_LEFT, art, &view, &x, &y, NULL))
                printf ("{\"muscle\": \"%s\", \"trigger_point\": \"%s\", \"view\": \"%s\", \"region\": \"%s\", "
                        "\"x\": %.1f, \"y\": %.1f}\n", m->id, tp->id, bm_view_get_id (view),
                        bm_region_catalog_get_region (bm_atlas_get_catalog (atlas),
                                                      marker->region[BM_MUSCLE_LEFT])->id, x, y);
            }
        }
    }
  return 0;
}
