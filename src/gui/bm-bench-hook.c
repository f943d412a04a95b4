/* bm-bench-hook.c: bench/run's first-frame hook
 *
 * bench/run times start-up from the launch to the end of the first frame
 * with the body map drawn. With BODYMAP_BENCH_FIRST_FRAME set in the
 * environment, the body view calls bm_bench_hook_map_drawn() after
 * snapshotting the drawings; at the end of that frame (the frame clock's
 * "after-paint") this prints g_get_monotonic_time() in µs on stdout, the
 * clock Python's time.monotonic_ns() reads too. It quits the application
 * once start-up has settled, SETTLE_MS later and with nothing left to do
 * in the main loop, so that the peak memory bench/run reads from the exit
 * includes the work deferred until after the first frame.
 * Without the variable it does nothing beyond one check per process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "bm-bench-hook.h"

#define SETTLE_MS 250

static gboolean
quit_cb (gpointer data)
{
  if (g_application_get_default () != NULL)
    g_application_quit (g_application_get_default ());
  return G_SOURCE_REMOVE;
}

static gboolean
settled_cb (gpointer data)
{
  g_idle_add_full (G_PRIORITY_LOW + 100, quit_cb, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, data);
  printf ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_timeout_add (SETTLE_MS, settled_cb, NULL);
}

/* An emission hook, as GTK's own "render" handler stops the emission: the
 * window's first frame that drew something counts. */
static gboolean
render_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               window)
{
  bm_bench_hook_map_drawn (window);
  return FALSE;
}

static void
realize_cb (GtkWidget *window)
{
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0, render_hook, window, NULL);
}

/* For bench/run's baselines, which have no map: their first frame that
 * rendered anything, timed and followed by the same settled quit. */
void
bm_bench_hook_watch_window (GtkWidget *window)
{
  if (g_getenv ("BODYMAP_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect_after (window, "realize", G_CALLBACK (realize_cb), NULL);
}

/* Called by the body view at each snapshot that drew the map; acts once. */
void
bm_bench_hook_map_drawn (GtkWidget *view)
{
  static gboolean done;
  GdkFrameClock *clock;

  if (G_LIKELY (done))
    return;
  done = TRUE;
  if (g_getenv ("BODYMAP_BENCH_FIRST_FRAME") == NULL || (clock = gtk_widget_get_frame_clock (view)) == NULL)
    return;
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
}
