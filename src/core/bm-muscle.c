/* bm-muscle.c: parsing one muscle file of the trigger-point atlas
 *
 * Every rule of docs/atlas-format.md is checked here, except relations to
 * other muscles, which the atlas checks once all files are read. Errors
 * name the file, the item and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-json.h"
#include "bm-muscle-private.h"
#include "bm-pose-private.h"

/* Every tool a technique may name, with its label: the one list. */
static const struct { const char *id, *label; } tools[] = {
  { "none", N_("No equipment") }, { "ball", N_("Ball") }, { "foam-roller", N_("Foam roller") },
  { "hand", N_("By hand") }, { "stripping", N_("Stripping massage") }, { "wall", N_("Wall") },
  { "strap", N_("Strap") }, { "chair", N_("Chair") }, { "doorway", N_("Doorway") }, { "towel", N_("Towel") },
};

/* The label of a technique's tool in the user's language, or NULL for an
 * unknown id. */
const char *
bm_technique_tool_get_label (const char *tool)
{
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    if (g_strcmp0 (tool, tools[i].id) == 0)
      return _(tools[i].label);
  return NULL;
}

static void
chain_free (BmChain *chain)
{
  g_free (chain->via);
  g_free (chain->through);
  g_strfreev (chain->regions);
  g_strfreev (chain->muscles);
  g_free (chain->explanation);
  g_free (chain);
}

static void
entrapment_free (BmEntrapment *e)
{
  g_free (e->nerve);
  g_strfreev (e->site);
  g_strfreev (e->regions);
  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      g_clear_pointer (&e->site_indices[s], g_array_unref);
      g_clear_pointer (&e->region_indices[s], g_array_unref);
    }
  g_free (e->note);
  g_free (e);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmEntrapment, entrapment_free)

static void
technique_free (BmTechnique *t)
{
  g_free (t->title);
  g_free (t->tool);
  g_strfreev (t->steps);
  g_free (t->hold);
  g_free (t->repetitions);
  g_free (t->pace);
  g_free (t->frequency);
  g_free (t->feel);
  g_strfreev (t->cautions);
  g_free (t->pose);
  g_free (t->highlight);
  g_free (t->then);
  g_clear_pointer (&t->arrows, g_ptr_array_unref);
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmChain, chain_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmTechnique, technique_free)

static void
factor_free (BmFactor *f)
{
  g_free (f->factor);
  g_free (f->fix);
  g_free (f);
}

static void
citation_free (BmCitation *c)
{
  g_free (c->source);
  g_free (c->chapter);
  g_free (c);
}

void
bm_muscle_free (BmMuscle *m)
{
  if (m == NULL)
    return;
  g_free (m->id);
  g_free (m->name);
  g_strfreev (m->aliases);
  g_free (m->group);
  g_free (m->location);
  g_strfreev (m->figure_area);
  g_free (m->action);
  g_free (m->heat);
  g_clear_pointer (&m->trigger_points, g_ptr_array_unref);
  g_strfreev (m->satellites);
  g_strfreev (m->key_muscles);
  g_clear_pointer (&m->chains, g_ptr_array_unref);
  g_clear_pointer (&m->entrapments, g_ptr_array_unref);
  g_clear_pointer (&m->stretches, g_ptr_array_unref);
  g_clear_pointer (&m->releases, g_ptr_array_unref);
  g_clear_pointer (&m->factors, g_ptr_array_unref);
  g_clear_pointer (&m->sources, g_ptr_array_unref);
  g_clear_pointer (&m->all_key_muscles, g_ptr_array_unref);
  g_clear_pointer (&m->all_satellites, g_ptr_array_unref);
  g_free (m);
}

/* Resolves a region id written without side to its catalog index on
 * @side; midline ids resolve to themselves on both sides. */
int
bm_muscle_resolve_region (BmRegionCatalog *catalog,
                          const char      *base,
                          BmMuscleSide     side)
{
  const BmRegion *region = bm_region_catalog_lookup_base (catalog, base,
                                                          side == BM_MUSCLE_LEFT ? BM_SIDE_LEFT : BM_SIDE_RIGHT);

  return region != NULL ? (int) region->index : -1;
}

char *
bm_muscle_dup_string (json_object       *obj,
                      const BmJsonWhere *where,
                      const char        *field,
                      GError           **error)
{
  const char *value = bm_json_string (obj, where, field, TRUE, error);
  return value != NULL ? g_strdup (value) : NULL;
}

char **
bm_muscle_strings (json_object       *obj,
                   const BmJsonWhere *where,
                   const char        *field,
                   guint              min_length,
                   GError           **error)
{
  g_auto(GStrv) list = bm_json_string_list (obj, where, field, TRUE, error);

  if (list == NULL)
    return NULL;
  for (guint i = 0; list[i] != NULL; i++)
    if (g_strstrip (list[i])[0] == '\0')
      {
        bm_json_set_error (error, BM_ERROR_INVALID, where, field, "item %u is empty", i + 1);
        return NULL;
      }
  if (g_strv_length (list) < min_length)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "needs at least %u %s", min_length,
                         min_length == 1 ? "item" : "items");
      return NULL;
    }
  return g_steal_pointer (&list);
}

GArray *
bm_muscle_resolve_zone (const BmMuscleContext *ctx,
                        char                 **ids,
                        const BmJsonWhere     *where,
                        const char            *field,
                        BmMuscleSide           side,
                        gboolean               bilateral,
                        GError               **error)
{
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; ids[i] != NULL; i++)
    for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
      {
        int index;

        if (s != side && !bilateral)
          continue;
        index = bm_muscle_resolve_region (ctx->catalog, ids[i], s);
        if (index < 0)
          {
            g_autofree char *id = bm_quote_excerpt (ids[i]);
            bm_json_set_error (error, BM_ERROR_UNKNOWN, where, field,
                               "unknown region “%s” (use region ids without -left or -right)", id);
            return NULL;
          }
        /* A midline region appears once, even for a bilateral pattern. */
        if (s == side || bm_muscle_resolve_region (ctx->catalog, ids[i], side) != index)
          g_array_append_val (regions, index);
      }
  return g_steal_pointer (&regions);
}

static gboolean
parse_dose (json_object       *obj,
            const BmJsonWhere *where,
            BmTechnique       *t,
            GError           **error)
{
  json_object *dose = bm_json_member (obj, where, "dose", json_type_object, TRUE, error);
  const char *keys[] = { "hold", "repetitions", "pace", "frequency" };
  char **slots[] = { &t->hold, &t->repetitions, &t->pace, &t->frequency };
  gboolean any = FALSE;

  if (dose == NULL)
    return FALSE;
  json_object_object_foreach (dose, key, value)
    {
      gboolean known = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        known |= g_str_equal (key, keys[i]);
      if (!known || !json_object_is_type (value, json_type_string))
        {
          g_autofree char *part = bm_quote_excerpt (key);
          bm_json_set_error (error, BM_ERROR_INVALID, where, "dose",
                             known ? "“%s” must be a string" : "unknown part “%s” (use hold, repetitions, pace or frequency)",
                             part);
          return FALSE;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autoptr(GError) local_error = NULL;
      const char *text = bm_json_string (dose, where, keys[i], FALSE, &local_error);

      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
      if (text != NULL && text[0] != '\0')
        {
          *slots[i] = g_strdup (text);
          any = TRUE;
        }
    }
  if (!any)
    bm_json_set_error (error, BM_ERROR_INVALID, where, "dose", "needs a hold, repetitions, pace or frequency");
  return any;
}

/* One string of the "illustration" object, named illustration.KEY in errors. */
static char *
illustration_string (json_object       *ill,
                     const BmJsonWhere *where,
                     const char        *key,
                     GError           **error)
{
  g_autofree char *field = g_strconcat ("illustration.", key, NULL);
  json_object *value = NULL;

  if (!json_object_object_get_ex (ill, key, &value) || !json_object_is_type (value, json_type_string) ||
      json_object_get_string_len (value) == 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "needs a non-empty string");
      return NULL;
    }
  return g_strdup (json_object_get_string (value));
}

/* The optional "illustration": a pose id and the body segment to
 * highlight; the atlas checks the pose exists once every pose is loaded. */
static gboolean
parse_illustration (json_object       *obj,
                    const BmJsonWhere *where,
                    BmTechnique       *t,
                    GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  json_object *ill = bm_json_member (obj, where, "illustration", json_type_object, FALSE, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (ill == NULL)
    return TRUE;
  t->arrows = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_pose_arrow_free);
  if ((t->pose = illustration_string (ill, where, "pose", error)) == NULL)
    return FALSE;
  if (json_object_object_get_ex (ill, "highlight", NULL) &&
      (t->highlight = illustration_string (ill, where, "highlight", error)) == NULL)
    return FALSE;
  if (json_object_object_get_ex (ill, "then", NULL) &&
      (t->then = illustration_string (ill, where, "then", error)) == NULL)
    return FALSE;
  return bm_pose_read_arrows (ill, where, "arrows", t->then != NULL ? 2 : 1, t->arrows, error);
}

static BmTechnique *
parse_technique (const BmMuscleContext *ctx,
                 json_object           *obj,
                 const char            *kind,
                 GError               **error)
{
  BmJsonWhere where = { ctx->file, kind, NULL };
  g_autoptr(BmTechnique) t = g_new0 (BmTechnique, 1);

  if (!json_object_is_type (obj, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  if ((t->title = bm_muscle_dup_string (obj, &where, "title", error)) == NULL)
    return NULL;
  where.item = t->title;
  if ((t->tool = bm_muscle_dup_string (obj, &where, "tool", error)) == NULL)
    return NULL;
  if (bm_technique_tool_get_label (t->tool) == NULL)
    {
      g_autofree char *tool = bm_quote_excerpt (t->tool);
      bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "tool", "unknown tool “%s”", tool);
      return NULL;
    }
  if ((t->steps = bm_muscle_strings (obj, &where, "steps", 2, error)) == NULL ||
      !parse_dose (obj, &where, t, error) ||
      (t->feel = bm_muscle_dup_string (obj, &where, "feel", error)) == NULL ||
      (t->cautions = bm_muscle_strings (obj, &where, "cautions", 0, error)) == NULL ||
      !parse_illustration (obj, &where, t, error))
    return NULL;
  return g_steal_pointer (&t);
}

static gboolean
parse_chain_kind (json_object       *obj,
                  const BmJsonWhere *where,
                  BmChainKind       *kind,
                  GError           **error)
{
  const char *value = bm_json_string (obj, where, "kind", TRUE, error);

  if (value == NULL)
    return FALSE;
  if (g_str_equal (value, "referral"))
    *kind = BM_CHAIN_REFERRAL;
  else if (g_str_equal (value, "related"))
    *kind = BM_CHAIN_RELATED;
  else
    {
      g_autofree char *quoted = bm_quote_excerpt (value);
      bm_json_set_error (error, BM_ERROR_INVALID, where, "kind",
                         "“%s” is neither “referral” nor “related”", quoted);
      return FALSE;
    }
  return TRUE;
}

static BmChain *
parse_chain (const BmMuscleContext *ctx,
             json_object           *obj,
             GError               **error)
{
  BmJsonWhere where = { ctx->file, "chain", NULL };
  g_autoptr(BmChain) chain = g_new0 (BmChain, 1);

  if (!json_object_is_type (obj, json_type_object) ||
      (chain->via = bm_muscle_dup_string (obj, &where, "via", error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  where.item = chain->via;
  if ((chain->through = bm_muscle_dup_string (obj, &where, "through", error)) == NULL ||
      !parse_chain_kind (obj, &where, &chain->kind, error) ||
      (chain->explanation = bm_muscle_dup_string (obj, &where, "explanation", error)) == NULL ||
      (chain->regions = bm_muscle_strings (obj, &where, "regions", 0, error)) == NULL ||
      (chain->muscles = bm_muscle_strings (obj, &where, "muscles", 0, error)) == NULL)
    return NULL;
  for (guint i = 0; chain->regions[i] != NULL; i++)
    if (bm_muscle_resolve_region (ctx->catalog, chain->regions[i], BM_MUSCLE_LEFT) < 0)
      {
        g_autofree char *id = bm_quote_excerpt (chain->regions[i]);
        bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "regions", "unknown region “%s”", id);
        return NULL;
      }
  if (chain->regions[0] == NULL && chain->muscles[0] == NULL)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "names no region and no muscle");
      return NULL;
    }
  return g_steal_pointer (&chain);
}

static BmEntrapment *
parse_entrapment (const BmMuscleContext *ctx,
                  json_object           *obj,
                  GError               **error)
{
  BmJsonWhere where = { ctx->file, "entrapment", NULL };
  g_autoptr(BmEntrapment) e = g_new0 (BmEntrapment, 1);

  if (!json_object_is_type (obj, json_type_object) ||
      (e->nerve = bm_muscle_dup_string (obj, &where, "nerve", error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  where.item = e->nerve;
  if ((e->note = bm_muscle_dup_string (obj, &where, "note", error)) == NULL ||
      (e->site = bm_muscle_strings (obj, &where, "site", 1, error)) == NULL ||
      (e->regions = bm_muscle_strings (obj, &where, "regions", 1, error)) == NULL)
    return NULL;
  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    if ((e->site_indices[s] = bm_muscle_resolve_zone (ctx, e->site, &where, "site", s, FALSE, error)) == NULL ||
        (e->region_indices[s] = bm_muscle_resolve_zone (ctx, e->regions, &where, "regions", s, FALSE, error)) == NULL)
      return NULL;
  return g_steal_pointer (&e);
}

static BmFactor *
parse_factor (const BmMuscleContext *ctx,
              json_object           *obj,
              GError               **error)
{
  BmJsonWhere where = { ctx->file, "perpetuating factor", NULL };
  g_autofree char *factor = NULL;
  BmFactor *f;
  char *fix;

  if (!json_object_is_type (obj, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  if ((factor = bm_muscle_dup_string (obj, &where, "factor", error)) == NULL)
    return NULL;
  where.item = factor;
  if ((fix = bm_muscle_dup_string (obj, &where, "fix", error)) == NULL)
    return NULL;
  f = g_new0 (BmFactor, 1);
  f->factor = g_steal_pointer (&factor);
  f->fix = fix;
  return f;
}

static BmCitation *
parse_citation (const BmMuscleContext *ctx,
                json_object           *obj,
                GError               **error)
{
  BmJsonWhere where = { ctx->file, "source", NULL };
  const char *source, *chapter;
  BmCitation *c;

  if (!json_object_is_type (obj, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  if ((source = bm_json_string (obj, &where, "source", TRUE, error)) == NULL)
    return NULL;
  where.item = source;
  if (!g_hash_table_contains (ctx->sources, source))
    {
      bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "source", "not listed in atlas.json");
      return NULL;
    }
  if ((chapter = bm_json_string (obj, &where, "chapter", TRUE, error)) == NULL)
    return NULL;
  c = g_new0 (BmCitation, 1);
  c->source = g_strdup (source);
  c->chapter = g_strdup (chapter);
  return c;
}

typedef gpointer (*ItemParser) (const BmMuscleContext *ctx, json_object *obj, GError **error);

static GPtrArray *
parse_list (const BmMuscleContext *ctx,
            json_object           *root,
            const BmJsonWhere     *where,
            const char            *field,
            guint                  min_length,
            ItemParser             parse,
            GDestroyNotify         free_func,
            GError               **error)
{
  json_object *list = bm_json_member (root, where, field, json_type_array, TRUE, error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (free_func);

  if (list == NULL)
    return NULL;
  for (gsize i = 0; i < json_object_array_length (list); i++)
    {
      gpointer item = parse (ctx, json_object_array_get_idx (list, i), error);

      if (item == NULL)
        return NULL;
      g_ptr_array_add (items, item);
    }
  if (items->len < min_length)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, field, "needs at least %u", min_length);
      return NULL;
    }
  return g_steal_pointer (&items);
}

/* "entrapments" is optional: most muscles press on no nerve. */
static GPtrArray *
parse_entrapments (const BmMuscleContext *ctx,
                   json_object           *root,
                   const BmJsonWhere     *where,
                   GError               **error)
{
  if (!json_object_object_get_ex (root, "entrapments", NULL))
    return g_ptr_array_new_with_free_func ((GDestroyNotify) entrapment_free);
  return parse_list (ctx, root, where, "entrapments", 0, (ItemParser) parse_entrapment,
                     (GDestroyNotify) entrapment_free, error);
}

static gpointer
parse_stretch (const BmMuscleContext *ctx, json_object *obj, GError **error)
{
  return parse_technique (ctx, obj, "stretch", error);
}

static gpointer
parse_release (const BmMuscleContext *ctx, json_object *obj, GError **error)
{
  return parse_technique (ctx, obj, "release", error);
}

/* "figure_area": where the muscle lies on the illustrations' figure. */
static gboolean
parse_figure_area (json_object       *root,
                   const BmJsonWhere *where,
                   BmMuscle          *m,
                   GError           **error)
{
  BmPoseArea area;

  if ((m->figure_area = bm_muscle_strings (root, where, "figure_area", 1, error)) == NULL)
    return FALSE;
  for (guint i = 0; m->figure_area[i] != NULL; i++)
    if (!bm_pose_area_parse (m->figure_area[i], &area))
      {
        g_autofree char *quoted = bm_quote_excerpt (m->figure_area[i]);
        bm_json_set_error (error, BM_ERROR_INVALID, where, "figure_area",
                           "“%s” is not a figure area (use a body part without side: head, neck, torso, "
                           "pelvis, upper-arm, forearm, hand, thigh, lower-leg or foot, optionally with "
                           "“:” and parts such as front, back, outer, inner, upper, middle, lower: "
                           "“thigh:back-upper”)", quoted);
        return FALSE;
      }
  return TRUE;
}

static gboolean
parse_texts (const BmMuscleContext *ctx,
             json_object           *root,
             const BmJsonWhere     *where,
             BmMuscle              *m,
             GError               **error)
{
  if ((m->name = bm_muscle_dup_string (root, where, "name", error)) == NULL ||
      (m->aliases = bm_muscle_strings (root, where, "aliases", 0, error)) == NULL ||
      (m->group = bm_muscle_dup_string (root, where, "group", error)) == NULL ||
      (m->location = bm_muscle_dup_string (root, where, "location", error)) == NULL ||
      (m->action = bm_muscle_dup_string (root, where, "action", error)) == NULL ||
      (m->heat = bm_muscle_dup_string (root, where, "heat", error)) == NULL)
    return FALSE;
  if (!g_hash_table_contains (ctx->groups, m->group))
    {
      g_autofree char *group = bm_quote_excerpt (m->group);
      bm_json_set_error (error, BM_ERROR_UNKNOWN, where, "group", "unknown group “%s”", group);
      return FALSE;
    }
  return parse_figure_area (root, where, m, error);
}

/* Parses one muscle file's document. Relations to other muscles are only
 * read here; the atlas checks them once every file is in. */
BmMuscle *
bm_muscle_parse (const BmMuscleContext *ctx,
                 json_object           *root,
                 GError               **error)
{
  g_autoptr(BmMuscle) m = g_new0 (BmMuscle, 1);
  BmJsonWhere where = { ctx->file, NULL, NULL };

  if (!json_object_is_type (root, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "the document must be an object");
      return NULL;
    }
  if ((m->id = bm_muscle_dup_string (root, &where, "id", error)) == NULL)
    return NULL;
  if (ctx->expected_id != NULL && !g_str_equal (m->id, ctx->expected_id))
    {
      g_autofree char *id = bm_quote_excerpt (m->id);
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "id", "“%s” does not match the file name", id);
      return NULL;
    }
  if (!parse_texts (ctx, root, &where, m, error) ||
      !bm_muscle_parse_trigger_points (ctx, root, &where, m, error) ||
      (m->satellites = bm_muscle_strings (root, &where, "satellites", 0, error)) == NULL ||
      (m->key_muscles = bm_muscle_strings (root, &where, "key_muscles", 0, error)) == NULL ||
      (m->chains = parse_list (ctx, root, &where, "chains", 0, (ItemParser) parse_chain,
                               (GDestroyNotify) chain_free, error)) == NULL ||
      (m->entrapments = parse_entrapments (ctx, root, &where, error)) == NULL ||
      (m->stretches = parse_list (ctx, root, &where, "stretches", 1, parse_stretch,
                                  (GDestroyNotify) technique_free, error)) == NULL ||
      (m->releases = parse_list (ctx, root, &where, "releases", 1, parse_release,
                                 (GDestroyNotify) technique_free, error)) == NULL ||
      (m->factors = parse_list (ctx, root, &where, "perpetuating_factors", 1, (ItemParser) parse_factor,
                                (GDestroyNotify) factor_free, error)) == NULL ||
      (m->sources = parse_list (ctx, root, &where, "sources", 1, (ItemParser) parse_citation,
                                (GDestroyNotify) citation_free, error)) == NULL)
    return NULL;
  return g_steal_pointer (&m);
}

/* The record destructors, for the compiled atlas's reader. */
void
bm_muscle_chain_free (BmChain *chain)
{
  chain_free (chain);
}

void
bm_muscle_entrapment_free (BmEntrapment *e)
{
  entrapment_free (e);
}

void
bm_muscle_technique_free (BmTechnique *t)
{
  technique_free (t);
}

void
bm_muscle_factor_free (BmFactor *f)
{
  factor_free (f);
}

void
bm_muscle_citation_free (BmCitation *c)
{
  citation_free (c);
}
