/* bm-atlas-compiled-read.c: the atlas, back from the compiled GVariant
 *
 * The reader half of the compiled atlas (bm-atlas-compiled.h): picks the
 * language, then builds the catalog, the groups, sources and red flags,
 * the muscles (bm-atlas-compiled-muscle.c) and the poses. The data is our
 * own build output, but it is still checked: a damaged record is an error
 * naming it, never a crash. Bytes handed in by a caller (tests, fuzzers)
 * are checked for normal form, UTF-8 and cross-references first; the bytes
 * the build linked into the executable are not (the build read them back
 * with this reader, checks included, after the strict JSON loader's), and
 * their poses are read on first use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas-compiled-private.h"
#include "bm-atlas-l10n.h"
#include "bm-atlas-private.h"
#include "bm-region-catalog-private.h"
#include "bm-error.h"
#include "bm-muscle-private.h"
#include "bm-pose.h"

static GVariant *
child (GVariant *value,
       gsize     index)
{
  return g_variant_get_child_value (value, index);
}

static guint32
uint32 (GVariant *value,
        gsize     index)
{
  g_autoptr(GVariant) u = child (value, index);

  return g_variant_get_uint32 (u);
}

/* The position of the language @lang in @texts, 0 (English) when it has none. */
static gsize
text_index (GVariant   *texts,
            const char *lang)
{
  gsize n = g_variant_n_children (texts);

  for (gsize i = 1; i < n; i++)
    {
      g_autoptr(GVariant) text = child (texts, i);
      g_autoptr(GVariant) name = child (text, 0);

      if (g_str_equal (g_variant_get_string (name, NULL), lang))
        return i;
    }
  return 0;
}

/* Reads the "a(ss)" table @index of @text with @add; FALSE at the first
 * entry @add refuses. */
static gboolean
read_table (BmAtlas    *atlas,
            GVariant   *text,
            gsize       index,
            gboolean  (*add) (BmAtlas *atlas, const char *id, const char *value))
{
  g_autoptr(GVariant) table = child (text, index);
  gsize n = g_variant_n_children (table);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) entry = child (table, i);
      const char *id, *value;

      g_variant_get (entry, "(&s&s)", &id, &value);
      if (!add (atlas, id, value))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_red_flags (BmAtlas  *atlas,
                GVariant *text)
{
  g_autoptr(GVariant) flags = child (text, 4);
  gsize n = g_variant_n_children (flags);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) flag = child (flags, i);
      const char *id, *label, *reason;

      g_variant_get (flag, "(&s&s&s)", &id, &label, &reason);
      if (!bm_atlas_add_red_flag (atlas, id, label, reason))
        return FALSE;
    }
  return TRUE;
}

static gboolean
read_muscles (BmAtlas   *atlas,
              GVariant  *text,
              gboolean   checked,
              GError   **error)
{
  g_autoptr(GVariant) muscles = child (text, 5);
  guint n_regions = bm_region_catalog_get_n_regions (bm_atlas_get_catalog (atlas));
  gsize n = g_variant_n_children (muscles);

  for (gsize i = 0; i < n; i++)
    {
      g_autoptr(GVariant) item = child (muscles, i);
      BmMuscle *m = bm_atlas_compiled_muscle_read (item, n_regions, checked, TRUE, error);

      if (m == NULL || !bm_atlas_add_muscle (atlas, m, !checked, error))
        return FALSE;
    }
  return TRUE;
}

/* The atlas @text of @compiled (BM_ATLAS_COMPILED_TEXT) with the poses;
 * @checked: the build checked these bytes, so the cross-references are
 * not checked again and the poses are read on first use. */
static BmAtlas *
read_atlas (GVariant  *compiled,
            GVariant  *text,
            gboolean   checked,
            GError   **error)
{
  g_autoptr(GVariant) regions = child (text, 3), poses = child (compiled, 3);
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_new_from_variant (regions, checked, error);
  g_autoptr(BmAtlas) atlas = NULL;
  guint32 built_regions = uint32 (compiled, 1);

  if (catalog == NULL)
    return NULL;
  if (built_regions != bm_region_catalog_get_n_regions (catalog))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas is damaged: %u regions, not %u",
                   bm_region_catalog_get_n_regions (catalog), built_regions);
      return NULL;
    }
  atlas = bm_atlas_new_compiled (g_steal_pointer (&catalog), (GDestroyNotify) bm_atlas_compiled_muscle_free, compiled);
  if (!read_table (atlas, text, 1, bm_atlas_add_group) || !read_table (atlas, text, 2, bm_atlas_add_source) ||
      !read_red_flags (atlas, text))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   "the compiled atlas is damaged: a muscle group, source or red flag without id or repeated");
      return NULL;
    }
  if (!read_muscles (atlas, text, checked, error) || !bm_atlas_set_poses (atlas, poses, !checked, error) ||
      !bm_atlas_finish (atlas, !checked, error))
    return NULL;
  return g_steal_pointer (&atlas);
}

/* Whether the compiled atlas's texts (a BM_ATLAS_COMPILED_TEXT array)
 * have the language @lang. */
static gboolean
has_text (const char *lang,
          gpointer    texts)
{
  return text_index (texts, lang) > 0;
}

/* The atlas in @compiled, of BM_ATLAS_COMPILED_TYPE, in the first of
 * @languages it has a translation for. */
static BmAtlas *
load (GVariant            *compiled,
      const char * const  *languages,
      gboolean             checked,
      GError             **error)
{
  g_autoptr(GVariant) texts = child (compiled, 2);
  g_autofree char *lang = NULL;
  g_autoptr(GVariant) text = NULL;
  guint32 version = uint32 (compiled, 0);

  if (version != BM_ATLAS_COMPILED_VERSION || g_variant_n_children (texts) == 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas is version %u, not version %u",
                   version, BM_ATLAS_COMPILED_VERSION);
      return NULL;
    }
  lang = bm_atlas_l10n_pick (languages, has_text, texts);
  text = child (texts, lang != NULL ? text_index (texts, lang) : 0);
  return read_atlas (compiled, text, checked, error);
}

/* The built-in atlas in the first of @languages it has a translation for,
 * from @compiled, bytes a caller hands in (tests, fuzzers): checked first,
 * so damaged bytes give an error, not a crash. */
BmAtlas *
bm_atlas_load_compiled (GBytes              *compiled,
                        const char * const  *languages,
                        GError             **error)
{
  g_autoptr(GVariant) value = NULL;

  g_return_val_if_fail (compiled != NULL, NULL);
  value = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (BM_ATLAS_COMPILED_TYPE), compiled, FALSE));
  if (!g_variant_is_normal_form (value))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   "the compiled atlas is damaged (%" G_GSIZE_FORMAT " bytes, not a valid %s)",
                   g_bytes_get_size (compiled), BM_ATLAS_COMPILED_TYPE);
      return NULL;
    }
  return load (value, languages, FALSE, error);
}

/* The built-in atlas in the first of @languages it has a translation for,
 * mapped from the bytes the build linked in: no parse, no file access, no
 * second check of what the build checked. Safe to call from any thread. */
BmAtlas *
bm_atlas_load_builtin (const char * const  *languages,
                       GError             **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (BM_ATLAS_COMPILED_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autoptr(GVariant) value = NULL;

  if (bytes == NULL)
    return NULL;
  value = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (BM_ATLAS_COMPILED_TYPE), bytes, TRUE));
  return load (value, languages, TRUE, error);
}
