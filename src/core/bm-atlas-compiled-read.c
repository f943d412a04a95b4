/* bm-atlas-compiled-read.c: the muscles, back from the compiled GVariant
 *
 * The reader half of the compiled atlas (bm-atlas-compiled.h): the same
 * fields in the same order as bm-atlas-compiled.c writes them. The data is
 * our own build output, but it is still checked: a region index past the
 * catalog, an unknown view or kind, or a missing id is an error naming the
 * muscle and the field, never a crash.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas-compiled.h"
#include "bm-atlas-private.h"
#include "bm-data.h"
#include "bm-error.h"
#include "bm-muscle-private.h"
#include "bm-pose.h"

typedef struct {
  guint        n_regions;
  const char  *muscle;     /* for messages */
  GError     **error;
  gboolean     failed;
} Reader;

static void
fail (Reader     *r,
      const char *field,
      const char *problem)
{
  if (!r->failed)
    g_set_error (r->error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas is damaged: muscle “%s”, %s: %s",
                 r->muscle != NULL ? r->muscle : "?", field, problem);
  r->failed = TRUE;
}

static GVariant *
child (GVariant *value,
       gsize     index)
{
  return g_variant_get_child_value (value, index);
}

/* An optional text. */
static char *
opt (GVariant *value,
     gsize     index)
{
  char *text = NULL;

  g_variant_get_child (value, index, "ms", &text);
  return text;
}

static char *
str (GVariant *value,
     gsize     index)
{
  char *text;

  g_variant_get_child (value, index, "s", &text);
  return text;
}

/* A text that names the record: never empty. */
static char *
required (Reader     *r,
          GVariant   *value,
          gsize       index,
          const char *field)
{
  char *text = str (value, index);

  if (*text == '\0')
    fail (r, field, "missing");
  return text;
}

static char **
strv (GVariant *value,
      gsize     index)
{
  char **texts;

  g_variant_get_child (value, index, "^as", &texts);
  return texts;
}

/* A list of catalog indices; each must name a region of the catalog. */
static GArray *
uints (Reader     *r,
       GVariant   *value,
       gsize       index,
       const char *field)
{
  g_autoptr(GVariant) array = child (value, index);
  const guint32 *data;
  gsize n;
  GArray *out;

  data = g_variant_get_fixed_array (array, &n, sizeof (guint32));
  out = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint) n);
  for (gsize i = 0; i < n; i++)
    {
      guint v = data[i];

      if (v >= r->n_regions)
        fail (r, field, "region index out of range");
      g_array_append_val (out, v);
    }
  return out;
}

static GArray *
read_markers (Reader   *r,
              GVariant *value)
{
  GArray *markers = g_array_new (FALSE, FALSE, sizeof (BmMarker));
  GVariantIter iter;
  guint32 view, left, right;
  double x, y;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, BM_ATLAS_COMPILED_MARKER, &view, &left, &right, &x, &y))
    {
      BmMarker mk = { (BmView) view, { left, right }, x, y };

      if (view >= BM_N_VIEWS || left >= r->n_regions || right >= r->n_regions)
        fail (r, "markers", "view or region out of range");
      g_array_append_val (markers, mk);
    }
  return markers;
}

static gpointer
read_point (Reader   *r,
            GVariant *v)
{
  BmTriggerPoint *tp = g_new0 (BmTriggerPoint, 1);
  g_autoptr(GVariant) markers = child (v, 3);
  static const char *const fields[] = { "essential_regions", "essential_zone_of", "spillover_regions" };
  GArray **slots[] = { tp->essential_regions, tp->essential_zone_of, tp->spillover_regions };

  tp->id = required (r, v, 0, "trigger point id");
  tp->name = str (v, 1);
  tp->location = str (v, 2);
  tp->markers = read_markers (r, markers);
  tp->essential = strv (v, 4);
  tp->spillover = strv (v, 5);
  tp->crosses_midline = strv (v, 6);
  for (guint f = 0; f < G_N_ELEMENTS (slots); f++)
    for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
      slots[f][s] = uints (r, v, 7 + 2 * f + s, fields[f]);
  for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
    if (tp->essential_zone_of[s]->len != tp->essential_regions[s]->len)
      fail (r, "essential_zone_of", "not parallel to essential_regions");
  g_variant_get_child (v, 13, "b", &tp->bilateral);
  g_variant_get_child (v, 14, "b", &tp->refers_pain);
  g_variant_get_child (v, 15, "d", &tp->prevalence);
  return tp;
}

static gpointer
read_chain (Reader   *r,
            GVariant *v)
{
  BmChain *c = g_new0 (BmChain, 1);
  guint32 kind;

  c->via = str (v, 0);
  c->through = str (v, 1);
  g_variant_get_child (v, 2, "u", &kind);
  if (kind > BM_CHAIN_RELATED)
    fail (r, "chains", "unknown kind");
  c->kind = kind;
  c->regions = strv (v, 3);
  c->muscles = strv (v, 4);
  c->explanation = str (v, 5);
  return c;
}

static gpointer
read_entrapment (Reader   *r,
                 GVariant *v)
{
  BmEntrapment *e = g_new0 (BmEntrapment, 1);

  e->nerve = str (v, 0);
  e->site = strv (v, 1);
  e->site_indices[BM_MUSCLE_LEFT] = uints (r, v, 2, "site");
  e->site_indices[BM_MUSCLE_RIGHT] = uints (r, v, 3, "site");
  e->regions = strv (v, 4);
  e->region_indices[BM_MUSCLE_LEFT] = uints (r, v, 5, "regions");
  e->region_indices[BM_MUSCLE_RIGHT] = uints (r, v, 6, "regions");
  e->note = str (v, 7);
  return e;
}

static GPtrArray *
read_arrows (Reader   *r,
             GVariant *value)
{
  GPtrArray *arrows = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_pose_arrow_free);
  GVariantIter iter;
  guint32 kind, panel;
  const char *segment;
  double along, direction, sweep, length;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "(u&sddddu)", &kind, &segment, &along, &direction, &sweep, &length, &panel))
    {
      BmPoseArrow *a = g_new0 (BmPoseArrow, 1);

      if (kind > BM_ARROW_TURN || !bm_pose_is_segment (segment))
        fail (r, "arrows", "unknown kind or body part");
      *a = (BmPoseArrow) { kind, g_strdup (segment), along, direction, sweep, length, panel };
      g_ptr_array_add (arrows, a);
    }
  return arrows;
}

static gpointer
read_technique (Reader   *r,
                GVariant *v)
{
  BmTechnique *t = g_new0 (BmTechnique, 1);
  g_autoptr(GVariant) arrows = child (v, 12);

  t->title = required (r, v, 0, "technique title");
  t->tool = str (v, 1);
  if (bm_technique_tool_get_label (t->tool) == NULL)
    fail (r, "tool", "unknown tool");
  t->steps = strv (v, 2);
  t->hold = opt (v, 3);
  t->repetitions = opt (v, 4);
  t->pace = opt (v, 5);
  t->frequency = opt (v, 6);
  t->feel = opt (v, 7);
  t->cautions = strv (v, 8);
  t->pose = opt (v, 9);
  t->then = opt (v, 10);
  t->highlight = opt (v, 11);
  t->arrows = read_arrows (r, arrows);
  return t;
}

static gpointer
read_factor (Reader   *r,
             GVariant *v)
{
  BmFactor *f = g_new0 (BmFactor, 1);

  f->factor = required (r, v, 0, "perpetuating_factors");
  f->fix = str (v, 1);
  return f;
}

static gpointer
read_citation (Reader   *r,
               GVariant *v)
{
  BmCitation *c = g_new0 (BmCitation, 1);

  c->source = required (r, v, 0, "sources");
  c->chapter = str (v, 1);
  return c;
}

static GPtrArray *
read_list (Reader         *r,
           GVariant       *value,
           gsize           index,
           gpointer      (*read) (Reader *r, GVariant *item),
           GDestroyNotify  free_func)
{
  g_autoptr(GVariant) array = child (value, index);
  GPtrArray *items = g_ptr_array_new_with_free_func (free_func);
  GVariantIter iter;
  GVariant *item;

  g_variant_iter_init (&iter, array);
  while ((item = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_ptr_array_add (items, read (r, item));
      g_variant_unref (item);
    }
  return items;
}

static void
read_lists (Reader   *r,
            GVariant *v,
            BmMuscle *m)
{
  m->trigger_points = read_list (r, v, 8, read_point, (GDestroyNotify) bm_muscle_trigger_point_free);
  m->satellites = strv (v, 9);
  m->key_muscles = strv (v, 10);
  m->chains = read_list (r, v, 11, read_chain, (GDestroyNotify) bm_muscle_chain_free);
  m->entrapments = read_list (r, v, 12, read_entrapment, (GDestroyNotify) bm_muscle_entrapment_free);
  m->stretches = read_list (r, v, 13, read_technique, (GDestroyNotify) bm_muscle_technique_free);
  m->releases = read_list (r, v, 14, read_technique, (GDestroyNotify) bm_muscle_technique_free);
  m->factors = read_list (r, v, 15, read_factor, (GDestroyNotify) bm_muscle_factor_free);
  m->sources = read_list (r, v, 16, read_citation, (GDestroyNotify) bm_muscle_citation_free);
  if (m->trigger_points->len == 0 || m->stretches->len == 0 || m->releases->len == 0 ||
      m->factors->len == 0 || m->sources->len == 0)
    fail (r, "trigger_points, stretches, releases, perpetuating_factors, sources", "a required list is empty");
}

/* One muscle of @value, type BM_ATLAS_COMPILED_MUSCLE, whose indices
 * refer to a catalog of @n_regions regions. */
BmMuscle *
bm_atlas_compiled_muscle_from_variant (GVariant  *v,
                                       guint      n_regions,
                                       GError   **error)
{
  g_autoptr(BmMuscle) m = g_new0 (BmMuscle, 1);
  Reader r = { n_regions, NULL, error, FALSE };

  g_return_val_if_fail (g_variant_is_of_type (v, G_VARIANT_TYPE (BM_ATLAS_COMPILED_MUSCLE)), NULL);
  m->id = required (&r, v, 0, "id");
  r.muscle = m->id;
  m->name = required (&r, v, 1, "name");
  m->aliases = strv (v, 2);
  m->group = required (&r, v, 3, "group");
  m->location = str (v, 4);
  m->figure_area = strv (v, 5);
  m->action = str (v, 6);
  m->heat = str (v, 7);
  read_lists (&r, v, m);
  return r.failed ? NULL : g_steal_pointer (&m);
}

/* The muscles of the compiled atlas @data (a GVariant of
 * BM_ATLAS_COMPILED_TYPE), added to @self. */
static gboolean
add_compiled_muscles (BmAtlas  *self,
                      GFile    *root,
                      gpointer  data,
                      GError  **error)
{
  GVariant *compiled = data;
  guint n_regions = bm_region_catalog_get_n_regions (bm_atlas_get_catalog (self));
  g_autoptr(GVariant) muscles = child (compiled, 2);
  guint32 version, built_regions;
  GVariantIter iter;
  GVariant *item;

  g_variant_get_child (compiled, 0, "u", &version);
  g_variant_get_child (compiled, 1, "u", &built_regions);
  if (version != BM_ATLAS_COMPILED_VERSION || built_regions != n_regions)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   "the compiled atlas is version %u for %u regions, not version %u for %u regions",
                   version, built_regions, BM_ATLAS_COMPILED_VERSION, n_regions);
      return FALSE;
    }
  g_variant_iter_init (&iter, muscles);
  while ((item = g_variant_iter_next_value (&iter)) != NULL)
    {
      BmMuscle *m = bm_atlas_compiled_muscle_from_variant (item, n_regions, error);

      g_variant_unref (item);
      if (m == NULL || !bm_atlas_add_muscle (self, m, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
add_compiled_poses (BmAtlas  *self,
                    GFile    *root,
                    gpointer  data,
                    GError  **error)
{
  g_autoptr(GVariant) poses = child (data, 3);
  GVariantIter iter;
  GVariant *item;

  g_variant_iter_init (&iter, poses);
  while ((item = g_variant_iter_next_value (&iter)) != NULL)
    {
      BmPose *pose = bm_atlas_compiled_pose_from_variant (item, error);

      g_variant_unref (item);
      if (pose == NULL || !bm_atlas_add_pose (self, pose, error))
        return FALSE;
    }
  return TRUE;
}

/* The built-in atlas in the first of @languages it has a translation for,
 * with the muscles from @compiled, the bytes the build wrote: checked
 * first, so damaged bytes give an error, not a crash. */
BmAtlas *
bm_atlas_load_compiled (GBytes              *compiled,
                        const char * const  *languages,
                        GError             **error)
{
  static const BmAtlasSource source = { add_compiled_muscles, add_compiled_poses };
  g_autoptr(GVariant) value = NULL;
  g_autoptr(GFile) root = bm_data_get_builtin ("atlas");

  g_return_val_if_fail (compiled != NULL, NULL);
  value = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (BM_ATLAS_COMPILED_TYPE), compiled, FALSE));
  if (!g_variant_is_normal_form (value))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   "the compiled atlas is damaged (%" G_GSIZE_FORMAT " bytes, not a valid %s)",
                   g_bytes_get_size (compiled), BM_ATLAS_COMPILED_TYPE);
      return NULL;
    }
  return bm_atlas_load_with (root, languages, &source, value, error);
}
