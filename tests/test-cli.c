/* test-cli.c: the headless commands run with no display at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <glib/gstdio.h>

#include <json.h>

#include "cli/bm-cli.h"
#include "core/bm-region-catalog.h"
#include "bm-test-util.h"

static void
test_list_regions (void)
{
  g_auto(BmTestRun) run = { 0 };
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (NULL);
  g_auto(GStrv) lines = NULL;
  gboolean found_knee = FALSE;
  guint n = 0;

  bm_test_run_bodymap (&run, "--list-regions", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");

  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++, n++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 3);
      g_assert_nonnull (bm_region_catalog_lookup (catalog, fields[0]));
      g_assert_cmpstr (fields[1], ==, bm_region_catalog_lookup (catalog, fields[0])->label);
      if (g_str_equal (fields[0], "knee-lateral-left"))
        {
          g_auto(GStrv) views = g_strsplit (fields[2], ",", -1);
          found_knee = g_strv_contains ((const char * const *) views, "left") &&
                       g_strv_contains ((const char * const *) views, "front");
        }
    }
  g_assert_cmpuint (n, ==, bm_region_catalog_get_n_regions (catalog));
  g_assert_true (found_knee);
}

/* --version prints the version alone, and needs no atlas to do so. */
static void
test_version (void)
{
  g_auto(BmTestRun) run = { 0 };

  bm_test_run_bodymap (&run, "--version", "--data-dir=/nonexistent/atlas", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "bodymap " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_bad_data_dir (void)
{
  g_auto(BmTestRun) run = { 0 };

  bm_test_run_bodymap (&run, "--list-regions", "--data-dir=/nonexistent/atlas", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "/nonexistent/atlas/atlas.json"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_malformed_catalog (void)
{
  g_auto(BmTestRun) run = { 0 };
  g_autofree char *dir = bm_test_mini_atlas ("regions.json", "{\n  \"groups\": [\n    {\"id\": 3,,}\n");
  g_autofree char *arg = g_strdup_printf ("--data-dir=%s", dir);

  bm_test_run_bodymap (&run, "--list-regions", arg, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "regions.json:3:"));
  bm_test_remove_tree (dir);
}

static void
test_data_dir (void)
{
  g_auto(BmTestRun) run = { 0 };
  g_auto(BmTestRun) broken = { 0 };
  g_autofree char *dir = bm_test_mini_atlas (NULL, NULL);
  g_autofree char *bad = bm_test_mini_atlas ("muscles/beta.json", "{\"id\": \"beta\", \"name\": 7}");
  g_autofree char *arg = g_strdup_printf ("--data-dir=%s", dir);
  g_autofree char *bad_arg = g_strdup_printf ("--data-dir=%s", bad);

  /* An extended atlas replaces the built-in one. */
  bm_test_run_bodymap (&run, "--list-muscles", arg, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "alpha\tAlpha\nbeta\tBeta\n");

  bm_test_run_bodymap (&broken, "--list-muscles", bad_arg, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_nonnull (strstr (broken.err, "beta.json: field “name”: expected a string, found a number"));
  g_assert_cmpstr (broken.out, ==, "");
  bm_test_remove_tree (dir);
  bm_test_remove_tree (bad);
}

static void
test_list_muscles (void)
{
  g_auto(BmTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n = 0;

  bm_test_run_bodymap (&run, "--list-muscles", NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++, n++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (fields), ==, 2);
    }
  g_assert_cmpuint (n, >=, 118);
  g_assert_nonnull (strstr (run.out, "gluteus-minimus\tGluteus minimus\n"));
}

static void
test_muscle_json (void)
{
  g_auto(BmTestRun) run = { 0 };
  json_object *obj, *value, *tp;

  bm_test_run_bodymap (&run, "--muscle=gluteus-minimus", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  obj = json_tokener_parse (run.out);
  g_assert_nonnull (obj);
  g_assert_true (json_object_object_get_ex (obj, "id", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "gluteus-minimus");
  g_assert_true (json_object_object_get_ex (obj, "name", &value));
  g_assert_true (json_object_object_get_ex (obj, "trigger_points", &value));
  tp = json_object_array_get_idx (value, 0);
  g_assert_true (json_object_object_get_ex (tp, "id", NULL));
  g_assert_true (json_object_object_get_ex (tp, "essential", NULL));
  g_assert_true (json_object_object_get_ex (tp, "spillover", NULL));
  g_assert_true (json_object_object_get_ex (obj, "satellites", &value));
  g_assert_nonnull (strstr (json_object_to_json_string (value), "peroneus-longus"));
  g_assert_true (json_object_object_get_ex (obj, "stretches", &value));
  g_assert_true (json_object_object_get_ex (json_object_array_get_idx (value, 0), "title", NULL));
  g_assert_true (json_object_object_get_ex (json_object_array_get_idx (value, 0), "steps", NULL));
  g_assert_true (json_object_object_get_ex (obj, "releases", &value));
  g_assert_true (json_object_object_get_ex (json_object_array_get_idx (value, 0), "steps", NULL));
  /* The ball against the wall is illustrated, as is the side-lying leg drop. */
  g_assert_true (json_object_object_get_ex (json_object_array_get_idx (value, 0), "illustration", &tp));
  g_assert_cmpstr (json_object_get_string (json_object_object_get (tp, "pose")), ==, "ball-wall-outer-hip");
  json_object_object_get_ex (obj, "stretches", &value);
  g_assert_true (json_object_object_get_ex (json_object_array_get_idx (value, 0), "illustration", &value));
  g_assert_cmpstr (json_object_get_string (json_object_object_get (value, "pose")), ==, "side-lying-leg-drop");
  /* The muscle the picture shows: the technique's own. */
  g_assert_cmpstr (json_object_get_string (json_object_object_get (value, "highlight")), ==, "gluteus-minimus");
  json_object_put (obj);
}

static void
test_muscle_text (void)
{
  g_auto(BmTestRun) run = { 0 };

  bm_test_run_bodymap (&run, "--muscle=soleus", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Soleus"));
  g_assert_nonnull (strstr (run.out, "Heel (left)"));
  g_assert_nonnull (strstr (run.out, "  1. "));
}

/* The entrapment of @muscle's JSON record whose nerve is @nerve. */
static json_object *
find_entrapment (json_object *muscle,
                 const char  *nerve)
{
  json_object *list = json_object_object_get (muscle, "entrapments");

  for (gsize i = 0; i < json_object_array_length (list); i++)
    {
      json_object *e = json_object_array_get_idx (list, i);

      if (g_str_equal (json_object_get_string (json_object_object_get (e, "nerve")), nerve))
        return e;
    }
  return NULL;
}

static void
assert_ids (json_object *array,
            const char  *first,
            const char  *second)
{
  g_assert_cmpuint (json_object_array_length (array), ==, 2);
  g_assert_cmpstr (json_object_get_string (json_object_array_get_idx (array, 0)), ==, first);
  g_assert_cmpstr (json_object_get_string (json_object_array_get_idx (array, 1)), ==, second);
}

/* Supinator presses on both branches of the radial nerve: --json gives
 * where and what each serves, and each chain says whether it explains pain. */
static void
test_muscle_nerves_json (void)
{
  g_auto(BmTestRun) run = { 0 };
  json_object *obj, *list, *deep, *skin, *chain;

  bm_test_run_bodymap (&run, "--muscle=supinator", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  obj = json_tokener_parse (run.out);
  g_assert_nonnull (obj);
  g_assert_true (json_object_object_get_ex (obj, "entrapments", &list));
  g_assert_cmpuint (json_object_array_length (list), ==, 2);
  deep = find_entrapment (obj, "deep branch of the radial nerve (posterior interosseous nerve)");
  skin = find_entrapment (obj, "superficial branch of the radial nerve");
  g_assert_nonnull (deep);
  g_assert_nonnull (skin);
  g_assert_cmpstr (json_object_get_string (json_object_array_get_idx (json_object_object_get (deep, "site"), 0)), ==,
                   "elbow-lateral");
  assert_ids (json_object_object_get (deep, "regions"), "forearm-dorsal", "wrist-dorsal");
  assert_ids (json_object_object_get (skin, "regions"), "hand-dorsum", "finger-thumb");
  g_assert_nonnull (strstr (json_object_get_string (json_object_object_get (skin, "note")), "numb"));
  chain = json_object_array_get_idx (json_object_object_get (obj, "chains"), 0);
  g_assert_cmpstr (json_object_get_string (json_object_object_get (chain, "kind")), ==, "related");
  g_assert_cmpstr (json_object_get_string (json_object_object_get (chain, "through")), ==,
                   "the muscles that attach around the outer elbow");
  g_assert_cmpstr (json_object_get_string (json_object_object_get (chain, "via")), ==,
                   "shared pain zone at the outer elbow");
  json_object_put (obj);
}

/* The plain record names the nerve, where it is caught and what it
 * serves, and each chain's kind. */
static void
test_muscle_nerves_text (void)
{
  g_auto(BmTestRun) run = { 0 };
  g_auto(BmTestRun) tfl = { 0 };

  bm_test_run_bodymap (&run, "--muscle=supinator", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Nerve it can press on: deep branch of the radial nerve"));
  g_assert_nonnull (strstr (run.out, "Caught at: Outer elbow (left)\n"));
  g_assert_nonnull (strstr (run.out, "Serves: Back of the hand (left), Thumb and web space (left)\n"));
  g_assert_nonnull (strstr (run.out, "Chain (related): shared pain zone at the outer elbow\n"));
  bm_test_run_bodymap (&tfl, "--muscle=tensor-fasciae-latae", NULL);
  g_assert_nonnull (strstr (tfl.out, "Chain (referral): iliotibial band\n  Through the iliotibial band\n"));
  g_assert_null (strstr (tfl.out, "Nerve it can press on"));
}

static void
test_unknown_muscle (void)
{
  g_auto(BmTestRun) run = { 0 };

  bm_test_run_bodymap (&run, "--muscle=glutes-maximum", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "unknown muscle “glutes-maximum”"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_rank_json (void)
{
  g_auto(BmTestRun) run = { 0 };
  json_object *obj, *candidates, *first, *value;

  bm_test_run_bodymap (&run, "--rank", "--pain=buttock-lower-right,thigh-lateral-upper-right,thigh-lateral-lower-right,"
               "knee-lateral-right:7,calf-lateral-upper-right,calf-lateral-lower-right,ankle-lateral-right",
               "--numb=foot-dorsum-right", "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  obj = json_tokener_parse (run.out);
  g_assert_nonnull (obj);
  g_assert_true (json_object_object_get_ex (obj, "candidates", &candidates));
  first = json_object_array_get_idx (candidates, 0);
  g_assert_cmpstr (json_object_get_string (json_object_object_get (first, "muscle")), ==, "gluteus-minimus");
  g_assert_cmpstr (json_object_get_string (json_object_object_get (first, "side")), ==, "right");
  for (guint i = 0; i < 7; i++)
    {
      static const char *keys[] = { "name", "score", "trigger_points", "explains", "unexplained", "key_muscles", "reason" };
      g_assert_true (json_object_object_get_ex (first, keys[i], NULL));
    }
  value = json_object_array_get_idx (json_object_object_get (first, "explains"), 0);
  g_assert_true (json_object_object_get_ex (value, "zone", NULL));
  g_assert_true (json_object_object_get_ex (obj, "combination", &value));
  g_assert_true (json_object_object_get_ex (value, "summary", NULL));
  g_assert_true (json_object_object_get_ex (obj, "red_flags", &value));
  g_assert_cmpstr (json_object_get_string (json_object_object_get (json_object_array_get_idx (value, 0), "id")), ==,
                   "numbness");
  json_object_put (obj);
}

static json_object *
rank_json_candidates (const char  *numb,
                      json_object **red_flags)
{
  g_auto(BmTestRun) run = { 0 };
  json_object *obj, *candidates;

  /* @numb, when NULL, ends the arguments. */
  bm_test_run_bodymap (&run, "--rank", "--json", "--pain=knee-lateral-left:8,hip-lateral-left", numb, NULL);
  g_assert_cmpint (run.status, ==, 0);
  obj = json_tokener_parse (run.out);
  g_assert_nonnull (obj);
  g_assert_true (json_object_object_get_ex (obj, "candidates", &candidates));
  g_assert_true (json_object_object_get_ex (obj, "red_flags", red_flags));
  json_object_get (candidates);
  json_object_get (*red_flags);
  json_object_put (obj);
  return candidates;
}

/* --pain and --numb naming one area both count: the numbness raises the
 * notice and does not replace the pain. */
static void
test_rank_pain_and_numb (void)
{
  json_object *flags_pain, *flags_both, *flag, *regions, *value;
  json_object *pain = rank_json_candidates (NULL, &flags_pain);
  json_object *both = rank_json_candidates ("--numb=knee-lateral-left:2", &flags_both);

  g_assert_cmpuint (json_object_array_length (flags_pain), ==, 0);
  g_assert_cmpuint (json_object_array_length (flags_both), ==, 1);
  flag = json_object_array_get_idx (flags_both, 0);
  g_assert_true (json_object_object_get_ex (flag, "id", &value));
  g_assert_cmpstr (json_object_get_string (value), ==, "numbness");
  g_assert_true (json_object_object_get_ex (flag, "regions", &regions));
  g_assert_cmpuint (json_object_array_length (regions), ==, 1);

  g_assert_cmpuint (json_object_array_length (pain), >, 0);
  g_assert_cmpuint (json_object_array_length (pain), ==, json_object_array_length (both));
  for (gsize i = 0; i < json_object_array_length (pain); i++)
    {
      json_object *a = json_object_array_get_idx (pain, i), *b = json_object_array_get_idx (both, i);
      json_object *sa, *sb;

      g_assert_true (json_object_object_get_ex (a, "score", &sa) && json_object_object_get_ex (b, "score", &sb));
      g_assert_cmpfloat (json_object_get_double (sa), ==, json_object_get_double (sb));
    }
  json_object_put (pain);
  json_object_put (both);
  json_object_put (flags_pain);
  json_object_put (flags_both);
}

static void
test_rank_table (void)
{
  g_auto(BmTestRun) run = { 0 };

  bm_test_run_bodymap (&run, "--rank", "--pain=knee-anterior-right,thigh-anterior-lower-right", "--symptoms=trauma", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Rectus femoris explains both your areas."));
  g_assert_nonnull (strstr (run.out, "   1 "));
  g_assert_nonnull (strstr (run.out, "See a clinician"));
  g_assert_nonnull (strstr (run.out, "does not diagnose"));
}

static void
test_rank_bad_input (void)
{
  static const struct { const char *arg, *message; } cases[] = {
    { "--pain=knee-outer-left", "unknown region “knee-outer-left” in --pain" },
    { "--pain=knee-lateral-left:11", "intensity “11” for knee-lateral-left in --pain must be a whole number from 1 to 10" },
    { "--pain=knee-lateral-left:0", "must be a whole number from 1 to 10" },
    { "--pain=knee-lateral-left:high", "intensity “high”" },
    { "--numb=foot-top-left", "unknown region “foot-top-left” in --numb" },
    { "--symptoms=dizziness", "unknown symptom “dizziness”" },
    /* Only whole numbers: no NaN, infinity, fraction, sign or overflow. */
    { "--pain=knee-lateral-left:nan", "intensity “nan”" },
    { "--pain=knee-lateral-left:inf", "intensity “inf”" },
    { "--pain=knee-lateral-left:5.5", "intensity “5.5”" },
    { "--pain=knee-lateral-left:-5", "intensity “-5”" },
    { "--pain=knee-lateral-left:18446744073709551621", "intensity “18446744073709551621”" },
    /* Control characters in a value are escaped in the message. */
    { "--pain=knee\033[2J", "unknown region “knee\\x1B[2J” in --pain" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(BmTestRun) run = { 0 };
      const char *extra = g_str_has_prefix (cases[i].arg, "--symptoms") ? "--pain=knee-lateral-left" : NULL;

      bm_test_run_bodymap (&run, "--rank", cases[i].arg, extra, NULL);
      g_assert_cmpint (run.status, ==, 2);
      if (strstr (run.err, cases[i].message) == NULL)
        g_error ("“%s” should say “%s”, said “%s”", cases[i].arg, cases[i].message, run.err);
      g_assert_cmpstr (run.out, ==, "");
    }
}

static void
test_export_sheet (void)
{
  g_auto(BmTestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("bodymap-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *arg = g_strdup_printf ("--export-sheet=%s", path);
  g_autofree char *pdf = NULL;
  gsize length;

  bm_test_run_bodymap (&run, arg, "--pain=knee-lateral-left,ankle-lateral-left", "--paper=letter", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "Saved the stretch sheet for 3 muscles"));
  g_assert_true (g_file_get_contents (path, &pdf, &length, NULL));
  g_assert_true (length > 10000 && g_str_has_prefix (pdf, "%PDF"));
  bm_test_remove_tree (dir);
}

static void
test_export_sheet_muscles (void)
{
  g_auto(BmTestRun) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("bodymap-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *arg = g_strdup_printf ("--export-sheet=%s", path);

  /* A therapist's handout: chosen muscles, no marks needed. */
  bm_test_run_bodymap (&run, arg, "--muscles=soleus,gastrocnemius", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "for 2 muscles"));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  /* For a named client, one stretch per muscle (the content is checked in test-sheet). */
  {
    g_auto(BmTestRun) named = { 0 };

    bm_test_run_bodymap (&named, arg, "--muscles=soleus", "--client=Anna Kowalska", "--techniques=1", NULL);
    g_assert_cmpint (named.status, ==, 0);
    g_assert_cmpstr (named.err, ==, "");
  }
  bm_test_remove_tree (dir);
}

static void
test_export_sheet_errors (void)
{
  static const struct { const char *args[3]; int status; const char *message; } cases[] = {
    { { "--export-sheet=/tmp/bodymap-x.pdf", "--muscles=soleus,calf", NULL }, 2, "unknown muscle “calf” in --muscles" },
    { { "--export-sheet=/tmp/bodymap-x.pdf", "--pain=heel", NULL }, 2, "unknown region “heel” in --pain" },
    { { "--export-sheet=/tmp/bodymap-x.pdf", "--muscles=soleus", "--paper=a5" }, 2, "unknown paper “a5”" },
    { { "--export-sheet=/tmp/bodymap-x.pdf", NULL, NULL }, 2, "needs --pain" },
    { { "--export-sheet=/nonexistent/dir/x.pdf", "--muscles=soleus", NULL }, 1, "cannot write /nonexistent/dir/x.pdf" },
    { { "--export-sheet=/tmp/bodymap-x.pdf", "--muscles=soleus", "--techniques=3" }, 2,
      "--techniques must be 1 (a stretch per muscle) or 2 (a stretch and a release), not “3”" },
    { { "--export-sheet=/tmp/bodymap-x.pdf", "--muscles=soleus", "--techniques=two" }, 2, "--techniques must be 1" },
    { { "--export-sheet=/tmp/bodymap-x.pdf", "--muscles=soleus", "--techniques=" }, 2, "not “”" },
    { { "--export-sheet=/tmp/bodymap-x.pdf", "--muscles=soleus", "--client=Anna\nKowalska" }, 2,
      "--client must be a name on one line" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(BmTestRun) run = { 0 };

      bm_test_run_bodymap (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);
      g_assert_cmpint (run.status, ==, cases[i].status);
      if (strstr (run.err, cases[i].message) == NULL)
        g_error ("expected “%s”, got “%s”", cases[i].message, run.err);
      g_assert_false (g_file_test ("/tmp/bodymap-x.pdf", G_FILE_TEST_EXISTS));
    }
}

/* Runs the headless commands in this process, so a value may be longer
 * than the kernel allows for one argument (128 KiB). */
static int
run_in_process (const BmCliOptions  *options,
                char               **out,
                char               **err)
{
  size_t out_size = 0, err_size = 0;
  FILE *out_file = open_memstream (out, &out_size);
  FILE *err_file = open_memstream (err, &err_size);
  int status = bm_cli_run (options, out_file, err_file);

  fclose (out_file);
  fclose (err_file);
  return status;
}

/* A megabyte-long id in any option is quoted as a short excerpt; the
 * message still names the option. */
static void
test_long_values_bounded (void)
{
  g_autofree char *huge = g_strnfill (1024 * 1024, 'x');
  g_autofree char *huge_intensity = g_strconcat ("knee-lateral-left:", huge, NULL);
  struct { BmCliOptions options; const char *expect; } cases[] = {
    { { .muscle = huge }, "unknown muscle “xxxx" },
    { { .rank = TRUE, .pain = huge }, "” in --pain" },
    { { .rank = TRUE, .pain = huge_intensity }, "” for knee-lateral-left in --pain" },
    { { .rank = TRUE, .numb = huge }, "” in --numb" },
    { { .rank = TRUE, .pain = (char *) "sacrum", .symptoms = huge }, "unknown symptom “xxxx" },
    { { .rank = TRUE, .pain = (char *) "sacrum", .confirm = huge }, "” in --confirm" },
    { { .rank = TRUE, .pain = (char *) "sacrum", .deny = huge }, "” in --deny" },
    { { .rank = TRUE, .pain = (char *) "sacrum", .muscles = huge }, "” in --muscles" },
    { { .export_sheet = (char *) "never-written.pdf", .muscles = (char *) "soleus", .paper = huge }, "unknown paper “xxxx" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_in_process (&cases[i].options, &out, &err), ==, 2);
      if (strlen (err) >= 300 || strstr (err, cases[i].expect) == NULL || strstr (err, "xxx…”") == NULL)
        g_error ("case %u: the message should be short, quote “xxx…” and say “%s”; it has %zu bytes: %.400s",
                 i, cases[i].expect, strlen (err), err);
      g_assert_cmpstr (out, ==, "");
    }
}

/* `bodymap --muscle=alpha --json` on the mini atlas whose alpha.json is
 * the broken fixture @name: it must fail with exit 1, print nothing, and
 * say @expect on stderr, in valid UTF-8. */
static void
assert_broken_muscle_refused (const char *name,
                              const char *expect)
{
  g_auto(BmTestRun) run = { 0 };
  g_autofree char *fixture = g_test_build_filename (G_TEST_DIST, "data", "atlas-broken", name, NULL);
  g_autofree char *content = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *arg = NULL;

  g_assert_true (g_file_get_contents (fixture, &content, NULL, NULL));
  dir = bm_test_mini_atlas ("muscles/alpha.json", content);
  arg = g_strdup_printf ("--data-dir=%s", dir);
  bm_test_run_bodymap (&run, "--muscle=alpha", "--json", arg, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, expect));
  g_assert_true (g_utf8_validate (run.err, -1, NULL));
  g_assert_cmpstr (run.out, ==, "");
  bm_test_remove_tree (dir);
}

/* A number that is not a number is refused at load time, so --json never
 * prints NaN, which is not JSON. */
static void
test_nan_in_data_dir (void)
{
  assert_broken_muscle_refused ("nan-prevalence.json",
                                "alpha.json: trigger point “main”: field “prevalence”: NaN is not a number");
}

/* Invalid UTF-8 is refused at load time: no command prints it. */
static void
test_invalid_utf8_in_data_dir (void)
{
  assert_broken_muscle_refused ("invalid-utf8.json", "alpha.json: field “name”: is not valid UTF-8 text");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/list-regions", test_list_regions);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/bad-data-dir", test_bad_data_dir);
  g_test_add_func ("/cli/malformed-catalog", test_malformed_catalog);
  g_test_add_func ("/cli/data-dir", test_data_dir);
  g_test_add_func ("/cli/list-muscles", test_list_muscles);
  g_test_add_func ("/cli/muscle-json", test_muscle_json);
  g_test_add_func ("/cli/muscle-text", test_muscle_text);
  g_test_add_func ("/cli/muscle-nerves-json", test_muscle_nerves_json);
  g_test_add_func ("/cli/muscle-nerves-text", test_muscle_nerves_text);
  g_test_add_func ("/cli/unknown-muscle", test_unknown_muscle);
  g_test_add_func ("/cli/rank-json", test_rank_json);
  g_test_add_func ("/cli/rank-table", test_rank_table);
  g_test_add_func ("/cli/rank-pain-and-numb", test_rank_pain_and_numb);
  g_test_add_func ("/cli/rank-bad-input", test_rank_bad_input);
  g_test_add_func ("/cli/export-sheet", test_export_sheet);
  g_test_add_func ("/cli/export-sheet-muscles", test_export_sheet_muscles);
  g_test_add_func ("/cli/export-sheet-errors", test_export_sheet_errors);
  g_test_add_func ("/cli/long-values-bounded", test_long_values_bounded);
  g_test_add_func ("/cli/nan-in-data-dir", test_nan_in_data_dir);
  g_test_add_func ("/cli/invalid-utf8-in-data-dir", test_invalid_utf8_in_data_dir);
  return g_test_run ();
}
