/* bm-muscle-zones.c: parsing a muscle's trigger points and their zones
 *
 * Part of the muscle parser (bm-muscle.c): markers, essential and
 * spillover zones, zones that count as one, crossings of the midline.
 * Errors name the file, the trigger point and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-error.h"
#include "bm-json.h"
#include "bm-muscle-private.h"

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
      g_clear_pointer (&tp->essential_zone_of[s], g_array_unref);
      g_clear_pointer (&tp->spillover_regions[s], g_array_unref);
    }
  g_free (tp);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmTriggerPoint, trigger_point_free)

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
  if ((list = bm_muscle_strings (obj, where, "crosses_midline", 1, error)) == NULL)
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

/* Where @id resolved on @side sits in the essential regions of @side. */
static int
essential_position (const BmMuscleContext *ctx,
                    const BmTriggerPoint  *tp,
                    const char            *id,
                    BmMuscleSide           side,
                    BmMuscleSide           s)
{
  int index = bm_muscle_resolve_region (ctx->catalog, id, side);

  for (guint k = 0; index >= 0 && k < tp->essential_regions[s]->len; k++)
    if (g_array_index (tp->essential_regions[s], guint, k) == (guint) index)
      return (int) k;
  return -1;
}

/* One "one_zone" group on side @s: every member stands for its first. */
static gboolean
join_zone (const BmMuscleContext *ctx,
           BmTriggerPoint        *tp,
           char                 **group,
           BmMuscleSide           s)
{
  for (BmMuscleSide side = 0; side < BM_N_MUSCLE_SIDES; side++)
    {
      int first;

      if (side != s && !tp->bilateral)
        continue;
      first = bm_muscle_resolve_region (ctx->catalog, group[0], side);
      for (guint i = 0; group[i] != NULL; i++)
        {
          int at = essential_position (ctx, tp, group[i], side, s);

          if (at < 0)
            return FALSE;
          g_array_index (tp->essential_zone_of[s], guint, at) = (guint) first;
        }
    }
  return TRUE;
}

/* Optional "one_zone": groups of essential regions that the literature's
 * zone straddles (the angle of the neck lies on the line between the base
 * of the neck and the top of the shoulder). Marking any region of a group
 * marks that part of the zone. */
static gboolean
parse_one_zone (const BmMuscleContext *ctx,
                json_object           *obj,
                const BmJsonWhere     *where,
                BmTriggerPoint        *tp,
                GError               **error)
{
  json_object *list = NULL;
  g_autoptr(GHashTable) grouped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    tp->essential_zone_of[s] = g_array_copy (tp->essential_regions[s]);
  if (!json_object_object_get_ex (obj, "one_zone", NULL))
    return TRUE;
  if ((list = bm_json_member (obj, where, "one_zone", json_type_array, TRUE, error)) == NULL)
    return FALSE;
  for (gsize g = 0; g < json_object_array_length (list); g++)
    {
      json_object *holder = json_object_new_object ();
      g_auto(GStrv) group = NULL;

      json_object_object_add (holder, "one_zone", json_object_get (json_object_array_get_idx (list, g)));
      group = bm_muscle_strings (holder, where, "one_zone", 2, error);
      json_object_put (holder);
      if (group == NULL)
        return FALSE;
      for (guint i = 0; group[i] != NULL; i++)
        if (!g_strv_contains ((const char * const *) tp->essential, group[i]) ||
            !g_hash_table_add (grouped, g_strdup (group[i])))
          {
            g_autofree char *id = bm_quote_excerpt (group[i]);
            bm_json_set_error (error, BM_ERROR_INVALID, where, "one_zone",
                               "region “%s” is not in the essential zone, or is in two groups", id);
            return FALSE;
          }
      for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
        if (!join_zone (ctx, tp, group, s))
          return FALSE;
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
  if ((tp->essential = bm_muscle_strings (obj, where, "essential", tp->refers_pain ? 1 : 0, error)) == NULL ||
      (tp->spillover = bm_muscle_strings (obj, where, "spillover", 0, error)) == NULL ||
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
      tp->essential_regions[s] = bm_muscle_resolve_zone (ctx, tp->essential, where, "essential", s, tp->bilateral, error);
      if (tp->essential_regions[s] == NULL)
        return FALSE;
      tp->spillover_regions[s] = bm_muscle_resolve_zone (ctx, tp->spillover, where, "spillover", s, tp->bilateral, error);
      if (tp->spillover_regions[s] == NULL ||
          !add_crossing (ctx, tp, where, s, error))
        return FALSE;
    }
  return parse_one_zone (ctx, obj, where, tp, error);
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
  if ((tp->id = bm_muscle_dup_string (obj, &where, "id", error)) == NULL)
    return NULL;
  where.item = tp->id;
  if (g_hash_table_contains (seen, tp->id))
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "id", "duplicate trigger point id");
      return NULL;
    }
  if ((tp->name = bm_muscle_dup_string (obj, &where, "name", error)) == NULL ||
      (tp->location = bm_muscle_dup_string (obj, &where, "location", error)) == NULL ||
      !parse_markers (ctx, obj, &where, tp, error) ||
      !parse_zones (ctx, obj, &where, tp, error) ||
      !bm_json_number (obj, &where, "prevalence", 0, 1, &tp->prevalence, error))
    return NULL;
  return g_steal_pointer (&tp);
}

gboolean
bm_muscle_parse_trigger_points (const BmMuscleContext *ctx,
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

void
bm_muscle_trigger_point_free (BmTriggerPoint *tp)
{
  trigger_point_free (tp);
}
