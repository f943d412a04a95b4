/* test-atlas-l10n.c: the atlas's translation overlays (l10n/LANG/)
 *
 * A partial German overlay of the fixture atlas (tests/data/atlas-l10n/de)
 * replaces what it gives and leaves the rest English; the language is
 * picked from a list like g_get_language_names(); a broken overlay
 * (tests/data/atlas-l10n-broken) fails the load with a message naming the
 * file, the item and the field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "bm-test-util.h"
#include "core/bm-atlas-l10n.h"
#include "core/bm-data.h"
#include "core/bm-disclaimer.h"
#include "core/bm-items.h"

static const char * const german[] = { "de", NULL };

/* Writes @content to @path below @dir, making its folders. */
static void
write_file (const char *dir,
            const char *path,
            const char *content)
{
  g_autofree char *file = g_build_filename (dir, path, NULL);
  g_autofree char *parent = g_path_get_dirname (file);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (file, content, -1, NULL));
}

/* Copies the test data file @from (below tests/data) to @to below @dir. */
static void
copy_fixture (const char *from,
              const char *dir,
              const char *to)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", from, NULL);
  g_autofree char *content = NULL;

  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  write_file (dir, to, content);
}

/* A copy of the fixture atlas with the partial German overlay. */
static char *
mini_with_overlay (void)
{
  char *dir = bm_test_mini_atlas (NULL, NULL);

  copy_fixture ("atlas-l10n/de/muscles/alpha.json", dir, "l10n/de/muscles/alpha.json");
  copy_fixture ("atlas-l10n/de/regions.json", dir, "l10n/de/regions.json");
  return dir;
}

static BmAtlas *
load (const char          *dir,
      const char * const  *languages,
      GError             **error)
{
  g_autoptr(GFile) root = g_file_new_for_path (dir);

  return bm_atlas_load_for_languages (root, languages, error);
}

/* The search keywords of the item for @id in @model. */
static const char *
muscle_keywords (GListModel *model,
                 const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BmMuscleItem) item = g_list_model_get_item (model, i);

      if (g_str_equal (bm_muscle_item_get_muscle (item)->id, id))
        return bm_muscle_item_get_keywords (item);
    }
  g_assert_not_reached ();
}

static void
test_partial_overlay (void)
{
  g_autofree char *dir = mini_with_overlay ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = load (dir, german, &error);
  g_autoptr(GListModel) muscles = NULL;
  g_autofree char *base = NULL;
  BmRegionCatalog *catalog;
  const BmMuscle *alpha, *beta;
  const BmTechnique *lean, *ball;

  g_assert_no_error (error);
  alpha = bm_atlas_lookup (atlas, "alpha");
  beta = bm_atlas_lookup (atlas, "beta");
  lean = alpha->stretches->pdata[0];
  ball = alpha->releases->pdata[0];
  /* What the overlay gives is German… */
  g_assert_cmpstr (alpha->name, ==, "Alfa (erster Muskel)");
  g_assert_cmpuint (g_strv_length (lean->steps), ==, 2);
  g_assert_cmpstr (lean->steps[0], ==, "Stell dich seitlich an eine Wand.");
  g_assert_cmpstr (lean->steps[1], ==, "Lehn dich von ihr weg.");
  /* …and everything else stays English. */
  g_assert_cmpstr (alpha->location, ==, "On the outer hip.");
  g_assert_cmpstr (lean->title, ==, "Lean");
  g_assert_cmpstr (lean->feel, ==, "A pull.");
  g_assert_cmpstr (lean->hold, ==, "30 seconds");
  g_assert_cmpstr (ball->steps[0], ==, "Lie on a ball.");
  g_assert_cmpstr (((BmTriggerPoint *) alpha->trigger_points->pdata[0])->name, ==, "Main trigger point");
  g_assert_cmpstr (((BmFactor *) alpha->factors->pdata[0])->fix, ==, "Stand up often.");
  g_assert_cmpstr (beta->name, ==, "Beta");
  g_assert_cmpstr (bm_atlas_get_group_label (atlas, "hip"), ==, "Pelvis and hip");
  g_assert_cmpstr (bm_atlas_lookup_red_flag (atlas, "numbness")->label, ==, "Numbness or tingling");
  /* Translated aliases come first, the English ones stay. */
  g_assert_cmpstr (alpha->aliases[0], ==, "Hüftmuskel");
  g_assert_cmpstr (alpha->aliases[1], ==, "first muscle");
  g_assert_null (alpha->aliases[2]);

  /* The catalog everything reads has the German label, the side in it. */
  catalog = bm_atlas_get_catalog (atlas);
  g_assert_cmpstr (bm_region_catalog_lookup (catalog, "knee-lateral-left")->label, ==, "Äußeres Knie (links)");
  g_assert_cmpstr (bm_region_catalog_lookup (catalog, "knee-lateral-right")->label, ==, "Outer knee (right)");
  g_assert_cmpstr (bm_region_catalog_get_group_label (catalog, "knee"), ==, "Knee");
  base = bm_region_dup_base_label (bm_region_catalog_lookup (catalog, "knee-lateral-left"));
  g_assert_cmpstr (base, ==, "Äußeres Knie");

  /* Search finds the German name and alias, and the English alias. */
  muscles = bm_muscle_model_new (atlas);
  g_assert_nonnull (strstr (muscle_keywords (muscles, "alpha"), "hüftmuskel"));
  g_assert_nonnull (strstr (muscle_keywords (muscles, "alpha"), "alfa"));
  g_assert_nonnull (strstr (muscle_keywords (muscles, "alpha"), "first muscle"));
  bm_test_remove_tree (dir);
}

/* The name of alpha in the atlas loaded for @languages. */
static char *
alpha_name_for (const char          *dir,
                const char * const  *languages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = load (dir, languages, &error);

  g_assert_no_error (error);
  return g_strdup (bm_atlas_lookup (atlas, "alpha")->name);
}

static void
test_language_choice (void)
{
  static const struct { const char *languages[5]; const char *name; } cases[] = {
    { { "de", NULL }, "Alfa (erster Muskel)" },
    { { "de_DE", NULL }, "Alfa (erster Muskel)" },           /* de_DE falls back to de */
    { { "de_AT.UTF-8", NULL }, "Alfa (erster Muskel)" },
    { { "fr_FR", "fr", "de", NULL }, "Alfa (erster Muskel)" }, /* the first with a folder */
    { { "C", NULL }, "Alpha" },
    { { "C.UTF-8", "de", NULL }, "Alpha" },                    /* English comes first */
    { { "POSIX", NULL }, "Alpha" },
    { { "fr", NULL }, "Alpha" },
    { { "en_GB.UTF-8", "en_GB", "en", "de", NULL }, "Alpha" },  /* English is the atlas's own */
    { { "en", "de", NULL }, "Alpha" },
    { { "../l10n/de", "..", NULL }, "Alpha" },                 /* never a path */
    { { NULL }, "Alpha" },
  };
  g_autofree char *dir = mini_with_overlay ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = alpha_name_for (dir, cases[i].languages);

      g_assert_cmpstr (name, ==, cases[i].name);
    }
  bm_test_remove_tree (dir);
}

/* bm_atlas_load_dir() reads the user's language from the environment. */
static void
test_user_language (void)
{
  g_autofree char *dir = mini_with_overlay ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) german_atlas = NULL;
  g_autoptr(BmAtlas) english_atlas = NULL;

  g_setenv ("LANGUAGE", "de_DE:en", TRUE);
  german_atlas = bm_atlas_load_dir (dir, &error);
  g_assert_no_error (error);
  g_setenv ("LANGUAGE", "C", TRUE);
  english_atlas = bm_atlas_load_dir (dir, &error);
  g_assert_no_error (error);
  g_unsetenv ("LANGUAGE");
  g_assert_cmpstr (bm_atlas_lookup (german_atlas, "alpha")->name, ==, "Alfa (erster Muskel)");
  g_assert_cmpstr (bm_atlas_lookup (english_atlas, "alpha")->name, ==, "Alpha");
  bm_test_remove_tree (dir);
}

/* Muscles are sorted by group, then by their translated name. */
static void
test_sorted_by_translated_name (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "atlas-mini", "muscles", "beta.json", NULL);
  g_autofree char *beta = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *in_hip = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) english = NULL;
  g_autoptr(BmAtlas) translated = NULL;

  g_assert_true (g_file_get_contents (path, &beta, NULL, NULL));
  parts = g_strsplit (beta, "\"group\": \"leg\"", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  in_hip = g_strjoinv ("\"group\": \"hip\"", parts);
  dir = bm_test_mini_atlas ("muscles/beta.json", in_hip);
  write_file (dir, "l10n/de/muscles/alpha.json", "{\"id\": \"alpha\", \"name\": \"Zeta\"}");
  english = load (dir, NULL, &error);
  g_assert_no_error (error);
  translated = load (dir, german, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bm_atlas_get_muscle (english, 0)->id, ==, "alpha");
  g_assert_cmpstr (bm_atlas_get_muscle (translated, 0)->id, ==, "beta");
  g_assert_cmpstr (bm_atlas_get_muscle (translated, 1)->name, ==, "Zeta");
  g_assert_cmpuint (bm_atlas_get_muscle (translated, 1)->index, ==, 1);
  bm_test_remove_tree (dir);
}

/* ---- Broken overlays --------------------------------------------------------- */

typedef struct {
  const char *fixture;   /* tests/data/atlas-l10n-broken/NAME.json */
  const char *target;    /* where it goes in l10n/de/ */
  const char *expect[3];
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "unknown-muscle", "muscles/gamma.json",
    { "l10n/de/muscles/gamma.json: field “id”", "unknown muscle “gamma”", NULL } },
  { "id-mismatch", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: field “id”", "“beta” does not match the file name", NULL } },
  { "unknown-key", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: field “group”", "unknown field", NULL } },
  { "unknown-technique-key", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: stretch “Lean”: field “tool”", "unknown field", NULL } },
  { "steps-count", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: stretch “Lean”: field “steps”", "has 1 item, the English has 2", NULL } },
  { "cautions-count", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: release “Ball”: field “cautions”", "has 0 items, the English has 1", NULL } },
  { "wrong-type", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: field “name”", "expected a string, found a list", NULL } },
  { "wrong-type-region", "regions.json",
    { "l10n/de/regions.json: region “sacrum”: field “regions”", "expected a string, found a number", NULL } },
  { "list-too-long", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: field “releases”", "has 2 items, the English only 1", NULL } },
  { "unknown-trigger-point", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: trigger point “side”: field “trigger_points”", "unknown trigger point id", NULL } },
  { "unknown-region", "regions.json",
    { "l10n/de/regions.json: region “knee-outer-left”: field “regions”", "unknown region id", NULL } },
  { "unknown-region-group", "regions.json",
    { "l10n/de/regions.json: group “shoulder”: field “groups”", "unknown group id", NULL } },
  { "unknown-group", "atlas.json",
    { "l10n/de/atlas.json: group “arm”: field “groups”", "unknown group id", NULL } },
  { "unknown-flag", "red-flags.json",
    { "l10n/de/red-flags.json: flag “dizziness”: field “flags”", "unknown flag id", NULL } },
  { "dose-key", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: stretch “Lean”: field “dose”", "the English dose has no “pace”", NULL } },
  { "empty-string", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: field “location”", "must not be empty", NULL } },
  { "null-field", "muscles/alpha.json",
    { "l10n/de/muscles/alpha.json: field “name”", "is null", NULL } },
  { "malformed", "regions.json",
    { "l10n/de/regions.json:2:", "malformed JSON", NULL } },
  { "unknown-file", "regions-de.json",
    { "l10n/de/regions-de.json", "unknown translation file", NULL } },
};

static void
assert_message (const GError       *error,
                const char * const *expect,
                guint               n)
{
  g_assert_nonnull (error);
  for (guint i = 0; i < n && expect[i] != NULL; i++)
    if (strstr (error->message, expect[i]) == NULL)
      g_error ("message “%s” should contain “%s”", error->message, expect[i]);
}

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autofree char *dir = bm_test_mini_atlas (NULL, NULL);
  g_autofree char *fixture = g_strconcat ("atlas-l10n-broken/", c->fixture, ".json", NULL);
  g_autofree char *target = g_strconcat ("l10n/de/", c->target, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) broken = NULL;
  g_autoptr(BmAtlas) english = NULL;

  copy_fixture (fixture, dir, target);
  broken = load (dir, german, &error);
  g_assert_null (broken);
  assert_message (error, c->expect, G_N_ELEMENTS (c->expect));
  /* A broken overlay is only read for its language. */
  g_clear_error (&error);
  english = load (dir, NULL, &error);
  g_assert_no_error (error);
  bm_test_remove_tree (dir);
}

/* ---- The disclaimer ------------------------------------------------------------ */

/* A root with the built-in disclaimer.json and @overlay as its German one. */
static char *
disclaimer_root (const char *overlay)
{
  g_autoptr(GFile) builtin = bm_data_get_builtin ("atlas");
  g_autoptr(GBytes) english = bm_data_load (builtin, "disclaimer.json", "test", NULL);
  char *dir = g_dir_make_tmp ("bodymap-l10n-XXXXXX", NULL);

  g_assert_nonnull (english);
  write_file (dir, "disclaimer.json", g_bytes_get_data (english, NULL));
  copy_fixture (overlay, dir, "l10n/de/disclaimer.json");
  return dir;
}

static void
test_disclaimer (void)
{
  g_autofree char *dir = disclaimer_root ("atlas-l10n/de/disclaimer.json");
  g_autofree char *broken_dir = disclaimer_root ("atlas-l10n-broken/unknown-disclaimer-key.json");
  g_autoptr(GFile) root = g_file_new_for_path (dir);
  g_autoptr(GFile) broken_root = g_file_new_for_path (broken_dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDisclaimer) translated = bm_disclaimer_load_for_languages (root, german, &error);
  g_autoptr(BmDisclaimer) english = NULL;
  g_autoptr(BmDisclaimer) broken = NULL;
  static const char * const expect[] = { "l10n/de/disclaimer.json: field “version”", "unknown field" };

  g_assert_no_error (error);
  g_assert_cmpstr (translated->title, ==, "Selbsthilfe-Wissen, keine Diagnose");
  g_assert_nonnull (strstr (translated->summary, "does not diagnose"));
  english = bm_disclaimer_load_for_languages (root, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (english->title, ==, "Self-care education, not a diagnosis");
  broken = bm_disclaimer_load_for_languages (broken_root, german, &error);
  g_assert_null (broken);
  assert_message (error, expect, G_N_ELEMENTS (expect));
  bm_test_remove_tree (dir);
  bm_test_remove_tree (broken_dir);
}

/* ---- The built-in atlas ---------------------------------------------------------- */

/* The German overlay in data/atlas/l10n/de is in the bundle and loads. */
static void
test_builtin_german (void)
{
  g_autoptr(GFile) builtin = bm_data_get_builtin ("atlas");
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "atlas", "l10n", "de", NULL);
  g_autofree char *lang = NULL;
  g_autoptr(GFile) found = bm_atlas_l10n_find (builtin, german, &lang);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) translated = bm_atlas_load_for_languages (builtin, german, &error);
  g_autoptr(BmAtlas) english = NULL;
  g_autoptr(BmDisclaimer) disclaimer = NULL;

  g_assert_no_error (error);
  english = bm_atlas_load_for_languages (builtin, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bm_atlas_get_n_muscles (translated), ==, bm_atlas_get_n_muscles (english));
  g_assert_cmpuint (bm_region_catalog_get_n_regions (bm_atlas_get_catalog (translated)), ==,
                    bm_region_catalog_get_n_regions (bm_atlas_get_catalog (english)));
  disclaimer = bm_disclaimer_load_for_languages (builtin, german, &error);
  g_assert_no_error (error);
  if (g_file_test (source, G_FILE_TEST_IS_DIR))
    {
      g_assert_nonnull (found);
      g_assert_cmpstr (lang, ==, "de");
    }
}

/* ---- The command line ------------------------------------------------------------- */

/* --data-dir reads the overlay of $LANGUAGE from the directory's l10n/;
 * a broken one is exit status 1 with the message. */
static void
test_cli (void)
{
  g_autofree char *dir = mini_with_overlay ();
  g_autofree char *data_dir = g_strconcat ("--data-dir=", dir, NULL);
  g_auto(BmTestRun) list = { 0 };
  g_auto(BmTestRun) rank = { 0 };
  g_auto(BmTestRun) english = { 0 };
  g_auto(BmTestRun) broken = { 0 };

  g_setenv ("LANGUAGE", "de", TRUE);
  bm_test_run_bodymap (&list, data_dir, "--list-regions", NULL);
  bm_test_run_bodymap (&rank, data_dir, "--rank", "--pain=knee-lateral-left", NULL);
  copy_fixture ("atlas-l10n-broken/steps-count.json", dir, "l10n/de/muscles/alpha.json");
  bm_test_run_bodymap (&broken, data_dir, "--list-muscles", NULL);
  g_setenv ("LANGUAGE", "C", TRUE);
  bm_test_run_bodymap (&english, data_dir, "--list-muscles", NULL);
  g_unsetenv ("LANGUAGE");

  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "knee-lateral-left\tÄußeres Knie (links)\t"));
  g_assert_nonnull (strstr (list.out, "knee-lateral-right\tOuter knee (right)\t"));
  g_assert_cmpint (rank.status, ==, 0);
  g_assert_nonnull (strstr (rank.out, "Alfa (erster Muskel)"));
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_nonnull (strstr (broken.err, "l10n/de/muscles/alpha.json: stretch “Lean”: field “steps”"));
  g_assert_cmpint (english.status, ==, 0);
  g_assert_nonnull (strstr (english.out, "alpha\tAlpha"));
  bm_test_remove_tree (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("LANGUAGE");

  g_test_add_func ("/atlas-l10n/partial", test_partial_overlay);
  g_test_add_func ("/atlas-l10n/language-choice", test_language_choice);
  g_test_add_func ("/atlas-l10n/user-language", test_user_language);
  g_test_add_func ("/atlas-l10n/sorted", test_sorted_by_translated_name);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/atlas-l10n/broken/", broken_cases[i].fixture, NULL);
      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }
  g_test_add_func ("/atlas-l10n/disclaimer", test_disclaimer);
  g_test_add_func ("/atlas-l10n/builtin-german", test_builtin_german);
  g_test_add_func ("/atlas-l10n/cli", test_cli);
  return g_test_run ();
}
