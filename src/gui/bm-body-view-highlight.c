/* bm-body-view-highlight.c: a muscle's referral pattern and trigger points
 * on the body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-marker.h"
#include "bm-body-view-private.h"

void
bm_body_view_highlight_clear (BmHighlight *h)
{
  g_clear_pointer (&h->essential, g_array_unref);
  g_clear_pointer (&h->spillover, g_array_unref);
  g_clear_pointer (&h->xs, g_array_unref);
}

static void
add_region_once (GArray *regions,
                 guint   region)
{
  for (guint i = 0; i < regions->len; i++)
    if (g_array_index (regions, guint, i) == region)
      return;
  g_array_append_val (regions, region);
}

static void
add_zones (BmHighlight          *h,
           const BmTriggerPoint *tp,
           BmMuscleSide          side)
{
  for (guint i = 0; i < tp->essential_regions[side]->len; i++)
    add_region_once (h->essential, g_array_index (tp->essential_regions[side], guint, i));
  for (guint i = 0; i < tp->spillover_regions[side]->len; i++)
    add_region_once (h->spillover, g_array_index (tp->spillover_regions[side], guint, i));
}

static void
add_xs (BmHighlight          *h,
        BmBodyArt            *art,
        const BmTriggerPoint *tp,
        BmMuscleSide          side,
        gboolean              emphasis)
{
  for (guint i = 0; i < tp->markers->len; i++)
    {
      BmLayerX x = { 0 };

      x.emphasis = emphasis;
      if (bm_marker_locate (&g_array_index (tp->markers, BmMarker, i), side, art, &x.view, &x.x, &x.y, NULL))
        g_array_append_val (h->xs, x);
    }
}

/* Shows @muscle's referral pattern and trigger points on @side: the zones
 * of @best when given (the trigger point that matched), else of all its
 * trigger points; an X on each trigger point, @best's emphasised. NULL
 * clears it. */
void
bm_body_view_set_highlight (BmBodyView           *self,
                            const BmMuscle       *muscle,
                            BmCandidateSide       side,
                            const BmTriggerPoint *best)
{
  BmHighlight *h = &self->highlight;

  g_return_if_fail (BM_IS_BODY_VIEW (self));

  bm_body_view_highlight_clear (h);
  if (muscle != NULL && self->art != NULL)
    {
      h->essential = g_array_new (FALSE, FALSE, sizeof (guint));
      h->spillover = g_array_new (FALSE, FALSE, sizeof (guint));
      h->xs = g_array_new (FALSE, FALSE, sizeof (BmLayerX));
      for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
        {
          if (!bm_candidate_side_includes (side, s))
            continue;
          for (guint t = 0; t < muscle->trigger_points->len; t++)
            {
              const BmTriggerPoint *tp = muscle->trigger_points->pdata[t];

              if (best == NULL || tp == best)
                add_zones (h, tp, s);
              add_xs (h, self->art, tp, s, best == NULL || tp == best);
            }
        }
      /* Essential wins where a region is in both. */
      for (guint i = h->spillover->len; i > 0; i--)
        for (guint e = 0; e < h->essential->len; e++)
          if (g_array_index (h->spillover, guint, i - 1) == g_array_index (h->essential, guint, e))
            {
              g_array_remove_index (h->spillover, i - 1);
              break;
            }
    }
  bm_body_layers_invalidate (self->layers, BM_LAYER_HIGHLIGHT);
}

gboolean
bm_body_view_has_highlight (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), FALSE);
  return self->highlight.xs != NULL;
}

