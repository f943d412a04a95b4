/* bm-test-gui.c: helpers shared by the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-test-gui.h"

/* Opens the display and sets libadwaita up. Without a display the tests are
 * skipped, except in CI, where that is an error: run them under xvfb-run. */
gboolean
bm_test_gui_init (void)
{
  if (!gtk_init_check ())
    {
      if (g_getenv ("CI") != NULL)
        g_error ("no display: run the GUI tests under xvfb-run");
      g_test_skip ("no display available");
      return FALSE;
    }
  adw_init ();
  return TRUE;
}

/* Runs the main loop until @widget is mapped and allocated, then until
 * nothing is pending. */
void
bm_test_wait_for_draw (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while ((!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) <= 1) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* What is pending, but never past the deadline: a layout that keeps
   * changing must not hang the test. */
  while (g_main_context_iteration (NULL, FALSE) && g_get_monotonic_time () < deadline)
    ;
  g_assert_true (gtk_widget_get_mapped (widget));
}

/* Runs the main loop until @window is the active window (it has the
 * keyboard), at most 5 s: on a busy X server the focus arrives a while after
 * the window is drawn, and a widget has the focus only in an active window.
 * The GUI tests share one X server without a window manager, so another
 * test's new window can take the focus: the window asks for it again every
 * 100 ms. */
void
bm_test_wait_for_active (GtkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  gint64 next_ask = 0;

  while (!gtk_window_is_active (window) && g_get_monotonic_time () < deadline)
    {
      if (g_get_monotonic_time () >= next_ask)
        {
          gtk_window_present (window);
          next_ask = g_get_monotonic_time () + 100 * 1000;
        }
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  g_assert_true (gtk_window_is_active (window));
}

/* Renders @widget exactly as GTK asks it each frame and returns its pixels
 * (premultiplied BGRA). */
guchar *
bm_test_render (GtkWidget *widget,
                int       *stride)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  guchar *data;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  *stride = gdk_texture_get_width (texture) * 4;
  data = g_malloc ((gsize) *stride * gdk_texture_get_height (texture));
  gdk_texture_download (texture, data, *stride);
  return data;
}

static void
timeout_done_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
}

/* Runs the main loop for @ms, so that delayed work (the crisp re-render of
 * the drawing after a zoom) is done before pixels are compared. */
void
bm_test_wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add_once (ms, timeout_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Any label under @widget, shown or not, whose text is @text. */
GtkWidget *
bm_test_find_label_text (GtkWidget  *widget,
                         const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bm_test_find_label_text (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Where @widget is, in @window's coordinates; it must be in the window. */
graphene_rect_t
bm_test_bounds (GtkWidget *widget,
                GtkWidget *window)
{
  graphene_rect_t r;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &r));
  return r;
}

/* The first widget under @widget, itself included, depth first, for which
 * @test (widget, @data) is TRUE, or NULL. */
GtkWidget *
bm_test_find_widget (GtkWidget      *widget,
                     gboolean      (*test) (GtkWidget *, gconstpointer),
                     gconstpointer   data)
{
  if (test (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bm_test_find_widget (child, test, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* For bm_test_find_widget(): a button whose label is @label. */
gboolean
bm_test_is_button_labelled (GtkWidget     *widget,
                            gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/* The texts of the visible labels under @widget, each ended by a newline. */
char *
bm_test_visible_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

/* The first open window of @type (a dialog, an editor), or NULL. */
GtkWindow *
bm_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* owned by GTK */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* Registers @app (not unique), activates its @action and returns the first
 * open window of @type, which the action is to open. */
GtkWindow *
bm_test_open_window (GApplication *app,
                     const char   *action,
                     GType         type)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_application_set_flags (app, G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (app, NULL, &error));
  g_assert_no_error (error);
  g_action_group_activate_action (G_ACTION_GROUP (app), action, NULL);
  if ((window = bm_test_find_toplevel (type)) == NULL)
    g_error ("the action “%s” opened no %s", action, g_type_name (type));
  return window;
}

/* A main window of 1280 × 860, shown, once its map is drawn. */
BmWindow *
bm_test_new_window (BmAtlas    *atlas,
                    BmBodyArt  *art,
                    const char *session_file)
{
  BmWindow *window = bm_window_new (NULL, atlas, art, session_file);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));
  return window;
}

/* Whether the pixel at (@x, @y) of @pixels (BGRA) is the muscle's red:
 * red well above green and blue, which neither the skin, the referral
 * zones' violet nor the drawing's lines are. */
gboolean
bm_test_muscle_red_at (const guchar *pixels,
                       int           stride,
                       double        x,
                       double        y)
{
  const guchar *p = pixels + (gsize) ((int) y) * stride + (gsize) ((int) x) * 4;

  g_test_message ("pixel at %.0f,%.0f: rgb(%d, %d, %d)", x, y, p[2], p[1], p[0]);
  return p[2] - p[1] > 25 && p[2] - p[0] > 25;
}
