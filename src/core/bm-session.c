/* bm-session.c: one person's session: marks, answers, sheet picks, ranking
 *
 * The ranking is recomputed whenever anything it depends on changes (it
 * costs a fraction of a millisecond), then "changed" is emitted. Saving and
 * loading are in bm-session-file.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-items.h"
#include "bm-session-private.h"

struct _BmSession
{
  GObject     parent_instance;

  /* Owned */
  BmAtlas    *atlas;
  BmPainMap  *pain_map;
  BmRanking  *ranking;
  GHashTable *confirmations;   /* "muscle/tp/side" → BmConfirm */
  GPtrArray  *sheet;           /* muscle ids, in the order added */
  GListStore *candidates;      /* BmCandidateItem, of ranking */

  BmFlags     flags;
};

G_DEFINE_FINAL_TYPE (BmSession, bm_session, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
bm_session_finalize (GObject *object)
{
  BmSession *self = BM_SESSION (object);

  g_clear_object (&self->candidates);
  g_clear_pointer (&self->ranking, bm_ranking_free);
  g_clear_pointer (&self->confirmations, g_hash_table_unref);
  g_clear_pointer (&self->sheet, g_ptr_array_unref);
  g_clear_object (&self->pain_map);
  g_clear_object (&self->atlas);

  G_OBJECT_CLASS (bm_session_parent_class)->finalize (object);
}

static void
bm_session_class_init (BmSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bm_session_finalize;

  /**
   * BmSession::changed:
   *
   * The marks, answers, symptoms or sheet changed; the ranking is new.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bm_session_init (BmSession *self)
{
  self->confirmations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sheet = g_ptr_array_new_with_free_func (g_free);
  self->candidates = g_list_store_new (BM_TYPE_CANDIDATE_ITEM);
}

static void
rerank (BmSession *self)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  BmRanking *old;
  GHashTableIter iter;
  gpointer key, value;

  bm_query_add_marks (query, self->pain_map);
  bm_query_set_flags (query, self->flags);
  g_hash_table_iter_init (&iter, self->confirmations);
  while (g_hash_table_iter_next (&iter, &key, &value))
    bm_query_confirm_key (query, key, GPOINTER_TO_INT (value));
  old = g_steal_pointer (&self->ranking);
  self->ranking = bm_engine_rank (self->atlas, query);
  /* The old items go before the records they wrap. */
  bm_candidate_store_set_ranking (self->candidates, self->atlas, self->ranking);
  g_clear_pointer (&old, bm_ranking_free);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
pain_map_changed_cb (BmSession *self)
{
  rerank (self);
}

BmSession *
bm_session_new (BmAtlas *atlas)
{
  BmSession *self;

  g_return_val_if_fail (BM_IS_ATLAS (atlas), NULL);

  self = g_object_new (BM_TYPE_SESSION, NULL);
  self->atlas = g_object_ref (atlas);
  self->pain_map = bm_pain_map_new (bm_atlas_get_catalog (atlas));
  g_signal_connect_object (self->pain_map, "changed", G_CALLBACK (pain_map_changed_cb), self, G_CONNECT_SWAPPED);
  rerank (self);
  return self;
}

BmAtlas *
bm_session_get_atlas (BmSession *self)
{
  g_return_val_if_fail (BM_IS_SESSION (self), NULL);
  return self->atlas;
}

BmPainMap *
bm_session_get_pain_map (BmSession *self)
{
  g_return_val_if_fail (BM_IS_SESSION (self), NULL);
  return self->pain_map;
}

const BmRanking *
bm_session_get_ranking (BmSession *self)
{
  g_return_val_if_fail (BM_IS_SESSION (self), NULL);
  return self->ranking;
}

/* The ranking's candidates as BmCandidateItems, best first; replaced, with
 * one items-changed, each time the session re-ranks (before "changed"). */
GListModel *
bm_session_get_candidates (BmSession *self)
{
  g_return_val_if_fail (BM_IS_SESSION (self), NULL);
  return G_LIST_MODEL (self->candidates);
}

BmFlags
bm_session_get_flags (BmSession *self)
{
  g_return_val_if_fail (BM_IS_SESSION (self), 0);
  return self->flags;
}

void
bm_session_set_flag (BmSession *self,
                     BmFlags    flag,
                     gboolean   set)
{
  BmFlags flags;

  g_return_if_fail (BM_IS_SESSION (self));

  flags = set ? self->flags | flag : self->flags & ~flag;
  if (flags == self->flags)
    return;
  self->flags = flags;
  rerank (self);
}

BmConfirm
bm_session_get_confirm (BmSession    *self,
                        const char   *muscle,
                        const char   *trigger_point,
                        BmMuscleSide  side)
{
  g_autofree char *key = bm_confirm_key (muscle, trigger_point, side);

  g_return_val_if_fail (BM_IS_SESSION (self), BM_CONFIRM_NONE);
  return GPOINTER_TO_INT (g_hash_table_lookup (self->confirmations, key));
}

void
bm_session_set_confirm (BmSession    *self,
                        const char   *muscle,
                        const char   *trigger_point,
                        BmMuscleSide  side,
                        BmConfirm     confirm)
{
  char *key;

  g_return_if_fail (BM_IS_SESSION (self));

  if (bm_session_get_confirm (self, muscle, trigger_point, side) == confirm)
    return;
  key = bm_confirm_key (muscle, trigger_point, side);
  if (confirm == BM_CONFIRM_NONE)
    {
      g_hash_table_remove (self->confirmations, key);
      g_free (key);
    }
  else
    g_hash_table_insert (self->confirmations, key, GINT_TO_POINTER (confirm));
  rerank (self);
}

gboolean
bm_session_get_on_sheet (BmSession  *self,
                         const char *muscle)
{
  g_return_val_if_fail (BM_IS_SESSION (self), FALSE);
  return g_ptr_array_find_with_equal_func (self->sheet, muscle, g_str_equal, NULL);
}

void
bm_session_set_on_sheet (BmSession  *self,
                         const char *muscle,
                         gboolean    on_sheet)
{
  guint index;

  g_return_if_fail (BM_IS_SESSION (self));
  g_return_if_fail (bm_atlas_lookup (self->atlas, muscle) != NULL);

  if (g_ptr_array_find_with_equal_func (self->sheet, muscle, g_str_equal, &index) == on_sheet)
    return;
  if (on_sheet)
    g_ptr_array_add (self->sheet, g_strdup (muscle));
  else
    g_ptr_array_remove_index (self->sheet, index);
  g_signal_emit (self, signals[CHANGED], 0);
}

/* The muscle ids picked for the stretch sheet (borrowed). */
GPtrArray *
bm_session_get_sheet (BmSession *self)
{
  g_return_val_if_fail (BM_IS_SESSION (self), NULL);
  return self->sheet;
}


/* ---- For bm-session-file.c ---------------------------------------------------- */

GHashTable *
bm_session_get_confirmations (BmSession *self)
{
  return self->confirmations;
}

/* Replaces everything at once (loading a saved session), taking @answers
 * and @sheet; "changed" is emitted once. */
void
bm_session_replace (BmSession  *self,
                    GArray     *marks,
                    BmFlags     flags,
                    GHashTable *answers,
                    GPtrArray  *sheet)
{
  g_signal_handlers_block_by_func (self->pain_map, pain_map_changed_cb, self);
  bm_pain_map_reset (self->pain_map, marks);
  g_signal_handlers_unblock_by_func (self->pain_map, pain_map_changed_cb, self);
  self->flags = flags;
  g_hash_table_unref (self->confirmations);
  self->confirmations = answers;
  g_ptr_array_unref (self->sheet);
  self->sheet = sheet;
  rerank (self);
}
