/* bm-body-view-compare.c: journal overlays on the body map
 *
 * While an overlay shows, the map paints each region from it instead of the
 * session's marks: a before/after comparison (green better, red worse, grey
 * the same, stronger for a larger change) or a period heat map (light
 * yellow to deep red by mean intensity). The fills go through the marks
 * layer and the regions' cached masks, as the marks do; one colour per
 * region is worked out once, when the overlay is set.
 *
 * Colour is never the only cue: the tooltip and the accessible label name
 * each area's change ("Outer knee (left): Pain 7 → 3 (better)"), and the
 * map's description lists them all. Clicks, keys and scrolling leave the
 * marks alone while an overlay shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/bm-journal-compare.h"
#include "core/bm-mark-paint.h"
#include "bm-body-view-private.h"
#include "bm-gui-enum-types.h"

struct _BmMapOverlay
{
  BmMapOverlayMode  mode;
  GArray           *items;   /* BmJournalChange or BmJournalHeat */
  BmRgba           *fills;   /* per catalog index; alpha 0: not painted */
  guint             n_fills;
};

void
bm_body_view_overlay_free (BmMapOverlay *overlay)
{
  if (overlay == NULL)
    return;
  g_clear_pointer (&overlay->items, g_array_unref);
  g_free (overlay->fills);
  g_free (overlay);
}

static BmRegionCatalog *
catalog_of (BmBodyView *self)
{
  if (self->art != NULL)
    return bm_body_art_get_catalog (self->art);
  return self->pain_map != NULL ? bm_pain_map_get_catalog (self->pain_map) : NULL;
}

/* How much a change counts when a region has more than one (pain and
 * numbness): any real change beats "the same", a larger one a smaller. */
static int
change_weight (const BmJournalChange *change)
{
  return change->kind == BM_CHANGE_SAME ? -1 : ABS (bm_journal_change_get_delta (change));
}

static void
fill_compare (BmMapOverlay    *overlay,
              BmRegionCatalog *catalog)
{
  g_autofree int *weights = g_new (int, overlay->n_fills);

  for (guint i = 0; i < overlay->n_fills; i++)
    weights[i] = G_MININT;
  for (guint i = 0; i < overlay->items->len; i++)
    {
      const BmJournalChange *change = &g_array_index (overlay->items, BmJournalChange, i);
      const BmRegion *region = bm_region_catalog_lookup (catalog, change->region);

      if (region == NULL || change_weight (change) <= weights[region->index])
        continue;
      weights[region->index] = change_weight (change);
      bm_journal_change_get_color (change, &overlay->fills[region->index]);
    }
}

/* A region's colour is its hotter symptom's. */
static void
fill_heat (BmMapOverlay    *overlay,
           BmRegionCatalog *catalog)
{
  g_autofree double *means = g_new0 (double, overlay->n_fills);

  for (guint i = 0; i < overlay->items->len; i++)
    {
      const BmJournalHeat *heat = &g_array_index (overlay->items, BmJournalHeat, i);
      const BmRegion *region = bm_region_catalog_lookup (catalog, heat->region);

      if (region == NULL || heat->n_marked == 0 || heat->mean <= means[region->index])
        continue;
      means[region->index] = heat->mean;
      bm_journal_heat_get_color (heat->mean, &overlay->fills[region->index]);
    }
}

static void
overlay_changed (BmBodyView *self)
{
  bm_body_layers_invalidate (self->layers, BM_LAYER_MARKS | BM_LAYER_HOVER);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  bm_body_view_update_accessible_label (self);
  bm_body_view_update_accessible_description (self);
  g_object_notify (G_OBJECT (self), "overlay-mode");
}

/* Shows @items on the map instead of the marks: BmJournalChange from
 * bm_journal_compare() for BM_MAP_OVERLAY_COMPARE, BmJournalHeat from
 * bm_journal_period_heat() for BM_MAP_OVERLAY_HEAT. BM_MAP_OVERLAY_NONE
 * (or NULL @items) shows the marks again. Ids the catalog does not know
 * are left out. */
void
bm_body_view_set_overlay (BmBodyView       *self,
                          BmMapOverlayMode  mode,
                          GArray           *items)
{
  BmRegionCatalog *catalog;
  BmMapOverlay *overlay;

  g_return_if_fail (BM_IS_BODY_VIEW (self));

  catalog = catalog_of (self);
  if (mode == BM_MAP_OVERLAY_NONE || items == NULL || catalog == NULL)
    {
      if (self->overlay == NULL)
        return;
      g_clear_pointer (&self->overlay, bm_body_view_overlay_free);
      overlay_changed (self);
      return;
    }
  g_return_if_fail (g_array_get_element_size (items) ==
                    (mode == BM_MAP_OVERLAY_COMPARE ? sizeof (BmJournalChange) : sizeof (BmJournalHeat)));

  overlay = g_new0 (BmMapOverlay, 1);
  overlay->mode = mode;
  overlay->items = g_array_ref (items);
  overlay->n_fills = bm_region_catalog_get_n_regions (catalog);
  overlay->fills = g_new0 (BmRgba, overlay->n_fills);
  if (mode == BM_MAP_OVERLAY_COMPARE)
    fill_compare (overlay, catalog);
  else
    fill_heat (overlay, catalog);
  g_clear_pointer (&self->overlay, bm_body_view_overlay_free);
  self->overlay = overlay;
  overlay_changed (self);
}

BmMapOverlayMode
bm_body_view_get_overlay_mode (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), BM_MAP_OVERLAY_NONE);
  return self->overlay != NULL ? self->overlay->mode : BM_MAP_OVERLAY_NONE;
}

/* The overlay's items (borrowed), or NULL. */
GArray *
bm_body_view_get_overlay_items (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);
  return self->overlay != NULL ? self->overlay->items : NULL;
}

/* The colours the marks layer paints while an overlay shows, else NULL. */
const BmRgba *
bm_body_view_overlay_get_fills (BmBodyView *self)
{
  return self->overlay != NULL ? self->overlay->fills : NULL;
}

/* What the map paints over @region now: the overlay's colour, or the
 * colour of its pain mark (else its numbness mark) when no overlay shows.
 * FALSE when the region is bare. */
gboolean
bm_body_view_get_region_fill (BmBodyView *self,
                              guint       region,
                              BmRgba     *color)
{
  BmMark mark;

  g_return_val_if_fail (BM_IS_BODY_VIEW (self), FALSE);

  if (self->overlay != NULL)
    {
      if (region >= self->overlay->n_fills || self->overlay->fills[region].alpha <= 0)
        return FALSE;
      *color = self->overlay->fills[region];
      return TRUE;
    }
  if (self->pain_map == NULL)
    return FALSE;
  for (BmSymptom k = 0; k < BM_N_SYMPTOMS; k++)
    if (bm_pain_map_get_mark (self->pain_map, region, k, &mark))
      {
        bm_mark_get_color (k, mark.intensity, color);
        return TRUE;
      }
  return FALSE;
}

static void
append_heat (GString             *text,
             const BmJournalHeat *heat,
             guint                n_entries)
{
  /* TRANSLATORS: on the period heat map, e.g. "Pain: marked in 3 of 4
   * entries, 4.0 of 10 on average when marked" */
  g_string_append_printf (text, ngettext ("%s: marked in %u of %u entry, %.1f of 10 on average when marked",
                                          "%s: marked in %u of %u entries, %.1f of 10 on average when marked",
                                          n_entries),
                          bm_symptom_get_label (heat->symptom), heat->n_marked, n_entries, heat->mean_marked);
}

/* Appends to @text what the overlay says of @region: @first, then each
 * symptom's words, comma-separated; FALSE (and nothing appended) when it
 * says nothing. */
gboolean
bm_body_view_overlay_describe (BmBodyView *self,
                               guint       region,
                               const char *first,
                               GString    *text)
{
  const char *separator = first;
  const BmRegion *r;
  gboolean any = FALSE;

  if (self->overlay == NULL || catalog_of (self) == NULL ||
      (r = bm_region_catalog_get_region (catalog_of (self), region)) == NULL)
    return FALSE;
  for (BmSymptom k = 0; k < BM_N_SYMPTOMS; k++)
    {
      if (self->overlay->mode == BM_MAP_OVERLAY_COMPARE)
        {
          const BmJournalChange *change = bm_journal_changes_lookup (self->overlay->items, r->id, k);
          g_autofree char *words = change != NULL ? bm_journal_change_describe (change) : NULL;

          if (words == NULL)
            continue;
          g_string_append (text, separator);
          g_string_append (text, words);
        }
      else
        {
          const BmJournalHeat *heat = bm_journal_heat_lookup (self->overlay->items, r->id, k);

          if (heat == NULL)
            continue;
          g_string_append (text, separator);
          append_heat (text, heat, heat->n_entries);
        }
      separator = ", ";
      any = TRUE;
    }
  return any;
}

/* The map's description while an overlay shows: every area it colours. */
char *
bm_body_view_overlay_describe_all (BmBodyView *self)
{
  BmRegionCatalog *catalog = catalog_of (self);
  GString *text = g_string_new (self->overlay->mode == BM_MAP_OVERLAY_COMPARE
                                ? _("Comparing two journal entries; your marks are hidden.")
                                : _("Heat map of a period of the journal; your marks are hidden."));
  guint listed = 0;

  for (guint i = 0; catalog != NULL && i < self->overlay->n_fills; i++)
    {
      gsize len = text->len;

      g_string_append_c (text, ' ');
      g_string_append (text, bm_region_catalog_get_region (catalog, i)->label);
      if (bm_body_view_overlay_describe (self, i, ": ", text))
        {
          g_string_append_c (text, ';');
          listed++;
        }
      else
        g_string_truncate (text, len);
    }
  if (listed == 0)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("No areas marked."));
    }
  return g_string_free (text, FALSE);
}
