/* bm-sheet-list.c: the muscles on the person's stretch sheet
 *
 * "My Sheet" lists the muscles added with Add to My Sheet, in the order
 * they were added; each opens its page and can be removed here. The list is
 * a view of the session's picks through a GtkStringList of muscle ids, kept
 * equal to bm_session_get_sheet() on every change. Below it, what a
 * therapist's handout needs: the client's name, and whether each muscle
 * gets a release besides its stretch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "bm-sheet-list.h"

struct _BmSheetList
{
  GtkWidget      parent_instance;

  GtkWidget     *box;            /* built when the sheet first has a muscle */
  GtkListBox    *list_box;
  GtkEditable   *client_row;     /* the client's name on a handout */
  GtkSwitch     *release_switch; /* a release besides each stretch */
  GtkStringList *ids;
  BmSession     *session;
};

G_DEFINE_FINAL_TYPE (BmSheetList, bm_sheet_list, GTK_TYPE_WIDGET)

enum { OPEN_MUSCLE, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The muscle id a row shows: the row's place in the model. */
static const char *
row_muscle (BmSheetList   *self,
            GtkListBoxRow *row)
{
  return gtk_string_list_get_string (self->ids, gtk_list_box_row_get_index (row));
}

static void
remove_clicked_cb (GtkButton   *button,
                   BmSheetList *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW);

  bm_session_set_on_sheet (self->session, row_muscle (self, GTK_LIST_BOX_ROW (row)), FALSE);
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  BmSheetList *self = data;
  const char *id = gtk_string_object_get_string (item);
  const BmMuscle *m = bm_atlas_lookup (bm_session_get_atlas (self->session), id);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  g_autofree char *label = g_strdup_printf (_("Remove %s from my sheet"), m->name);
  const char *group = bm_atlas_get_group_label (bm_session_get_atlas (self->session), m->group);
  /* For screen readers: the muscle and its part of the body. */
  g_autofree char *accessible = g_strdup_printf ("%s, %s", m->name, group);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), group);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  /* GTK 4.8 would read the title it is labelled by after this label. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);

  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove From My Sheet"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static void
row_activated_cb (BmSheetList   *self,
                  GtkListBoxRow *row)
{
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, row_muscle (self, row));
}

static void ensure_box (BmSheetList *self);

/* Rebuilds the model only when the picks differ from it, so a change to the
 * marks leaves the rows (and the focus in them) alone. */
static void
sync_rows (BmSheetList *self)
{
  GPtrArray *sheet = bm_session_get_sheet (self->session);
  GListModel *model = G_LIST_MODEL (self->ids);
  guint n = g_list_model_get_n_items (model);
  gboolean same = n == sheet->len;

  for (guint i = 0; same && i < n; i++)
    same = g_str_equal (gtk_string_list_get_string (self->ids, i), sheet->pdata[i]);
  if (sheet->len > 0)
    ensure_box (self);
  if (!same)
    {
      g_ptr_array_add (sheet, NULL);
      gtk_string_list_splice (self->ids, 0, n, (const char * const *) sheet->pdata);
      g_ptr_array_remove_index (sheet, sheet->len - 1);
    }
  if (self->box != NULL)
    gtk_widget_set_visible (self->box, sheet->len > 0);
}

static void
bm_sheet_list_dispose (GObject *object)
{
  BmSheetList *self = BM_SHEET_LIST (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->ids);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (bm_sheet_list_parent_class)->dispose (object);
}

static void
bm_sheet_list_class_init (BmSheetListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bm_sheet_list_dispose;

  /**
   * BmSheetList::open-muscle:
   * @muscle: the id of the muscle whose row was activated
   */
  signals[OPEN_MUSCLE] =
    g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

/* The handout's options, as a second boxed list. */
static GtkWidget *
options_list (BmSheetList *self)
{
  GtkWidget *list = gtk_list_box_new (), *client = adw_entry_row_new (), *release = adw_action_row_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_top (list, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Handout options"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (client), _("Client’s Name"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (client), FALSE);
  gtk_list_box_append (GTK_LIST_BOX (list), client);
  self->client_row = GTK_EDITABLE (client);

  self->release_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_switch_set_active (self->release_switch, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->release_switch), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (release), _("A Release for Each Muscle"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (release), _("Besides its stretch"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (release), GTK_WIDGET (self->release_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (release), GTK_WIDGET (self->release_switch));
  gtk_list_box_append (GTK_LIST_BOX (list), release);
  return list;
}

/* The heading, the rows and the handout's options: hidden while the sheet
 * is empty, so built only when it first has a muscle (most sessions start
 * empty; the client's name row alone is a text entry to set up). */
static void
ensure_box (BmSheetList *self)
{
  if (self->box != NULL)
    return;
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  add_label (GTK_BOX (self->box), _("My Sheet"), "heading");
  add_label (GTK_BOX (self->box), _("The muscles whose stretches and releases go on your printed sheet."), "caption");

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "boxed-list");
  gtk_widget_set_margin_top (GTK_WIDGET (self->list_box), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Muscles on my sheet"), -1);
  g_signal_connect_swapped (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->list_box));
  gtk_box_append (GTK_BOX (self->box), options_list (self));
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->ids), create_row, self, NULL);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

static void
bm_sheet_list_init (BmSheetList *self)
{
  self->ids = gtk_string_list_new (NULL);
}

GtkWidget *
bm_sheet_list_new (void)
{
  return g_object_new (BM_TYPE_SHEET_LIST, NULL);
}

void
bm_sheet_list_set_session (BmSheetList *self,
                           BmSession   *session)
{
  g_return_if_fail (BM_IS_SHEET_LIST (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (session, "changed", G_CALLBACK (sync_rows), self, G_CONNECT_SWAPPED);
  sync_rows (self);
}

/* The muscle ids on the sheet, as GtkStringObjects. */
GListModel *
bm_sheet_list_get_model (BmSheetList *self)
{
  g_return_val_if_fail (BM_IS_SHEET_LIST (self), NULL);
  return G_LIST_MODEL (self->ids);
}

/* The client's name for the sheet, or NULL when none is typed. */
const char *
bm_sheet_list_get_client (BmSheetList *self)
{
  const char *text;

  g_return_val_if_fail (BM_IS_SHEET_LIST (self), NULL);
  if (self->client_row == NULL)
    return NULL;
  text = gtk_editable_get_text (self->client_row);
  return text[0] != '\0' ? text : NULL;
}

/* How many techniques each muscle shows on the sheet: 2 with a release. */
guint
bm_sheet_list_get_techniques (BmSheetList *self)
{
  g_return_val_if_fail (BM_IS_SHEET_LIST (self), 2);
  /* Not built yet: the switch's default, on. */
  return self->release_switch == NULL || gtk_switch_get_active (self->release_switch) ? 2 : 1;
}
