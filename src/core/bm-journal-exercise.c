/* bm-journal-exercise.c: the exercise log in memory, and technique keys
 *
 * Per technique key, the days it was ticked, sorted; and the days with any
 * tick, each with how many techniques were ticked that day, so counting
 * the days of a range is two binary searches whatever the range.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-journal-private.h"

struct _BmExerciseLog
{
  GHashTable *days;        /* interned technique key → GArray of guint32, sorted */
  GPtrArray  *techniques;  /* interned keys, sorted */
  GArray     *any_days;    /* DayCount, sorted by day */
};

typedef struct {
  guint32 day;
  guint   n;      /* techniques ticked that day */
} DayCount;

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* The number of days in @days (sorted, each the first guint32 of an
 * element of @stride bytes) before @day, or at most @day with @after. */
static guint
find_day (const GArray *days,
          gsize         stride,
          guint32       day,
          gboolean      after)
{
  guint lo = 0, hi = days->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint32 d = *(const guint32 *) (days->data + mid * stride);

      if (d < day || (after && d == day))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
count_day (BmExerciseLog *log,
           guint32        day,
           int            delta)
{
  guint pos = find_day (log->any_days, sizeof (DayCount), day, FALSE);
  DayCount *count = pos < log->any_days->len ? &g_array_index (log->any_days, DayCount, pos) : NULL;

  if (count != NULL && count->day == day)
    {
      count->n += delta;
      if (count->n == 0)
        g_array_remove_index (log->any_days, pos);
    }
  else if (delta > 0)
    {
      DayCount new_count = { day, 1 };

      g_array_insert_val (log->any_days, pos, new_count);
    }
}

/* Takes @days: interned key → GArray of guint32 days, sorted, freed with
 * g_array_unref. */
BmExerciseLog *
bm_exercise_log_new_take (GHashTable *days)
{
  BmExerciseLog *log = g_new0 (BmExerciseLog, 1);
  GHashTableIter iter;
  gpointer key, value;

  log->days = days;
  log->techniques = g_ptr_array_new ();
  log->any_days = g_array_new (FALSE, FALSE, sizeof (DayCount));
  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *ticks = value;

      g_ptr_array_add (log->techniques, key);
      for (guint i = 0; i < ticks->len; i++)
        count_day (log, g_array_index (ticks, guint32, i), 1);
    }
  g_ptr_array_sort (log->techniques, compare_keys);
  return log;
}

void
bm_exercise_log_free (BmExerciseLog *log)
{
  g_hash_table_unref (log->days);
  g_ptr_array_unref (log->techniques);
  g_array_unref (log->any_days);
  g_free (log);
}

gboolean
bm_exercise_log_is_done (BmExerciseLog *log,
                         const char    *technique,
                         guint32        day)
{
  GArray *ticks;
  guint pos;

  if (technique == NULL || (ticks = g_hash_table_lookup (log->days, technique)) == NULL)
    return FALSE;
  pos = find_day (ticks, sizeof (guint32), day, FALSE);
  return pos < ticks->len && g_array_index (ticks, guint32, pos) == day;
}

/* Sets or clears one tick; returns whether anything changed. */
gboolean
bm_exercise_log_set (BmExerciseLog *log,
                     const char    *technique,
                     guint32        day,
                     gboolean       done)
{
  GArray *ticks;
  guint pos;

  if (bm_exercise_log_is_done (log, technique, day) == !!done)
    return FALSE;
  if ((ticks = g_hash_table_lookup (log->days, technique)) == NULL)
    {
      technique = g_intern_string (technique);
      ticks = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_hash_table_insert (log->days, (gpointer) technique, ticks);
      g_ptr_array_add (log->techniques, (gpointer) technique);
      g_ptr_array_sort (log->techniques, compare_keys);
    }
  pos = find_day (ticks, sizeof (guint32), day, FALSE);
  if (done)
    g_array_insert_val (ticks, pos, day);
  else
    g_array_remove_index (ticks, pos);
  count_day (log, day, done ? 1 : -1);
  return TRUE;
}

GPtrArray *
bm_exercise_log_get_techniques (BmExerciseLog *log)
{
  return log->techniques;
}

/* Days in [first, last] with a tick of @technique (NULL: of any). */
guint
bm_exercise_log_count (BmExerciseLog *log,
                       const char    *technique,
                       guint32        first,
                       guint32        last)
{
  GArray *ticks;

  if (last < first)
    return 0;
  if (technique == NULL)
    return find_day (log->any_days, sizeof (DayCount), last, TRUE) -
           find_day (log->any_days, sizeof (DayCount), first, FALSE);
  if ((ticks = g_hash_table_lookup (log->days, technique)) == NULL)
    return 0;
  return find_day (ticks, sizeof (guint32), last, TRUE) - find_day (ticks, sizeof (guint32), first, FALSE);
}

/* ---- Technique keys ------------------------------------------------------ */

char *
bm_technique_key (const BmMuscle    *muscle,
                  const BmTechnique *technique)
{
  g_return_val_if_fail (muscle != NULL && technique != NULL, NULL);

  for (guint i = 0; i < muscle->stretches->len; i++)
    if (muscle->stretches->pdata[i] == technique)
      return g_strdup_printf ("%s/stretch/%u", muscle->id, i + 1);
  for (guint i = 0; i < muscle->releases->len; i++)
    if (muscle->releases->pdata[i] == technique)
      return g_strdup_printf ("%s/release/%u", muscle->id, i + 1);
  g_return_val_if_reached (NULL);
}

/* Splits "MUSCLE/KIND/N"; *kind is "stretch" or "release" and N a number
 * from 1 without sign or leading zero. */
static gboolean
parse_technique_key (const char  *key,
                     char       **muscle,
                     gboolean    *stretch,
                     guint       *number)
{
  g_auto(GStrv) parts = NULL;
  guint64 n;

  if (key == NULL || !g_utf8_validate (key, -1, NULL))
    return FALSE;
  parts = g_strsplit (key, "/", 4);
  if (g_strv_length (parts) != 3 || *parts[0] == '\0' || !g_ascii_isdigit (*parts[2]) ||
      *parts[2] == '0' || (!g_str_equal (parts[1], "stretch") && !g_str_equal (parts[1], "release")))
    return FALSE;
  if (strlen (parts[2]) > 6 || !g_ascii_string_to_unsigned (parts[2], 10, 1, 999999, &n, NULL))
    return FALSE;
  if (muscle != NULL)
    *muscle = g_strdup (parts[0]);
  *stretch = g_str_equal (parts[1], "stretch");
  *number = (guint) n;
  return TRUE;
}

gboolean
bm_technique_key_is_valid (const char *key)
{
  gboolean stretch;
  guint number;

  return parse_technique_key (key, NULL, &stretch, &number);
}

/* The technique @key names in @atlas, or NULL when anything in it is wrong. */
const BmTechnique *
bm_technique_key_lookup (BmAtlas          *atlas,
                         const char       *key,
                         const BmMuscle  **muscle)
{
  g_autofree char *id = NULL;
  const BmMuscle *m;
  GPtrArray *list;
  gboolean stretch;
  guint number;

  g_return_val_if_fail (BM_IS_ATLAS (atlas), NULL);

  if (!parse_technique_key (key, &id, &stretch, &number) || (m = bm_atlas_lookup (atlas, id)) == NULL)
    return NULL;
  list = stretch ? m->stretches : m->releases;
  if (number > list->len)
    return NULL;
  if (muscle != NULL)
    *muscle = m;
  return list->pdata[number - 1];
}

guint32
bm_journal_day_of (gint64 time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (time);
  GDate date;

  if (dt == NULL)
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (dt), g_date_time_get_month (dt),
                  g_date_time_get_year (dt));
  return g_date_get_julian (&date);
}

gint64
bm_journal_day_midnight (guint32 day)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  dt = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 0, 0, 0);
  return g_date_time_to_unix (dt);
}

guint32
bm_journal_today (void)
{
  return bm_journal_day_of (g_get_real_time () / G_USEC_PER_SEC);
}
