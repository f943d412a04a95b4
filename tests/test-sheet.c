/* test-sheet.c: the stretch sheet, as a person would read it on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <poppler.h>

#include "core/bm-sheet.h"
#include "bm-test-util.h"

static BmAtlas *atlas;

static const char *runner[] = { "knee-lateral-left", "calf-lateral-lower-left", "ankle-lateral-left", NULL };

static BmSession *
session_with (const char **pain,
              const char  *numb)
{
  BmSession *session = bm_session_new (atlas);
  BmPainMap *map = bm_session_get_pain_map (session);
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);

  for (guint i = 0; pain != NULL && pain[i] != NULL; i++)
    bm_pain_map_set_mark (map, bm_region_catalog_lookup (catalog, pain[i])->index, BM_SYMPTOM_PAIN, 7);
  if (numb != NULL)
    bm_pain_map_set_mark (map, bm_region_catalog_lookup (catalog, numb)->index, BM_SYMPTOM_NUMBNESS, 4);
  return session;
}

/* Exports the sheet and reads it back: the page count and the text of all
 * pages, with runs of white space folded to one space. */
static char *
export_and_read (BmSession *session,
                 double     width,
                 double     height,
                 int       *n_pages)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) doc = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  g_assert_true (bm_sheet_export_pdf (sheet, path, width, height, &error));
  g_assert_no_error (error);
  doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  *n_pages = poppler_document_get_n_pages (POPPLER_DOCUMENT (doc));
  for (int i = 0; i < *n_pages; i++)
    {
      g_autoptr(GObject) page_object = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), i));
      PopplerPage *page = POPPLER_PAGE (page_object);
      g_autofree char *page_text = poppler_page_get_text (page);
      double w, h;

      poppler_page_get_size (page, &w, &h);
      g_assert_cmpfloat (fabs (w - width), <, 1);
      g_assert_cmpfloat (fabs (h - height), <, 1);
      g_string_append_printf (text, "%s\n", page_text);
    }
  bm_test_remove_tree (dir);
  return g_regex_replace_literal (space, text->str, -1, 0, " ", 0, NULL);
}

static void
assert_contains (const char *text,
                 const char *wanted)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *folded = g_regex_replace_literal (space, wanted, -1, 0, " ", 0, NULL);

  if (strstr (text, folded) == NULL)
    g_error ("the sheet lacks “%s”", folded);
}

static void
check_paper (double width,
             double height)
{
  g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  GArray *muscles = bm_sheet_get_muscles (sheet);
  g_autofree char *text = NULL;
  int pages;

  text = export_and_read (session, width, height, &pages);
  g_assert_cmpint (pages, >=, 1);
  g_assert_cmpint (pages, <=, 4);
  assert_contains (text, "My Stretch Sheet");
  g_assert_cmpuint (muscles->len, ==, 3);
  for (guint i = 0; i < muscles->len; i++)
    {
      const BmMuscle *m = g_array_index (muscles, BmSheetMuscle, i).muscle;
      const BmTechnique *stretch = m->stretches->pdata[0], *release = m->releases->pdata[0];

      assert_contains (text, m->name);
      assert_contains (text, stretch->title);
      assert_contains (text, release->title);
      for (guint s = 0; stretch->steps[s] != NULL; s++)
        assert_contains (text, stretch->steps[s]);
      for (guint s = 0; release->steps[s] != NULL; s++)
        assert_contains (text, release->steps[s]);
    }
  assert_contains (text, "This Week");
  assert_contains (text, "What Keeps It Going");
  assert_contains (text, "See a clinician before you start");
  assert_contains (text, "not a diagnosis");
}

static void
test_a4 (void)
{
  check_paper (BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
}

static void
test_letter (void)
{
  check_paper (BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT);
}

/* "Add to my sheet" picks replace the automatic choice. */
static void
test_picks (void)
{
  g_autoptr(BmSession) session = session_with (runner, NULL);
  g_autoptr(BmSheet) sheet = NULL;
  g_autofree char *text = NULL;
  int pages;

  bm_session_set_on_sheet (session, "tensor-fasciae-latae", TRUE);
  sheet = bm_sheet_new (session, NULL, NULL);
  g_assert_cmpuint (bm_sheet_get_muscles (sheet)->len, ==, 1);
  text = export_and_read (session, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &pages);
  assert_contains (text, "Tensor fasciae latae");
  g_assert_null (strstr (text, "Peroneus longus"));
  g_assert_cmpint (pages, <=, 2);
  /* No numbness, no ticked symptom: no notice. */
  g_assert_null (strstr (text, "See a clinician before you start"));
}

/* The body map on the first page shows the pain marks in the mark colour. */
static void
test_marks_rendered (void)
{
  g_autoptr(BmSession) session = session_with (runner, NULL);
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  g_autoptr(BmBodyArt) art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);
  const BmRegion *knee = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "knee-lateral-left");
  const double zoom = 3;
  cairo_surface_t *surface;
  cairo_t *cr;
  double x, y, mx, my, scale;
  const guchar *pixel;

  bm_sheet_paginate (sheet, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (BM_PAPER_A4_WIDTH * zoom),
                                        (int) (BM_PAPER_A4_HEIGHT * zoom));
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, zoom, zoom);
  bm_sheet_draw_page (sheet, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  g_assert_true (bm_sheet_get_map_rect (sheet, BM_VIEW_FRONT, &mx, &my, &scale));
  g_assert_true (bm_test_interior_point (art, BM_VIEW_FRONT, knee->index, &x, &y));
  pixel = cairo_image_surface_get_data (surface) +
          (gsize) ((int) ((my + y * scale) * zoom)) * cairo_image_surface_get_stride (surface) +
          (gsize) ((int) ((mx + x * scale) * zoom)) * 4;
  /* BGRA: clearly red-orange, not skin. */
  g_assert_cmpint (pixel[2], >, pixel[0] + 60);
  g_assert_cmpint (pixel[2], >, pixel[1] + 30);
  cairo_surface_destroy (surface);
}

static void
test_unwritable (void)
{
  g_autoptr(BmSession) session = session_with (runner, NULL);
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (bm_sheet_export_pdf (sheet, "/nonexistent/folder/sheet.pdf", BM_PAPER_A4_WIDTH,
                                       BM_PAPER_A4_HEIGHT, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "/nonexistent/folder/sheet.pdf"));
}

static void
test_default_name (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 21, 9, 30, 0);
  g_autofree char *name = bm_sheet_default_name (date);

  g_assert_cmpstr (name, ==, "stretch-sheet-2026-11-21.pdf");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();

  g_test_add_func ("/sheet/a4", test_a4);
  g_test_add_func ("/sheet/letter", test_letter);
  g_test_add_func ("/sheet/picks", test_picks);
  g_test_add_func ("/sheet/marks-rendered", test_marks_rendered);
  g_test_add_func ("/sheet/unwritable", test_unwritable);
  g_test_add_func ("/sheet/default-name", test_default_name);
  status = g_test_run ();
  g_clear_object (&atlas);
  return status;
}
