/* bm-atlas-compiled.c: the loaded muscles, written as one GVariant
 *
 * The writer half of the compiled atlas (bm-atlas-compiled.h); the reader,
 * bm-atlas-compiled-read.c, takes the same fields in the same order. An
 * optional text is a maybe string, so NULL comes back NULL; the JSON
 * loader gives every other text and list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-atlas-compiled.h"
#include "bm-pose.h"

static GVariant *
opt (const char *text)
{
  return g_variant_new_maybe (G_VARIANT_TYPE_STRING, text != NULL ? g_variant_new_string (text) : NULL);
}

static GVariant *
str (const char *text)
{
  return g_variant_new_string (text != NULL ? text : "");
}

static GVariant *
strv (char **texts)
{
  return g_variant_new_strv (texts != NULL ? (const char * const *) texts : NULL, texts != NULL ? -1 : 0);
}

static GVariant *
uints (GArray *values)
{
  if (values == NULL)
    return g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, NULL, 0, sizeof (guint32));
  return g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, values->data, values->len, sizeof (guint32));
}

/* @items, each written by @write, as an array of @type. */
static GVariant *
list (GPtrArray   *items,
      const char  *type,
      GVariant  *(*write) (gconstpointer item))
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE (type));
  for (guint i = 0; i < items->len; i++)
    g_variant_builder_add_value (&builder, write (items->pdata[i]));
  return g_variant_builder_end (&builder);
}

static GVariant *
write_markers (GArray *markers)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_MARKER));
  for (guint i = 0; i < markers->len; i++)
    {
      const BmMarker *mk = &g_array_index (markers, BmMarker, i);

      g_variant_builder_add (&builder, BM_ATLAS_COMPILED_MARKER, (guint32) mk->view,
                             (guint32) mk->region[BM_MUSCLE_LEFT], (guint32) mk->region[BM_MUSCLE_RIGHT],
                             mk->x, mk->y);
    }
  return g_variant_builder_end (&builder);
}

static GVariant *
write_point (gconstpointer item)
{
  const BmTriggerPoint *tp = item;
  GVariant *fields[] = {
    str (tp->id), str (tp->name), str (tp->location), write_markers (tp->markers),
    strv (tp->essential), strv (tp->spillover), strv (tp->crosses_midline),
    uints (tp->essential_regions[BM_MUSCLE_LEFT]), uints (tp->essential_regions[BM_MUSCLE_RIGHT]),
    uints (tp->essential_zone_of[BM_MUSCLE_LEFT]), uints (tp->essential_zone_of[BM_MUSCLE_RIGHT]),
    uints (tp->spillover_regions[BM_MUSCLE_LEFT]), uints (tp->spillover_regions[BM_MUSCLE_RIGHT]),
    g_variant_new_boolean (tp->bilateral), g_variant_new_boolean (tp->refers_pain),
    g_variant_new_double (tp->prevalence),
  };

  return g_variant_new_tuple (fields, G_N_ELEMENTS (fields));
}

static GVariant *
write_chain (gconstpointer item)
{
  const BmChain *c = item;

  return g_variant_new ("(@s@su@as@as@s)", str (c->via), str (c->through), (guint32) c->kind,
                        strv (c->regions), strv (c->muscles), str (c->explanation));
}

static GVariant *
write_entrapment (gconstpointer item)
{
  const BmEntrapment *e = item;
  GVariant *fields[] = {
    str (e->nerve), strv (e->site),
    uints (e->site_indices[BM_MUSCLE_LEFT]), uints (e->site_indices[BM_MUSCLE_RIGHT]),
    strv (e->regions),
    uints (e->region_indices[BM_MUSCLE_LEFT]), uints (e->region_indices[BM_MUSCLE_RIGHT]),
    str (e->note),
  };

  return g_variant_new_tuple (fields, G_N_ELEMENTS (fields));
}

static GVariant *
write_arrow (gconstpointer item)
{
  const BmPoseArrow *a = item;

  return g_variant_new (BM_ATLAS_COMPILED_ARROW, (guint32) a->kind, a->segment != NULL ? a->segment : "",
                        a->along, a->direction, a->sweep, a->length, (guint32) a->panel);
}

static GVariant *
write_technique (gconstpointer item)
{
  const BmTechnique *t = item;
  GVariant *fields[] = {
    str (t->title), str (t->tool), strv (t->steps), opt (t->hold), opt (t->repetitions),
    opt (t->pace), opt (t->frequency), opt (t->feel), strv (t->cautions),
    opt (t->pose), opt (t->then), opt (t->highlight),
    list (t->arrows, "a" BM_ATLAS_COMPILED_ARROW, write_arrow),
  };

  return g_variant_new_tuple (fields, G_N_ELEMENTS (fields));
}

static GVariant *
write_factor (gconstpointer item)
{
  const BmFactor *f = item;

  return g_variant_new ("(@s@s)", str (f->factor), str (f->fix));
}

static GVariant *
write_citation (gconstpointer item)
{
  const BmCitation *c = item;

  return g_variant_new ("(@s@s)", str (c->source), str (c->chapter));
}

GVariant *
bm_atlas_compiled_muscle_to_variant (const BmMuscle *m)
{
  GVariant *fields[] = {
    str (m->id), str (m->name), strv (m->aliases), str (m->group), str (m->location),
    strv (m->figure_area), str (m->action), str (m->heat),
    list (m->trigger_points, "a" BM_ATLAS_COMPILED_POINT, write_point),
    strv (m->satellites), strv (m->key_muscles),
    list (m->chains, "a" BM_ATLAS_COMPILED_CHAIN, write_chain),
    list (m->entrapments, "a" BM_ATLAS_COMPILED_ENTRAP, write_entrapment),
    list (m->stretches, "a" BM_ATLAS_COMPILED_TECH, write_technique),
    list (m->releases, "a" BM_ATLAS_COMPILED_TECH, write_technique),
    list (m->factors, "a" BM_ATLAS_COMPILED_PAIR, write_factor),
    list (m->sources, "a" BM_ATLAS_COMPILED_PAIR, write_citation),
  };

  return g_variant_new_tuple (fields, G_N_ELEMENTS (fields));
}

/* By file name, ID.json, as the JSON loader reads them (bm_data_list). */
static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  const BmMuscle *ma = *(const BmMuscle **) a, *mb = *(const BmMuscle **) b;
  g_autofree char *fa = g_strconcat (ma->id, ".json", NULL);
  g_autofree char *fb = g_strconcat (mb->id, ".json", NULL);

  return strcmp (fa, fb);
}

static GVariant *
write_poses (BmAtlas *atlas)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_POSE));
  for (guint i = 0; i < bm_atlas_get_n_poses (atlas); i++)
    g_variant_builder_add_value (&builder, bm_atlas_compiled_pose_to_variant (bm_atlas_get_pose (atlas, i)));
  return g_variant_builder_end (&builder);
}

/* The muscles and poses of @atlas, loaded in English: the muscles in the
 * order the JSON loader reads their files, so relations read both ways
 * come out in the same order. */
GVariant *
bm_atlas_compile (BmAtlas *atlas)
{
  g_autoptr(GPtrArray) muscles = g_ptr_array_new ();
  GVariantBuilder builder;
  guint n_regions;

  g_return_val_if_fail (BM_IS_ATLAS (atlas), NULL);
  n_regions = bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas));
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    g_ptr_array_add (muscles, (gpointer) bm_atlas_get_muscle (atlas, i));
  g_ptr_array_sort (muscles, compare_files);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_MUSCLE));
  for (guint i = 0; i < muscles->len; i++)
    g_variant_builder_add_value (&builder, bm_atlas_compiled_muscle_to_variant (muscles->pdata[i]));
  return g_variant_ref_sink (g_variant_new ("(uu@a" BM_ATLAS_COMPILED_MUSCLE "@a" BM_ATLAS_COMPILED_POSE ")",
                                            (guint32) BM_ATLAS_COMPILED_VERSION, (guint32) n_regions,
                                            g_variant_builder_end (&builder), write_poses (atlas)));
}
