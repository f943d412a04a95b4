/* test-pain-map.c: marking, intensity and undo; marks in a saved session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-pain-map.h"
#include "core/bm-session.h"
#include "bm-test-util.h"

static BmRegionCatalog *catalog;

static guint
idx (const char *id)
{
  const BmRegion *region = bm_region_catalog_lookup (catalog, id);
  g_assert_nonnull (region);
  return region->index;
}

static void
count_changed (BmPainMap *map,
               int        region,
               guint     *count)
{
  (*count)++;
}

static void
test_toggle (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (catalog);
  guint knee = idx ("knee-lateral-left");
  guint changes = 0;
  BmMark mark;

  g_signal_connect (map, "changed", G_CALLBACK (count_changed), &changes);

  bm_pain_map_toggle (map, knee, BM_SYMPTOM_PAIN);
  g_assert_true (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpint (mark.symptom, ==, BM_SYMPTOM_PAIN);
  g_assert_cmpuint (mark.region, ==, knee);
  g_assert_cmpuint (mark.intensity, ==, BM_INTENSITY_DEFAULT);
  g_assert_false (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_NUMBNESS, NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 1);

  /* The same kind again unmarks it. */
  bm_pain_map_toggle (map, knee, BM_SYMPTOM_PAIN);
  g_assert_false (bm_pain_map_is_marked (map, knee));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);
  g_assert_cmpuint (changes, ==, 2);
}

/* An area can be painful and numb at once: a click of the other kind adds
 * that kind and keeps the first, with its own intensity. */
static void
test_pain_and_numbness (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (catalog);
  g_autoptr(GArray) marks = NULL;
  guint knee = idx ("knee-lateral-left");
  BmMark mark;

  bm_pain_map_toggle (map, knee, BM_SYMPTOM_PAIN);
  bm_pain_map_set_intensity (map, knee, BM_SYMPTOM_PAIN, 8);
  bm_pain_map_toggle (map, knee, BM_SYMPTOM_NUMBNESS);

  g_assert_true (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpuint (mark.intensity, ==, 8);
  g_assert_true (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_NUMBNESS, &mark));
  g_assert_cmpint (mark.symptom, ==, BM_SYMPTOM_NUMBNESS);
  g_assert_cmpuint (mark.intensity, ==, BM_INTENSITY_DEFAULT);
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 2);
  g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 1);

  /* Both come back, pain first. */
  marks = bm_pain_map_get_marks (map);
  g_assert_cmpuint (marks->len, ==, 2);
  g_assert_cmpuint (g_array_index (marks, BmMark, 0).region, ==, knee);
  g_assert_cmpint (g_array_index (marks, BmMark, 0).symptom, ==, BM_SYMPTOM_PAIN);
  g_assert_cmpuint (g_array_index (marks, BmMark, 1).region, ==, knee);
  g_assert_cmpint (g_array_index (marks, BmMark, 1).symptom, ==, BM_SYMPTOM_NUMBNESS);

  /* The intensity of one kind leaves the other alone. */
  bm_pain_map_set_intensity (map, knee, BM_SYMPTOM_NUMBNESS, 3);
  g_assert_true (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpuint (mark.intensity, ==, 8);

  /* Clicking in Pain mode again takes away the pain, not the numbness. */
  bm_pain_map_toggle (map, knee, BM_SYMPTOM_PAIN);
  g_assert_false (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_PAIN, NULL));
  g_assert_true (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_NUMBNESS, &mark));
  g_assert_cmpuint (mark.intensity, ==, 3);
  g_assert_true (bm_pain_map_is_marked (map, knee));
  g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 1);
}

/* Removing one kind keeps the other; removing the area takes both in one
 * undo step. Each step undoes on its own. */
static void
test_remove_one_kind (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (catalog);
  guint ankle = idx ("ankle-lateral-left");
  BmMark mark;

  bm_pain_map_set_mark (map, ankle, BM_SYMPTOM_PAIN, 7);
  bm_pain_map_set_mark (map, ankle, BM_SYMPTOM_NUMBNESS, 4);
  bm_pain_map_remove (map, ankle, BM_SYMPTOM_NUMBNESS);
  g_assert_true (bm_pain_map_get_mark (map, ankle, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpuint (mark.intensity, ==, 7);
  g_assert_false (bm_pain_map_get_mark (map, ankle, BM_SYMPTOM_NUMBNESS, NULL));

  g_assert_true (bm_pain_map_undo (map));
  g_assert_true (bm_pain_map_get_mark (map, ankle, BM_SYMPTOM_NUMBNESS, &mark));
  g_assert_cmpuint (mark.intensity, ==, 4);

  bm_pain_map_remove_area (map, ankle);
  g_assert_false (bm_pain_map_is_marked (map, ankle));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);
  g_assert_cmpuint (bm_pain_map_get_n_areas (map), ==, 0);
  g_assert_true (bm_pain_map_undo (map));            /* both back at once */
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 2);

  g_assert_true (bm_pain_map_undo (map));            /* numbness added */
  g_assert_false (bm_pain_map_get_mark (map, ankle, BM_SYMPTOM_NUMBNESS, NULL));
  g_assert_true (bm_pain_map_get_mark (map, ankle, BM_SYMPTOM_PAIN, NULL));
  g_assert_true (bm_pain_map_undo (map));            /* pain added */
  g_assert_false (bm_pain_map_is_marked (map, ankle));
  g_assert_false (bm_pain_map_undo (map));
}

static void
test_intensity_range (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (catalog);
  guint heel = idx ("foot-heel-right");
  BmMark mark;

  bm_pain_map_set_mark (map, heel, BM_SYMPTOM_PAIN, 42);
  g_assert_true (bm_pain_map_get_mark (map, heel, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpuint (mark.intensity, ==, BM_INTENSITY_MAX);
  bm_pain_map_set_intensity (map, heel, BM_SYMPTOM_PAIN, 0);
  g_assert_true (bm_pain_map_get_mark (map, heel, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpuint (mark.intensity, ==, BM_INTENSITY_MIN);

  /* Setting the intensity of an unmarked region does not mark it. */
  bm_pain_map_set_intensity (map, idx ("foot-heel-left"), BM_SYMPTOM_PAIN, 7);
  g_assert_false (bm_pain_map_is_marked (map, idx ("foot-heel-left")));
}

static void
test_undo (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (catalog);
  guint knee = idx ("knee-lateral-left"), ankle = idx ("ankle-lateral-left");
  BmMark mark;

  g_assert_false (bm_pain_map_can_undo (map));
  bm_pain_map_toggle (map, knee, BM_SYMPTOM_PAIN);
  bm_pain_map_toggle (map, ankle, BM_SYMPTOM_PAIN);
  /* A scroll gesture: many intensity steps, one undo. */
  for (guint i = 6; i <= 9; i++)
    bm_pain_map_set_intensity (map, ankle, BM_SYMPTOM_PAIN, i);
  bm_pain_map_toggle (map, knee, BM_SYMPTOM_PAIN);   /* unmark */

  g_assert_true (bm_pain_map_undo (map));            /* knee back */
  g_assert_true (bm_pain_map_get_mark (map, knee, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpuint (mark.intensity, ==, BM_INTENSITY_DEFAULT);

  g_assert_true (bm_pain_map_undo (map));            /* ankle 9 → 5 */
  g_assert_true (bm_pain_map_get_mark (map, ankle, BM_SYMPTOM_PAIN, &mark));
  g_assert_cmpuint (mark.intensity, ==, BM_INTENSITY_DEFAULT);

  g_assert_true (bm_pain_map_undo (map));            /* ankle unmarked */
  g_assert_false (bm_pain_map_is_marked (map, ankle));
  g_assert_true (bm_pain_map_undo (map));            /* knee unmarked */
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);
  g_assert_false (bm_pain_map_undo (map));
}

static void
test_clear_and_undo (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (catalog);
  g_autoptr(GArray) marks = NULL;

  bm_pain_map_set_mark (map, idx ("head-temple-right"), BM_SYMPTOM_PAIN, 7);
  bm_pain_map_set_mark (map, idx ("foot-dorsum-left"), BM_SYMPTOM_NUMBNESS, 3);
  bm_pain_map_clear (map);
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);

  g_assert_true (bm_pain_map_undo (map));
  marks = bm_pain_map_get_marks (map);
  g_assert_cmpuint (marks->len, ==, 2);
  /* Marks come back in catalog order, each exactly as it was. */
  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);

      if (mark->region == idx ("head-temple-right"))
        {
          g_assert_cmpint (mark->symptom, ==, BM_SYMPTOM_PAIN);
          g_assert_cmpuint (mark->intensity, ==, 7);
        }
      else
        {
          g_assert_cmpuint (mark->region, ==, idx ("foot-dorsum-left"));
          g_assert_cmpint (mark->symptom, ==, BM_SYMPTOM_NUMBNESS);
          g_assert_cmpuint (mark->intensity, ==, 3);
        }
      if (i > 0)
        g_assert_cmpuint (mark->region, >, g_array_index (marks, BmMark, i - 1).region);
    }
}

static guint
atlas_idx (BmAtlas    *atlas,
           const char *id)
{
  const BmRegion *region = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), id);
  g_assert_nonnull (region);
  return region->index;
}

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
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(BmSession) saved = bm_session_new (atlas);
  g_autoptr(BmSession) loaded = bm_session_new (atlas);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-marks-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmPainMap *map = bm_session_get_pain_map (saved), *back = bm_session_get_pain_map (loaded);
  guint knee = atlas_idx (atlas, "knee-lateral-left"), foot = atlas_idx (atlas, "foot-dorsum-left");
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
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-marks-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmPainMap *map = bm_session_get_pain_map (session);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (file, old, -1, NULL));
  g_assert_true (bm_session_load (session, file, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 2);
  assert_mark (map, atlas_idx (atlas, "knee-lateral-left"), BM_SYMPTOM_PAIN, 6);
  assert_mark (map, atlas_idx (atlas, "foot-dorsum-left"), BM_SYMPTOM_NUMBNESS, 4);
  g_assert_cmpint (bm_session_get_flags (session), ==, BM_FLAG_WEAKNESS);
  g_assert_true (bm_session_get_on_sheet (session, "vastus-lateralis"));
  bm_test_remove_tree (dir);
}

/* Loads @text as session.json into a session with one pain mark; the load
 * must fail, leave the mark alone, and its message is returned. */
static char *
session_load_error (const char *text)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-marks-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmPainMap *map = bm_session_get_pain_map (session);
  g_autoptr(GError) error = NULL;

  bm_pain_map_set_mark (map, atlas_idx (atlas, "sacrum"), BM_SYMPTOM_PAIN, 5);
  g_assert_true (g_file_set_contents (file, text, -1, NULL));
  g_assert_false (bm_session_load (session, file, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 1);
  assert_mark (map, atlas_idx (atlas, "sacrum"), BM_SYMPTOM_PAIN, 5);
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

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  catalog = bm_region_catalog_load_default (NULL);
  g_assert_nonnull (catalog);

  g_test_add_func ("/pain-map/toggle", test_toggle);
  g_test_add_func ("/pain-map/pain-and-numbness", test_pain_and_numbness);
  g_test_add_func ("/pain-map/remove-one-kind", test_remove_one_kind);
  g_test_add_func ("/pain-map/intensity-range", test_intensity_range);
  g_test_add_func ("/pain-map/undo", test_undo);
  g_test_add_func ("/pain-map/clear-and-undo", test_clear_and_undo);
  g_test_add_func ("/pain-map/session-round-trip", test_session_round_trip);
  g_test_add_func ("/pain-map/session-old-file", test_session_old_file);
  g_test_add_func ("/pain-map/session-non-finite", test_session_non_finite);
  g_test_add_func ("/pain-map/session-invalid-utf8", test_session_invalid_utf8);
  g_test_add_func ("/pain-map/session-long-id-bounded", test_session_long_id_bounded);
  status = g_test_run ();
  g_clear_object (&catalog);
  return status;
}
