/* bm-journal-edit.c: the dialog that edits a journal entry
 *
 * The date (a calendar in a popover), the time (hours and minutes), the
 * note, and a switch that replaces the entry's marks, answers and sources
 * with the map's current ones. Save writes a changed copy of the entry
 * with bm_journal_replace(), one undoable step; an error stays in the
 * dialog, in plain text, and nothing is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-journal-edit.h"

struct _BmJournalEdit
{
  AdwWindow       parent_instance;

  BmJournal      *journal;
  BmJournalEntry *entry;
  BmSession      *session;
  GtkMenuButton  *date_button;
  GtkCalendar    *calendar;
  GtkSpinButton  *hour;
  GtkSpinButton  *minute;
  GtkTextBuffer  *note;
  GtkSwitch      *use_marks;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (BmJournalEdit, bm_journal_edit, ADW_TYPE_WINDOW)

static void
update_date_label (BmJournalEdit *self)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (self->calendar);
  /* Translators: the date on the edit dialog's date button, as g_date_time_format() writes it. */
  g_autofree char *text = g_date_time_format (date, _("%a %-d %B %Y"));

  gtk_menu_button_set_label (self->date_button, text);
}

/* Two digits, as on a clock. */
static gboolean
spin_output_cb (GtkSpinButton *spin)
{
  g_autofree char *text = g_strdup_printf ("%02d", gtk_spin_button_get_value_as_int (spin));

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

static GtkSpinButton *
new_spin (int         max,
          const char *name)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, 1);

  gtk_spin_button_set_wrap (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (spin), GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  g_signal_connect (spin, "output", G_CALLBACK (spin_output_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return GTK_SPIN_BUTTON (spin);
}

static GtkWidget *
date_row (BmJournalEdit *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *popover = gtk_popover_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Date"));
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_swapped (self->calendar, "day-selected", G_CALLBACK (update_date_label), self);
  gtk_popover_set_child (GTK_POPOVER (popover), GTK_WIDGET (self->calendar));
  self->date_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_popover (self->date_button, popover);
  gtk_widget_set_valign (GTK_WIDGET (self->date_button), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->date_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->date_button));
  return row;
}

static GtkWidget *
time_row (BmJournalEdit *self)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Time"));
  self->hour = new_spin (23, _("Hour"));
  self->minute = new_spin (59, _("Minute"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->hour));
  gtk_box_append (GTK_BOX (box), gtk_label_new (":"));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->minute));
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  return row;
}

static GtkWidget *
marks_row (BmJournalEdit *self)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Use Current Marks"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Replace this entry’s marks with those on the map now"));
  self->use_marks = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->use_marks), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (self->use_marks));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), GTK_WIDGET (self->use_marks));
  return row;
}

static GtkWidget *
note_group (BmJournalEdit *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Note"));
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  self->note = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_frame_set_child (GTK_FRAME (frame), view);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  return group;
}

static void
save_clicked_cb (BmJournalEdit *self)
{
  if (bm_journal_edit_save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static GtkWidget *
header (BmJournalEdit *self)
{
  GtkWidget *bar = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (bar), FALSE);
  g_signal_connect_swapped (cancel, "clicked", G_CALLBACK (gtk_window_destroy), self);
  g_signal_connect_swapped (save, "clicked", G_CALLBACK (save_clicked_cb), self);
  gtk_widget_add_css_class (save, "suggested-action");
  adw_header_bar_pack_start (ADW_HEADER_BAR (bar), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (bar), save);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  return bar;
}

static void
build (BmJournalEdit *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), date_row (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), time_row (self));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), marks_row (self));
  gtk_box_append (GTK_BOX (content), group);
  gtk_box_append (GTK_BOX (content), note_group (self));
  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (self->error_label));
  g_object_set (content, "margin-top", 18, "margin-bottom", 18, "margin-start", 12, "margin-end", 12, NULL);
  adw_clamp_set_child (ADW_CLAMP (clamp), content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (box), header (self));
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (self), box);
}

static void
bm_journal_edit_dispose (GObject *object)
{
  BmJournalEdit *self = BM_JOURNAL_EDIT (object);

  g_clear_object (&self->journal);
  g_clear_object (&self->entry);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (bm_journal_edit_parent_class)->dispose (object);
}

static void
bm_journal_edit_class_init (BmJournalEditClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bm_journal_edit_dispose;
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bm_journal_edit_init (BmJournalEdit *self)
{
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Entry"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 420, -1);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
  build (self);
}

GtkWindow *
bm_journal_edit_new (GtkWindow      *parent,
                     BmJournal      *journal,
                     BmJournalEntry *entry,
                     BmSession      *session)
{
  BmJournalEdit *self = g_object_new (BM_TYPE_JOURNAL_EDIT, "transient-for", parent, NULL);
  g_autoptr(GDateTime) time = bm_journal_entry_dup_datetime (entry);
  gboolean has_marks = bm_pain_map_get_n_marks (bm_session_get_pain_map (session)) > 0;

  self->journal = g_object_ref (journal);
  self->entry = g_object_ref (entry);
  self->session = g_object_ref (session);
  bm_journal_edit_set_time (self, time);
  gtk_text_buffer_set_text (self->note, bm_journal_entry_get_note (entry), -1);
  gtk_widget_set_sensitive (gtk_widget_get_ancestor (GTK_WIDGET (self->use_marks), ADW_TYPE_ACTION_ROW), has_marks);
  return GTK_WINDOW (self);
}

void
bm_journal_edit_set_note (BmJournalEdit *self,
                          const char    *note)
{
  g_return_if_fail (BM_IS_JOURNAL_EDIT (self));
  gtk_text_buffer_set_text (self->note, note, -1);
}

void
bm_journal_edit_set_time (BmJournalEdit *self,
                          GDateTime     *time)
{
  g_return_if_fail (BM_IS_JOURNAL_EDIT (self));

  gtk_calendar_select_day (self->calendar, time);
  gtk_spin_button_set_value (self->hour, g_date_time_get_hour (time));
  gtk_spin_button_set_value (self->minute, g_date_time_get_minute (time));
  update_date_label (self);
}

void
bm_journal_edit_set_use_marks (BmJournalEdit *self,
                               gboolean       use)
{
  g_return_if_fail (BM_IS_JOURNAL_EDIT (self));
  gtk_switch_set_active (self->use_marks, use);
}

/* Writes the changed entry; FALSE (the error shown) when it could not. */
gboolean
bm_journal_edit_save (BmJournalEdit *self)
{
  g_autoptr(BmJournalEntry) copy = bm_journal_entry_copy (self->entry);
  g_autoptr(GDateTime) day = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *note = NULL;
  GtkTextIter start, end;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BM_IS_JOURNAL_EDIT (self), FALSE);

  time = g_date_time_new_local (g_date_time_get_year (day), g_date_time_get_month (day),
                                g_date_time_get_day_of_month (day), gtk_spin_button_get_value_as_int (self->hour),
                                gtk_spin_button_get_value_as_int (self->minute), 0);
  gtk_text_buffer_get_bounds (self->note, &start, &end);
  note = gtk_text_buffer_get_text (self->note, &start, &end, FALSE);
  bm_journal_entry_set_time (copy, g_date_time_to_unix (time));
  bm_journal_entry_set_note (copy, g_strstrip (note));
  if (gtk_switch_get_active (self->use_marks))
    bm_journal_entry_set_from_session (copy, self->session);
  if (bm_journal_replace (self->journal, copy, &error))
    return TRUE;
  gtk_label_set_text (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  return FALSE;
}
