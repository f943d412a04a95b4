/* bm-journal-page-lists.c: the Journal page's area choice and exercise log
 *
 * The area choice offers every region some entry marks, by label, and
 * keeps its choice while the journal changes. The exercise log lists every
 * technique ticked so far, then those of My Sheet's muscles not ticked yet;
 * its rows stay while the techniques do, so a tick keeps the focus. Also
 * the page's getters for the window and the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-journal-page-private.h"
#include "bm-journal-row.h"

/* ---- The area choice ---------------------------------------------------- */

static int
compare_labels (gconstpointer a,
                gconstpointer b,
                gpointer      data)
{
  BmRegionCatalog *catalog = data;
  const BmRegion *ra = bm_region_catalog_lookup (catalog, *(const char **) a);
  const BmRegion *rb = bm_region_catalog_lookup (catalog, *(const char **) b);

  return g_utf8_collate (ra != NULL ? ra->label : *(const char **) a, rb != NULL ? rb->label : *(const char **) b);
}

/* Every region some entry marks, by label. */
static GPtrArray *
collect_areas (BmJournalPage *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *areas = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->journal));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->journal), i);
      GArray *marks = bm_journal_entry_get_marks (entry);

      for (guint m = 0; m < marks->len; m++)
        {
          const char *region = g_array_index (marks, BmJournalMark, m).region;   /* interned */

          if (g_hash_table_add (seen, (gpointer) region))
            g_ptr_array_add (areas, (gpointer) region);
        }
    }
  g_ptr_array_sort_with_data (areas, compare_labels, bm_atlas_get_catalog (bm_journal_page_get_atlas (self)));
  return areas;
}

static gboolean
same_areas (GPtrArray *a,
            GPtrArray *b)
{
  if (a == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (a->pdata[i] != b->pdata[i])
      return FALSE;
  return TRUE;
}

void
bm_journal_page_update_areas (BmJournalPage *self)
{
  g_autoptr(GPtrArray) areas = collect_areas (self);
  BmJournalChart *chart = bm_journal_chart_view_get_chart (self->chart);
  const char *current = chart != NULL ? bm_journal_chart_get_region (chart) : NULL;
  g_autoptr(GtkStringList) labels = NULL;
  guint selected = 0;

  if (same_areas (self->areas, areas))
    return;
  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, _("All Areas"));
  for (guint i = 0; i < areas->len; i++)
    {
      const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (bm_journal_page_get_atlas (self)), areas->pdata[i]);

      gtk_string_list_append (labels, r != NULL ? r->label : areas->pdata[i]);
      if (current != NULL && g_str_equal (current, areas->pdata[i]))
        selected = i + 1;
    }
  g_clear_pointer (&self->areas, g_ptr_array_unref);
  self->areas = g_steal_pointer (&areas);
  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->area_dropdown, selected);
}

/* ---- The exercise log --------------------------------------------------- */

/* Every technique ticked so far, then those of My Sheet's muscles not yet
 * ticked, so that they can be started. */
static GPtrArray *
collect_techniques (BmJournalPage *self)
{
  GPtrArray *done = bm_journal_get_techniques (self->journal);
  GPtrArray *sheet = bm_session_get_sheet (self->session);
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < done->len; i++)
    g_ptr_array_add (keys, g_strdup (done->pdata[i]));
  for (guint i = 0; i < sheet->len; i++)
    {
      const BmMuscle *m = bm_atlas_lookup (bm_journal_page_get_atlas (self), sheet->pdata[i]);
      GPtrArray *lists[] = { m != NULL ? m->stretches : NULL, m != NULL ? m->releases : NULL };

      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint t = 0; lists[l] != NULL && t < lists[l]->len; t++)
          {
            char *key = bm_technique_key (m, lists[l]->pdata[t]);

            if (g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
              g_free (key);
            else
              g_ptr_array_add (keys, key);
          }
    }
  return keys;
}

static gboolean
same_keys (GPtrArray *a,
           GPtrArray *b)
{
  if (a == NULL || a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (!g_str_equal (a->pdata[i], b->pdata[i]))
      return FALSE;
  return TRUE;
}

/* The rows stay while the techniques do (a tick only updates them, so the
 * check button keeps the focus); a new technique makes them anew. */
void
bm_journal_page_update_exercises (BmJournalPage *self)
{
  g_autoptr(GPtrArray) keys = NULL;
  GtkWidget *child;

  if (self->journal == NULL)
    return;
  keys = collect_techniques (self);
  if (same_keys (self->techniques, keys))
    {
      for (child = gtk_widget_get_first_child (GTK_WIDGET (self->exercise_list)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (BM_IS_EXERCISE_ROW (child))
          bm_exercise_row_update (BM_EXERCISE_ROW (child));
      return;
    }
  while ((child = GTK_WIDGET (gtk_list_box_get_row_at_index (self->exercise_list, 0))) != NULL)
    gtk_list_box_remove (self->exercise_list, child);
  for (guint i = 0; i < keys->len; i++)
    gtk_list_box_append (self->exercise_list, bm_exercise_row_new (self->journal, bm_journal_page_get_atlas (self), keys->pdata[i]));
  g_clear_pointer (&self->techniques, g_ptr_array_unref);
  self->techniques = g_steal_pointer (&keys);
}

/* ---- For the window and the tests --------------------------------------- */

const char *
bm_journal_page_get_notice (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return self->notice;
}

const char *
bm_journal_page_get_state (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

const char *
bm_journal_page_get_error (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return self->error;
}

guint
bm_journal_page_get_n_rows (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), 0);
  return self->shown != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->shown)) : 0;
}

GtkWidget *
bm_journal_page_get_row (BmJournalPage *self,
                         guint          index)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->entry_list, (int) index));
}

guint
bm_journal_page_get_n_exercises (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), 0);
  return self->techniques != NULL ? self->techniques->len : 0;
}

GtkWidget *
bm_journal_page_get_exercise (BmJournalPage *self,
                              guint          index)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->exercise_list, (int) index));
}

BmJournalChartView *
bm_journal_page_get_chart_view (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return self->chart;
}

GPtrArray *
bm_journal_page_get_areas (BmJournalPage *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_PAGE (self), NULL);
  return self->areas;
}
