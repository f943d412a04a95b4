/* test-pain-map.c: marking, intensity and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-pain-map.h"
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
  status = g_test_run ();
  g_clear_object (&catalog);
  return status;
}
