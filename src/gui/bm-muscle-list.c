/* bm-muscle-list.c: every muscle, searchable by name or alias (browse mode)
 *
 * Selecting a muscle shows its pattern on the map; activating it opens its
 * page. Searching matches names and aliases ("fibularis" finds the
 * peroneals), word by word.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-muscle-list.h"

struct _BmMuscleList
{
  GtkWidget       parent_instance;

  /* Children */
  GtkWidget      *box;
  GtkSearchEntry *entry;
  GtkListBox     *list_box;

  /* Owned */
  BmAtlas        *atlas;
  char           *filter;

  guint           populate_id;
};

G_DEFINE_FINAL_TYPE (BmMuscleList, bm_muscle_list, GTK_TYPE_WIDGET)

enum { MUSCLE_SELECTED, MUSCLE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void populate (BmMuscleList *self);

static const BmMuscle *
row_muscle (GtkListBoxRow *row)
{
  return row != NULL ? g_object_get_data (G_OBJECT (row), "muscle") : NULL;
}

static gboolean
contains_word (const char *text,
               const char *word)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  return strstr (folded, word) != NULL;
}

static gboolean
matches (BmMuscleList   *self,
         const BmMuscle *m)
{
  g_auto(GStrv) words = NULL;

  if (self->filter == NULL || self->filter[0] == '\0')
    return TRUE;
  words = g_strsplit_set (self->filter, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      gboolean found;

      if (words[i][0] == '\0')
        continue;
      found = contains_word (m->name, words[i]) || strstr (m->id, words[i]) != NULL;
      for (guint a = 0; !found && m->aliases[a] != NULL; a++)
        found = contains_word (m->aliases[a], words[i]);
      if (!found)
        return FALSE;
    }
  return TRUE;
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       data)
{
  return matches (data, row_muscle (row));
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  BmMuscleList *self = data;
  const BmMuscle *m = row_muscle (row);
  GtkWidget *header;

  if (before != NULL && g_str_equal (row_muscle (before)->group, m->group))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (bm_atlas_get_group_label (self->atlas, m->group));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "region-group");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static void
search_changed_cb (BmMuscleList *self)
{
  g_free (self->filter);
  self->filter = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->entry)), -1);
  gtk_list_box_invalidate_filter (self->list_box);
  gtk_list_box_invalidate_headers (self->list_box);
}

static void
row_selected_cb (GtkListBox    *list_box,
                 GtkListBoxRow *row,
                 BmMuscleList  *self)
{
  const BmMuscle *m = row_muscle (row);
  g_signal_emit (self, signals[MUSCLE_SELECTED], 0, m ? m->id : NULL);
}

static void
row_activated_cb (GtkListBox    *list_box,
                  GtkListBoxRow *row,
                  BmMuscleList  *self)
{
  g_signal_emit (self, signals[MUSCLE_ACTIVATED], 0, row_muscle (row)->id);
}

static GtkListBoxRow *
first_match (BmMuscleList *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && matches (self, row_muscle (GTK_LIST_BOX_ROW (row))))
      return GTK_LIST_BOX_ROW (row);
  return NULL;
}

/* The search filters after a pause in the typing; a key that acts on the
 * results acts on what was typed, pause or not. */
static void
filter_now (BmMuscleList *self)
{
  g_autofree char *text = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->entry)), -1);

  populate (self);
  if (g_strcmp0 (text, self->filter) != 0)
    search_changed_cb (self);
}

/* Enter in the search opens the first match. The search also hears the
 * Enter pressed on a result (it captures the page's keys), which opens that
 * result. */
static void
search_activate_cb (BmMuscleList *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkListBoxRow *row;

  if (focus != NULL && GTK_IS_LIST_BOX_ROW (focus) && gtk_widget_get_parent (focus) == GTK_WIDGET (self->list_box))
    {
      g_signal_emit (self, signals[MUSCLE_ACTIVATED], 0, row_muscle (GTK_LIST_BOX_ROW (focus))->id);
      return;
    }
  filter_now (self);
  if ((row = first_match (self)) != NULL)
    {
      gtk_list_box_select_row (self->list_box, row);
      g_signal_emit (self, signals[MUSCLE_ACTIVATED], 0, row_muscle (row)->id);
    }
}

/* Down in the search moves into the results; from there the arrow keys
 * move through them and Enter opens the focused one. */
static gboolean
search_down_cb (GtkWidget *entry,
                GVariant  *args,
                gpointer   data)
{
  BmMuscleList *self = data;
  GtkListBoxRow *row;

  filter_now (self);
  if ((row = first_match (self)) == NULL)
    return FALSE;
  gtk_list_box_select_row (self->list_box, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return TRUE;
}

/* Up from the first result goes back to the search. */
static gboolean
keynav_failed_cb (BmMuscleList     *self,
                  GtkDirectionType  direction)
{
  if (direction != GTK_DIR_UP)
    return FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  return TRUE;
}

static GtkWidget *
create_row (const BmMuscle *m)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (m->name);
  g_autofree char *also = m->aliases[0] ? g_strjoinv (", ", m->aliases) : NULL;

  gtk_label_set_xalign (GTK_LABEL (name), 0);
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
  g_object_set_data (G_OBJECT (row), "muscle", (gpointer) m);
  return row;
}

static void
bm_muscle_list_dispose (GObject *object)
{
  BmMuscleList *self = BM_MUSCLE_LIST (object);

  g_clear_handle_id (&self->populate_id, g_source_remove);
  /* Tearing the list down selects nothing; nobody needs to hear it. */
  g_signal_handlers_disconnect_by_data (self->list_box, self);
  /* Removing rows runs these; they must not outlive the atlas. */
  gtk_list_box_set_filter_func (self->list_box, NULL, NULL, NULL);
  gtk_list_box_set_header_func (self->list_box, NULL, NULL, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->atlas);
  g_clear_pointer (&self->filter, g_free);

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
}

static void
bm_muscle_list_init (BmMuscleList *self)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *keys;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  self->entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->entry, "placeholder-text", "Search muscles, e.g. glute, fibularis", NULL);
  gtk_widget_set_margin_top (GTK_WIDGET (self->entry), 8);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->entry), 8);
  gtk_widget_set_margin_start (GTK_WIDGET (self->entry), 8);
  gtk_widget_set_margin_end (GTK_WIDGET (self->entry), 8);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Search muscles", -1);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (search_activate_cb), self);
  keys = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Down, 0),
                                                          gtk_callback_action_new (search_down_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->entry), keys);

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  gtk_list_box_set_filter_func (self->list_box, filter_func, self, NULL);
  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  g_signal_connect (self->list_box, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);
  g_signal_connect_swapped (self->list_box, "keynav-failed", G_CALLBACK (keynav_failed_cb), self);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->list_box));
  gtk_widget_set_vexpand (scroller, TRUE);

  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->entry));
  gtk_box_append (GTK_BOX (self->box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  gtk_box_append (GTK_BOX (self->box), scroller);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  /* Typing anywhere on the page searches. */
  gtk_search_entry_set_key_capture_widget (self->entry, GTK_WIDGET (self));
}

GtkWidget *
bm_muscle_list_new (void)
{
  return g_object_new (BM_TYPE_MUSCLE_LIST, NULL);
}

static void
populate (BmMuscleList *self)
{
  g_clear_handle_id (&self->populate_id, g_source_remove);
  if (gtk_widget_get_first_child (GTK_WIDGET (self->list_box)) != NULL)
    return;
  for (guint i = 0; i < bm_atlas_get_n_muscles (self->atlas); i++)
    gtk_list_box_append (self->list_box, create_row (bm_atlas_get_muscle (self->atlas, i)));
}

static gboolean
populate_idle_cb (gpointer data)
{
  BmMuscleList *self = data;

  self->populate_id = 0;
  populate (self);
  return G_SOURCE_REMOVE;
}

/* The rows are built after the window first shows, to keep start-up quick. */
void
bm_muscle_list_set_atlas (BmMuscleList *self,
                          BmAtlas      *atlas)
{
  g_return_if_fail (BM_IS_MUSCLE_LIST (self));
  g_return_if_fail (self->atlas == NULL);

  self->atlas = g_object_ref (atlas);
  self->populate_id = g_idle_add_full (G_PRIORITY_LOW, populate_idle_cb, self, NULL);
}

void
bm_muscle_list_set_filter (BmMuscleList *self,
                           const char   *text)
{
  g_return_if_fail (BM_IS_MUSCLE_LIST (self));
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  search_changed_cb (self);
}

guint
bm_muscle_list_count_visible (BmMuscleList *self)
{
  guint n = 0;

  g_return_val_if_fail (BM_IS_MUSCLE_LIST (self), 0);
  populate (self);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && matches (self, row_muscle (GTK_LIST_BOX_ROW (row))))
      n++;
  return n;
}

void
bm_muscle_list_focus_search (BmMuscleList *self)
{
  g_return_if_fail (BM_IS_MUSCLE_LIST (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}
