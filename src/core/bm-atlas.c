/* bm-atlas.c: the trigger-point atlas: regions, muscles and the literature
 *
 * The built-in atlas is read from the GResource bundle; --data-dir reads a
 * directory of the same layout (atlas.json, regions.json, muscles/ID.json,
 * poses/ID.json), then the translation of the user's language, l10n/LANG/
 * (bm-atlas-l10n.c).
 * Everything is validated on load; a bad atlas is rejected with a message
 * naming the file, the item and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas.h"
#include "bm-atlas-compiled.h"
#include "bm-atlas-l10n.h"
#include "bm-atlas-private.h"
#include "bm-illustration.h"
#include "bm-data.h"
#include "bm-error.h"
#include "bm-ids.h"
#include "bm-json.h"
#include "bm-muscle-private.h"

struct _BmAtlas
{
  GObject          parent_instance;

  /* Owned */
  BmRegionCatalog *catalog;
  GPtrArray       *muscles;       /* BmMuscle*, by group then name */
  GHashTable      *by_id;         /* id → BmMuscle*, borrowed */
  GHashTable      *groups;        /* group id → label */
  GPtrArray       *group_order;   /* group ids, borrowed */
  GHashTable      *sources;       /* source id → citation */
  GHashTable      *flags_by_id;   /* id → BmRedFlag*, owned */
  GPtrArray       *poses;         /* BmPose*, by id */
  GHashTable      *poses_by_id;   /* id → BmPose*, borrowed */
};

/* The red flags the app raises: numb marks and each BmFlags value. The data
 * must define each; returns the id of the first one it lacks, or NULL. */
static const char *
missing_red_flag (BmAtlas *self)
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
  self->muscles = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_muscle_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->group_order = g_ptr_array_new ();
  self->sources = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->flags_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) red_flag_free);
  self->poses = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_pose_free);
  self->poses_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* The atlas file @path below @root, parsed; @display names it in messages. */
static json_object *
parse_file (GFile       *root,
            const char  *path,
            const char  *display,
            GError     **error)
{
  g_autoptr(GBytes) bytes = bm_data_load (root, path, "cannot read the atlas file", error);
  gsize length;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &length);
  return bm_json_parse (text, length, display, error);
}

static gboolean
load_index (BmAtlas  *self,
            GFile    *root,
            GError  **error)
{
  g_autoptr(json_object) index = parse_file (root, "atlas.json", "atlas.json", error);

  if (index == NULL ||
      !bm_json_id_table (index, "atlas.json", "groups", "group", "label", self->groups, self->group_order, error) ||
      !bm_json_id_table (index, "atlas.json", "sources", "source", "citation", self->sources, NULL, error))
    return FALSE;
  self->catalog = bm_region_catalog_load (root, error);
  return self->catalog != NULL;
}

static gboolean
add_red_flag (json_object  *obj,
              BmJsonWhere  *where,
              gpointer      data,
              GError      **error)
{
  BmAtlas *self = data;
  const char *id, *label, *reason;
  BmRedFlag *flag;

  if ((id = bm_json_string (obj, where, "id", TRUE, error)) == NULL)
    return FALSE;
  where->item = id;
  if (bm_atlas_lookup_red_flag (self, id) != NULL)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "id", "duplicate id");
      return FALSE;
    }
  if ((label = bm_json_string (obj, where, "label", TRUE, error)) == NULL ||
      (reason = bm_json_string (obj, where, "reason", TRUE, error)) == NULL)
    return FALSE;
  flag = g_new0 (BmRedFlag, 1);
  flag->id = g_strdup (id);
  flag->label = g_strdup (label);
  flag->reason = g_strdup (reason);
  g_hash_table_insert (self->flags_by_id, flag->id, flag);
  return TRUE;
}

static gboolean
load_red_flags (BmAtlas  *self,
                GFile    *dir,
                GError  **error)
{
  g_autoptr(json_object) root = parse_file (dir, "red-flags.json", "red-flags.json", error);
  BmJsonWhere where = { "red-flags.json", NULL, NULL };
  const char *missing;

  if (root == NULL || !bm_json_foreach (root, "red-flags.json", "flags", "flag", add_red_flag, self, error))
    return FALSE;
  if ((missing = missing_red_flag (self)) != NULL)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "flags", "the flag “%s” is missing", missing);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_muscle (BmAtlas     *self,
             GFile       *dir,
             const char  *name,
             GError     **error)
{
  g_autofree char *path = g_build_path ("/", "muscles", name, NULL);
  g_autofree char *expected = g_strndup (name, strlen (name) - strlen (".json"));
  g_autoptr(json_object) root = parse_file (dir, path, name, error);
  BmMuscleContext ctx = { self->catalog, self->groups, self->sources, name, expected };
  BmMuscle *muscle;

  if (root == NULL || (muscle = bm_muscle_parse (&ctx, root, error)) == NULL)
    return FALSE;
  g_ptr_array_add (self->muscles, muscle);
  g_hash_table_insert (self->by_id, muscle->id, muscle);
  return TRUE;
}

/* The poses of the figure, poses/ID.json; an atlas without the folder
 * has none. */
static gboolean
load_poses (BmAtlas  *self,
            GFile    *root,
            gpointer  data,
            GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) names = bm_data_list (root, "poses", ".json", &local_error);

  if (names == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "cannot read the atlas: ");
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      g_autofree char *path = g_build_path ("/", "poses", name, NULL);
      g_autoptr(GBytes) bytes = bm_data_load (root, path, "cannot read the atlas file", error);
      BmPose *pose;

      if (bytes == NULL || (pose = bm_pose_new_from_bytes (bytes, name, error)) == NULL ||
          !bm_atlas_add_pose (self, pose, error))
        return FALSE;
    }
  return TRUE;
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

static gboolean
check_poses_used (BmAtlas  *self,
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

static gboolean
check_relations (BmAtlas  *self,
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

/* Adds the key → satellite link once; @links holds "key satellite" pairs
 * already made, so the lists are built in linear time. */
static void
add_link (GHashTable *links,
          BmMuscle   *key,
          BmMuscle   *satellite)
{
  char *pair = g_strconcat (key->id, " ", satellite->id, NULL);

  if (!g_hash_table_add (links, pair))
    return;
  g_ptr_array_add (key->all_satellites, satellite);
  g_ptr_array_add (satellite->all_key_muscles, key);
}

/* Reads satellite and key relations both ways, once. */
static void
link_relations (BmAtlas *self)
{
  g_autoptr(GHashTable) links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

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
        add_link (links, g_hash_table_lookup (self->by_id, m->key_muscles[k]), m);
      for (guint k = 0; m->satellites[k] != NULL; k++)
        add_link (links, m, g_hash_table_lookup (self->by_id, m->satellites[k]));
    }
}

/* @data maps a group id to its position in atlas.json. */
static int
compare_muscles (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  GHashTable *group_rank = data;
  const BmMuscle *ma = *(const BmMuscle **) a, *mb = *(const BmMuscle **) b;
  guint ga = GPOINTER_TO_UINT (g_hash_table_lookup (group_rank, ma->group));
  guint gb = GPOINTER_TO_UINT (g_hash_table_lookup (group_rank, mb->group));

  if (ga != gb)
    return ga < gb ? -1 : 1;
  return g_utf8_collate (ma->name, mb->name);
}

static gboolean
load_json_muscles (BmAtlas  *self,
                   GFile    *root,
                   gpointer  data,
                   GError  **error)
{
  g_autoptr(GPtrArray) names = bm_data_list (root, "muscles", ".json", error);

  if (names == NULL)
    {
      g_prefix_error (error, "cannot read the atlas: ");
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    if (!load_muscle (self, root, names->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* Takes @muscle, read by another source than its JSON file (the compiled
 * atlas), checking what the JSON loader's context checks: a new id, a
 * known group and known sources. */
gboolean
bm_atlas_add_muscle (BmAtlas   *self,
                     BmMuscle  *muscle,
                     GError   **error)
{
  g_autoptr(BmMuscle) m = muscle;
  g_autofree char *id = bm_quote_excerpt (m->id);

  if (g_hash_table_contains (self->by_id, m->id) || !g_hash_table_contains (self->groups, m->group))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "muscle “%s”: duplicate id or unknown group", id);
      return FALSE;
    }
  for (guint i = 0; i < m->sources->len; i++)
    if (!g_hash_table_contains (self->sources, ((BmCitation *) m->sources->pdata[i])->source))
      {
        g_set_error (error, BM_ERROR, BM_ERROR_UNKNOWN, "muscle “%s”: unknown source", id);
        return FALSE;
      }
  g_hash_table_insert (self->by_id, m->id, m);
  g_ptr_array_add (self->muscles, g_steal_pointer (&m));
  return TRUE;
}

/* Reads and checks the English atlas in @root: atlas.json, regions.json,
 * red-flags.json, then the muscles and the poses from @source. */
static gboolean
load_english (BmAtlas             *self,
              GFile               *root,
              const BmAtlasSource *source,
              gpointer             data,
              GError             **error)
{
  if (!load_index (self, root, error) || !load_red_flags (self, root, error) ||
      !source->muscles (self, root, data, error))
    return FALSE;
  if (self->muscles->len == 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the atlas has no muscles (muscles/*.json)");
      return FALSE;
    }
  if (!check_relations (self, error) || !source->poses (self, root, data, error) ||
      !check_poses_used (self, error))
    return FALSE;
  link_relations (self);
  return TRUE;
}

/* Muscles by group, then by (translated) name. */
static void
sort_muscles (BmAtlas *self)
{
  g_autoptr(GHashTable) group_rank = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->group_order->len; i++)
    g_hash_table_insert (group_rank, self->group_order->pdata[i], GUINT_TO_POINTER (i));
  g_ptr_array_sort_with_data (self->muscles, compare_muscles, group_rank);
  for (guint i = 0; i < self->muscles->len; i++)
    ((BmMuscle *) self->muscles->pdata[i])->index = i;
}

/* The atlas in @root, from the resource bundle or a directory, in the
 * first of @languages (as g_get_language_names() gives them) that @root
 * has a translation for, l10n/LANG/; English for none, or NULL. */
BmAtlas *
bm_atlas_load_for_languages (GFile              *root,
                             const char * const *languages,
                             GError            **error)
{
  static const BmAtlasSource json = { load_json_muscles, load_poses };

  return bm_atlas_load_with (root, languages, &json, NULL, error);
}

/* The atlas in @root, with the muscles and poses read from @source. */
BmAtlas *
bm_atlas_load_with (GFile               *root,
                    const char * const  *languages,
                    const BmAtlasSource *source,
                    gpointer             data,
                    GError             **error)
{
  g_autoptr(BmAtlas) self = g_object_new (BM_TYPE_ATLAS, NULL);
  BmAtlasText text = { self->by_id, self->groups, self->flags_by_id, NULL };

  g_return_val_if_fail (G_IS_FILE (root), NULL);

  if (!load_english (self, root, source, data, error))
    return NULL;
  text.catalog = self->catalog;
  if (!bm_atlas_l10n_apply (root, languages, &text, error))
    return NULL;
  sort_muscles (self);
  return g_steal_pointer (&self);
}

/* The atlas in @root in the user's language. */
BmAtlas *
bm_atlas_load (GFile   *root,
               GError **error)
{
  return bm_atlas_load_for_languages (root, g_get_language_names (), error);
}

/* The built-in atlas: its muscles from the form compiled at build time
 * (bm-atlas-compiled.h), the rest from the resource bundle. */
BmAtlas *
bm_atlas_load_default (GError **error)
{
  g_autoptr(GBytes) compiled = g_resources_lookup_data (BM_ATLAS_COMPILED_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (compiled == NULL)
    return NULL;
  return bm_atlas_load_compiled (compiled, g_get_language_names (), error);
}

BmAtlas *
bm_atlas_load_dir (const char  *dir,
                   GError     **error)
{
  g_autoptr(GFile) root = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  root = g_file_new_for_path (dir);
  return bm_atlas_load (root, error);
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
  return self->poses->len;
}

/* The poses in the order of their ids. */
const BmPose *
bm_atlas_get_pose (BmAtlas *self,
                   guint    index)
{
  g_return_val_if_fail (BM_IS_ATLAS (self) && index < self->poses->len, NULL);
  return self->poses->pdata[index];
}

const BmPose *
bm_atlas_lookup_pose (BmAtlas    *self,
                      const char *id)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->poses_by_id, id) : NULL;
}
