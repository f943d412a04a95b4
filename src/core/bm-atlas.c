/* bm-atlas.c: the trigger-point atlas: regions, muscles and the literature
 *
 * The built-in atlas is mapped from the form compiled at build time
 * (bm-atlas-compiled.h, built here from its parts); --data-dir reads a
 * directory of JSON files through the strict loader (bm-atlas-json.c).
 * Both end with the checks and links below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "bm-atlas.h"
#include "bm-atlas-compiled.h"
#include "bm-atlas-private.h"
#include "bm-illustration.h"
#include "bm-error.h"
#include "bm-ids.h"
#include "bm-json.h"
#include "bm-muscle-private.h"

/* The red flags the app raises: numb marks and each BmFlags value. The data
 * must define each; returns the id of the first one it lacks, or NULL. */
const char *
bm_atlas_missing_red_flag (BmAtlas *self)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BM_TYPE_FLAGS);
  const char *numbness = bm_symptom_get_id (BM_SYMPTOM_NUMBNESS);

  if (bm_atlas_lookup_red_flag (self, numbness) == NULL)
    return numbness;
  for (guint i = 0; i < klass->n_values; i++)
    if (bm_atlas_lookup_red_flag (self, klass->values[i].value_nick) == NULL)
      return klass->values[i].value_nick;
  return NULL;
}

static void
red_flag_free (BmRedFlag *flag)
{
  g_free (flag->id);
  g_free (flag->label);
  g_free (flag->reason);
  g_free (flag);
}

G_DEFINE_FINAL_TYPE (BmAtlas, bm_atlas, G_TYPE_OBJECT)

static void
bm_atlas_finalize (GObject *object)
{
  BmAtlas *self = BM_ATLAS (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->muscles, g_ptr_array_unref);
  g_clear_pointer (&self->group_order, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_hash_table_unref);
  g_clear_pointer (&self->sources, g_hash_table_unref);
  g_clear_pointer (&self->flags_by_id, g_hash_table_unref);
  g_clear_pointer (&self->poses_by_id, g_hash_table_unref);
  g_clear_pointer (&self->poses, g_ptr_array_unref);
  g_clear_pointer (&self->pending_poses, g_variant_unref);
  g_clear_pointer (&self->compiled, g_variant_unref);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_atlas_parent_class)->finalize (object);
}

static void
bm_atlas_class_init (BmAtlasClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bm_atlas_finalize;
}

static void
bm_atlas_init (BmAtlas *self)
{
  self->muscle_free = (GDestroyNotify) bm_muscle_free;
  self->muscles = g_ptr_array_new_with_free_func (self->muscle_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->group_order = g_ptr_array_new ();
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->flags_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) red_flag_free);
  self->poses = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_pose_free);
  self->poses_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Takes @pose; its id must be new. */
gboolean
bm_atlas_add_pose (BmAtlas  *self,
                   BmPose   *pose,
                   GError  **error)
{
  if (g_hash_table_contains (self->poses_by_id, pose->id))
    {
      g_autofree char *id = bm_quote_excerpt (pose->id);
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "pose “%s”: duplicate id", id);
      bm_pose_free (pose);
      return FALSE;
    }
  g_ptr_array_add (self->poses, pose);
  g_hash_table_insert (self->poses_by_id, pose->id, pose);
  return TRUE;
}

static gboolean
check_muscle_ids (BmAtlas         *self,
                  const BmMuscle  *m,
                  char           **ids,
                  const char      *kind,
                  const char      *item,
                  const char      *field,
                  GError         **error)
{
  g_autofree char *file = g_strconcat (m->id, ".json", NULL);
  BmJsonWhere where = { file, kind, item };

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (g_str_equal (ids[i], m->id))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &where, field, "a muscle cannot name itself");
          return FALSE;
        }
      if (!g_hash_table_contains (self->by_id, ids[i]))
        {
          g_autofree char *id = bm_quote_excerpt (ids[i]);
          bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, field, "unknown muscle “%s”", id);
          return FALSE;
        }
    }
  return TRUE;
}

/* Every technique's illustration names poses and a muscle of the atlas. */
static gboolean
check_illustrations (BmAtlas         *self,
                     const BmMuscle  *m,
                     GPtrArray       *techniques,
                     const char      *kind,
                     GError         **error)
{
  for (guint i = 0; i < techniques->len; i++)
    if (!bm_illustration_check (self, m, techniques->pdata[i], kind, error))
      return FALSE;
  return TRUE;
}

gboolean
bm_atlas_check_poses_used (BmAtlas  *self,
                           GError  **error)
{
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmMuscle *m = self->muscles->pdata[i];

      if (!check_illustrations (self, m, m->stretches, "stretch", error) ||
          !check_illustrations (self, m, m->releases, "release", error))
        return FALSE;
    }
  return TRUE;
}

gboolean
bm_atlas_check_relations (BmAtlas  *self,
                          GError  **error)
{
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmMuscle *m = self->muscles->pdata[i];

      if (!check_muscle_ids (self, m, m->satellites, NULL, NULL, "satellites", error) ||
          !check_muscle_ids (self, m, m->key_muscles, NULL, NULL, "key_muscles", error))
        return FALSE;
      for (guint c = 0; c < m->chains->len; c++)
        {
          const BmChain *chain = m->chains->pdata[c];

          if (!check_muscle_ids (self, m, chain->muscles, "chain", chain->via, "muscles", error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Adds the key → satellite link once. A muscle has a handful of links, so
 * looking through them is quicker than hashing pairs. */
static void
add_link (BmMuscle *key,
          BmMuscle *satellite)
{
  if (g_ptr_array_find (key->all_satellites, satellite, NULL))
    return;
  g_ptr_array_add (key->all_satellites, satellite);
  g_ptr_array_add (satellite->all_key_muscles, key);
}

/* Reads satellite and key relations both ways, once. */
void
bm_atlas_link_relations (BmAtlas *self)
{
  for (guint i = 0; i < self->muscles->len; i++)
    {
      BmMuscle *m = self->muscles->pdata[i];
      m->all_key_muscles = g_ptr_array_new ();
      m->all_satellites = g_ptr_array_new ();
    }
  for (guint i = 0; i < self->muscles->len; i++)
    {
      BmMuscle *m = self->muscles->pdata[i];

      for (guint k = 0; m->key_muscles[k] != NULL; k++)
        add_link (g_hash_table_lookup (self->by_id, m->key_muscles[k]), m);
      for (guint k = 0; m->satellites[k] != NULL; k++)
        add_link (m, g_hash_table_lookup (self->by_id, m->satellites[k]));
    }
}

/* A muscle's place in the atlas: its group's position in atlas.json, then
 * its name's collation key, then where it was read. */
typedef struct {
  guint     group;
  char     *key;
  guint     read;
  BmMuscle *muscle;
} SortKey;

static int
compare_sort_keys (gconstpointer a,
                   gconstpointer b)
{
  const SortKey *ka = a, *kb = b;
  int by_name;

  if (ka->group != kb->group)
    return ka->group < kb->group ? -1 : 1;
  if ((by_name = strcmp (ka->key, kb->key)) != 0)
    return by_name;
  return ka->read < kb->read ? -1 : ka->read > kb->read;
}

/* Takes @m, read by another source than its JSON file (the compiled
 * atlas): its id must be new, and when @check (bytes not from the build),
 * its group and sources known, as the JSON loader's context checks. */
gboolean
bm_atlas_add_muscle (BmAtlas   *self,
                     BmMuscle  *m,
                     gboolean   check,
                     GError   **error)
{
  g_autofree char *id = NULL;
  gboolean known = !check || g_hash_table_contains (self->groups, m->group);

  for (guint i = 0; known && check && i < m->sources->len; i++)
    known = g_hash_table_contains (self->sources, ((BmCitation *) m->sources->pdata[i])->source);
  if (!known || g_hash_table_contains (self->by_id, m->id))
    {
      id = bm_quote_excerpt (m->id);
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "muscle “%s”: duplicate id, unknown group or unknown source",
                   id);
      self->muscle_free (m);
      return FALSE;
    }
  g_hash_table_insert (self->by_id, m->id, m);
  g_ptr_array_add (self->muscles, m);
  return TRUE;
}

/* Muscles by group, then by (translated) name: one collation key per
 * muscle rather than a collation per comparison. */
void
bm_atlas_sort_muscles (BmAtlas *self)
{
  g_autoptr(GHashTable) group_rank = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = self->muscles->len;
  g_autofree SortKey *keys = g_new (SortKey, n);

  for (guint i = 0; i < self->group_order->len; i++)
    g_hash_table_insert (group_rank, self->group_order->pdata[i], GUINT_TO_POINTER (i));
  for (guint i = 0; i < n; i++)
    {
      BmMuscle *m = self->muscles->pdata[i];

      keys[i] = (SortKey) { GPOINTER_TO_UINT (g_hash_table_lookup (group_rank, m->group)),
                            g_utf8_collate_key (m->name, -1), i, m };
    }
  qsort (keys, n, sizeof *keys, compare_sort_keys);
  for (guint i = 0; i < n; i++)
    {
      self->muscles->pdata[i] = keys[i].muscle;
      keys[i].muscle->index = i;
      g_free (keys[i].key);
    }
}

/* ---- Building an atlas from its compiled form (bm-atlas-compiled-read.c) ---- */

/* An empty atlas over @catalog, which it takes. Its muscles are freed
 * with @muscle_free, and may borrow their texts from @compiled, which the
 * atlas keeps until they are freed. */
BmAtlas *
bm_atlas_new_compiled (BmRegionCatalog *catalog,
                       GDestroyNotify   muscle_free,
                       GVariant        *compiled)
{
  BmAtlas *self = g_object_new (BM_TYPE_ATLAS, NULL);

  self->catalog = catalog;
  self->compiled = g_variant_ref (compiled);
  self->muscle_free = muscle_free;
  g_ptr_array_set_free_func (self->muscles, muscle_free);
  return self;
}

/* Adds the muscle group @id, after those added before; FALSE when it is
 * not new. */
gboolean
bm_atlas_add_group (BmAtlas    *self,
                    const char *id,
                    const char *label)
{
  char *key;

  if (*id == '\0' || g_hash_table_contains (self->groups, id))
    return FALSE;
  key = g_strdup (id);
  g_hash_table_insert (self->groups, key, g_strdup (label));
  g_ptr_array_add (self->group_order, key);
  return TRUE;
}

gboolean
bm_atlas_add_source (BmAtlas    *self,
                     const char *id,
                     const char *citation)
{
  if (*id == '\0' || g_hash_table_contains (self->sources, id))
    return FALSE;
  g_hash_table_insert (self->sources, g_strdup (id), g_strdup (citation));
  return TRUE;
}

gboolean
bm_atlas_add_red_flag (BmAtlas    *self,
                       const char *id,
                       const char *label,
                       const char *reason)
{
  BmRedFlag *flag;

  if (*id == '\0' || g_hash_table_contains (self->flags_by_id, id))
    return FALSE;
  flag = g_new0 (BmRedFlag, 1);
  flag->id = g_strdup (id);
  flag->label = g_strdup (label);
  flag->reason = g_strdup (reason);
  g_hash_table_insert (self->flags_by_id, flag->id, flag);
  return TRUE;
}

/* Reads the compiled poses (an array of BM_ATLAS_COMPILED_POSE) into
 * @self; FALSE at the first damaged or repeated one. */
static gboolean
read_poses (BmAtlas   *self,
            GVariant  *poses,
            GError   **error)
{
  gsize n = g_variant_n_children (poses);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) item = g_variant_get_child_value (poses, i);
      BmPose *pose = bm_atlas_compiled_pose_from_variant (item, error);

      if (pose == NULL || !bm_atlas_add_pose (self, pose, error))
        return FALSE;
    }
  return TRUE;
}

/* Reads the poses bm_atlas_set_poses() left for later, once, whichever
 * thread asks first. */
static void
ensure_poses (BmAtlas *self)
{
  if (g_once_init_enter (&self->poses_read))
    {
      g_autoptr(GError) error = NULL;

      if (self->pending_poses != NULL && !read_poses (self, self->pending_poses, &error))
        g_critical ("The built-in poses are damaged: %s", error->message);
      g_once_init_leave (&self->poses_read, 1);
    }
}

/* The compiled poses, an array of BM_ATLAS_COMPILED_POSE: read now and
 * checked with the illustrations by bm_atlas_finish() when @now, else on
 * first use (the built-in atlas, whose poses the build checked). */
gboolean
bm_atlas_set_poses (BmAtlas   *self,
                    GVariant  *poses,
                    gboolean   now,
                    GError   **error)
{
  if (now)
    return read_poses (self, poses, error);
  self->pending_poses = g_variant_ref (poses);
  return TRUE;
}

/* Completes an atlas built from its parts: the red flags the app needs
 * must be there, and when @check (bytes that do not come from the build),
 * every muscle a muscle names and every pose an illustration names. Then
 * reads relations both ways and sorts the muscles. */
gboolean
bm_atlas_finish (BmAtlas   *self,
                 gboolean   check,
                 GError   **error)
{
  const char *missing;

  if (self->muscles->len == 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas has no muscles");
      return FALSE;
    }
  if ((missing = bm_atlas_missing_red_flag (self)) != NULL)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas lacks the red flag “%s”", missing);
      return FALSE;
    }
  if (check && (!bm_atlas_check_relations (self, error) || !bm_atlas_check_poses_used (self, error)))
    return FALSE;
  bm_atlas_link_relations (self);
  bm_atlas_sort_muscles (self);
  return TRUE;
}

/* What the compiled atlas's writer reads besides the muscles. */
GPtrArray *
bm_atlas_get_group_order (BmAtlas *self)
{
  return self->group_order;
}

GHashTable *
bm_atlas_get_sources (BmAtlas *self)
{
  return self->sources;
}

GHashTable *
bm_atlas_get_red_flags (BmAtlas *self)
{
  return self->flags_by_id;
}

/* The built-in atlas in the user's language, from the form compiled at
 * build time (bm-atlas-compiled.h). Safe to call from any thread. */
BmAtlas *
bm_atlas_load_default (GError **error)
{
  return bm_atlas_load_builtin (g_get_language_names (), error);
}

BmRegionCatalog *
bm_atlas_get_catalog (BmAtlas *self)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  return self->catalog;
}

guint
bm_atlas_get_n_muscles (BmAtlas *self)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), 0);
  return self->muscles->len;
}

const BmMuscle *
bm_atlas_get_muscle (BmAtlas *self,
                     guint    index)
{
  g_return_val_if_fail (BM_IS_ATLAS (self) && index < self->muscles->len, NULL);
  return self->muscles->pdata[index];
}

const BmMuscle *
bm_atlas_lookup (BmAtlas    *self,
                 const char *id)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

const char *
bm_atlas_get_group_label (BmAtlas    *self,
                          const char *group)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  return g_hash_table_lookup (self->groups, group);
}

const char *
bm_atlas_get_citation (BmAtlas    *self,
                       const char *source)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  return g_hash_table_lookup (self->sources, source);
}

const BmRedFlag *
bm_atlas_lookup_red_flag (BmAtlas    *self,
                          const char *id)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->flags_by_id, id) : NULL;
}

guint
bm_atlas_get_n_poses (BmAtlas *self)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), 0);
  ensure_poses (self);
  return self->poses->len;
}

/* The poses in the order of their ids. */
const BmPose *
bm_atlas_get_pose (BmAtlas *self,
                   guint    index)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  ensure_poses (self);
  g_return_val_if_fail (index < self->poses->len, NULL);
  return self->poses->pdata[index];
}

const BmPose *
bm_atlas_lookup_pose (BmAtlas    *self,
                      const char *id)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  ensure_poses (self);
  return id != NULL ? g_hash_table_lookup (self->poses_by_id, id) : NULL;
}
