/* test-session.c: saving, loading and restoring the person's session, and
 * what happens when the disk, the folder or the process fails meanwhile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <grp.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "core/bm-error.h"
#include "core/bm-file.h"
#include "core/bm-session.h"
#include "bm-test-util.h"

static BmAtlas *atlas;

static const char saved_text[] =
  "{ \"version\": 1,\n"
  "  \"marks\": [ { \"region\": \"knee-lateral-left\", \"symptom\": \"pain\", \"intensity\": 6 } ],\n"
  "  \"symptoms\": [ \"weakness\" ], \"answers\": [ ], \"sheet\": [ \"vastus-lateralis\" ] }\n";

static guint
region (const char *id)
{
  return bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), id)->index;
}

/* A session with a few marks and picks, enough for a file of ~1 kB. */
static BmSession *
busy_session (void)
{
  BmSession *session = bm_session_new (atlas);
  BmPainMap *map = bm_session_get_pain_map (session);

  bm_pain_map_set_mark (map, region ("knee-lateral-left"), BM_SYMPTOM_PAIN, 7);
  bm_pain_map_set_mark (map, region ("calf-lateral-lower-left"), BM_SYMPTOM_PAIN, 5);
  bm_pain_map_set_mark (map, region ("foot-dorsum-left"), BM_SYMPTOM_NUMBNESS, 4);
  bm_session_set_on_sheet (session, "soleus", TRUE);
  bm_session_set_on_sheet (session, "gastrocnemius", TRUE);
  return session;
}

/* ---- Loading ---------------------------------------------------------------- */

/* A session listing soleus fifty times keeps it once: one removal takes it
 * off the sheet. Repeated answers and marks count once too. */
static void
test_duplicates (void)
{
  g_autoptr(GString) text = g_string_new ("{ \"version\": 1, \"marks\": [");
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 50; i++)
    g_string_append_printf (text, "%s{ \"region\": \"knee-lateral-left\", \"symptom\": \"pain\", \"intensity\": %u }",
                            i ? ", " : "", 1 + i % 10);
  g_string_append (text, "], \"symptoms\": [ \"fever\", \"fever\" ], \"answers\": [");
  for (guint i = 0; i < 50; i++)
    g_string_append_printf (text, "%s{ \"trigger_point\": \"soleus/trp1/left\", \"answer\": \"%s\" }", i ? ", " : "",
                            i == 49 ? "reproduces" : "not-tender");
  g_string_append (text, "], \"sheet\": [");
  for (guint i = 0; i < 50; i++)
    g_string_append_printf (text, "%s\"soleus\", \"gastrocnemius\"", i ? ", " : "");
  g_string_append (text, "] }");

  g_assert_true (bm_session_load_data (session, text->str, text->len, "session.json", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bm_session_get_sheet (session)->len, ==, 2);
  g_assert_cmpstr (bm_session_get_sheet (session)->pdata[0], ==, "soleus");
  g_assert_cmpstr (bm_session_get_sheet (session)->pdata[1], ==, "gastrocnemius");
  bm_session_set_on_sheet (session, "soleus", FALSE);
  g_assert_false (bm_session_get_on_sheet (session, "soleus"));
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_session_get_pain_map (session)), ==, 1);
  g_assert_cmpint (bm_session_get_confirm (session, "soleus", "trp1", BM_MUSCLE_LEFT), ==, BM_CONFIRM_REPRODUCES);
  g_assert_cmpint (bm_session_get_flags (session), ==, BM_FLAG_FEVER);
}

/* An id this atlas does not know is left out, the rest loads, and the
 * caller learns which ids, in a bounded message. */
static void
test_unknown_ids_dropped (void)
{
  g_autofree char *huge = g_strnfill (100000, 'z');
  g_autofree char *text = g_strdup_printf (
    "{ \"version\": 1,\n"
    "  \"marks\": [ { \"region\": \"knee-lateral-left\", \"symptom\": \"pain\", \"intensity\": 6 },\n"
    "             { \"region\": \"elbow-of-a-unicorn\", \"symptom\": \"pain\", \"intensity\": 6 } ],\n"
    "  \"symptoms\": [ \"weakness\", \"hiccups\" ],\n"
    "  \"answers\": [ { \"trigger_point\": \"soleus/trp1/left\", \"answer\": \"reproduces\" },\n"
    "                 { \"trigger_point\": \"nomuscle/tp1/left\", \"answer\": \"reproduces\" } ],\n"
    "  \"sheet\": [ \"vastus-lateralis\", \"%s\", \"a\", \"b\", \"c\" ] }", huge);
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autoptr(GError) error = NULL;
  g_autofree char *dropped = NULL;

  g_assert_true (bm_session_load_data (session, text, strlen (text), "session.json", &dropped, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_session_get_pain_map (session)), ==, 1);
  g_assert_cmpint (bm_session_get_flags (session), ==, BM_FLAG_WEAKNESS);
  g_assert_cmpint (bm_session_get_confirm (session, "soleus", "trp1", BM_MUSCLE_LEFT), ==, BM_CONFIRM_REPRODUCES);
  g_assert_cmpuint (bm_session_get_sheet (session)->len, ==, 1);
  g_assert_true (bm_session_get_on_sheet (session, "vastus-lateralis"));

  g_assert_nonnull (dropped);
  g_assert_cmpuint (strlen (dropped), <, 400);
  bm_test_assert_contains (dropped, "area “elbow-of-a-unicorn”, symptom “hiccups”, answer for “nomuscle/tp1/left”, muscle “zzz");
  bm_test_assert_contains (dropped, "zzz…”, muscle “a” and 2 more");
}

/* A file that is not a session is rejected whole, the session untouched. */
static void
test_damaged_rejected (void)
{
  g_autoptr(BmSession) session = busy_session ();
  g_autoptr(GError) error = NULL;
  const char *text = "{ \"marks\": [ {\"region\": \"nowhere\"";

  g_assert_false (bm_session_load_data (session, text, strlen (text), "session.json", NULL, &error));
  g_assert_nonnull (error);
  bm_test_assert_contains (error->message, "session.json:1:");
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_session_get_pain_map (session)), ==, 3);
}

/* What is saved loads back the same. */
static void
test_round_trip_data (void)
{
  g_autoptr(BmSession) saved = busy_session ();
  g_autoptr(BmSession) loaded = bm_session_new (atlas);
  g_autofree char *text = NULL, *again = NULL;
  g_autoptr(GError) error = NULL;

  bm_session_set_confirm (saved, "soleus", "trp1", BM_MUSCLE_LEFT, BM_CONFIRM_NOT_TENDER);
  text = bm_session_to_data (saved);
  g_assert_true (bm_session_load_data (loaded, text, strlen (text), "session.json", NULL, &error));
  g_assert_no_error (error);
  again = bm_session_to_data (loaded);
  g_assert_cmpstr (text, ==, again);
}

/* ---- Marks in a saved session ------------------------------------------------ */

static void
assert_mark (BmPainMap  *map,
             guint       region,
             BmSymptom   symptom,
             guint       intensity)
{
  BmMark mark;

  g_assert_true (bm_pain_map_get_mark (map, region, symptom, &mark));
  g_assert_cmpuint (mark.intensity, ==, intensity);
}

/* Pain and numbness on one area survive saving and loading. */
static void
test_session_round_trip (void)
{
  g_autoptr(BmSession) saved = bm_session_new (atlas);
  g_autoptr(BmSession) loaded = bm_session_new (atlas);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-marks-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmPainMap *map = bm_session_get_pain_map (saved), *back = bm_session_get_pain_map (loaded);
  guint knee = region ("knee-lateral-left"), foot = region ("foot-dorsum-left");
  g_autoptr(GError) error = NULL;

  bm_pain_map_set_mark (map, knee, BM_SYMPTOM_PAIN, 6);
  bm_pain_map_set_mark (map, knee, BM_SYMPTOM_NUMBNESS, 3);
  bm_pain_map_set_mark (map, foot, BM_SYMPTOM_NUMBNESS, 4);
  g_assert_true (bm_session_save (saved, file, &error));
  g_assert_no_error (error);
  g_assert_true (bm_session_load (loaded, file, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (bm_pain_map_get_n_marks (back), ==, 3);
  assert_mark (back, knee, BM_SYMPTOM_PAIN, 6);
  assert_mark (back, knee, BM_SYMPTOM_NUMBNESS, 3);
  assert_mark (back, foot, BM_SYMPTOM_NUMBNESS, 4);
  g_assert_false (bm_pain_map_get_mark (back, foot, BM_SYMPTOM_PAIN, NULL));
  /* The loaded session ranks with the numbness notice. */
  g_assert_cmpuint (bm_session_get_ranking (loaded)->numb_regions->len, ==, 2);
  bm_test_remove_tree (dir);
}

/* A session saved before an area could hold both kinds loads as it was. */
static void
test_session_old_file (void)
{
  static const char old[] =
    "{ \"version\": 1,\n"
    "  \"marks\": [ { \"region\": \"knee-lateral-left\", \"symptom\": \"pain\", \"intensity\": 6 },\n"
    "             { \"region\": \"foot-dorsum-left\", \"symptom\": \"numbness\", \"intensity\": 4 } ],\n"
    "  \"symptoms\": [ \"weakness\" ], \"answers\": [ ], \"sheet\": [ \"vastus-lateralis\" ] }\n";
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-marks-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmPainMap *map = bm_session_get_pain_map (session);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (file, old, -1, NULL));
  g_assert_true (bm_session_load (session, file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 2);
  assert_mark (map, region ("knee-lateral-left"), BM_SYMPTOM_PAIN, 6);
  assert_mark (map, region ("foot-dorsum-left"), BM_SYMPTOM_NUMBNESS, 4);
  g_assert_cmpint (bm_session_get_flags (session), ==, BM_FLAG_WEAKNESS);
  g_assert_true (bm_session_get_on_sheet (session, "vastus-lateralis"));
  bm_test_remove_tree (dir);
}

/* Loads @text as session.json into a session with one pain mark; the load
 * must fail, leave the mark alone, and its message is returned. */
static char *
session_load_error (const char *text)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-marks-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmPainMap *map = bm_session_get_pain_map (session);
  g_autoptr(GError) error = NULL;

  bm_pain_map_set_mark (map, region ("sacrum"), BM_SYMPTOM_PAIN, 5);
  g_assert_true (g_file_set_contents (file, text, -1, NULL));
  g_assert_false (bm_session_load (session, file, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 1);
  assert_mark (map, region ("sacrum"), BM_SYMPTOM_PAIN, 5);
  bm_test_remove_tree (dir);
  return g_strdup (error->message);
}

/* NaN and Infinity are not intensities (they passed the range check and
 * overflowed the conversion to a whole number). */
static void
test_session_non_finite (void)
{
  static const struct { const char *value, *expect; } cases[] = {
    { "NaN", "session.json: mark “knee-lateral-left”: field “intensity”: NaN is not a number" },
    { "Infinity", "field “intensity”: Infinity is not a number" },
    { "-Infinity", "field “intensity”: -Infinity is not a number" },
    { "1e999", "field “intensity”: Infinity is not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{ \"version\": 1, \"marks\": [ { \"region\": \"knee-lateral-left\", "
                                               "\"symptom\": \"pain\", \"intensity\": %s } ], \"symptoms\": [], "
                                               "\"answers\": [], \"sheet\": [] }", cases[i].value);
      g_autofree char *message = session_load_error (text);

      if (strstr (message, cases[i].expect) == NULL)
        g_error ("%s: “%s” should contain “%s”", cases[i].value, message, cases[i].expect);
    }
}

/* Text in a session must be valid UTF-8. */
static void
test_session_invalid_utf8 (void)
{
  g_autofree char *message = session_load_error ("{ \"version\": 1, \"marks\": [], \"symptoms\": [], \"answers\": [], "
                                                  "\"sheet\": [ \"soleus\", \"sol\xc3\x28us\" ] }");

  g_assert_nonnull (strstr (message, "session.json: field “sheet”: item 2 is not valid UTF-8 text at byte 4: “sol\\xC3(us”"));
}

/* A megabyte-long region id is quoted as a short excerpt. */
static void
test_session_long_id_bounded (void)
{
  g_autofree char *huge = g_strnfill (1024 * 1024, 'r');
  g_autofree char *text = g_strdup_printf ("{ \"version\": 1, \"marks\": [ { \"region\": \"%s\", \"symptom\": \"ache\", "
                                           "\"intensity\": 3 } ], \"symptoms\": [], \"answers\": [], \"sheet\": [] }", huge);
  g_autofree char *message = session_load_error (text);

  g_assert_cmpuint (strlen (message), <, 300);
  g_assert_true (g_str_has_prefix (message, "session.json: mark “rrrr"));
  g_assert_nonnull (strstr (message, "rrr…”: field “symptom”"));
}

/* Every part of the file is checked before anything is replaced: a wrong
 * or missing field anywhere rejects the whole file, the message names the
 * file, the item and the field, and the marks already there stay. */
static void
test_malformed_rejected (void)
{
  static const char mark[] = "{ \"region\": \"knee-lateral-left\", \"symptom\": \"pain\", \"intensity\": 6 }";
  static const char answer[] = "{ \"trigger_point\": \"soleus/trp1/left\", \"answer\": \"reproduces\" }";
  static const struct { const char *marks, *symptoms, *answers, *sheet, *expect; } cases[] = {
    { NULL, "[]", "[]", "[]", "session.json: field “marks”: missing" },
    { "{}", "[]", "[]", "[]", "session.json: field “marks”: expected a list, found an object" },
    { "[ { \"symptom\": \"pain\", \"intensity\": 3 } ]", "[]", "[]", "[]",
      "session.json: a mark: field “region”: missing" },
    { "[ { \"region\": \"knee-lateral-left\", \"symptom\": \"ache\", \"intensity\": 3 } ]", "[]", "[]", "[]",
      "session.json: mark “knee-lateral-left”: field “symptom”: must be pain or numbness" },
    { "[ { \"region\": \"knee-lateral-left\", \"symptom\": \"pain\" } ]", "[]", "[]", "[]",
      "session.json: mark “knee-lateral-left”: field “intensity”: missing" },
    { "[ { \"region\": \"knee-lateral-left\", \"symptom\": \"pain\", \"intensity\": 11 } ]", "[]", "[]", "[]",
      "session.json: mark “knee-lateral-left”: field “intensity”: 11 is outside the allowed range 1 to 10" },
    { "[ MARK ]", NULL, "[]", "[]", "session.json: field “symptoms”: missing" },
    { "[ MARK ]", "\"fever\"", "[]", "[]", "session.json: field “symptoms”: expected a list, found a string" },
    { "[ MARK ]", "[ 1 ]", "[]", "[]", "session.json: field “symptoms”: item 1 should be a string, found a number" },
    { "[ MARK ]", "[]", NULL, "[]", "session.json: field “answers”: missing" },
    { "[ MARK ]", "[]", "[ { \"answer\": \"reproduces\" } ]", "[]", "field “trigger_point”: missing" },
    { "[ MARK ]", "[]", "[ { \"trigger_point\": \"soleus/trp1/left\", \"answer\": \"maybe\" } ]", "[]",
      "session.json: answer “soleus/trp1/left”: field “answer”: must be reproduces or not-tender" },
    { "[ MARK ]", "[]", "[ ANSWER ]", NULL, "session.json: field “sheet”: missing" },
    { "[ MARK ]", "[]", "[ ANSWER ]", "[ \"soleus\", null ]",
      "session.json: field “sheet”: item 2 should be a string, found null" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) text = g_string_new ("{ \"version\": 1");
      g_autofree char *message = NULL;

      if (cases[i].marks != NULL)
        g_string_append_printf (text, ", \"marks\": %s", cases[i].marks);
      if (cases[i].symptoms != NULL)
        g_string_append_printf (text, ", \"symptoms\": %s", cases[i].symptoms);
      if (cases[i].answers != NULL)
        g_string_append_printf (text, ", \"answers\": %s", cases[i].answers);
      if (cases[i].sheet != NULL)
        g_string_append_printf (text, ", \"sheet\": %s", cases[i].sheet);
      g_string_append (text, " }");
      g_string_replace (text, "MARK", mark, 0);
      g_string_replace (text, "ANSWER", answer, 0);
      message = session_load_error (text->str);
      if (strstr (message, cases[i].expect) == NULL)
        g_error ("case %u: “%s” should contain “%s”", i, message, cases[i].expect);
    }
}

/* A session file that is not an object, or not there, is an error too. */
static void
test_not_an_object (void)
{
  g_autoptr(BmSession) session = busy_session ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "session.json", NULL);

  g_assert_false (bm_session_load_data (session, "[ 1, 2 ]", 8, "session.json", NULL, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "session.json: the session must be an object");
  g_clear_error (&error);
  g_assert_false (bm_session_load (session, missing, &error));
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  bm_test_assert_contains (error->message, missing);
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_session_get_pain_map (session)), ==, 3);
  bm_test_remove_tree (dir);
}

/* ---- Restoring at start ------------------------------------------------------ */

/* A damaged file is moved aside, never overwritten, and the message says
 * where it is. */
static void
test_restore_damaged (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autofree char *message = NULL, *listing = NULL, *aside = NULL, *kept = NULL;
  gboolean can_save = FALSE;

  g_assert_true (g_file_set_contents (file, "{ \"marks\": [", -1, NULL));
  message = bm_session_restore (session, file, &can_save);
  g_assert_nonnull (message);
  g_assert_true (can_save);
  bm_test_assert_contains (message, "Your last session could not be restored: session.json:1:");
  listing = bm_test_list_dir (dir);
  g_assert_true (g_str_has_prefix (listing, "session.json.unreadable-"));
  aside = g_build_filename (dir, listing, NULL);
  bm_test_assert_contains (message, aside);
  kept = bm_test_read_text (aside);
  g_assert_cmpstr (kept, ==, "{ \"marks\": [");
  bm_test_remove_tree (dir);
}

/* With an unknown id the rest loads, and a copy of the file as it was is
 * kept, because the next save will not have that id. */
static void
test_restore_dropped_keeps_copy (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  g_autofree char *text = g_strdup (saved_text);
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autofree char *message = NULL, *listing = NULL, *copy = NULL, *kept = NULL;
  gboolean can_save = FALSE;
  char *at = strstr (text, "vastus-lateralis");

  memcpy (at, "vastus-unknownis", strlen ("vastus-unknownis"));
  g_assert_true (g_file_set_contents (file, text, -1, NULL));
  message = bm_session_restore (session, file, &can_save);
  g_assert_true (can_save);
  g_assert_nonnull (message);
  bm_test_assert_contains (message, "restored without muscle “vastus-unknownis”");
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_session_get_pain_map (session)), ==, 1);
  listing = bm_test_list_dir (dir);
  g_assert_true (g_str_has_prefix (listing, "session.json session.json.before-"));
  copy = g_build_filename (dir, listing + strlen ("session.json "), NULL);
  bm_test_assert_contains (message, copy);
  kept = bm_test_read_text (copy);
  g_assert_cmpstr (kept, ==, text);
  bm_test_remove_tree (dir);
}

/* When the damaged file cannot be moved aside, the message says so (not
 * "it was kept as …") and the caller must not save over it. As root,
 * permissions do not stop a rename; a name too long for the kept copy
 * makes the same failure happen for every user. */
static void
test_restore_aside_fails (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *long_name = g_strnfill (240, 's');
  g_autofree char *file = g_build_filename (dir, long_name, NULL);
  g_autoptr(BmSession) session = busy_session ();
  g_autofree char *message = NULL, *kept = NULL;
  gboolean can_save = TRUE;

  g_assert_true (g_file_set_contents (file, "not json", -1, NULL));
  message = bm_session_restore (session, file, &can_save);
  g_assert_false (can_save);
  bm_test_assert_contains (message, "It could not be moved aside (File name too long), so it stays at ");
  bm_test_assert_contains (message, file);
  g_assert_null (strstr (message, "kept as"));
  kept = bm_test_read_text (file);
  g_assert_cmpstr (kept, ==, "not json");
  bm_test_remove_tree (dir);
}

/* The read-only data folder itself, for a user permissions apply to. */
static void
test_restore_read_only_dir (void)
{
  g_autofree char *dir = NULL, *file = NULL, *message = NULL;
  g_autoptr(BmSession) session = NULL;
  g_autoptr(GError) error = NULL;
  gboolean can_save = TRUE;

  if (!bm_test_run_as_user ())
    return;
  dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  file = g_build_filename (dir, "session.json", NULL);
  session = busy_session ();
  g_assert_true (g_file_set_contents (file, "not json", -1, NULL));
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  message = bm_session_restore (session, file, &can_save);
  g_assert_false (can_save);
  bm_test_assert_contains (message, "It could not be moved aside (Permission denied)");
  g_assert_false (bm_session_save (session, file, &error));
  bm_test_assert_contains (error->message, "Permission denied");
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  bm_test_remove_tree (dir);
}

/* A pipe at session.json is reported, not read forever. */
static void
test_restore_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autofree char *message = NULL;
  gboolean can_save = FALSE;

  g_assert_cmpint (mkfifo (file, 0600), ==, 0);
  message = bm_session_restore (session, file, &can_save);
  bm_test_assert_contains (message, "is not a regular file");
  bm_test_remove_tree (dir);
}

/* ---- Saving ------------------------------------------------------------------- */

/* A session.json that is a link keeps being one: the file it names gets
 * the new session. */
static void
test_save_follows_link (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "elsewhere.json", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  g_autoptr(BmSession) session = busy_session ();
  g_autoptr(BmSession) loaded = bm_session_new (atlas);
  g_autoptr(GError) error = NULL;
  struct stat st;

  g_assert_true (g_file_set_contents (real, saved_text, -1, NULL));
  g_assert_cmpint (symlink ("elsewhere.json", file), ==, 0);
  g_assert_true (bm_session_save (session, file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lstat (file, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_true (bm_session_load (loaded, real, &error));
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_session_get_pain_map (loaded)), ==, 3);
  bm_test_remove_tree (dir);
}

/* A data folder path through a regular file (what a broken setup looks
 * like to root too): the message names the folder and the cause. */
static void
test_save_not_a_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "data", NULL);
  g_autofree char *file = g_build_filename (blocker, "bodymap", "session.json", NULL);
  g_autoptr(BmSession) session = busy_session ();
  g_autoptr(GError) error = NULL;
  gboolean can_save = FALSE;

  g_assert_true (g_file_set_contents (blocker, "", -1, NULL));
  /* There is no last session to restore, and saving stays on: its failure
   * is what tells the person. */
  g_assert_null (bm_session_restore (session, file, &can_save));
  g_assert_true (can_save);
  g_assert_false (bm_session_save (session, file, &error));
  bm_test_assert_contains (error->message, file);
  bm_test_assert_contains (error->message, "Not a directory");
  bm_test_remove_tree (dir);
}

/* Runs bm_session_save() of a busy session over the saved one in a child
 * whose files may not grow past 100 bytes: its write fails (EFBIG, as
 * ENOSPC would on a full disk), or with @kill the kernel kills it in the
 * middle of writing. */
static void
save_in_limited_child (const char *file,
                       gboolean    kill)
{
  if (g_test_subprocess ())
    {
      g_autoptr(BmSession) session = busy_session ();
      g_autoptr(GError) error = NULL;

      bm_test_limit_file_size (100, kill);
      g_assert_false (bm_session_save (session, file, &error));
      g_print ("%s\n", error->message);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
}

/* A failing write: the old file stays whole, no temporary is left, and the
 * message names the file and the cause. */
static void
test_save_write_fails (void)
{
  g_autofree char *dir = bm_test_fault_dir ("session", g_test_subprocess () ? getppid () : getpid ());
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  g_autofree char *kept = NULL, *listing = NULL, *expected = NULL;

  if (g_test_subprocess ())
    {
      save_in_limited_child (file, FALSE);
      return;
    }
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, saved_text, -1, NULL));
  save_in_limited_child (file, FALSE);
  g_test_trap_assert_passed ();
  expected = g_strdup_printf ("cannot write %s: writing failed: File too large*", file);
  g_test_trap_assert_stdout (expected);
  kept = bm_test_read_text (file);
  g_assert_cmpstr (kept, ==, saved_text);
  listing = bm_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "session.json");
  bm_test_remove_tree (dir);
}

/* A save killed between writing and renaming: the old file stays whole,
 * and the temporary it left is removed at the next start, while the
 * temporary of a save still under way, and the person's own files, stay. */
static void
test_killed_save_cleaned_up (void)
{
  g_autofree char *dir = bm_test_fault_dir ("session", g_test_subprocess () ? getppid () : getpid ());
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  g_autofree char *kept = NULL, *listing = NULL, *old_glib = NULL, *backup = NULL, *fresh = NULL;
  g_autoptr(BmFileWriter) live = NULL;
  g_autoptr(BmSession) session = NULL;
  gboolean can_save;

  if (g_test_subprocess ())
    {
      save_in_limited_child (file, TRUE);
      return;
    }
  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, saved_text, -1, NULL));
  save_in_limited_child (file, TRUE);
  g_test_trap_assert_failed ();
  kept = bm_test_read_text (file);
  g_assert_cmpstr (kept, ==, saved_text);
  listing = bm_test_list_dir (dir);
  g_assert_true (g_str_has_prefix (listing, ".session.json."));   /* the dead save's temporary */

  /* Older versions' g_file_set_contents() temporaries: one from an hour
   * ago goes, a fresh one and a "backup" of the person's stay. */
  old_glib = g_build_filename (dir, "session.json.Q7xk2B", NULL);
  fresh = g_build_filename (dir, "session.json.P3ab9Z", NULL);
  backup = g_build_filename (dir, "session.json.backup", NULL);
  for (const char *p = old_glib; p != NULL; p = p == old_glib ? fresh : p == fresh ? backup : NULL)
    g_assert_true (g_file_set_contents (p, "{", -1, NULL));
  {
    struct timeval hour_ago[2] = { { time (NULL) - 3600, 0 }, { time (NULL) - 3600, 0 } };
    g_assert_cmpint (utimes (old_glib, hour_ago), ==, 0);
    g_assert_cmpint (utimes (backup, hour_ago), ==, 0);
  }
  /* A save in progress in another process (here: this one). */
  live = bm_file_writer_new (file, 0600, NULL);
  g_assert_nonnull (live);

  session = bm_session_new (atlas);
  g_assert_null (bm_session_restore (session, file, &can_save));
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_session_get_pain_map (session)), ==, 1);
  g_free (listing);
  listing = bm_test_list_dir (dir);
  {
    g_autofree char *live_name = g_path_get_basename (bm_file_writer_get_temp (live));
    g_autofree char *expected = g_strdup_printf ("%s session.json session.json.P3ab9Z session.json.backup", live_name);
    g_assert_cmpstr (listing, ==, expected);
  }
  g_clear_pointer (&live, bm_file_writer_free);
  g_free (listing);
  listing = bm_test_list_dir (dir);
  g_assert_cmpstr (listing, ==, "session.json session.json.P3ab9Z session.json.backup");
  bm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();

  g_test_add_func ("/session/duplicates", test_duplicates);
  g_test_add_func ("/session/unknown-ids-dropped", test_unknown_ids_dropped);
  g_test_add_func ("/session/damaged-rejected", test_damaged_rejected);
  g_test_add_func ("/session/round-trip-data", test_round_trip_data);
  g_test_add_func ("/session/marks-round-trip", test_session_round_trip);
  g_test_add_func ("/session/old-file", test_session_old_file);
  g_test_add_func ("/session/non-finite", test_session_non_finite);
  g_test_add_func ("/session/invalid-utf8", test_session_invalid_utf8);
  g_test_add_func ("/session/long-id-bounded", test_session_long_id_bounded);
  g_test_add_func ("/session/malformed-rejected", test_malformed_rejected);
  g_test_add_func ("/session/not-an-object", test_not_an_object);
  g_test_add_func ("/session/restore-damaged", test_restore_damaged);
  g_test_add_func ("/session/restore-dropped-keeps-copy", test_restore_dropped_keeps_copy);
  g_test_add_func ("/session/restore-aside-fails", test_restore_aside_fails);
  g_test_add_func ("/session/restore-read-only-dir", test_restore_read_only_dir);
  g_test_add_func ("/session/restore-not-regular", test_restore_not_regular);
  g_test_add_func ("/session/save-follows-link", test_save_follows_link);
  g_test_add_func ("/session/save-not-a-folder", test_save_not_a_folder);
  g_test_add_func ("/session/save-write-fails", test_save_write_fails);
  g_test_add_func ("/session/killed-save-cleaned-up", test_killed_save_cleaned_up);
  status = g_test_run ();
  g_clear_object (&atlas);
  return status;
}
