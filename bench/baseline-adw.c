/* baseline-adw.c: bench/run's start-up baseline, a minimal libadwaita window
 *
 * An AdwApplication whose AdwApplicationWindow holds an AdwHeaderBar in a
 * GtkBox: what any libadwaita app shows at least. With
 * BODYMAP_BENCH_FIRST_FRAME set, it prints the monotonic time in µs
 * (g_get_monotonic_time) at the end of its first frame that drew something
 * and quits once settled (250 ms later, the main loop idle), as bodymap
 * does from its first frame with the body map drawn.
 *
 * With --rows N, the window also shows N rows in two boxed lists side by
 * side under the header bar, each an AdwActionRow with a title, a subtitle
 * and a check button: about eight mapped widgets a row, all of GTK and
 * libadwaita. Twenty-two rows, all in view, make about as many widgets as
 * Bodymap's first frame maps (196 of them), without its map: the floor for
 * starting a window that shows that much, whatever the app's own code
 * costs (docs/performance.md).
 *
 * Run by bench/run; by hand: BODYMAP_BENCH_FIRST_FRAME=1 ./build/bench/baseline-adw [--rows N]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

#include <stdlib.h>

#include "gui/bm-bench-hook.h"

static int n_rows;

/* @n rows of a boxed list, scrolled. */
static GtkWidget *
rows_new (int n)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 12);
  gtk_widget_set_margin_end (list, 12);
  gtk_widget_set_margin_top (list, 12);
  gtk_widget_set_valign (list, GTK_ALIGN_START);
  for (int i = 0; i < n; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      g_autofree char *title = g_strdup_printf ("Row %d of the list", i + 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "A line of text under the title, as a subtitle");
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  return scrolled;
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  if (n_rows > 0)
    {
      GtkWidget *columns = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_box_set_homogeneous (GTK_BOX (columns), TRUE);
      gtk_box_append (GTK_BOX (columns), rows_new ((n_rows + 1) / 2));
      gtk_box_append (GTK_BOX (columns), rows_new (n_rows / 2));
      gtk_box_append (GTK_BOX (box), columns);
    }
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

  if (argc == 3 && g_str_equal (argv[1], "--rows"))
    {
      n_rows = atoi (argv[2]);
      argc = 1;
    }

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
