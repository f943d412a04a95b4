/* bm-muscle-list.c: every muscle, searchable by name or alias (browse mode)
 *
 * Selecting a muscle shows its pattern on the map; activating it opens its
 * page. A BmSearchList over the atlas's muscles: searching matches names
 * and aliases ("fibularis" finds the peroneals), word by word, and Enter in
 * the search opens the first match.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/bm-items.h"
#include "bm-muscle-list.h"
#include "bm-search-list.h"

struct _BmMuscleList
{
  GtkWidget     parent_instance;

  BmSearchList *search_list;
};

G_DEFINE_FINAL_TYPE (BmMuscleList, bm_muscle_list, GTK_TYPE_WIDGET)

enum { MUSCLE_SELECTED, MUSCLE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
item_selected_cb (BmMuscleList *self,
                  BmMuscleItem *item)
{
  g_signal_emit (self, signals[MUSCLE_SELECTED], 0, item ? bm_muscle_item_get_muscle (item)->id : NULL);
}

static void
item_activated_cb (BmMuscleList *self,
                   BmMuscleItem *item)
{
  g_signal_emit (self, signals[MUSCLE_ACTIVATED], 0, bm_muscle_item_get_muscle (item)->id);
}

/* What a screen reader says for a row: "Soleus, Lower leg, also called …". */
static void
label_row (GtkWidget  *row,
           gpointer    item,
           const char *also)
{
  GString *text = g_string_new (bm_muscle_item_get_muscle (item)->name);
  const char *group = bm_muscle_item_get_group_label (item);

  if (group != NULL)
    g_string_append_printf (text, ", %s", group);
  if (also != NULL)
    {
      g_string_append (text, ", ");
      /* TRANSLATORS: other names of a muscle, in the list of all muscles */
      g_string_append_printf (text, _("also called %s"), also);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, text->str, -1);
  g_string_free (text, TRUE);
}

/* The name, and the aliases below it. */
static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  const BmMuscle *m = bm_muscle_item_get_muscle (item);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (m->name);
  g_autofree char *also = m->aliases[0] ? g_strjoinv (", ", m->aliases) : NULL;

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  /* Long names (German adds the common name) wrap in a narrow window. */
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (box), name);
  if (also != NULL)
    {
      GtkWidget *aliases = gtk_label_new (also);

      gtk_label_set_xalign (GTK_LABEL (aliases), 0);
      gtk_label_set_ellipsize (GTK_LABEL (aliases), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (aliases, "caption");
      gtk_widget_add_css_class (aliases, "dim-label");
      gtk_box_append (GTK_BOX (box), aliases);
    }
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  label_row (row, item, also);
  return row;
}

static void
bm_muscle_list_dispose (GObject *object)
{
  BmMuscleList *self = BM_MUSCLE_LIST (object);

  if (self->search_list != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->search_list, self);
      gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->search_list)));
    }

  G_OBJECT_CLASS (bm_muscle_list_parent_class)->dispose (object);
}

static void
bm_muscle_list_class_init (BmMuscleListClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bm_muscle_list_dispose;

  signals[MUSCLE_SELECTED] =
    g_signal_new ("muscle-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[MUSCLE_ACTIVATED] =
    g_signal_new ("muscle-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "regionlist");
  gtk_widget_class_set_accessible_role (GTK_WIDGET_CLASS (klass), GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
bm_muscle_list_init (BmMuscleList *self)
{
  self->search_list = g_object_new (BM_TYPE_SEARCH_LIST,
                                    "placeholder-text", _("Search muscles, e.g. glute, fibularis"),
                                    "search-label", _("Search muscles"),
                                    "list-label", _("All muscles"),
                                    "empty-title", _("No Muscles Found"),
                                    "empty-description", _("Try another spelling, or another name for the muscle."),
                                    "selection-mode", GTK_SELECTION_SINGLE,
                                    "activates-first", TRUE,
                                    NULL);
  g_signal_connect_swapped (self->search_list, "item-selected", G_CALLBACK (item_selected_cb), self);
  g_signal_connect_swapped (self->search_list, "item-activated", G_CALLBACK (item_activated_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->search_list), GTK_WIDGET (self));
}

GtkWidget *
bm_muscle_list_new (void)
{
  return g_object_new (BM_TYPE_MUSCLE_LIST, NULL);
}

void
bm_muscle_list_set_atlas (BmMuscleList *self,
                          BmAtlas      *atlas)
{
  g_autoptr(GListModel) muscles = NULL;

  g_return_if_fail (BM_IS_MUSCLE_LIST (self));

  muscles = bm_muscle_model_new (atlas);
  bm_search_list_set_model (self->search_list, muscles,
                            (BmSearchListTextFunc) bm_muscle_item_get_keywords,
                            (BmSearchListTextFunc) bm_muscle_item_get_group_label,
                            create_row, self);
}

void
bm_muscle_list_focus_search (BmMuscleList *self)
{
  g_return_if_fail (BM_IS_MUSCLE_LIST (self));
  bm_search_list_focus_search (self->search_list);
}
