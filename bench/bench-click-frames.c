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
 *
 * The window is styled as the app is: AdwApplication loads the app's
 * style sheet from its resources, so the bench loads the same one.
 *
 * Each frame is checked to show the click: when it ends, the Sources list
 * shows the ranking of the marks as they are after the click (the map's
 * marks layer is rebuilt in the same snapshot, by construction).
 *
 * BENCH_VERBOSE=1 prints each click's phases on stderr: when the click
 * returned, when the frame began and its rendering began, when it ended,
 * and how long GTK spent in GdkToplevel::compute-size before the frame.
 * That last one is where the time before a frame used to go: on X11, a
 * widget whose size may change (a label given new text) makes GDK measure
 * the whole window in an idle at G_PRIORITY_HIGH - 10, ahead of the frame
 * clock's paint at GDK_PRIORITY_REDRAW, so anything a click resizes is
 * measured there first. The CPU time of the click and of the frame (this
 * thread's, which other processes' load hardly changes) follows, for
 * comparing builds on a busy machine.
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
#include <time.h>
#include <adwaita.h>

#include "gui/bm-sources-page.h"
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
  BmWindow  *window;
  gboolean   waiting;   /* a click is out and its frame not yet ended */
  gboolean   rendered;  /* the window rendered since the click */
  gint64     end;
  gint64     frame;     /* when the first frame after the click began */
  gint64     render;    /* when its render began */
  gint64     last_end;  /* the end of the last frame, click or not */
  gint64     measure_start;
  gint64     measure;   /* µs in GdkToplevel::compute-size since the click */
  gint64     cpu_frame; /* thread CPU µs, at the frame's start, then its length */
} Run;

/* This thread's CPU time, in µs. */
static gint64
cpu_now (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_GINT64_CONSTANT (1000000) + ts.tv_nsec / 1000;
}

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
    {
      run->frame = g_get_monotonic_time ();
      run->cpu_frame = cpu_now ();
    }
}

/* The frame shows the click: the list is the ranking of the marks now. */
static void
check_frame (Run *run)
{
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (run->window));
  const BmRanking *ranking = bm_session_get_ranking (bm_window_get_session (run->window));
  guint shown = bm_sources_page_get_n_rows (page);

  if (shown != MIN (ranking->candidates->len, 10))
    g_error ("the frame after a click shows %u sources of %u", shown, ranking->candidates->len);
  for (guint i = 0; i < shown; i++)
    if (bm_sources_page_get_row (page, i) != ranking->candidates->pdata[i])
      g_error ("the frame after a click shows an old ranking (row %u)", i);
}

static gboolean
measure_hook (GSignalInvocationHint *hint,
              guint                  n_values,
              const GValue          *values,
              gpointer               data)
{
  Run *run = data;

  run->measure_start = g_get_monotonic_time ();
  return TRUE;
}

static void
measured_cb (GdkToplevel     *toplevel,
             GdkToplevelSize *size,
             Run             *run)
{
  if (run->waiting)
    run->measure += g_get_monotonic_time () - run->measure_start;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  run->last_end = g_get_monotonic_time ();
  if (!run->waiting || !run->rendered)
    return;
  run->end = g_get_monotonic_time ();
  run->cpu_frame = cpu_now () - run->cpu_frame;
  run->waiting = FALSE;
  check_frame (run);
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

/* The app's style sheet, as AdwApplication loads it from the resources. */
static void
load_style (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
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
  load_style ();
  if ((atlas = bm_atlas_load_default (&error)) == NULL ||
      (art = bm_body_art_new (bm_atlas_get_catalog (atlas), &error)) == NULL)
    g_error ("%s", error->message);
  run.loop = g_main_loop_new (NULL, FALSE);
  window = run.window = bm_window_new (NULL, atlas, art, NULL);
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
  g_signal_add_emission_hook (g_signal_lookup ("compute-size", GDK_TYPE_TOPLEVEL), 0, measure_hook, &run, NULL);
  g_signal_connect_after (gtk_native_get_surface (GTK_NATIVE (window)), "compute-size", G_CALLBACK (measured_cb), &run);

  for (guint i = 0; i < n; i++)
    {
      guint r = i % G_N_ELEMENTS (regions);
      gint64 start, clicked, cpu_click;

      rest (&run);
      run.rendered = FALSE;
      run.frame = 0;
      run.measure = 0;
      run.waiting = TRUE;
      cpu_click = cpu_now ();
      start = g_get_monotonic_time ();
      if (bm_body_view_click_at (view, xs[r], ys[r], GDK_BUTTON_PRIMARY) == NULL)
        g_error ("the click at %.0f, %.0f missed %s", xs[r], ys[r], regions[r]);
      clicked = g_get_monotonic_time ();
      cpu_click = cpu_now () - cpu_click;
      if (!run_for (run.loop, TIMEOUT_MS))
        g_error ("no frame within %d ms of click %u", TIMEOUT_MS, i);
      ms[i] = (run.end - start) / 1000.0;
      if (g_getenv ("BENCH_VERBOSE") != NULL)
        fprintf (stderr, "click %3u %-26s clicked %5.2f, frame began %6.2f, render began %6.2f, frame ended %6.2f ms;"
                 " compute-size %5.2f ms; CPU: click %5.2f, frame %5.2f ms\n",
                 i, regions[r], (clicked - start) / 1000.0, (run.frame - start) / 1000.0,
                 (run.render - start) / 1000.0, ms[i], run.measure / 1000.0,
                 cpu_click / 1000.0, run.cpu_frame / 1000.0);
    }
  qsort (ms, n, sizeof *ms, compare_double);
  printf ("click_to_frame_ms_p50 %.2f\n", ms[(guint) ceil (0.50 * n) - 1]);
  printf ("click_to_frame_ms_p95 %.2f\n", ms[(guint) ceil (0.95 * n) - 1]);
  printf ("click_to_frame_ms_max %.2f\n", ms[n - 1]);
  gtk_window_destroy (GTK_WINDOW (window));
  g_main_loop_unref (run.loop);
  return 0;
}
