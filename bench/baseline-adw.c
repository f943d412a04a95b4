/* baseline-adw.c: bench/run's start-up baseline, a minimal libadwaita window
 *
 * An AdwApplication whose AdwApplicationWindow holds an AdwHeaderBar in a
 * GtkBox: what any libadwaita app shows at least. With
 * BODYMAP_BENCH_FIRST_FRAME set, it prints the monotonic time in µs
 * (g_get_monotonic_time) at the end of its first frame that drew something
 * and quits once settled (250 ms later, the main loop idle), as bodymap
 * does from its first frame with the body map drawn.
 *
 * Run by bench/run; by hand: BODYMAP_BENCH_FIRST_FRAME=1 ./build/bench/baseline-adw
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include "gui/bm-bench-hook.h"

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_title (GTK_WINDOW (window), "Baseline");
  gtk_window_set_default_size (GTK_WINDOW (window), 1180, 800);
  bm_bench_hook_watch_window (window);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.bodymap.BaselineAdw", G_APPLICATION_DEFAULT_FLAGS);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
