/* bm-region-catalog.c: the body-map regions, loaded from data/atlas/regions.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-error.h"
#include "bm-json.h"
#include "bm-region-catalog.h"

struct _BmRegionCatalog
{
  GObject     parent_instance;

  /* Owned */
  GPtrArray  *regions;      /* BmRegion*, in file order */
  GHashTable *by_id;        /* id → BmRegion*, borrowed from regions */
  GHashTable *group_labels; /* group id → label */
  GPtrArray  *group_order;  /* group ids, borrowed from group_labels, in file order */
  GHashTable *group_index;  /* group id → its index in group_order */
};

G_DEFINE_FINAL_TYPE (BmRegionCatalog, bm_region_catalog, G_TYPE_OBJECT)

static const char *view_ids[BM_N_VIEWS] = { "front", "back", "left", "right" };
static const char *view_captions[BM_N_VIEWS] = { "Front", "Back", "Left side", "Right side" };

const char *
bm_view_get_id (BmView view)
{
  g_return_val_if_fail (view < BM_N_VIEWS, NULL);
  return view_ids[view];
}

const char *
bm_view_get_caption (BmView view)
{
  g_return_val_if_fail (view < BM_N_VIEWS, NULL);
  return view_captions[view];
}

gboolean
bm_view_from_id (const char *id,
                 BmView     *view)
{
  for (guint i = 0; i < BM_N_VIEWS; i++)
    {
      if (g_strcmp0 (id, view_ids[i]) == 0)
        {
          *view = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
bm_side_get_id (BmSide side)
{
  static const char *ids[] = { "mid", "left", "right" };
  return side <= BM_SIDE_RIGHT ? ids[side] : NULL;
}

static void
bm_region_free (BmRegion *region)
{
  g_free (region->id);
  g_free (region->label);
  g_free (region->group);
  g_free (region);
}

static void
bm_region_catalog_finalize (GObject *object)
{
  BmRegionCatalog *self = BM_REGION_CATALOG (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  g_clear_pointer (&self->group_order, g_ptr_array_unref);
  g_clear_pointer (&self->group_index, g_hash_table_unref);
  g_clear_pointer (&self->group_labels, g_hash_table_unref);

  G_OBJECT_CLASS (bm_region_catalog_parent_class)->finalize (object);
}

static void
bm_region_catalog_class_init (BmRegionCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bm_region_catalog_finalize;
}

static void
bm_region_catalog_init (BmRegionCatalog *self)
{
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_region_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->group_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->group_order = g_ptr_array_new ();
  self->group_index = g_hash_table_new (g_str_hash, g_str_equal);
}

static gboolean
parse_side (const char *str,
            BmSide     *side)
{
  for (BmSide s = BM_SIDE_MID; s <= BM_SIDE_RIGHT; s++)
    {
      if (g_strcmp0 (str, bm_side_get_id (s)) == 0)
        {
          *side = s;
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
parse_views (json_object       *obj,
             const BmJsonWhere *where,
             guint             *views,
             GError           **error)
{
  g_auto(GStrv) list = bm_json_string_list (obj, where, "views", TRUE, error);

  if (list == NULL)
    return FALSE;

  *views = 0;
  for (guint i = 0; list[i] != NULL; i++)
    {
      BmView view;

      if (!bm_view_from_id (list[i], &view))
        {
          g_autofree char *id = bm_quote_excerpt (list[i]);
          bm_json_set_error (error, BM_ERROR_UNKNOWN, where, "views",
                             "unknown view “%s” (expected front, back, left or right)", id);
          return FALSE;
        }
      *views |= BM_VIEW_FLAG (view);
    }
  if (*views == 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "views", "must name at least one view");
      return FALSE;
    }
  return TRUE;
}

static gboolean
parse_groups (BmRegionCatalog *self,
              json_object     *root,
              const char      *file,
              GError         **error)
{
  BmJsonWhere where = { file, NULL, NULL };
  json_object *groups = bm_json_member (root, &where, "groups", json_type_array, TRUE, error);

  if (groups == NULL)
    return FALSE;

  for (gsize i = 0; i < json_object_array_length (groups); i++)
    {
      json_object *group = json_object_array_get_idx (groups, i);
      BmJsonWhere gwhere = { file, "group", NULL };
      const char *id, *label;

      if (!json_object_is_type (group, json_type_object))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &where, "groups", "item %zu is not an object", i + 1);
          return FALSE;
        }
      if ((id = bm_json_string (group, &gwhere, "id", TRUE, error)) == NULL)
        return FALSE;
      gwhere.item = id;
      if ((label = bm_json_string (group, &gwhere, "label", TRUE, error)) == NULL)
        return FALSE;
      if (g_hash_table_contains (self->group_labels, id))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &gwhere, "id", "duplicate group id");
          return FALSE;
        }
      {
        char *key = g_strdup (id);
        g_hash_table_insert (self->group_labels, key, g_strdup (label));
        g_hash_table_insert (self->group_index, key, GUINT_TO_POINTER (self->group_order->len));
        g_ptr_array_add (self->group_order, key);
      }
    }
  return TRUE;
}

static BmRegion *
parse_region (BmRegionCatalog *self,
              json_object     *obj,
              const char      *file,
              gsize            position,
              GError         **error)
{
  g_autofree char *position_name = g_strdup_printf ("#%zu", position + 1);
  BmJsonWhere where = { file, "region", position_name };
  BmRegion region = { 0 };
  const char *id, *label, *group, *side;

  if (!json_object_is_type (obj, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  if ((id = bm_json_string (obj, &where, "id", TRUE, error)) == NULL)
    return NULL;
  where.item = id;
  if (g_hash_table_contains (self->by_id, id))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "id", "duplicate region id");
      return NULL;
    }
  if ((label = bm_json_string (obj, &where, "label", TRUE, error)) == NULL ||
      (group = bm_json_string (obj, &where, "group", TRUE, error)) == NULL ||
      (side = bm_json_string (obj, &where, "side", TRUE, error)) == NULL)
    return NULL;
  if (!g_hash_table_contains (self->group_labels, group))
    {
      g_autofree char *quoted = bm_quote_excerpt (group);
      bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "group", "unknown group “%s”", quoted);
      return NULL;
    }
  if (!parse_side (side, &region.side))
    {
      g_autofree char *quoted = bm_quote_excerpt (side);
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "side",
                         "“%s” is not one of mid, left or right", quoted);
      return NULL;
    }
  if (!parse_views (obj, &where, &region.views, error))
    return NULL;

  region.group_index = GPOINTER_TO_UINT (g_hash_table_lookup (self->group_index, group));
  region.id = g_strdup (id);
  region.label = g_strdup (label);
  region.group = g_strdup (group);
  return g_memdup2 (&region, sizeof region);
}

BmRegionCatalog *
bm_region_catalog_new_from_data (const char  *text,
                                 gsize        length,
                                 const char  *file,
                                 GError     **error)
{
  g_autoptr(BmRegionCatalog) self = g_object_new (BM_TYPE_REGION_CATALOG, NULL);
  g_autoptr(json_object) root = bm_json_parse (text, length, file, error);
  BmJsonWhere where = { file, NULL, NULL };
  json_object *regions;

  if (root == NULL)
    return NULL;
  if (!parse_groups (self, root, file, error))
    return NULL;
  if ((regions = bm_json_member (root, &where, "regions", json_type_array, TRUE, error)) == NULL)
    return NULL;

  for (gsize i = 0; i < json_object_array_length (regions); i++)
    {
      BmRegion *region = parse_region (self, json_object_array_get_idx (regions, i), file, i, error);

      if (region == NULL)
        return NULL;
      region->index = self->regions->len;
      g_ptr_array_add (self->regions, region);
      g_hash_table_insert (self->by_id, region->id, region);
    }
  if (self->regions->len == 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "regions", "the list is empty");
      return NULL;
    }
  return g_steal_pointer (&self);
}

BmRegionCatalog *
bm_region_catalog_new_from_file (const char  *path,
                                 GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  if (!g_file_get_contents (path, &text, &length, &local_error))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s", local_error->message);
      return NULL;
    }
  return bm_region_catalog_new_from_data (text, length, path, error);
}

BmRegionCatalog *
bm_region_catalog_load_default (GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  const char *path = RESOURCE_PREFIX "/atlas/regions.json";
  gsize length;
  const char *text;

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &length);
  return bm_region_catalog_new_from_data (text, length, "regions.json", error);
}

guint
bm_region_catalog_get_n_regions (BmRegionCatalog *self)
{
  g_return_val_if_fail (BM_IS_REGION_CATALOG (self), 0);
  return self->regions->len;
}

const BmRegion *
bm_region_catalog_get_region (BmRegionCatalog *self,
                              guint            index)
{
  g_return_val_if_fail (BM_IS_REGION_CATALOG (self), NULL);
  g_return_val_if_fail (index < self->regions->len, NULL);
  return g_ptr_array_index (self->regions, index);
}

const BmRegion *
bm_region_catalog_lookup (BmRegionCatalog *self,
                          const char      *id)
{
  g_return_val_if_fail (BM_IS_REGION_CATALOG (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

const char *
bm_region_catalog_get_group_label (BmRegionCatalog *self,
                                   const char      *group)
{
  g_return_val_if_fail (BM_IS_REGION_CATALOG (self), NULL);
  return g_hash_table_lookup (self->group_labels, group);
}
