/* bm-ids.c: the ids of the core enums, read from their generated types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bm-ids.h"

const char *
bm_enum_get_id (GType enum_type,
                int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  /* Nicks live in static storage, so they outlive the class reference. */
  return v != NULL ? v->value_nick : NULL;
}

/* The value whose id is @id, or -1 when none has it (every enum value
 * here is 0 or more). */
int
bm_enum_from_id (GType       enum_type,
                 const char *id)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = id != NULL ? g_enum_get_value_by_nick (klass, id) : NULL;

  return v != NULL ? v->value : -1;
}

/* The id of one flag bit, or NULL when @flag is not exactly one known flag. */
const char *
bm_flag_get_id (BmFlags flag)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BM_TYPE_FLAGS);
  GFlagsValue *v = g_flags_get_first_value (klass, flag);

  return v != NULL && (guint) v->value == (guint) flag ? v->value_nick : NULL;
}

/* The flag named @id, or 0 when no flag has that id. */
BmFlags
bm_flag_from_id (const char *id)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BM_TYPE_FLAGS);
  GFlagsValue *v = id != NULL ? g_flags_get_value_by_nick (klass, id) : NULL;

  return v != NULL ? v->value : 0;
}

/* Every flag id in declaration order, joined by @separator. */
char *
bm_flag_list_ids (const char *separator)
{
  g_autoptr(GFlagsClass) klass = g_type_class_ref (BM_TYPE_FLAGS);
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? separator : "", klass->values[i].value_nick);
  return g_string_free (ids, FALSE);
}
