/* bm-window-journal-files.c: the journal's files: CSV import and export,
 * and the progress report
 *
 * The file choosers start where the stretch sheet's export does (the last
 * export folder, else Documents) and remember the folder the same way
 * (bm-window-sheet.c). Import is all or nothing (bm-journal-csv.h); its
 * errors name the file, the line and the column. Messages go to the
 * Journal page while it is shown, else over the map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/bm-journal-csv.h"
#include "core/bm-journal-report.h"
#include "bm-journal-page.h"
#include "bm-window-private.h"

typedef enum { JOURNAL_IMPORT, JOURNAL_EXPORT, JOURNAL_REPORT } JournalFile;

static gboolean
page_shown (BmWindow *self)
{
  return g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "journal") == 0 &&
         !bm_window_on_muscle_page (self);
}

/* Over the Journal page while it is shown (a narrow window hides the map). */
static void
add_toast (BmWindow *self,
           AdwToast *toast)
{
  if (page_shown (self))
    bm_journal_page_add_toast (self->journal_page, toast);
  else
    adw_toast_overlay_add_toast (self->toasts, toast);
}

static void
report (BmWindow   *self,
        const char *title,
        const char *details)
{
  add_toast (self, bm_window_new_report_toast (self, title, details));
}

static void
import_file (BmWindow *self,
             GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *title = NULL;
  BmJournal *journal = bm_window_get_journal (self, &error);
  guint added = 0, skipped = 0;

  if (journal != NULL && path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("%s: only files on this computer can be imported"),
                 g_file_peek_path (file) != NULL ? g_file_peek_path (file) : g_file_get_uri (file));
  if (journal == NULL || path == NULL ||
      !bm_journal_csv_import_file (journal, path, bm_atlas_get_catalog (self->atlas), &added, &skipped, &error))
    {
      report (self, _("Nothing was imported"), error->message);
      return;
    }
  if (skipped > 0)
    title = g_strdup_printf (g_dngettext (NULL, "Imported %u entry; skipped %u already in the journal",
                                          "Imported %u entries; skipped %u already in the journal", added),
                             added, skipped);
  else
    title = g_strdup_printf (g_dngettext (NULL, "Imported %u entry", "Imported %u entries", added), added);
  add_toast (self, adw_toast_new (title));
}

static void
export_file (BmWindow *self,
             GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  BmJournal *journal = bm_window_get_journal (self, &error);

  bm_window_remember_export_folder (self, file);
  if (journal != NULL && path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("%s: only files on this computer can be written"),
                 g_file_get_uri (file));
  if (journal == NULL || path == NULL || !bm_journal_csv_export_file (journal, path, &error))
    report (self, _("The journal was not exported"), error->message);
  else
    add_toast (self, bm_window_new_saved_toast (self, file));
}

/* The report covers what the chart shows: its span, or every entry (also
 * when the span shown holds none). */
static void
report_file (BmWindow *self,
             GFile    *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  BmJournal *journal = bm_window_get_journal (self, &error);
  BmJournalChartView *view = bm_journal_page_get_chart_view (bm_window_ensure_journal_page (self));
  BmJournalChart *chart = bm_journal_chart_view_get_chart (view);
  g_autoptr(BmJournalReport) report_ = NULL;
  gint64 from = 0, to = 0;
  double width, height;

  bm_window_remember_export_folder (self, file);
  if (chart != NULL && bm_journal_chart_view_get_span (view) != 0 && bm_journal_chart_count_visible (chart) > 0)
    bm_journal_chart_get_range (chart, &from, &to);
  if (journal != NULL && path == NULL)
    g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("%s: only files on this computer can be written"),
                 g_file_get_uri (file));
  if (journal != NULL && path != NULL)
    report_ = bm_journal_report_new (journal, self->atlas, from, to == 0 ? G_MAXINT64 : to, &error);
  bm_window_get_export_paper (self, &width, &height);
  if (report_ == NULL || !bm_journal_report_export_pdf (report_, path, width, height, &error))
    report (self, _("The progress report was not saved"), error->message);
  else
    add_toast (self, bm_window_new_saved_toast (self, file));
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     BmWindow        *self)
{
  JournalFile kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "kind"));
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      if (kind == JOURNAL_IMPORT)
        import_file (self, file);
      else if (kind == JOURNAL_EXPORT)
        export_file (self, file);
      else
        report_file (self, file);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
}

/* "bodymap-journal-2026-12-02.csv" */
static char *
default_name (const char *stem,
              const char *suffix)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d");

  return g_strdup_printf ("%s-%s.%s", stem, date, suffix);
}

/* The chooser for @kind, in the export folder, not yet shown. */
GtkFileChooserNative *
bm_window_new_journal_chooser (BmWindow   *self,
                               const char *action_name)
{
  JournalFile kind = g_str_equal (action_name, "win.journal-import") ? JOURNAL_IMPORT
                     : g_str_equal (action_name, "win.journal-export") ? JOURNAL_EXPORT : JOURNAL_REPORT;
  g_autoptr(GFile) folder = bm_window_get_export_folder (self);
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (kind == JOURNAL_IMPORT)
    chooser = gtk_file_chooser_native_new (_("Import Journal"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                           _("_Import"), _("_Cancel"));
  else
    chooser = gtk_file_chooser_native_new (kind == JOURNAL_EXPORT ? _("Export Journal") : _("Save Progress Report"),
                                           GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                           kind == JOURNAL_EXPORT ? _("_Export") : _("_Save"), _("_Cancel"));
  if (kind == JOURNAL_REPORT)
    add_filter (GTK_FILE_CHOOSER (chooser), _("PDF documents"), "application/pdf", "pdf");
  else
    add_filter (GTK_FILE_CHOOSER (chooser), _("CSV files"), "text/csv", "csv");
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  if (kind != JOURNAL_IMPORT)
    {
      name = kind == JOURNAL_EXPORT ? default_name ("bodymap-journal", "csv")
                                    : default_name ("bodymap-progress-report", "pdf");
      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data (G_OBJECT (chooser), "kind", GINT_TO_POINTER (kind));
  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  return chooser;
}

/* Opens (or reports) the journal first: a journal that cannot be opened
 * gets no file chooser. */
static void
journal_file_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (bm_window_get_journal (self, &error) == NULL)
    {
      report (self, _("The journal cannot be opened"), error->message);
      return;
    }
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (bm_window_new_journal_chooser (self, action_name)));
}

/* For the tests: what the chooser's Accept does with @file. */
void
bm_window_journal_file (BmWindow   *self,
                        const char *action_name,
                        GFile      *file)
{
  if (g_str_equal (action_name, "win.journal-import"))
    import_file (self, file);
  else if (g_str_equal (action_name, "win.journal-export"))
    export_file (self, file);
  else
    report_file (self, file);
}

void
bm_window_install_journal_files (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.journal-import", NULL, journal_file_action);
  gtk_widget_class_install_action (widget_class, "win.journal-export", NULL, journal_file_action);
  gtk_widget_class_install_action (widget_class, "win.journal-report", NULL, journal_file_action);
}
