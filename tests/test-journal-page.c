/* test-journal-page.c: Save to Journal and the Journal page, as a user sees them
 *
 * XDG_DATA_HOME is a temporary folder, set before anything asks for it;
 * each test starts without a journal there and checks the database by
 * opening it again, as the CLI would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "core/bm-journal-chart-private.h"
#include "gui/bm-application.h"
#include "gui/bm-journal-edit.h"
#include "gui/bm-journal-page.h"
#include "gui/bm-journal-row.h"
#include "gui/bm-window.h"
#include "gui/bm-window-private.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

static BmAtlas *atlas;
static BmBodyArt *art;
static char *data_dir;

static char *
journal_path (void)
{
  return g_build_filename (data_dir, "bodymap", "journal.db", NULL);
}

/* No journal, and nothing set aside, before each test. */
static void
remove_journal (void)
{
  g_autofree char *folder = g_build_filename (data_dir, "bodymap", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
}

/* A window on no journal yet. */
static BmWindow *
new_window (void)
{
  remove_journal ();
  return bm_test_new_window (atlas, art, NULL);
}

static void
mark (BmWindow   *window,
      const char *region,
      guint       intensity)
{
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), region);

  bm_pain_map_set_mark (bm_window_get_pain_map (window), r->index, BM_SYMPTOM_PAIN, intensity);
}

/* Marks @region and saves the map to the journal, as Save to Journal does. */
static void
save_entry (BmWindow   *window,
            const char *region,
            guint       intensity)
{
  mark (window, region, intensity);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.journal-save", NULL));
}

static BmJournalPage *
show_page (BmWindow *window)
{
  adw_view_stack_set_visible_child_name (window->view_stack, "journal");
  bm_test_wait_for_draw (GTK_WIDGET (window->journal_page));
  return window->journal_page;
}

/* Two entries saved, the knee at 5 then the temple at 3, on the page shown. */
static BmJournalPage *
two_entries (BmWindow *window)
{
  save_entry (window, "knee-lateral-left", 5);
  save_entry (window, "head-temple-left", 3);
  return show_page (window);
}

static void
settle (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The journal as another process sees it. */
static BmJournal *
reopen (void)
{
  g_autofree char *path = journal_path ();
  g_autoptr(GError) error = NULL;
  BmJournal *journal = bm_journal_open (path, bm_atlas_get_catalog (atlas), &error);

  g_assert_no_error (error);
  return journal;
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  action)
{
  return GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* The texts of a row's labels, joined by newlines. */
static char *
row_text (BmJournalPage *page,
          guint          index)
{
  return bm_test_visible_text (bm_journal_page_get_row (page, index));
}

/* Save to Journal is offered only with marks; it adds a row and a row in
 * the database, and says so with Undo and View. */
static void
test_save (void)
{
  BmWindow *window = new_window ();
  GtkWidget *button = bm_test_find_widget (GTK_WIDGET (window), has_action, "win.journal-save");
  g_autoptr(BmJournal) other = NULL;
  g_autofree char *text = NULL;
  BmJournalPage *page;

  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_sensitive (button));
  mark (window, "hip-lateral-left", 7);
  mark (window, "buttock-upper-left", 4);
  settle ();
  g_assert_true (gtk_widget_is_sensitive (button));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.journal-save", NULL));
  bm_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (window), "Saved to journal"));
  g_assert_nonnull (bm_test_find_widget (GTK_WIDGET (window), bm_test_is_button_labelled, "_View"));

  page = show_page (window);
  g_assert_cmpstr (bm_journal_page_get_state (page), ==, "journal");
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 1);
  text = row_text (page, 0);
  g_assert_nonnull (strstr (text, "2 areas · pain 11"));
  g_assert_nonnull (strstr (text, "Top source: "));

  other = reopen ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 1);
  {
    g_autoptr(BmJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (other), 0);

    g_assert_cmpuint (bm_journal_entry_get_intensity (entry, "hip-lateral-left", BM_SYMPTOM_PAIN), ==, 7);
    g_assert_cmpuint (bm_journal_entry_get_pain_total (entry), ==, 11);
  }

  /* Another the same day: several per day are kept. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.journal-save", NULL));
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 2);

  /* Without marks, it is not offered. */
  bm_pain_map_clear (bm_window_get_pain_map (window));
  settle ();
  g_assert_false (gtk_widget_is_sensitive (button));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Undo in the Saved toast takes the entry out again. */
static void
test_save_undo (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page;
  g_autoptr(BmJournal) other = NULL;
  GtkWidget *undo;

  save_entry (window, "knee-lateral-left", 5);
  page = show_page (window);
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 1);
  bm_test_wait_for_draw (GTK_WIDGET (window));
  undo = bm_test_find_widget (GTK_WIDGET (window->toasts), bm_test_is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  settle ();
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 0);
  g_assert_cmpstr (bm_journal_page_get_state (page), ==, "empty");
  other = reopen ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gint64
row_id (BmJournalPage *page,
        guint          index)
{
  return bm_journal_entry_get_id (bm_journal_row_get_entry (BM_JOURNAL_ROW (bm_journal_page_get_row (page, index))));
}

/* Delete takes the row away at once; the toast's Undo brings it back, in
 * the list and in the database. */
static void
test_delete_undo (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page;
  GtkWidget *undo;
  gint64 id;

  page = two_entries (window);
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 2);
  id = row_id (page, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.delete", "x", id));
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 1);
  g_assert_cmpint (row_id (page, 0), !=, id);
  {
    g_autoptr(BmJournal) other = reopen ();

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 1);
  }
  bm_test_wait_for_draw (GTK_WIDGET (page));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (page), "Entry deleted"));
  undo = bm_test_find_widget (GTK_WIDGET (page), bm_test_is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  settle ();
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 2);
  g_assert_cmpint (row_id (page, 0), ==, id);
  {
    g_autoptr(BmJournal) other = reopen ();

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (other)), ==, 2);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static BmJournalEdit *
find_edit_window (void)
{
  return BM_JOURNAL_EDIT (bm_test_find_toplevel (BM_TYPE_JOURNAL_EDIT));
}

/* Edit…: a new note (markup characters and all) shows in the row as
 * written and is in the database; a new time reorders the list. */
static void
test_edit_note (void)
{
  static const char note[] = "walked <b>30 min</b> & stretched";
  BmWindow *window = new_window ();
  BmJournalPage *page;
  BmJournalEdit *edit;
  g_autofree char *text = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) earlier = g_date_time_add_days (now, -3);
  g_autofree char *newer_text = NULL;
  gint64 id;

  page = two_entries (window);
  id = row_id (page, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.edit", "x", id));
  edit = find_edit_window ();
  g_assert_nonnull (edit);
  bm_journal_edit_set_note (edit, note);
  bm_journal_edit_set_time (edit, earlier);
  g_assert_true (bm_journal_edit_save (edit));
  gtk_window_destroy (GTK_WINDOW (edit));

  /* Three days earlier, it is now the older of the two. */
  g_assert_cmpint (row_id (page, 1), ==, id);
  text = row_text (page, 1);
  g_assert_nonnull (strstr (text, note));
  newer_text = row_text (page, 0);
  g_assert_null (strstr (newer_text, note));
  {
    g_autoptr(BmJournal) other = reopen ();
    BmJournalEntry *entry = bm_journal_lookup (other, id);

    g_assert_cmpstr (bm_journal_entry_get_note (entry), ==, note);
    g_assert_cmpint (bm_journal_entry_get_time (entry) / 60, ==, g_date_time_to_unix (earlier) / 60);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Use Current Marks in Edit… replaces the entry's marks with the map's. */
static void
test_edit_marks (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page;
  BmJournalEdit *edit;
  gint64 id;
  g_autofree char *text = NULL;

  save_entry (window, "knee-lateral-left", 5);
  page = show_page (window);
  id = row_id (page, 0);
  bm_pain_map_clear (bm_window_get_pain_map (window));
  mark (window, "head-temple-left", 3);
  mark (window, "foot-heel-left", 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.edit", "x", id));
  edit = find_edit_window ();
  g_assert_nonnull (edit);
  bm_journal_edit_set_use_marks (edit, TRUE);
  g_assert_true (bm_journal_edit_save (edit));
  gtk_window_destroy (GTK_WINDOW (edit));
  text = row_text (page, 0);
  g_assert_nonnull (strstr (text, "2 areas · pain 5"));
  {
    g_autoptr(BmJournal) other = reopen ();
    BmJournalEntry *entry = bm_journal_lookup (other, id);

    g_assert_cmpuint (bm_journal_entry_get_intensity (entry, "knee-lateral-left", BM_SYMPTOM_PAIN), ==, 0);
    g_assert_cmpuint (bm_journal_entry_get_intensity (entry, "head-temple-left", BM_SYMPTOM_PAIN), ==, 3);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The pain intensity marked at @region, 0 when unmarked. */
static guint
pain_at (BmPainMap      *map,
         const BmRegion *region)
{
  BmMark mark;

  return bm_pain_map_get_mark (map, region->index, BM_SYMPTOM_PAIN, &mark) ? mark.intensity : 0;
}

static AdwMessageDialog *
find_message_dialog (void)
{
  return ADW_MESSAGE_DIALOG (bm_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Show on Map puts the entry's marks on the map; over marks of their own
 * it asks first, and Undo brings them back. */
static void
test_show_on_map (void)
{
  BmWindow *window = new_window ();
  BmPainMap *map = bm_window_get_pain_map (window);
  const BmRegion *knee = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "knee-lateral-left");
  const BmRegion *temple = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "head-temple-left");
  BmJournalPage *page;
  AdwMessageDialog *dialog;
  GtkWidget *undo;
  gint64 id;

  /* An entry as the CLI adds it: no toast of this window's is waiting. */
  {
    g_autoptr(BmJournal) cli = reopen ();
    g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (g_get_real_time () / G_USEC_PER_SEC - 60);

    bm_journal_entry_set_mark (entry, "knee-lateral-left", BM_SYMPTOM_PAIN, 5);
    g_assert_true (bm_journal_add (cli, entry, NULL));
  }
  page = show_page (window);
  id = row_id (page, 0);
  mark (window, "head-temple-left", 3);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.show-on-map", "x", id));
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  /* Cancel keeps the marks. */
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpuint (pain_at (map, temple), ==, 3);
  settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.show-on-map", "x", id));
  dialog = find_message_dialog ();
  adw_message_dialog_response (dialog, "replace");
  g_assert_cmpuint (pain_at (map, knee), ==, 5);
  g_assert_cmpuint (pain_at (map, temple), ==, 0);
  settle ();
  bm_test_wait_for_draw (GTK_WIDGET (window));
  undo = bm_test_find_widget (GTK_WIDGET (window->toasts), bm_test_is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  settle ();
  g_assert_cmpuint (pain_at (map, temple), ==, 3);
  g_assert_cmpuint (pain_at (map, knee), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An entry the CLI adds shows once the page is shown again, and when the
 * window becomes active. */
static void
test_reload (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page = show_page (window);
  g_autoptr(BmJournal) cli = reopen ();
  g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (g_get_real_time () / G_USEC_PER_SEC - 3600);
  g_autoptr(BmJournalEntry) second = bm_journal_entry_new (g_get_real_time () / G_USEC_PER_SEC - 7200);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (bm_journal_page_get_state (page), ==, "empty");
  bm_journal_entry_set_mark (entry, "knee-lateral-right", BM_SYMPTOM_PAIN, 6);
  bm_journal_entry_set_note (entry, "from the command line");
  g_assert_true (bm_journal_add (cli, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 0);

  adw_view_stack_set_visible_child_name (window->view_stack, "sources");
  adw_view_stack_set_visible_child_name (window->view_stack, "journal");
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 1);
  g_assert_cmpstr (bm_journal_page_get_state (page), ==, "journal");
  {
    g_autofree char *text = row_text (page, 0);

    g_assert_nonnull (strstr (text, "from the command line"));
  }

  /* Focus: the window is told it became active. */
  bm_journal_entry_set_mark (second, "knee-lateral-right", BM_SYMPTOM_PAIN, 2);
  g_assert_true (bm_journal_add (cli, second, &error));
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  if (!gtk_window_is_active (GTK_WINDOW (window)))
    {
      g_test_message ("the display gives no focus: only the page's reload was checked");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_object_notify (G_OBJECT (window), "is-active");
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A damaged journal is kept aside, the page says where, and a new one works. */
static void
test_damaged (void)
{
  g_autofree char *path = journal_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  BmWindow *window;
  BmJournalPage *page;
  const char *notice, *start, *end;
  g_autofree char *aside = NULL;

  remove_journal ();
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "this is not a database, just some text that is long enough", -1, NULL));
  window = bm_test_new_window (atlas, art, NULL);
  page = show_page (window);
  notice = bm_journal_page_get_notice (page);
  g_assert_nonnull (notice);
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (page), notice));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (bm_test_find_label_text (GTK_WIDGET (page), notice))));
  /* The path between the quotes is where the file went, and it is there. */
  start = strstr (notice, "“");
  end = strstr (notice, "”");
  g_assert_nonnull (start);
  g_assert_nonnull (end);
  aside = g_strndup (start + strlen ("“"), end - start - strlen ("“"));
  g_assert_true (g_str_has_prefix (aside, folder));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (window), "Your journal was damaged and was kept aside"));

  /* The new journal works. */
  g_assert_cmpstr (bm_journal_page_get_state (page), ==, "empty");
  save_entry (window, "knee-lateral-left", 5);
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A journal of a newer Bodymap: the page says so, naming the file, and
 * nothing is moved or changed. */
static void
test_newer (void)
{
  g_autofree char *path = journal_path ();
  BmWindow *window;
  BmJournalPage *page;

  remove_journal ();
  bm_test_make_newer_journal (path);
  window = bm_test_new_window (atlas, art, NULL);
  page = show_page (window);
  g_assert_cmpstr (bm_journal_page_get_state (page), ==, "error");
  g_assert_nonnull (strstr (bm_journal_page_get_error (page), path));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (page), "The Journal Cannot Be Opened"));
  /* Saving says why it did not. */
  save_entry (window, "knee-lateral-left", 5);
  bm_test_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (window), "The entry was not saved"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Without entries the page explains Save to Journal. */
static void
test_empty (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page = show_page (window);
  GtkWidget *title = bm_test_find_label_text (GTK_WIDGET (page), "No Journal Entries Yet");

  g_assert_cmpstr (bm_journal_page_get_state (page), ==, "empty");
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_is_drawable (title));
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The chart is drawn, and drawn again only when it changes. */
static void
test_chart_draws (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page;
  BmJournalChartView *view;
  guint draws;

  page = two_entries (window);
  view = bm_journal_page_get_chart_view (page);
  bm_test_wait_ms (100);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, 100);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >=, 150);
  g_assert_cmpuint (bm_journal_chart_view_get_n_draws (view), >, 0);
  draws = bm_journal_chart_view_get_n_draws (view);
  bm_test_wait_ms (100);
  g_assert_cmpuint (bm_journal_chart_view_get_n_draws (view), ==, draws);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.span", "u", 365));
  bm_test_wait_ms (100);
  g_assert_cmpuint (bm_journal_chart_view_get_n_draws (view), >, draws);
  /* Both entries' areas can be chosen. */
  g_assert_cmpuint (bm_journal_page_get_areas (page)->len, ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Today's tick is one click, and it is in the journal. */
static void
test_exercise_tick (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page;
  BmExerciseRow *row;
  GtkCheckButton *today;
  g_autoptr(BmJournal) other = NULL;

  save_entry (window, "hip-lateral-left", 7);
  bm_session_set_on_sheet (bm_window_get_session (window), "gluteus-minimus", TRUE);
  page = show_page (window);
  g_assert_cmpuint (bm_journal_page_get_n_exercises (page), >, 0);
  row = BM_EXERCISE_ROW (bm_journal_page_get_exercise (page, 0));
  g_assert_true (g_str_has_prefix (bm_exercise_row_get_key (row), "gluteus-minimus/"));
  today = bm_exercise_row_get_day (row, 0);
  g_assert_false (gtk_check_button_get_active (today));
  gtk_widget_activate (GTK_WIDGET (today));
  settle ();
  g_assert_true (gtk_check_button_get_active (today));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (row), "1 of 7 days"));
  other = reopen ();
  g_assert_true (bm_journal_is_done (other, bm_exercise_row_get_key (row), bm_journal_today ()));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The body of the dialog that the Details button of the toast under
 * @widget opens. */
static char *
details_of (GtkWidget *widget)
{
  GtkWidget *button = bm_test_find_widget (widget, bm_test_is_button_labelled, "_Details");
  AdwMessageDialog *dialog;
  char *body;

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  settle ();
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  body = g_strdup (adw_message_dialog_get_body (dialog));
  gtk_window_destroy (GTK_WINDOW (dialog));
  return body;
}

/* Import, export and the report, as the file choosers' Accept does them:
 * what happened is said on the page, an error naming the file and the
 * line. (A window each: toasts wait for the one before.) */
static void
test_files (void)
{
  BmWindow *window = new_window ();
  BmJournalPage *page = show_page (window);
  g_autofree char *csv = g_build_filename (data_dir, "export.csv", NULL);
  g_autofree char *bad = g_build_filename (data_dir, "bad.csv", NULL);
  g_autofree char *good = g_build_filename (data_dir, "good.csv", NULL);
  g_autofree char *pdf = g_build_filename (data_dir, "report.pdf", NULL);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv), bad_file = g_file_new_for_path (bad);
  g_autoptr(GFile) good_file = g_file_new_for_path (good), pdf_file = g_file_new_for_path (pdf);
  g_autofree char *text = NULL, *details = NULL;

  /* A bad third line: nothing is imported, and the details say where. */
  g_assert_true (g_file_set_contents (bad, "id,date,region,kind,intensity,note\n"
                                           "1,2026-11-01T08:00,knee-lateral-right,pain,4,\n"
                                           "2,2026-11-02T08:00,knee-lateral-right,pain,eleven,\n", -1, NULL));
  bm_window_journal_file (window, "win.journal-import", bad_file);
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 0);
  bm_test_wait_for_draw (GTK_WIDGET (page));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (page), "Nothing was imported"));
  details = details_of (GTK_WIDGET (page));
  g_assert_nonnull (strstr (details, "bad.csv"));
  g_assert_nonnull (strstr (details, "3"));
  gtk_window_destroy (GTK_WINDOW (window));

  window = bm_test_new_window (atlas, art, NULL);
  page = show_page (window);
  g_assert_true (g_file_set_contents (good, "id,date,region,kind,intensity,note\n"
                                            "1,2026-11-01T08:00,knee-lateral-right,pain,4,first\n"
                                            "2,2026-11-02T08:00,knee-lateral-right,pain,3,second\n", -1, NULL));
  bm_window_journal_file (window, "win.journal-import", good_file);
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, 2);
  bm_test_wait_for_draw (GTK_WIDGET (page));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (page), "Imported 2 entries"));
  gtk_window_destroy (GTK_WINDOW (window));

  window = bm_test_new_window (atlas, art, NULL);
  page = show_page (window);
  bm_window_journal_file (window, "win.journal-export", csv_file);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "id,date,region,kind,intensity,note\n"));
  g_assert_nonnull (strstr (text, "knee-lateral-right,pain,3,second"));
  bm_test_wait_for_draw (GTK_WIDGET (page));
  g_assert_nonnull (bm_test_find_label_text (GTK_WIDGET (page), "Saved “export.csv”"));
  bm_window_journal_file (window, "win.journal-report", pdf_file);
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (pdf, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The application's window uses the application's one journal. */
static void
test_application_journal (void)
{
  g_autoptr(BmApplication) app = bm_application_new ();
  g_autoptr(GError) error = NULL;
  BmWindow *window;

  remove_journal ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_application_activate (G_APPLICATION (app));
  window = BM_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  /* Not opened at start-up. */
  g_assert_null (window->journal);
  show_page (window);
  g_assert_nonnull (window->journal);
  g_assert_true (window->journal == bm_application_get_journal (app, &error));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* ---- Undo of a deletion is the entry's own (gui-fix) ---------------------- */

static int
compare_uint (gconstpointer a,
              gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* The pain totals of the journal's entries, smallest first: "5 8 15" (all
 * were saved in the same second, so their order in the list is their ids'). */
static char *
pain_totals (BmJournal *journal)
{
  g_autoptr(GArray) totals = g_array_new (FALSE, FALSE, sizeof (guint));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (journal)); i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (journal), i);
      guint total = bm_journal_entry_get_pain_total (entry);

      g_array_append_val (totals, total);
    }
  g_array_sort (totals, compare_uint);
  for (guint i = 0; i < totals->len; i++)
    g_string_append_printf (out, "%s%u", i > 0 ? " " : "", g_array_index (totals, guint, i));
  return g_string_free (out, FALSE);
}

static void
assert_totals (BmJournalPage *page,
               const char    *expected)
{
  g_autoptr(BmJournal) other = reopen ();
  g_autofree char *shown = pain_totals (bm_journal_page_get_journal (page));
  g_autofree char *stored = pain_totals (other);

  g_assert_cmpstr (shown, ==, expected);
  g_assert_cmpstr (stored, ==, expected);
  g_assert_cmpuint (bm_journal_page_get_n_rows (page), ==, g_list_model_get_n_items (G_LIST_MODEL (other)));
}

/* Three entries, pain 5, 8 and 15, saved in this order; their ids in @ids. */
static BmJournalPage *
three_entries (BmWindow *window,
               gint64    ids[3])
{
  BmJournalPage *page;

  save_entry (window, "knee-lateral-left", 5);
  save_entry (window, "head-temple-left", 3);
  save_entry (window, "hip-lateral-left", 7);
  page = show_page (window);
  assert_totals (page, "5 8 15");
  for (guint i = 0; i < 3; i++)
    ids[i] = row_id (page, 2 - i);
  return page;
}

/* Delete A, then B: Undo in A's toast brings back A, and B stays deleted;
 * pressed again it does nothing; B's Undo then brings back B. */
static void
test_delete_undo_own (void)
{
  BmWindow *window = new_window ();
  gint64 ids[3];
  BmJournalPage *page = three_entries (window, ids);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.delete", "x", ids[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.delete", "x", ids[1]));
  assert_totals (page, "15");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.undo", "x", ids[0]));
  assert_totals (page, "5 15");
  g_assert_null (bm_journal_lookup (bm_journal_page_get_journal (page), ids[1]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.undo", "x", ids[0]));
  assert_totals (page, "5 15");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.undo", "x", ids[1]));
  assert_totals (page, "5 8 15");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.undo", "x", ids[1]));
  assert_totals (page, "5 8 15");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_undo_of (GtkWidget     *widget,
            gconstpointer  id)
{
  GVariant *target;

  if (!bm_test_is_button_labelled (widget, "_Undo") || !gtk_widget_get_visible (widget))
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return target != NULL && g_variant_is_of_type (target, G_VARIANT_TYPE_INT64) &&
         g_variant_get_int64 (target) == *(const gint64 *) id;
}

/* Delete A, then B: A's toast shows first and B's waits its turn (toasts
 * never replace each other: libadwaita 1.2 aborts when a replaced toast is
 * closed while it is still hiding). Each Undo brings back its own entry,
 * never the other, and a later edit survives an Undo. */
static void
test_delete_undo_button (void)
{
  BmWindow *window = new_window ();
  gint64 ids[3];
  BmJournalPage *page = three_entries (window, ids);
  BmJournal *journal = bm_journal_page_get_journal (page);
  g_autoptr(BmJournalEntry) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *when = NULL;
  GtkWidget *undo;

  when = bm_journal_format_time (bm_journal_lookup (journal, ids[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.delete", "x", ids[0]));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.delete", "x", ids[1]));
  bm_test_wait_ms (500);
  bm_test_wait_for_draw (GTK_WIDGET (page));
  undo = bm_test_find_widget (GTK_WIDGET (page), is_undo_of, &ids[0]);
  g_assert_nonnull (undo);
  g_assert_null (bm_test_find_widget (GTK_WIDGET (page), is_undo_of, &ids[1]));
  /* The toast names its entry. */
  g_assert_nonnull (bm_test_find_label_text (gtk_widget_get_parent (undo), "Entry deleted"));
  g_assert_nonnull (bm_test_find_label_text (gtk_widget_get_parent (undo), when));
  g_signal_emit_by_name (undo, "clicked");
  settle ();
  assert_totals (page, "5 15");

  /* Then B's toast shows, and its Undo brings back B. */
  bm_test_wait_ms (800);
  bm_test_wait_for_draw (GTK_WIDGET (page));
  undo = bm_test_find_widget (GTK_WIDGET (page), is_undo_of, &ids[1]);
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  settle ();
  assert_totals (page, "5 8 15");

  /* A later change (a new note for B) stays when C comes back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.delete", "x", ids[2]));
  assert_totals (page, "5 8");
  edited = bm_journal_entry_copy (bm_journal_lookup (journal, row_id (page, 0)));
  bm_journal_entry_set_note (edited, "later");
  g_assert_true (bm_journal_replace (journal, edited, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "journal.undo", "x", ids[2]));
  assert_totals (page, "5 8 15");
  g_assert_cmpstr (bm_journal_entry_get_note (bm_journal_lookup (journal, row_id (page, 1))), ==, "later");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A Clear All toast whose marks changed since offers no Undo, and its
 * button, pressed anyway, undoes nothing (the lead may move this to
 * test-window.c). */
static void
test_clear_toast_stale (void)
{
  BmWindow *window = new_window ();
  BmPainMap *map = bm_window_get_pain_map (window);
  GtkWidget *undo;

  mark (window, "knee-lateral-left", 5);
  mark (window, "head-temple-left", 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear", NULL));
  bm_test_wait_for_draw (GTK_WIDGET (window));
  undo = bm_test_find_widget (GTK_WIDGET (window->toasts), bm_test_is_button_labelled, "_Undo");
  g_assert_nonnull (undo);
  g_assert_true (gtk_widget_get_visible (undo));
  mark (window, "hip-lateral-left", 7);
  settle ();
  g_assert_false (gtk_widget_get_visible (undo));
  g_signal_emit_by_name (undo, "clicked");
  settle ();
  g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 1);
  g_assert_true (bm_pain_map_is_marked (map, bm_region_catalog_lookup (bm_atlas_get_catalog (atlas),
                                                                      "hip-lateral-left")->index));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The chart in a narrow sidebar (gui-fix) ------------------------------ */

/* At the sidebar's widths every series shown is named: the legend wraps
 * instead of dropping items, and stays above the plot; the newest point and
 * its selection ring are inside the chart. Wide, the legend is one line. */
static void
test_chart_legend_narrow (void)
{
  static const double widths[] = { 300, 360, 400, 420, 1200 };
  BmWindow *window = new_window ();
  BmJournalPage *page;
  BmJournalChart *chart;
  const BmRegion *numb = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "foot-dorsum-left");

  mark (window, "knee-lateral-left", 5);
  bm_pain_map_set_mark (bm_window_get_pain_map (window), numb->index, BM_SYMPTOM_NUMBNESS, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.journal-save", NULL));
  page = show_page (window);
  chart = bm_journal_chart_view_get_chart (bm_journal_page_get_chart_view (page));
  bm_journal_chart_set_region (chart, "knee-lateral-left");
  bm_journal_chart_set_selected (chart, row_id (page, 0));
  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      BmChartFrame f;
      double font = chart->style.font_size, bottom = 0, x;
      guint rows = 0;

      bm_journal_chart_layout (chart, widths[w], 260, &f);
      for (guint i = 0; i < BM_CHART_N_LEGEND; i++)
        {
          g_assert_cmpfloat (f.legend_x[i], >=, 0);
          g_assert_cmpfloat (f.legend_x[i] + BM_CHART_SWATCH (font) + chart->legend_w[i], <=, widths[w]);
          bottom = MAX (bottom, f.legend_row[i] + f.line);
          rows += i == 0 || f.legend_row[i] != f.legend_row[i - 1];
        }
      g_assert_cmpfloat (bottom, <=, f.top);
      if (widths[w] <= 420)
        g_assert_cmpuint (rows, >=, 2);
      else
        g_assert_cmpuint (rows, ==, 1);
      /* The entry is the newest: at the end of the range the view shows. */
      x = bm_chart_frame_x (&f, f.to);
      g_assert_cmpfloat (x + font * 0.3 * 2.5, <=, f.right);
      g_assert_cmpfloat (bm_chart_frame_x (&f, f.from) - font * 0.3 * 2.5, >=, f.left);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_dir = g_dir_make_tmp ("bodymap-journal-page-XXXXXX", NULL);
  g_assert_nonnull (data_dir);
  /* Before anything asks GLib for the user's data folder. */
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  atlas = bm_test_load_atlas ();
  art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);

  g_test_add_func ("/journal-page/save", test_save);
  g_test_add_func ("/journal-page/save-undo", test_save_undo);
  g_test_add_func ("/journal-page/delete-undo", test_delete_undo);
  g_test_add_func ("/journal-page/edit-note", test_edit_note);
  g_test_add_func ("/journal-page/edit-marks", test_edit_marks);
  g_test_add_func ("/journal-page/show-on-map", test_show_on_map);
  g_test_add_func ("/journal-page/reload", test_reload);
  g_test_add_func ("/journal-page/damaged", test_damaged);
  g_test_add_func ("/journal-page/newer", test_newer);
  g_test_add_func ("/journal-page/empty", test_empty);
  g_test_add_func ("/journal-page/chart-draws", test_chart_draws);
  g_test_add_func ("/journal-page/exercise-tick", test_exercise_tick);
  g_test_add_func ("/journal-page/files", test_files);
  g_test_add_func ("/journal-page/application", test_application_journal);
  g_test_add_func ("/journal-page/delete-undo-own", test_delete_undo_own);
  g_test_add_func ("/journal-page/delete-undo-button", test_delete_undo_button);
  g_test_add_func ("/journal-page/clear-toast-stale", test_clear_toast_stale);
  g_test_add_func ("/journal-page/chart-legend-narrow", test_chart_legend_narrow);
  status = g_test_run ();
  g_clear_object (&art);
  g_clear_object (&atlas);
  bm_test_remove_tree (data_dir);
  g_free (data_dir);
  return status;
}
