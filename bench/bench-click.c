/* bench-click.c: a click on the body map, in the real window
 *
 * Measures what happens between a click and the next frame: marking the
 * area, re-ranking, refilling the list of sources, and drawing the map.
 * Needs a display (run under xvfb-run). The goal: well inside one 60 Hz
 * frame, under 8 ms.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <adwaita.h>

#include "gui/bm-window.h"

static const char *regions[] = {
  "knee-lateral-left", "calf-lateral-lower-left", "ankle-lateral-left", "foot-dorsum-left",
  "thigh-lateral-lower-left", "hip-lateral-left", "buttock-lower-left", "back-lumbar-lower-left",
};

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(BmBodyArt) art = NULL;
  BmWindow *window;
  BmBodyView *view;
  double worst = 0, total = 0;

  gtk_init ();
  adw_init ();
  if ((atlas = bm_atlas_load_default (&error)) == NULL ||
      (art = bm_body_art_new (bm_atlas_get_catalog (atlas), &error)) == NULL)
    g_error ("%s", error->message);
  window = bm_window_new (NULL, atlas, art, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  view = bm_window_get_body_view (window);
  for (guint i = 0; i < 100; i++)
    {
      settle ();
      g_usleep (2000);
    }

  for (guint round = 0; round < 2; round++)
    for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
      {
        const BmRegion *region = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), regions[i]);
        GtkSnapshot *snapshot;
        gint64 start = g_get_monotonic_time ();
        double ms;

        /* The click: mark (or unmark), re-rank, refill the list … */
        bm_pain_map_toggle (bm_window_get_pain_map (window), region->index, BM_SYMPTOM_PAIN);
        if (g_getenv ("BENCH_VERBOSE"))
          printf ("  (model and list %.2f ms)", ms_since (start));
        /* … and the body map's next frame. */
        snapshot = gtk_snapshot_new ();
        GTK_WIDGET_GET_CLASS (view)->snapshot (GTK_WIDGET (view), snapshot);
        gsk_render_node_unref (gtk_snapshot_free_to_node (snapshot));
        ms = ms_since (start);
        if (g_getenv ("BENCH_VERBOSE")) printf ("  %-28s %6.2f ms\n", regions[i], ms);
        worst = MAX (worst, ms);
        total += ms;
        settle ();
      }
  printf ("click to next frame: mean %.2f ms, worst %.2f ms over %u clicks (goal: under 8 ms)\n",
          total / (2 * G_N_ELEMENTS (regions)), worst, (guint) (2 * G_N_ELEMENTS (regions)));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
