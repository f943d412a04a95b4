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

/* Whether the user answered "Not tender" for @tp on @side. */
static gboolean
denied (BmBodyView           *self,
        const BmMuscle       *muscle,
        const BmTriggerPoint *tp,
        BmMuscleSide          side)
{
  return self->session != NULL &&
         bm_session_get_confirm (self->session, muscle->id, tp->id, side) == BM_CONFIRM_NOT_TENDER;
}

static void
add_xs (BmBodyView           *self,
        const BmMuscle       *muscle,
        const BmTriggerPoint *tp,
        BmMuscleSide          side,
        gboolean              emphasis)
{
  for (guint i = 0; i < tp->markers->len; i++)
    {
      BmLayerX x = { 0 };

      x.tp = tp;
      x.emphasis = emphasis;
      x.denied = denied (self, muscle, tp, side);
      if (bm_marker_locate (&g_array_index (tp->markers, BmMarker, i), side, self->art,
                            &x.view, &x.x, &x.y, NULL))
        g_array_append_val (self->highlight.xs, x);
    }
}

/* Essential wins where a region is in both. */
static void
drop_essential_from_spillover (BmHighlight *h)
{
  for (guint i = h->spillover->len; i > 0; i--)
    for (guint e = 0; e < h->essential->len; e++)
      if (g_array_index (h->spillover, guint, i - 1) == g_array_index (h->essential, guint, e))
        {
          g_array_remove_index (h->spillover, i - 1);
          break;
        }
}

static void
rebuild_highlight (BmBodyView *self)
{
  const BmMuscle *muscle = self->hl_muscle;
  BmHighlight *h = &self->highlight;

  bm_body_view_highlight_clear (h);
  if (muscle != NULL && self->art != NULL)
    {
      h->essential = g_array_new (FALSE, FALSE, sizeof (guint));
      h->spillover = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr(GArray) shown = bm_marker_list_shown (muscle, self->hl_side, self->hl_best);

      h->xs = g_array_new (FALSE, FALSE, sizeof (BmLayerX));
      for (guint i = 0; i < shown->len; i++)
        {
          const BmShownPoint *p = &g_array_index (shown, BmShownPoint, i);

          if (p->emphasis)
            add_zones (h, p->tp, p->side);
          add_xs (self, muscle, p->tp, p->side, p->emphasis);
        }
      drop_essential_from_spillover (h);
    }
  bm_body_layers_invalidate (self->layers, BM_LAYER_HIGHLIGHT);
}

/* Shows @muscle's referral pattern and trigger points on @side: the zones
 * of @best when given (the trigger point that matched), else of all its
 * trigger points; an X on each trigger point, @best's bold, and faded where
 * the session says "Not tender". NULL clears it. */
void
bm_body_view_set_highlight (BmBodyView           *self,
                            const BmMuscle       *muscle,
                            BmCandidateSide       side,
                            const BmTriggerPoint *best)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  self->hl_muscle = muscle;
  self->hl_side = side;
  self->hl_best = best;
  rebuild_highlight (self);
}

gboolean
bm_body_view_has_highlight (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), FALSE);
  return self->highlight.xs != NULL;
}

/* The answers to "does pressing here reproduce it?" fade or restore Xs. */
void
bm_body_view_set_session (BmBodyView *self,
                          BmSession  *session)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));
  g_return_if_fail (session == NULL || BM_IS_SESSION (session));

  if (self->session != NULL)
    g_clear_signal_handler (&self->session_changed_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->session_changed_id = g_signal_connect_swapped (session, "changed",
                                                         G_CALLBACK (rebuild_highlight), self);
  rebuild_highlight (self);
}

/* Rings the X of @tp, the trigger point the user is reading about; NULL
 * rings none. Only compared, never read: any pointer is safe. */
void
bm_body_view_set_focus_trigger_point (BmBodyView           *self,
                                      const BmTriggerPoint *tp)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->highlight.focus == tp)
    return;
  self->highlight.focus = tp;
  bm_body_layers_invalidate (self->layers, BM_LAYER_HIGHLIGHT);
}

const BmTriggerPoint *
bm_body_view_get_focus_trigger_point (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);
  return self->highlight.focus;
}
