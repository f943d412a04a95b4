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
 * With --list, the window also holds what a click changes in Bodymap
 * besides the map, in stock widgets styled by libadwaita as Bodymap's are:
 * a boxed list of ten cards (a heading, a level bar, a wrapping two-line
 * caption) beside the square, and each
 * click gives every third card (three or four) a new name, value and
 * caption, as a re-rank does: a click in bench-click-frames lays out 4.4
 * "why" texts on average, the summary's among them. It is the floor for a
 * click that shows its new ranking in the same frame, whatever the
 * ranking's own code and libadwaita's styling cost.
 *
 * Prints `baseline_click_ms_p50 VALUE` and `baseline_click_ms_p95 VALUE`.
 * Needs a display: xvfb-run -a ./build/bench/baseline-click-frames [-n CLICKS] [--full | --list]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <adwaita.h>

#define REST_MS    25
#define TIMEOUT_MS 2000

#define N_CARDS 10

typedef struct
{
  GMainLoop *loop;
  GtkLabel  *names[N_CARDS];
  GtkLabel  *captions[N_CARDS];
  GtkLevelBar *bars[N_CARDS];
  guint      turn;
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

/* A card's caption, about as long as a Sources card's "why". */
static char *
caption_text (guint n)
{
  static const char *places[] = { "the outer knee", "the side of the calf", "the outer ankle",
                                  "the top of the foot", "the outer thigh", "the side of the hip",
                                  "the lower buttock" };

  return g_strdup_printf ("Refers pain to %s (left), in its main zone, and to %u more of the marked areas nearby.",
                          places[n % G_N_ELEMENTS (places)], n % 5 + 1);
}

static GtkWidget *
list_new (Run *run)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  for (guint i = 0; i < N_CARDS; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
      g_autofree char *caption = caption_text (i);

      run->names[i] = GTK_LABEL (gtk_label_new ("Gluteus minimus"));
      gtk_label_set_xalign (run->names[i], 0);
      gtk_widget_add_css_class (GTK_WIDGET (run->names[i]), "heading");
      run->bars[i] = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 100));
      run->captions[i] = GTK_LABEL (gtk_label_new (caption));
      gtk_label_set_wrap (run->captions[i], TRUE);
      gtk_label_set_xalign (run->captions[i], 0);
      gtk_label_set_width_chars (run->captions[i], 28);
      gtk_label_set_max_width_chars (run->captions[i], 48);
      gtk_widget_add_css_class (GTK_WIDGET (run->captions[i]), "caption");
      gtk_widget_add_css_class (GTK_WIDGET (run->captions[i]), "dim-label");
      gtk_widget_set_margin_start (card, 12);
      gtk_widget_set_margin_end (card, 12);
      gtk_widget_set_margin_top (card, 10);
      gtk_widget_set_margin_bottom (card, 10);
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (run->names[i]));
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (run->bars[i]));
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (run->captions[i]));
      gtk_list_box_append (GTK_LIST_BOX (list), card);
    }
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (scrolled, 420, -1);
  return scrolled;
}

/* Every third card gets a new name, value and caption. */
static void
list_rerank (Run *run)
{
  static const char *names[] = { "Gluteus minimus", "Tensor fasciae latae", "Peroneus longus",
                                 "Vastus lateralis", "Gluteus medius", "Quadratus lumborum" };

  run->turn++;
  for (guint i = run->turn % 3; i < N_CARDS; i += 3)
    {
      g_autofree char *caption = caption_text (run->turn + i);

      gtk_label_set_text (run->names[i], names[(run->turn + i) % G_N_ELEMENTS (names)]);
      gtk_level_bar_set_value (run->bars[i], (run->turn * 7 + i * 13) % 100);
      gtk_label_set_text (run->captions[i], caption);
    }
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
  gboolean list = FALSE;
  guint n = 200;
  Run run = { 0 };
  GtkWidget *window, *box, *area, *row;

  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "--full"))
      full = TRUE;
    else if (g_str_equal (argv[i], "--list"))
      list = TRUE;
    else if (g_str_equal (argv[i], "-n") && i + 1 < argc)
      {
        int clicks = atoi (argv[++i]);

        n = MAX (1, clicks);
      }
    else
      {
        fprintf (stderr, "usage: %s [-n CLICKS] [--full | --list]\n", argv[0]);
        return 2;
      }
  ms = g_new (double, n);
  if (list)
    adw_init ();
  else
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
  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (row), box);
  if (list)
    gtk_box_append (GTK_BOX (row), list_new (&run));
  gtk_window_set_child (GTK_WINDOW (window), row);
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
      if (list)
        list_rerank (&run);
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
