/* bm-cli-journal.c: the pain journal without a window: --journal-add,
 * --journal-list, --journal-export, --journal-import and --report
 *
 * The journal is bm_journal_default_path(), shared with the app. Dates on
 * the command line are local time, YYYY-MM-DD or YYYY-MM-DDTHH:MM; a date
 * alone means 12:00 for --date, the start of the day for --from and its
 * end for --to (both included). Bad arguments are found before the journal
 * is opened, so a refused command changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-cli-private.h"
#include "core/bm-file.h"
#include "core/bm-journal.h"
#include "core/bm-journal-csv.h"
#include "core/bm-journal-report.h"
#include "core/bm-json.h"

#define SECONDS_PER_DAY 86400
#define NOON            (12 * 3600)
/* --date may be a little ahead (another time zone), not more than a day. */
#define MAX_AHEAD       SECONDS_PER_DAY

/* The journal's range in Unix seconds, both ends included. */
typedef struct {
  gint64 from;
  gint64 to;
} Range;

gboolean
bm_cli_wants_journal (const BmCliOptions *options)
{
  return options->journal_add || options->journal_list || options->journal_export != NULL ||
         options->journal_import != NULL || options->report != NULL;
}

/* The journal commands given, as "--journal-add, --report"; *n how many. */
static char *
list_commands (const BmCliOptions *options,
               guint              *n)
{
  const struct { gboolean given; const char *name; } commands[] = {
    { options->journal_add, "--journal-add" },
    { options->journal_list, "--journal-list" },
    { options->journal_export != NULL, "--journal-export" },
    { options->journal_import != NULL, "--journal-import" },
    { options->report != NULL, "--report" },
  };
  g_autoptr(GString) names = g_string_new (NULL);

  *n = 0;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (commands[i].given)
      g_string_append_printf (names, "%s%s", (*n)++ ? ", " : "", commands[i].name);
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* @n digits at @s, as a number. */
static gboolean
read_digits (const char *s,
             guint       n,
             int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      *value = *value * 10 + (s[i] - '0');
    }
  return TRUE;
}

/* "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" in local time; a date alone is
 * @day_seconds after its midnight. @end_of_minute adds 59 seconds to a
 * given time, for the end of a range. */
static gboolean
parse_date (const char  *option,
            const char  *value,
            int          day_seconds,
            gboolean     end_of_minute,
            gint64      *time,
            GError     **error)
{
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *quoted = bm_quote_excerpt (value);
  gsize length = strlen (value);
  int y, m, d, h = day_seconds / 3600, min = day_seconds / 60 % 60, s = day_seconds % 60;

  if ((length != 10 && length != 16) || !read_digits (value, 4, &y) || value[4] != '-' ||
      !read_digits (value + 5, 2, &m) || value[7] != '-' || !read_digits (value + 8, 2, &d) ||
      (length == 16 && (value[10] != 'T' || !read_digits (value + 11, 2, &h) || value[13] != ':' ||
                        !read_digits (value + 14, 2, &min))))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s=“%s” is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM"), option, quoted);
      return FALSE;
    }
  if (length == 16)
    s = end_of_minute ? 59 : 0;
  if (y < 1900 || !g_date_valid_dmy (d, m, y) || h > 23 || min > 59 ||
      (dt = g_date_time_new_local (y, m, d, h, min, s)) == NULL)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("%s=“%s” is not a day and time of the calendar"), option, quoted);
      return FALSE;
    }
  *time = g_date_time_to_unix (dt);
  return TRUE;
}

/* --from and --to, checked: the whole journal when neither is given. */
static gboolean
parse_range (const BmCliOptions  *options,
             Range               *range,
             GError             **error)
{
  range->from = G_MININT64;
  range->to = G_MAXINT64;
  if ((options->from != NULL && !parse_date ("--from", options->from, 0, FALSE, &range->from, error)) ||
      (options->to != NULL && !parse_date ("--to", options->to, SECONDS_PER_DAY - 1, TRUE, &range->to, error)))
    return FALSE;
  if (range->from > range->to)
    {
      g_autofree char *from = bm_quote_excerpt (options->from);
      g_autofree char *to = bm_quote_excerpt (options->to);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--from=“%s” is after --to=“%s”"), from, to);
      return FALSE;
    }
  return TRUE;
}

/* --date, or now; not more than a day ahead. */
static gboolean
parse_entry_time (const char  *value,
                  gint64      *time,
                  GError     **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (value == NULL)
    {
      *time = now;
      return TRUE;
    }
  if (!parse_date ("--date", value, NOON, FALSE, time, error))
    return FALSE;
  if (*time > now + MAX_AHEAD)
    {
      g_autofree char *quoted = bm_quote_excerpt (value);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--date=“%s” is more than a day in the future"), quoted);
      return FALSE;
    }
  return TRUE;
}

/* A note is text: valid UTF-8, without control characters but for line
 * breaks and tabs. */
static gboolean
check_note (const char  *note,
            GError     **error)
{
  if (note == NULL)
    return TRUE;
  if (!g_utf8_validate (note, -1, NULL))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, _("--note is not valid UTF-8"));
      return FALSE;
    }
  for (const char *p = note; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iscntrl (c) && c != '\n' && c != '\t')
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--note must be text, without control characters other than line breaks and tabs"));
          return FALSE;
        }
    }
  return TRUE;
}

/* Says on @err what opening found: a damaged journal set aside, rows
 * skipped (each line of the problems names the file, the entry and what
 * was skipped). */
static void
tell_journal_state (BmJournal *journal,
                    FILE      *err)
{
  const char *aside = bm_journal_get_set_aside (journal);
  const char *problems = bm_journal_get_problems (journal);

  if (aside != NULL)
    fprintf (err, _("bodymap: the journal %s was damaged; it was kept as %s and a new journal was started\n"),
             bm_journal_get_path (journal), aside);
  if (problems != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (problems, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        if (lines[i][0] != '\0')
          fprintf (err, _("bodymap: warning: %s\n"), lines[i]);
    }
}

/* @error about the journal at @path, naming it if the message does not. */
static void
say_journal_error (FILE         *err,
                   const char   *path,
                   const GError *error)
{
  if (strstr (error->message, path) != NULL)
    fprintf (err, "bodymap: %s\n", error->message);
  else
    fprintf (err, _("bodymap: the journal %s: %s\n"), path, error->message);
}

/* The journal of bm_journal_default_path(); NULL after saying why. */
static BmJournal *
open_journal (BmAtlas *atlas,
              FILE    *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bm_journal_default_path ();
  BmJournal *journal = bm_journal_open (path, bm_atlas_get_catalog (atlas), &error);

  if (journal == NULL)
    {
      say_journal_error (err, path, error);
      return NULL;
    }
  tell_journal_state (journal, err);
  return journal;
}

/* The journal's entries in @range, oldest first (new references). */
static GPtrArray *
entries_in_range (BmJournal   *journal,
                  const Range *range)
{
  GListModel *model = G_LIST_MODEL (journal);
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (model);

  for (guint i = range->from == G_MININT64 ? 0 : bm_journal_find_time (journal, range->from); i < n; i++)
    {
      BmJournalEntry *entry = g_list_model_get_item (model, i);

      if (bm_journal_entry_get_time (entry) > range->to)
        {
          g_object_unref (entry);
          break;
        }
      g_ptr_array_add (entries, entry);
    }
  return entries;
}

static int
journal_add (BmAtlas            *atlas,
             const BmCliOptions *options,
             FILE               *out,
             FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmSession) session = NULL;
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(BmJournalEntry) entry = NULL;
  gint64 time;

  if ((session = bm_cli_build_session (atlas, options, &error)) == NULL ||
      !parse_entry_time (options->date, &time, &error) || !check_note (options->note, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_USAGE;
    }
  if (options->pain == NULL && options->numb == NULL)
    {
      fputs (_("bodymap: --journal-add needs --pain=REGION[:INTENSITY],… or --numb=REGION,…\n"), err);
      return BM_EXIT_USAGE;
    }
  if ((journal = open_journal (atlas, err)) == NULL)
    return BM_EXIT_DATA;
  entry = bm_journal_entry_new_from_session (session, time);
  if (options->note != NULL)
    bm_journal_entry_set_note (entry, options->note);
  if (!bm_journal_add (journal, entry, &error))
    {
      say_journal_error (err, bm_journal_get_path (journal), error);
      return BM_EXIT_DATA;
    }
  fprintf (out, "%" G_GINT64_FORMAT "\n", bm_journal_entry_get_id (entry));
  return BM_EXIT_OK;
}

/* One line per entry: id, date, areas, overall pain, tab-separated. */
static int
journal_list (BmAtlas            *atlas,
              const BmCliOptions *options,
              const Range        *range,
              FILE               *out,
              FILE               *err)
{
  g_autoptr(BmJournal) journal = open_journal (atlas, err);
  g_autoptr(GPtrArray) entries = NULL;

  if (journal == NULL)
    return BM_EXIT_DATA;
  entries = entries_in_range (journal, range);
  if (options->json)
    {
      bm_cli_print_json (out, bm_cli_json_array (entries, bm_cli_journal_entry_json, NULL));
      return BM_EXIT_OK;
    }
  for (guint i = 0; i < entries->len; i++)
    {
      BmJournalEntry *entry = entries->pdata[i];
      g_autoptr(GDateTime) dt = bm_journal_entry_dup_datetime (entry);
      g_autofree char *date = g_date_time_format (dt, "%Y-%m-%d %H:%M");

      fprintf (out, "%" G_GINT64_FORMAT "\t%s\t%u\t%u\n", bm_journal_entry_get_id (entry), date,
               bm_journal_entry_get_n_areas (entry), bm_journal_entry_get_pain_total (entry));
    }
  return BM_EXIT_OK;
}

/* The entries in @range as CSV, through the safe writer: a complete new
 * file or none. */
static int
journal_export (BmAtlas            *atlas,
                const BmCliOptions *options,
                const Range        *range,
                FILE               *out,
                FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) journal = open_journal (atlas, err);
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *csv = NULL;

  if (journal == NULL)
    return BM_EXIT_DATA;
  entries = entries_in_range (journal, range);
  csv = bm_journal_csv_write (G_LIST_MODEL (journal), range->from == G_MININT64 ? 0 : range->from,
                              range->to == G_MAXINT64 ? 0 : range->to);
  if (!bm_file_set_contents (options->journal_export, csv, strlen (csv), 0600, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  fprintf (out, ngettext ("Saved %u journal entry to %s\n", "Saved %u journal entries to %s\n", entries->len),
           entries->len, options->journal_export);
  return BM_EXIT_OK;
}

/* All or nothing: a bad row rejects the file, and the journal is unchanged. */
static int
journal_import (BmAtlas            *atlas,
                const BmCliOptions *options,
                FILE               *out,
                FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) journal = open_journal (atlas, err);
  guint added = 0, skipped = 0;

  if (journal == NULL)
    return BM_EXIT_DATA;
  if (!bm_journal_csv_import_file (journal, options->journal_import, bm_atlas_get_catalog (atlas),
                                   &added, &skipped, &error))
    {
      fprintf (err, _("bodymap: nothing was imported: %s\n"), error->message);
      return BM_EXIT_DATA;
    }
  /* TRANSLATORS: followed by ", skipped N that was/were already in the journal" */
  fprintf (out, ngettext ("Added %u entry", "Added %u entries", added), added);
  fprintf (out, ngettext (", skipped %u that was already in the journal\n",
                          ", skipped %u that were already in the journal\n", skipped), skipped);
  return BM_EXIT_OK;
}

/* No report for nothing: says which range held no entry. */
static void
say_empty_range (BmJournal          *journal,
                 const BmCliOptions *options,
                 FILE               *err)
{
  const char *path = bm_journal_get_path (journal);
  g_autofree char *from = bm_quote_excerpt (options->from);
  g_autofree char *to = bm_quote_excerpt (options->to);

  if (options->from != NULL && options->to != NULL)
    fprintf (err, _("bodymap: the journal %s has no entries from %s to %s; no report was written\n"), path, from, to);
  else if (options->from != NULL)
    fprintf (err, _("bodymap: the journal %s has no entries from %s on; no report was written\n"), path, from);
  else if (options->to != NULL)
    fprintf (err, _("bodymap: the journal %s has no entries up to %s; no report was written\n"), path, to);
  else
    fprintf (err, _("bodymap: the journal %s has no entries; no report was written\n"), path);
}

/* The progress report of the entries in @range; none there is an error,
 * and no file is written. */
static int
journal_report (BmAtlas            *atlas,
                const BmCliOptions *options,
                const Range        *range,
                FILE               *out,
                FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(BmJournalReport) report = NULL;
  double width, height;

  if (!bm_cli_paper_size (options->paper, &width, &height))
    {
      g_autofree char *paper = bm_quote_excerpt (options->paper);
      fprintf (err, _("bodymap: unknown paper “%s”; use a4 or letter\n"), paper);
      return BM_EXIT_USAGE;
    }
  if ((journal = open_journal (atlas, err)) == NULL)
    return BM_EXIT_DATA;
  entries = entries_in_range (journal, range);
  if (entries->len == 0)
    {
      say_empty_range (journal, options, err);
      return BM_EXIT_DATA;
    }
  if ((report = bm_journal_report_new (journal, atlas, range->from, range->to, &error)) == NULL ||
      !bm_journal_report_export_pdf (report, options->report, width, height, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  fprintf (out, ngettext ("Saved the progress report of %u journal entry to %s\n",
                          "Saved the progress report of %u journal entries to %s\n", entries->len),
           entries->len, options->report);
  return BM_EXIT_OK;
}

/* The options that only some journal commands take, and the file names. */
static int
check_fit (const BmCliOptions *options,
           FILE               *err)
{
  const char *files[] = { options->journal_export, options->journal_import, options->report };
  const char *names[] = { "--journal-export", "--journal-import", "--report" };
  gboolean ranged = options->journal_list || options->journal_export != NULL || options->report != NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    if (files[i] != NULL && files[i][0] == '\0')
      {
        fprintf (err, _("bodymap: %s needs a file name\n"), names[i]);
        return BM_EXIT_USAGE;
      }
  if ((options->date != NULL || options->note != NULL) && !options->journal_add)
    {
      fprintf (err, _("bodymap: %s goes only with --journal-add\n"), options->date != NULL ? "--date" : "--note");
      return BM_EXIT_USAGE;
    }
  if ((options->from != NULL || options->to != NULL) && !ranged)
    {
      fprintf (err, _("bodymap: %s goes only with --journal-list, --journal-export or --report\n"),
               options->from != NULL ? "--from" : "--to");
      return BM_EXIT_USAGE;
    }
  return BM_EXIT_OK;
}

int
bm_cli_journal (BmAtlas            *atlas,
                const BmCliOptions *options,
                FILE               *out,
                FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *commands = NULL;
  Range range;
  guint n;
  int status;

  commands = list_commands (options, &n);
  if (n > 1)
    {
      fprintf (err, _("bodymap: give one journal command at a time, not %s\n"), commands);
      return BM_EXIT_USAGE;
    }
  if ((status = check_fit (options, err)) != BM_EXIT_OK)
    return status;
  if (!parse_range (options, &range, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_USAGE;
    }
  if (options->journal_add)
    return journal_add (atlas, options, out, err);
  if (options->journal_list)
    return journal_list (atlas, options, &range, out, err);
  if (options->journal_export != NULL)
    return journal_export (atlas, options, &range, out, err);
  if (options->journal_import != NULL)
    return journal_import (atlas, options, out, err);
  return journal_report (atlas, options, &range, out, err);
}
