/* bm-atlas.c: the trigger-point atlas: regions, muscles and the literature
 *
 * The built-in atlas is read from the GResource bundle; --data-dir reads a
 * directory of the same layout (atlas.json, regions.json, muscles/ID.json).
 * Everything is validated on load; a bad atlas is rejected with a message
 * naming the file, the item and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas.h"
#include "bm-error.h"
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
  GPtrArray       *red_flags;     /* BmRedFlag*, in file order */
  GHashTable      *flags_by_id;   /* id → BmRedFlag*, borrowed */
};

/* The red flags the app asks about; the data must define each. */
static const char *required_flags[] = {
  "numbness", "weakness", "night-pain", "fever", "bladder-bowel", "trauma", NULL
};

static void
red_flag_free (BmRedFlag *flag)
{
  g_free (flag->id);
  g_free (flag->label);
  g_free (flag->reason);
  g_free (flag);
}

G_DEFINE_FINAL_TYPE (BmAtlas, bm_atlas, G_TYPE_OBJECT)

/* Where the files come from: the resource bundle or a directory. */
typedef struct {
  const char *root;
  gboolean    is_resource;
} AtlasSource;

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
  g_clear_pointer (&self->red_flags, g_ptr_array_unref);
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
  self->red_flags = g_ptr_array_new_with_free_func ((GDestroyNotify) red_flag_free);
  self->flags_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

static GBytes *
source_read (const AtlasSource  *src,
             const char         *name,
             GError            **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;

  if (src->is_resource)
    {
      path = g_build_path ("/", src->root, name, NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
    }
  else
    {
      char *text = NULL;
      gsize length = 0;

      path = g_build_filename (src->root, name, NULL);
      bytes = g_file_get_contents (path, &text, &length, &local_error) ? g_bytes_new_take (text, length) : NULL;
    }
  if (bytes == NULL)
    g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s: cannot read the atlas file: %s",
                 src->is_resource ? name : path, local_error->message);
  return bytes;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The muscle file names, sorted, so the load order never depends on the
 * file system. */
static GPtrArray *
source_list_muscles (const AtlasSource  *src,
                     GError            **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = src->is_resource ? g_build_path ("/", src->root, "muscles/", NULL)
                                           : g_build_filename (src->root, "muscles", NULL);
  g_auto(GStrv) children = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (src->is_resource)
    {
      if ((children = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error)) == NULL)
        return NULL;
      for (guint i = 0; children[i] != NULL; i++)
        if (g_str_has_suffix (children[i], ".json"))
          g_ptr_array_add (names, g_strdup (children[i]));
    }
  else
    {
      if ((dir = g_dir_open (path, 0, error)) == NULL)
        {
          g_prefix_error (error, "cannot read the atlas: ");
          return NULL;
        }
      while ((name = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (name, ".json"))
          g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);
  return g_steal_pointer (&names);
}

static json_object *
source_parse (const AtlasSource  *src,
              const char         *name,
              const char         *display,
              GError            **error)
{
  g_autoptr(GBytes) bytes = source_read (src, name, error);
  gsize length;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &length);
  return bm_json_parse (text, length, display, error);
}

static gboolean
parse_id_list (json_object  *root,
               const char   *field,
               const char   *value_field,
               GHashTable   *table,
               GPtrArray    *order,
               GError      **error)
{
  BmJsonWhere where = { "atlas.json", NULL, NULL };
  json_object *list = bm_json_member (root, &where, field, json_type_array, TRUE, error);

  if (list == NULL)
    return FALSE;
  for (gsize i = 0; i < json_object_array_length (list); i++)
    {
      json_object *item = json_object_array_get_idx (list, i);
      BmJsonWhere iwhere = { "atlas.json", field, NULL };
      const char *id, *value;
      char *key;

      if ((id = bm_json_string (item, &iwhere, "id", TRUE, error)) == NULL)
        return FALSE;
      iwhere.item = id;
      if ((value = bm_json_string (item, &iwhere, value_field, TRUE, error)) == NULL)
        return FALSE;
      if (g_hash_table_contains (table, id))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &iwhere, "id", "duplicate id");
          return FALSE;
        }
      key = g_strdup (id);
      g_hash_table_insert (table, key, g_strdup (value));
      if (order != NULL)
        g_ptr_array_add (order, key);
    }
  return TRUE;
}

static gboolean
load_index (BmAtlas            *self,
            const AtlasSource  *src,
            GError            **error)
{
  g_autoptr(json_object) index = source_parse (src, "atlas.json", "atlas.json", error);
  g_autoptr(GBytes) regions = NULL;
  const char *text;
  gsize length;

  if (index == NULL ||
      !parse_id_list (index, "groups", "label", self->groups, self->group_order, error) ||
      !parse_id_list (index, "sources", "citation", self->sources, NULL, error))
    return FALSE;
  if ((regions = source_read (src, "regions.json", error)) == NULL)
    return FALSE;
  text = g_bytes_get_data (regions, &length);
  self->catalog = bm_region_catalog_new_from_data (text, length, "regions.json", error);
  return self->catalog != NULL;
}

static BmRedFlag *
parse_red_flag (BmAtlas      *self,
                json_object  *obj,
                GError      **error)
{
  BmJsonWhere where = { "red-flags.json", "flag", NULL };
  const char *id, *label, *reason;
  BmRedFlag *flag;

  if (!json_object_is_type (obj, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  if ((id = bm_json_string (obj, &where, "id", TRUE, error)) == NULL)
    return NULL;
  where.item = id;
  if (bm_atlas_lookup_red_flag (self, id) != NULL)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "id", "duplicate id");
      return NULL;
    }
  if ((label = bm_json_string (obj, &where, "label", TRUE, error)) == NULL ||
      (reason = bm_json_string (obj, &where, "reason", TRUE, error)) == NULL)
    return NULL;
  flag = g_new0 (BmRedFlag, 1);
  flag->id = g_strdup (id);
  flag->label = g_strdup (label);
  flag->reason = g_strdup (reason);
  return flag;
}

static gboolean
load_red_flags (BmAtlas            *self,
                const AtlasSource  *src,
                GError            **error)
{
  g_autoptr(json_object) root = source_parse (src, "red-flags.json", "red-flags.json", error);
  BmJsonWhere where = { "red-flags.json", NULL, NULL };
  json_object *flags;

  if (root == NULL || (flags = bm_json_member (root, &where, "flags", json_type_array, TRUE, error)) == NULL)
    return FALSE;
  for (gsize i = 0; i < json_object_array_length (flags); i++)
    {
      BmRedFlag *flag = parse_red_flag (self, json_object_array_get_idx (flags, i), error);

      if (flag == NULL)
        return FALSE;
      g_ptr_array_add (self->red_flags, flag);
      g_hash_table_insert (self->flags_by_id, flag->id, flag);
    }
  for (guint i = 0; required_flags[i] != NULL; i++)
    if (bm_atlas_lookup_red_flag (self, required_flags[i]) == NULL)
      {
        bm_json_set_error (error, BM_ERROR_INVALID, &where, "flags", "the flag “%s” is missing", required_flags[i]);
        return FALSE;
      }
  return TRUE;
}

static gboolean
load_muscle (BmAtlas            *self,
             const AtlasSource  *src,
             const char         *name,
             GError            **error)
{
  g_autofree char *path = g_build_path ("/", "muscles", name, NULL);
  g_autofree char *expected = g_strndup (name, strlen (name) - strlen (".json"));
  g_autoptr(json_object) root = source_parse (src, path, name, error);
  BmMuscleContext ctx = { self->catalog, self->groups, self->sources, name, expected };
  BmMuscle *muscle;

  if (root == NULL || (muscle = bm_muscle_parse (&ctx, root, error)) == NULL)
    return FALSE;
  g_ptr_array_add (self->muscles, muscle);
  g_hash_table_insert (self->by_id, muscle->id, muscle);
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

static BmAtlas *
atlas_load (const AtlasSource  *src,
            GError            **error)
{
  g_autoptr(BmAtlas) self = g_object_new (BM_TYPE_ATLAS, NULL);
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GHashTable) group_rank = NULL;

  if (!load_index (self, src, error) || !load_red_flags (self, src, error) ||
      (names = source_list_muscles (src, error)) == NULL)
    return NULL;
  for (guint i = 0; i < names->len; i++)
    if (!load_muscle (self, src, names->pdata[i], error))
      return NULL;
  if (self->muscles->len == 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the atlas has no muscles (muscles/*.json)");
      return NULL;
    }
  if (!check_relations (self, error))
    return NULL;
  link_relations (self);
  group_rank = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < self->group_order->len; i++)
    g_hash_table_insert (group_rank, self->group_order->pdata[i], GUINT_TO_POINTER (i));
  g_ptr_array_sort_with_data (self->muscles, compare_muscles, group_rank);
  for (guint i = 0; i < self->muscles->len; i++)
    ((BmMuscle *) self->muscles->pdata[i])->index = i;
  return g_steal_pointer (&self);
}

BmAtlas *
bm_atlas_load_default (GError **error)
{
  const AtlasSource src = { RESOURCE_PREFIX "/atlas", TRUE };
  return atlas_load (&src, error);
}

BmAtlas *
bm_atlas_load_dir (const char  *dir,
                   GError     **error)
{
  const AtlasSource src = { dir, FALSE };

  g_return_val_if_fail (dir != NULL, NULL);
  return atlas_load (&src, error);
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

guint
bm_atlas_get_n_red_flags (BmAtlas *self)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), 0);
  return self->red_flags->len;
}

const BmRedFlag *
bm_atlas_get_red_flag (BmAtlas *self,
                       guint    index)
{
  g_return_val_if_fail (BM_IS_ATLAS (self) && index < self->red_flags->len, NULL);
  return self->red_flags->pdata[index];
}

const BmRedFlag *
bm_atlas_lookup_red_flag (BmAtlas    *self,
                          const char *id)
{
  g_return_val_if_fail (BM_IS_ATLAS (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->flags_by_id, id) : NULL;
}
