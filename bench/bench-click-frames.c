/* bench-click-frames.c: clicks on the body map, each to the end of the
 * frame that shows it
 *
 * Opens the real window (1180 × 800, as the app does), lets it settle, then
 * clicks through the view's input path (bm_body_view_click_at) on the areas
 * of a typical outer-leg pattern, marking and unmarking them in turn. Each
 * click is timed from just before it until the frame clock's "after-paint"
 * of the first frame that rendered after it: marking, re-ranking, whatever
 * the window does before that frame, and the frame itself. Between clicks
 * the window rests until no frame has ended for 25 ms, so that a click
 * never waits for the previous one's work, nor a frame for the previous
 * frame's refresh interval (that wait is the display's, not ours).
 * BENCH_VERBOSE=1 prints each click's phases on stderr.
 *
 * Prints `click_to_frame_ms_p50 VALUE`, `click_to_frame_ms_p95 VALUE` and
 * `click_to_frame_ms_max VALUE`, the form bench/run reports in.
 * Needs a display: xvfb-run -a ./build/bench/bench-click-frames [-n CLICKS]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <adwaita.h>

#include "gui/bm-window.h"

#define REST_MS    25
#define TIMEOUT_MS 2000

static const char *regions[] = {
  "knee-lateral-left", "calf-lateral-lower-left", "ankle-lateral-left", "foot-dorsum-left",
  "thigh-lateral-lower-left", "hip-lateral-left", "buttock-lower-left", "back-lumbar-lower-left",
};

typedef struct
{
  GMainLoop *loop;
  gboolean   waiting;   /* a click is out and its frame not yet ended */
  gboolean   rendered;  /* the window rendered since the click */
  gint64     end;
  gint64     frame;     /* when the first frame after the click began */
  gint64     render;    /* when its render began */
  gint64     last_end;  /* the end of the last frame, click or not */
} Run;

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static gboolean
render_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               data)
{
  Run *run = data;

  if (run->waiting && !run->rendered)
    {
      run->rendered = TRUE;
      run->render = g_get_monotonic_time ();
    }
  return TRUE;
}

static void
before_paint_cb (GdkFrameClock *clock,
                 Run           *run)
{
  if (run->waiting && run->frame == 0)
    run->frame = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  run->last_end = g_get_monotonic_time ();
  if (!run->waiting || !run->rendered)
    return;
  run->end = g_get_monotonic_time ();
  run->waiting = FALSE;
  g_main_loop_quit (run->loop);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for @ms, or until it is quit; FALSE when @ms ran out. */
static gboolean
run_for (GMainLoop *loop,
         guint      ms)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (ms, quit_cb, loop);

  g_main_loop_run (loop);
  if (g_main_context_find_source_by_id (NULL, id) != NULL)
    g_source_remove (id);
  else
    timed_out = TRUE;
  return !timed_out;
}

/* Lets the window rest until no frame has ended for REST_MS: what the last
 * click started (lists refilled in idle callbacks, their frames) is done. */
static void
rest (Run *run)
{
  do
    run_for (run->loop, REST_MS);
  while (g_get_monotonic_time () - run->last_end < REST_MS * 1000);
}

/* A point of the view inside the area @id, found on a 4 px grid. */
static gboolean
find_point (BmBodyView *view,
            const char *id,
            double     *x,
            double     *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view)), height = gtk_widget_get_height (GTK_WIDGET (view));

  for (int py = 0; py < height; py += 4)
    for (int px = 0; px < width; px += 4)
      {
        const BmRegion *region = bm_body_view_region_at (view, px, py, NULL);

        if (region != NULL && g_str_equal (region->id, id))
          {
            *x = px;
            *y = py;
            return TRUE;
          }
      }
  return FALSE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(BmBodyArt) art = NULL;
  g_autofree double *ms = NULL;
  double xs[G_N_ELEMENTS (regions)], ys[G_N_ELEMENTS (regions)];
  guint n = 200;
  Run run = { 0 };
  BmWindow *window;
  BmBodyView *view;

  if (argc == 3 && g_str_equal (argv[1], "-n"))
    n = MAX (1, atoi (argv[2]));
  else if (argc != 1)
    {
      fprintf (stderr, "usage: %s [-n CLICKS]\n", argv[0]);
      return 2;
    }
  ms = g_new (double, n);
  gtk_init ();
  adw_init ();
  if ((atlas = bm_atlas_load_default (&error)) == NULL ||
      (art = bm_body_art_new (bm_atlas_get_catalog (atlas), &error)) == NULL)
    g_error ("%s", error->message);
  run.loop = g_main_loop_new (NULL, FALSE);
  window = bm_window_new (NULL, atlas, art, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 800);
  gtk_window_present (GTK_WINDOW (window));
  view = bm_window_get_body_view (window);
  run_for (run.loop, 1500);  /* the first frames, the hit maps, the lists */

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    if (!find_point (view, regions[i], &xs[i], &ys[i]))
      g_error ("no point of %s on the map", regions[i]);
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0, render_hook, &run, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (view)), "before-paint", G_CALLBACK (before_paint_cb), &run);
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (view)), "after-paint", G_CALLBACK (after_paint_cb), &run);

  for (guint i = 0; i < n; i++)
    {
      guint r = i % G_N_ELEMENTS (regions);
      gint64 start, clicked;

      rest (&run);
      run.rendered = FALSE;
      run.frame = 0;
      run.waiting = TRUE;
      start = g_get_monotonic_time ();
      if (bm_body_view_click_at (view, xs[r], ys[r], GDK_BUTTON_PRIMARY) == NULL)
        g_error ("the click at %.0f, %.0f missed %s", xs[r], ys[r], regions[r]);
      clicked = g_get_monotonic_time ();
      if (!run_for (run.loop, TIMEOUT_MS))
        g_error ("no frame within %d ms of click %u", TIMEOUT_MS, i);
      ms[i] = (run.end - start) / 1000.0;
      if (g_getenv ("BENCH_VERBOSE") != NULL)
        fprintf (stderr, "click %3u %-26s clicked %5.2f, frame began %6.2f, render began %6.2f, frame ended %6.2f ms\n",
                 i, regions[r], (clicked - start) / 1000.0, (run.frame - start) / 1000.0,
                 (run.render - start) / 1000.0, ms[i]);
    }
  qsort (ms, n, sizeof *ms, compare_double);
  printf ("click_to_frame_ms_p50 %.2f\n", ms[(guint) ceil (0.50 * n) - 1]);
  printf ("click_to_frame_ms_p95 %.2f\n", ms[(guint) ceil (0.95 * n) - 1]);
  printf ("click_to_frame_ms_max %.2f\n", ms[n - 1]);
  gtk_window_destroy (GTK_WINDOW (window));
  g_main_loop_unref (run.loop);
  return 0;
}
