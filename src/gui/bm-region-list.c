/* bm-region-list.c: every body area as a searchable list, for keyboard use
 *
 * Activating a row marks or unmarks the area, exactly like clicking it on
 * the map; the row's button opens the same popover for kind and intensity.
 * Rows are built after the window first shows, to keep start-up quick.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-mark-popover.h"
#include "bm-region-list.h"

struct _BmRegionList
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkWidget       *box;
  GtkSearchEntry  *search_entry;
  GtkToggleButton *marked_only_button;
  GtkStack        *stack;
  GtkListBox      *list_box;

  /* Owned */
  BmPainMap       *pain_map;
  GPtrArray       *rows;       /* GtkListBoxRow*, borrowed, by catalog index */
  char            *filter;     /* casefolded search text */
  GtkWidget       *popover;

  BmSymptom        symptom;
  gulong           changed_id;
  guint            populate_id;
};

G_DEFINE_FINAL_TYPE (BmRegionList, bm_region_list, GTK_TYPE_WIDGET)

static const BmRegion *
row_region (BmRegionList  *self,
            GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), "region");
}

static const char *const status_keys[BM_N_SYMPTOMS] = { "status-pain", "status-numbness" };

static void
update_row (BmRegionList *self,
            guint         index)
{
  GtkListBoxRow *row = g_ptr_array_index (self->rows, index);
  GtkWidget *adjust = g_object_get_data (G_OBJECT (row), "adjust");
  const BmRegion *region = row_region (self, row);
  GString *accessible = g_string_new (region->label);
  gboolean marked = FALSE;

  /* A badge per kind: an area can be both painful and numb. */
  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    {
      GtkWidget *status = g_object_get_data (G_OBJECT (row), status_keys[k]);
      g_autofree char *text = NULL;
      BmMark mark;

      if (bm_pain_map_get_mark (self->pain_map, index, k, &mark))
        {
          text = g_strdup_printf ("%s %u", k == BM_SYMPTOM_NUMBNESS ? "Numb" : "Pain", mark.intensity);
          g_string_append_printf (accessible, "%s %s, %u of 10", marked ? ";" : ":",
                                  bm_symptom_get_label (k), mark.intensity);
          marked = TRUE;
        }
      gtk_label_set_text (GTK_LABEL (status), text ? text : "");
      gtk_widget_set_visible (status, text != NULL);
    }
  if (!marked)
    g_string_append (accessible, ": not marked");

  /* Unmarked areas are marked by activating the row; the kind and
   * intensity button appears once there is something to adjust. */
  gtk_widget_set_visible (adjust, marked);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str, -1);
  g_string_free (accessible, TRUE);
}

static gboolean
matches (BmRegionList   *self,
         const BmRegion *region)
{
  BmRegionCatalog *catalog = bm_pain_map_get_catalog (self->pain_map);
  g_autofree char *label = NULL;
  g_autofree char *group = NULL;
  g_auto(GStrv) words = NULL;

  if (gtk_toggle_button_get_active (self->marked_only_button) &&
      !bm_pain_map_is_marked (self->pain_map, region->index))
    return FALSE;
  if (self->filter == NULL || self->filter[0] == '\0')
    return TRUE;

  /* Every word must appear in the label, group or id: "left knee" works. */
  label = g_utf8_casefold (region->label, -1);
  group = g_utf8_casefold (bm_region_catalog_get_group_label (catalog, region->group), -1);
  words = g_strsplit_set (self->filter, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (strstr (label, words[i]) == NULL && strstr (group, words[i]) == NULL &&
          strstr (region->id, words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static gboolean
filter_func (GtkListBoxRow *row,
             gpointer       data)
{
  BmRegionList *self = data;
  return matches (self, row_region (self, row));
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       data)
{
  BmRegionList *self = data;
  const BmRegion *region = row_region (self, row);
  GtkWidget *header;

  if (before != NULL && g_str_equal (row_region (self, before)->group, region->group))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (bm_region_catalog_get_group_label (bm_pain_map_get_catalog (self->pain_map),
                                                              region->group));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "region-group");
  gtk_widget_add_css_class (header, "heading");
  gtk_widget_add_css_class (header, "dim-label");
  gtk_list_box_row_set_header (row, header);
}

static void
refilter (BmRegionList *self)
{
  gtk_list_box_invalidate_filter (self->list_box);
  gtk_list_box_invalidate_headers (self->list_box);
  gtk_stack_set_visible_child_name (self->stack,
                                    bm_region_list_count_visible (self) > 0 ? "list" : "empty");
}

static void
search_changed_cb (BmRegionList *self)
{
  g_free (self->filter);
  self->filter = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  if (self->rows->len > 0)
    refilter (self);
}

static void
row_activated_cb (BmRegionList  *self,
                  GtkListBoxRow *row)
{
  bm_pain_map_toggle (self->pain_map, row_region (self, row)->index, self->symptom);
}

/* Marks the area when the search leaves exactly one; what Enter in the
 * search entry does. */
gboolean
bm_region_list_activate_match (BmRegionList *self)
{
  GtkListBoxRow *only = NULL;

  g_return_val_if_fail (BM_IS_REGION_LIST (self), FALSE);

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkListBoxRow *row = g_ptr_array_index (self->rows, i);

      if (!matches (self, row_region (self, row)))
        continue;
      if (only != NULL)
        return FALSE;
      only = row;
    }
  if (only == NULL)
    return FALSE;
  row_activated_cb (self, only);
  return TRUE;
}

static void
search_activate_cb (BmRegionList *self)
{
  bm_region_list_activate_match (self);
}

static void
adjust_clicked_cb (GtkButton    *button,
                   BmRegionList *self)
{
  GtkListBoxRow *row = GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_LIST_BOX_ROW));

  if (gtk_widget_get_parent (self->popover) != NULL)
    gtk_widget_unparent (self->popover);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (button));
  bm_mark_popover_set_region (BM_MARK_POPOVER (self->popover), self->pain_map, row_region (self, row)->index);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static GtkWidget *
create_row (BmRegionList   *self,
            const BmRegion *region)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (region->label);
  GtkWidget *adjust = gtk_button_new_from_icon_name ("view-more-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (adjust, "flat");
  gtk_widget_set_tooltip_text (adjust, "Kind and Intensity");
  gtk_accessible_update_property (GTK_ACCESSIBLE (adjust), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "Kind and intensity", -1);
  g_signal_connect (adjust, "clicked", G_CALLBACK (adjust_clicked_cb), self);

  gtk_box_append (GTK_BOX (box), label);
  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    {
      GtkWidget *status = gtk_label_new (NULL);

      gtk_widget_add_css_class (status, "mark-status");
      gtk_widget_add_css_class (status, k == BM_SYMPTOM_NUMBNESS ? "numbness" : "pain");
      gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
      gtk_widget_set_visible (status, FALSE);
      gtk_box_append (GTK_BOX (box), status);
      g_object_set_data (G_OBJECT (row), status_keys[k], status);
    }
  gtk_box_append (GTK_BOX (box), adjust);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data (G_OBJECT (row), "adjust", adjust);
  g_object_set_data (G_OBJECT (row), "region", (gpointer) region);
  return row;
}

/* Where an area sorts: its group, then its place in the catalog (top to
 * bottom of the body), the left and right of a pair side by side. */
typedef struct {
  const BmRegion *region;
  guint           group;
  guint           place;
  guint           side;
} SortKey;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  const SortKey *ka = a, *kb = b;

  if (ka->group != kb->group)
    return ka->group < kb->group ? -1 : 1;
  if (ka->place != kb->place)
    return ka->place < kb->place ? -1 : 1;
  return (int) ka->side - (int) kb->side;
}

static SortKey
sort_key (BmRegionCatalog *catalog,
          const BmRegion  *region)
{
  SortKey key = { region, region->group_index, region->index, region->side };

  if (region->side == BM_SIDE_RIGHT && g_str_has_suffix (region->id, "-right"))
    {
      /* Sort a right-side area where its left twin is. */
      g_autofree char *twin = g_strndup (region->id, strlen (region->id) - strlen ("right"));
      g_autofree char *left = g_strconcat (twin, "left", NULL);
      const BmRegion *other = bm_region_catalog_lookup (catalog, left);

      if (other != NULL)
        key.place = other->index;
    }
  return key;
}

static void
populate (BmRegionList *self)
{
  BmRegionCatalog *catalog = bm_pain_map_get_catalog (self->pain_map);
  guint n = bm_region_catalog_get_n_regions (catalog);
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (SortKey), n);

  for (guint i = 0; i < n; i++)
    {
      SortKey key = sort_key (catalog, bm_region_catalog_get_region (catalog, i));
      g_array_append_val (sorted, key);
      g_ptr_array_add (self->rows, NULL);
    }
  g_array_sort (sorted, compare_keys);
  for (guint i = 0; i < n; i++)
    {
      const BmRegion *region = g_array_index (sorted, SortKey, i).region;
      GtkWidget *row = create_row (self, region);

      gtk_list_box_append (self->list_box, row);
      self->rows->pdata[region->index] = row;
      update_row (self, region->index);
    }
  refilter (self);
}

static gboolean
populate_idle_cb (gpointer data)
{
  BmRegionList *self = data;

  self->populate_id = 0;
  populate (self);
  return G_SOURCE_REMOVE;
}

static void
changed_cb (BmPainMap    *pain_map,
            int           region,
            BmRegionList *self)
{
  if (self->rows->len == 0)
    return;
  if (region >= 0)
    update_row (self, (guint) region);
  else
    for (guint i = 0; i < self->rows->len; i++)
      update_row (self, i);
  if (gtk_toggle_button_get_active (self->marked_only_button))
    refilter (self);
}

static void
bm_region_list_dispose (GObject *object)
{
  BmRegionList *self = BM_REGION_LIST (object);

  g_clear_handle_id (&self->populate_id, g_source_remove);
  if (self->popover != NULL && gtk_widget_get_parent (self->popover) != NULL)
    gtk_widget_unparent (self->popover);
  g_clear_object (&self->popover);
  /* Removing rows runs these; they must not outlive the pain map. */
  gtk_list_box_set_filter_func (self->list_box, NULL, NULL, NULL);
  gtk_list_box_set_header_func (self->list_box, NULL, NULL, NULL);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  if (self->pain_map != NULL)
    g_clear_signal_handler (&self->changed_id, self->pain_map);
  g_clear_object (&self->pain_map);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->filter, g_free);

  G_OBJECT_CLASS (bm_region_list_parent_class)->dispose (object);
}

static void
bm_region_list_class_init (BmRegionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_region_list_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "regionlist");
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-region-list.ui");
  gtk_widget_class_bind_template_child (widget_class, BmRegionList, box);
  gtk_widget_class_bind_template_child (widget_class, BmRegionList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BmRegionList, marked_only_button);
  gtk_widget_class_bind_template_child (widget_class, BmRegionList, stack);
  gtk_widget_class_bind_template_child (widget_class, BmRegionList, list_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
bm_region_list_init (BmRegionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
  self->popover = g_object_ref_sink (bm_mark_popover_new ());
  gtk_list_box_set_filter_func (self->list_box, filter_func, self, NULL);
  gtk_list_box_set_header_func (self->list_box, header_func, self, NULL);
  /* Typing anywhere on the page searches. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

GtkWidget *
bm_region_list_new (void)
{
  return g_object_new (BM_TYPE_REGION_LIST, NULL);
}

void
bm_region_list_set_pain_map (BmRegionList *self,
                             BmPainMap    *pain_map)
{
  g_return_if_fail (BM_IS_REGION_LIST (self));
  g_return_if_fail (self->pain_map == NULL);

  self->pain_map = g_object_ref (pain_map);
  self->changed_id = g_signal_connect (pain_map, "changed", G_CALLBACK (changed_cb), self);
  self->populate_id = g_idle_add_full (G_PRIORITY_LOW, populate_idle_cb, self, NULL);
}

void
bm_region_list_set_symptom (BmRegionList *self,
                            BmSymptom     symptom)
{
  g_return_if_fail (BM_IS_REGION_LIST (self));
  self->symptom = symptom;
}

void
bm_region_list_focus_search (BmRegionList *self)
{
  g_return_if_fail (BM_IS_REGION_LIST (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
bm_region_list_set_filter (BmRegionList *self,
                           const char   *text)
{
  g_return_if_fail (BM_IS_REGION_LIST (self));
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  search_changed_cb (self);
}

/* Builds the rows now if they are still pending, and counts those shown. */
guint
bm_region_list_count_visible (BmRegionList *self)
{
  guint n = 0;

  g_return_val_if_fail (BM_IS_REGION_LIST (self), 0);

  if (self->populate_id != 0)
    {
      g_clear_handle_id (&self->populate_id, g_source_remove);
      populate (self);
    }
  for (guint i = 0; i < self->rows->len; i++)
    if (matches (self, row_region (self, g_ptr_array_index (self->rows, i))))
      n++;
  return n;
}
