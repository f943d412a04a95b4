/* fuzz-atlas.c: the whole atlas, loaded from a data directory (--data-dir)
 *
 * The input is a small data directory packed into one buffer: files
 * separated by NUL bytes, each "NAME\nCONTENT", where NAME is atlas.json,
 * regions.json, red-flags.json or muscles/ID.json. An index file the input
 * leaves out is taken from the built-in atlas, so a single muscle file is
 * a whole atlas. The files are written to tmpfs and loaded with
 * bm_atlas_load_dir. An atlas that loads must be consistent (each muscle
 * found by its id at its index, every record printable as valid JSON); one
 * that does not must come with a short, valid UTF-8 message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/bm-ids.h"
#include "cli/bm-cli-private.h"
#include "core/bm-json.h"
#include "fuzz-common.h"

static const char *index_files[] = { "atlas.json", "regions.json", "red-flags.json" };

/* A muscle file name the harness will write: muscles/ plus a short id of
 * lowercase letters, digits and dashes, plus .json. */
static gboolean
is_muscle_name (const char *name)
{
  const char *id = name + strlen ("muscles/");
  size_t len;

  if (!g_str_has_prefix (name, "muscles/") || !g_str_has_suffix (name, ".json"))
    return FALSE;
  len = strlen (id) - strlen (".json");
  if (len == 0 || len > 64)
    return FALSE;
  for (size_t i = 0; i < len; i++)
    if (!g_ascii_islower (id[i]) && !g_ascii_isdigit (id[i]) && id[i] != '-')
      return FALSE;
  return TRUE;
}

static gboolean
is_index_name (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (index_files); i++)
    if (g_str_equal (name, index_files[i]))
      return TRUE;
  return FALSE;
}

/* Empties @dir/muscles and removes the index files of the last input. */
static void
clear_dir (const char *dir,
           const char *muscles)
{
  g_autoptr(GDir) d = g_dir_open (muscles, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (muscles, name, NULL);
      g_unlink (path);
    }
  for (guint i = 0; i < G_N_ELEMENTS (index_files); i++)
    {
      g_autofree char *path = g_build_filename (dir, index_files[i], NULL);
      g_unlink (path);
    }
}

/* Writes the files packed in the input; returns which index files it had. */
static guint
unpack (const char *dir,
        const char *data,
        size_t      size)
{
  const char *end = data + size;
  guint have = 0;

  while (data < end)
    {
      const char *part_end = memchr (data, '\0', end - data);
      const char *newline;

      part_end = part_end != NULL ? part_end : end;
      newline = memchr (data, '\n', part_end - data);
      if (newline != NULL)
        {
          g_autofree char *name = g_strndup (data, newline - data);

          if (is_index_name (name) || is_muscle_name (name))
            {
              g_autofree char *path = g_build_filename (dir, name, NULL);

              bm_fuzz_write_file (path, newline + 1, part_end - newline - 1);
              for (guint i = 0; i < G_N_ELEMENTS (index_files); i++)
                if (g_str_equal (name, index_files[i]))
                  have |= 1u << i;
            }
        }
      data = part_end + 1;
    }
  return have;
}

static void
fill_index (const char *dir,
            guint       have)
{
  for (guint i = 0; i < G_N_ELEMENTS (index_files); i++)
    {
      g_autofree char *resource = g_build_path ("/", RESOURCE_PREFIX, "atlas", index_files[i], NULL);
      g_autofree char *path = g_build_filename (dir, index_files[i], NULL);
      g_autoptr(GBytes) bytes = NULL;

      if (have & (1u << i))
        continue;
      bytes = g_resources_lookup_data (resource, 0, NULL);
      BM_FUZZ_ASSERT (bytes != NULL);
      bm_fuzz_write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }
}

static void
check_atlas (BmAtlas *atlas)
{
  guint n = bm_atlas_get_n_muscles (atlas);

  BM_FUZZ_ASSERT (n > 0);
  for (guint i = 0; i < n; i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
      g_autoptr(json_object) json = NULL;

      BM_FUZZ_ASSERT (m->index == i && bm_atlas_lookup (atlas, m->id) == m);
      BM_FUZZ_ASSERT (bm_atlas_get_group_label (atlas, m->group) != NULL);
      json = bm_atlas_muscle_to_json (atlas, m);
      bm_fuzz_check_json_output (json);
    }
  BM_FUZZ_ASSERT (g_utf8_validate (bm_atlas_lookup_red_flag (atlas, bm_symptom_get_id (BM_SYMPTOM_NUMBNESS))->label,
                                   -1, NULL));
  for (guint bit = 1; bm_flag_get_id (bit) != NULL; bit <<= 1)
    BM_FUZZ_ASSERT (g_utf8_validate (bm_atlas_lookup_red_flag (atlas, bm_flag_get_id (bit))->label, -1, NULL));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *dir = g_build_filename (bm_fuzz_scratch_dir (), "atlas", NULL);
  g_autofree char *muscles = g_build_filename (dir, "muscles", NULL);
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (muscles, 0700);
  clear_dir (dir, muscles);
  fill_index (dir, unpack (dir, (const char *) data, size));
  if ((atlas = bm_atlas_load_dir (dir, &error)) == NULL)
    {
      bm_fuzz_check_message (error);
      return 0;
    }
  check_atlas (atlas);
  return 0;
}
