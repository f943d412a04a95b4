/* test-journal-report.c: the progress report, as a clinician reads it on
 * paper: its pages, what they say, and that nothing is drawn outside the
 * margins
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <poppler.h>

#include "core/bm-error.h"
#include "core/bm-journal-report-private.h"
#include "core/bm-sheet-private.h"
#include "bm-test-util.h"

#define KNEE "knee-lateral-left"
#define CALF "calf-lateral-lower-left"
#define ANKLE "ankle-lateral-left"
#define PRINTABLE 18.0   /* points: what most printers cannot print at the paper's edge */

static BmAtlas *atlas;

typedef struct {
  char      *dir;
  BmJournal *journal;
  char      *technique;   /* gluteus minimus's first stretch */
} Fixture;

static void
add_entry (Fixture *f,
           guint    day_of_march,
           guint    knee,
           guint    calf,
           guint    ankle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dt = g_date_time_new_local (2026, 3, day_of_march, 9, 30, 0);
  g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (g_date_time_to_unix (dt));

  bm_journal_entry_set_mark (entry, KNEE, BM_SYMPTOM_PAIN, knee);
  if (calf > 0)
    bm_journal_entry_set_mark (entry, CALF, BM_SYMPTOM_PAIN, calf);
  if (ankle > 0)
    bm_journal_entry_set_mark (entry, ANKLE, BM_SYMPTOM_PAIN, ankle);
  bm_journal_entry_add_source (entry, "gluteus-minimus", BM_SIDE_OF_LEFT, 82);
  bm_journal_entry_add_source (entry, "peroneus-longus", BM_SIDE_OF_LEFT, 64);
  g_assert_true (bm_journal_add (f->journal, entry, &error));
  g_assert_no_error (error);
}

/* 2, 9, 16 and 23 March 2026: the knee 8, 6, 4, 2, the calf 5, 3 then
 * gone, the ankle new at 1 in the last (overall 13, 9, 4, 3); the stretch
 * done on 11 of the 22 days. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, "gluteus-minimus");
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) first = g_date_time_new_local (2026, 3, 2, 12, 0, 0);
  GDate date;

  f->journal = bm_test_new_journal (bm_atlas_get_catalog (atlas), &f->dir);
  add_entry (f, 2, 8, 5, 0);
  add_entry (f, 9, 6, 3, 0);
  add_entry (f, 16, 4, 0, 0);
  add_entry (f, 23, 2, 0, 1);
  f->technique = bm_technique_key (m, m->stretches->pdata[0]);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 2, 3, 2026);
  for (guint i = 0; i < 22; i += 2)
    {
      g_assert_true (bm_journal_set_done (f->journal, f->technique, g_date_get_julian (&date) + i, TRUE, &error));
      g_assert_no_error (error);
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->journal);
  bm_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->technique);
}

/* Every glyph of @page lies inside the margins, and above the footer
 * unless it is the footer's (which, as on the stretch sheet, sits at the
 * bottom margin, inside what a printer prints). */
static void
assert_text_inside (PopplerPage *page,
                    guint        n,
                    double       width,
                    double       height,
                    double       margin)
{
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  double footer = height - margin - 17;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  g_assert_cmpuint (n_rects, >, 50);

  for (guint i = 0; i < n_rects; i++)
    if (rects[i].x1 < margin - 0.5 || rects[i].y1 < margin - 0.5 || rects[i].x2 > width - margin + 0.5 ||
        (rects[i].y1 < footer && rects[i].y2 > footer) || rects[i].y2 > height - PRINTABLE)
      g_error ("page %u of %.0f × %.0f: a glyph at %.1f, %.1f – %.1f, %.1f is outside the margins",
               n + 1, width, height, rects[i].x1, rects[i].y1, rects[i].x2, rects[i].y2);
  g_free (rects);
}

/* Everything each page draws (ink, not just text) lies inside the margins,
 * the footer inside what a printer prints. */
static void
draw_report_page (gpointer  report,
                  cairo_t  *cr,
                  guint     page)
{
  bm_journal_report_draw_page (report, cr, page);
}

static void
assert_ink_inside (BmJournalReport *report,
                   double           width,
                   double           height)
{
  guint pages = bm_journal_report_paginate (report, width, height);
  double margin = MIN (width, height) * BM_SHEET_MARGIN;

  bm_test_assert_ink_inside (draw_report_page, report, pages, width, height, margin - 1, margin - 1,
                             width - margin + 1, height - PRINTABLE);
}

/* To look at the reports: BM_REPORT_PDF=/tmp/report writes
 * /tmp/report-595.pdf (A4), /tmp/report-612.pdf (Letter), … */
static void
keep (BmJournalReport *report,
      double           width,
      double           height,
      const char      *what)
{
  g_autofree char *path = NULL;

  if (g_getenv ("BM_REPORT_PDF") == NULL)
    return;
  path = g_strdup_printf ("%s%s-%.0f.pdf", g_getenv ("BM_REPORT_PDF"), what, width);
  g_assert_true (bm_journal_report_export_pdf (report, path, width, height, NULL));
}

/* Exports the whole journal's report and reads it back: its text, with
 * runs of white space folded to one. */
static char *
export_and_read (Fixture *f,
                 double   width,
                 double   height,
                 int     *n_pages)
{
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(BmJournalReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  double margin = MIN (width, height) * BM_SHEET_MARGIN;

  report = bm_journal_report_new (f->journal, atlas, 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bm_journal_report_get_n_entries (report), ==, 4);
  g_assert_true (bm_journal_report_export_pdf (report, path, width, height, &error));
  g_assert_no_error (error);
  assert_ink_inside (report, width, height);
  keep (report, width, height, "");
  doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (doc));
  for (int i = 0; i < *n_pages; i++)
    {
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), i));
      g_autofree char *page_text = poppler_page_get_text (POPPLER_PAGE (page));
      double w, h;

      poppler_page_get_size (POPPLER_PAGE (page), &w, &h);
      g_assert_cmpfloat (fabs (w - width), <, 1);
      g_assert_cmpfloat (fabs (h - height), <, 1);
      assert_text_inside (POPPLER_PAGE (page), i, w, h, margin);
      g_string_append_printf (text, "%s\n", page_text);
    }
  return g_regex_replace_literal (space, text->str, -1, 0, " ", 0, NULL);
}

static void
check_paper (Fixture *f,
             double   width,
             double   height)
{
  const BmMuscle *m = NULL;
  const BmTechnique *t = bm_technique_key_lookup (atlas, f->technique, &m);
  int pages;
  g_autofree char *text = export_and_read (f, width, height, &pages);

  g_assert_nonnull (t);
  g_assert_cmpint (pages, >=, 1);
  g_assert_cmpint (pages, <=, 3);
  bm_test_assert_contains (text, "Progress report");
  bm_test_assert_contains (text, "2 March 2026 – 23 March 2026");
  bm_test_assert_contains (text, "4 entries");
  bm_test_assert_contains (text, "13 at the first entry, 3 at the last");
  bm_test_assert_contains (text, "Pain over time");
  bm_test_assert_contains (text, "Before and after");
  bm_test_assert_contains (text, "What changed");
  /* The knee and the calf got better, the ankle worse. */
  bm_test_assert_contains (text, "2 better, 1 worse, 0 the same");
  bm_test_assert_contains (text, "Outer knee (left): Pain 8 → 2");
  bm_test_assert_contains (text, t->title);
  bm_test_assert_contains (text, m->name);
  bm_test_assert_contains (text, "11 of 22 days");
  bm_test_assert_contains (text, "50%");
  bm_test_assert_contains (text, "Gluteus minimus · Left · match 82 of 100");
  bm_test_assert_contains (text, "Peroneus longus");
  bm_test_assert_contains (text, "not a diagnosis");
}

static void
test_a4 (Fixture       *f,
         gconstpointer  data)
{
  check_paper (f, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
}

static void
test_letter (Fixture       *f,
             gconstpointer  data)
{
  check_paper (f, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT);
}

/* A part of the journal: only its entries, its dates and its days. */
static void
test_period (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDateTime) from = g_date_time_new_local (2026, 3, 9, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2026, 3, 16, 23, 59, 59);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournalReport) report = bm_journal_report_new (f->journal, atlas, g_date_time_to_unix (from),
                                                             g_date_time_to_unix (to), &error);

  g_assert_no_error (error);
  g_assert_cmpuint (bm_journal_report_get_n_entries (report), ==, 2);
  g_assert_cmpuint (report->last_day - report->first_day + 1, ==, 8);
  /* Every other day from 2 March: 9, 11, 13 and 15 March. */
  g_assert_cmpuint (bm_journal_count_done (f->journal, f->technique, report->first_day, report->last_day), ==, 4);
  g_assert_cmpuint (bm_journal_report_paginate (report, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT), >=, 1);
}

/* One entry only, and a crowded journal: 60 areas that all changed and
 * 40 techniques; the pages still keep inside their margins. */
static void
test_extremes (Fixture       *f,
               gconstpointer  data)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmJournalReport) one = NULL;
  g_autoptr(BmJournalReport) crowded = NULL;
  g_autoptr(GDateTime) march_3 = g_date_time_new_local (2026, 3, 3, 0, 0, 0);
  g_autoptr(GDateTime) april = g_date_time_new_local (2026, 4, 1, 0, 0, 0);
  guint techniques = 0;

  one = bm_journal_report_new (f->journal, atlas, 0, g_date_time_to_unix (march_3), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bm_journal_report_get_n_entries (one), ==, 1);
  assert_ink_inside (one, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT);

  for (guint e = 0; e < 2; e++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (2026, 4, 1 + 20 * e, 8, 0, 0);
      g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (g_date_time_to_unix (dt));

      for (guint r = 0; r < 60; r++)
        bm_journal_entry_set_mark (entry, bm_region_catalog_get_region (catalog, r * 3)->id, BM_SYMPTOM_PAIN,
                                   e == 0 ? 1 + r % 10 : 10 - r % 10);
      g_assert_true (bm_journal_add (f->journal, entry, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas) && techniques < 40; i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (guint k = 0; k < m->stretches->len && techniques < 40; k++, techniques++)
        {
          g_autofree char *key = bm_technique_key (m, m->stretches->pdata[k]);
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, 2 + techniques % 18, 4, 2026);
          g_assert_true (bm_journal_set_done (f->journal, key, g_date_get_julian (&date), TRUE, &error));
          g_assert_no_error (error);
        }
    }
  crowded = bm_journal_report_new (f->journal, atlas, g_date_time_to_unix (april), 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bm_journal_report_paginate (crowded, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT), >=, 2);
  assert_ink_inside (crowded, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  assert_ink_inside (crowded, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT);
  g_assert_cmpuint (techniques, ==, 40);
  g_assert_cmpuint (crowded->techniques->len, ==, 40);
  keep (crowded, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, "-crowded");
}

static void
test_empty_range (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDateTime) from = g_date_time_new_local (2025, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2025, 1, 31, 23, 59, 59);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "empty.pdf", NULL);
  BmJournalReport *report = bm_journal_report_new (f->journal, atlas, g_date_time_to_unix (from),
                                                   g_date_time_to_unix (to), &error);

  g_assert_null (report);
  g_assert_error (error, BM_ERROR, BM_ERROR_RANGE);
  bm_test_assert_contains (error->message, "2025-01-01");
  bm_test_assert_contains (error->message, "2025-01-31");
  bm_test_assert_contains (error->message, bm_journal_get_path (f->journal));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();

  g_test_add ("/journal-report/a4", Fixture, NULL, fixture_set_up, test_a4, fixture_tear_down);
  g_test_add ("/journal-report/letter", Fixture, NULL, fixture_set_up, test_letter, fixture_tear_down);
  g_test_add ("/journal-report/period", Fixture, NULL, fixture_set_up, test_period, fixture_tear_down);
  g_test_add ("/journal-report/extremes", Fixture, NULL, fixture_set_up, test_extremes, fixture_tear_down);
  g_test_add ("/journal-report/empty-range", Fixture, NULL, fixture_set_up, test_empty_range, fixture_tear_down);
  return g_test_run ();
}
