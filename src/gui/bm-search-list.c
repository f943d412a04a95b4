/* bm-search-list.c: a list of items with a search field and group headers
 *
 * The list box is bound to a GtkFilterListModel over the caller's items:
 * every word of the search must appear in an item's keywords ("left knee"
 * finds "Outer knee (left)"), and any filter the caller adds must accept it
 * too. A header names the group wherever it changes. The rows are made
 * when the list is first shown; searching, counting and Enter work on the
 * model, rows or not.
 *
 * Keys: typing anywhere on the page searches; Enter opens the first match
 * (or, with activates-first off, the only one); Down moves into the
 * results, the arrows move through them, Enter opens the focused one, and
 * Up from the first returns to the search.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-search-list.h"

struct _BmSearchList
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *box;
  GtkBox              *search_box;
  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkListBox          *list_box;
  AdwStatusPage       *empty_page;

  /* Owned */
  GtkFilterListModel  *matches;
  GtkEveryFilter      *filter;
  GtkFilter           *word_filter;
  GObject             *selected;     /* the item the user selected */
  char               **words;        /* casefolded search words */
  char                *empty_description;

  BmSearchListTextFunc keywords;
  BmSearchListTextFunc group_label;
  GtkListBoxCreateWidgetFunc create_row;
  gpointer             data;
  gboolean             activates_first;
  gboolean             refiltering;
  gboolean             bound;
};

G_DEFINE_FINAL_TYPE (BmSearchList, bm_search_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLACEHOLDER_TEXT,
  PROP_SEARCH_LABEL,
  PROP_LIST_LABEL,
  PROP_EMPTY_TITLE,
  PROP_EMPTY_DESCRIPTION,
  PROP_SELECTION_MODE,
  PROP_ACTIVATES_FIRST,
  N_PROPS
};

enum { ITEM_ACTIVATED, ITEM_SELECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
match_words (gpointer item,
             gpointer data)
{
  BmSearchList *self = data;
  const char *keywords = self->keywords (item);

  for (guint i = 0; self->words != NULL && self->words[i] != NULL; i++)
    if (self->words[i][0] != '\0' && strstr (keywords, self->words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static gpointer
row_item (BmSearchList  *self,
          GtkListBoxRow *row)
{
  return g_list_model_get_item (G_LIST_MODEL (self->matches), gtk_list_box_row_get_index (row));
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  BmSearchList *self = data;
  g_autoptr(GObject) item = row_item (self, row);
  g_autoptr(GObject) previous = before != NULL ? row_item (self, before) : NULL;
  const char *group = item != NULL ? self->group_label (item) : NULL;
  GtkWidget *header;

  if (item == NULL || (previous != NULL && g_strcmp0 (self->group_label (previous), group) == 0))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (group);
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "region-group");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static GtkListBoxRow *
row_of (BmSearchList *self,
        GObject      *item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->matches));

  for (guint i = 0; item != NULL && i < n; i++)
    {
      g_autoptr(GObject) match = g_list_model_get_item (G_LIST_MODEL (self->matches), i);

      if (match == item)
        return gtk_list_box_get_row_at_index (self->list_box, i);
    }
  return NULL;
}

/* Rows come and go as the matches change; the selection stays with the
 * item the user chose, hidden or shown. */
static void
matches_changing_cb (BmSearchList *self)
{
  self->refiltering = TRUE;
}

static void
matches_changed_cb (BmSearchList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->matches));
  GtkListBoxRow *row = row_of (self, self->selected);

  self->refiltering = FALSE;
  /* Without an empty-title, no matches is just an empty list. */
  gtk_stack_set_visible_child_name (self->stack,
                                    n > 0 || adw_status_page_get_title (self->empty_page) == NULL ? "list" : "empty");
  if (row != NULL && gtk_list_box_get_selected_row (self->list_box) != row)
    gtk_list_box_select_row (self->list_box, row);
}

static void
apply_search (BmSearchList *self)
{
  g_autofree char *text = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  g_auto(GStrv) words = g_strsplit_set (text, " ,", -1);

  if (self->words != NULL && g_strv_equal ((const char *const *) words, (const char *const *) self->words))
    return;
  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);
  gtk_filter_changed (self->word_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (BmSearchList *self)
{
  if (self->matches != NULL)
    apply_search (self);
}

static void
activate_item (BmSearchList *self,
               GObject      *item)
{
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

static void
row_activated_cb (BmSearchList  *self,
                  GtkListBoxRow *row)
{
  g_autoptr(GObject) item = row_item (self, row);

  if (item != NULL)
    activate_item (self, item);
}

static void
row_selected_cb (BmSearchList  *self,
                 GtkListBoxRow *row)
{
  g_autoptr(GObject) item = NULL;

  if (self->refiltering || self->matches == NULL)
    return;
  item = row != NULL ? row_item (self, row) : NULL;
  if (item == self->selected)
    return;
  g_set_object (&self->selected, item);
  g_signal_emit (self, signals[ITEM_SELECTED], 0, item);
}

static void
select_row (BmSearchList  *self,
            GtkListBoxRow *row)
{
  if (gtk_list_box_get_selection_mode (self->list_box) != GTK_SELECTION_NONE)
    gtk_list_box_select_row (self->list_box, row);
}

/* Enter: the focused result if the focus is in the results (the search
 * hears the page's keys), else the first or the only match. */
gboolean
bm_search_list_activate_match (BmSearchList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  g_autoptr(GObject) item = NULL;

  g_return_val_if_fail (BM_IS_SEARCH_LIST (self), FALSE);

  if (row != NULL && gtk_widget_get_parent (row) == GTK_WIDGET (self->list_box))
    {
      row_activated_cb (self, GTK_LIST_BOX_ROW (row));
      return TRUE;
    }
  apply_search (self);
  if (bm_search_list_get_n_matches (self) == 0 ||
      (!self->activates_first && bm_search_list_get_n_matches (self) != 1))
    return FALSE;
  item = bm_search_list_get_match (self, 0);
  if ((row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->list_box, 0))) != NULL)
    select_row (self, GTK_LIST_BOX_ROW (row));
  activate_item (self, item);
  return TRUE;
}

static void
search_activate_cb (BmSearchList *self)
{
  bm_search_list_activate_match (self);
}

static gboolean
search_down_cb (GtkWidget *entry,
                GVariant  *args,
                gpointer   data)
{
  BmSearchList *self = data;
  GtkListBoxRow *row;

  apply_search (self);
  if ((row = gtk_list_box_get_row_at_index (self->list_box, 0)) == NULL)
    return FALSE;
  select_row (self, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

static gboolean
keynav_failed_cb (BmSearchList     *self,
                  GtkDirectionType  direction)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  return TRUE;
}

static void
bind_rows (BmSearchList *self)
{
  if (self->matches == NULL || self->bound)
    return;
  self->bound = TRUE;
  gtk_list_box_bind_model (self->list_box, G_LIST_MODEL (self->matches), self->create_row, self->data, NULL);
  matches_changed_cb (self);
}

static void
bm_search_list_map (GtkWidget *widget)
{
  bind_rows (BM_SEARCH_LIST (widget));
  GTK_WIDGET_CLASS (bm_search_list_parent_class)->map (widget);
}

/* A status page's description is markup; the hint is plain text. */
static void
set_empty_description (BmSearchList *self,
                       const char   *text)
{
  g_autofree char *escaped = text != NULL ? g_markup_escape_text (text, -1) : NULL;

  g_free (self->empty_description);
  self->empty_description = g_strdup (text);
  adw_status_page_set_description (self->empty_page, escaped);
}

static void
bm_search_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BmSearchList *self = BM_SEARCH_LIST (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      g_object_get_property (G_OBJECT (self->search_entry), "placeholder-text", value);
      break;
    case PROP_EMPTY_TITLE:
      g_value_set_string (value, adw_status_page_get_title (self->empty_page));
      break;
    case PROP_EMPTY_DESCRIPTION:
      g_value_set_string (value, self->empty_description);
      break;
    case PROP_SELECTION_MODE:
      g_value_set_enum (value, gtk_list_box_get_selection_mode (self->list_box));
      break;
    case PROP_ACTIVATES_FIRST:
      g_value_set_boolean (value, self->activates_first);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_search_list_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BmSearchList *self = BM_SEARCH_LIST (object);

  switch (prop_id)
    {
    case PROP_PLACEHOLDER_TEXT:
      g_object_set_property (G_OBJECT (self->search_entry), "placeholder-text", value);
      break;
    case PROP_SEARCH_LABEL:
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;
    case PROP_LIST_LABEL:
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      g_value_get_string (value), -1);
      break;
    case PROP_EMPTY_TITLE:
      adw_status_page_set_title (self->empty_page, g_value_get_string (value));
      break;
    case PROP_EMPTY_DESCRIPTION:
      set_empty_description (self, g_value_get_string (value));
      break;
    case PROP_SELECTION_MODE:
      gtk_list_box_set_selection_mode (self->list_box, g_value_get_enum (value));
      break;
    case PROP_ACTIVATES_FIRST:
      self->activates_first = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_search_list_dispose (GObject *object)
{
  BmSearchList *self = BM_SEARCH_LIST (object);

  /* Tearing the list down selects nothing; nobody needs to hear it. */
  if (self->list_box != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->list_box, self);
      gtk_list_box_set_header_func (self->list_box, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);
    }
  if (self->matches != NULL)
    g_signal_handlers_disconnect_by_data (self->matches, self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->matches);
  g_clear_object (&self->filter);
  g_clear_object (&self->selected);
  g_clear_pointer (&self->words, g_strfreev);
  g_clear_pointer (&self->empty_description, g_free);

  G_OBJECT_CLASS (bm_search_list_parent_class)->dispose (object);
}

static void
bm_search_list_class_init (BmSearchListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = bm_search_list_get_property;
  object_class->set_property = bm_search_list_set_property;
  object_class->dispose = bm_search_list_dispose;
  widget_class->map = bm_search_list_map;

  g_object_class_install_property (object_class, PROP_PLACEHOLDER_TEXT,
                                   g_param_spec_string ("placeholder-text", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, PROP_SEARCH_LABEL,
                                   g_param_spec_string ("search-label", NULL, NULL, NULL,
                                                        G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, PROP_LIST_LABEL,
                                   g_param_spec_string ("list-label", NULL, NULL, NULL,
                                                        G_PARAM_WRITABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_property (object_class, PROP_EMPTY_TITLE,
                                   g_param_spec_string ("empty-title", NULL, NULL, NULL, flags));
  /* The hint under the empty state's title; plain text, not markup. */
  g_object_class_install_property (object_class, PROP_EMPTY_DESCRIPTION,
                                   g_param_spec_string ("empty-description", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, PROP_SELECTION_MODE,
                                   g_param_spec_enum ("selection-mode", NULL, NULL, GTK_TYPE_SELECTION_MODE,
                                                      GTK_SELECTION_NONE, flags));
  /* Whether Enter in the search opens the first of several matches, or
   * only a match that is the only one. */
  g_object_class_install_property (object_class, PROP_ACTIVATES_FIRST,
                                   g_param_spec_boolean ("activates-first", NULL, NULL, FALSE, flags));

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);
  /**
   * BmSearchList::item-selected:
   * @item: (nullable): the item the user selected
   */
  signals[ITEM_SELECTED] =
    g_signal_new ("item-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_OBJECT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-search-list.ui");
  gtk_widget_class_bind_template_child (widget_class, BmSearchList, box);
  gtk_widget_class_bind_template_child (widget_class, BmSearchList, search_box);
  gtk_widget_class_bind_template_child (widget_class, BmSearchList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BmSearchList, stack);
  gtk_widget_class_bind_template_child (widget_class, BmSearchList, list_box);
  gtk_widget_class_bind_template_child (widget_class, BmSearchList, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, keynav_failed_cb);
}

static void
bm_search_list_init (BmSearchList *self)
{
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->filter = gtk_every_filter_new ();
  self->word_filter = GTK_FILTER (gtk_custom_filter_new (match_words, self, NULL));
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->filter), self->word_filter);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, 0),
                                                          gtk_callback_action_new (search_down_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);
  /* Typing anywhere on the page searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/* The items to list, once: @keywords gives what the search matches
 * (casefolded), @group_label the header above a group; the items come in
 * group order. @create_row makes a GtkListBoxRow for an item. */
void
bm_search_list_set_model (BmSearchList               *self,
                          GListModel                 *model,
                          BmSearchListTextFunc        keywords,
                          BmSearchListTextFunc        group_label,
                          GtkListBoxCreateWidgetFunc  create_row,
                          gpointer                    data)
{
  g_return_if_fail (BM_IS_SEARCH_LIST (self));
  g_return_if_fail (self->matches == NULL);

  self->keywords = keywords;
  self->group_label = group_label;
  self->create_row = create_row;
  self->data = data;
  self->matches = gtk_filter_list_model_new (g_object_ref (model), g_object_ref (GTK_FILTER (self->filter)));
  /* Around the list box's own handler, which removes and adds the rows. */
  g_signal_connect_object (self->matches, "items-changed", G_CALLBACK (matches_changing_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->matches, "items-changed", G_CALLBACK (matches_changed_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  apply_search (self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_rows (self);
}

/* Another test every match must pass, such as "marked only"; call
 * gtk_filter_changed() on it when its answer changes. Takes a reference. */
void
bm_search_list_add_filter (BmSearchList *self,
                           GtkFilter    *filter)
{
  g_return_if_fail (BM_IS_SEARCH_LIST (self));
  gtk_multi_filter_append (GTK_MULTI_FILTER (self->filter), g_object_ref (filter));
}

/* A widget beside the search field. */
void
bm_search_list_add_suffix (BmSearchList *self,
                           GtkWidget    *widget)
{
  g_return_if_fail (BM_IS_SEARCH_LIST (self));
  gtk_box_append (self->search_box, widget);
}

void
bm_search_list_set_text (BmSearchList *self,
                         const char   *text)
{
  g_return_if_fail (BM_IS_SEARCH_LIST (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  apply_search (self);
}

/* The items shown for the search typed so far, pause or not. */
guint
bm_search_list_get_n_matches (BmSearchList *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_LIST (self), 0);
  if (self->matches == NULL)
    return 0;
  apply_search (self);
  return g_list_model_get_n_items (G_LIST_MODEL (self->matches));
}

/* Returns: (transfer full) (nullable): the match at @position */
gpointer
bm_search_list_get_match (BmSearchList *self,
                          guint         position)
{
  g_return_val_if_fail (BM_IS_SEARCH_LIST (self), NULL);
  return self->matches != NULL ? g_list_model_get_item (G_LIST_MODEL (self->matches), position) : NULL;
}

void
bm_search_list_focus_search (BmSearchList *self)
{
  g_return_if_fail (BM_IS_SEARCH_LIST (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* The rows, for a caller that updates what they show. */
GtkListBox *
bm_search_list_get_list_box (BmSearchList *self)
{
  g_return_val_if_fail (BM_IS_SEARCH_LIST (self), NULL);
  return self->list_box;
}
