/* bm-journal-entry.c: one dated entry of the pain journal
 *
 * An entry holds the marks (region id, symptom, intensity), the symptoms
 * ticked, the trigger-point answers, a note and the top sources ranked at
 * that time. Ids are interned strings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-ids.h"
#include "bm-journal-private.h"
#include "bm-session-private.h"

G_DEFINE_FINAL_TYPE (BmJournalEntry, bm_journal_entry, G_TYPE_OBJECT)

static void
bm_journal_entry_finalize (GObject *object)
{
  BmJournalEntry *self = BM_JOURNAL_ENTRY (object);

  g_free (self->note);
  g_array_unref (self->marks);
  g_hash_table_unref (self->answers);
  g_array_unref (self->sources);

  G_OBJECT_CLASS (bm_journal_entry_parent_class)->finalize (object);
}

static void
bm_journal_entry_class_init (BmJournalEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bm_journal_entry_finalize;
}

static void
bm_journal_entry_init (BmJournalEntry *self)
{
  self->note = g_strdup ("");
  self->marks = g_array_new (FALSE, FALSE, sizeof (BmJournalMark));
  self->answers = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources = g_array_new (FALSE, FALSE, sizeof (BmJournalSource));
}

BmJournalEntry *
bm_journal_entry_new (gint64 time)
{
  BmJournalEntry *self = g_object_new (BM_TYPE_JOURNAL_ENTRY, NULL);

  self->time = time;
  return self;
}

/* The session's marks, symptoms (flags) and answers, and the top
 * BM_JOURNAL_N_SOURCES sources of its ranking, in place of the entry's;
 * its id, time and note stay. */
void
bm_journal_entry_set_from_session (BmJournalEntry *self,
                                   BmSession      *session)
{
  BmRegionCatalog *catalog;
  g_autoptr(GArray) marks = NULL;
  const BmRanking *ranking;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (BM_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (BM_IS_SESSION (session));

  g_array_set_size (self->marks, 0);
  g_array_set_size (self->sources, 0);
  g_hash_table_remove_all (self->answers);
  catalog = bm_atlas_get_catalog (bm_session_get_atlas (session));
  marks = bm_pain_map_get_marks (bm_session_get_pain_map (session));
  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);

      bm_journal_entry_set_mark (self, bm_region_catalog_get_region (catalog, mark->region)->id,
                                 mark->symptom, mark->intensity);
    }
  self->flags = bm_session_get_flags (session);
  g_hash_table_iter_init (&iter, bm_session_get_confirmations (session));
  while (g_hash_table_iter_next (&iter, &key, &value))
    bm_journal_entry_set_answer (self, key, GPOINTER_TO_INT (value));
  ranking = bm_session_get_ranking (session);
  for (guint i = 0; i < ranking->candidates->len && i < BM_JOURNAL_N_SOURCES; i++)
    {
      const BmCandidate *candidate = ranking->candidates->pdata[i];

      bm_journal_entry_add_source (self, candidate->muscle->id, candidate->side, candidate->score);
    }
}

/* A new entry of the session at @time (bm_journal_entry_set_from_session()). */
BmJournalEntry *
bm_journal_entry_new_from_session (BmSession *session,
                                   gint64     time)
{
  BmJournalEntry *self;

  g_return_val_if_fail (BM_IS_SESSION (session), NULL);

  self = bm_journal_entry_new (time);
  bm_journal_entry_set_from_session (self, session);
  return self;
}

/* A copy with the same id, to change and pass to bm_journal_replace(). */
BmJournalEntry *
bm_journal_entry_copy (BmJournalEntry *self)
{
  BmJournalEntry *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), NULL);

  copy = bm_journal_entry_new (self->time);
  copy->id = self->id;
  bm_journal_entry_set_note (copy, self->note);
  copy->flags = self->flags;
  g_array_append_vals (copy->marks, self->marks->data, self->marks->len);
  g_array_append_vals (copy->sources, self->sources->data, self->sources->len);
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->answers, key, value);
  return copy;
}

gint64
bm_journal_entry_get_id (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);
  return self->id;
}

void
bm_journal_entry_set_id (BmJournalEntry *self,
                         gint64          id)
{
  self->id = id;
}

gint64
bm_journal_entry_get_time (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);
  return self->time;
}

void
bm_journal_entry_set_time (BmJournalEntry *self,
                           gint64          time)
{
  g_return_if_fail (BM_IS_JOURNAL_ENTRY (self));
  self->time = time;
}

/* The entry's time in the local time zone; NULL only for a time GDateTime
 * cannot hold (before year 1 or after 9999). */
GDateTime *
bm_journal_entry_dup_datetime (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), NULL);
  return g_date_time_new_from_unix_local (self->time);
}

guint32
bm_journal_entry_get_day (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);

  return bm_journal_day_of (self->time);
}

const char *
bm_journal_entry_get_note (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), "");
  return self->note;
}

void
bm_journal_entry_set_note (BmJournalEntry *self,
                           const char     *note)
{
  g_return_if_fail (BM_IS_JOURNAL_ENTRY (self));

  g_free (self->note);
  self->note = g_utf8_make_valid (note != NULL ? note : "", -1);
}

BmFlags
bm_journal_entry_get_flags (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);
  return self->flags;
}

void
bm_journal_entry_set_flags (BmJournalEntry *self,
                            BmFlags         flags)
{
  g_return_if_fail (BM_IS_JOURNAL_ENTRY (self));
  self->flags = flags;
}

/* Borrowed; BmJournalMark sorted by region id, then symptom. */
GArray *
bm_journal_entry_get_marks (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), NULL);
  return self->marks;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const BmJournalMark *ma = a, *mb = b;
  int cmp = ma->region == mb->region ? 0 : strcmp (ma->region, mb->region);

  return cmp != 0 ? cmp : (int) ma->symptom - (int) mb->symptom;
}

void
bm_journal_entry_sort_marks (BmJournalEntry *self)
{
  g_array_sort (self->marks, compare_marks);
}

/* The position of (region, symptom) in the marks; *found says whether it
 * is there, else it is where such a mark goes. */
static guint
find_mark (BmJournalEntry *self,
           const char     *region,
           BmSymptom       symptom,
           gboolean       *found)
{
  BmJournalMark key = { region, symptom, 0 };
  guint lo = 0, hi = self->marks->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      int cmp = compare_marks (&g_array_index (self->marks, BmJournalMark, mid), &key);

      if (cmp == 0)
        {
          *found = TRUE;
          return mid;
        }
      if (cmp < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *found = FALSE;
  return lo;
}

void
bm_journal_entry_set_mark (BmJournalEntry *self,
                           const char     *region,
                           BmSymptom       symptom,
                           guint           intensity)
{
  BmJournalMark mark;
  gboolean found;
  guint pos;

  g_return_if_fail (BM_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (region != NULL && *region != '\0');
  g_return_if_fail (symptom < BM_N_SYMPTOMS);
  g_return_if_fail (intensity >= BM_INTENSITY_MIN && intensity <= BM_INTENSITY_MAX);

  mark = (BmJournalMark) { g_intern_string (region), symptom, intensity };
  pos = find_mark (self, mark.region, symptom, &found);
  if (found)
    g_array_index (self->marks, BmJournalMark, pos).intensity = intensity;
  else
    g_array_insert_val (self->marks, pos, mark);
}

guint
bm_journal_entry_get_intensity (BmJournalEntry *self,
                                const char     *region,
                                BmSymptom       symptom)
{
  gboolean found;
  guint pos;

  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);
  g_return_val_if_fail (region != NULL, 0);

  pos = find_mark (self, region, symptom, &found);
  return found ? g_array_index (self->marks, BmJournalMark, pos).intensity : 0;
}

guint
bm_journal_entry_get_n_areas (BmJournalEntry *self)
{
  guint n = 0;

  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);

  /* Sorted by region, so one region's marks are together. */
  for (guint i = 0; i < self->marks->len; i++)
    if (i == 0 || !g_str_equal (g_array_index (self->marks, BmJournalMark, i).region,
                                g_array_index (self->marks, BmJournalMark, i - 1).region))
      n++;
  return n;
}

static guint
sum_intensity (BmJournalEntry *self,
               BmSymptom       symptom)
{
  guint sum = 0;

  for (guint i = 0; i < self->marks->len; i++)
    if (g_array_index (self->marks, BmJournalMark, i).symptom == symptom)
      sum += g_array_index (self->marks, BmJournalMark, i).intensity;
  return sum;
}

guint
bm_journal_entry_get_pain_total (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);
  return sum_intensity (self, BM_SYMPTOM_PAIN);
}

guint
bm_journal_entry_get_numb_total (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);
  return sum_intensity (self, BM_SYMPTOM_NUMBNESS);
}

/* Borrowed: interned confirm key → GINT_TO_POINTER (BmConfirm). */
GHashTable *
bm_journal_entry_get_answers (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), NULL);
  return self->answers;
}

/* BM_CONFIRM_NONE removes the answer. */
void
bm_journal_entry_set_answer (BmJournalEntry *self,
                             const char     *key,
                             BmConfirm       confirm)
{
  g_return_if_fail (BM_IS_JOURNAL_ENTRY (self));
  /* Stored as "key=answer;…" */
  g_return_if_fail (key != NULL && *key != '\0' && strpbrk (key, ";=") == NULL);

  if (confirm == BM_CONFIRM_NONE)
    g_hash_table_remove (self->answers, key);
  else
    g_hash_table_insert (self->answers, (gpointer) g_intern_string (key), GINT_TO_POINTER (confirm));
}

/* Borrowed; BmJournalSource, best first. */
GArray *
bm_journal_entry_get_sources (BmJournalEntry *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), NULL);
  return self->sources;
}

/* Keeps the sources sorted by score (the earlier first among equals) and
 * at most BM_JOURNAL_N_SOURCES of them. */
void
bm_journal_entry_add_source (BmJournalEntry  *self,
                             const char      *muscle,
                             BmCandidateSide  side,
                             double           score)
{
  BmJournalSource source;
  guint pos = 0;

  g_return_if_fail (BM_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (muscle != NULL && *muscle != '\0');

  source = (BmJournalSource) { g_intern_string (muscle), side, score };
  while (pos < self->sources->len && g_array_index (self->sources, BmJournalSource, pos).score >= score)
    pos++;
  if (pos >= BM_JOURNAL_N_SOURCES)
    return;
  g_array_insert_val (self->sources, pos, source);
  if (self->sources->len > BM_JOURNAL_N_SOURCES)
    g_array_set_size (self->sources, BM_JOURNAL_N_SOURCES);
}

gboolean
bm_journal_entry_equal (BmJournalEntry *a,
                        BmJournalEntry *b)
{
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (a) && BM_IS_JOURNAL_ENTRY (b), FALSE);

  if (a->time != b->time || a->marks->len != b->marks->len || !g_str_equal (a->note, b->note))
    return FALSE;
  for (guint i = 0; i < a->marks->len; i++)
    {
      const BmJournalMark *ma = &g_array_index (a->marks, BmJournalMark, i);
      const BmJournalMark *mb = &g_array_index (b->marks, BmJournalMark, i);

      if (ma->region != mb->region || ma->symptom != mb->symptom || ma->intensity != mb->intensity)
        return FALSE;
    }
  return TRUE;
}

/* Whether @time is a moment GDateTime can hold in any time zone: from
 * the year 1 to 9999, with two days' margin. */
gboolean
bm_journal_time_is_valid (gint64 time)
{
  return time >= G_GINT64_CONSTANT (-62135596800) + 2 * 86400 &&
         time <= G_GINT64_CONSTANT (253402300799) - 2 * 86400;
}

int
bm_journal_entry_compare (BmJournalEntry *a,
                          BmJournalEntry *b)
{
  if (a->time != b->time)
    return a->time < b->time ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

/* The session gets the entry's marks, symptoms and answers and keeps its
 * sheet picks. Returns how many ids (regions, answers) the session's atlas
 * does not know and were left out. */
guint
bm_journal_entry_apply (BmJournalEntry *self,
                        BmSession      *session)
{
  BmAtlas *atlas;
  BmRegionCatalog *catalog;
  GArray *marks;
  GHashTable *answers;
  GPtrArray *sheet, *picks;
  GHashTableIter iter;
  gpointer key, value;
  guint skipped = 0;

  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (self), 0);
  g_return_val_if_fail (BM_IS_SESSION (session), 0);

  atlas = bm_session_get_atlas (session);
  catalog = bm_atlas_get_catalog (atlas);
  marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  for (guint i = 0; i < self->marks->len; i++)
    {
      const BmJournalMark *jm = &g_array_index (self->marks, BmJournalMark, i);
      const BmRegion *region = bm_region_catalog_lookup (catalog, jm->region);
      BmMark mark;

      if (region == NULL)
        {
          skipped++;
          continue;
        }
      mark = (BmMark) { region->index, jm->symptom, jm->intensity };
      g_array_append_val (marks, mark);
    }
  answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (bm_confirm_key_parse (atlas, key, NULL, NULL, NULL))
      g_hash_table_insert (answers, g_strdup (key), value);
    else
      skipped++;
  picks = bm_session_get_sheet (session);
  sheet = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < picks->len; i++)
    g_ptr_array_add (sheet, g_strdup (picks->pdata[i]));
  bm_session_replace (session, marks, self->flags, answers, sheet);
  g_array_unref (marks);
  return skipped;
}
