/* bm-journal-compare.c: the journal's map tools, before/after and a period
 *
 * The pickers follow the journal: until the user picks, "Before" is the
 * first entry and "After" the last, so a new entry is compared at once.
 * The period is chosen on two calendars; a range that ends before it
 * starts is said so, and its button is off.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-application.h"
#include "bm-journal-compare.h"

#define DEFAULT_PERIOD_DAYS 30

struct _BmJournalCompare
{
  AdwBin       parent_instance;

  /* Template widgets */
  AdwComboRow *before_row;
  AdwComboRow *after_row;
  GtkWidget   *compare_button;
  GtkMenuButton *from_button;
  GtkMenuButton *to_button;
  GtkCalendar *from_calendar;
  GtkCalendar *to_calendar;
  GtkWidget   *period_error;
  GtkWidget   *heat_button;

  /* Owned */
  BmJournal   *journal;

  guint32      first_day;     /* the period, Julian days */
  guint32      last_day;
  guint        updating : 1;  /* selections set by the code, not the user */
  guint        before_chosen : 1;
  guint        after_chosen : 1;
};

G_DEFINE_FINAL_TYPE (BmJournalCompare, bm_journal_compare, ADW_TYPE_BIN)

enum { PROP_0, PROP_JOURNAL, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* "3 Nov 2026, 09:30 · 4 areas": the combo rows' text of an entry. */
static char *
entry_label (BmJournalEntry *entry)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *date = NULL;
  guint n_areas;

  if (entry == NULL)
    return NULL;
  time = bm_journal_entry_dup_datetime (entry);
  /* TRANSLATORS: strftime formats of a journal date, with and without the
   * time, e.g. "3 Nov 2026, 09:30" and "3 Nov 2026" */
  date = g_date_time_format (time, _("%-d %b %Y, %H:%M"));
  n_areas = bm_journal_entry_get_n_areas (entry);
  /* TRANSLATORS: a journal entry in the Before and After lists, e.g. "3 Nov 2026, 09:30 · 4 areas" */
  return g_strdup_printf (ngettext ("%s · %u area", "%s · %u areas", n_areas), date, n_areas);
}

static BmJournalEntry *
selected_entry (AdwComboRow *row)
{
  return adw_combo_row_get_selected_item (row);
}

static void
update_compare_button (BmJournalCompare *self)
{
  BmJournalEntry *before = selected_entry (self->before_row);
  BmJournalEntry *after = selected_entry (self->after_row);

  gtk_widget_set_sensitive (self->compare_button, before != NULL && after != NULL && before != after);
}

/* Until the user picks, the first and the last entry. */
static void
select_defaults (BmJournalCompare *self)
{
  guint n = self->journal != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->journal)) : 0;

  self->updating = TRUE;
  if (n > 0 && (!self->before_chosen || adw_combo_row_get_selected (self->before_row) >= n))
    adw_combo_row_set_selected (self->before_row, 0);
  if (n > 0 && (!self->after_chosen || adw_combo_row_get_selected (self->after_row) >= n))
    adw_combo_row_set_selected (self->after_row, n - 1);
  self->updating = FALSE;
  update_compare_button (self);
}

static void
items_changed_cb (BmJournalCompare *self)
{
  select_defaults (self);
}

static void
selection_changed_cb (BmJournalCompare *self,
                      GParamSpec       *pspec,
                      AdwComboRow      *row)
{
  if (!self->updating)
    {
      if (row == self->before_row)
        self->before_chosen = TRUE;
      else
        self->after_chosen = TRUE;
    }
  update_compare_button (self);
}

static void
compare_clicked_cb (BmJournalCompare *self)
{
  BmJournalEntry *before = selected_entry (self->before_row);
  BmJournalEntry *after = selected_entry (self->after_row);

  if (before == NULL || after == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.journal-compare", "(xx)",
                              bm_journal_entry_get_id (before), bm_journal_entry_get_id (after));
}

/* ---- The period --------------------------------------------------------- */

/* The calendar's own day (its date fields, whatever its time zone). */
static guint32
datetime_to_day (GDateTime *time)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                  g_date_time_get_year (time));
  return g_date_get_julian (&date);
}

static void
show_day (GtkMenuButton *button,
          GtkCalendar   *calendar,
          guint32        day)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_local (bm_journal_day_midnight (day));
  g_autofree char *text = g_date_time_format (time, _("%-d %b %Y"));

  gtk_menu_button_set_label (button, text);
  gtk_calendar_select_day (calendar, time);
}

static void
update_period (BmJournalCompare *self)
{
  gboolean valid = self->first_day <= self->last_day;

  self->updating = TRUE;
  show_day (self->from_button, self->from_calendar, self->first_day);
  show_day (self->to_button, self->to_calendar, self->last_day);
  self->updating = FALSE;
  gtk_widget_set_visible (self->period_error, !valid);
  gtk_widget_set_sensitive (self->heat_button, valid);
}

static void
day_selected_cb (BmJournalCompare *self,
                 GtkCalendar      *calendar)
{
  g_autoptr(GDateTime) time = NULL;

  if (self->updating)
    return;
  time = gtk_calendar_get_date (calendar);
  if (calendar == self->from_calendar)
    self->first_day = datetime_to_day (time);
  else
    self->last_day = datetime_to_day (time);
  update_period (self);
  gtk_menu_button_popdown (calendar == self->from_calendar ? self->from_button : self->to_button);
}

static void
heat_clicked_cb (BmJournalCompare *self)
{
  if (self->first_day > self->last_day)
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.journal-period", "(xx)",
                              bm_journal_day_midnight (self->first_day),
                              bm_journal_day_midnight (self->last_day + 1));
}

/* ---- Life cycle ------------------------------------------------------- */

/* Without a journal set, the application's, when the section first shows. */
static void
bm_journal_compare_map (GtkWidget *widget)
{
  BmJournalCompare *self = BM_JOURNAL_COMPARE (widget);
  GApplication *app = g_application_get_default ();

  GTK_WIDGET_CLASS (bm_journal_compare_parent_class)->map (widget);
  if (self->journal == NULL && app != NULL && BM_IS_APPLICATION (app))
    {
      BmJournal *journal = bm_application_get_journal (BM_APPLICATION (app), NULL);

      if (journal != NULL)
        bm_journal_compare_set_journal (self, journal);
    }
}

static void
bm_journal_compare_dispose (GObject *object)
{
  BmJournalCompare *self = BM_JOURNAL_COMPARE (object);

  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_clear_object (&self->journal);
  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_JOURNAL_COMPARE);
  G_OBJECT_CLASS (bm_journal_compare_parent_class)->dispose (object);
}

static void
bm_journal_compare_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BmJournalCompare *self = BM_JOURNAL_COMPARE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      g_value_set_object (value, self->journal);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_journal_compare_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BmJournalCompare *self = BM_JOURNAL_COMPARE (object);

  switch (prop_id)
    {
    case PROP_JOURNAL:
      bm_journal_compare_set_journal (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_journal_compare_class_init (BmJournalCompareClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_journal_compare_dispose;
  object_class->get_property = bm_journal_compare_get_property;
  object_class->set_property = bm_journal_compare_set_property;
  widget_class->map = bm_journal_compare_map;

  properties[PROP_JOURNAL] =
    g_param_spec_object ("journal", NULL, NULL, BM_TYPE_JOURNAL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-journal-compare.ui");
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, before_row);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, after_row);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, compare_button);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, from_button);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, to_button);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, from_calendar);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, to_calendar);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, period_error);
  gtk_widget_class_bind_template_child (widget_class, BmJournalCompare, heat_button);
  gtk_widget_class_bind_template_callback (widget_class, selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, compare_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, heat_clicked_cb);
}

static void
bm_journal_compare_init (BmJournalCompare *self)
{
  GtkExpression *expression;

  gtk_widget_init_template (GTK_WIDGET (self));
  expression = gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL, G_CALLBACK (entry_label), NULL, NULL);
  adw_combo_row_set_expression (self->before_row, expression);
  adw_combo_row_set_expression (self->after_row, expression);
  gtk_expression_unref (expression);
  self->last_day = bm_journal_today ();
  self->first_day = self->last_day - (DEFAULT_PERIOD_DAYS - 1);
  update_period (self);
  update_compare_button (self);
}

GtkWidget *
bm_journal_compare_new (void)
{
  return g_object_new (BM_TYPE_JOURNAL_COMPARE, NULL);
}

void
bm_journal_compare_set_journal (BmJournalCompare *self,
                                BmJournal        *journal)
{
  g_return_if_fail (BM_IS_JOURNAL_COMPARE (self));
  g_return_if_fail (journal == NULL || BM_IS_JOURNAL (journal));

  if (self->journal == journal)
    return;
  if (self->journal != NULL)
    g_signal_handlers_disconnect_by_data (self->journal, self);
  g_set_object (&self->journal, journal);
  self->before_chosen = self->after_chosen = FALSE;
  self->updating = TRUE;
  adw_combo_row_set_model (self->before_row, G_LIST_MODEL (journal));
  adw_combo_row_set_model (self->after_row, G_LIST_MODEL (journal));
  self->updating = FALSE;
  if (journal != NULL)
    g_signal_connect_object (journal, "items-changed", G_CALLBACK (items_changed_cb), self,
                             G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  select_defaults (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL]);
}

BmJournal *
bm_journal_compare_get_journal (BmJournalCompare *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_COMPARE (self), NULL);
  return self->journal;
}

void
bm_journal_compare_select (BmJournalCompare *self,
                           guint             before,
                           guint             after)
{
  g_return_if_fail (BM_IS_JOURNAL_COMPARE (self));

  adw_combo_row_set_selected (self->before_row, before);
  adw_combo_row_set_selected (self->after_row, after);
}

void
bm_journal_compare_set_period (BmJournalCompare *self,
                               guint32           first,
                               guint32           last)
{
  g_return_if_fail (BM_IS_JOURNAL_COMPARE (self));
  g_return_if_fail (g_date_valid_julian (first) && g_date_valid_julian (last));

  self->first_day = first;
  self->last_day = last;
  update_period (self);
}
