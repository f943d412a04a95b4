/* bm-region-catalog.c: the body-map regions, loaded from data/atlas/regions.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-error.h"
#include "bm-data.h"
#include "bm-ids.h"
#include "bm-json.h"
#include "bm-region-catalog-private.h"

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

const char *
bm_view_get_id (BmView view)
{
  g_return_val_if_fail (view < BM_N_VIEWS, NULL);
  return bm_enum_get_id (BM_TYPE_VIEW, view);
}

gboolean
bm_view_from_id (const char *id,
                 BmView     *view)
{
  int value = bm_enum_from_id (BM_TYPE_VIEW, id);

  if (value < 0)
    return FALSE;
  *view = value;
  return TRUE;
}

const char *
bm_side_get_id (BmSide side)
{
  return bm_enum_get_id (BM_TYPE_SIDE, side);
}

/* "knee-lateral-left" → "knee-lateral": the id the atlas writes, without side. */
char *
bm_region_dup_base_id (const BmRegion *region)
{
  g_autofree char *suffix = g_strconcat ("-", bm_side_get_id (region->side), NULL);

  if (region->side != BM_SIDE_MID && g_str_has_suffix (region->id, suffix))
    return g_strndup (region->id, strlen (region->id) - strlen (suffix));
  return g_strdup (region->id);
}

/* "Outer knee (left)" → "Outer knee": the label without side. A sided
 * label ends in its side in parentheses, in any language ("Äußeres Knie
 * (links)"); a label that does not keep its own. */
char *
bm_region_dup_base_label (const BmRegion *region)
{
  const char *open = region->side != BM_SIDE_MID ? g_strrstr (region->label, " (") : NULL;

  if (open != NULL && open != region->label && g_str_has_suffix (open, ")"))
    return g_strndup (region->label, open - region->label);
  return g_strdup (region->label);
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
  if (!bm_json_id_table (root, file, "groups", "group", "label", self->group_labels, self->group_order, error))
    return FALSE;
  for (guint i = 0; i < self->group_order->len; i++)
    g_hash_table_insert (self->group_index, self->group_order->pdata[i], GUINT_TO_POINTER (i));
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
  int side_value;

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
  if ((side_value = bm_enum_from_id (BM_TYPE_SIDE, side)) < 0)
    {
      g_autofree char *quoted = bm_quote_excerpt (side);
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "side",
                         "“%s” is not one of mid, left or right", quoted);
      return NULL;
    }
  region.side = side_value;
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

/* The catalog as the compiled atlas holds it, BM_ATLAS_COMPILED_CATALOG:
 * its texts (ids and labels, each ending in a NUL byte), and words: the
 * number of groups, each group's id and label (offsets in the texts), the
 * number of regions, each region's id, label, group (its position among
 * the groups), side and views (BM_VIEW_FLAG bits). */
GVariant *
bm_region_catalog_to_variant (BmRegionCatalog *self)
{
  g_autoptr(GByteArray) texts = g_byte_array_new ();
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (guint32));
  GVariant *fields[2];
#define TEXT(text) G_STMT_START { guint32 at = texts->len; \
    g_byte_array_append (texts, (const guint8 *) (text), strlen (text) + 1); g_array_append_val (words, at); } G_STMT_END
#define WORD(value) G_STMT_START { guint32 w = (value); g_array_append_val (words, w); } G_STMT_END

  WORD (self->group_order->len);
  for (guint i = 0; i < self->group_order->len; i++)
    {
      TEXT ((const char *) self->group_order->pdata[i]);
      TEXT ((const char *) g_hash_table_lookup (self->group_labels, self->group_order->pdata[i]));
    }
  WORD (self->regions->len);
  for (guint i = 0; i < self->regions->len; i++)
    {
      const BmRegion *r = self->regions->pdata[i];

      TEXT (r->id);
      TEXT (r->label);
      WORD (r->group_index);
      WORD (r->side);
      WORD (r->views);
    }
#undef TEXT
#undef WORD
  fields[0] = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, texts->data, texts->len, 1);
  fields[1] = g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, words->data, words->len, sizeof (guint32));
  return g_variant_new_tuple (fields, G_N_ELEMENTS (fields));
}

/* Reads BM_ATLAS_COMPILED_CATALOG: its texts and words, every read
 * bounded, so damaged bytes give FALSE, never a crash. */
typedef struct {
  const char    *texts;
  gsize          n_texts;
  const guint32 *words;
  gsize          n_words, next;
  gboolean       checked;   /* the build checked the texts */
  gboolean       failed;
} CatalogReader;

static guint32
read_word (CatalogReader *r)
{
  if (r->next >= r->n_words)
    {
      r->failed = TRUE;
      return 0;
    }
  return r->words[r->next++];
}

/* A text, never NULL: "" when damaged. */
static const char *
read_text (CatalogReader *r)
{
  guint32 offset = read_word (r);
  const char *text = offset < r->n_texts ? r->texts + offset : "";

  if (offset >= r->n_texts || (!r->checked && !g_utf8_validate (text, -1, NULL)))
    {
      r->failed = TRUE;
      return "";
    }
  return text;
}

/* FALSE for a group without id or one seen before. */
static gboolean
read_compiled_group (BmRegionCatalog *self,
                     CatalogReader   *r)
{
  const char *id = read_text (r), *label = read_text (r);
  char *key;

  if (*id == '\0' || g_hash_table_contains (self->group_labels, id))
    return FALSE;
  key = g_strdup (id);
  g_hash_table_insert (self->group_labels, key, g_strdup (label));
  g_hash_table_insert (self->group_index, key, GUINT_TO_POINTER (self->group_order->len));
  g_ptr_array_add (self->group_order, key);
  return TRUE;
}

/* One region; NULL when it is damaged. */
static BmRegion *
read_compiled_region (BmRegionCatalog *self,
                      CatalogReader   *r)
{
  const char *id = read_text (r), *label = read_text (r);
  guint32 group = read_word (r), side = read_word (r), views = read_word (r);
  BmRegion region;

  if (r->failed || *id == '\0' || g_hash_table_contains (self->by_id, id) || group >= self->group_order->len ||
      side > BM_SIDE_RIGHT || views == 0 || views >= BM_VIEW_FLAG (BM_N_VIEWS))
    return NULL;
  region = (BmRegion) { g_strdup (id), g_strdup (label), g_strdup (self->group_order->pdata[group]), side, views,
                        self->regions->len, group };
  return g_memdup2 (&region, sizeof region);
}

static gboolean
read_compiled (BmRegionCatalog *self,
               CatalogReader   *r)
{
  guint32 n_groups = read_word (r), n_regions;

  if (n_groups > r->n_words)
    return FALSE;
  for (guint32 i = 0; i < n_groups; i++)
    if (!read_compiled_group (self, r))
      return FALSE;
  if ((n_regions = read_word (r)) == 0 || n_regions > r->n_words)
    return FALSE;
  for (guint32 i = 0; i < n_regions; i++)
    {
      BmRegion *region = read_compiled_region (self, r);

      if (region == NULL)
        return FALSE;
      g_ptr_array_add (self->regions, region);
      g_hash_table_insert (self->by_id, region->id, region);
    }
  return !r->failed && r->next == r->n_words;
}

/* The catalog the build compiled (bm_region_catalog_to_variant()), checked
 * as far as damaged bytes could mislead: unique ids, known groups, sides
 * and views; and its texts for UTF-8 unless @checked (the build's own). */
BmRegionCatalog *
bm_region_catalog_new_from_variant (GVariant  *compiled,
                                    gboolean   checked,
                                    GError   **error)
{
  g_autoptr(BmRegionCatalog) self = g_object_new (BM_TYPE_REGION_CATALOG, NULL);
  g_autoptr(GVariant) texts = g_variant_get_child_value (compiled, 0);
  g_autoptr(GVariant) words = g_variant_get_child_value (compiled, 1);
  CatalogReader r = { NULL, 0, NULL, 0, 0, checked, FALSE };

  r.texts = g_variant_get_fixed_array (texts, &r.n_texts, 1);
  r.words = g_variant_get_fixed_array (words, &r.n_words, sizeof (guint32));
  if (r.n_texts == 0 || r.texts[r.n_texts - 1] != '\0' || !read_compiled (self, &r))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas is damaged: the regions (region #%u)",
                   self->regions->len + 1);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/* The catalog in @root/regions.json (an atlas root: the bundle or a
 * directory). */
BmRegionCatalog *
bm_region_catalog_load (GFile   *root,
                        GError **error)
{
  g_autoptr(GBytes) bytes = bm_data_load (root, "regions.json", "cannot read the atlas file", error);
  gsize length;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &length);
  return bm_region_catalog_new_from_data (text, length, "regions.json", error);
}

/* The built-in catalog. */
BmRegionCatalog *
bm_region_catalog_load_default (GError **error)
{
  g_autoptr(GFile) root = bm_data_get_builtin ("atlas");

  return bm_region_catalog_load (root, error);
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

/* The region an atlas id written without side names on @side (BM_SIDE_LEFT
 * or BM_SIDE_RIGHT): "knee-lateral" → "knee-lateral-left". A midline id
 * names itself on both sides; NULL when there is no such region. */
const BmRegion *
bm_region_catalog_lookup_base (BmRegionCatalog *self,
                               const char      *base,
                               BmSide           side)
{
  const BmRegion *region = bm_region_catalog_lookup (self, base);
  g_autofree char *sided = NULL;

  g_return_val_if_fail (side != BM_SIDE_MID, NULL);
  if (region != NULL)
    return region->side == BM_SIDE_MID ? region : NULL;
  sided = g_strconcat (base, "-", bm_side_get_id (side), NULL);
  return bm_region_catalog_lookup (self, sided);
}

/* The same area on the other side; NULL for a midline area. */
const BmRegion *
bm_region_catalog_get_twin (BmRegionCatalog *self,
                            const BmRegion  *region)
{
  g_autofree char *base = NULL;

  if (region->side == BM_SIDE_MID)
    return NULL;
  base = bm_region_dup_base_id (region);
  return bm_region_catalog_lookup_base (self, base, region->side == BM_SIDE_LEFT ? BM_SIDE_RIGHT : BM_SIDE_LEFT);
}

const char *
bm_region_catalog_get_group_label (BmRegionCatalog *self,
                                   const char      *group)
{
  g_return_val_if_fail (BM_IS_REGION_CATALOG (self), NULL);
  return g_hash_table_lookup (self->group_labels, group);
}

/* Gives the region @id the translated @label; FALSE when there is no such
 * region. Only the atlas loader calls it, before anyone reads the catalog. */
gboolean
bm_region_catalog_set_label (BmRegionCatalog *self,
                             const char      *id,
                             const char      *label)
{
  BmRegion *region = g_hash_table_lookup (self->by_id, id);

  if (region == NULL)
    return FALSE;
  g_free (region->label);
  region->label = g_strdup (label);
  return TRUE;
}

/* Gives the group @group the translated @label; FALSE when there is no
 * such group. */
gboolean
bm_region_catalog_set_group_label (BmRegionCatalog *self,
                                   const char      *group,
                                   const char      *label)
{
  if (!g_hash_table_contains (self->group_labels, group))
    return FALSE;
  /* The table keeps its key, which group_order and group_index borrow. */
  g_hash_table_insert (self->group_labels, g_strdup (group), g_strdup (label));
  return TRUE;
}
