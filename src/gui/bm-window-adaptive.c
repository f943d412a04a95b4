/* bm-window-adaptive.c: the window narrow and wide
 *
 * The map and the sidebar are the two pages of an AdwLeaflet: side by side
 * in a wide window, one at a time in a narrow one, the map first. There a
 * button on the map's header bar, counting the likely sources, leads to the
 * sidebar, and Back leads from a muscle page to the lists, then to the map.
 * The map's legend takes the whole width, with its buttons in a row under
 * it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-window-private.h"

static GtkWidgetClass *parent_class;

gboolean
bm_window_on_muscle_page (BmWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->sidebar_stack), "muscle") == 0;
}

/* Back leads from a muscle page to the lists and, in a narrow window, from
 * the lists to the map; the sidebar's header names the muscle shown. The
 * leaflet's own swipe and Alt+Left go to the map only from the lists. */
void
bm_window_update_navigation (BmWindow *self)
{
  gboolean folded = adw_leaflet_get_folded (self->leaflet) || !adw_leaflet_get_can_unfold (self->leaflet);
  gboolean on_sidebar = g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "sidebar") == 0;
  gboolean muscle = bm_window_on_muscle_page (self);
  GtkWidget *child = adw_view_stack_get_visible_child (self->view_stack);
  AdwViewStackPage *page = child != NULL ? adw_view_stack_get_page (self->view_stack, child) : NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", muscle || (folded && on_sidebar));
  gtk_widget_set_visible (self->back_button, muscle || folded);
  adw_leaflet_set_can_navigate_back (self->leaflet, !muscle);
  gtk_stack_set_visible_child_name (self->title_stack, muscle ? "muscle" : "lists");
  /* Where the switcher does not fit the header, it names the page shown. */
  if (page != NULL)
    adw_view_switcher_title_set_title (self->switcher_title, adw_view_stack_page_get_title (page));
}

static void
adaptive_changed_cb (BmWindow *self)
{
  /* The leaflet notifies while the template is still being built. */
  if (self->back_button != NULL)
    bm_window_update_navigation (self);
}

/* The leaflet folds only when it is allocated; a window opening narrow
 * would be sized first for the map and the sidebar side by side, each too
 * narrow, so too tall. It opens folded when its width asks for that, and
 * may unfold from its first frame on. */
static gboolean
allow_unfold_cb (GtkWidget     *widget,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  adw_leaflet_set_can_unfold (BM_WINDOW (widget)->leaflet, TRUE);
  return G_SOURCE_REMOVE;
}

static void
realize (GtkWidget *widget)
{
  BmWindow *self = BM_WINDOW (widget);
  int width, height, map_min, sidebar_min;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  gtk_widget_measure (GTK_WIDGET (self->map_pane), GTK_ORIENTATION_HORIZONTAL, -1, &map_min, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->sidebar_pane), GTK_ORIENTATION_HORIZONTAL, -1, &sidebar_min, NULL, NULL,
                      NULL);
  if (width > 0 && width < map_min + 1 + sidebar_min && !gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      adw_leaflet_set_can_unfold (self->leaflet, FALSE);
      gtk_widget_add_tick_callback (widget, allow_unfold_cb, NULL, NULL);
    }
  GTK_WIDGET_CLASS (parent_class)->realize (widget);
}

/* The sidebar, when the window is narrow; beside the map it is always shown. */
void
bm_window_show_sidebar (BmWindow *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "sidebar");
}

/* The narrow window's way to the sidebar says how many likely sources a
 * click has left, so the ranking's change shows on the map page too. */
void
bm_window_update_results_button (BmWindow *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  g_autofree char *label = NULL;
  guint n = 0;

  for (guint i = 0; i < ranking->candidates->len; i++)
    if (((const BmCandidate *) ranking->candidates->pdata[i])->related_to == NULL)
      n++;
  if (n == 0)
    label = g_strdup (_("Sources"));
  else
    label = g_strdup_printf (g_dngettext (NULL, "%u Source", "%u Sources", n), n);
  if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (self->results_button)), label) != 0)
    gtk_button_set_label (GTK_BUTTON (self->results_button), label);
  if (n > 0)
    gtk_widget_add_css_class (self->results_button, "suggested-action");
  else
    gtk_widget_remove_css_class (self->results_button, "suggested-action");
}

static void
show_results_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  bm_window_show_sidebar (BM_WINDOW (widget));
}

/* The actions and the template callback of this file; the window's
 * realize, which opens a narrow window folded. */
void
bm_window_install_adaptive (GtkWidgetClass *widget_class)
{
  parent_class = g_type_class_peek_parent (widget_class);
  widget_class->realize = realize;
  gtk_widget_class_install_action (widget_class, "win.show-results", NULL, show_results_action);
  gtk_widget_class_bind_template_callback (widget_class, adaptive_changed_cb);
}
