/* bm-muscle.c: parsing one muscle file of the trigger-point atlas
 *
 * Every rule of docs/atlas-format.md is checked here, except relations to
 * other muscles, which the atlas checks once all files are read. Errors
 * name the file, the item and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-error.h"
#include "bm-json.h"
#include "bm-muscle-private.h"

/* Every tool a technique may name, with its label: the one list. */
static const struct { const char *id, *label; } tools[] = {
  { "none", "No equipment" }, { "ball", "Ball" }, { "foam-roller", "Foam roller" },
  { "hand", "By hand" }, { "stripping", "Stripping massage" }, { "wall", "Wall" },
  { "strap", "Strap" }, { "chair", "Chair" }, { "doorway", "Doorway" }, { "towel", "Towel" },
};

/* The label of a technique's tool, or NULL for an unknown id. */
const char *
bm_technique_tool_get_label (const char *tool)
{
  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    if (g_strcmp0 (tool, tools[i].id) == 0)
      return tools[i].label;
  return NULL;
}

static void
trigger_point_free (BmTriggerPoint *tp)
{
  g_free (tp->id);
  g_free (tp->name);
  g_free (tp->location);
  g_clear_pointer (&tp->markers, g_array_unref);
  g_strfreev (tp->essential);
  g_strfreev (tp->crosses_midline);
  g_strfreev (tp->spillover);
  for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      g_clear_pointer (&tp->essential_regions[s], g_array_unref);
      g_clear_pointer (&tp->spillover_regions[s], g_array_unref);
    }
  g_free (tp);
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
  g_strfreev (e->regions);
  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    g_clear_pointer (&e->region_indices[s], g_array_unref);
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
  g_free (t);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmTriggerPoint, trigger_point_free)
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

static char *
dup_string (json_object       *obj,
            const BmJsonWhere *where,
            const char        *field,
            GError           **error)
{
  const char *value = bm_json_string (obj, where, field, TRUE, error);
  return value != NULL ? g_strdup (value) : NULL;
}

static char **
non_empty_strings (json_object       *obj,
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

static GArray *
resolve_zone (const BmMuscleContext *ctx,
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

/* A hash set, so a zone of any length is checked in linear time. */
static gboolean
check_zones_disjoint (BmTriggerPoint    *tp,
                      const BmJsonWhere *where,
                      GError           **error)
{
  g_autoptr(GHashTable) essential = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; tp->essential[i] != NULL; i++)
    g_hash_table_add (essential, tp->essential[i]);
  for (guint i = 0; tp->spillover[i] != NULL; i++)
    if (g_hash_table_contains (essential, tp->spillover[i]))
      {
        g_autofree char *id = bm_quote_excerpt (tp->spillover[i]);
        bm_json_set_error (error, BM_ERROR_INVALID, where, "spillover",
                           "region “%s” is also in the essential zone", id);
        return FALSE;
      }
  return TRUE;
}

static gboolean
parse_fraction (json_object       *obj,
                const BmJsonWhere *where,
                const char        *field,
                double            *out,
                GError           **error)
{
  if (!json_object_object_get_ex (obj, field, NULL))
    {
      *out = 0.5;
      return TRUE;
    }
  return bm_json_number (obj, where, field, 0, 1, out, error);
}

static gboolean
parse_marker (const BmMuscleContext *ctx,
              json_object           *obj,
              const BmJsonWhere     *where,
              GArray                *markers,
              GError               **error)
{
  BmMarker marker = { 0 };
  const char *view, *region;

  if (!json_object_is_type (obj, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "markers", "each marker must be an object");
      return FALSE;
    }
  if ((view = bm_json_string (obj, where, "view", TRUE, error)) == NULL ||
      (region = bm_json_string (obj, where, "region", TRUE, error)) == NULL)
    return FALSE;
  if (!bm_view_from_id (view, &marker.view))
    {
      g_autofree char *id = bm_quote_excerpt (view);
      bm_json_set_error (error, BM_ERROR_UNKNOWN, where, "view", "unknown view “%s”", id);
      return FALSE;
    }
  if (marker.view == BM_VIEW_RIGHT)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "view",
                         "give markers for the left side; the right is mirrored from them");
      return FALSE;
    }
  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      /* The right side's marker sits in the mirrored view. */
      BmView view_on_side = s == BM_MUSCLE_RIGHT && marker.view == BM_VIEW_LEFT ? BM_VIEW_RIGHT : marker.view;
      int index = bm_muscle_resolve_region (ctx->catalog, region, s);

      if (index < 0)
        {
          g_autofree char *id = bm_quote_excerpt (region);
          bm_json_set_error (error, BM_ERROR_UNKNOWN, where, "region", "unknown region “%s”", id);
          return FALSE;
        }
      if (!(bm_region_catalog_get_region (ctx->catalog, index)->views & BM_VIEW_FLAG (view_on_side)))
        {
          g_autofree char *id = bm_quote_excerpt (region);
          bm_json_set_error (error, BM_ERROR_INVALID, where, "region",
                             "region “%s” is not drawn in the %s view", id, bm_view_get_id (view_on_side));
          return FALSE;
        }
      marker.region[s] = index;
    }
  if (!parse_fraction (obj, where, "x", &marker.x, error) ||
      !parse_fraction (obj, where, "y", &marker.y, error))
    return FALSE;
  g_array_append_val (markers, marker);
  return TRUE;
}

static gboolean
parse_markers (const BmMuscleContext *ctx,
               json_object           *obj,
               const BmJsonWhere     *where,
               BmTriggerPoint        *tp,
               GError               **error)
{
  json_object *list = bm_json_member (obj, where, "markers", json_type_array, TRUE, error);

  if (list == NULL)
    return FALSE;
  tp->markers = g_array_new (FALSE, FALSE, sizeof (BmMarker));
  for (gsize i = 0; i < json_object_array_length (list); i++)
    if (!parse_marker (ctx, json_object_array_get_idx (list, i), where, tp->markers, error))
      return FALSE;
  if (tp->markers->len == 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "markers", "needs at least one marker");
      return FALSE;
    }
  return TRUE;
}

/* Optional "crosses_midline": regions of the point's zones whose pain also
 * reaches the other side (sternocleidomastoid's frontal headache). */
static char **
crossing_list (json_object       *obj,
               const BmJsonWhere *where,
               BmTriggerPoint    *tp,
               GError           **error)
{
  g_auto(GStrv) list = NULL;

  if (!json_object_object_get_ex (obj, "crosses_midline", NULL))
    return g_new0 (char *, 1);
  if ((list = non_empty_strings (obj, where, "crosses_midline", 1, error)) == NULL)
    return NULL;
  if (tp->bilateral)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "crosses_midline",
                         "a bilateral pattern already counts on both sides");
      return NULL;
    }
  for (guint i = 0; list[i] != NULL; i++)
    if (!g_strv_contains ((const char * const *) tp->essential, list[i]) &&
        !g_strv_contains ((const char * const *) tp->spillover, list[i]))
      {
        g_autofree char *id = bm_quote_excerpt (list[i]);
        bm_json_set_error (error, BM_ERROR_INVALID, where, "crosses_midline",
                           "region “%s” is in neither zone", id);
        return NULL;
      }
  return g_steal_pointer (&list);
}

/* Counts the crossing regions of the other side as spillover on side @s. */
static gboolean
add_crossing (const BmMuscleContext *ctx,
              BmTriggerPoint        *tp,
              const BmJsonWhere     *where,
              BmMuscleSide           s,
              GError               **error)
{
  BmMuscleSide other = s == BM_MUSCLE_LEFT ? BM_MUSCLE_RIGHT : BM_MUSCLE_LEFT;

  for (guint i = 0; tp->crosses_midline[i] != NULL; i++)
    {
      int here = bm_muscle_resolve_region (ctx->catalog, tp->crosses_midline[i], s);
      int there = bm_muscle_resolve_region (ctx->catalog, tp->crosses_midline[i], other);

      if (there < 0 || there == here)
        {
          g_autofree char *id = bm_quote_excerpt (tp->crosses_midline[i]);
          bm_json_set_error (error, BM_ERROR_INVALID, where, "crosses_midline",
                             "region “%s” has no left and right", id);
          return FALSE;
        }
      g_array_append_val (tp->spillover_regions[s], there);
    }
  return TRUE;
}

static gboolean
parse_zones (const BmMuscleContext *ctx,
             json_object           *obj,
             const BmJsonWhere     *where,
             BmTriggerPoint        *tp,
             GError               **error)
{
  json_object *bilateral = bm_json_member (obj, where, "bilateral", json_type_boolean, TRUE, error);
  json_object *refers = NULL;

  if (bilateral == NULL)
    return FALSE;
  tp->bilateral = json_object_get_boolean (bilateral);
  /* Optional: a point that refers no pain (pectoralis major's arrhythmia
   * point) has no essential zone; every other point needs one. */
  tp->refers_pain = TRUE;
  if (json_object_object_get_ex (obj, "refers_pain", NULL))
    {
      if ((refers = bm_json_member (obj, where, "refers_pain", json_type_boolean, TRUE, error)) == NULL)
        return FALSE;
      tp->refers_pain = json_object_get_boolean (refers);
    }
  if ((tp->essential = non_empty_strings (obj, where, "essential", tp->refers_pain ? 1 : 0, error)) == NULL ||
      (tp->spillover = non_empty_strings (obj, where, "spillover", 0, error)) == NULL ||
      !check_zones_disjoint (tp, where, error))
    return FALSE;
  if ((tp->crosses_midline = crossing_list (obj, where, tp, error)) == NULL)
    return FALSE;
  if (!tp->refers_pain && (tp->essential[0] != NULL || tp->spillover[0] != NULL))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "refers_pain",
                         "a point that refers no pain has no essential or spillover zone");
      return FALSE;
    }
  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      tp->essential_regions[s] = resolve_zone (ctx, tp->essential, where, "essential", s, tp->bilateral, error);
      if (tp->essential_regions[s] == NULL)
        return FALSE;
      tp->spillover_regions[s] = resolve_zone (ctx, tp->spillover, where, "spillover", s, tp->bilateral, error);
      if (tp->spillover_regions[s] == NULL ||
          !add_crossing (ctx, tp, where, s, error))
        return FALSE;
    }
  return TRUE;
}

/* @seen holds the ids of the trigger points read so far (borrowed). */
static BmTriggerPoint *
parse_trigger_point (const BmMuscleContext *ctx,
                     json_object           *obj,
                     GHashTable            *seen,
                     GError               **error)
{
  g_autoptr(GString) item = g_string_new ("a trigger point");
  BmJsonWhere where = { ctx->file, "trigger point", NULL };
  g_autoptr(BmTriggerPoint) tp = g_new0 (BmTriggerPoint, 1);

  if (!json_object_is_type (obj, json_type_object))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  if ((tp->id = dup_string (obj, &where, "id", error)) == NULL)
    return NULL;
  where.item = tp->id;
  if (g_hash_table_contains (seen, tp->id))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "id", "duplicate trigger point id");
      return NULL;
    }
  if ((tp->name = dup_string (obj, &where, "name", error)) == NULL ||
      (tp->location = dup_string (obj, &where, "location", error)) == NULL ||
      !parse_markers (ctx, obj, &where, tp, error) ||
      !parse_zones (ctx, obj, &where, tp, error) ||
      !bm_json_number (obj, &where, "prevalence", 0, 1, &tp->prevalence, error))
    return NULL;
  return g_steal_pointer (&tp);
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
  if ((t->title = dup_string (obj, &where, "title", error)) == NULL)
    return NULL;
  where.item = t->title;
  if ((t->tool = dup_string (obj, &where, "tool", error)) == NULL)
    return NULL;
  if (bm_technique_tool_get_label (t->tool) == NULL)
    {
      g_autofree char *tool = bm_quote_excerpt (t->tool);
      bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "tool", "unknown tool “%s”", tool);
      return NULL;
    }
  if ((t->steps = non_empty_strings (obj, &where, "steps", 2, error)) == NULL ||
      !parse_dose (obj, &where, t, error) ||
      (t->feel = dup_string (obj, &where, "feel", error)) == NULL ||
      (t->cautions = non_empty_strings (obj, &where, "cautions", 0, error)) == NULL)
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
      (chain->via = dup_string (obj, &where, "via", error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  where.item = chain->via;
  if ((chain->through = dup_string (obj, &where, "through", error)) == NULL ||
      !parse_chain_kind (obj, &where, &chain->kind, error) ||
      (chain->explanation = dup_string (obj, &where, "explanation", error)) == NULL ||
      (chain->regions = non_empty_strings (obj, &where, "regions", 0, error)) == NULL ||
      (chain->muscles = non_empty_strings (obj, &where, "muscles", 0, error)) == NULL)
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
      (e->nerve = dup_string (obj, &where, "nerve", error)) == NULL)
    {
      if (error != NULL && *error == NULL)
        bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "is not an object");
      return NULL;
    }
  where.item = e->nerve;
  if ((e->note = dup_string (obj, &where, "note", error)) == NULL ||
      (e->regions = non_empty_strings (obj, &where, "regions", 1, error)) == NULL)
    return NULL;
  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    if ((e->region_indices[s] = resolve_zone (ctx, e->regions, &where, "regions", s, FALSE, error)) == NULL)
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
  if ((factor = dup_string (obj, &where, "factor", error)) == NULL)
    return NULL;
  where.item = factor;
  if ((fix = dup_string (obj, &where, "fix", error)) == NULL)
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

static gboolean
parse_trigger_points (const BmMuscleContext *ctx,
                      json_object           *root,
                      const BmJsonWhere     *where,
                      BmMuscle              *m,
                      GError               **error)
{
  json_object *list = bm_json_member (root, where, "trigger_points", json_type_array, TRUE, error);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (list == NULL)
    return FALSE;
  m->trigger_points = g_ptr_array_new_with_free_func ((GDestroyNotify) trigger_point_free);
  for (gsize i = 0; i < json_object_array_length (list); i++)
    {
      BmTriggerPoint *tp = parse_trigger_point (ctx, json_object_array_get_idx (list, i), seen, error);

      if (tp == NULL)
        return FALSE;
      g_ptr_array_add (m->trigger_points, tp);
      g_hash_table_add (seen, tp->id);
    }
  if (m->trigger_points->len == 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "trigger_points", "needs at least one trigger point");
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
  if ((m->name = dup_string (root, where, "name", error)) == NULL ||
      (m->aliases = non_empty_strings (root, where, "aliases", 0, error)) == NULL ||
      (m->group = dup_string (root, where, "group", error)) == NULL ||
      (m->location = dup_string (root, where, "location", error)) == NULL ||
      (m->action = dup_string (root, where, "action", error)) == NULL ||
      (m->heat = dup_string (root, where, "heat", error)) == NULL)
    return FALSE;
  if (!g_hash_table_contains (ctx->groups, m->group))
    {
      g_autofree char *group = bm_quote_excerpt (m->group);
      bm_json_set_error (error, BM_ERROR_UNKNOWN, where, "group", "unknown group “%s”", group);
      return FALSE;
    }
  return TRUE;
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
  if ((m->id = dup_string (root, &where, "id", error)) == NULL)
    return NULL;
  if (ctx->expected_id != NULL && !g_str_equal (m->id, ctx->expected_id))
    {
      g_autofree char *id = bm_quote_excerpt (m->id);
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "id", "“%s” does not match the file name", id);
      return NULL;
    }
  if (!parse_texts (ctx, root, &where, m, error) ||
      !parse_trigger_points (ctx, root, &where, m, error) ||
      (m->satellites = non_empty_strings (root, &where, "satellites", 0, error)) == NULL ||
      (m->key_muscles = non_empty_strings (root, &where, "key_muscles", 0, error)) == NULL ||
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
