/* bm-window-actions.c: the window's actions and their shortcuts
 *
 * Undo; Clear All, whose toast offers to bring the marks back for as long
 * as that still means what it says; zoom; search; the disclaimer; the
 * keyboard shortcuts window. The sheet, the journal, the narrow layout and
 * the journal's maps install their own actions (bm-window-sheet.c,
 * bm-window-journal.c, bm-window-adaptive.c, bm-window-journal-maps.c);
 * win.back stays with the navigation it belongs to, in bm-window.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-body-view.h"
#include "bm-muscle-list.h"
#include "bm-region-list.h"
#include "bm-window-private.h"
#include "core/bm-disclaimer.h"

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  bm_pain_map_undo (bm_session_get_pain_map (BM_WINDOW (widget)->session));
}

static void
clear_toast_dismissed_cb (BmWindow *self,
                          AdwToast *toast)
{
  if (self->clear_toast == toast)
    g_clear_object (&self->clear_toast);
}

/* Undo in a Clear All toast: the map's undo, but only while the toast is
 * still the latest clear and the marks did not change since. */
static void
clear_toast_undo_cb (BmWindow *self,
                     AdwToast *toast)
{
  if (self->clear_toast == toast)
    bm_pain_map_undo (bm_session_get_pain_map (self->session));
}

/* Clears every mark and offers to bring them back. The offer lasts until
 * the marks change again, when Undo would undo something else: then the
 * toast loses its button. It is never dismissed by the code: libadwaita 1.2
 * can crash when a toast is dismissed while it is still animating in. */
static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);
  BmPainMap *pain_map = bm_session_get_pain_map (self->session);
  guint n = bm_pain_map_get_n_areas (pain_map);
  g_autofree char *title = g_strdup_printf (g_dngettext (NULL, "Cleared %u marked area", "Cleared all %u marked areas", n), n);
  AdwToast *toast;

  bm_pain_map_clear (pain_map);   /* makes an older offer stale */
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (clear_toast_undo_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (clear_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  g_set_object (&self->clear_toast, toast);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
marks_changed_cb (BmWindow *self)
{
  if (self->clear_toast == NULL)
    return;
  adw_toast_set_button_label (self->clear_toast, NULL);
  g_clear_object (&self->clear_toast);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BmBodyView *view = BM_WINDOW (widget)->body_view;
  double cx = gtk_widget_get_width (GTK_WIDGET (view)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (view)) / 2.0;

  if (g_str_equal (action_name, "win.zoom-in"))
    bm_body_view_zoom_at (view, 1.5, cx, cy);
  else if (g_str_equal (action_name, "win.zoom-out"))
    bm_body_view_zoom_at (view, 1 / 1.5, cx, cy);
  else
    bm_body_view_reset_zoom (view);
}

/* Ctrl+F: the area search on the Areas page, the muscle search otherwise. */
static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->sidebar_stack, "lists");
  bm_window_show_sidebar (self);
  bm_window_update_navigation (self);
  if (g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "areas") == 0)
    bm_region_list_focus_search (bm_window_ensure_region_list (self));
  else
    {
      adw_view_stack_set_visible_child_name (self->view_stack, "muscles");
      bm_muscle_list_focus_search (bm_window_ensure_muscle_list (self));
    }
}

/* Escape in a search field leaves it, so that Ctrl+Z undoes the last mark
 * again instead of editing the search text. */
static void
search_stopped_cb (BmWindow *self)
{
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

/* Escape in any search field under @widget leaves the field. */
void
bm_window_connect_search_entries (BmWindow  *self,
                                  GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    g_signal_connect_object (widget, "stop-search", G_CALLBACK (search_stopped_cb), self, G_CONNECT_SWAPPED);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    bm_window_connect_search_entries (self, child);
}

static void
disclaimer_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  const BmDisclaimer *disclaimer = bm_disclaimer_get ();
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (widget), disclaimer->heading, disclaimer->details);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Ctrl+? and the menu's Keyboard Shortcuts. The shortcuts window is built
 * when first asked for, not with every window: its resource is not at
 * gtk/help-overlay.ui, where GtkApplication would build it at start-up. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* Clear All's offer to undo lasts until the marks change again. */
void
bm_window_setup_actions (BmWindow *self)
{
  g_signal_connect_object (bm_session_get_pain_map (self->session), "changed", G_CALLBACK (marks_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

/* The actions above, the other files' actions, and the window's shortcuts. */
void
bm_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_property_action (widget_class, "win.symptom", "symptom");
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.disclaimer", NULL, disclaimer_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
  bm_window_install_sheet_actions (widget_class);
  bm_window_install_journal (widget_class);
  bm_window_install_adaptive (widget_class);
  bm_window_install_journal_maps (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.layout", "s", "front-back");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.layout", "s", "sides");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "win.show-anatomy", NULL);
  /* GtkWindow's own action: closing asks close-request, which saves. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}
