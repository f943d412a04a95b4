/* fuzz-session.c: the session loader, with a save and reload round trip
 *
 * The input is written to a file on tmpfs and loaded into a fresh session.
 * A session that loads (unknown ids left out, and listed in a short,
 * valid UTF-8 text) is saved, loaded again into a second session, where
 * nothing is left out, and saved again: both sessions must hold the same
 * marks, symptoms, answers and sheet. A file that does not load must leave the session empty and come
 * with a short, valid UTF-8 message.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/bm-json.h"
#include "core/bm-session.h"
#include "fuzz-common.h"

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The saved file with its answers sorted: they are kept in a hash table,
 * so two equal sessions may save them in different orders. */
static char *
canonical_save (BmSession  *session,
                const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(json_object) root = NULL;
  g_autoptr(GPtrArray) answers = g_ptr_array_new_with_free_func (g_free);
  json_object *list;
  GString *out;

  if (!bm_session_save (session, path, &error))
    {
      fprintf (stderr, "cannot save to the scratch directory: %s\n", error->message);
      abort ();
    }
  root = bm_json_parse_file (path, &error);
  BM_FUZZ_ASSERT (root != NULL);
  list = json_object_object_get (root, "answers");
  BM_FUZZ_ASSERT (json_object_is_type (list, json_type_array));
  for (gsize i = 0; i < json_object_array_length (list); i++)
    g_ptr_array_add (answers, g_strdup (json_object_to_json_string (json_object_array_get_idx (list, i))));
  g_ptr_array_sort (answers, compare_strings);
  json_object_object_del (root, "answers");
  out = g_string_new (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PLAIN));
  for (guint i = 0; i < answers->len; i++)
    g_string_append_printf (out, "\n%s", (char *) answers->pdata[i]);
  return g_string_free (out, FALSE);
}

static gboolean
same_marks (BmSession *a,
            BmSession *b)
{
  g_autoptr(GArray) ma = bm_pain_map_get_marks (bm_session_get_pain_map (a));
  g_autoptr(GArray) mb = bm_pain_map_get_marks (bm_session_get_pain_map (b));

  return ma->len == mb->len && (ma->len == 0 || memcmp (ma->data, mb->data, ma->len * sizeof (BmMark)) == 0);
}

static gboolean
same_sheet (BmSession *a,
            BmSession *b)
{
  GPtrArray *sa = bm_session_get_sheet (a), *sb = bm_session_get_sheet (b);

  if (sa->len != sb->len)
    return FALSE;
  for (guint i = 0; i < sa->len; i++)
    if (!g_str_equal (sa->pdata[i], sb->pdata[i]))
      return FALSE;
  return TRUE;
}

/* Each muscle is on the sheet once, however often the file lists it. */
static gboolean
sheet_is_unique (BmSession *session)
{
  GPtrArray *sheet = bm_session_get_sheet (session);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < sheet->len; i++)
    if (!g_hash_table_add (seen, sheet->pdata[i]))
      return FALSE;
  return TRUE;
}

static void
round_trip (BmSession  *first,
            const char *dir)
{
  g_autofree char *saved = g_build_filename (dir, "saved.json", NULL);
  g_autofree char *resaved = g_build_filename (dir, "resaved.json", NULL);
  g_autoptr(BmSession) second = bm_session_new (bm_fuzz_atlas ());
  g_autoptr(GError) error = NULL;
  g_autofree char *text1 = canonical_save (first, saved);
  g_autofree char *text2 = NULL;
  g_autofree char *dropped = NULL;

  if (!bm_session_load_full (second, saved, &dropped, &error))
    {
      fprintf (stderr, "a saved session does not load again: %s\n", error->message);
      abort ();
    }
  BM_FUZZ_ASSERT (dropped == NULL);
  BM_FUZZ_ASSERT (same_marks (first, second));
  BM_FUZZ_ASSERT (bm_session_get_flags (first) == bm_session_get_flags (second));
  BM_FUZZ_ASSERT (same_sheet (first, second));
  text2 = canonical_save (second, resaved);
  BM_FUZZ_ASSERT (g_str_equal (text1, text2));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  const char *dir = bm_fuzz_scratch_dir ();
  g_autofree char *path = g_build_filename (dir, "session.json", NULL);
  g_autoptr(BmSession) session = bm_session_new (bm_fuzz_atlas ());
  g_autoptr(GError) error = NULL;
  g_autofree char *dropped = NULL;

  bm_fuzz_write_file (path, data, size);
  if (!bm_session_load_full (session, path, &dropped, &error))
    {
      bm_fuzz_check_message (error);
      BM_FUZZ_ASSERT (bm_pain_map_get_n_marks (bm_session_get_pain_map (session)) == 0);
      BM_FUZZ_ASSERT (bm_session_get_sheet (session)->len == 0 && bm_session_get_flags (session) == 0);
      return 0;
    }
  /* What was left out is shown to the user: short and readable. */
  BM_FUZZ_ASSERT (dropped == NULL || (g_utf8_validate (dropped, -1, NULL) && strlen (dropped) <= 1024));
  BM_FUZZ_ASSERT (sheet_is_unique (session));
  round_trip (session, dir);
  return 0;
}
