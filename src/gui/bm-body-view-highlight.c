/* bm-body-view-highlight.c: a muscle's referral pattern and trigger points
 * on the body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-map-picture.h"
#include "bm-body-view-private.h"

void
bm_body_view_highlight_clear (BmHighlight *h)
{
  g_clear_pointer (&h->essential, g_array_unref);
  g_clear_pointer (&h->spillover, g_array_unref);
  g_clear_pointer (&h->xs, g_array_unref);
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

/* The layers' copy of the core's pattern (the same one the sheet and the
 * exported picture draw), with each X faded where the user said "Not
 * tender". */
static void
take_pattern (BmBodyView *self,
              BmPattern  *pattern)
{
  BmHighlight *h = &self->highlight;

  h->essential = g_array_ref (pattern->essential);
  h->spillover = g_array_ref (pattern->spillover);
  h->xs = g_array_new (FALSE, FALSE, sizeof (BmLayerX));
  for (guint i = 0; i < pattern->xs->len; i++)
    {
      const BmPatternX *px = &g_array_index (pattern->xs, BmPatternX, i);
      BmLayerX x = { px->view, px->x, px->y, px->tp, px->emphasis,
                     denied (self, pattern->muscle, px->tp, px->side) };

      g_array_append_val (h->xs, x);
    }
}

static void
rebuild_highlight (BmBodyView *self)
{
  const BmMuscle *muscle = self->hl_muscle;
  BmHighlight *h = &self->highlight;

  /* Nothing shown before nor now: a re-rank leaves the layer as it is. */
  if (muscle == NULL && h->muscle == NULL && h->xs == NULL)
    return;
  /* The shape is drawn again only when another muscle or side shows. */
  if (h->muscle != muscle || h->side != self->hl_side)
    bm_body_layers_invalidate (self->layers, BM_LAYER_MUSCLE);
  h->muscle = muscle;
  h->side = self->hl_side;
  if (muscle != NULL)
    bm_body_view_ensure_muscle_art (self);
  bm_body_view_highlight_clear (h);
  if (muscle != NULL && self->art != NULL)
    {
      g_autoptr(BmPattern) pattern = bm_pattern_new (self->art, muscle, self->hl_side, self->hl_best);

      take_pattern (self, pattern);
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
