/* test-journal-maps.c: before/after changes and period heat maps of the journal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/bm-journal-compare.h"
#include "bm-test-util.h"

/* 2026-11-03 12:00 local time, and days after it. */
static gint64
noon (int day_of_november)
{
  g_autoptr(GDateTime) time = g_date_time_new_local (2026, 11, day_of_november, 12, 0, 0);

  return g_date_time_to_unix (time);
}

static guint32
julian (int day_of_november)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day_of_november, G_DATE_NOVEMBER, 2026);
  return g_date_get_julian (&date);
}

static const BmJournalChange *
lookup (GArray     *changes,
        const char *region,
        BmSymptom   symptom)
{
  return bm_journal_changes_lookup (changes, g_intern_string (region), symptom);
}

/* The knee got better, the shoulder worse, the neck stayed, the hip is new
 * and the numb hand is gone. */
static void
test_compare (void)
{
  g_autoptr(BmJournalEntry) before = bm_journal_entry_new (noon (3));
  g_autoptr(BmJournalEntry) after = bm_journal_entry_new (noon (30));
  g_autoptr(GArray) changes = NULL;
  const BmJournalChange *change;
  guint better, worse, same;

  bm_journal_entry_set_mark (before, "knee-lateral-left", BM_SYMPTOM_PAIN, 7);
  bm_journal_entry_set_mark (before, "shoulder-anterior-right", BM_SYMPTOM_PAIN, 2);
  bm_journal_entry_set_mark (before, "neck-throat", BM_SYMPTOM_PAIN, 4);
  bm_journal_entry_set_mark (before, "hand-palm-left", BM_SYMPTOM_NUMBNESS, 4);
  bm_journal_entry_set_mark (after, "knee-lateral-left", BM_SYMPTOM_PAIN, 3);
  bm_journal_entry_set_mark (after, "shoulder-anterior-right", BM_SYMPTOM_PAIN, 6);
  bm_journal_entry_set_mark (after, "neck-throat", BM_SYMPTOM_PAIN, 4);
  bm_journal_entry_set_mark (after, "hip-lateral-left", BM_SYMPTOM_PAIN, 5);

  changes = bm_journal_compare (before, after);
  g_assert_cmpuint (changes->len, ==, 5);

  change = lookup (changes, "knee-lateral-left", BM_SYMPTOM_PAIN);
  g_assert_nonnull (change);
  g_assert_cmpuint (change->before, ==, 7);
  g_assert_cmpuint (change->after, ==, 3);
  g_assert_cmpint (change->kind, ==, BM_CHANGE_BETTER);
  g_assert_cmpint (bm_journal_change_get_delta (change), ==, -4);

  change = lookup (changes, "shoulder-anterior-right", BM_SYMPTOM_PAIN);
  g_assert_cmpint (change->kind, ==, BM_CHANGE_WORSE);
  g_assert_cmpint (bm_journal_change_get_delta (change), ==, 4);

  change = lookup (changes, "neck-throat", BM_SYMPTOM_PAIN);
  g_assert_cmpint (change->kind, ==, BM_CHANGE_SAME);
  g_assert_cmpuint (change->before, ==, 4);

  /* New: worse, from 0. */
  change = lookup (changes, "hip-lateral-left", BM_SYMPTOM_PAIN);
  g_assert_cmpuint (change->before, ==, 0);
  g_assert_cmpuint (change->after, ==, 5);
  g_assert_cmpint (change->kind, ==, BM_CHANGE_WORSE);

  /* Gone: better, to 0; the symptom is kept apart from pain. */
  change = lookup (changes, "hand-palm-left", BM_SYMPTOM_NUMBNESS);
  g_assert_cmpuint (change->before, ==, 4);
  g_assert_cmpuint (change->after, ==, 0);
  g_assert_cmpint (change->kind, ==, BM_CHANGE_BETTER);
  g_assert_null (lookup (changes, "hand-palm-left", BM_SYMPTOM_PAIN));
  g_assert_null (lookup (changes, "foot-dorsum-left", BM_SYMPTOM_PAIN));

  bm_journal_changes_count (changes, &better, &worse, &same);
  g_assert_cmpuint (better, ==, 2);
  g_assert_cmpuint (worse, ==, 2);
  g_assert_cmpuint (same, ==, 1);

  /* Sorted by region id, then symptom. */
  for (guint i = 1; i < changes->len; i++)
    g_assert_cmpint (g_strcmp0 (g_array_index (changes, BmJournalChange, i - 1).region,
                                g_array_index (changes, BmJournalChange, i).region), <, 0);
}

/* Comparing with nothing: every mark is new (or gone). */
static void
test_compare_empty (void)
{
  g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (noon (3));
  g_autoptr(BmJournalEntry) empty = bm_journal_entry_new (noon (4));
  g_autoptr(GArray) forward = NULL;
  g_autoptr(GArray) backward = NULL;
  g_autoptr(GArray) none = NULL;

  bm_journal_entry_set_mark (entry, "knee-lateral-left", BM_SYMPTOM_PAIN, 6);
  bm_journal_entry_set_mark (entry, "knee-lateral-left", BM_SYMPTOM_NUMBNESS, 2);

  forward = bm_journal_compare (empty, entry);
  g_assert_cmpuint (forward->len, ==, 2);
  g_assert_cmpint (g_array_index (forward, BmJournalChange, 0).symptom, ==, BM_SYMPTOM_PAIN);
  g_assert_cmpint (g_array_index (forward, BmJournalChange, 1).symptom, ==, BM_SYMPTOM_NUMBNESS);
  g_assert_cmpint (g_array_index (forward, BmJournalChange, 0).kind, ==, BM_CHANGE_WORSE);

  backward = bm_journal_compare (entry, NULL);
  g_assert_cmpuint (backward->len, ==, 2);
  g_assert_cmpint (g_array_index (backward, BmJournalChange, 0).kind, ==, BM_CHANGE_BETTER);
  g_assert_cmpuint (g_array_index (backward, BmJournalChange, 0).after, ==, 0);

  none = bm_journal_compare (empty, empty);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Green for better, red for worse, grey for the same; a bigger change is a
 * stronger colour; the words say the same without colour. */
static void
test_change_colors_and_words (void)
{
  BmJournalChange small = { "knee-lateral-left", BM_SYMPTOM_PAIN, 7, 6, BM_CHANGE_BETTER };
  BmJournalChange big = { "knee-lateral-left", BM_SYMPTOM_PAIN, 8, 1, BM_CHANGE_BETTER };
  BmJournalChange worse = { "knee-lateral-left", BM_SYMPTOM_PAIN, 3, 7, BM_CHANGE_WORSE };
  BmJournalChange same = { "knee-lateral-left", BM_SYMPTOM_PAIN, 5, 5, BM_CHANGE_SAME };
  BmJournalChange gone = { "knee-lateral-left", BM_SYMPTOM_PAIN, 4, 0, BM_CHANGE_BETTER };
  g_autofree char *text = NULL;
  BmRgba c_small, c_big, c_worse, c_same;

  bm_journal_change_get_color (&small, &c_small);
  bm_journal_change_get_color (&big, &c_big);
  bm_journal_change_get_color (&worse, &c_worse);
  bm_journal_change_get_color (&same, &c_same);
  g_assert_cmpfloat (c_small.green, >, c_small.red);
  g_assert_cmpfloat (c_big.green, >, c_big.red + 0.3);
  g_assert_cmpfloat (c_worse.red, >, c_worse.green + 0.3);
  g_assert_cmpfloat (ABS (c_same.red - c_same.green), <, 0.05);
  /* Deeper: darker and more opaque. */
  g_assert_cmpfloat (c_big.red + c_big.green + c_big.blue, <, c_small.red + c_small.green + c_small.blue);
  g_assert_cmpfloat (c_big.alpha, >=, c_small.alpha);

  text = bm_journal_change_describe (&big);
  g_assert_cmpstr (text, ==, "Pain 8 → 1 (better)");
  g_clear_pointer (&text, g_free);
  text = bm_journal_change_describe (&worse);
  g_assert_cmpstr (text, ==, "Pain 3 → 7 (worse)");
  g_clear_pointer (&text, g_free);
  text = bm_journal_change_describe (&gone);
  g_assert_cmpstr (text, ==, "Pain gone, was 4 (better)");
  g_clear_pointer (&text, g_free);
  text = bm_journal_change_describe (&same);
  g_assert_cmpstr (text, ==, "Pain 5, unchanged");
}

static void
test_heat_colors (void)
{
  BmRgba low, high, mid;

  bm_journal_heat_get_color (1, &low);
  bm_journal_heat_get_color (5, &mid);
  bm_journal_heat_get_color (10, &high);
  /* Light yellow → deep red: lightness falls, red stays above blue. */
  g_assert_cmpfloat (low.red + low.green + low.blue, >, mid.red + mid.green + mid.blue);
  g_assert_cmpfloat (mid.red + mid.green + mid.blue, >, high.red + high.green + high.blue);
  g_assert_cmpfloat (low.green, >, 0.8);
  g_assert_cmpfloat (high.green, <, 0.2);
  g_assert_cmpfloat (low.alpha, >, 0.5);
}

typedef struct {
  char      *dir;
  BmJournal *journal;
} Fixture;

static void
add_entry (BmJournal  *journal,
           int         day,
           const char *region,
           guint       intensity,
           const char *region2,
           guint       intensity2)
{
  g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (noon (day));
  g_autoptr(GError) error = NULL;

  if (region)
    bm_journal_entry_set_mark (entry, region, BM_SYMPTOM_PAIN, intensity);
  if (region2)
    bm_journal_entry_set_mark (entry, region2, BM_SYMPTOM_PAIN, intensity2);
  g_assert_true (bm_journal_add (journal, entry, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->journal = bm_test_new_journal (NULL, &fixture->dir);

  /* 1 Nov: knee 8 (outside the range below). 3–5 Nov: knee 6, 4, 2 and the
   * shoulder 3 on the 4th. 5 Nov also a second entry: nothing marked.
   * 20 Nov: knee 9 (outside). */
  add_entry (fixture->journal, 1, "knee-lateral-left", 8, NULL, 0);
  add_entry (fixture->journal, 3, "knee-lateral-left", 6, NULL, 0);
  add_entry (fixture->journal, 4, "knee-lateral-left", 4, "shoulder-anterior-right", 3);
  add_entry (fixture->journal, 5, "knee-lateral-left", 2, NULL, 0);
  add_entry (fixture->journal, 5, NULL, 0, NULL, 0);
  add_entry (fixture->journal, 20, "knee-lateral-left", 9, NULL, 0);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->journal);
  bm_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
test_period_heat (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GArray) heat = NULL;
  const BmJournalHeat *knee, *shoulder;
  guint n_entries = 0;

  heat = bm_journal_period_heat_days (fixture->journal, julian (3), julian (5), &n_entries);
  /* Four entries in 3–5 Nov, the empty one included. */
  g_assert_cmpuint (n_entries, ==, 4);
  g_assert_cmpuint (heat->len, ==, 2);

  knee = bm_journal_heat_lookup (heat, g_intern_string ("knee-lateral-left"), BM_SYMPTOM_PAIN);
  g_assert_nonnull (knee);
  g_assert_cmpuint (knee->n_marked, ==, 3);
  g_assert_cmpfloat_with_epsilon (knee->share, 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (knee->mean, 12.0 / 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (knee->mean_marked, 4.0, 1e-9);
  g_assert_cmpuint (knee->max, ==, 6);
  g_assert_cmpuint (knee->n_entries, ==, 4);

  shoulder = bm_journal_heat_lookup (heat, g_intern_string ("shoulder-anterior-right"), BM_SYMPTOM_PAIN);
  g_assert_nonnull (shoulder);
  g_assert_cmpuint (shoulder->n_marked, ==, 1);
  g_assert_cmpfloat_with_epsilon (shoulder->share, 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (shoulder->mean, 0.75, 1e-9);
  g_assert_cmpfloat_with_epsilon (shoulder->mean_marked, 3.0, 1e-9);
  g_assert_null (bm_journal_heat_lookup (heat, g_intern_string ("knee-lateral-left"), BM_SYMPTOM_NUMBNESS));
}

/* The range is [from, to): an entry exactly at @to is outside it. */
static void
test_period_bounds (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GArray) all = NULL;
  g_autoptr(GArray) one = NULL;
  g_autoptr(GArray) none = NULL;
  guint n = 0;

  all = bm_journal_period_heat (fixture->journal, 0, G_MAXINT64, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpfloat_with_epsilon (bm_journal_heat_lookup (all, g_intern_string ("knee-lateral-left"),
                                                          BM_SYMPTOM_PAIN)->mean, 29.0 / 6, 1e-9);

  one = bm_journal_period_heat (fixture->journal, noon (1), noon (3), &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpuint (g_array_index (one, BmJournalHeat, 0).max, ==, 8);

  none = bm_journal_period_heat_days (fixture->journal, julian (10), julian (15), &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/journal-maps/compare", test_compare);
  g_test_add_func ("/journal-maps/compare-empty", test_compare_empty);
  g_test_add_func ("/journal-maps/change-colors-and-words", test_change_colors_and_words);
  g_test_add_func ("/journal-maps/heat-colors", test_heat_colors);
  g_test_add ("/journal-maps/period-heat", Fixture, NULL, fixture_setup, test_period_heat, fixture_teardown);
  g_test_add ("/journal-maps/period-bounds", Fixture, NULL, fixture_setup, test_period_bounds, fixture_teardown);

  return g_test_run ();
}
