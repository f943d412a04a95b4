/* test-cli-journal.c: the journal commands run with no display: add,
 * list, CSV export and import, the report, a busy and a damaged journal
 *
 * Each test uses its own $XDG_DATA_HOME, a new temporary folder, which the
 * bodymap it runs inherits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/wait.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include <json.h>
#include <poppler.h>
#include <sqlite3.h>

#include "cli/bm-cli.h"
#include "core/bm-journal.h"
#include "core/bm-region-catalog.h"
#include "bm-test-util.h"

/* A new, empty $XDG_DATA_HOME for this test and the bodymap it runs. */
static char *
new_data_home (void)
{
  char *dir = g_dir_make_tmp ("bodymap-cli-journal-XXXXXX", NULL);

  g_assert_nonnull (dir);
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  return dir;
}

/* The journal bodymap uses with that $XDG_DATA_HOME. */
static char *
journal_path (const char *data_home)
{
  return g_build_filename (data_home, "bodymap", "journal.db", NULL);
}

/* Runs `bodymap ARGS` and asserts it succeeded; returns its output. */
static char *
run_ok (const char *first_arg,
        ...)
{
  g_auto(BmTestRun) run = { 0 };
  va_list args;

  va_start (args, first_arg);
  bm_test_run_bodymap_va (&run, first_arg, args);
  va_end (args);
  if (run.status != 0)
    g_error ("bodymap %s … exited with %d: %s", first_arg, run.status, run.err);
  return g_steal_pointer (&run.out);
}

/* Runs `bodymap ARGS`, which must fail as on bad data: exit status 1,
 * nothing on standard output, and @culprit named in its message, which it
 * returns. */
static char *
run_fails (const char *culprit,
           const char *first_arg,
           ...)
{
  g_auto(BmTestRun) run = { 0 };
  va_list args;

  va_start (args, first_arg);
  bm_test_run_bodymap_va (&run, first_arg, args);
  va_end (args);
  if (run.status != 1 || strstr (run.err, culprit) == NULL)
    g_error ("bodymap %s …: expected exit 1 and “%s”, got %d and “%s”", first_arg, culprit, run.status, run.err);
  g_assert_cmpstr (run.out, ==, "");
  return g_steal_pointer (&run.err);
}

/* The file at @path holds exactly @length bytes of @content (-1: up to its NUL). */
static void
assert_file_is (const char *path,
                const char *content,
                gssize      length)
{
  g_autofree char *text = NULL;
  gsize text_length;

  g_assert_true (g_file_get_contents (path, &text, &text_length, NULL));
  g_assert_cmpmem (text, text_length, content, length < 0 ? strlen (content) : (gsize) length);
}

/* The id printed by --journal-add. */
static gint64
add_entry (const char *pain,
           const char *date,
           const char *note)
{
  g_autofree char *pain_arg = g_strdup_printf ("--pain=%s", pain);
  g_autofree char *date_arg = date ? g_strdup_printf ("--date=%s", date) : NULL;
  g_autofree char *note_arg = note ? g_strdup_printf ("--note=%s", note) : NULL;
  g_autofree char *out = NULL;
  char *end;
  gint64 id;

  if (date_arg == NULL)
    out = run_ok ("--journal-add", pain_arg, note_arg, NULL);
  else
    out = run_ok ("--journal-add", pain_arg, date_arg, note_arg, NULL);
  id = g_ascii_strtoll (out, &end, 10);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (end, ==, "\n");
  return id;
}

static void
test_add_list (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *numb_out = NULL;
  g_autofree char *list = NULL;
  g_autofree char *expect = NULL;
  gint64 first, second;

  numb_out = run_ok ("--journal-add", "--pain=knee-lateral-left:7,hip-lateral-left:3", "--numb=foot-dorsum-left:2",
                     "--date=2026-11-30T08:15", "--note=after the run", NULL);
  first = g_ascii_strtoll (numb_out, NULL, 10);
  /* A date alone is noon; the list is oldest first. */
  second = add_entry ("knee-lateral-left", "2026-11-29", NULL);
  g_assert_cmpint (first, >, 0);
  g_assert_cmpint (second, !=, first);

  list = run_ok ("--journal-list", NULL);
  /* Three areas (the numb foot counts), pain 7 + 3; one area at the default 5. */
  expect = g_strdup_printf ("%" G_GINT64_FORMAT "\t2026-11-29 12:00\t1\t5\n"
                            "%" G_GINT64_FORMAT "\t2026-11-30 08:15\t3\t10\n", second, first);
  g_assert_cmpstr (list, ==, expect);
  bm_test_remove_tree (home);
}

static json_object *
list_json (void)
{
  g_autofree char *out = run_ok ("--journal-list", "--json", NULL);
  json_object *array = json_tokener_parse (out);

  g_assert_nonnull (array);
  g_assert_true (json_object_is_type (array, json_type_array));
  return array;
}

/* --json has the same entries, with the note, numbness and the sources
 * the engine ranked first for the marks. */
static void
test_list_json (void)
{
  g_autofree char *home = new_data_home ();
  gint64 before = g_get_real_time () / G_USEC_PER_SEC, after;
  g_autofree char *out = run_ok ("--journal-add", "--pain=knee-lateral-right:7,hip-lateral-right",
                                 "--numb=calf-lateral-lower-right:3", "--note=stairs, \"bad\" day", NULL);
  json_object *array, *entry, *sources;

  after = g_get_real_time () / G_USEC_PER_SEC;
  array = list_json ();
  g_assert_cmpuint (json_object_array_length (array), ==, 1);
  entry = json_object_array_get_idx (array, 0);
  g_assert_cmpint (json_object_get_int64 (json_object_object_get (entry, "id")), ==, g_ascii_strtoll (out, NULL, 10));
  g_assert_cmpint (json_object_get_int (json_object_object_get (entry, "areas")), ==, 3);
  g_assert_cmpint (json_object_get_int (json_object_object_get (entry, "pain")), ==, 12);
  g_assert_cmpint (json_object_get_int (json_object_object_get (entry, "numb")), ==, 3);
  g_assert_cmpstr (json_object_get_string (json_object_object_get (entry, "note")), ==, "stairs, \"bad\" day");
  /* Without --date: now. */
  g_assert_cmpint (json_object_get_int64 (json_object_object_get (entry, "time")), >=, before);
  g_assert_cmpint (json_object_get_int64 (json_object_object_get (entry, "time")), <=, after);
  g_assert_true (g_str_has_prefix (json_object_get_string (json_object_object_get (entry, "date")), "20"));
  g_assert_true (json_object_object_get_ex (entry, "sources", &sources));
  g_assert_cmpuint (json_object_array_length (sources), >, 0);
  g_assert_cmpuint (json_object_array_length (sources), <=, BM_JOURNAL_N_SOURCES);
  /* The outer hip and knee: gluteus minimus leads, as --rank says. */
  g_assert_cmpstr (json_object_get_string (json_object_object_get (json_object_array_get_idx (sources, 0), "muscle")),
                   ==, "gluteus-minimus");
  g_assert_cmpstr (json_object_get_string (json_object_object_get (json_object_array_get_idx (sources, 0), "side")),
                   ==, "right");
  json_object_put (array);
  bm_test_remove_tree (home);
}

/* Every bad argument: exit 2, a message naming the value, and no journal
 * made or changed. */
static void
test_bad_arguments (void)
{
  static const struct { const char *args[4]; const char *message; } cases[] = {
    { { "--journal-add", "--pain=sacrum", "--date=2026-13-01" }, "--date=“2026-13-01” is not a day and time" },
    { { "--journal-add", "--pain=sacrum", "--date=2026-02-30" }, "--date=“2026-02-30” is not a day and time" },
    { { "--journal-add", "--pain=sacrum", "--date=2026-02-29" }, "--date=“2026-02-29”" },
    { { "--journal-add", "--pain=sacrum", "--date=2026-11-30T24:00" }, "--date=“2026-11-30T24:00” is not a day" },
    { { "--journal-add", "--pain=sacrum", "--date=2026-11-30T12:60" }, "--date=“2026-11-30T12:60”" },
    { { "--journal-add", "--pain=sacrum", "--date=30.11.2026" },
      "--date=“30.11.2026” is not a date: write YYYY-MM-DD or YYYY-MM-DDTHH:MM" },
    { { "--journal-add", "--pain=sacrum", "--date=2026-11-30 08:15" }, "--date=“2026-11-30 08:15” is not a date" },
    { { "--journal-add", "--pain=sacrum", "--date=2026-1-30" }, "--date=“2026-1-30” is not a date" },
    { { "--journal-add", "--pain=sacrum", "--date=" }, "--date=“” is not a date" },
    { { "--journal-add", "--pain=sacrum", "--date=2999-01-01" }, "--date=“2999-01-01” is more than a day in the future" },
    { { "--journal-add", "--pain=knee-outer-left", NULL }, "unknown region “knee-outer-left” in --pain" },
    { { "--journal-add", "--pain=knee-lateral-left:11", NULL },
      "intensity “11” for knee-lateral-left in --pain must be a whole number from 1 to 10" },
    { { "--journal-add", "--numb=foot-top-left", NULL }, "unknown region “foot-top-left” in --numb" },
    { { "--journal-add", "--pain=sacrum", "--symptoms=dizziness" }, "unknown symptom “dizziness”" },
    { { "--journal-add", NULL, NULL }, "--journal-add needs --pain" },
    { { "--journal-add", "--pain=sacrum", "--note=a\033[2Jb" }, "--note must be text" },
    { { "--journal-add", "--journal-list", "--pain=sacrum" }, "one journal command at a time, not --journal-add, --journal-list" },
    { { "--journal-list", "--report=x.pdf", NULL }, "not --journal-list, --report" },
    { { "--journal-list", "--from=2026-12-01", "--to=2026-11-01" }, "--from=“2026-12-01” is after --to=“2026-11-01”" },
    { { "--journal-list", "--from=yesterday", NULL }, "--from=“yesterday” is not a date" },
    { { "--journal-export=x.csv", "--to=2026-11-31", NULL }, "--to=“2026-11-31” is not a day" },
    { { "--journal-list", "--date=2026-11-01", NULL }, "--date goes only with --journal-add" },
    { { "--journal-import=x.csv", "--from=2026-11-01", NULL }, "--from goes only with" },
    { { "--report=", NULL, NULL }, "--report needs a file name" },
    { { "--journal-export=", NULL, NULL }, "--journal-export needs a file name" },
    { { "--report=x.pdf", "--paper=a5", NULL }, "unknown paper “a5”" },
  };
  g_autofree char *home = new_data_home ();
  g_autofree char *path = journal_path (home);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(BmTestRun) run = { 0 };

      bm_test_run_bodymap (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3], NULL);
      if (run.status != 2 || strstr (run.err, cases[i].message) == NULL)
        g_error ("%s %s %s: expected exit 2 and “%s”, got %d and “%s”", cases[i].args[0], cases[i].args[1],
                 cases[i].args[2], cases[i].message, run.status, run.err);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }
  g_assert_false (g_file_test ("x.pdf", G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test ("x.csv", G_FILE_TEST_EXISTS));
  bm_test_remove_tree (home);
}

/* A megabyte-long value is quoted as a short excerpt, run in this process
 * (an argument may not be that long); the message still names the option. */
static void
test_long_values_bounded (void)
{
  g_autofree char *huge = g_strnfill (1024 * 1024, 'x');
  struct { BmCliOptions options; const char *expect; } cases[] = {
    { { .journal_add = TRUE, .pain = (char *) "sacrum", .date = huge }, "--date=“xxx" },
    { { .journal_list = TRUE, .from = huge }, "--from=“xxx" },
    { { .journal_export = (char *) "never.csv", .to = huge }, "--to=“xxx" },
    { { .report = (char *) "never.pdf", .paper = huge }, "unknown paper “xxx" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL;
      size_t out_size = 0, err_size = 0;
      FILE *out_file = open_memstream (&out, &out_size);
      FILE *err_file = open_memstream (&err, &err_size);
      int status = bm_cli_run (&cases[i].options, out_file, err_file);

      fclose (out_file);
      fclose (err_file);
      g_assert_cmpint (status, ==, 2);
      if (strlen (err) >= 300 || strstr (err, cases[i].expect) == NULL || strstr (err, "xxx…”") == NULL)
        g_error ("case %u: expected a short message with “%s”, got %zu bytes: %.300s", i, cases[i].expect,
                 strlen (err), err);
      g_assert_cmpstr (out, ==, "");
    }
}

/* A day ahead is allowed (another time zone); a date alone is noon. */
static void
test_date_forms (void)
{
  g_autofree char *home = new_data_home ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) tomorrow = g_date_time_add_hours (now, 20);
  g_autofree char *ahead = g_date_time_format (tomorrow, "%Y-%m-%dT%H:%M");
  g_autofree char *list = NULL;
  g_autofree char *expect = NULL;
  g_autofree char *minute = g_date_time_format (tomorrow, "%Y-%m-%d %H:%M");

  gint64 a = add_entry ("sacrum:2", ahead, NULL);
  gint64 b = add_entry ("sacrum:3", "2024-02-29", NULL);        /* a leap day */
  gint64 c = add_entry ("sacrum:4", "2024-02-29T00:00", NULL);
  gint64 d = add_entry ("sacrum:5", "2024-02-29T23:59", NULL);
  g_auto(GStrv) lines = NULL;

  list = run_ok ("--journal-list", NULL);
  expect = g_strdup_printf ("%" G_GINT64_FORMAT "\t2024-02-29 00:00\t1\t4\n"
                            "%" G_GINT64_FORMAT "\t2024-02-29 12:00\t1\t3\n"
                            "%" G_GINT64_FORMAT "\t2024-02-29 23:59\t1\t5\n"
                            "%" G_GINT64_FORMAT "\t%s\t1\t2\n", c, b, d, a, minute);
  g_assert_cmpstr (list, ==, expect);
  g_clear_pointer (&list, g_free);
  /* --from and --to are whole days, both included. */
  list = run_ok ("--journal-list", "--from=2024-02-29", "--to=2024-02-29", NULL);
  lines = g_strsplit (list, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_clear_pointer (&list, g_free);
  g_clear_pointer (&expect, g_free);
  list = run_ok ("--journal-list", "--from=2024-02-29T12:00", "--to=2024-02-29T12:00", NULL);
  expect = g_strdup_printf ("%" G_GINT64_FORMAT "\t2024-02-29 12:00\t1\t3\n", b);
  g_assert_cmpstr (list, ==, expect);
  bm_test_remove_tree (home);
}

/* Three entries, one with a note that needs quoting. */
static void
add_three (void)
{
  g_autofree char *out = run_ok ("--journal-add", "--pain=knee-lateral-left:7,hip-lateral-left:3",
                                 "--numb=foot-dorsum-left:2", "--date=2026-11-01T08:15",
                                 "--note=stiff, after the \"long\" drive\nand the stairs", NULL);

  add_entry ("back-lumbar-lower-left:6", "2026-11-10T21:40", NULL);
  add_entry ("knee-lateral-left:2", "2026-11-20", "better");
}

static char *
write_temp (const char *name,
            const char *content)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_getenv ("XDG_DATA_HOME"), name, NULL);

  g_file_set_contents (path, content, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_csv_round_trip (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *csv = g_build_filename (home, "journal.csv", NULL);
  g_autofree char *export_arg = g_strdup_printf ("--journal-export=%s", csv);
  g_autofree char *import_arg = g_strdup_printf ("--journal-import=%s", csv);
  g_autofree char *list = NULL, *json = NULL, *saved = NULL, *imported = NULL, *again = NULL;
  g_autofree char *home2 = NULL, *list2 = NULL, *json2 = NULL;
  g_autofree char *text = NULL;

  add_three ();
  list = run_ok ("--journal-list", NULL);
  json = run_ok ("--journal-list", "--json", NULL);
  saved = run_ok (export_arg, NULL);
  g_assert_true (g_str_has_prefix (saved, "Saved 3 journal entries to "));
  g_assert_nonnull (strstr (saved, csv));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "id,date,region,kind,intensity,note\n"));

  home2 = new_data_home ();
  imported = run_ok (import_arg, NULL);
  g_assert_cmpstr (imported, ==, "Added 3 entries, skipped 0 that were already in the journal\n");
  list2 = run_ok ("--journal-list", NULL);
  json2 = run_ok ("--journal-list", "--json", NULL);
  g_assert_cmpstr (list2, ==, list);
  /* The notes, marks and dates came back (the sources are not in the CSV). */
  {
    json_object *a = json_tokener_parse (json), *b = json_tokener_parse (json2);

    for (gsize i = 0; i < 3; i++)
      {
        json_object *ea = json_object_array_get_idx (a, i), *eb = json_object_array_get_idx (b, i);

        for (guint k = 0; k < 5; k++)
          {
            static const char *keys[] = { "date", "note", "marks", "pain", "numb" };
            g_assert_cmpstr (json_object_to_json_string (json_object_object_get (ea, keys[k])), ==,
                             json_object_to_json_string (json_object_object_get (eb, keys[k])));
          }
      }
    json_object_put (a);
    json_object_put (b);
  }
  /* Importing again adds nothing. */
  again = run_ok (import_arg, NULL);
  g_assert_cmpstr (again, ==, "Added 0 entries, skipped 3 that were already in the journal\n");
  bm_test_remove_tree (home);
  bm_test_remove_tree (home2);
}

/* --from and --to choose the entries exported. */
static void
test_export_range (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *csv = g_build_filename (home, "part.csv", NULL);
  g_autofree char *arg = g_strdup_printf ("--journal-export=%s", csv);
  g_autofree char *out = NULL, *text = NULL;

  add_three ();
  out = run_ok (arg, "--from=2026-11-05", "--to=2026-11-20", NULL);
  g_assert_nonnull (strstr (out, "Saved 2 journal entries"));
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_null (strstr (text, "2026-11-01"));
  g_assert_nonnull (strstr (text, "2026-11-10T21:40"));
  g_assert_nonnull (strstr (text, "2026-11-20T12:00"));
  bm_test_remove_tree (home);
}

/* A bad row rejects the whole file, naming it and the line; the journal
 * is as it was. */
static void
test_bad_csv (void)
{
  static const char *bad =
    "id,date,region,kind,intensity,note\n"
    "1,2026-11-01T08:00,knee-lateral-left,pain,4,\n"
    "2,2026-11-02T08:00,knee-lateral-left,pain,5,\n"
    "2,2026-11-02T08:00,hip-lateral-left,pain,11,\n";
  g_autofree char *home = new_data_home ();
  g_autofree char *csv = write_temp ("bad.csv", bad);
  g_autofree char *arg = g_strdup_printf ("--journal-import=%s", csv);
  g_autofree char *missing = g_strdup_printf ("--journal-import=%s/none.csv", home);
  g_autofree char *before = NULL, *after = NULL, *err = NULL, *gone = NULL;

  add_entry ("sacrum:3", "2026-10-01", NULL);
  before = run_ok ("--journal-list", NULL);
  err = run_fails (csv, arg, NULL);
  if (strstr (err, ":4: column “intensity”") == NULL)
    g_error ("the message should name line 4 and the intensity: %s", err);
  after = run_ok ("--journal-list", NULL);
  g_assert_cmpstr (after, ==, before);

  gone = run_fails ("none.csv", missing, NULL);
  bm_test_remove_tree (home);
}

/* An export that cannot be written says so, and leaves no file; one that
 * replaces a file replaces it whole. */
static void
test_export_fails (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *arg = g_strdup_printf ("--journal-export=%s/no/such/dir/j.csv", home);
  g_autofree char *err = NULL;

  add_entry ("sacrum:3", "2026-10-01", NULL);
  err = run_fails ("/no/such/dir/j.csv", arg, NULL);
  bm_test_remove_tree (home);
}

#define FILE_LIMIT 100000   /* bytes: above the journal and SQLite's shared memory, below the outputs */

/* In the child, before bodymap starts: files may not grow past FILE_LIMIT,
 * and a write past it fails with EFBIG, as one on a full disk would. */
static void
limit_file_size (gpointer data G_GNUC_UNUSED)
{
  bm_test_limit_file_size (FILE_LIMIT, FALSE);
}

/* bodymap @arg, @arg2 on a full disk, with $G_DEBUG as the tests have it:
 * a warning on the way is fatal. */
static void
run_on_full_disk (BmTestRun  *run,
                  const char *arg,
                  const char *arg2)
{
  const char *args[] = { arg, arg2, NULL };

  bm_test_run_bodymap_argv (run, args, limit_file_size);
}

/* An export or report that fails part way (a full disk) leaves the file
 * it was to replace as it was, and no partial file beside it. */
static void
test_write_fails_keeps_file (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *out_dir = g_build_filename (home, "out", NULL);
  g_autofree char *csv = g_build_filename (out_dir, "journal.csv", NULL);
  g_autofree char *pdf = g_build_filename (out_dir, "report.pdf", NULL);
  g_autofree char *export_arg = g_strdup_printf ("--journal-export=%s", csv);
  g_autofree char *report_arg = g_strdup_printf ("--report=%s", pdf);
  g_autoptr(GString) big = g_string_new ("id,date,region,kind,intensity,note\n");
  g_autofree char *big_path = NULL, *import_arg = NULL, *added = NULL;
  g_auto(BmTestRun) export = { 0 };
  g_auto(BmTestRun) report = { 0 };
  g_autoptr(GDir) dir = NULL;

  /* 1,500 entries, about 150 kB of CSV. */
  for (guint i = 0; i < 1500; i++)
    g_string_append_printf (big, "%u,20%02u-%02u-%02uT08:00,knee-lateral-left,pain,%u,%s\n", i + 1, 20 + i / 336,
                            1 + i / 28 % 12, 1 + i % 28, 1 + i % 10,
                            "a note long enough to make the file bigger than the limit on its size");
  big_path = write_temp ("big.csv", big->str);
  import_arg = g_strdup_printf ("--journal-import=%s", big_path);
  added = run_ok (import_arg, NULL);
  g_assert_true (g_str_has_prefix (added, "Added 1500 entries"));

  g_assert_cmpint (g_mkdir (out_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (csv, "precious\n", -1, NULL));
  g_assert_true (g_file_set_contents (pdf, "precious\n", -1, NULL));
  run_on_full_disk (&export, export_arg, NULL);
  g_assert_cmpint (export.status, ==, 1);
  g_assert_nonnull (strstr (export.err, csv));
  run_on_full_disk (&report, report_arg, "--paper=letter");
  g_assert_cmpint (report.status, ==, 1);
  g_assert_nonnull (strstr (report.err, pdf));
  /* Only the error: no warning from drawing on the failed PDF. */
  g_assert_null (strstr (report.err, "WARNING"));

  assert_file_is (csv, "precious\n", -1);
  assert_file_is (pdf, "precious\n", -1);
  dir = g_dir_open (out_dir, 0, NULL);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    if (!g_str_equal (name, "journal.csv") && !g_str_equal (name, "report.pdf"))
      g_error ("a partial file was left: %s", name);
  bm_test_remove_tree (home);
}

static int
pdf_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  PopplerDocument *doc = poppler_document_new_from_file (uri, NULL, &error);
  int n;

  g_assert_no_error (error);
  n = poppler_document_get_n_pages (doc);
  g_object_unref (doc);
  return n;
}

static void
test_report (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *pdf = g_build_filename (home, "report.pdf", NULL);
  g_autofree char *arg = g_strdup_printf ("--report=%s", pdf);
  g_autofree char *out = NULL, *text = NULL, *none = NULL, *empty = NULL;
  gsize length;

  /* No entries at all: exit 1, no file. */
  none = run_fails ("has no entries", arg, NULL);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  add_three ();
  out = run_ok (arg, "--paper=letter", NULL);
  g_assert_nonnull (strstr (out, "Saved the progress report of 3 journal entries to "));
  g_assert_true (g_file_get_contents (pdf, &text, &length, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF"));
  g_assert_cmpint (pdf_pages (pdf), >, 0);

  /* A range without entries: exit 1, and the report already there stays. */
  empty = run_fails ("no entries from 2025-01-01 to 2025-01-31", arg, "--from=2025-01-01", "--to=2025-01-31", NULL);
  assert_file_is (pdf, text, length);
  bm_test_remove_tree (home);
}

/* A journal written by a newer Bodymap is left alone: exit 1, saying so. */
static void
test_newer_schema (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *path = journal_path (home);
  g_autofree char *before = NULL;
  g_autofree char *list = NULL, *add = NULL;
  gsize before_length;

  bm_test_make_newer_journal (path);
  g_assert_true (g_file_get_contents (path, &before, &before_length, NULL));

  list = run_fails (path, "--journal-list", NULL);
  g_assert_nonnull (strstr (list, "newer version of Bodymap"));
  add = run_fails (path, "--journal-add", "--pain=sacrum", NULL);
  assert_file_is (path, before, before_length);
  bm_test_remove_tree (home);
}

/* A mark of a region the atlas does not know is skipped with a warning
 * that names it; the rest of the journal is listed. */
static void
test_skipped_rows (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *path = journal_path (home);
  g_autofree char *sql = NULL, *expect = NULL;
  gint64 id = add_entry ("sacrum:4", "2026-11-01", NULL);
  g_auto(BmTestRun) run = { 0 };

  sql = g_strdup_printf ("INSERT INTO mark (entry, region, kind, intensity) VALUES (%" G_GINT64_FORMAT
                         ", 'knee-gone-left', 'pain', 6);", id);
  bm_test_exec_sql (path, sql);

  bm_test_run_bodymap (&run, "--journal-list", NULL);
  g_assert_cmpint (run.status, ==, 0);
  expect = g_strdup_printf ("%" G_GINT64_FORMAT "\t2026-11-01 12:00\t1\t4\n", id);
  g_assert_cmpstr (run.out, ==, expect);
  g_assert_true (g_str_has_prefix (run.err, "bodymap: warning: "));
  g_assert_nonnull (strstr (run.err, "knee-gone-left"));
  bm_test_remove_tree (home);
}

/* `bodymap ARGS…` started, with no display, its output to a pipe. */
static GPid
spawn_bodymap (const char * const *args,
               int                *out_fd)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = bm_test_headless_environ ();
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_ptr_array_add (argv, (char *) g_getenv ("BODYMAP_EXE"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_async_with_pipes (NULL, (char **) argv->pdata, envp, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, out_fd, NULL, &error);
  g_assert_no_error (error);
  return pid;
}

/* Everything the child wrote to @fd; closes it. */
static char *
read_all (int fd)
{
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[256];
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (text, buffer, n);
  close (fd);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

#define N_WRITERS 4

/* The app (this process) has the journal open and keeps reading, one
 * connection inside a read transaction, while several bodymap
 * --journal-add write to it at once: every write succeeds, and the app
 * sees them all on reload. */
static void
test_busy (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *path = journal_path (home);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (NULL);
  g_autoptr(BmJournal) journal = NULL;
  const char *args[] = { "--journal-add", "--pain=knee-lateral-left:6,hip-lateral-left", "--date=2026-11-02", NULL };
  GPid pids[N_WRITERS];
  int fds[N_WRITERS];
  gint64 ids[N_WRITERS];
  sqlite3 *reader = NULL;
  gboolean changed = FALSE;

  add_entry ("sacrum:3", "2026-11-01", NULL);
  journal = bm_journal_open (path, catalog, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1);
  g_assert_cmpint (sqlite3_open_v2 (path, &reader, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (reader, "BEGIN; SELECT count(*) FROM sqlite_master;", NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < N_WRITERS; i++)
    pids[i] = spawn_bodymap (args, &fds[i]);
  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_autofree char *out = NULL;
      int status;

      /* Reading on while the writers write. */
      while (waitpid (pids[i], &status, WNOHANG) == 0)
        {
          g_assert_true (bm_journal_reload (journal, NULL, &error));
          g_assert_no_error (error);
          g_usleep (2000);
        }
      out = read_all (fds[i]);
      g_assert_true (WIFEXITED (status));
      g_assert_cmpint (WEXITSTATUS (status), ==, 0);
      ids[i] = g_ascii_strtoll (out, NULL, 10);
      g_assert_cmpint (ids[i], >, 0);
    }
  sqlite3_exec (reader, "COMMIT;", NULL, NULL, NULL);
  sqlite3_close (reader);

  g_assert_true (bm_journal_reload (journal, &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (journal)), ==, 1 + N_WRITERS);
  for (guint i = 0; i < N_WRITERS; i++)
    {
      BmJournalEntry *entry = bm_journal_lookup (journal, ids[i]);

      g_assert_nonnull (entry);
      g_assert_cmpuint (bm_journal_entry_get_pain_total (entry), ==, 11);
    }
  bm_test_remove_tree (home);
}

/* Garbage where the journal should be: kept aside byte for byte, the user
 * told where, and the new entry goes into a new journal. */
static void
test_damaged (void)
{
  g_autofree char *home = new_data_home ();
  g_autofree char *dir = g_build_filename (home, "bodymap", NULL);
  g_autofree char *path = journal_path (home);
  g_autofree char *garbage = g_malloc (8192);
  g_autofree char *aside = NULL, *list = NULL;
  const char *start, *end;
  g_auto(BmTestRun) run = { 0 };

  for (guint i = 0; i < 8192; i++)
    garbage[i] = (char) g_random_int ();
  memcpy (garbage, "not a database\n", 15);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, garbage, 8192, NULL));

  bm_test_run_bodymap (&run, "--journal-add", "--pain=sacrum:4", "--date=2026-11-01", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_ascii_strtoll (run.out, NULL, 10), >, 0);
  /* "… was damaged; it was kept as PATH and a new journal was started" */
  start = strstr (run.err, "kept as ");
  g_assert_nonnull (start);
  start += strlen ("kept as ");
  end = strstr (start, " and a new journal");
  g_assert_nonnull (end);
  aside = g_strndup (start, end - start);
  g_assert_true (g_str_has_prefix (aside, dir));
  assert_file_is (aside, garbage, 8192);

  list = run_ok ("--journal-list", NULL);
  g_assert_true (g_str_has_suffix (list, "\t2026-11-01 12:00\t1\t4\n"));
  bm_test_remove_tree (home);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-journal/add-list", test_add_list);
  g_test_add_func ("/cli-journal/list-json", test_list_json);
  g_test_add_func ("/cli-journal/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli-journal/long-values-bounded", test_long_values_bounded);
  g_test_add_func ("/cli-journal/date-forms", test_date_forms);
  g_test_add_func ("/cli-journal/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/cli-journal/export-range", test_export_range);
  g_test_add_func ("/cli-journal/bad-csv", test_bad_csv);
  g_test_add_func ("/cli-journal/export-fails", test_export_fails);
  g_test_add_func ("/cli-journal/report", test_report);
  g_test_add_func ("/cli-journal/write-fails-keeps-file", test_write_fails_keeps_file);
  g_test_add_func ("/cli-journal/skipped-rows", test_skipped_rows);
  g_test_add_func ("/cli-journal/newer-schema", test_newer_schema);
  g_test_add_func ("/cli-journal/busy", test_busy);
  g_test_add_func ("/cli-journal/damaged", test_damaged);
  return g_test_run ();
}
