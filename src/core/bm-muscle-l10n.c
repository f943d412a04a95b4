/* bm-muscle-l10n.c: one muscle's translation, l10n/LANG/muscles/ID.json
 *
 * Replaces the text of a loaded English muscle: trigger points by their
 * id, chains, entrapments, techniques and perpetuating factors by their
 * position (null keeps one English). A technique's steps and cautions,
 * when given, are exactly as many as in English; its dose has only the
 * parts the English has. Errors name the file, the English item and the
 * field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas-l10n.h"
#include "bm-error.h"

/* A list item whose text is a few strings: its fields, where they sit in
 * the record, and the first names the item in messages. */
typedef struct {
  const char *kind;
  const char *fields[4];
  gsize       offsets[3];
} Shape;

static const Shape chain_shape = {
  "chain", { "via", "through", "explanation", NULL },
  { G_STRUCT_OFFSET (BmChain, via), G_STRUCT_OFFSET (BmChain, through), G_STRUCT_OFFSET (BmChain, explanation) },
};
static const Shape entrapment_shape = {
  "entrapment", { "nerve", "note", NULL },
  { G_STRUCT_OFFSET (BmEntrapment, nerve), G_STRUCT_OFFSET (BmEntrapment, note) },
};
static const Shape factor_shape = {
  "perpetuating factor", { "factor", "fix", NULL },
  { G_STRUCT_OFFSET (BmFactor, factor), G_STRUCT_OFFSET (BmFactor, fix) },
};

/* What an item of a list is read against: the English list, the file. */
typedef struct {
  GPtrArray   *english;
  const char  *file;
  const char  *kind;
  const Shape *shape;   /* NULL for a technique */
} Items;

static gboolean
read_trigger_point (json_object       *value,
                    const BmJsonWhere *where,
                    gpointer           data,
                    GError           **error)
{
  static const char * const keys[] = { "name", "location", NULL };
  GPtrArray *points = data;
  BmTriggerPoint *tp = NULL;

  for (guint i = 0; i < points->len && tp == NULL; i++)
    if (g_str_equal (((BmTriggerPoint *) points->pdata[i])->id, where->item))
      tp = points->pdata[i];
  if (tp == NULL)
    {
      bm_l10n_unknown_id (where, "trigger_points", error);
      return FALSE;
    }
  return bm_l10n_check_keys (value, where, keys, error) &&
         bm_l10n_text (value, where, "name", &tp->name, error) &&
         bm_l10n_text (value, where, "location", &tp->location, error);
}

static gboolean
read_plain (json_object  *obj,
            guint         index,
            gpointer      data,
            GError      **error)
{
  Items *items = data;
  const Shape *shape = items->shape;
  char *record = items->english->pdata[index];
  g_autofree char *name = g_strdup (G_STRUCT_MEMBER (char *, record, shape->offsets[0]));
  BmJsonWhere where = { items->file, shape->kind, name };

  if (!bm_l10n_check_keys (obj, &where, shape->fields, error))
    return FALSE;
  for (guint i = 0; shape->fields[i] != NULL; i++)
    if (!bm_l10n_text (obj, &where, shape->fields[i], &G_STRUCT_MEMBER (char *, record, shape->offsets[i]), error))
      return FALSE;
  return TRUE;
}

/* The translation of the steps or cautions @field replaces *@slot. */
static gboolean
replace_texts (json_object       *obj,
               const BmJsonWhere *where,
               const char        *field,
               char            ***slot,
               GError           **error)
{
  g_auto(GStrv) texts = NULL;

  if (!bm_l10n_texts (obj, where, field, (int) g_strv_length (*slot), &texts, error))
    return FALSE;
  if (texts != NULL)
    {
      g_strfreev (*slot);
      *slot = g_steal_pointer (&texts);
    }
  return TRUE;
}

/* The parts of the dose the English has, and only those. */
static gboolean
read_dose (json_object       *obj,
           const BmJsonWhere *where,
           BmTechnique       *t,
           GError           **error)
{
  const char *parts[] = { "hold", "repetitions", "pace", "frequency" };
  char **slots[] = { &t->hold, &t->repetitions, &t->pace, &t->frequency };
  json_object *dose;

  if (!bm_json_find_member (obj, where, "dose", json_type_object, FALSE, &dose, error))
    return FALSE;
  if (dose == NULL)
    return TRUE;
  json_object_object_foreach (dose, key, value)
    {
      guint i = 0;
      const char *text;

      while (i < G_N_ELEMENTS (parts) && !g_str_equal (key, parts[i]))
        i++;
      if (i == G_N_ELEMENTS (parts) || *slots[i] == NULL)
        {
          g_autofree char *part = bm_quote_excerpt (key);
          bm_json_set_error (error, BM_ERROR_INVALID, where, "dose", "the English dose has no “%s”", part);
          return FALSE;
        }
      if ((text = bm_json_text (value, where, key, 0, error)) == NULL)
        return FALSE;
      g_free (*slots[i]);
      *slots[i] = g_strdup (text);
    }
  return TRUE;
}

static gboolean
read_technique (json_object  *obj,
                guint         index,
                gpointer      data,
                GError      **error)
{
  static const char * const keys[] = { "title", "steps", "feel", "cautions", "dose", NULL };
  Items *items = data;
  BmTechnique *t = items->english->pdata[index];
  g_autofree char *title = g_strdup (t->title);
  BmJsonWhere where = { items->file, items->kind, title };

  return bm_l10n_check_keys (obj, &where, keys, error) &&
         bm_l10n_text (obj, &where, "title", &t->title, error) &&
         replace_texts (obj, &where, "steps", &t->steps, error) &&
         bm_l10n_text (obj, &where, "feel", &t->feel, error) &&
         replace_texts (obj, &where, "cautions", &t->cautions, error) &&
         read_dose (obj, &where, t, error);
}

/* The list @field of @root against the English @english: techniques of
 * @kind, or items of @shape. */
static gboolean
read_items (json_object       *root,
            const BmJsonWhere *where,
            const char        *field,
            const char        *kind,
            const Shape       *shape,
            GPtrArray         *english,
            GError           **error)
{
  Items items = { english, where->file, kind, shape };

  return bm_l10n_list (root, where, field, english->len, shape != NULL ? read_plain : read_technique, &items,
                       error);
}

/* Translated aliases come first, then the English ones: search finds
 * both, and a list shows the reader's own words first. */
static gboolean
read_aliases (json_object       *root,
              const BmJsonWhere *where,
              BmMuscle          *m,
              GError           **error)
{
  g_auto(GStrv) aliases = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (!bm_l10n_texts (root, where, "aliases", -1, &aliases, error))
    return FALSE;
  if (aliases == NULL)
    return TRUE;
  g_strv_builder_addv (builder, (const char **) aliases);
  g_strv_builder_addv (builder, (const char **) m->aliases);
  g_strfreev (m->aliases);
  m->aliases = g_strv_builder_end (builder);
  return TRUE;
}

/* The muscle the document names: its "id", which matches the file name. */
static BmMuscle *
find_muscle (GHashTable         *muscles,
             json_object        *root,
             const BmJsonWhere  *where,
             const char         *expected_id,
             GError            **error)
{
  const char *id = bm_json_string (root, where, "id", TRUE, error);
  g_autofree char *quoted = NULL;
  BmMuscle *m;

  if (id == NULL)
    return NULL;
  quoted = bm_quote_excerpt (id);
  if (!g_str_equal (id, expected_id))
    bm_json_set_error (error, BM_ERROR_INVALID, where, "id", "“%s” does not match the file name", quoted);
  else if ((m = g_hash_table_lookup (muscles, id)) != NULL)
    return m;
  else
    bm_json_set_error (error, BM_ERROR_UNKNOWN, where, "id", "unknown muscle “%s” (not in the English atlas)", quoted);
  return NULL;
}

/* Applies the translation @root, read from @file, to the muscle of
 * @muscles (id → BmMuscle*) that it names. */
gboolean
bm_muscle_l10n_apply (GHashTable   *muscles,
                      json_object  *root,
                      const char   *file,
                      const char   *expected_id,
                      GError      **error)
{
  static const char * const keys[] = { "id", "name", "aliases", "location", "action", "heat", "trigger_points",
                                       "chains", "entrapments", "stretches", "releases", "perpetuating_factors",
                                       NULL };
  BmJsonWhere where = { file, NULL, NULL };
  BmMuscle *m;

  if (!bm_l10n_check_keys (root, &where, keys, error) ||
      (m = find_muscle (muscles, root, &where, expected_id, error)) == NULL)
    return FALSE;
  return bm_l10n_text (root, &where, "name", &m->name, error) &&
         read_aliases (root, &where, m, error) &&
         bm_l10n_text (root, &where, "location", &m->location, error) &&
         bm_l10n_text (root, &where, "action", &m->action, error) &&
         bm_l10n_text (root, &where, "heat", &m->heat, error) &&
         bm_l10n_map (root, &where, "trigger_points", "trigger point", TRUE, read_trigger_point,
                      m->trigger_points, error) &&
         read_items (root, &where, "chains", NULL, &chain_shape, m->chains, error) &&
         read_items (root, &where, "entrapments", NULL, &entrapment_shape, m->entrapments, error) &&
         read_items (root, &where, "stretches", "stretch", NULL, m->stretches, error) &&
         read_items (root, &where, "releases", "release", NULL, m->releases, error) &&
         read_items (root, &where, "perpetuating_factors", NULL, &factor_shape, m->factors, error);
}
