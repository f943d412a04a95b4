/* bm-json.h: strict json-c helpers whose errors name file, item and field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json.h>

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (json_object, json_object_put)

/* Where a value sits, for messages: "regions.json: region “knee-left”: field “label”". */
typedef struct {
  const char *file;   /* file name shown to the user */
  const char *kind;   /* "region", "muscle", "trigger point" … */
  const char *item;   /* the item's id, or NULL while unknown */
} BmJsonWhere;

/* How many characters of a value from a file a message quotes. */
#define BM_EXCERPT_CHARS 60

char        *bm_quote_excerpt    (const char        *value);

json_object *bm_json_parse       (const char        *text,
                                  gsize              length,
                                  const char        *file,
                                  GError           **error);
json_object *bm_json_parse_file  (const char        *path,
                                  GError           **error);

json_object *bm_json_member      (json_object       *obj,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  json_type          type,
                                  gboolean           required,
                                  GError           **error);
const char  *bm_json_string      (json_object       *obj,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  gboolean           required,
                                  GError           **error);
const char  *bm_json_text        (json_object       *value,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  gsize              index,
                                  GError           **error);
gboolean     bm_json_find_member (json_object       *obj,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  json_type          type,
                                  gboolean           required,
                                  json_object      **value,
                                  GError           **error);
gboolean     bm_json_number      (json_object       *obj,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  double             min,
                                  double             max,
                                  double            *out,
                                  GError           **error);
gboolean     bm_json_number_or   (json_object       *obj,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  double             min,
                                  double             max,
                                  double             fallback,
                                  double            *out,
                                  GError           **error);
char       **bm_json_string_list (json_object       *obj,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  gboolean           required,
                                  GError           **error);
/* Reads one item of a list for bm_json_foreach(). */
typedef gboolean (*BmJsonItemFunc) (json_object  *item,
                                    BmJsonWhere  *where,
                                    gpointer      data,
                                    GError      **error);

gboolean     bm_json_foreach     (json_object       *root,
                                  const char        *file,
                                  const char        *field,
                                  const char        *kind,
                                  BmJsonItemFunc     func,
                                  gpointer           data,
                                  GError           **error);
gboolean     bm_json_id_table    (json_object       *root,
                                  const char        *file,
                                  const char        *field,
                                  const char        *kind,
                                  const char        *value_field,
                                  GHashTable        *table,
                                  GPtrArray         *order,
                                  GError           **error);
void         bm_json_set_error   (GError           **error,
                                  int                code,
                                  const BmJsonWhere *where,
                                  const char        *field,
                                  const char        *format,
                                  ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS
