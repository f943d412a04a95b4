/* bm-window-sheet.c: the window's stretch-sheet actions (print, export)
 *
 * Both use the core sheet renderer: printing lays it out on the printer's
 * page with GtkPrintOperation (its dialog offers preview and page setup);
 * export, and printing to a file, save it with bm_sheet_export_file(), to
 * local folders or any other place GIO reaches. The last print's settings
 * and page setup, and the last export folder, are kept in GSettings; the
 * PDF export uses the last print's paper. Both actions are offered only
 * while the sheet has something on it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/bm-sheet.h"
#include "bm-sources-page.h"
#include "bm-window-private.h"

static void
toast (BmWindow   *self,
       const char *message)
{
  /* A toast's title is markup; messages hold paths and ids. */
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (escaped));
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(BmWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    toast (self, error->message);
}

/* The toast's Open button: the saved PDF in the person's viewer. */
static void
open_saved_cb (AdwToast *saved,
               BmWindow *self)
{
  const char *uri = g_object_get_data (G_OBJECT (saved), "uri");
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (self)));

  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, opened_cb,
                                           g_object_ref (self));
}

/* "Saved “stretch-sheet-2026-12-02.pdf”", with a button that opens it. */
AdwToast *
bm_window_new_saved_toast (BmWindow *self,
                           GFile    *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *message = g_markup_printf_escaped (_("Saved “%s”"), name);
  AdwToast *saved = adw_toast_new (message);

  adw_toast_set_button_label (saved, _("_Open"));
  g_object_set_data_full (G_OBJECT (saved), "uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (saved, "button-clicked", G_CALLBACK (open_saved_cb), self, 0);
  return saved;
}

static void
toast_saved (BmWindow *self,
             GFile    *file)
{
  adw_toast_overlay_add_toast (self->toasts, bm_window_new_saved_toast (self, file));
}

/* ---- Remembered between runs: the print setup and the export folder ---- */

/* Whether the app's settings are installed and know @key (an older
 * compiled schema may not); without them nothing is remembered. */
static gboolean
knows (BmWindow   *self,
       const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  if (self->settings == NULL)
    return FALSE;
  g_object_get (self->settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, key);
}

/* The saved dictionary at @key, or NULL when nothing is saved. */
static GVariant *
saved_dict (BmWindow   *self,
            const char *key)
{
  g_autoptr(GVariant) value = knows (self, key) ? g_settings_get_value (self->settings, key) : NULL;

  if (value == NULL || g_variant_n_children (value) == 0)
    return NULL;
  return g_steal_pointer (&value);
}

/* The page setup of the last print, or NULL. */
static GtkPageSetup *
saved_page_setup (BmWindow *self)
{
  g_autoptr(GVariant) saved = saved_dict (self, "page-setup");

  return saved != NULL ? gtk_page_setup_new_from_gvariant (saved) : NULL;
}

/* Keeps what the print dialog ended with for the next print. The output
 * file is left out: it would make the next print a print to that file. */
static void
remember_print_setup (BmWindow          *self,
                      GtkPrintOperation *op,
                      GtkPrintContext   *context)
{
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (op);

  if (settings != NULL && knows (self, "print-settings"))
    {
      g_autoptr(GtkPrintSettings) copy = gtk_print_settings_copy (settings);

      gtk_print_settings_unset (copy, GTK_PRINT_SETTINGS_OUTPUT_URI);
      g_settings_set_value (self->settings, "print-settings", gtk_print_settings_to_gvariant (copy));
    }
  if (knows (self, "page-setup"))
    g_settings_set_value (self->settings, "page-setup",
                          gtk_page_setup_to_gvariant (gtk_print_context_get_page_setup (context)));
}

/* Starts @op with the last print's printer, options and paper. */
static void
restore_print_setup (BmWindow          *self,
                     GtkPrintOperation *op)
{
  g_autoptr(GVariant) saved = saved_dict (self, "print-settings");
  g_autoptr(GtkPageSetup) setup = saved_page_setup (self);

  if (saved != NULL)
    {
      g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new_from_gvariant (saved);

      gtk_print_settings_unset (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
      gtk_print_operation_set_print_settings (op, settings);
    }
  if (setup != NULL)
    gtk_print_operation_set_default_page_setup (op, setup);
}

/* The folder the export starts in: the last one used, while it is there,
 * else the Documents folder if there is one; NULL leaves it to GTK. */
GFile *
bm_window_get_export_folder (BmWindow *self)
{
  g_autofree char *uri = knows (self, "export-folder") ? g_settings_get_string (self->settings, "export-folder") : NULL;
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (uri != NULL && uri[0] != '\0')
    {
      g_autoptr(GFile) last = g_file_new_for_uri (uri);

      /* A remote folder is not looked up here: that could block. */
      if (!g_file_is_native (last) ||
          g_file_query_file_type (last, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        return g_steal_pointer (&last);
    }
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return NULL;
}

void
bm_window_remember_export_folder (BmWindow *self,
                                  GFile    *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = folder != NULL ? g_file_get_uri (folder) : NULL;

  if (uri != NULL && knows (self, "export-folder"))
    g_settings_set_string (self->settings, "export-folder", uri);
}

/* The sheet to print or export, with the handout's options; NULL (with a
 * toast saying why) when there is nothing to put on it. */
BmSheet *
bm_window_new_sheet (BmWindow *self)
{
  g_autoptr(GError) error = NULL;
  BmSheet *sheet = bm_sheet_new (self->session, NULL, &error);
  BmSheetList *options = bm_sources_page_get_sheet_list (self->sources_page);

  if (sheet == NULL)
    toast (self, error->message);
  else if (bm_sheet_get_muscles (sheet)->len == 0)
    {
      toast (self, _("Mark where it hurts, or add muscles to your sheet, first."));
      g_clear_pointer (&sheet, bm_sheet_free);
    }
  else
    {
      bm_sheet_set_client (sheet, bm_sheet_list_get_client (options));
      bm_sheet_set_techniques (sheet, bm_sheet_list_get_techniques (options));
    }
  return sheet;
}

/* Print and Export are offered only while the sheet has something on it:
 * a mark with a likely source, or a muscle on My Sheet. Called whenever
 * the session changes. */
void
bm_window_update_sheet_actions (BmWindow *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  gboolean has_content = bm_session_get_sheet (self->session)->len > 0 || ranking->candidates->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_content);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", has_content);
}

/* Saves @sheet at @file, local or not (through GIO), saying how it went. */
static void
save_sheet (BmWindow      *self,
            BmSheet       *sheet,
            GFile         *file,
            BmSheetFormat  format,
            double         width,
            double         height)
{
  g_autoptr(GError) error = NULL;

  if (bm_sheet_export_file (sheet, file, format, width, height, &error))
    toast_saved (self, file);
  else
    bm_window_report (self, _("The stretch sheet was not saved"), error->message);
}

/* "Print to File" would have GTK write the file itself; the sheet goes
 * through the same safe writer as Export instead (a regular file replaced
 * atomically, nothing else), and the print job is cancelled. TRUE when
 * that is what the person chose. */
static gboolean
print_to_file (GtkPrintOperation *op,
               GtkPrintContext   *context,
               BmSheet           *sheet)
{
  BmWindow *self = g_object_get_data (G_OBJECT (op), "window");
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (op);
  const char *uri = settings ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI) : NULL;
  const char *format = settings ? gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT) : NULL;
  g_autoptr(GFile) file = NULL;

  if (uri == NULL)
    return FALSE;
  gtk_print_operation_cancel (op);
  file = g_file_new_for_uri (uri);
  if (g_strcmp0 (format, "ps") != 0 && g_strcmp0 (format, "pdf") != 0 && format != NULL)
    bm_window_report (self, _("The stretch sheet was not saved"),
                      _("Bodymap prints to a file as PDF or PostScript; choose one of those in the print dialog."));
  else
    save_sheet (self, sheet, file, g_strcmp0 (format, "ps") == 0 ? BM_SHEET_POSTSCRIPT : BM_SHEET_PDF,
                gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  return TRUE;
}

static void
begin_print_cb (GtkPrintOperation *op,
                GtkPrintContext   *context,
                BmSheet           *sheet)
{
  guint pages;

  remember_print_setup (g_object_get_data (G_OBJECT (op), "window"), op, context);
  if (print_to_file (op, context, sheet))
    return;
  pages = bm_sheet_paginate (sheet, gtk_print_context_get_width (context), gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (op, (int) pages);
}

static void
draw_page_cb (GtkPrintOperation *op,
              GtkPrintContext   *context,
              int                page,
              BmSheet           *sheet)
{
  bm_sheet_draw_page (sheet, gtk_print_context_get_cairo_context (context), (guint) page);
}

/* A print of the sheet, set up as the last one was; NULL (with a toast
 * saying why) when there is nothing to print. Run it synchronously: it
 * does not keep @self alive. */
GtkPrintOperation *
bm_window_new_print_operation (BmWindow *self)
{
  GtkPrintOperation *op;
  BmSheet *sheet = bm_window_new_sheet (self);

  if (sheet == NULL)
    return NULL;
  op = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (op), "sheet", sheet, (GDestroyNotify) bm_sheet_free);
  g_object_set_data (G_OBJECT (op), "window", self);
  gtk_print_operation_set_job_name (op, _("Stretch Sheet"));
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  /* The sheet keeps its own margins. */
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  g_signal_connect (op, "begin-print", G_CALLBACK (begin_print_cb), sheet);
  g_signal_connect (op, "draw-page", G_CALLBACK (draw_page_cb), sheet);
  restore_print_setup (self, op);
  return op;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);
  g_autoptr(GtkPrintOperation) op = bm_window_new_print_operation (self);
  g_autoptr(GError) error = NULL;

  if (op != NULL &&
      gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    bm_window_report (self, _("The stretch sheet was not printed"), error->message);
}

/* The paper for a PDF: the last print's (turned as it was), else the
 * paper of the person's locale, A4 or US Letter where that is usual. */
void
bm_window_get_export_paper (BmWindow *self,
                            double   *width,
                            double   *height)
{
  g_autoptr(GtkPageSetup) setup = saved_page_setup (self);
  g_autoptr(GtkPaperSize) paper = NULL;

  if (setup != NULL)
    {
      *width = gtk_page_setup_get_paper_width (setup, GTK_UNIT_POINTS);
      *height = gtk_page_setup_get_paper_height (setup, GTK_UNIT_POINTS);
      return;
    }
  paper = gtk_paper_size_new (gtk_paper_size_get_default ());
  *width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  *height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
}

/* Exports the sheet as a PDF at @file, as the file chooser's Export does,
 * saying how it went; the folder is remembered for the next export. */
void
bm_window_export_to (BmWindow *self,
                     GFile    *file)
{
  g_autoptr(BmSheet) sheet = bm_window_new_sheet (self);
  double width, height;

  if (sheet == NULL)
    return;
  bm_window_remember_export_folder (self, file);
  bm_window_get_export_paper (self, &width, &height);
  save_sheet (self, sheet, file, BM_SHEET_PDF, width, height);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    BmWindow        *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    bm_window_export_to (self, file);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* The export's file chooser, in the folder used last, not yet shown; its
 * response exports the sheet and destroys it. */
GtkFileChooserNative *
bm_window_new_export_chooser (BmWindow *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = bm_sheet_default_name (NULL);
  g_autoptr(GFile) folder = bm_window_get_export_folder (self);

  chooser = gtk_file_chooser_native_new (_("Export Stretch Sheet"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  return chooser;
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (bm_window_new_export_chooser (BM_WINDOW (widget))));
}

void
bm_window_install_sheet_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-pdf", NULL);
}
