/* bm-window-sheet.c: the window's stretch-sheet actions (print, export)
 *
 * Both use the core sheet renderer: printing lays it out on the printer's
 * page with GtkPrintOperation (its dialog offers preview and page setup);
 * export, and printing to a file, save it through the core's safe writer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
static void
toast_saved (BmWindow *self,
             GFile    *file)
{
  g_autofree char *basename = g_file_get_basename (file);
  g_autofree char *name = g_filename_display_name (basename);
  g_autofree char *message = g_markup_printf_escaped ("Saved “%s”", name);
  AdwToast *saved = adw_toast_new (message);

  adw_toast_set_button_label (saved, "_Open");
  g_object_set_data_full (G_OBJECT (saved), "uri", g_file_get_uri (file), g_free);
  g_signal_connect_object (saved, "button-clicked", G_CALLBACK (open_saved_cb), self, 0);
  adw_toast_overlay_add_toast (self->toasts, saved);
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
      toast (self, "Mark where it hurts, or add muscles to your sheet, first.");
      g_clear_pointer (&sheet, bm_sheet_free);
    }
  else
    {
      bm_sheet_set_client (sheet, bm_sheet_list_get_client (options));
      bm_sheet_set_techniques (sheet, bm_sheet_list_get_techniques (options));
    }
  return sheet;
}

/* Saves @sheet at @file, saying how it went. */
static void
save_sheet (BmWindow      *self,
            BmSheet       *sheet,
            GFile         *file,
            BmSheetFormat  format,
            double         width,
            double         height)
{
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;

  if (path == NULL)
    bm_window_report (self, "The stretch sheet was not saved", "Bodymap saves only to local folders.");
  else if (bm_sheet_export (sheet, path, format, width, height, &error))
    toast_saved (self, file);
  else
    bm_window_report (self, "The stretch sheet was not saved", error->message);
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
    bm_window_report (self, "The stretch sheet was not saved",
                      "Bodymap prints to a file as PDF or PostScript; choose one of those in the print dialog.");
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

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);
  g_autoptr(GtkPrintOperation) op = NULL;
  g_autoptr(GError) error = NULL;
  BmSheet *sheet = bm_window_new_sheet (self);

  if (sheet == NULL)
    return;
  op = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (op), "sheet", sheet, (GDestroyNotify) bm_sheet_free);
  g_object_set_data (G_OBJECT (op), "window", self);
  gtk_print_operation_set_job_name (op, "Stretch Sheet");
  gtk_print_operation_set_unit (op, GTK_UNIT_POINTS);
  /* The sheet keeps its own margins. */
  gtk_print_operation_set_use_full_page (op, TRUE);
  gtk_print_operation_set_embed_page_setup (op, TRUE);
  g_signal_connect (op, "begin-print", G_CALLBACK (begin_print_cb), sheet);
  g_signal_connect (op, "draw-page", G_CALLBACK (draw_page_cb), sheet);
  if (gtk_print_operation_run (op, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    bm_window_report (self, "The stretch sheet was not printed", error->message);
}

/* The paper of the person's locale: A4, or US Letter where that is usual. */
static void
default_paper (double *width,
               double *height)
{
  g_autoptr(GtkPaperSize) paper = gtk_paper_size_new (gtk_paper_size_get_default ());

  *width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  *height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    BmWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(BmSheet) sheet = NULL;
  double width, height;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL && (sheet = bm_window_new_sheet (self)) != NULL)
    {
      default_paper (&width, &height);
      save_sheet (self, sheet, file, BM_SHEET_PDF, width, height);
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = bm_sheet_default_name (NULL);

  chooser = gtk_file_chooser_native_new ("Export Stretch Sheet", GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, "_Export", "_Cancel");
  gtk_file_filter_set_name (filter, "PDF documents");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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
