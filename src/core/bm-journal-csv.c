/* bm-journal-csv.c: writing the journal's CSV, and the export and import
 * of files (the format is described in bm-journal-csv.h; reading is in
 * bm-journal-csv-parse.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-file.h"
#include "bm-ids.h"
#include "bm-journal-csv.h"

typedef struct {
  BmJournalEntry *entry;
  gint64          id;     /* the entry's, or a number after the largest */
  gint64          time;
} Item;

/* ---- Writing ------------------------------------------------------------- */

static void
append_field (GString    *out,
              const char *value)
{
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (out, value);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *s = value; *s != '\0'; s++)
    {
      if (*s == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *s);
    }
  g_string_append_c (out, '"');
}

static gint64
offset_at (GTimeZone *tz,
           gint64     time)
{
  return g_time_zone_get_offset (tz, g_time_zone_find_interval (tz, G_TIME_TYPE_UNIVERSAL, time));
}

/* Whether another instant has the same local time as @time (in the hour a
 * clock change repeats). Clock changes are months apart and shift by less
 * than three hours. */
static gboolean
is_ambiguous (GTimeZone *tz,
              gint64     time)
{
  gint64 offset = offset_at (tz, time);

  for (int sign = -1; sign <= 1; sign += 2)
    {
      gint64 other = offset_at (tz, time + sign * 3 * 3600);
      gint64 twin = time + offset - other;

      if (other != offset && twin != time && offset_at (tz, twin) == other)
        return TRUE;
    }
  return FALSE;
}

/* Local time, YYYY-MM-DDTHH:MM; with :SS when the seconds are not zero, and
 * with the UTC offset when the local time alone could name another instant
 * too. */
static void
append_date (GString   *out,
             GTimeZone *tz,
             gint64     time)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (time);
  g_autoptr(GDateTime) dt = utc != NULL ? g_date_time_to_timezone (utc, tz) : NULL;
  int second;

  if (dt == NULL)
    return;   /* beyond year 9999: left empty, and import says so */
  second = g_date_time_get_second (dt);
  g_string_append_printf (out, "%04d-%02d-%02dT%02d:%02d",
                          g_date_time_get_year (dt), g_date_time_get_month (dt),
                          g_date_time_get_day_of_month (dt), g_date_time_get_hour (dt),
                          g_date_time_get_minute (dt));
  if (second != 0)
    g_string_append_printf (out, ":%02d", second);
  if (is_ambiguous (tz, time))
    {
      gint64 offset = g_date_time_get_utc_offset (dt) / G_TIME_SPAN_MINUTE;

      g_string_append_printf (out, "%c%02d:%02d", offset < 0 ? '-' : '+',
                              (int) (ABS (offset) / 60), (int) (ABS (offset) % 60));
    }
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const BmJournalMark *ma = a, *mb = b;
  int c = strcmp (ma->region, mb->region);

  return c != 0 ? c : (int) ma->symptom - (int) mb->symptom;
}

/* One row; @start is "ID,DATE" */
static void
append_row (GString             *out,
            const GString       *start,
            const Item          *item,
            const BmJournalMark *mark)
{
  g_string_append_len (out, start->str, start->len);
  if (mark != NULL)
    g_string_append_printf (out, ",%s,%s,%u,", mark->region, bm_symptom_get_id (mark->symptom), mark->intensity);
  else
    g_string_append (out, ",,,,");
  append_field (out, bm_journal_entry_get_note (item->entry));
  g_string_append_c (out, '\n');
}

static void
append_entry (GString    *out,
              GString    *start,
              GTimeZone  *tz,
              const Item *item)
{
  GArray *marks = bm_journal_entry_get_marks (item->entry);
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (BmJournalMark), marks->len);

  g_string_printf (start, "%" G_GINT64_FORMAT ",", item->id);
  append_date (start, tz, item->time);
  g_array_append_vals (sorted, marks->data, marks->len);
  g_array_sort (sorted, compare_marks);
  if (sorted->len == 0)
    append_row (out, start, item, NULL);
  for (guint i = 0; i < sorted->len; i++)
    append_row (out, start, item, &g_array_index (sorted, BmJournalMark, i));
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *ia = a, *ib = b;

  if (ia->time != ib->time)
    return ia->time < ib->time ? -1 : 1;
  return ia->id < ib->id ? -1 : ia->id > ib->id;
}

/* The entries in [from, to] (0: open), with their ids, sorted. */
static GArray *
collect_items (GListModel *entries,
               gint64      from,
               gint64      to)
{
  guint n = g_list_model_get_n_items (entries);
  GArray *items = g_array_sized_new (FALSE, FALSE, sizeof (Item), n);
  gint64 next_id = 1;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (entries, i);
      gint64 id = bm_journal_entry_get_id (entry);

      if (id < G_MAXINT64)
        next_id = MAX (next_id, id + 1);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BmJournalEntry) entry = g_list_model_get_item (entries, i);
      Item item = { entry, bm_journal_entry_get_id (entry), bm_journal_entry_get_time (entry) };

      if (item.id <= 0)
        item.id = next_id++;   /* the same whatever the range */
      if ((from != 0 && item.time < from) || (to != 0 && item.time > to))
        continue;
      g_array_append_val (items, item);   /* borrowed: the model keeps it */
    }
  g_array_sort (items, compare_items);
  return items;
}

char *
bm_journal_csv_write (GListModel *entries,
                      gint64      from,
                      gint64      to)
{
  g_autoptr(GArray) items = NULL;
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();
  g_autoptr(GString) start = g_string_new (NULL);
  GString *out;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);

  items = collect_items (entries, from, to);
  out = g_string_new (BM_JOURNAL_CSV_HEADER "\n");
  for (guint i = 0; i < items->len; i++)
    append_entry (out, start, tz, &g_array_index (items, Item, i));
  return g_string_free (out, FALSE);
}

/* ---- Files --------------------------------------------------------------- */

gboolean
bm_journal_csv_export_file (BmJournal   *journal,
                            const char  *path,
                            GError     **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (BM_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = bm_journal_csv_write (G_LIST_MODEL (journal), 0, 0);
  return bm_file_set_contents (path, text, strlen (text), 0600, error);
}

static gboolean
too_large (const char  *path,
           GError     **error)
{
  g_set_error (error, BM_ERROR, BM_ERROR_IO, _("%s is larger than %d MB; this is not a journal exported by Bodymap"),
               path, BM_JOURNAL_CSV_MAX_SIZE / (1024 * 1024));
  return FALSE;
}

static gboolean
read_error (const char  *path,
            int          errsv,
            GError     **error)
{
  g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot read %s: %s"), path, g_strerror (errsv));
  return FALSE;
}

/* Everything @fd holds, up to BM_JOURNAL_CSV_MAX_SIZE bytes. */
static gboolean
read_all (int          fd,
          const char  *path,
          GByteArray  *data,
          GError     **error)
{
  guint8 buffer[65536];

  for (;;)
    {
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return read_error (path, errno, error);
      if (n == 0)
        return TRUE;
      if (data->len + (gsize) n > BM_JOURNAL_CSV_MAX_SIZE)
        return too_large (path, error);
      g_byte_array_append (data, buffer, (guint) n);
    }
}

static GBytes *
read_file (const char  *path,
           GError     **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  struct stat st;
  gboolean ok;
  int fd;

  if ((fd = g_open (path, O_RDONLY | O_CLOEXEC, 0)) < 0)
    {
      read_error (path, errno, error);
      return NULL;
    }
  if (fstat (fd, &st) != 0)
    ok = read_error (path, errno, error);
  else if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot read %s: it is a folder"), path);
      ok = FALSE;
    }
  else if (S_ISREG (st.st_mode) && st.st_size > BM_JOURNAL_CSV_MAX_SIZE)
    ok = too_large (path, error);
  else
    ok = read_all (fd, path, data, error);
  close (fd);
  return ok ? g_byte_array_free_to_bytes (g_steal_pointer (&data)) : NULL;
}

gboolean
bm_journal_csv_import_file (BmJournal        *journal,
                            const char       *path,
                            BmRegionCatalog  *catalog,
                            guint            *n_added,
                            guint            *n_skipped,
                            GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (BM_IS_JOURNAL (journal), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (BM_IS_REGION_CATALOG (catalog), FALSE);

  if (n_added != NULL)
    *n_added = 0;
  if (n_skipped != NULL)
    *n_skipped = 0;
  if ((bytes = read_file (path, error)) == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);
  if ((entries = bm_journal_csv_parse (data != NULL ? data : "", length, path, catalog, error)) == NULL)
    return FALSE;
  return bm_journal_import (journal, entries, n_added, n_skipped, error);
}
