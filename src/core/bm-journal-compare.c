/* bm-journal-compare.c: before/after changes and period heat maps
 *
 * Both work on the entries' marks alone (region ids, not catalog indexes),
 * so they need no atlas and give the same answer in the app, the report and
 * the tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bm-journal-compare.h"

/* Region id, then symptom: the order of an entry's marks. */
static int
compare_key (const char *region_a,
             BmSymptom   symptom_a,
             const char *region_b,
             BmSymptom   symptom_b)
{
  int cmp = region_a == region_b ? 0 : strcmp (region_a, region_b);

  if (cmp != 0)
    return cmp;
  return (int) symptom_a - (int) symptom_b;
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const BmJournalChange *ca = a, *cb = b;

  return compare_key (ca->region, ca->symptom, cb->region, cb->symptom);
}

static int
compare_heat (gconstpointer a,
              gconstpointer b)
{
  const BmJournalHeat *ha = a, *hb = b;

  return compare_key (ha->region, ha->symptom, hb->region, hb->symptom);
}

static BmChangeKind
change_kind (guint before,
             guint after)
{
  if (after < before)
    return BM_CHANGE_BETTER;
  if (after > before)
    return BM_CHANGE_WORSE;
  return BM_CHANGE_SAME;
}

static void
add_change (GArray     *changes,
            const char *region,
            BmSymptom   symptom,
            guint       before,
            guint       after)
{
  BmJournalChange change = {
    .region = g_intern_string (region),
    .symptom = symptom,
    .before = before,
    .after = after,
    .kind = change_kind (before, after),
  };

  g_array_append_val (changes, change);
}

GArray *
bm_journal_compare (BmJournalEntry *before,
                    BmJournalEntry *after)
{
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (BmJournalChange));
  GArray *marks;

  g_return_val_if_fail (before == NULL || BM_IS_JOURNAL_ENTRY (before), changes);
  g_return_val_if_fail (after == NULL || BM_IS_JOURNAL_ENTRY (after), changes);

  if (before != NULL)
    {
      marks = bm_journal_entry_get_marks (before);
      for (guint i = 0; i < marks->len; i++)
        {
          const BmJournalMark *mark = &g_array_index (marks, BmJournalMark, i);
          guint now = after ? bm_journal_entry_get_intensity (after, mark->region, mark->symptom) : 0;

          add_change (changes, mark->region, mark->symptom, mark->intensity, now);
        }
    }
  if (after != NULL)
    {
      marks = bm_journal_entry_get_marks (after);
      for (guint i = 0; i < marks->len; i++)
        {
          const BmJournalMark *mark = &g_array_index (marks, BmJournalMark, i);

          /* Marks in both were added from @before's side. */
          if (before == NULL || bm_journal_entry_get_intensity (before, mark->region, mark->symptom) == 0)
            add_change (changes, mark->region, mark->symptom, 0, mark->intensity);
        }
    }
  g_array_sort (changes, compare_changes);
  return changes;
}

const BmJournalChange *
bm_journal_changes_lookup (GArray     *changes,
                           const char *region,
                           BmSymptom   symptom)
{
  BmJournalChange key = { .region = region, .symptom = symptom };
  guint index;

  g_return_val_if_fail (changes != NULL && region != NULL, NULL);

  if (!g_array_binary_search (changes, &key, compare_changes, &index))
    return NULL;
  return &g_array_index (changes, BmJournalChange, index);
}

void
bm_journal_changes_count (GArray *changes,
                          guint  *n_better,
                          guint  *n_worse,
                          guint  *n_same)
{
  guint counts[3] = { 0, 0, 0 };

  g_return_if_fail (changes != NULL);

  for (guint i = 0; i < changes->len; i++)
    counts[g_array_index (changes, BmJournalChange, i).kind]++;
  if (n_same)
    *n_same = counts[BM_CHANGE_SAME];
  if (n_better)
    *n_better = counts[BM_CHANGE_BETTER];
  if (n_worse)
    *n_worse = counts[BM_CHANGE_WORSE];
}

/* ---- Period heat map --------------------------------------------------- */

typedef struct {
  guint n_marked;
  guint sum;
  guint max;
} HeatSum;

/* Adds one entry's marks to @sums (region id → HeatSum[BM_N_SYMPTOMS]). */
static void
heat_add_entry (GHashTable     *sums,
                BmJournalEntry *entry)
{
  GArray *marks = bm_journal_entry_get_marks (entry);

  for (guint i = 0; i < marks->len; i++)
    {
      const BmJournalMark *mark = &g_array_index (marks, BmJournalMark, i);
      const char *region = g_intern_string (mark->region);
      HeatSum *sum = g_hash_table_lookup (sums, region);

      if (sum == NULL)
        {
          sum = g_new0 (HeatSum, BM_N_SYMPTOMS);
          g_hash_table_insert (sums, (gpointer) region, sum);
        }
      sum += mark->symptom;
      sum->n_marked++;
      sum->sum += mark->intensity;
      sum->max = MAX (sum->max, mark->intensity);
    }
}

static GArray *
heat_collect (GHashTable *sums,
              guint       n_entries)
{
  GArray *heat = g_array_new (FALSE, FALSE, sizeof (BmJournalHeat));
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, sums);
  while (g_hash_table_iter_next (&iter, &key, &value))
    for (guint s = 0; s < BM_N_SYMPTOMS; s++)
      {
        const HeatSum *sum = (const HeatSum *) value + s;
        BmJournalHeat item = {
          .region = key,
          .symptom = s,
          .n_marked = sum->n_marked,
          .n_entries = n_entries,
        };

        if (sum->n_marked == 0)
          continue;
        item.share = (double) sum->n_marked / n_entries;
        item.mean = (double) sum->sum / n_entries;
        item.mean_marked = (double) sum->sum / sum->n_marked;
        item.max = sum->max;
        g_array_append_val (heat, item);
      }
  g_array_sort (heat, compare_heat);
  return heat;
}

GArray *
bm_journal_period_heat (BmJournal *journal,
                        gint64     from,
                        gint64     to,
                        guint     *n_entries)
{
  g_autoptr(GHashTable) sums = NULL;
  GListModel *model;
  guint n_items, count = 0;

  g_return_val_if_fail (BM_IS_JOURNAL (journal), NULL);

  sums = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  model = G_LIST_MODEL (journal);
  n_items = g_list_model_get_n_items (model);

  /* The journal is sorted by time: start at @from, stop at @to. */
  for (guint i = bm_journal_find_time (journal, from); i < n_items; i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (model, i);

      if (bm_journal_entry_get_time (entry) >= to)
        break;
      if (bm_journal_entry_get_time (entry) < from)
        continue;
      heat_add_entry (sums, entry);
      count++;
    }
  if (n_entries)
    *n_entries = count;
  return heat_collect (sums, count);
}

/* Unix time of local midnight starting Julian day @day. */
GArray *
bm_journal_period_heat_days (BmJournal *journal,
                             guint32    first,
                             guint32    last,
                             guint     *n_entries)
{
  g_return_val_if_fail (BM_IS_JOURNAL (journal), NULL);
  g_return_val_if_fail (g_date_valid_julian (first) && g_date_valid_julian (last), NULL);

  if (last < first)
    return bm_journal_period_heat (journal, 0, 0, n_entries);
  return bm_journal_period_heat (journal, bm_journal_day_midnight (first), bm_journal_day_midnight (last + 1),
                                 n_entries);
}

const BmJournalHeat *
bm_journal_heat_lookup (GArray     *heat,
                        const char *region,
                        BmSymptom   symptom)
{
  BmJournalHeat key = { .region = region, .symptom = symptom };
  guint index;

  g_return_val_if_fail (heat != NULL && region != NULL, NULL);

  if (!g_array_binary_search (heat, &key, compare_heat, &index))
    return NULL;
  return &g_array_index (heat, BmJournalHeat, index);
}

/* ---- Colours and words ------------------------------------------------- */

static void
mix (const BmRgba *a,
     const BmRgba *b,
     double        t,
     BmRgba       *out)
{
  out->red = a->red + (b->red - a->red) * t;
  out->green = a->green + (b->green - a->green) * t;
  out->blue = a->blue + (b->blue - a->blue) * t;
  out->alpha = a->alpha + (b->alpha - a->alpha) * t;
}

static const BmRgba better_low = { 0.55, 0.85, 0.45, 0.80 };  /* light green */
static const BmRgba better_high = { 0.05, 0.50, 0.16, 0.92 }; /* deep green */
static const BmRgba worse_low = { 0.98, 0.55, 0.50, 0.80 };   /* light red */
static const BmRgba worse_high = { 0.78, 0.02, 0.08, 0.92 };  /* deep red */
static const BmRgba same = { 0.58, 0.60, 0.64, 0.85 };        /* grey, light enough for the dark style */

void
bm_journal_change_get_color (const BmJournalChange *change,
                             BmRgba                *color)
{
  int size = ABS (bm_journal_change_get_delta (change));
  /* A change of 1 is light, of 6 or more the full colour. */
  double t = CLAMP ((size - 1) / 5.0, 0.0, 1.0);

  switch (change->kind)
    {
    case BM_CHANGE_BETTER:
      mix (&better_low, &better_high, t, color);
      break;
    case BM_CHANGE_WORSE:
      mix (&worse_low, &worse_high, t, color);
      break;
    case BM_CHANGE_SAME:
    default:
      *color = same;
      break;
    }
}

static const BmRgba heat_low = { 0.99, 0.87, 0.38, 0.88 };  /* light yellow */
static const BmRgba heat_mid = { 0.99, 0.55, 0.20, 0.88 };  /* orange */
static const BmRgba heat_high = { 0.60, 0.00, 0.10, 0.92 }; /* deep red */

void
bm_journal_heat_get_color (double  mean,
                           BmRgba *color)
{
  double t = CLAMP (mean / BM_INTENSITY_MAX, 0.0, 1.0);

  if (t < 0.5)
    mix (&heat_low, &heat_mid, t * 2, color);
  else
    mix (&heat_mid, &heat_high, (t - 0.5) * 2, color);
}

char *
bm_journal_change_describe (const BmJournalChange *change)
{
  const char *symptom = bm_symptom_get_label (change->symptom);

  g_return_val_if_fail (change != NULL, NULL);

  if (change->before == 0)
    /* TRANSLATORS: a mark that is in the later journal entry only,
     * e.g. "Pain new, 5 (worse)" */
    return g_strdup_printf (_("%s new, %u (worse)"), symptom, change->after);
  if (change->after == 0)
    /* TRANSLATORS: e.g. "Pain gone, was 4 (better)" */
    return g_strdup_printf (_("%s gone, was %u (better)"), symptom, change->before);
  if (change->kind == BM_CHANGE_BETTER)
    /* TRANSLATORS: before → after, e.g. "Pain 7 → 3 (better)" */
    return g_strdup_printf (_("%s %u → %u (better)"), symptom, change->before, change->after);
  if (change->kind == BM_CHANGE_WORSE)
    /* TRANSLATORS: before → after, e.g. "Pain 3 → 7 (worse)" */
    return g_strdup_printf (_("%s %u → %u (worse)"), symptom, change->before, change->after);
  /* TRANSLATORS: e.g. "Pain 5, unchanged" */
  return g_strdup_printf (_("%s %u, unchanged"), symptom, change->after);
}
