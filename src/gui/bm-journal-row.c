/* bm-journal-row.c: the Journal page's rows: an entry, and a technique's week
 *
 * An entry's row says when it was kept, how much it marked ("6 areas ·
 * pain 31"), its top source then, whether that changed since the entry
 * before it, and the person's note. Every text is set as plain text: notes
 * and names come from files. Its menu offers the page's actions for that
 * entry (journal.show-on-map, journal.edit, journal.delete with its id).
 *
 * A technique's row shows its last seven days as check buttons, today
 * last, and how many of them it was done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-journal-row.h"
#include "bm-label-util.h"

#define N_DAYS 7

/* ---- Plain-text pieces -------------------------------------------------- */

char *
bm_journal_format_time (BmJournalEntry *entry)
{
  g_autoptr(GDateTime) time = bm_journal_entry_dup_datetime (entry);

  /* Translators: a journal entry's date and time, as g_date_time_format()
   * writes it: "Wed 2 Dec 2026, 14:05". */
  return g_date_time_format (time, _("%a %-d %b %Y, %H:%M"));
}

/* "6 areas · pain 31", with numbness when there is some. */
char *
bm_journal_format_summary (BmJournalEntry *entry)
{
  guint n = bm_journal_entry_get_n_areas (entry);
  guint numb = bm_journal_entry_get_numb_total (entry);
  GString *text = g_string_new (NULL);

  g_string_append_printf (text, g_dngettext (NULL, "%u area", "%u areas", n), n);
  g_string_append (text, " · ");
  g_string_append_printf (text, _("pain %u"), bm_journal_entry_get_pain_total (entry));
  if (numb > 0)
    {
      g_string_append (text, " · ");
      g_string_append_printf (text, _("numbness %u"), numb);
    }
  return g_string_free (text, FALSE);
}

/* "Gluteus minimus (right)"; the id itself for a muscle the atlas lacks. */
char *
bm_journal_format_source (BmAtlas               *atlas,
                          const BmJournalSource *source)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, source->muscle);
  const char *name = m != NULL ? m->name : source->muscle;

  if (source->side == BM_SIDE_OF_EITHER)
    return g_strdup (name);
  /* Translators: a muscle and the side it is on: "Gluteus minimus (Right)". */
  return g_strdup_printf (_("%s (%s)"), name, bm_candidate_side_get_label (source->side));
}

static const BmJournalSource *
top_source (BmJournalEntry *entry)
{
  GArray *sources = entry != NULL ? bm_journal_entry_get_sources (entry) : NULL;

  return sources != NULL && sources->len > 0 ? &g_array_index (sources, BmJournalSource, 0) : NULL;
}

/* ---- BmJournalRow ------------------------------------------------------- */

struct _BmJournalRow
{
  GtkListBoxRow   parent_instance;

  BmJournalEntry *entry;
  BmAtlas        *atlas;
  GtkLabel       *change_label;
  char           *change;
};

G_DEFINE_FINAL_TYPE (BmJournalRow, bm_journal_row, GTK_TYPE_LIST_BOX_ROW)

static void
bm_journal_row_dispose (GObject *object)
{
  BmJournalRow *self = BM_JOURNAL_ROW (object);

  g_clear_object (&self->entry);
  g_clear_object (&self->atlas);
  g_clear_pointer (&self->change, g_free);
  G_OBJECT_CLASS (bm_journal_row_parent_class)->dispose (object);
}

static void
bm_journal_row_class_init (BmJournalRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bm_journal_row_dispose;
}

static void
bm_journal_row_init (BmJournalRow *self)
{
}

static GMenuModel *
entry_menu (gint64 id)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenuItem) show = g_menu_item_new (_("_Show on Map"), NULL);
  g_autoptr(GMenuItem) edit = g_menu_item_new (_("_Edit…"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Delete"), NULL);

  g_menu_item_set_action_and_target_value (show, "journal.show-on-map", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (edit, "journal.edit", g_variant_new_int64 (id));
  g_menu_item_set_action_and_target_value (remove, "journal.delete", g_variant_new_int64 (id));
  g_menu_append_item (menu, show);
  g_menu_append_item (menu, edit);
  g_menu_append_item (menu, remove);
  return G_MENU_MODEL (menu);
}

static GtkWidget *
menu_button (BmJournalEntry *entry,
             const char     *when)
{
  g_autoptr(GMenuModel) model = entry_menu (bm_journal_entry_get_id (entry));
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *name = g_strdup_printf (_("Entry of %s"), when);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), model);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, _("Entry Options"));
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

GtkWidget *
bm_journal_row_new (BmJournalEntry *entry,
                    BmAtlas        *atlas)
{
  BmJournalRow *self = g_object_new (BM_TYPE_JOURNAL_ROW, "activatable", TRUE, NULL);
  GtkWidget *hbox = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 3));
  g_autofree char *when = bm_journal_format_time (entry);
  g_autofree char *summary = bm_journal_format_summary (entry);
  const BmJournalSource *top = top_source (entry);
  const char *note = bm_journal_entry_get_note (entry);

  self->entry = g_object_ref (entry);
  self->atlas = g_object_ref (atlas);
  gtk_widget_set_margin_start (hbox, 12);
  gtk_widget_set_margin_end (hbox, 6);
  gtk_widget_set_margin_top (hbox, 8);
  gtk_widget_set_margin_bottom (hbox, 8);
  gtk_widget_set_hexpand (GTK_WIDGET (box), TRUE);
  gtk_label_set_text (bm_label_append (box, "heading", FALSE), when);
  gtk_label_set_text (bm_label_append (box, "dim-label", TRUE), summary);
  if (top != NULL)
    {
      g_autofree char *name = bm_journal_format_source (atlas, top);
      g_autofree char *text = g_strdup_printf (_("Top source: %s"), name);

      gtk_label_set_text (bm_label_append (box, NULL, TRUE), text);
    }
  self->change_label = bm_label_append (box, "accent", TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), FALSE);
  if (note[0] != '\0')
    gtk_label_set_text (bm_label_append (box, "journal-note", TRUE), note);
  gtk_box_append (GTK_BOX (hbox), GTK_WIDGET (box));
  gtk_box_append (GTK_BOX (hbox), menu_button (entry, when));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), hbox);
  return GTK_WIDGET (self);
}

BmJournalEntry *
bm_journal_row_get_entry (BmJournalRow *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ROW (self), NULL);
  return self->entry;
}

void
bm_journal_row_set_previous (BmJournalRow   *self,
                             BmJournalEntry *previous)
{
  const BmJournalSource *now = top_source (self->entry), *then = top_source (previous);

  g_return_if_fail (BM_IS_JOURNAL_ROW (self));

  g_clear_pointer (&self->change, g_free);
  if (now != NULL && then != NULL && (now->muscle != then->muscle || now->side != then->side))
    {
      g_autofree char *a = bm_journal_format_source (self->atlas, then);
      g_autofree char *b = bm_journal_format_source (self->atlas, now);

      self->change = g_strdup_printf (_("Top source changed: %s → %s"), a, b);
    }
  gtk_label_set_text (self->change_label, self->change != NULL ? self->change : "");
  gtk_widget_set_visible (GTK_WIDGET (self->change_label), self->change != NULL);
}

const char *
bm_journal_row_get_change (BmJournalRow *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ROW (self), NULL);
  return self->change;
}

/* ---- BmExerciseRow ------------------------------------------------------ */

struct _BmExerciseRow
{
  GtkListBoxRow   parent_instance;

  BmJournal      *journal;
  char           *key;
  GtkLabel       *adherence;
  GtkCheckButton *days[N_DAYS];  /* today last */
  guint32         today;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (BmExerciseRow, bm_exercise_row, GTK_TYPE_LIST_BOX_ROW)

static void
bm_exercise_row_dispose (GObject *object)
{
  BmExerciseRow *self = BM_EXERCISE_ROW (object);

  g_clear_object (&self->journal);
  g_clear_pointer (&self->key, g_free);
  G_OBJECT_CLASS (bm_exercise_row_parent_class)->dispose (object);
}

static void
bm_exercise_row_class_init (BmExerciseRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bm_exercise_row_dispose;
}

static void
bm_exercise_row_init (BmExerciseRow *self)
{
}

static void
day_toggled_cb (GtkCheckButton *check,
                BmExerciseRow  *self)
{
  guint32 day = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "day"));
  g_autoptr(GError) error = NULL;

  if (self->updating)
    return;
  if (!bm_journal_set_done (self->journal, self->key, day, gtk_check_button_get_active (check), &error))
    {
      g_warning ("%s", error->message);
      bm_exercise_row_update (self);
    }
}

/* One column: the weekday's initial over its check button. */
static GtkWidget *
day_column (BmExerciseRow *self,
            guint          i,
            const char    *title)
{
  GDate date;
  char weekday[32], full[128];
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label, *check = gtk_check_button_new ();
  guint32 day = self->today - (N_DAYS - 1 - i);
  g_autofree char *name = NULL;

  g_date_set_julian (&date, day);
  /* Translators: a weekday's short name over its check button, as strftime() writes it. */
  g_date_strftime (weekday, sizeof weekday, C_("exercise day", "%a"), &date);
  /* Translators: a check button's tooltip, as strftime() writes it: "Monday 30 November". */
  g_date_strftime (full, sizeof full, _("%A %-d %B"), &date);
  label = gtk_label_new (i == N_DAYS - 1 ? _("Today") : weekday);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, full);
  name = g_strdup_printf (_("%s, done on %s"), title, full);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (check), "day", GUINT_TO_POINTER (day));
  g_signal_connect (check, "toggled", G_CALLBACK (day_toggled_cb), self);
  self->days[i] = GTK_CHECK_BUTTON (check);
  gtk_box_append (GTK_BOX (column), label);
  gtk_box_append (GTK_BOX (column), check);
  gtk_widget_set_hexpand (column, TRUE);
  return column;
}

GtkWidget *
bm_exercise_row_new (BmJournal  *journal,
                     BmAtlas    *atlas,
                     const char *key)
{
  BmExerciseRow *self = g_object_new (BM_TYPE_EXERCISE_ROW, "activatable", FALSE, NULL);
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 3));
  GtkWidget *week = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  const BmMuscle *muscle = NULL;
  const BmTechnique *technique = bm_technique_key_lookup (atlas, key, &muscle);
  const char *title = technique != NULL ? technique->title : key;

  self->journal = g_object_ref (journal);
  self->key = g_strdup (key);
  self->today = bm_journal_today ();
  gtk_widget_set_margin_start (GTK_WIDGET (box), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (box), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (box), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (box), 8);
  gtk_label_set_text (bm_label_append (box, "heading", TRUE), title);
  if (muscle != NULL)
    gtk_label_set_text (bm_label_append (box, "dim-label", TRUE), muscle->name);
  gtk_widget_set_margin_top (week, 4);
  for (guint i = 0; i < N_DAYS; i++)
    gtk_box_append (GTK_BOX (week), day_column (self, i, title));
  gtk_box_append (box, week);
  self->adherence = bm_label_append (box, "caption", FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), GTK_WIDGET (box));
  bm_exercise_row_update (self);
  return GTK_WIDGET (self);
}

const char *
bm_exercise_row_get_key (BmExerciseRow *self)
{
  g_return_val_if_fail (BM_IS_EXERCISE_ROW (self), NULL);
  return self->key;
}

void
bm_exercise_row_update (BmExerciseRow *self)
{
  guint done = bm_journal_count_done (self->journal, self->key, self->today - (N_DAYS - 1), self->today);
  g_autofree char *text = NULL;

  g_return_if_fail (BM_IS_EXERCISE_ROW (self));

  self->updating = TRUE;
  for (guint i = 0; i < N_DAYS; i++)
    gtk_check_button_set_active (self->days[i],
                                 bm_journal_is_done (self->journal, self->key, self->today - (N_DAYS - 1 - i)));
  self->updating = FALSE;
  /* Translators: how many of the last seven days a technique was done. */
  text = g_strdup_printf (g_dngettext (NULL, "%u of 7 days", "%u of 7 days", done), done);
  gtk_label_set_text (self->adherence, text);
}

GtkCheckButton *
bm_exercise_row_get_day (BmExerciseRow *self,
                         guint          days_ago)
{
  g_return_val_if_fail (BM_IS_EXERCISE_ROW (self), NULL);
  g_return_val_if_fail (days_ago < N_DAYS, NULL);
  return self->days[N_DAYS - 1 - days_ago];
}
