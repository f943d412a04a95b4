/* bm-window-session.c: the session saved as the person goes, and what the
 * window tells them about their files
 *
 * A change is saved SAVE_DELAY_MS after it, or at once when the window
 * closes. What goes wrong with a file (a session that could not be saved
 * or restored whole, a journal, an export) is a toast that stays until
 * dismissed, with a Details button for the whole message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-window-private.h"

#define SAVE_DELAY_MS 800

static void
details_cb (AdwToast *toast,
            BmWindow *self)
{
  g_autofree char *details = g_strdup (g_object_get_data (G_OBJECT (toast), "details"));
  const char *title = g_object_get_data (G_OBJECT (toast), "plain-title");
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), title, NULL);

  /* A sentence, in plain text: the details hold paths and ids, never markup. */
  details[0] = g_ascii_toupper (details[0]);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), details);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A toast with a short @title (our own words, no markup) that stays until
 * dismissed, and a Details button showing all of @details: a toast holds
 * one line, too little for a path and a cause. */
AdwToast *
bm_window_new_report_toast (BmWindow   *self,
                            const char *title,
                            const char *details)
{
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  /* The toast's title is markup, the dialog's heading plain text. */
  g_object_set_data_full (G_OBJECT (toast), "plain-title", g_strdup (title), g_free);
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Details"));
  g_object_set_data_full (G_OBJECT (toast), "details", g_strdup (details), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (details_cb), self, 0);
  return toast;
}

void
bm_window_report (BmWindow   *self,
                  const char *title,
                  const char *details)
{
  adw_toast_overlay_add_toast (self->toasts, bm_window_new_report_toast (self, title, details));
}

/* A failed save is reported once, not after every change, until saving
 * works again or fails another way. */
static gboolean
save_cb (gpointer data)
{
  BmWindow *self = data;
  g_autoptr(GError) error = NULL;
  const char *last = g_object_get_data (G_OBJECT (self), "save-error");

  self->save_id = 0;
  if (bm_session_save (self->session, self->session_file, &error))
    g_object_set_data (G_OBJECT (self), "save-error", NULL);
  else if (g_strcmp0 (last, error->message) != 0)
    {
      bm_window_report (self, _("Your session could not be saved"), error->message);
      g_object_set_data_full (G_OBJECT (self), "save-error", g_strdup (error->message), g_free);
    }
  return G_SOURCE_REMOVE;
}

/* Saves the session a moment after a change, when the window has a file. */
void
bm_window_queue_save (BmWindow *self)
{
  if (self->session_file != NULL && self->save_id == 0)
    self->save_id = g_timeout_add (SAVE_DELAY_MS, save_cb, self);
}

/* Saves a change still waiting to be saved, now. */
void
bm_window_save_now (BmWindow *self)
{
  if (self->save_id != 0)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      save_cb (self);
    }
}

/* Restores the last session (bm_session_restore() keeps a damaged file
 * aside, never overwritten) and tells the person what really happened.
 * When the file could not be kept aside, this window does not save. */
void
bm_window_restore_session (BmWindow *self)
{
  g_autofree char *message = NULL;
  gboolean can_save = TRUE;

  if (self->session_file == NULL ||
      (message = bm_session_restore (self->session, self->session_file, &can_save)) == NULL)
    return;
  g_debug ("%s", message);
  bm_window_report (self, can_save ? _("Your last session was not restored whole")
                                   : _("Your last session was not restored whole; changes will not be saved"),
                    message);
  if (!can_save)
    g_clear_pointer (&self->session_file, g_free);
}
