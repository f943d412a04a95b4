/* bm-journal-csv-parse.c: reading the journal's CSV (see bm-journal-csv.h)
 *
 * The reader walks the text once, a row at a time, counting physical lines
 * (a line break inside a quoted note is one too), so each error names the
 * line a text editor shows. A row becomes a mark of the entry of its id;
 * the first problem stops everything and nothing is returned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-ids.h"
#include "bm-journal-csv.h"
#include "bm-json.h"

#define N_COLUMNS 6
#define BOM "\xEF\xBB\xBF"

enum { COL_ID, COL_DATE, COL_REGION, COL_KIND, COL_INTENSITY, COL_NOTE };

static const char *const column_names[N_COLUMNS] = {
  "id", "date", "region", "kind", "intensity", "note",
};

typedef struct {
  char  *fields[N_COLUMNS];
  guint  field_line[N_COLUMNS];  /* where each field starts */
  guint  n_fields;               /* every field of the row, also past N_COLUMNS */
  guint  line;                   /* where the row starts */
} Row;

/* The rows of one id so far. */
typedef struct {
  BmJournalEntry *entry;
  char           *date;   /* as the first row wrote it, for messages */
  guint           line;   /* the first row */
} Group;

typedef struct {
  const char      *name;
  const char      *p;
  const char      *end;
  guint            line;  /* the physical line at p, from 1 */
  BmRegionCatalog *catalog;
  GTimeZone       *local;
  GHashTable      *groups;  /* gint64 id → Group */
  GPtrArray       *entries; /* in order of first appearance */
  GString         *scratch;
  GError         **error;
} Parser;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_object_unref (group->entry);
  g_free (group->date);
  g_free (group);
}

static void
row_clear (Row *row)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&row->fields[i], g_free);
  row->n_fields = 0;
}

static const char *
column_name (guint index)
{
  return index < N_COLUMNS ? column_names[index] : NULL;
}

static gboolean
fail (Parser     *p,
      int         code,
      guint       line,
      const char *column,
      const char *format,
      ...) G_GNUC_PRINTF (5, 6);

/* Sets the error "FILE:LINE: column “NAME”: MESSAGE" and returns FALSE. */
static gboolean
fail (Parser     *p,
      int         code,
      guint       line,
      const char *column,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (column != NULL)
    g_set_error (p->error, BM_ERROR, code, _("%s:%u: column “%s”: %s"), p->name, line, column, message);
  else
    g_set_error (p->error, BM_ERROR, code, _("%s:%u: %s"), p->name, line, message);
  return FALSE;
}

/* ---- Splitting rows ------------------------------------------------------ */

static guint
count_lines (const char *start,
             const char *end)
{
  guint n = 0;

  for (const char *s = start; (s = memchr (s, '\n', end - s)) != NULL; s++)
    n++;
  return n;
}

/* A quoted field, p at its opening quote, into scratch. */
static gboolean
read_quoted (Parser *p,
             guint   index)
{
  guint start_line = p->line;

  p->p++;
  for (;;)
    {
      const char *q = memchr (p->p, '"', p->end - p->p);

      if (q == NULL)
        return fail (p, BM_ERROR_PARSE, start_line, column_name (index),
                     _("the quoted field that starts on this line has no closing quote"));
      p->line += count_lines (p->p, q);
      g_string_append_len (p->scratch, p->p, q - p->p);
      p->p = q + 1;
      if (p->p < p->end && *p->p == '"')
        {
          g_string_append_c (p->scratch, '"');
          p->p++;
        }
      else
        break;
    }
  if (p->p < p->end && *p->p != ',' && *p->p != '\n' && *p->p != '\r')
    return fail (p, BM_ERROR_PARSE, p->line, column_name (index),
                 _("there is text after the closing quote; a quote inside a quoted field is written twice (\"\")"));
  return TRUE;
}

/* An unquoted field into scratch. */
static gboolean
read_plain (Parser *p,
            guint   index)
{
  const char *start = p->p;

  while (p->p < p->end && *p->p != ',' && *p->p != '\n' && *p->p != '\r')
    {
      if (*p->p == '"')
        return fail (p, BM_ERROR_PARSE, p->line, column_name (index),
                     _("a quote inside a field that does not start with one; write the field in quotes, "
                       "with each quote inside it twice (\"\")"));
      p->p++;
    }
  g_string_append_len (p->scratch, start, p->p - start);
  return TRUE;
}

/* After a field: TRUE in *more when another field of the row follows. */
static gboolean
read_separator (Parser   *p,
                gboolean *more)
{
  *more = FALSE;
  if (p->p == p->end)
    return TRUE;
  if (*p->p == ',')
    *more = TRUE;
  else if (*p->p == '\r' && (p->p + 1 == p->end || p->p[1] != '\n'))
    return fail (p, BM_ERROR_PARSE, p->line, NULL,
                 _("a carriage return that does not end a line; lines end with LF or CR LF"));
  else if (*p->p == '\r')
    p->p++;
  p->p++;
  if (!*more)
    p->line++;
  return TRUE;
}

static void
skip_empty_lines (Parser *p)
{
  while (p->p < p->end)
    {
      if (*p->p == '\n')
        p->p++;
      else if (*p->p == '\r' && p->p + 1 < p->end && p->p[1] == '\n')
        p->p += 2;
      else
        break;
      p->line++;
    }
}

/* The next row into @row: 1, or 0 at the end, -1 on an error. */
static int
read_row (Parser *p,
          Row    *row)
{
  gboolean more = TRUE;

  row_clear (row);
  skip_empty_lines (p);
  if (p->p == p->end)
    return 0;
  row->line = p->line;
  while (more)
    {
      guint index = row->n_fields++;
      guint line = p->line;

      g_string_truncate (p->scratch, 0);
      if (!(p->p < p->end && *p->p == '"' ? read_quoted (p, index) : read_plain (p, index)))
        return -1;
      if (index < N_COLUMNS)
        {
          if (!g_utf8_validate_len (p->scratch->str, p->scratch->len, NULL))
            {
              fail (p, BM_ERROR_PARSE, line, column_names[index], _("the text is not valid UTF-8"));
              return -1;
            }
          row->fields[index] = g_strndup (p->scratch->str, p->scratch->len);
          row->field_line[index] = line;
        }
      if (!read_separator (p, &more))
        return -1;
    }
  return 1;
}

static gboolean
check_header (Parser *p,
              Row    *row)
{
  if (row->n_fields == N_COLUMNS)
    {
      guint i = 0;

      while (i < N_COLUMNS && g_str_equal (row->fields[i], column_names[i]))
        i++;
      if (i == N_COLUMNS)
        return TRUE;
    }
  return fail (p, BM_ERROR_PARSE, row->line, NULL,
               _("the first line must be the header “%s”; this is not a journal exported by Bodymap"),
               BM_JOURNAL_CSV_HEADER);
}

/* ---- Fields -------------------------------------------------------------- */

/* @n digits at *s, then *s moved past them. */
static gboolean
read_digits (const char **s,
             guint        n,
             int         *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++, (*s)++)
    {
      if (!g_ascii_isdigit (**s))
        return FALSE;
      *value = *value * 10 + (**s - '0');
    }
  return TRUE;
}

/* Z, or +HH:MM / -HH:MM; NULL when @s is something else. */
static GTimeZone *
read_offset (const char *s)
{
  int hours, minutes;
  int sign = *s == '-' ? -1 : 1;

  if (g_str_equal (s, "Z"))
    return g_time_zone_new_utc ();
  if ((*s != '+' && *s != '-') || strlen (s) != 6 || s[3] != ':')
    return NULL;
  s++;
  if (!read_digits (&s, 2, &hours) || !(s++, read_digits (&s, 2, &minutes)) || hours > 23 || minutes > 59)
    return NULL;
  return g_time_zone_new_offset (sign * (hours * 3600 + minutes * 60));
}

/* YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM] (a space for the T too), local time
 * without an offset. */
static gboolean
parse_date (const char *text,
            GTimeZone  *local_tz,
            gint64     *time)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) dt = NULL;
  g_autoptr(GDateTime) local = NULL;
  const char *s = text;
  int year, month, day, hour, minute, second = 0;

  if (!read_digits (&s, 4, &year) || *s++ != '-' || !read_digits (&s, 2, &month) || *s++ != '-' ||
      !read_digits (&s, 2, &day) || (*s != 'T' && *s != ' ') || (s++, !read_digits (&s, 2, &hour)) ||
      *s++ != ':' || !read_digits (&s, 2, &minute))
    return FALSE;
  if (*s == ':' && (s++, !read_digits (&s, 2, &second)))
    return FALSE;
  if (*s == '\0')
    tz = g_time_zone_ref (local_tz);
  else if ((tz = read_offset (s)) == NULL)
    return FALSE;
  if (second > 59 || (dt = g_date_time_new (tz, year, month, day, hour, minute, second)) == NULL)
    return FALSE;
  /* With an offset, the local time may fall outside years 1–9999. */
  if ((local = g_date_time_to_timezone (dt, local_tz)) == NULL)
    return FALSE;
  *time = g_date_time_to_unix (dt);
  return TRUE;
}

/* A positive decimal number of at most @max, digits only. */
static gboolean
parse_number (const char *text,
              guint64     max,
              guint64    *value)
{
  *value = 0;
  if (*text == '\0')
    return FALSE;
  for (const char *s = text; *s != '\0'; s++)
    {
      if (!g_ascii_isdigit (*s) || *value > (max - (guint64) (*s - '0')) / 10)
        return FALSE;
      *value = *value * 10 + (guint64) (*s - '0');
    }
  return *value > 0;
}

/* ---- Rows into entries --------------------------------------------------- */

static Group *
find_group (Parser     *p,
            Row        *row,
            gint64      id,
            const char *id_text,
            gint64      time)
{
  Group *group = g_hash_table_lookup (p->groups, &id);
  const char *note = row->fields[COL_NOTE];
  gint64 *key;

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->entry = bm_journal_entry_new (time);
      bm_journal_entry_set_note (group->entry, note);
      group->date = g_strdup (row->fields[COL_DATE]);
      group->line = row->line;
      key = g_new (gint64, 1);
      *key = id;
      g_hash_table_insert (p->groups, key, group);
      g_ptr_array_add (p->entries, g_object_ref (group->entry));
    }
  else if (bm_journal_entry_get_time (group->entry) != time)
    {
      g_autofree char *first = bm_quote_excerpt (group->date);

      fail (p, BM_ERROR_INVALID, row->field_line[COL_DATE], "date",
            _("entry %s has the date “%s” on line %u; all rows of an entry have the same date"),
            id_text, first, group->line);
      return NULL;
    }
  else if (!g_str_equal (bm_journal_entry_get_note (group->entry), note))
    {
      fail (p, BM_ERROR_INVALID, row->field_line[COL_NOTE], "note",
            _("entry %s has a different note on line %u; all rows of an entry have the same note"),
            id_text, group->line);
      return NULL;
    }
  return group;
}

/* The region, kind and intensity of a row, all three given. */
static gboolean
add_mark (Parser     *p,
          Row        *row,
          const char *id_text,
          Group      *group)
{
  const BmRegion *region = bm_region_catalog_lookup (p->catalog, row->fields[COL_REGION]);
  int symptom = bm_enum_from_id (BM_TYPE_SYMPTOM, row->fields[COL_KIND]);
  const char *intensity_text = row->fields[COL_INTENSITY];
  guint64 intensity;
  g_autofree char *value = NULL;

  if (region == NULL)
    {
      value = bm_quote_excerpt (row->fields[COL_REGION]);
      return fail (p, BM_ERROR_UNKNOWN, row->field_line[COL_REGION], "region",
                   _("there is no region “%s” (bodymap --list-regions lists them)"), value);
    }
  if (symptom < 0)
    {
      value = bm_quote_excerpt (row->fields[COL_KIND]);
      return fail (p, BM_ERROR_INVALID, row->field_line[COL_KIND], "kind",
                   _("“%s” is not a kind of mark; it is “pain” or “numbness”"), value);
    }
  if (!parse_number (intensity_text, BM_INTENSITY_MAX, &intensity))
    {
      value = bm_quote_excerpt (intensity_text);
      return fail (p, BM_ERROR_RANGE, row->field_line[COL_INTENSITY], "intensity",
                   _("“%s” is not an intensity; it is a whole number from %d to %d"),
                   value, BM_INTENSITY_MIN, BM_INTENSITY_MAX);
    }
  if (bm_journal_entry_get_intensity (group->entry, region->id, symptom) != 0)
    return fail (p, BM_ERROR_INVALID, row->field_line[COL_KIND], "kind",
                 _("entry %s has a second “%s” mark for region “%s”"),
                 id_text, row->fields[COL_KIND], region->id);
  bm_journal_entry_set_mark (group->entry, region->id, symptom, (guint) intensity);
  return TRUE;
}

static gboolean
add_row (Parser *p,
         Row    *row)
{
  static const guint mark_columns[] = { COL_REGION, COL_KIND, COL_INTENSITY };
  guint64 id;
  gint64 time;
  guint n_empty = 0;
  g_autofree char *value = NULL;
  g_autofree char *id_text = NULL;
  Group *group;

  if (row->n_fields != N_COLUMNS)
    return fail (p, BM_ERROR_PARSE, row->line, NULL,
                 g_dngettext (GETTEXT_PACKAGE, "this row has %u field, not %d (%s)",
                              "this row has %u fields, not %d (%s)", row->n_fields),
                 row->n_fields, N_COLUMNS, BM_JOURNAL_CSV_HEADER);
  if (!parse_number (row->fields[COL_ID], G_MAXINT64, &id))
    {
      value = bm_quote_excerpt (row->fields[COL_ID]);
      return fail (p, BM_ERROR_INVALID, row->field_line[COL_ID], "id",
                   _("“%s” is not an entry id; it is a whole number from 1"), value);
    }
  if (!parse_date (row->fields[COL_DATE], p->local, &time))
    {
      value = bm_quote_excerpt (row->fields[COL_DATE]);
      return fail (p, BM_ERROR_INVALID, row->field_line[COL_DATE], "date",
                   _("“%s” is not a date and time such as 2026-03-14T08:30"), value);
    }
  /* Written as a number: "0001" is entry 1, and no long text in a message. */
  id_text = g_strdup_printf ("%" G_GUINT64_FORMAT, id);
  if ((group = find_group (p, row, (gint64) id, id_text, time)) == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (mark_columns); i++)
    n_empty += row->fields[mark_columns[i]][0] == '\0';
  if (n_empty == G_N_ELEMENTS (mark_columns))
    return TRUE;   /* an entry without marks */
  for (guint i = 0; i < G_N_ELEMENTS (mark_columns); i++)
    if (row->fields[mark_columns[i]][0] == '\0')
      return fail (p, BM_ERROR_INVALID, row->field_line[mark_columns[i]], column_names[mark_columns[i]],
                   _("the field is empty; a row has region, kind and intensity, or none of them"));
  return add_mark (p, row, id_text, group);
}

GPtrArray *
bm_journal_csv_parse (const char       *data,
                      gsize             length,
                      const char       *name,
                      BmRegionCatalog  *catalog,
                      GError          **error)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, group_free);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GTimeZone) local = g_time_zone_new_local ();
  Parser p = { name, data, data + length, 1, catalog, local, groups, entries, scratch, error };
  Row row = { 0 };
  gboolean ok = FALSE;
  int status;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (BM_IS_REGION_CATALOG (catalog), NULL);

  if (length > BM_JOURNAL_CSV_MAX_SIZE)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, _("%s is larger than %d MB; this is not a journal exported by Bodymap"),
                   name, BM_JOURNAL_CSV_MAX_SIZE / (1024 * 1024));
      return NULL;
    }
  if (length >= strlen (BOM) && memcmp (data, BOM, strlen (BOM)) == 0)
    p.p += strlen (BOM);
  if ((status = read_row (&p, &row)) == 0)
    fail (&p, BM_ERROR_PARSE, 1, NULL, _("the file is empty; a journal file starts with the header “%s”"),
          BM_JOURNAL_CSV_HEADER);
  else if (status > 0 && check_header (&p, &row))
    {
      while ((status = read_row (&p, &row)) > 0 && add_row (&p, &row))
        ;
      ok = status == 0;
    }
  row_clear (&row);
  return ok ? g_steal_pointer (&entries) : NULL;
}
