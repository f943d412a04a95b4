/* bm-atlas-json.c: the atlas read from its JSON files
 *
 * The strict loader, for --data-dir, the tests and the build (which
 * compiles what it loads, bm-atlas-compiled.h): atlas.json, regions.json,
 * red-flags.json, muscles/ID.json and poses/ID.json of a directory or of
 * the resource bundle, then the translation of the user's language,
 * l10n/LANG/ (bm-atlas-l10n.c). Everything is validated on load; a bad
 * atlas is rejected with a message naming the file, the item and the
 * field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-atlas-l10n.h"
#include "bm-atlas-private.h"
#include "bm-data.h"
#include "bm-error.h"
#include "bm-ids.h"
#include "bm-json.h"
#include "bm-muscle-private.h"

/* The atlas file @path below @root, parsed; @display names it in messages. */
static json_object *
parse_file (GFile       *root,
            const char  *path,
            const char  *display,
            GError     **error)
{
  g_autoptr(GBytes) bytes = bm_data_load (root, path, "cannot read the atlas file", error);
  gsize length;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &length);
  return bm_json_parse (text, length, display, error);
}

static gboolean
load_index (BmAtlas  *self,
            GFile    *root,
            GError  **error)
{
  g_autoptr(json_object) index = parse_file (root, "atlas.json", "atlas.json", error);

  if (index == NULL ||
      !bm_json_id_table (index, "atlas.json", "groups", "group", "label", self->groups, self->group_order, error) ||
      !bm_json_id_table (index, "atlas.json", "sources", "source", "citation", self->sources, NULL, error))
    return FALSE;
  self->catalog = bm_region_catalog_load (root, error);
  return self->catalog != NULL;
}

static gboolean
add_red_flag (json_object  *obj,
              BmJsonWhere  *where,
              gpointer      data,
              GError      **error)
{
  BmAtlas *self = data;
  const char *id, *label, *reason;

  if ((id = bm_json_string (obj, where, "id", TRUE, error)) == NULL)
    return FALSE;
  where->item = id;
  if (*id == '\0' || bm_atlas_lookup_red_flag (self, id) != NULL)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "id", *id == '\0' ? "empty id" : "duplicate id");
      return FALSE;
    }
  if ((label = bm_json_string (obj, where, "label", TRUE, error)) == NULL ||
      (reason = bm_json_string (obj, where, "reason", TRUE, error)) == NULL)
    return FALSE;
  return bm_atlas_add_red_flag (self, id, label, reason);
}

static gboolean
load_red_flags (BmAtlas  *self,
                GFile    *dir,
                GError  **error)
{
  g_autoptr(json_object) root = parse_file (dir, "red-flags.json", "red-flags.json", error);
  BmJsonWhere where = { "red-flags.json", NULL, NULL };
  const char *missing;

  if (root == NULL || !bm_json_foreach (root, "red-flags.json", "flags", "flag", add_red_flag, self, error))
    return FALSE;
  if ((missing = bm_atlas_missing_red_flag (self)) != NULL)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "flags", "the flag “%s” is missing", missing);
      return FALSE;
    }
  return TRUE;
}

static gboolean
load_muscle (BmAtlas     *self,
             GFile       *dir,
             const char  *name,
             GError     **error)
{
  g_autofree char *path = g_build_path ("/", "muscles", name, NULL);
  g_autofree char *expected = g_strndup (name, strlen (name) - strlen (".json"));
  g_autoptr(json_object) root = parse_file (dir, path, name, error);
  BmMuscleContext ctx = { self->catalog, self->groups, self->sources, name, expected };
  BmMuscle *muscle;

  if (root == NULL || (muscle = bm_muscle_parse (&ctx, root, error)) == NULL)
    return FALSE;
  g_ptr_array_add (self->muscles, muscle);
  g_hash_table_insert (self->by_id, muscle->id, muscle);
  return TRUE;
}

/* The poses of the figure, poses/ID.json; an atlas without the folder
 * has none. */
static gboolean
load_poses (BmAtlas  *self,
            GFile    *root,
            GError  **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) names = bm_data_list (root, "poses", ".json", &local_error);

  if (names == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "cannot read the atlas: ");
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    {
      const char *name = names->pdata[i];
      g_autofree char *path = g_build_path ("/", "poses", name, NULL);
      g_autoptr(GBytes) bytes = bm_data_load (root, path, "cannot read the atlas file", error);
      BmPose *pose;

      if (bytes == NULL || (pose = bm_pose_new_from_bytes (bytes, name, error)) == NULL ||
          !bm_atlas_add_pose (self, pose, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
load_muscles (BmAtlas  *self,
              GFile    *root,
              GError  **error)
{
  g_autoptr(GPtrArray) names = bm_data_list (root, "muscles", ".json", error);

  if (names == NULL)
    {
      g_prefix_error (error, "cannot read the atlas: ");
      return FALSE;
    }
  for (guint i = 0; i < names->len; i++)
    if (!load_muscle (self, root, names->pdata[i], error))
      return FALSE;
  return TRUE;
}

/* Reads and checks the English atlas in @root: atlas.json, regions.json,
 * red-flags.json, the muscles, then the poses. */
static gboolean
load_english (BmAtlas  *self,
              GFile    *root,
              GError  **error)
{
  if (!load_index (self, root, error) || !load_red_flags (self, root, error) ||
      !load_muscles (self, root, error))
    return FALSE;
  if (self->muscles->len == 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the atlas has no muscles (muscles/*.json)");
      return FALSE;
    }
  if (!bm_atlas_check_relations (self, error) || !load_poses (self, root, error) ||
      !bm_atlas_check_poses_used (self, error))
    return FALSE;
  bm_atlas_link_relations (self);
  return TRUE;
}

/* The atlas in @root, from the resource bundle or a directory, in the
 * first of @languages (as g_get_language_names() gives them) that @root
 * has a translation for, l10n/LANG/; English for none, or NULL. */
BmAtlas *
bm_atlas_load_for_languages (GFile              *root,
                             const char * const *languages,
                             GError            **error)
{
  g_autoptr(BmAtlas) self = g_object_new (BM_TYPE_ATLAS, NULL);
  BmAtlasText text = { self->by_id, self->groups, self->flags_by_id, NULL };

  g_return_val_if_fail (G_IS_FILE (root), NULL);

  if (!load_english (self, root, error))
    return NULL;
  text.catalog = self->catalog;
  if (!bm_atlas_l10n_apply (root, languages, &text, error))
    return NULL;
  bm_atlas_sort_muscles (self);
  return g_steal_pointer (&self);
}

/* The atlas in @root in the user's language. */
BmAtlas *
bm_atlas_load (GFile   *root,
               GError **error)
{
  return bm_atlas_load_for_languages (root, g_get_language_names (), error);
}

BmAtlas *
bm_atlas_load_dir (const char  *dir,
                   GError     **error)
{
  g_autoptr(GFile) root = NULL;

  g_return_val_if_fail (dir != NULL, NULL);
  root = g_file_new_for_path (dir);
  return bm_atlas_load (root, error);
}
