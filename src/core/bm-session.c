/* bm-session.c: one person's session: marks, answers, sheet picks, ranking
 *
 * The ranking is recomputed whenever anything it depends on changes (it
 * costs a fraction of a millisecond), then "changed" is emitted. Sessions
 * are saved as JSON, atomically, and loading validates everything before it
 * replaces anything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "bm-error.h"
#include "bm-json.h"
#include "bm-session.h"

struct _BmSession
{
  GObject     parent_instance;

  /* Owned */
  BmAtlas    *atlas;
  BmPainMap  *pain_map;
  BmRanking  *ranking;
  GHashTable *confirmations;   /* "muscle/tp/side" → BmConfirm */
  GPtrArray  *sheet;           /* muscle ids, in the order added */

  BmFlags     flags;
};

G_DEFINE_FINAL_TYPE (BmSession, bm_session, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static const struct { BmFlags flag; const char *id; } flag_ids[] = {
  { BM_FLAG_WEAKNESS, "weakness" },
  { BM_FLAG_NIGHT_PAIN, "night-pain" },
  { BM_FLAG_FEVER, "fever" },
  { BM_FLAG_BLADDER_BOWEL, "bladder-bowel" },
  { BM_FLAG_TRAUMA, "trauma" },
};

static void
bm_session_finalize (GObject *object)
{
  BmSession *self = BM_SESSION (object);

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
}

static void
rerank (BmSession *self)
{
  g_autoptr(BmQuery) query = bm_query_new ();
  GHashTableIter iter;
  gpointer key, value;

  bm_query_add_marks (query, self->pain_map);
  bm_query_set_flags (query, self->flags);
  g_hash_table_iter_init (&iter, self->confirmations);
  while (g_hash_table_iter_next (&iter, &key, &value))
    bm_query_confirm_key (query, key, GPOINTER_TO_INT (value));
  g_clear_pointer (&self->ranking, bm_ranking_free);
  self->ranking = bm_engine_rank (self->atlas, query);
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

/* Clears marks, answers, symptoms and picks. */
void
bm_session_reset (BmSession *self)
{
  g_return_if_fail (BM_IS_SESSION (self));

  g_hash_table_remove_all (self->confirmations);
  g_ptr_array_set_size (self->sheet, 0);
  self->flags = 0;
  g_signal_handlers_block_by_func (self->pain_map, pain_map_changed_cb, self);
  bm_pain_map_clear (self->pain_map);
  g_signal_handlers_unblock_by_func (self->pain_map, pain_map_changed_cb, self);
  rerank (self);
}

/* ---- Saving and loading ------------------------------------------------------ */

/* One entry per mark: an area both painful and numb has two, one of each
 * symptom. Files saved before that was possible hold at most one entry per
 * area and load as they were. */
static json_object *
marks_to_json (BmSession *self)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (self->atlas);
  g_autoptr(GArray) marks = bm_pain_map_get_marks (self->pain_map);
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "region",
                              json_object_new_string (bm_region_catalog_get_region (catalog, mark->region)->id));
      json_object_object_add (obj, "symptom",
                              json_object_new_string (mark->symptom == BM_SYMPTOM_NUMBNESS ? "numbness" : "pain"));
      json_object_object_add (obj, "intensity", json_object_new_int ((int) mark->intensity));
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
session_to_json (BmSession *self)
{
  json_object *root = json_object_new_object ();
  json_object *flags = json_object_new_array ();
  json_object *answers = json_object_new_array ();
  json_object *sheet = json_object_new_array ();
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < G_N_ELEMENTS (flag_ids); i++)
    if (self->flags & flag_ids[i].flag)
      json_object_array_add (flags, json_object_new_string (flag_ids[i].id));
  g_hash_table_iter_init (&iter, self->confirmations);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "trigger_point", json_object_new_string (key));
      json_object_object_add (obj, "answer", json_object_new_string (GPOINTER_TO_INT (value) == BM_CONFIRM_REPRODUCES
                                                                     ? "reproduces" : "not-tender"));
      json_object_array_add (answers, obj);
    }
  for (guint i = 0; i < self->sheet->len; i++)
    json_object_array_add (sheet, json_object_new_string (self->sheet->pdata[i]));
  json_object_object_add (root, "version", json_object_new_int (1));
  json_object_object_add (root, "marks", marks_to_json (self));
  json_object_object_add (root, "symptoms", flags);
  json_object_object_add (root, "answers", answers);
  json_object_object_add (root, "sheet", sheet);
  return root;
}

/* Writes the session to @path atomically: the old file stays whole until
 * the new one is complete. */
gboolean
bm_session_save (BmSession   *self,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(json_object) root = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) local_error = NULL;
  const char *text;

  g_return_val_if_fail (BM_IS_SESSION (self), FALSE);

  root = session_to_json (self);
  text = json_object_to_json_string_ext (root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !g_file_set_contents_full (path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, "cannot save the session to %s: %s", path,
                   local_error ? local_error->message : g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}

typedef struct {
  GArray     *marks;
  BmFlags     flags;
  GHashTable *answers;
  GPtrArray  *sheet;
} Parsed;

static void
parsed_clear (Parsed *p)
{
  g_clear_pointer (&p->marks, g_array_unref);
  g_clear_pointer (&p->answers, g_hash_table_unref);
  g_clear_pointer (&p->sheet, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

static gboolean
parse_marks (BmSession    *self,
             json_object  *root,
             const char   *file,
             Parsed       *p,
             GError      **error)
{
  BmJsonWhere where = { file, NULL, NULL };
  json_object *marks = bm_json_member (root, &where, "marks", json_type_array, TRUE, error);

  if (marks == NULL)
    return FALSE;
  for (gsize i = 0; i < json_object_array_length (marks); i++)
    {
      json_object *obj = json_object_array_get_idx (marks, i);
      BmJsonWhere mwhere = { file, "mark", NULL };
      const BmRegion *region;
      const char *id, *symptom;
      double intensity;
      BmMark mark;

      if ((id = bm_json_string (obj, &mwhere, "region", TRUE, error)) == NULL)
        return FALSE;
      mwhere.item = id;
      if ((region = bm_region_catalog_lookup (bm_atlas_get_catalog (self->atlas), id)) == NULL)
        {
          bm_json_set_error (error, BM_ERROR_UNKNOWN, &mwhere, "region", "unknown region");
          return FALSE;
        }
      if ((symptom = bm_json_string (obj, &mwhere, "symptom", TRUE, error)) == NULL ||
          !bm_json_number (obj, &mwhere, "intensity", BM_INTENSITY_MIN, BM_INTENSITY_MAX, &intensity, error))
        return FALSE;
      if (!g_str_equal (symptom, "pain") && !g_str_equal (symptom, "numbness"))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &mwhere, "symptom", "must be pain or numbness");
          return FALSE;
        }
      mark = (BmMark) { region->index, g_str_equal (symptom, "numbness") ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN,
                        (guint) intensity };
      g_array_append_val (p->marks, mark);
    }
  return TRUE;
}

static gboolean
parse_rest (BmSession    *self,
            json_object  *root,
            const char   *file,
            Parsed       *p,
            GError      **error)
{
  BmJsonWhere where = { file, NULL, NULL };
  g_auto(GStrv) symptoms = bm_json_string_list (root, &where, "symptoms", TRUE, error);
  g_auto(GStrv) sheet = NULL;
  json_object *answers;

  if (symptoms == NULL)
    return FALSE;
  for (guint i = 0; symptoms[i] != NULL; i++)
    {
      guint k;
      for (k = 0; k < G_N_ELEMENTS (flag_ids) && !g_str_equal (flag_ids[k].id, symptoms[i]); k++)
        ;
      if (k == G_N_ELEMENTS (flag_ids))
        {
          bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "symptoms", "unknown symptom “%s”", symptoms[i]);
          return FALSE;
        }
      p->flags |= flag_ids[k].flag;
    }
  if ((answers = bm_json_member (root, &where, "answers", json_type_array, TRUE, error)) == NULL)
    return FALSE;
  for (gsize i = 0; i < json_object_array_length (answers); i++)
    {
      json_object *obj = json_object_array_get_idx (answers, i);
      BmJsonWhere awhere = { file, "answer", NULL };
      const char *tp, *answer;

      if ((tp = bm_json_string (obj, &awhere, "trigger_point", TRUE, error)) == NULL)
        return FALSE;
      awhere.item = tp;
      if (!bm_confirm_key_parse (self->atlas, tp, NULL, NULL, NULL))
        {
          bm_json_set_error (error, BM_ERROR_UNKNOWN, &awhere, "trigger_point",
                             "not MUSCLE/TRIGGER-POINT/SIDE with ids from the atlas");
          return FALSE;
        }
      if ((answer = bm_json_string (obj, &awhere, "answer", TRUE, error)) == NULL)
        return FALSE;
      if (!g_str_equal (answer, "reproduces") && !g_str_equal (answer, "not-tender"))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &awhere, "answer", "must be reproduces or not-tender");
          return FALSE;
        }
      g_hash_table_insert (p->answers, g_strdup (tp),
                           GINT_TO_POINTER (g_str_equal (answer, "reproduces") ? BM_CONFIRM_REPRODUCES
                                                                               : BM_CONFIRM_NOT_TENDER));
    }
  if ((sheet = bm_json_string_list (root, &where, "sheet", TRUE, error)) == NULL)
    return FALSE;
  for (guint i = 0; sheet[i] != NULL; i++)
    {
      if (bm_atlas_lookup (self->atlas, sheet[i]) == NULL)
        {
          bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "sheet", "unknown muscle “%s”", sheet[i]);
          return FALSE;
        }
      g_ptr_array_add (p->sheet, g_strdup (sheet[i]));
    }
  return TRUE;
}

/* Replaces the session with the one saved in @path. On any error the
 * session is left exactly as it was. */
gboolean
bm_session_load (BmSession   *self,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(json_object) root = NULL;
  g_autofree char *file = g_path_get_basename (path);
  g_auto(Parsed) p = { 0 };

  g_return_val_if_fail (BM_IS_SESSION (self), FALSE);

  if ((root = bm_json_parse_file (path, error)) == NULL)
    return FALSE;
  p.marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  p.answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.sheet = g_ptr_array_new_with_free_func (g_free);
  if (!json_object_is_type (root, json_type_object))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "%s: the session must be an object", file);
      return FALSE;
    }
  if (!parse_marks (self, root, file, &p, error) || !parse_rest (self, root, file, &p, error))
    return FALSE;

  g_signal_handlers_block_by_func (self->pain_map, pain_map_changed_cb, self);
  bm_pain_map_reset (self->pain_map, p.marks);
  g_signal_handlers_unblock_by_func (self->pain_map, pain_map_changed_cb, self);
  self->flags = p.flags;
  g_hash_table_unref (self->confirmations);
  self->confirmations = g_steal_pointer (&p.answers);
  g_ptr_array_unref (self->sheet);
  self->sheet = g_steal_pointer (&p.sheet);
  rerank (self);
  return TRUE;
}
