/* bm-atlas-l10n-parts.c: the parts every translation overlay is read with
 *
 * An overlay file is an object of only known keys; a text is a non-blank
 * string; lists follow the English lists by position, objects keyed by id
 * name the English items. Part of bm-atlas-l10n.c; errors name the file,
 * the item and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas-l10n.h"
#include "bm-data.h"
#include "bm-error.h"

/* Reads the overlay file @path of @dir (the folder of @lang), if there is
 * one: TRUE with *@doc NULL when there is not. The document is an object
 * with only the members @keys, when given. @display receives its name for
 * messages, "l10n/LANG/@path". */
gboolean
bm_atlas_l10n_read (GFile               *dir,
                    const char          *lang,
                    const char          *path,
                    const char * const  *keys,
                    json_object        **doc,
                    char               **display,
                    GError             **error)
{
  g_autoptr(GFile) file = g_file_resolve_relative_path (dir, path);
  g_autoptr(GBytes) bytes = NULL;
  BmJsonWhere where = { NULL, NULL, NULL };
  gsize length;
  const char *text;

  *doc = NULL;
  *display = g_strdup_printf ("l10n/%s/%s", lang, path);
  where.file = *display;
  if (!g_file_query_exists (file, NULL))
    return TRUE;
  if ((bytes = bm_data_load (dir, path, "cannot read the translation", error)) == NULL)
    return FALSE;
  text = g_bytes_get_data (bytes, &length);
  if ((*doc = bm_json_parse (text, length, *display, error)) == NULL)
    return FALSE;
  if (!json_object_is_type (*doc, json_type_object))
    bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "the document must be an object");
  else if (keys == NULL || bm_l10n_check_keys (*doc, &where, keys, error))
    return TRUE;
  g_clear_pointer (doc, json_object_put);
  return FALSE;
}

static gboolean
is_known_key (const char         *key,
              const char * const *keys)
{
  return g_strv_contains (keys, key);
}

/* Every member of @obj is one of @keys, and none is null: a field to keep
 * in English is left out. */
gboolean
bm_l10n_check_keys (json_object        *obj,
                    const BmJsonWhere  *where,
                    const char * const *keys,
                    GError            **error)
{
  json_object_object_foreach (obj, key, value)
    {
      if (!is_known_key (key, keys))
        {
          /* The key is the file's: quoted short and printable. */
          g_autofree char *quoted = bm_quote_excerpt (key);

          bm_json_set_error (error, BM_ERROR_INVALID, where, quoted,
                             "unknown field (a translation has only the text fields of the English)");
          return FALSE;
        }
      if (value == NULL)
        {
          bm_json_set_error (error, BM_ERROR_INVALID, where, key,
                             "is null (leave the field out to keep the English)");
          return FALSE;
        }
    }
  return TRUE;
}

/* The text @field of @obj, if it has one, replaces *@slot. */
gboolean
bm_l10n_text (json_object        *obj,
              const BmJsonWhere  *where,
              const char         *field,
              char              **slot,
              GError            **error)
{
  json_object *value = NULL;
  const char *text;

  if (!json_object_object_get_ex (obj, field, &value))
    return TRUE;
  if ((text = bm_json_text (value, where, field, 0, error)) == NULL)
    return FALSE;
  g_free (*slot);
  *slot = g_strdup (text);
  return TRUE;
}

/* The list of texts @field of @obj, if it has one, in *@texts (NULL when
 * it has none); with @length >= 0 it has exactly that many items, as many
 * as the English. */
gboolean
bm_l10n_texts (json_object        *obj,
               const BmJsonWhere  *where,
               const char         *field,
               int                 length,
               char             ***texts,
               GError            **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  json_object *list;
  gsize n;

  *texts = NULL;
  if (!bm_json_find_member (obj, where, field, json_type_array, FALSE, &list, error))
    return FALSE;
  if (list == NULL)
    return TRUE;
  if ((n = json_object_array_length (list)) != (gsize) length && length >= 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "has %" G_GSIZE_FORMAT " %s, the English has %d",
                         n, n == 1 ? "item" : "items", length);
      return FALSE;
    }
  for (gsize i = 0; i < n; i++)
    {
      const char *text = bm_json_text (json_object_array_get_idx (list, i), where, field, i + 1, error);

      if (text == NULL)
        return FALSE;
      g_strv_builder_add (builder, text);
    }
  *texts = g_strv_builder_end (builder);
  return TRUE;
}

/* The list @field of @obj, if it has one, item by item: an item is an
 * object for the English item at its position, or null to keep that one
 * English; the list is not longer than the English. */
gboolean
bm_l10n_list (json_object        *obj,
              const BmJsonWhere  *where,
              const char         *field,
              guint               english_length,
              BmL10nItemFunc      func,
              gpointer            data,
              GError            **error)
{
  json_object *list;
  gsize n;

  if (!bm_json_find_member (obj, where, field, json_type_array, FALSE, &list, error))
    return FALSE;
  if (list == NULL)
    return TRUE;
  if ((n = json_object_array_length (list)) > english_length)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "has %" G_GSIZE_FORMAT " items, the English only %u",
                         n, english_length);
      return FALSE;
    }
  for (gsize i = 0; i < n; i++)
    {
      json_object *item = json_object_array_get_idx (list, i);

      if (item == NULL)
        continue;
      if (!json_object_is_type (item, json_type_object))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, where, field, "item %" G_GSIZE_FORMAT " is not an object or null",
                             i + 1);
          return FALSE;
        }
      if (!func (item, i, data, error))
        return FALSE;
    }
  return TRUE;
}

/* The object @field of @obj, if it has one, entry by entry: each key is
 * the id of a @kind, which @func finds; each value is an object when
 * @objects, else @func checks it. */
gboolean
bm_l10n_map (json_object        *obj,
             const BmJsonWhere  *where,
             const char         *field,
             const char         *kind,
             gboolean            objects,
             BmL10nEntryFunc     func,
             gpointer            data,
             GError            **error)
{
  json_object *map;

  if (!bm_json_find_member (obj, where, field, json_type_object, FALSE, &map, error))
    return FALSE;
  if (map == NULL)
    return TRUE;
  json_object_object_foreach (map, key, value)
    {
      BmJsonWhere entry = { where->file, kind, key };

      if (value == NULL)
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &entry, field,
                             "is null (leave the entry out to keep the English)");
          return FALSE;
        }
      if (objects && !json_object_is_type (value, json_type_object))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &entry, field, "expected an object");
          return FALSE;
        }
      if (!func (value, &entry, data, error))
        return FALSE;
    }
  return TRUE;
}

/* The entry @where->item of @field names nothing of the English atlas. */
void
bm_l10n_unknown_id (const BmJsonWhere  *where,
                    const char         *field,
                    GError            **error)
{
  bm_json_set_error (error, BM_ERROR_UNKNOWN, where, field, "unknown %s id (not in the English atlas)", where->kind);
}
