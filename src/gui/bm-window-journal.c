/* bm-window-journal.c: the window's journal: Save to Journal, the Journal
 * page, and the journal's files
 *
 * The journal (bm-journal.h) is the application's, opened when it is
 * first needed (Save to Journal, or the Journal page shown), never at
 * start-up; a window outside a BmApplication (the tests) opens its own.
 * What the opening found is said once: a damaged file set aside (where it
 * went, on the page and in a toast), rows that could not be read (a toast
 * with details); a journal that cannot be opened (busy, newer) is an error
 * page naming the file, with Try Again. The journal is reread when the
 * window becomes active and when the page is shown, so entries the CLI
 * added appear.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-application.h"
#include "bm-journal-page.h"
#include "bm-journal-row.h"
#include "bm-window-private.h"

/* The sidebar's widest, as ui/bm-window.ui has it, and with the Journal. */
#define SIDEBAR_WIDTH         420
#define SIDEBAR_JOURNAL_WIDTH 600

/* ---- Opening ------------------------------------------------------------- */

static BmJournal *
open_journal (BmWindow  *self,
              GError   **error)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *path = NULL;
  BmJournal *journal;

  if (BM_IS_APPLICATION (app))
    {
      journal = bm_application_get_journal (BM_APPLICATION (app), error);
      return journal != NULL ? g_object_ref (journal) : NULL;
    }
  path = bm_journal_default_path ();
  return bm_journal_open (path, bm_atlas_get_catalog (self->atlas), error);
}

/* What the page and a toast say of a damaged journal kept aside, or NULL. */
static char *
set_aside_notice (BmJournal *journal)
{
  const char *set_aside = bm_journal_get_set_aside (journal);

  if (set_aside == NULL)
    return NULL;
  return g_strdup_printf (_("Your journal could not be read, so it was kept aside as “%s” and a new journal was "
                            "started."), set_aside);
}

/* What the opening found that the person should know. */
static void
report_opened (BmWindow  *self,
               BmJournal *journal)
{
  g_autofree char *notice = set_aside_notice (journal);
  const char *problems = bm_journal_get_problems (journal);

  if (notice != NULL)
    {
      /* A page not built yet says it when it is (bm_window_ensure_journal_page). */
      if (self->journal_page != NULL)
        bm_journal_page_set_notice (self->journal_page, notice);
      bm_window_report (self, _("Your journal was damaged and was kept aside"), notice);
    }
  if (problems != NULL)
    bm_window_report (self, _("Some journal rows could not be read"), problems);
}

/* Counts the journal's changes other than Save to Journal's own, so that
 * its Undo knows whether bm_journal_undo() would still undo the save. */
static void
journal_items_changed_cb (BmWindow *self)
{
  if (!self->journal_adding)
    self->journal_changes++;
}

/* The journal, opened on first use; NULL when it cannot be opened, which
 * the Journal page then says, naming the file. */
BmJournal *
bm_window_get_journal (BmWindow  *self,
                       GError   **error)
{
  g_autoptr(GError) local = NULL;
  g_autofree char *path = NULL, *reason = NULL;

  if (self->journal != NULL)
    return self->journal;
  self->journal = open_journal (self, &local);
  if (self->journal == NULL)
    {
      path = bm_journal_default_path ();
      reason = strstr (local->message, path) != NULL ? g_strdup (local->message)
                                                     : g_strdup_printf ("%s: %s", path, local->message);
      bm_journal_page_show_error (bm_window_ensure_journal_page (self), reason);
      g_set_error_literal (error, local->domain, local->code, reason);
      return NULL;
    }
  g_signal_connect_object (self->journal, "items-changed", G_CALLBACK (journal_items_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (self->journal_page != NULL)
    bm_journal_page_set_journal (self->journal_page, self->journal);
  report_opened (self, self->journal);
  return self->journal;
}

/* Rereads what another process (the CLI) wrote; only a journal already
 * opened, so that a window that never used it never opens it. */
static void
reload_journal (BmWindow *self)
{
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  if (self->journal != NULL && !bm_journal_reload (self->journal, &changed, &error))
    g_debug ("The journal was not reread: %s", error->message);
}

static void
active_changed_cb (BmWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    reload_journal (self);
}

/* The view stack changed pages. Shown, the Journal page opens the journal
 * or rereads it, and the sidebar beside the map widens for its chart. */
void
bm_window_journal_page_changed (BmWindow *self)
{
  gboolean shown = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "journal") == 0;
  GtkWidget *clamp = gtk_widget_get_parent (self->sidebar_pane);

  if (ADW_IS_CLAMP (clamp))
    {
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), shown ? SIDEBAR_JOURNAL_WIDTH : SIDEBAR_WIDTH);
      adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), shown ? SIDEBAR_JOURNAL_WIDTH : SIDEBAR_WIDTH);
    }
  if (!shown)
    return;
  if (self->journal == NULL)
    bm_window_get_journal (self, NULL);
  else
    reload_journal (self);
}

static void
retry_cb (BmWindow *self)
{
  bm_window_get_journal (self, NULL);
}

/* ---- Save to Journal ------------------------------------------------------ */

/* "Saved to journal", a View button, and Undo of the entry @id. The toast
 * is never dismissed by the code: libadwaita 1.2 can crash when a toast is
 * dismissed while it shows (see gmg137/netease-cloud-music-gtk#202). */
static AdwToast *
saved_toast (BmWindow *self,
             gint64    id)
{
  AdwToast *toast = adw_toast_new (_("Saved to journal"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (_("Saved to journal"));
  GtkWidget *view = gtk_button_new_with_mnemonic (_("_View"));

  gtk_widget_add_css_class (label, "heading");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (view), "win.journal-show");
  gtk_widget_set_valign (view, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  adw_toast_set_custom_title (toast, box);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.journal-undo");
  adw_toast_set_action_target_value (toast, g_variant_new ("(xu)", id, self->journal_changes));
  return toast;
}

static void
journal_save_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournalEntry) entry = NULL;
  BmJournal *journal = bm_window_get_journal (self, &error);
  gboolean added;

  if (journal == NULL)
    {
      bm_window_report (self, _("The entry was not saved"), error->message);
      return;
    }
  entry = bm_journal_entry_new_from_session (self->session, g_get_real_time () / G_USEC_PER_SEC);
  self->journal_adding = TRUE;
  added = bm_journal_add (journal, entry, &error);
  self->journal_adding = FALSE;
  if (!added)
    {
      bm_window_report (self, _("The entry was not saved"), error->message);
      return;
    }
  adw_toast_overlay_add_toast (self->toasts, saved_toast (self, bm_journal_entry_get_id (entry)));
}

/* Undo in "Saved to journal" (id, changes then): the journal's own undo
 * while nothing else changed it since, else the entry's removal. */
static void
journal_undo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  guint changes;
  gboolean done = TRUE;

  g_variant_get (param, "(xu)", &id, &changes);
  if (self->journal == NULL || bm_journal_lookup (self->journal, id) == NULL)
    return;
  if (changes == self->journal_changes && bm_journal_can_undo (self->journal))
    done = bm_journal_undo (self->journal, &error);
  else
    done = bm_journal_remove (self->journal, id, &error);
  if (!done)
    bm_window_report (self, _("The entry was not removed"), error->message);
}

/* The Journal page, in the sidebar (a narrow window's second page). */
static void
journal_show_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->sidebar_stack, "lists");
  adw_view_stack_set_visible_child_name (self->view_stack, "journal");
  bm_window_show_sidebar (self);
  bm_window_update_navigation (self);
}

/* Save to Journal keeps the marks: offered while there are some. */
void
bm_window_update_journal_actions (BmWindow *self)
{
  guint n = bm_pain_map_get_n_marks (bm_session_get_pain_map (self->session));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.journal-save", n > 0);
}

/* ---- Show on Map ----------------------------------------------------------- */

static void
restore_marks_cb (AdwToast *toast,
                  BmWindow *self)
{
  const char *data = g_object_get_data (G_OBJECT (toast), "session");
  g_autoptr(GError) error = NULL;

  if (!bm_session_load_data (self->session, data, strlen (data), "session", NULL, &error))
    bm_window_report (self, _("Your marks could not be brought back"), error->message);
}

/* Replaces the marks with the entry's; a toast offers the earlier ones back. */
static void
apply_entry (BmWindow       *self,
             BmJournalEntry *entry)
{
  g_autofree char *saved = bm_session_to_data (self->session);
  g_autofree char *when = bm_journal_format_time (entry);
  g_autofree char *title = g_strdup_printf (_("The map shows the entry of %s"), when);
  g_autofree char *escaped = g_markup_escape_text (title, -1);
  AdwToast *toast = adw_toast_new (escaped);

  bm_journal_entry_apply (entry, self->session);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "session", g_steal_pointer (&saved), g_free);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (restore_marks_cb), self, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
  adw_leaflet_set_visible_child_name (self->leaflet, "map");
  bm_window_update_navigation (self);
}

static void
replace_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BmWindow         *self)
{
  BmJournalEntry *entry = self->journal != NULL ?
    bm_journal_lookup (self->journal, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "id"))) : NULL;

  if (g_str_equal (response, "replace") && entry != NULL)
    apply_entry (self, entry);
}

static void
show_entry_cb (BmWindow *self,
               gint64    id)
{
  BmJournalEntry *entry = self->journal != NULL ? bm_journal_lookup (self->journal, id) : NULL;
  GtkWidget *dialog;

  if (entry == NULL)
    return;
  if (bm_pain_map_get_n_marks (bm_session_get_pain_map (self->session)) == 0)
    {
      apply_entry (self, entry);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace Your Marks?"),
                                   _("The map will show the entry’s marks and answers instead of your current "
                                     "ones. You can bring yours back with Undo."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (replace_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Set-up ---------------------------------------------------------------- */

/* The Journal page, built when first shown or needed, with what the
 * journal already opened (by Save to Journal) has to say. */
BmJournalPage *
bm_window_ensure_journal_page (BmWindow *self)
{
  g_autofree char *notice = NULL;

  if (self->journal_page != NULL)
    return self->journal_page;
  self->journal_page = BM_JOURNAL_PAGE (g_object_new (BM_TYPE_JOURNAL_PAGE, NULL));
  bm_journal_page_set_session (self->journal_page, self->session);
  g_signal_connect_object (self->journal_page, "show-entry", G_CALLBACK (show_entry_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->journal_page, "retry", G_CALLBACK (retry_cb), self, G_CONNECT_SWAPPED);
  if (self->journal != NULL)
    {
      bm_journal_page_set_journal (self->journal_page, self->journal);
      if ((notice = set_aside_notice (self->journal)) != NULL)
        bm_journal_page_set_notice (self->journal_page, notice);
    }
  adw_bin_set_child (self->journal_slot, GTK_WIDGET (self->journal_page));
  return self->journal_page;
}

void
bm_window_setup_journal (BmWindow *self)
{
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);
  bm_window_update_journal_actions (self);
}

void
bm_window_dispose_journal (BmWindow *self)
{
  g_clear_object (&self->journal);
}

void
bm_window_install_journal (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.journal-save", NULL, journal_save_action);
  gtk_widget_class_install_action (widget_class, "win.journal-undo", "(xu)", journal_undo_action);
  gtk_widget_class_install_action (widget_class, "win.journal-show", NULL, journal_show_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_j, GDK_CONTROL_MASK, "win.journal-save", NULL);
  bm_window_install_journal_files (widget_class);
}
