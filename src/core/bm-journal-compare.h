/* bm-journal-compare.h: before/after changes and period heat maps
 *
 * Two entries compared give, per region and symptom marked in either, the
 * intensity before and after (0: unmarked) and whether it got better
 * (lower, or gone), worse (higher, or new) or stayed the same.
 *
 * A period heat map gives, per region and symptom marked in at least one
 * entry of a time range, how often it was marked and how strongly.
 *
 * Both are plain arrays, sorted by region id, then symptom, so the map, the
 * report and the tests read them alike. Colours for both are here too, so
 * the screen and the paper agree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-art.h"
#include "bm-journal.h"

G_BEGIN_DECLS

typedef enum {
  BM_CHANGE_SAME,    /* the same intensity in both */
  BM_CHANGE_BETTER,  /* lower, or gone */
  BM_CHANGE_WORSE,   /* higher, or new */
} BmChangeKind;

typedef struct {
  const char   *region;   /* interned region id */
  BmSymptom     symptom;
  guint         before;   /* 0: unmarked in the earlier entry */
  guint         after;    /* 0: unmarked in the later entry */
  BmChangeKind  kind;
} BmJournalChange;

typedef struct {
  const char *region;       /* interned region id */
  BmSymptom   symptom;
  guint       n_marked;     /* entries in the range that marked it */
  guint       n_entries;    /* entries in the range */
  double      share;        /* n_marked / entries in the range, 0–1 */
  double      mean;         /* mean intensity over every entry in the range
                             * (unmarked counts as 0), 0–BM_INTENSITY_MAX */
  double      mean_marked;  /* mean intensity over the entries that marked it */
  guint       max;          /* highest intensity in the range */
} BmJournalHeat;

/* after - before, e.g. -4 for 7 → 3. */
static inline int
bm_journal_change_get_delta (const BmJournalChange *change)
{
  return (int) change->after - (int) change->before;
}

/* BmJournalChange for every region and symptom marked in @before or @after
 * (either may be NULL: nothing marked), sorted by region id, then symptom. */
GArray   *bm_journal_compare           (BmJournalEntry        *before,
                                        BmJournalEntry        *after);
/* The change of @region's @symptom in @changes, or NULL. */
const BmJournalChange *
          bm_journal_changes_lookup    (GArray                *changes,
                                        const char            *region,
                                        BmSymptom              symptom);
/* How many changes of each kind; any of the counts may be NULL. */
void      bm_journal_changes_count     (GArray                *changes,
                                        guint                 *n_better,
                                        guint                 *n_worse,
                                        guint                 *n_same);

/* BmJournalHeat for every region and symptom marked in an entry with
 * @from <= time < @to (Unix seconds), sorted by region id, then symptom.
 * *n_entries (may be NULL) is how many entries the range holds. */
GArray   *bm_journal_period_heat       (BmJournal             *journal,
                                        gint64                 from,
                                        gint64                 to,
                                        guint                 *n_entries);
/* The same over the local days @first … @last (Julian days, inclusive). */
GArray   *bm_journal_period_heat_days  (BmJournal             *journal,
                                        guint32                first,
                                        guint32                last,
                                        guint                 *n_entries);
const BmJournalHeat *
          bm_journal_heat_lookup       (GArray                *heat,
                                        const char            *region,
                                        BmSymptom              symptom);

/* Green for better, red for worse, grey for the same; the stronger, the
 * larger the change (a new or gone mark counts its whole intensity). */
void      bm_journal_change_get_color  (const BmJournalChange *change,
                                        BmRgba                *color);
/* A sequential ramp from light yellow (low) to deep red (high) for a mean
 * intensity in 0–BM_INTENSITY_MAX; anything above 0 is clearly visible. */
void      bm_journal_heat_get_color    (double                 mean,
                                        BmRgba                *color);
/* "Pain 7 → 3", "Pain new: 5", "Numbness or tingling gone (was 4)"; for
 * tooltips, accessible labels and the report. Free with g_free(). */
char     *bm_journal_change_describe   (const BmJournalChange *change);

G_END_DECLS
