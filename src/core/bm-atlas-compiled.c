/* bm-atlas-compiled.c: the loaded atlas, written as one GVariant
 *
 * The writer half of the compiled atlas (bm-atlas-compiled.h); the reader,
 * bm-atlas-compiled-read.c, takes the same fields in the same order. A
 * muscle is three flat arrays (its texts, words and numbers), so reading
 * it back makes no GVariant per field. An optional text may be NULL
 * (BM_ATLAS_COMPILED_NO_TEXT); the JSON loader gives every other text and
 * list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-atlas-compiled.h"
#include "bm-atlas-private.h"
#include "bm-region-catalog-private.h"
#include "bm-pose.h"

/* One muscle being written: its texts, its words and its numbers
 * (BM_ATLAS_COMPILED_MUSCLE). */
typedef struct {
  GByteArray *texts;
  GHashTable *offsets;   /* text → its offset + 1 in texts, borrowed */
  GArray     *words;     /* guint32 */
  GArray     *numbers;   /* double */
} Writer;

static void
word (Writer  *w,
      guint32  value)
{
  g_array_append_val (w->words, value);
}

static void
number (Writer *w,
        double  value)
{
  g_array_append_val (w->numbers, value);
}

/* A text, stored once however often it is used; NULL is
 * BM_ATLAS_COMPILED_NO_TEXT. */
static void
opt (Writer     *w,
     const char *text)
{
  guint offset;

  if (text == NULL)
    {
      word (w, BM_ATLAS_COMPILED_NO_TEXT);
      return;
    }
  if ((offset = GPOINTER_TO_UINT (g_hash_table_lookup (w->offsets, text))) == 0)
    {
      offset = w->texts->len + 1;
      g_byte_array_append (w->texts, (const guint8 *) text, strlen (text) + 1);
      g_hash_table_insert (w->offsets, (gpointer) text, GUINT_TO_POINTER (offset));
    }
  word (w, offset - 1);
}

/* A text every record has: the empty text for none. */
static void
str (Writer     *w,
     const char *text)
{
  opt (w, text != NULL ? text : "");
}

static void
strv (Writer  *w,
      char   **texts)
{
  guint n = texts != NULL ? g_strv_length (texts) : 0;

  word (w, n);
  for (guint i = 0; i < n; i++)
    str (w, texts[i]);
}

static void
uints (Writer *w,
       GArray *values)
{
  guint n = values != NULL ? values->len : 0;

  word (w, n);
  for (guint i = 0; i < n; i++)
    word (w, g_array_index (values, guint, i));
}

/* @items, their number then each written by @write. */
static void
list (Writer      *w,
      GPtrArray   *items,
      void       (*write) (Writer *w, gconstpointer item))
{
  word (w, items->len);
  for (guint i = 0; i < items->len; i++)
    write (w, items->pdata[i]);
}

static void
write_point (Writer        *w,
             gconstpointer  item)
{
  const BmTriggerPoint *tp = item;
  GArray *regions[] = {
    tp->essential_regions[BM_MUSCLE_LEFT], tp->essential_regions[BM_MUSCLE_RIGHT],
    tp->essential_zone_of[BM_MUSCLE_LEFT], tp->essential_zone_of[BM_MUSCLE_RIGHT],
    tp->spillover_regions[BM_MUSCLE_LEFT], tp->spillover_regions[BM_MUSCLE_RIGHT],
  };

  str (w, tp->id);
  str (w, tp->name);
  str (w, tp->location);
  word (w, tp->markers->len);
  for (guint i = 0; i < tp->markers->len; i++)
    {
      const BmMarker *mk = &g_array_index (tp->markers, BmMarker, i);

      word (w, mk->view);
      word (w, mk->region[BM_MUSCLE_LEFT]);
      word (w, mk->region[BM_MUSCLE_RIGHT]);
      number (w, mk->x);
      number (w, mk->y);
    }
  strv (w, tp->essential);
  strv (w, tp->spillover);
  strv (w, tp->crosses_midline);
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    uints (w, regions[i]);
  word (w, tp->bilateral != FALSE);
  word (w, tp->refers_pain != FALSE);
  number (w, tp->prevalence);
}

static void
write_chain (Writer        *w,
             gconstpointer  item)
{
  const BmChain *c = item;

  str (w, c->via);
  str (w, c->through);
  word (w, c->kind);
  strv (w, c->regions);
  strv (w, c->muscles);
  str (w, c->explanation);
}

static void
write_entrapment (Writer        *w,
                  gconstpointer  item)
{
  const BmEntrapment *e = item;

  str (w, e->nerve);
  strv (w, e->site);
  uints (w, e->site_indices[BM_MUSCLE_LEFT]);
  uints (w, e->site_indices[BM_MUSCLE_RIGHT]);
  strv (w, e->regions);
  uints (w, e->region_indices[BM_MUSCLE_LEFT]);
  uints (w, e->region_indices[BM_MUSCLE_RIGHT]);
  str (w, e->note);
}

static void
write_arrow (Writer        *w,
             gconstpointer  item)
{
  const BmPoseArrow *a = item;

  word (w, a->kind);
  str (w, a->segment);
  word (w, a->panel);
  number (w, a->along);
  number (w, a->direction);
  number (w, a->sweep);
  number (w, a->length);
}

static void
write_technique (Writer        *w,
                 gconstpointer  item)
{
  const BmTechnique *t = item;
  const char *optional[] = { t->hold, t->repetitions, t->pace, t->frequency, t->feel };

  str (w, t->title);
  str (w, t->tool);
  strv (w, t->steps);
  for (guint i = 0; i < G_N_ELEMENTS (optional); i++)
    opt (w, optional[i]);
  strv (w, t->cautions);
  opt (w, t->pose);
  opt (w, t->then);
  opt (w, t->highlight);
  list (w, t->arrows, write_arrow);
}

static void
write_factor (Writer        *w,
              gconstpointer  item)
{
  const BmFactor *f = item;

  str (w, f->factor);
  str (w, f->fix);
}

static void
write_citation (Writer        *w,
                gconstpointer  item)
{
  const BmCitation *c = item;

  str (w, c->source);
  str (w, c->chapter);
}

/* @m as BM_ATLAS_COMPILED_MUSCLE: its fields in the order of BmMuscle. */
GVariant *
bm_atlas_compiled_muscle_to_variant (const BmMuscle *m)
{
  Writer w = { g_byte_array_new (), g_hash_table_new (g_str_hash, g_str_equal),
               g_array_new (FALSE, FALSE, sizeof (guint32)), g_array_new (FALSE, FALSE, sizeof (double)) };
  GVariant *fields[3];

  str (&w, m->id);
  str (&w, m->name);
  strv (&w, m->aliases);
  str (&w, m->group);
  str (&w, m->location);
  strv (&w, m->figure_area);
  str (&w, m->action);
  str (&w, m->heat);
  list (&w, m->trigger_points, write_point);
  strv (&w, m->satellites);
  strv (&w, m->key_muscles);
  list (&w, m->chains, write_chain);
  list (&w, m->entrapments, write_entrapment);
  list (&w, m->stretches, write_technique);
  list (&w, m->releases, write_technique);
  list (&w, m->factors, write_factor);
  list (&w, m->sources, write_citation);
  fields[0] = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, w.texts->data, w.texts->len, 1);
  fields[1] = g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, w.words->data, w.words->len, sizeof (guint32));
  fields[2] = g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, w.numbers->data, w.numbers->len, sizeof (double));
  g_byte_array_unref (w.texts);
  g_hash_table_unref (w.offsets);
  g_array_unref (w.words);
  g_array_unref (w.numbers);
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

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The keys of @table, sorted, so the output does not depend on hashing. */
static GPtrArray *
sorted_keys (GHashTable *table)
{
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, table);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}

/* atlas.json's groups, in order, or its sources: "a(ss)". */
static GVariant *
write_table (GHashTable *table,
             GPtrArray  *order)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ss)"));
  for (guint i = 0; i < order->len; i++)
    g_variant_builder_add (&builder, "(ss)", (const char *) order->pdata[i],
                           (const char *) g_hash_table_lookup (table, order->pdata[i]));
  return g_variant_builder_end (&builder);
}

static GVariant *
write_red_flags (GHashTable *flags)
{
  g_autoptr(GPtrArray) ids = sorted_keys (flags);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_FLAG));
  for (guint i = 0; i < ids->len; i++)
    {
      const BmRedFlag *flag = g_hash_table_lookup (flags, ids->pdata[i]);
      g_variant_builder_add (&builder, BM_ATLAS_COMPILED_FLAG, flag->id, flag->label, flag->reason);
    }
  return g_variant_builder_end (&builder);
}

/* The muscles in the order the JSON loader reads their files, so
 * relations read both ways come out in the same order. */
static GVariant *
write_muscles (BmAtlas *atlas)
{
  g_autoptr(GPtrArray) muscles = g_ptr_array_new ();
  GVariantBuilder builder;

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    g_ptr_array_add (muscles, (gpointer) bm_atlas_get_muscle (atlas, i));
  g_ptr_array_sort (muscles, compare_files);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_MUSCLE));
  for (guint i = 0; i < muscles->len; i++)
    g_variant_builder_add_value (&builder, bm_atlas_compiled_muscle_to_variant (muscles->pdata[i]));
  return g_variant_builder_end (&builder);
}

/* @atlas, loaded in @lang, without its poses: BM_ATLAS_COMPILED_TEXT. */
static GVariant *
write_text (BmAtlas    *atlas,
            const char *lang)
{
  g_autoptr(GPtrArray) sources = sorted_keys (bm_atlas_get_sources (atlas));
  GHashTable *groups = g_hash_table_new (g_str_hash, g_str_equal);
  GVariant *fields[6];

  for (guint i = 0; i < bm_atlas_get_group_order (atlas)->len; i++)
    {
      const char *id = bm_atlas_get_group_order (atlas)->pdata[i];
      g_hash_table_insert (groups, (gpointer) id, (gpointer) bm_atlas_get_group_label (atlas, id));
    }
  fields[0] = g_variant_new_string (lang);
  fields[1] = write_table (groups, bm_atlas_get_group_order (atlas));
  fields[2] = write_table (bm_atlas_get_sources (atlas), sources);
  fields[3] = bm_region_catalog_to_variant (bm_atlas_get_catalog (atlas));
  fields[4] = write_red_flags (bm_atlas_get_red_flags (atlas));
  fields[5] = write_muscles (atlas);
  g_hash_table_unref (groups);
  return g_variant_new_tuple (fields, G_N_ELEMENTS (fields));
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

/* The whole built-in atlas: @english, loaded in English ("C"), and each
 * of @translations, loaded in the language of @languages at the same
 * position (NULL-terminated; both may be NULL). The poses are @english's:
 * a translation has the same. */
GVariant *
bm_atlas_compile (BmAtlas            *english,
                  const char * const *languages,
                  BmAtlas * const    *translations)
{
  GVariantBuilder texts;
  guint n_regions;

  g_return_val_if_fail (BM_IS_ATLAS (english), NULL);
  n_regions = bm_region_catalog_get_n_regions (bm_atlas_get_catalog (english));
  g_variant_builder_init (&texts, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_TEXT));
  g_variant_builder_add_value (&texts, write_text (english, "C"));
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    g_variant_builder_add_value (&texts, write_text (translations[i], languages[i]));
  return g_variant_ref_sink (g_variant_new ("(uu@a" BM_ATLAS_COMPILED_TEXT "@a" BM_ATLAS_COMPILED_POSE ")",
                                            (guint32) BM_ATLAS_COMPILED_VERSION, (guint32) n_regions,
                                            g_variant_builder_end (&texts), write_poses (english)));
}
