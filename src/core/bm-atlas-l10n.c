/* bm-atlas-l10n.c: the atlas's translation overlays (l10n/LANG/)
 *
 * Once the English atlas is loaded and checked, the overlay of the user's
 * language replaces its text by id: the muscles' names, locations, steps,
 * cautions and factors, the labels of the groups and regions, the red
 * flags. Every file and every field of an overlay is optional; what it
 * leaves out stays English. Ids, regions, markers, poses, tools and sources
 * are never in an overlay. An overlay is checked as strictly as the atlas:
 * a bad one fails the load, and the message names the file
 * ("l10n/de/regions.json"), the item and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas-l10n.h"
#include "bm-data.h"
#include "bm-error.h"
#include "bm-region-catalog-private.h"

/* ---- Finding the overlay ------------------------------------------------- */

/* "C", "POSIX" and "C.UTF-8" ask for the English atlas. */
static gboolean
is_english_locale (const char *lang)
{
  return g_str_equal (lang, "C") || g_str_equal (lang, "POSIX") || g_str_has_prefix (lang, "C.");
}

/* A language name from the environment becomes a folder name: it must
 * not leave l10n/. */
static gboolean
is_folder_name (const char *name)
{
  return name[0] != '\0' && name[0] != '.' && strchr (name, '/') == NULL && strchr (name, '\\') == NULL;
}

/* The most specific variant of @language that @has ("de_DE.UTF-8",
 * "de_DE", "de.UTF-8", "de"), or NULL. */
static char *
find_variant (const char  *language,
              BmL10nHas    has,
              gpointer     data)
{
  g_auto(GStrv) variants = g_get_locale_variants (language);

  for (guint v = 0; variants[v] != NULL; v++)
    if (is_folder_name (variants[v]) && has (variants[v], data))
      return g_strdup (variants[v]);
  return NULL;
}

/* The translation to use for @languages (as g_get_language_names() gives
 * them): the first language that @has one, trying each language's
 * variants; NULL for English: none, or "C" or an English without a
 * translation of its own ("en_GB", "en") before any. */
char *
bm_atlas_l10n_pick (const char * const *languages,
                    BmL10nHas           has,
                    gpointer            data)
{
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      char *lang;

      if (is_english_locale (languages[i]))
        return NULL;
      if ((lang = find_variant (languages[i], has, data)) != NULL)
        return lang;
      if (g_str_equal (languages[i], "en") || g_str_has_prefix (languages[i], "en_") ||
          g_str_has_prefix (languages[i], "en.") || g_str_has_prefix (languages[i], "en@"))
        return NULL;
    }
  return NULL;
}

/* Whether the folder @lang below @l10n exists. */
static gboolean
has_folder (const char *lang,
            gpointer    l10n)
{
  g_autoptr(GFile) dir = g_file_get_child (l10n, lang);

  return g_file_query_file_type (dir, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY;
}

/* The folder l10n/LANG below @root of the translation to use for
 * @languages (bm_atlas_l10n_pick()); NULL for English. @lang receives the
 * folder's language. */
GFile *
bm_atlas_l10n_find (GFile              *root,
                    const char * const *languages,
                    char              **lang)
{
  g_autoptr(GFile) l10n = g_file_get_child (root, "l10n");

  *lang = bm_atlas_l10n_pick (languages, has_folder, l10n);
  return *lang != NULL ? g_file_get_child (l10n, *lang) : NULL;
}

/* ---- Labels: atlas.json, regions.json ------------------------------------------ */

typedef gboolean (*LabelSetter) (gpointer target, const char *id, const char *label);

typedef struct {
  const char *field;
  LabelSetter set;
  gpointer    target;
} Labels;

static gboolean
read_label (json_object       *value,
            const BmJsonWhere *where,
            gpointer           data,
            GError           **error)
{
  Labels *labels = data;
  const char *label = bm_json_text (value, where, labels->field, 0, error);

  if (label == NULL)
    return FALSE;
  if (!labels->set (labels->target, where->item, label))
    {
      bm_l10n_unknown_id (where, labels->field, error);
      return FALSE;
    }
  return TRUE;
}

/* The labels of the object @field of @root, set by @set. */
static gboolean
read_labels (json_object       *root,
             const BmJsonWhere *where,
             const char        *field,
             const char        *kind,
             LabelSetter        set,
             gpointer           target,
             GError           **error)
{
  Labels labels = { field, set, target };

  return bm_l10n_map (root, where, field, kind, FALSE, read_label, &labels, error);
}

static gboolean
set_muscle_group (gpointer    target,
                  const char *id,
                  const char *label)
{
  GHashTable *groups = target;

  if (!g_hash_table_contains (groups, id))
    return FALSE;
  /* The table keeps its key, which the atlas's group order borrows. */
  g_hash_table_insert (groups, g_strdup (id), g_strdup (label));
  return TRUE;
}

static gboolean
read_index (json_object        *root,
            const BmJsonWhere  *where,
            const BmAtlasText  *atlas,
            GError            **error)
{
  return read_labels (root, where, "groups", "group", set_muscle_group, atlas->groups, error);
}

/* A region's label; a sided one keeps text before its side in
 * parentheses, the label without side that sentences use. */
static gboolean
read_region_label (json_object       *value,
                   const BmJsonWhere *where,
                   gpointer           data,
                   GError           **error)
{
  BmRegionCatalog *catalog = data;
  const char *label = bm_json_text (value, where, "regions", 0, error);
  g_autofree char *base = NULL;

  if (label == NULL)
    return FALSE;
  if (!bm_region_catalog_set_label (catalog, where->item, label))
    {
      bm_l10n_unknown_id (where, "regions", error);
      return FALSE;
    }
  base = g_strstrip (bm_region_dup_base_label (bm_region_catalog_lookup (catalog, where->item)));
  if (base[0] == '\0')
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "regions", "is blank before the side in parentheses");
      return FALSE;
    }
  return TRUE;
}

static gboolean
read_regions (json_object        *root,
              const BmJsonWhere  *where,
              const BmAtlasText  *atlas,
              GError            **error)
{
  return read_labels (root, where, "groups", "group", (LabelSetter) bm_region_catalog_set_group_label,
                      atlas->catalog, error) &&
         bm_l10n_map (root, where, "regions", "region", FALSE, read_region_label, atlas->catalog, error);
}

/* ---- red-flags.json ------------------------------------------------------------ */

static gboolean
read_red_flag (json_object       *value,
               const BmJsonWhere *where,
               gpointer           data,
               GError           **error)
{
  static const char * const keys[] = { "label", "reason", NULL };
  BmRedFlag *flag = g_hash_table_lookup (data, where->item);

  if (flag == NULL)
    {
      bm_l10n_unknown_id (where, "flags", error);
      return FALSE;
    }
  return bm_l10n_check_keys (value, where, keys, error) &&
         bm_l10n_text (value, where, "label", &flag->label, error) &&
         bm_l10n_text (value, where, "reason", &flag->reason, error);
}

static gboolean
read_red_flags (json_object        *root,
                const BmJsonWhere  *where,
                const BmAtlasText  *atlas,
                GError            **error)
{
  return bm_l10n_map (root, where, "flags", "flag", TRUE, read_red_flag, atlas->red_flags, error);
}

/* ---- The files of the atlas ------------------------------------------------------ */

typedef gboolean (*FileReader) (json_object        *root,
                                const BmJsonWhere  *where,
                                const BmAtlasText  *atlas,
                                GError            **error);

static const struct {
  const char *path;
  const char *keys[3];
  FileReader  read;
} atlas_files[] = {
  { "atlas.json", { "groups", NULL }, read_index },
  { "regions.json", { "groups", "regions", NULL }, read_regions },
  { "red-flags.json", { "flags", NULL }, read_red_flags },
};

static gboolean
apply_files (GFile              *dir,
             const char         *lang,
             const BmAtlasText  *atlas,
             GError            **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (atlas_files); i++)
    {
      g_autoptr(json_object) root = NULL;
      g_autofree char *file = NULL;
      BmJsonWhere where = { NULL, NULL, NULL };

      if (!bm_atlas_l10n_read (dir, lang, atlas_files[i].path, atlas_files[i].keys, &root, &file, error))
        return FALSE;
      where.file = file;
      if (root != NULL && !atlas_files[i].read (root, &where, atlas, error))
        return FALSE;
    }
  return TRUE;
}

/* ---- muscles/ID.json -------------------------------------------------------------- */

static gboolean
apply_muscle (GFile              *dir,
              const char         *lang,
              const char         *name,
              const BmAtlasText  *atlas,
              GError            **error)
{
  g_autofree char *path = g_build_path ("/", "muscles", name, NULL);
  g_autofree char *expected = g_strndup (name, strlen (name) - strlen (".json"));
  g_autoptr(json_object) root = NULL;
  g_autofree char *file = NULL;

  if (!bm_atlas_l10n_read (dir, lang, path, NULL, &root, &file, error))
    return FALSE;
  return root == NULL || bm_muscle_l10n_apply (atlas->muscles, root, file, expected, error);
}

static gboolean
apply_muscles (GFile              *dir,
               const char         *lang,
               const BmAtlasText  *atlas,
               GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) names = bm_data_list (dir, "muscles", ".json", &local_error);

  if (names == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "cannot read the translation l10n/%s: ", lang);
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    if (!apply_muscle (dir, lang, names->pdata[i], atlas, error))
      return FALSE;
  return TRUE;
}

/* ---- The whole overlay ------------------------------------------------------------- */

/* A .json file in l10n/LANG/ is one the overlay knows: a misspelt name
 * would otherwise leave its text English without a word. */
static gboolean
check_file_names (GFile       *dir,
                  const char  *lang,
                  GError     **error)
{
  static const char * const known[] = { "atlas.json", "regions.json", "red-flags.json", "disclaimer.json", NULL };
  g_autoptr(GFile) l10n = g_file_get_parent (dir);
  g_autoptr(GPtrArray) names = bm_data_list (l10n, lang, ".json", error);

  if (names == NULL)
    {
      g_prefix_error (error, "cannot read the translation l10n/%s: ", lang);
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    if (!g_strv_contains (known, names->pdata[i]))
      {
        g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                     "l10n/%s/%s: unknown translation file (use atlas.json, regions.json, red-flags.json, "
                     "disclaimer.json or muscles/ID.json)", lang, (const char *) names->pdata[i]);
        return FALSE;
      }
  return TRUE;
}

/* Applies the overlay of the first of @languages that has one below
 * @root to @atlas, the loaded English atlas. */
gboolean
bm_atlas_l10n_apply (GFile              *root,
                     const char * const *languages,
                     const BmAtlasText  *atlas,
                     GError            **error)
{
  g_autofree char *lang = NULL;
  g_autoptr(GFile) dir = bm_atlas_l10n_find (root, languages, &lang);

  if (dir == NULL)
    return TRUE;
  return check_file_names (dir, lang, error) &&
         apply_files (dir, lang, atlas, error) &&
         apply_muscles (dir, lang, atlas, error);
}
