/* bm-region-list.c: every body area as a searchable list, for keyboard use
 *
 * Activating a row marks or unmarks the area, exactly like clicking it on
 * the map; the row's button opens the same popover for kind and intensity.
 * A BmSearchList over the region catalog, sorted by group and then from top
 * to bottom of the body, each left and right pair side by side. Enter in
 * the search marks the area when only one is left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "core/bm-items.h"
#include "bm-mark-popover.h"
#include "bm-region-list.h"
#include "bm-search-list.h"

/* ---- BmRegionRow: an area, its marks as badges, the kind and intensity button */

#define BM_TYPE_REGION_ROW (bm_region_row_get_type ())
G_DECLARE_FINAL_TYPE (BmRegionRow, bm_region_row, BM, REGION_ROW, GtkListBoxRow)

struct _BmRegionRow
{
  GtkListBoxRow   parent_instance;

  const BmRegion *region;
  GtkWidget      *status[BM_N_SYMPTOMS];
  GtkWidget      *adjust;
};

G_DEFINE_FINAL_TYPE (BmRegionRow, bm_region_row, GTK_TYPE_LIST_BOX_ROW)

static void
bm_region_row_class_init (BmRegionRowClass *klass)
{
}

static void
bm_region_row_init (BmRegionRow *self)
{
}

static GtkWidget *
bm_region_row_new (const BmRegion *region)
{
  BmRegionRow *self = g_object_new (BM_TYPE_REGION_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (region->label);
  g_autofree char *adjust = g_strdup_printf (_("Kind and intensity of %s"), region->label);

  self->region = region;
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    {
      self->status[k] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->status[k], "mark-status");
      gtk_widget_add_css_class (self->status[k], k == BM_SYMPTOM_NUMBNESS ? "numbness" : "pain");
      gtk_widget_set_valign (self->status[k], GTK_ALIGN_CENTER);
      gtk_widget_set_visible (self->status[k], FALSE);
      gtk_box_append (GTK_BOX (box), self->status[k]);
    }
  self->adjust = gtk_button_new_from_icon_name ("view-more-symbolic");
  gtk_widget_add_css_class (self->adjust, "flat");
  gtk_widget_set_tooltip_text (self->adjust, _("Kind and Intensity"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->adjust), GTK_ACCESSIBLE_PROPERTY_LABEL, adjust, -1);
  gtk_box_append (GTK_BOX (box), self->adjust);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  return GTK_WIDGET (self);
}

/* A badge per kind: an area can be both painful and numb. */
static void
bm_region_row_update (BmRegionRow *self,
                      BmPainMap   *pain_map)
{
  GString *accessible = g_string_new (self->region->label);
  gboolean marked = FALSE;

  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    {
      g_autofree char *text = NULL;
      BmMark mark;

      if (bm_pain_map_get_mark (pain_map, self->region->index, k, &mark))
        {
          text = g_strdup_printf ("%s %u", k == BM_SYMPTOM_NUMBNESS ? _("Numb") : _("Pain"), mark.intensity);
          g_string_append_printf (accessible, _("%s %s, %u of 10"), marked ? ";" : ":",
                                  bm_symptom_get_label (k), mark.intensity);
          marked = TRUE;
        }
      gtk_label_set_text (GTK_LABEL (self->status[k]), text ? text : "");
      gtk_widget_set_visible (self->status[k], text != NULL);
    }
  if (!marked)
    g_string_append (accessible, _(": not marked"));

  /* Unmarked areas are marked by activating the row; the kind and
   * intensity button appears once there is something to adjust. */
  gtk_widget_set_visible (self->adjust, marked);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible->str, -1);
  g_string_free (accessible, TRUE);
}

/* ---- BmRegionList ------------------------------------------------------------ */

struct _BmRegionList
{
  GtkWidget        parent_instance;

  /* Template widgets */
  BmSearchList    *search_list;
  GtkToggleButton *marked_only_button;

  /* Owned */
  BmPainMap       *pain_map;
  GtkFilter       *marked_filter;
  GtkWidget       *popover;

  BmSymptom        symptom;
};

G_DEFINE_FINAL_TYPE (BmRegionList, bm_region_list, GTK_TYPE_WIDGET)

static void
adjust_clicked_cb (GtkButton    *button,
                   BmRegionList *self)
{
  BmRegionRow *row = BM_REGION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (button), BM_TYPE_REGION_ROW));

  if (gtk_widget_get_parent (self->popover) != NULL)
    gtk_widget_unparent (self->popover);
  gtk_widget_set_parent (self->popover, GTK_WIDGET (button));
  bm_mark_popover_set_region (BM_MARK_POPOVER (self->popover), self->pain_map, row->region->index);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  BmRegionList *self = data;
  GtkWidget *row = bm_region_row_new (bm_region_item_get_region (item));

  g_signal_connect (BM_REGION_ROW (row)->adjust, "clicked", G_CALLBACK (adjust_clicked_cb), self);
  bm_region_row_update (BM_REGION_ROW (row), self->pain_map);
  return row;
}

static void
item_activated_cb (BmRegionList *self,
                   BmRegionItem *item)
{
  bm_pain_map_toggle (self->pain_map, bm_region_item_get_region (item)->index, self->symptom);
}

static gboolean
is_shown (gpointer item,
          gpointer data)
{
  BmRegionList *self = data;

  return !gtk_toggle_button_get_active (self->marked_only_button) ||
         bm_pain_map_is_marked (self->pain_map, bm_region_item_get_region (item)->index);
}

static void
marked_only_toggled_cb (BmRegionList *self)
{
  gtk_filter_changed (self->marked_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Where an area sorts: its group, then its place in the catalog (top to
 * bottom of the body), a right-side area where its left twin is. */
static int
compare_regions (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  BmRegionCatalog *catalog = data;
  const BmRegion *ra = bm_region_item_get_region ((BmRegionItem *) a);
  const BmRegion *rb = bm_region_item_get_region ((BmRegionItem *) b);
  const BmRegion *ta = ra->side == BM_SIDE_RIGHT ? bm_region_catalog_get_twin (catalog, ra) : NULL;
  const BmRegion *tb = rb->side == BM_SIDE_RIGHT ? bm_region_catalog_get_twin (catalog, rb) : NULL;
  guint place_a = ta != NULL ? ta->index : ra->index;
  guint place_b = tb != NULL ? tb->index : rb->index;

  if (ra->group_index != rb->group_index)
    return ra->group_index < rb->group_index ? -1 : 1;
  if (place_a != place_b)
    return place_a < place_b ? -1 : 1;
  return (int) ra->side - (int) rb->side;
}

static void
changed_cb (BmPainMap    *pain_map,
            int           region,
            BmRegionList *self)
{
  GtkWidget *list_box = GTK_WIDGET (bm_search_list_get_list_box (self->search_list));

  for (GtkWidget *row = gtk_widget_get_first_child (list_box); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (BM_IS_REGION_ROW (row) && (region < 0 || BM_REGION_ROW (row)->region->index == (guint) region))
      bm_region_row_update (BM_REGION_ROW (row), pain_map);
  if (gtk_toggle_button_get_active (self->marked_only_button))
    gtk_filter_changed (self->marked_filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
bm_region_list_dispose (GObject *object)
{
  BmRegionList *self = BM_REGION_LIST (object);

  if (self->popover != NULL && gtk_widget_get_parent (self->popover) != NULL)
    gtk_widget_unparent (self->popover);
  g_clear_object (&self->popover);
  /* The rows must go before the pain map they read. */
  if (self->search_list != NULL)
    gtk_widget_unparent (GTK_WIDGET (g_steal_pointer (&self->search_list)));
  if (self->pain_map != NULL)
    g_signal_handlers_disconnect_by_data (self->pain_map, self);
  g_clear_object (&self->pain_map);
  g_clear_object (&self->marked_filter);

  G_OBJECT_CLASS (bm_region_list_parent_class)->dispose (object);
}

static void
bm_region_list_class_init (BmRegionListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_region_list_dispose;

  g_type_ensure (BM_TYPE_SEARCH_LIST);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "regionlist");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-region-list.ui");
  gtk_widget_class_bind_template_child (widget_class, BmRegionList, search_list);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);
}

static void
bm_region_list_init (BmRegionList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->popover = g_object_ref_sink (bm_mark_popover_new ());
  self->marked_only_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new ());
  gtk_button_set_icon_name (GTK_BUTTON (self->marked_only_button), "view-list-bullet-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->marked_only_button), _("Show Marked Areas Only"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->marked_only_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show marked areas only"), -1);
  g_signal_connect_swapped (self->marked_only_button, "toggled", G_CALLBACK (marked_only_toggled_cb), self);
  bm_search_list_add_suffix (self->search_list, GTK_WIDGET (self->marked_only_button));
  self->marked_filter = GTK_FILTER (gtk_custom_filter_new (is_shown, self, NULL));
  bm_search_list_add_filter (self->search_list, self->marked_filter);
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
  BmRegionCatalog *catalog;
  GtkSortListModel *sorted;

  g_return_if_fail (BM_IS_REGION_LIST (self));
  g_return_if_fail (self->pain_map == NULL);

  self->pain_map = g_object_ref (pain_map);
  catalog = bm_pain_map_get_catalog (pain_map);
  g_signal_connect (pain_map, "changed", G_CALLBACK (changed_cb), self);
  sorted = gtk_sort_list_model_new (bm_region_model_new (catalog),
                                    GTK_SORTER (gtk_custom_sorter_new (compare_regions, catalog, NULL)));
  bm_search_list_set_model (self->search_list, G_LIST_MODEL (sorted),
                            (BmSearchListTextFunc) bm_region_item_get_keywords,
                            (BmSearchListTextFunc) bm_region_item_get_group_label,
                            create_row, self);
  g_object_unref (sorted);
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
  bm_search_list_focus_search (self->search_list);
}

void
bm_region_list_set_filter (BmRegionList *self,
                           const char   *text)
{
  g_return_if_fail (BM_IS_REGION_LIST (self));
  bm_search_list_set_text (self->search_list, text);
}

guint
bm_region_list_count_visible (BmRegionList *self)
{
  g_return_val_if_fail (BM_IS_REGION_LIST (self), 0);
  return bm_search_list_get_n_matches (self->search_list);
}

/* Marks the area when the search leaves exactly one; what Enter in the
 * search entry does. */
gboolean
bm_region_list_activate_match (BmRegionList *self)
{
  g_return_val_if_fail (BM_IS_REGION_LIST (self), FALSE);
  return bm_search_list_activate_match (self->search_list);
}
