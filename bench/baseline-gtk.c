/* baseline-gtk.c: bench/run's second start-up baseline, a bare GTK 4 window
 *
 * A GtkApplication with an empty GtkApplicationWindow. With
 * BODYMAP_BENCH_FIRST_FRAME set, it prints the monotonic time in µs
 * (g_get_monotonic_time) at the end of its first frame that drew something
 * and quits once settled (250 ms later, the main loop idle).
 *
 * Run by bench/run; by hand: BODYMAP_BENCH_FIRST_FRAME=1 ./build/bench/baseline-gtk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>

#include "gui/bm-bench-hook.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = gtk_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_title (GTK_WINDOW (window), "Baseline");
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 800);
  bm_bench_hook_watch_window (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = gtk_application_new ("io.github.bodymap.BaselineGtk", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
