/* bm-journal-page.c: the Journal page: chart, entries and exercise log
 *
 * The page shows the window's journal (opened on first use, see
 * bm-window-journal.c): the chart of pain over time with its span and area
 * choices, the entries newest first (a GtkSortListModel over the journal,
 * the first ENTRIES_SHOWN of them until Show Older Entries), and the last
 * seven days of every technique ticked so far and of those on My Sheet.
 * Rows are made by the list box from the model; a change of the journal
 * (this window, or the CLI after a reload) updates them. Without entries
 * the page explains Save to Journal; when the journal cannot be opened it
 * says why, naming the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-journal-compare.h"
#include "bm-journal-edit.h"
#include "bm-journal-page-private.h"
#include "bm-journal-row.h"

#define ENTRIES_SHOWN 20
#define ENTRIES_MORE  50

G_DEFINE_FINAL_TYPE (BmJournalPage, bm_journal_page, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_SPAN, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { SHOW_ENTRY, RETRY, N_SIGNALS };
static guint signals[N_SIGNALS];

BmAtlas *
bm_journal_page_get_atlas (BmJournalPage *self)
{
  return bm_session_get_atlas (self->session);
}

/* ---- The state: error, empty or journal --------------------------------- */

static void
update_state (BmJournalPage *self)
{
  const char *state = "journal";

  if (self->error != NULL)
    state = "error";
  else if (self->journal == NULL ||
           (g_list_model_get_n_items (G_LIST_MODEL (self->journal)) == 0 &&
            bm_journal_get_techniques (self->journal)->len == 0))
    state = "empty";
  gtk_stack_set_visible_child_name (self->stack, state);
}

/* ---- Entries ------------------------------------------------------------ */

static int
newest_first (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  gint64 ta = bm_journal_entry_get_time ((BmJournalEntry *) a), tb = bm_journal_entry_get_time ((BmJournalEntry *) b);
  gint64 ia = bm_journal_entry_get_id ((BmJournalEntry *) a), ib = bm_journal_entry_get_id ((BmJournalEntry *) b);

  if (ta != tb)
    return ta < tb ? 1 : -1;
  return ia < ib ? 1 : ia > ib ? -1 : 0;
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  BmJournalPage *self = data;

  return bm_journal_row_new (BM_JOURNAL_ENTRY (item), bm_journal_page_get_atlas (self));
}

/* Each row says whether the top source changed since the entry before it
 * (the next one down): set again after every change, since an entry added
 * or removed changes its neighbour's. */
static void
update_previous (BmJournalPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  for (guint i = 0; i < n; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->entry_list, (int) i);
      g_autoptr(BmJournalEntry) previous = g_list_model_get_item (G_LIST_MODEL (self->sorted), i + 1);

      if (BM_IS_JOURNAL_ROW (row))
        bm_journal_row_set_previous (BM_JOURNAL_ROW (row), previous);
    }
}

static void
update_more (BmJournalPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  gtk_widget_set_visible (self->more_button, n > self->limit);
  gtk_widget_set_visible (GTK_WIDGET (self->entry_list), n > 0);
}

static void
more_clicked_cb (BmJournalPage *self)
{
  self->limit += ENTRIES_MORE;
  gtk_slice_list_model_set_size (self->shown, self->limit);
  update_previous (self);
  update_more (self);
}

static void
entry_selected_cb (BmJournalPage *self,
                   GtkListBoxRow *row)
{
  if (self->selecting)
    return;
  bm_journal_chart_view_select (self->chart, BM_IS_JOURNAL_ROW (row) ?
                                bm_journal_entry_get_id (bm_journal_row_get_entry (BM_JOURNAL_ROW (row))) : 0);
}

/* Selects the entry's row, showing older entries until it is there, and
 * scrolls to it. */
void
bm_journal_page_select_entry (BmJournalPage *self,
                              gint64         id)
{
  guint n;

  g_return_if_fail (BM_IS_JOURNAL_PAGE (self));

  n = self->sorted != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);
      GtkListBoxRow *row;

      if (bm_journal_entry_get_id (entry) != id)
        continue;
      while (i >= self->limit)
        more_clicked_cb (self);
      row = gtk_list_box_get_row_at_index (self->entry_list, (int) i);
      self->selecting = TRUE;
      gtk_list_box_select_row (self->entry_list, row);
      self->selecting = FALSE;
      gtk_widget_grab_focus (GTK_WIDGET (row));
      return;
    }
}

static void
chart_activated_cb (BmJournalPage *self,
                    gint64         id)
{
  bm_journal_page_select_entry (self, id);
}

/* ---- The area choice (bm-journal-page-lists.c) -------------------------- */

static void
area_selected_cb (BmJournalPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->area_dropdown);
  BmJournalChart *chart = bm_journal_chart_view_get_chart (self->chart);

  if (chart == NULL || self->areas == NULL)
    return;
  bm_journal_chart_set_region (chart, selected >= 1 && selected <= self->areas->len ?
                               self->areas->pdata[selected - 1] : NULL);
}

/* ---- The exercise log (bm-journal-page-lists.c) ------------------------ */

static void
exercise_changed_cb (BmJournalPage *self)
{
  bm_journal_page_update_exercises (self);
  update_state (self);
}

/* ---- The journal -------------------------------------------------------- */

static void
journal_changed_cb (BmJournalPage *self)
{
  self->changes++;
  update_previous (self);
  update_more (self);
  bm_journal_page_update_areas (self);
  update_state (self);
}

static void
detach_journal (BmJournalPage *self)
{
  if (self->journal == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->journal, self);
  gtk_list_box_bind_model (self->entry_list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->sorted);
  g_clear_object (&self->journal);
  g_hash_table_remove_all (self->deleted);
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  g_clear_pointer (&self->techniques, g_ptr_array_unref);
}

void
bm_journal_page_set_journal (BmJournalPage *self,
                             BmJournal     *journal)
{
  GtkSorter *sorter;

  g_return_if_fail (BM_IS_JOURNAL_PAGE (self));
  g_return_if_fail (self->session != NULL);

  if (journal == self->journal)
    return;
  detach_journal (self);
  g_clear_pointer (&self->error, g_free);
  bm_journal_chart_view_set_journal (self->chart, journal);
  bm_journal_compare_set_journal (self->compare, journal);
  if (journal != NULL)
    {
      self->journal = g_object_ref (journal);
      sorter = GTK_SORTER (gtk_custom_sorter_new (newest_first, NULL, NULL));
      self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (journal)), sorter);
      self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)), 0, self->limit);
      gtk_list_box_bind_model (self->entry_list, G_LIST_MODEL (self->shown), create_row, self, NULL);
      /* After the models above, which update first. */
      g_signal_connect_swapped (journal, "items-changed", G_CALLBACK (journal_changed_cb), self);
      g_signal_connect_swapped (journal, "exercise-changed", G_CALLBACK (exercise_changed_cb), self);
      bm_journal_page_update_exercises (self);
      journal_changed_cb (self);
      area_selected_cb (self);
    }
  update_state (self);
}

BmJournal *
bm_journal_page_get_journal (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return self->journal;
}

void
bm_journal_page_show_error (BmJournalPage *self,
                            const char    *reason)
{
  g_autofree char *escaped = g_markup_escape_text (reason, -1);

  g_return_if_fail (BM_IS_JOURNAL_PAGE (self));

  detach_journal (self);
  bm_journal_chart_view_set_journal (self->chart, NULL);
  g_free (self->error);
  self->error = g_strdup (reason);
  /* The description is markup; the reason names a file. */
  adw_status_page_set_description (self->error_page, escaped);
  update_state (self);
}

static void
retry_clicked_cb (BmJournalPage *self)
{
  g_signal_emit (self, signals[RETRY], 0);
}

void
bm_journal_page_set_notice (BmJournalPage *self,
                            const char    *notice)
{
  g_return_if_fail (BM_IS_JOURNAL_PAGE (self));

  g_free (self->notice);
  self->notice = g_strdup (notice);
  gtk_label_set_text (self->notice_label, notice != NULL ? notice : "");
  gtk_widget_set_visible (self->notice_box, notice != NULL);
}

static void
notice_dismissed_cb (BmJournalPage *self)
{
  bm_journal_page_set_notice (self, NULL);
}

/* ---- Entry actions ------------------------------------------------------ */

static BmJournalEntry *
action_entry (BmJournalPage *self,
              GVariant      *param)
{
  return self->journal != NULL ? bm_journal_lookup (self->journal, g_variant_get_int64 (param)) : NULL;
}

static void
show_on_map_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_signal_emit (widget, signals[SHOW_ENTRY], 0, g_variant_get_int64 (param));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BmJournalPage *self = BM_JOURNAL_PAGE (widget);
  BmJournalEntry *entry = action_entry (self, param);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (entry == NULL)
    return;
  gtk_window_present (bm_journal_edit_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->journal, entry,
                                           self->session));
}

static void
report_error (BmJournalPage *self,
              const char    *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toasts, toast);
}

/* An entry deleted here, kept while its toast may offer Undo. @changes is
 * the count of the journal's changes just after the removal: while it is
 * still the count, bm_journal_undo() would undo this removal and nothing
 * else. @toast is not owned. */
typedef struct {
  gint64          id;
  BmJournalEntry *entry;
  AdwToast       *toast;
  guint           changes;
} BmJournalDeleted;

static void
deleted_free (gpointer data)
{
  BmJournalDeleted *deleted = data;

  g_object_unref (deleted->entry);
  g_free (deleted);
}

/* The toast is gone, and with it the offer (unless a newer deletion of the
 * same id made another). */
static void
deleted_toast_dismissed_cb (AdwToast      *toast,
                            BmJournalPage *self)
{
  gint64 id = g_variant_get_int64 (adw_toast_get_action_target_value (toast));
  BmJournalDeleted *deleted = self->deleted != NULL ? g_hash_table_lookup (self->deleted, &id) : NULL;

  if (deleted != NULL && deleted->toast == toast)
    g_hash_table_remove (self->deleted, &id);
}

/* "Entry deleted" over the entry's date and time: toasts of several
 * deletions queue, and each names its own. */
static GtkWidget *
deleted_title (BmJournalEntry *entry)
{
  g_autofree char *when = bm_journal_format_time (entry);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (_("Entry deleted"));
  GtkWidget *caption = gtk_label_new (when);

  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), caption);
  return box;
}

/* "Entry deleted" with Undo of this entry only (journal.undo with its id).
 * The toast is never dismissed by the code: libadwaita 1.2 can crash when
 * a toast is dismissed while it is still animating in. */
static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BmJournalPage *self = BM_JOURNAL_PAGE (widget);
  gint64 id = g_variant_get_int64 (param);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournalEntry) entry = NULL;
  BmJournalDeleted *deleted;

  if (action_entry (self, param) == NULL)
    return;
  entry = g_object_ref (action_entry (self, param));
  if (!bm_journal_remove (self->journal, id, &error))
    {
      report_error (self, error->message);
      return;
    }
  deleted = g_new0 (BmJournalDeleted, 1);
  deleted->id = id;
  deleted->entry = g_steal_pointer (&entry);
  deleted->changes = self->changes;
  deleted->toast = adw_toast_new (_("Entry deleted"));
  adw_toast_set_custom_title (deleted->toast, deleted_title (deleted->entry));
  adw_toast_set_button_label (deleted->toast, _("_Undo"));
  adw_toast_set_action_name (deleted->toast, "journal.undo");
  adw_toast_set_action_target_value (deleted->toast, g_variant_new_int64 (id));
  g_signal_connect_object (deleted->toast, "dismissed", G_CALLBACK (deleted_toast_dismissed_cb), self, 0);
  g_hash_table_replace (self->deleted, &deleted->id, deleted);
  adw_toast_overlay_add_toast (self->toasts, deleted->toast);
}

/* Brings the deleted entry back: the journal's own undo (same id) while
 * nothing changed the journal since, else a copy added anew (a new id), so
 * that no later change is undone instead. */
static gboolean
restore (BmJournalPage     *self,
         BmJournalDeleted  *deleted,
         GError           **error)
{
  BmJournalEntry *now = bm_journal_lookup (self->journal, deleted->id);
  g_autoptr(BmJournalEntry) copy = NULL;

  if (now != NULL && bm_journal_entry_equal (now, deleted->entry))
    return TRUE;   /* back already */
  if (deleted->changes == self->changes && bm_journal_can_undo (self->journal))
    return bm_journal_undo (self->journal, error);
  copy = bm_journal_entry_copy (deleted->entry);
  return bm_journal_add (self->journal, copy, error);
}

/* Undo in "Entry deleted" (the entry's id): that entry comes back, once,
 * whatever was deleted or changed after it. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BmJournalPage *self = BM_JOURNAL_PAGE (widget);
  gint64 id = g_variant_get_int64 (param);
  BmJournalDeleted *deleted;
  g_autoptr(GError) error = NULL;

  if (self->journal == NULL || (deleted = g_hash_table_lookup (self->deleted, &id)) == NULL)
    return;
  if (!restore (self, deleted, &error))
    {
      report_error (self, error->message);
      return;
    }
  g_hash_table_remove (self->deleted, &id);
}

/* ---- Life cycle --------------------------------------------------------- */

static void
session_changed_cb (BmJournalPage *self)
{
  bm_journal_page_update_exercises (self);
}

void
bm_journal_page_set_session (BmJournalPage *self,
                             BmSession     *session)
{
  g_return_if_fail (BM_IS_JOURNAL_PAGE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
set_span (BmJournalPage *self,
          guint          span)
{
  self->span = span;
  bm_journal_chart_view_set_span (self->chart, span);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPAN]);
}

static void
bm_journal_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  if (prop_id == PROP_SPAN)
    g_value_set_uint (value, BM_JOURNAL_PAGE (object)->span);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
bm_journal_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  if (prop_id == PROP_SPAN)
    set_span (BM_JOURNAL_PAGE (object), g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
bm_journal_page_dispose (GObject *object)
{
  BmJournalPage *self = BM_JOURNAL_PAGE (object);

  detach_journal (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_JOURNAL_PAGE);
  g_clear_pointer (&self->deleted, g_hash_table_unref);
  g_clear_object (&self->session);
  g_clear_pointer (&self->notice, g_free);
  g_clear_pointer (&self->error, g_free);
  G_OBJECT_CLASS (bm_journal_page_parent_class)->dispose (object);
}

static void
bm_journal_page_class_init (BmJournalPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_journal_page_dispose;
  object_class->get_property = bm_journal_page_get_property;
  object_class->set_property = bm_journal_page_set_property;
  /* Days the chart shows; 0: all. */
  properties[PROP_SPAN] =
    g_param_spec_uint ("span", NULL, NULL, 0, 36600, 28,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The id of the entry to show on the map. */
  signals[SHOW_ENTRY] =
    g_signal_new ("show-entry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  /* Try Again on the error page. */
  signals[RETRY] =
    g_signal_new ("retry", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (BM_TYPE_JOURNAL_CHART_VIEW);
  g_type_ensure (BM_TYPE_JOURNAL_COMPARE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-journal-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, toasts);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, notice_box);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, notice_label);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, stack);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, chart);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, entry_list);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, exercise_list);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, content_box);
  gtk_widget_class_bind_template_child (widget_class, BmJournalPage, compare);
  gtk_widget_class_bind_template_callback (widget_class, notice_dismissed_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, chart_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, area_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_install_property_action (widget_class, "journal.span", "span");
  gtk_widget_class_install_action (widget_class, "journal.show-on-map", "x", show_on_map_action);
  gtk_widget_class_install_action (widget_class, "journal.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "journal.delete", "x", delete_action);
  gtk_widget_class_install_action (widget_class, "journal.undo", "x", undo_action);
}

static void
bm_journal_page_init (BmJournalPage *self)
{
  GtkWidget *placeholder;

  self->limit = ENTRIES_SHOWN;
  self->span = 28;
  self->deleted = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, deleted_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The rows' expanding labels must not make the sidebar take the map's room. */
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);
  bm_journal_chart_view_set_span (self->chart, self->span);
  placeholder = gtk_label_new (_("Add muscles to My Sheet on the Sources page to log their stretches and releases here."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->exercise_list, placeholder);
  update_state (self);
}

GtkWidget *
bm_journal_page_new (void)
{
  return g_object_new (BM_TYPE_JOURNAL_PAGE, NULL);
}

void
bm_journal_page_add_toast (BmJournalPage *self,
                           AdwToast      *toast)
{
  g_return_if_fail (BM_IS_JOURNAL_PAGE (self));
  adw_toast_overlay_add_toast (self->toasts, toast);
}

