/* baseline-click-frames.c: the floor for bench-click-frames on this machine
 *
 * A bare GTK 4 window, 1180 × 800 like Bodymap's, holding a label and a
 * 40 × 40 px square (with --full: a drawing that fills the window). Each
 * "click" toggles the square's colour and queues its redraw, and is timed
 * exactly as bench-click-frames times a click on the map: from just before
 * the toggle until the frame clock's "after-paint" of the first frame that
 * rendered after it, the window resting between clicks until no frame has
 * ended for 25 ms. It shows what a frame costs GTK here, without any
 * Bodymap code: with the cairo renderer on Xvfb, a frame that redraws a
 * small square takes a fraction of a millisecond, one that redraws the
 * whole window several milliseconds (the cost grows with the area redrawn).
 *
 * Prints `baseline_click_ms_p50 VALUE` and `baseline_click_ms_p95 VALUE`.
 * Needs a display: xvfb-run -a ./build/bench/baseline-click-frames [-n CLICKS] [--full]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <gtk/gtk.h>

#define REST_MS    25
#define TIMEOUT_MS 2000

typedef struct
{
  GMainLoop *loop;
  gboolean   on;
  gboolean   waiting;
  gboolean   rendered;
  gint64     end;
  gint64     last_end;
} Run;

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        data)
{
  Run *run = data;

  cairo_set_source_rgb (cr, run->on ? 0.9 : 0.2, 0.3, 0.3);
  cairo_paint (cr);
}

static gboolean
render_hook (GSignalInvocationHint *hint,
             guint                  n_values,
             const GValue          *values,
             gpointer               data)
{
  Run *run = data;

  if (run->waiting)
    run->rendered = TRUE;
  return TRUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                Run           *run)
{
  run->last_end = g_get_monotonic_time ();
  if (!run->waiting || !run->rendered)
    return;
  run->end = run->last_end;
  run->waiting = FALSE;
  g_main_loop_quit (run->loop);
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (data);
  return G_SOURCE_REMOVE;
}

static gboolean
run_for (GMainLoop *loop,
         guint      ms)
{
  guint id = g_timeout_add (ms, quit_cb, loop);
  gboolean quit_early;

  g_main_loop_run (loop);
  quit_early = g_main_context_find_source_by_id (NULL, id) != NULL;
  if (quit_early)
    g_source_remove (id);
  return quit_early;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree double *ms = NULL;
  gboolean full = FALSE;
  guint n = 200;
  Run run = { 0 };
  GtkWidget *window, *box, *area;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--full"))
      full = TRUE;
    else if (g_str_equal (argv[i], "-n") && i + 1 < argc)
      {
        int clicks = atoi (argv[++i]);

        n = MAX (1, clicks);
      }
    else
      {
        fprintf (stderr, "usage: %s [-n CLICKS] [--full]\n", argv[0]);
        return 2;
      }
  ms = g_new (double, n);
  gtk_init ();
  run.loop = g_main_loop_new (NULL, FALSE);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 800);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Click to frame"));
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_cb, &run, NULL);
  if (full)
    gtk_widget_set_vexpand (area, TRUE);
  else
    {
      gtk_widget_set_size_request (area, 40, 40);
      gtk_widget_set_halign (area, GTK_ALIGN_CENTER);
    }
  gtk_box_append (GTK_BOX (box), area);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  run_for (run.loop, 1500);

  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0, render_hook, &run, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (area), "after-paint", G_CALLBACK (after_paint_cb), &run);
  for (guint i = 0; i < n; i++)
    {
      gint64 start;

      do
        run_for (run.loop, REST_MS);
      while (g_get_monotonic_time () - run.last_end < REST_MS * 1000);
      run.rendered = FALSE;
      run.waiting = TRUE;
      start = g_get_monotonic_time ();
      run.on = !run.on;
      gtk_widget_queue_draw (area);
      if (!run_for (run.loop, TIMEOUT_MS))
        g_error ("no frame within %d ms of click %u", TIMEOUT_MS, i);
      ms[i] = (run.end - start) / 1000.0;
    }
  qsort (ms, n, sizeof *ms, compare_double);
  printf ("baseline_click_ms_p50 %.2f\n", ms[(guint) ceil (0.50 * n) - 1]);
  printf ("baseline_click_ms_p95 %.2f\n", ms[(guint) ceil (0.95 * n) - 1]);
  gtk_window_destroy (GTK_WINDOW (window));
  g_main_loop_unref (run.loop);
  return 0;
}
