/* fuzz-common.c: what the fuzz harnesses share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "fuzz-common.h"

/* Longest error message a harness accepts. A message quotes at most a short
 * excerpt of any value from a file, so it stays far below this whatever the
 * input; the GUI shows it whole. */
#define MAX_MESSAGE 1024

static BmAtlas *atlas;
static char *scratch;

void
bm_fuzz_fail (const char *file,
              int         line,
              const char *cond)
{
  fprintf (stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, cond);
  abort ();
}

BmAtlas *
bm_fuzz_atlas (void)
{
  g_autoptr(GError) error = NULL;

  if (atlas == NULL && (atlas = bm_atlas_load_default (&error)) == NULL)
    {
      fprintf (stderr, "the built-in atlas does not load: %s\n", error->message);
      abort ();
    }
  return atlas;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
remove_scratch (void)
{
  if (scratch != NULL)
    remove_tree (scratch);
  g_clear_pointer (&scratch, g_free);
}

const char *
bm_fuzz_scratch_dir (void)
{
  g_autofree char *template = NULL;
  const char *base = g_getenv ("BM_FUZZ_TMPDIR");

  if (base == NULL)
    base = access ("/dev/shm", W_OK) == 0 ? "/dev/shm" : g_get_tmp_dir ();

  if (scratch != NULL)
    return scratch;
  template = g_build_filename (base, "bodymap-fuzz-XXXXXX", NULL);
  if (g_mkdtemp (template) == NULL)
    {
      perror ("cannot create the fuzz scratch directory");
      abort ();
    }
  scratch = g_steal_pointer (&template);
  atexit (remove_scratch);
  return scratch;
}

void
bm_fuzz_write_file (const char *path,
                    const void *data,
                    size_t      size)
{
  FILE *f = fopen (path, "wb");

  if (f == NULL || (size > 0 && fwrite (data, 1, size, f) != size) || fclose (f) != 0)
    {
      perror (path);
      abort ();
    }
}

void
bm_fuzz_check_message (const GError *error)
{
  BM_FUZZ_ASSERT (error != NULL && error->message != NULL);
  BM_FUZZ_ASSERT (g_utf8_validate (error->message, -1, NULL));
  BM_FUZZ_ASSERT (strlen (error->message) <= MAX_MESSAGE);
}

/* json-c reads NaN and Infinity back even in strict mode; JSON has neither. */
static void
check_finite (json_object *obj)
{
  if (json_object_is_type (obj, json_type_double))
    BM_FUZZ_ASSERT (isfinite (json_object_get_double (obj)));
  else if (json_object_is_type (obj, json_type_array))
    for (gsize i = 0; i < json_object_array_length (obj); i++)
      check_finite (json_object_array_get_idx (obj, i));
  else if (json_object_is_type (obj, json_type_object))
    {
      json_object_object_foreach (obj, key, value)
        {
          (void) key;
          check_finite (value);
        }
    }
}

void
bm_fuzz_check_json_output (json_object *obj)
{
  const char *text = json_object_to_json_string_ext (obj, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
  json_tokener *tok = json_tokener_new ();
  json_object *back;

  BM_FUZZ_ASSERT (g_utf8_validate (text, -1, NULL));
  json_tokener_set_flags (tok, JSON_TOKENER_STRICT);
  back = json_tokener_parse_ex (tok, text, (int) strlen (text) + 1);
  BM_FUZZ_ASSERT (back != NULL);
  check_finite (back);
  json_object_put (back);
  json_tokener_free (tok);
}
