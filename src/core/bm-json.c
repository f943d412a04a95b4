/* bm-json.c: strict json-c helpers whose errors name file, item and field
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-error.h"
#include "bm-json.h"

static void
offset_to_line (const char *text,
                gsize       offset,
                guint      *line,
                guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset && text[i] != '\0'; i++)
    {
      if (text[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else
        (*column)++;
    }
}

json_object *
bm_json_parse (const char  *text,
               gsize        length,
               const char  *file,
               GError     **error)
{
  json_tokener *tok = json_tokener_new ();
  json_object *obj = json_tokener_parse_ex (tok, text, (int) length);
  enum json_tokener_error jerr = json_tokener_get_error (tok);
  gsize end = json_tokener_get_parse_end (tok);

  if (jerr == json_tokener_continue)
    {
      jerr = json_tokener_error_parse_eof;
      end = length;
    }
  else if (jerr == json_tokener_success && end < length)
    {
      /* Trailing garbage after the document. */
      gsize i = end;
      while (i < length && g_ascii_isspace (text[i]))
        i++;
      if (i < length)
        {
          json_object_put (obj);
          obj = NULL;
          guint line, column;
          offset_to_line (text, i, &line, &column);
          g_set_error (error, BM_ERROR, BM_ERROR_PARSE,
                       "%s:%u:%u: malformed JSON: unexpected text after the end of the document",
                       file, line, column);
          json_tokener_free (tok);
          return NULL;
        }
    }
  json_tokener_free (tok);

  if (jerr != json_tokener_success || obj == NULL)
    {
      guint line, column;
      offset_to_line (text, end, &line, &column);
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE,
                   "%s:%u:%u: malformed JSON (offset %" G_GSIZE_FORMAT "): %s",
                   file, line, column, end,
                   jerr == json_tokener_success ? "empty document"
                                               : json_tokener_error_desc (jerr));
      json_object_put (obj);
      return NULL;
    }
  return obj;
}

json_object *
bm_json_parse_file (const char  *path,
                    GError     **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &text, &length, &local_error))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s", local_error->message);
      return NULL;
    }
  return bm_json_parse (text, length, path, error);
}

/* Appends @c, escaped when it is a control or other unprintable character. */
static void
append_printable (GString  *out,
                  gunichar  c)
{
  if (c == '\n')
    g_string_append (out, "\\n");
  else if (c == '\t')
    g_string_append (out, "\\t");
  else if (c == '\r')
    g_string_append (out, "\\r");
  else if (c < 0x80 && !g_ascii_isprint (c))
    g_string_append_printf (out, "\\x%02X", c);
  else if (c >= 0x80 && !g_unichar_isprint (c))
    g_string_append_printf (out, "\\u{%04X}", c);
  else
    g_string_append_unichar (out, c);
}

/* A short, printable excerpt of @value for a message: its first
 * BM_EXCERPT_CHARS characters, then "…" when there is more. Control and
 * unprintable characters are escaped (\n, \x1B, \u{202E}) and so is every
 * byte that is not UTF-8 (\xFF), so a message stays short and valid UTF-8
 * whatever a file holds. */
char *
bm_quote_excerpt (const char *value)
{
  GString *out = g_string_new (NULL);
  const char *p = value != NULL ? value : "";
  guint n = 0;

  for (; *p != '\0' && n < BM_EXCERPT_CHARS; n++)
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02X", (guchar) *p);
          p++;
          continue;
        }
      append_printable (out, c);
      p = g_utf8_next_char (p);
    }
  if (*p != '\0')
    g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

void
bm_json_set_error (GError           **error,
                   int                code,
                   const BmJsonWhere *where,
                   const char        *field,
                   const char        *format,
                   ...)
{
  g_autofree char *message = NULL;
  g_autoptr(GString) prefix = g_string_new (where->file);
  va_list args;

  if (where->kind != NULL)
    {
      if (where->item != NULL)
        {
          g_autofree char *item = bm_quote_excerpt (where->item);
          g_string_append_printf (prefix, ": %s “%s”", where->kind, item);
        }
      else
        g_string_append_printf (prefix, ": %s %s", strchr ("aeiou", where->kind[0]) != NULL ? "an" : "a", where->kind);
    }
  if (field != NULL)
    g_string_append_printf (prefix, ": field “%s”", field);

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, BM_ERROR, code, "%s: %s", prefix->str, message);
}

static const char *
type_name (json_type type)
{
  switch (type)
    {
    case json_type_null: return "null";
    case json_type_boolean: return "a boolean";
    case json_type_double:
    case json_type_int: return "a number";
    case json_type_object: return "an object";
    case json_type_array: return "a list";
    case json_type_string: return "a string";
    default: return "a value";
    }
}

json_object *
bm_json_member (json_object       *obj,
                const BmJsonWhere *where,
                const char        *field,
                json_type          type,
                gboolean           required,
                GError           **error)
{
  json_object *value = NULL;
  json_type actual;

  if (!json_object_object_get_ex (obj, field, &value) || value == NULL)
    {
      if (required)
        bm_json_set_error (error, BM_ERROR_INVALID, where, field, "missing");
      return NULL;
    }

  actual = json_object_get_type (value);
  if (actual == type || (type == json_type_double && actual == json_type_int))
    return value;

  bm_json_set_error (error, BM_ERROR_INVALID, where, field,
                     "expected %s, found %s", type_name (type), type_name (actual));
  return NULL;
}

/* Text must be valid UTF-8 without NUL characters; @index counts from 1
 * in a list, 0 for a single value. */
static gboolean
check_text (json_object       *value,
            const BmJsonWhere *where,
            const char        *field,
            gsize              index,
            GError           **error)
{
  const char *str = json_object_get_string (value);
  gsize length = (gsize) json_object_get_string_len (value);
  g_autofree char *item = index > 0 ? g_strdup_printf ("item %" G_GSIZE_FORMAT " ", index) : g_strdup ("");
  const char *end;

  if (!g_utf8_validate_len (str, length, &end))
    {
      g_autofree char *excerpt = bm_quote_excerpt (str);
      const char *problem = *end == '\0' ? "contains a NUL character" : "is not valid UTF-8 text";

      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "%s%s at byte %" G_GSIZE_FORMAT ": “%s”",
                         item, problem, (gsize) (end - str) + 1, excerpt);
      return FALSE;
    }
  return TRUE;
}

/* bm_json_member(), telling an optional field that is absent (TRUE, with
 * *@value NULL) from one that is wrong (FALSE). */
gboolean
bm_json_find_member (json_object        *obj,
                     const BmJsonWhere  *where,
                     const char         *field,
                     json_type           type,
                     gboolean            required,
                     json_object       **value,
                     GError            **error)
{
  g_autoptr(GError) local_error = NULL;

  *value = bm_json_member (obj, where, field, type, required, &local_error);
  if (local_error == NULL)
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

const char *
bm_json_string (json_object       *obj,
                const BmJsonWhere *where,
                const char        *field,
                gboolean           required,
                GError           **error)
{
  json_object *value;
  const char *str;

  if (!bm_json_find_member (obj, where, field, json_type_string, required, &value, error) || value == NULL)
    return NULL;

  str = json_object_get_string (value);
  if (!check_text (value, where, field, 0, error))
    return NULL;
  if (required && str[0] == '\0')
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "must not be empty");
      return NULL;
    }
  return str;
}

/* @value as text: a string of valid UTF-8 that is not blank (an overlay's
 * text, a keyed label). Messages name @field of @where, and @index, counting
 * from 1, in a list (0 for a single value). */
const char *
bm_json_text (json_object       *value,
              const BmJsonWhere *where,
              const char        *field,
              gsize              index,
              GError           **error)
{
  g_autofree char *item = index > 0 ? g_strdup_printf ("item %" G_GSIZE_FORMAT " ", index) : g_strdup ("");
  g_autofree char *stripped = NULL;

  if (!json_object_is_type (value, json_type_string))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "%sexpected a string, found %s",
                         item, type_name (json_object_get_type (value)));
      return NULL;
    }
  if (!check_text (value, where, field, index, error))
    return NULL;
  stripped = g_strstrip (g_strdup (json_object_get_string (value)));
  if (stripped[0] == '\0')
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "%smust not be empty", item);
      return NULL;
    }
  return json_object_get_string (value);
}

/* Like bm_json_number(), for a number that may be left out: then @fallback. */
gboolean
bm_json_number_or (json_object       *obj,
                   const BmJsonWhere *where,
                   const char        *field,
                   double             min,
                   double             max,
                   double             fallback,
                   double            *out,
                   GError           **error)
{
  *out = fallback;
  return !json_object_object_get_ex (obj, field, NULL) || bm_json_number (obj, where, field, min, max, out, error);
}

gboolean
bm_json_number (json_object       *obj,
                const BmJsonWhere *where,
                const char        *field,
                double             min,
                double             max,
                double            *out,
                GError           **error)
{
  json_object *value = bm_json_member (obj, where, field, json_type_double, TRUE, error);
  double number;

  if (value == NULL)
    return FALSE;

  number = json_object_get_double (value);
  if (!isfinite (number))
    {
      bm_json_set_error (error, BM_ERROR_RANGE, where, field, "%s is not a number; use a value from %g to %g",
                         isnan (number) ? "NaN" : number > 0 ? "Infinity" : "-Infinity", min, max);
      return FALSE;
    }
  if (number < min || number > max)
    {
      bm_json_set_error (error, BM_ERROR_RANGE, where, field,
                         "%g is outside the allowed range %g to %g", number, min, max);
      return FALSE;
    }
  *out = number;
  return TRUE;
}

char **
bm_json_string_list (json_object       *obj,
                     const BmJsonWhere *where,
                     const char        *field,
                     gboolean           required,
                     GError           **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  json_object *array;
  gsize n;

  if (!bm_json_find_member (obj, where, field, json_type_array, required, &array, error))
    return NULL;
  if (array == NULL)
    return g_new0 (char *, 1);

  n = json_object_array_length (array);
  for (gsize i = 0; i < n; i++)
    {
      json_object *item = json_object_array_get_idx (array, i);

      if (json_object_get_type (item) != json_type_string)
        {
          bm_json_set_error (error, BM_ERROR_INVALID, where, field,
                             "item %" G_GSIZE_FORMAT " should be a string, found %s",
                             i + 1, type_name (json_object_get_type (item)));
          return NULL;
        }
      if (!check_text (item, where, field, i + 1, error))
        return NULL;
      g_strv_builder_add (builder, json_object_get_string (item));
    }
  return g_strv_builder_end (builder);
}

/* Calls @func on each item of the list @field of @root; each must be an
 * object. @func's where starts as { @file, @kind, NULL }: it sets the item's
 * id there once it knows it, for its messages. */
gboolean
bm_json_foreach (json_object     *root,
                 const char      *file,
                 const char      *field,
                 const char      *kind,
                 BmJsonItemFunc   func,
                 gpointer         data,
                 GError         **error)
{
  BmJsonWhere where = { file, NULL, NULL };
  json_object *list = bm_json_member (root, &where, field, json_type_array, TRUE, error);

  if (list == NULL)
    return FALSE;
  for (gsize i = 0; i < json_object_array_length (list); i++)
    {
      json_object *item = json_object_array_get_idx (list, i);
      BmJsonWhere iwhere = { file, kind, NULL };

      if (!json_object_is_type (item, json_type_object))
        {
          bm_json_set_error (error, BM_ERROR_INVALID, &where, field, "item %" G_GSIZE_FORMAT " is not an object", i + 1);
          return FALSE;
        }
      if (!func (item, &iwhere, data, error))
        return FALSE;
    }
  return TRUE;
}

typedef struct {
  const char *value_field;
  GHashTable *table;
  GPtrArray  *order;
} IdTable;

static gboolean
add_id_value (json_object  *item,
              BmJsonWhere  *where,
              gpointer      data,
              GError      **error)
{
  IdTable *t = data;
  const char *id, *value;
  char *key;

  if ((id = bm_json_string (item, where, "id", TRUE, error)) == NULL)
    return FALSE;
  where->item = id;
  if ((value = bm_json_string (item, where, t->value_field, TRUE, error)) == NULL)
    return FALSE;
  if (g_hash_table_contains (t->table, id))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "id", "duplicate %s id", where->kind);
      return FALSE;
    }
  key = g_strdup (id);
  g_hash_table_insert (t->table, key, g_strdup (value));
  if (t->order != NULL)
    g_ptr_array_add (t->order, key);
  return TRUE;
}

/* Reads @field of @root, a list of objects each with an "id" and a
 * @value_field string ("label", "citation"), into @table: id → value, both
 * owned by the table. @order, if given, receives the ids in file order,
 * borrowed from @table. Messages name @file and each item as a @kind. */
gboolean
bm_json_id_table (json_object  *root,
                  const char   *file,
                  const char   *field,
                  const char   *kind,
                  const char   *value_field,
                  GHashTable   *table,
                  GPtrArray    *order,
                  GError      **error)
{
  IdTable t = { value_field, table, order };

  return bm_json_foreach (root, file, field, kind, add_id_value, &t, error);
}
