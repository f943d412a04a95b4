/* bm-engine-query.c: what the engine is asked
 *
 * A query holds the marked areas with their symptom and intensity, the
 * other symptoms ticked (the red-flag questions), and the user's answers
 * about trigger points: reproduces the pain, or not tender. Answers are
 * keyed "MUSCLE/TRIGGER-POINT/SIDE", the same key a session file saves.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-engine-private.h"
#include "bm-ids.h"

struct _BmQuery
{
  GArray     *marks;          /* BmMark */
  GHashTable *confirmations;  /* "muscle/tp/side" → BmConfirm */
  BmFlags     flags;
};

BmQuery *
bm_query_new (void)
{
  BmQuery *query = g_new0 (BmQuery, 1);

  query->marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  query->confirmations = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return query;
}

void
bm_query_free (BmQuery *query)
{
  if (query == NULL)
    return;
  g_array_unref (query->marks);
  g_hash_table_unref (query->confirmations);
  g_free (query);
}

void
bm_query_add_mark (BmQuery      *query,
                   const BmMark *mark)
{
  g_array_append_val (query->marks, *mark);
}

void
bm_query_add_marks (BmQuery   *query,
                    BmPainMap *pain_map)
{
  g_autoptr(GArray) marks = bm_pain_map_get_marks (pain_map);

  g_array_append_vals (query->marks, marks->data, marks->len);
}

void
bm_query_set_flags (BmQuery *query,
                    BmFlags  flags)
{
  query->flags = flags;
}

/* "MUSCLE/TRIGGER-POINT/left|right": how an answer about one trigger point
 * is keyed, in a query, a session and a saved session file. */
char *
bm_confirm_key (const char   *muscle,
                const char   *trigger_point,
                BmMuscleSide  side)
{
  return g_strdup_printf ("%s/%s/%s", muscle, trigger_point, bm_muscle_side_get_id (side));
}

/* Whether @key names a trigger point of the atlas; if so, fills the
 * optional out-arguments with what it names. */
gboolean
bm_confirm_key_parse (BmAtlas               *atlas,
                      const char            *key,
                      const BmMuscle       **muscle,
                      const BmTriggerPoint **trigger_point,
                      BmMuscleSide          *side)
{
  g_auto(GStrv) parts = g_strsplit (key, "/", 3);
  const BmMuscle *m = parts[0] ? bm_atlas_lookup (atlas, parts[0]) : NULL;
  int key_side = parts[0] && parts[1] ? bm_enum_from_id (BM_TYPE_MUSCLE_SIDE, parts[2]) : -1;

  if (m == NULL || key_side < 0)
    return FALSE;
  for (guint t = 0; t < m->trigger_points->len; t++)
    {
      const BmTriggerPoint *tp = m->trigger_points->pdata[t];

      if (!g_str_equal (tp->id, parts[1]))
        continue;
      if (muscle)
        *muscle = m;
      if (trigger_point)
        *trigger_point = tp;
      if (side)
        *side = key_side;
      return TRUE;
    }
  return FALSE;
}

/* Records the answer for the trigger point @key names (see bm_confirm_key()). */
void
bm_query_confirm_key (BmQuery    *query,
                      const char *key,
                      BmConfirm   confirm)
{
  if (confirm == BM_CONFIRM_NONE)
    g_hash_table_remove (query->confirmations, key);
  else
    g_hash_table_insert (query->confirmations, g_strdup (key), GINT_TO_POINTER (confirm));
}

void
bm_query_confirm (BmQuery      *query,
                  const char   *muscle,
                  const char   *trigger_point,
                  BmMuscleSide  side,
                  BmConfirm     confirm)
{
  g_autofree char *key = bm_confirm_key (muscle, trigger_point, side);

  bm_query_confirm_key (query, key, confirm);
}

BmConfirm
bm_query_get_confirm (const BmQuery        *query,
                      const BmMuscle       *muscle,
                      const BmTriggerPoint *tp,
                      BmMuscleSide          side)
{
  g_autofree char *key = NULL;

  if (g_hash_table_size (query->confirmations) == 0)
    return BM_CONFIRM_NONE;
  key = bm_confirm_key (muscle->id, tp->id, side);
  return GPOINTER_TO_INT (g_hash_table_lookup (query->confirmations, key));
}

const GArray *
bm_query_get_marks (const BmQuery *query)
{
  return query->marks;
}

BmFlags
bm_query_get_flags (const BmQuery *query)
{
  return query->flags;
}

gboolean
bm_query_has_confirmations (const BmQuery *query)
{
  return g_hash_table_size (query->confirmations) > 0;
}
