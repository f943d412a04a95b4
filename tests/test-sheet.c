/* test-sheet.c: the stretch sheet, as a person would read it on paper
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <grp.h>
#include <unistd.h>
#include <poppler.h>
#include <glib/gstdio.h>

#include "core/bm-pose-paint.h"
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
typedef struct {
  char             *raw;          /* the text as poppler reads it */
  double            first_fill;   /* the lowest text on page 1 above the footer, as a share of the page */
  char             *first_text;   /* page 1's text… */
  PopplerRectangle *first_rects;  /* …and where each of its characters is */
  guint             n_first_rects;
} Read;

static void
read_clear (Read *read)
{
  g_free (read->raw);
  g_free (read->first_text);
  g_free (read->first_rects);
}

/* The share of @page's height down to its lowest text above the footer. */
static double
text_fill (PopplerPage *page,
           double       width,
           double       height)
{
  PopplerRectangle *rects = NULL;
  guint n = 0;
  double lowest = 0, footer = height - MIN (width, height) * 0.065 - 20;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n));
  for (guint i = 0; i < n; i++)
    if (rects[i].y2 < footer)
      lowest = MAX (lowest, rects[i].y2);
  g_free (rects);
  return lowest / height;
}

static char *
export_and_read_full (BmSession *session,
                      GDateTime *date,
                      double     width,
                      double     height,
                      int       *n_pages,
                      Read      *read)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, date, NULL);
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
      if (i == 0 && read != NULL)
        {
          read->first_fill = text_fill (page, w, h);
          read->first_text = g_strdup (page_text);
          g_assert_true (poppler_page_get_text_layout (page, &read->first_rects, &read->n_first_rects));
        }
    }
  bm_test_remove_tree (dir);
  if (read != NULL)
    read->raw = g_strdup (text->str);
  return g_regex_replace_literal (space, text->str, -1, 0, " ", 0, NULL);
}

static char *
export_and_read (BmSession *session,
                 double     width,
                 double     height,
                 int       *n_pages)
{
  return export_and_read_full (session, NULL, width, height, n_pages, NULL);
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
  assert_contains (text, "Trigger point of muscle 1, 2");
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
  /* One muscle: its trigger point needs no number in the legend. */
  g_assert_null (strstr (text, "Trigger point of muscle"));
  /* No numbness, no ticked symptom: no notice. */
  g_assert_null (strstr (text, "See a clinician before you start"));
}

/* Pixels of the image @surface within 10 levels of @c, in the box
 * (@x1, @y1)–(@x2, @y2) given in points, at @zoom pixels per point. */
static guint
count_colour (cairo_surface_t *surface,
              double           zoom,
              const BmRgba    *c,
              double           x1,
              double           y1,
              double           x2,
              double           y2)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = MAX (0, (int) (y1 * zoom)); y < MIN (cairo_image_surface_get_height (surface), (int) (y2 * zoom)); y++)
    for (int x = MAX (0, (int) (x1 * zoom)); x < MIN (cairo_image_surface_get_width (surface), (int) (x2 * zoom)); x++)
      {
        const guchar *p = data + (gsize) y * stride + (gsize) x * 4;

        n += abs (p[2] - (int) (c->red * 255)) < 10 && abs (p[1] - (int) (c->green * 255)) < 10 &&
             abs (p[0] - (int) (c->blue * 255)) < 10;
      }
  return n;
}

/* An illustrated technique has its picture beside its steps, on the same
 * page: the figure, with the muscle's body part in the highlight colour,
 * to the right of the technique's title and steps. */
static void
test_illustration (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autoptr(BmSheet) sheet = NULL;
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  const BmTechnique *t = bm_atlas_lookup (atlas, "gluteus-minimus")->stretches->pdata[0];
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) doc_object = NULL;
  PopplerDocument *doc;
  const double zoom = 2, width = BM_PAPER_A4_WIDTH, margin = BM_PAPER_A4_WIDTH * 0.065;
  BmPoseStyle style;
  gboolean found = FALSE;

  g_assert_nonnull (t->pose);
  bm_pose_get_default_style (&style, FALSE);
  bm_session_set_on_sheet (session, "gluteus-minimus", TRUE);
  sheet = bm_sheet_new (session, NULL, NULL);
  g_assert_true (bm_sheet_export_pdf (sheet, path, width, BM_PAPER_A4_HEIGHT, &error));
  g_assert_no_error (error);
  doc_object = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  doc = POPPLER_DOCUMENT (doc_object);
  for (int i = 0; i < poppler_document_get_n_pages (doc); i++)
    {
      g_autoptr(GObject) page_object = G_OBJECT (poppler_document_get_page (doc, i));
      PopplerPage *page = POPPLER_PAGE (page_object);
      g_autofree char *text = poppler_page_get_text (page);
      g_autofree PopplerRectangle *rects = NULL;
      const char *title = strstr (text, t->title);
      cairo_surface_t *surface;
      cairo_t *cr;
      guint n_rects;
      double top;
      g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
      g_autofree char *folded = g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);

      /* The page with the technique (its title is also in the weekly
       * table, later): all of it is here, its picture too. */
      if (title == NULL || strstr (folded, t->steps[0]) == NULL)
        continue;
      for (guint s = 0; t->steps[s] != NULL; s++)
        assert_contains (folded, t->steps[s]);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
      top = rects[g_utf8_pointer_to_offset (text, title)].y1;
      surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) (width * zoom), (int) (BM_PAPER_A4_HEIGHT * zoom));
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_scale (cr, zoom, zoom);
      poppler_page_render (page, cr);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      /* In a column right of the steps, from the title down a picture's
       * height: the highlighted hip and the far limbs' shade of skin
       * (the near skin is too close to the paper's white to count). */
      g_assert_cmpuint (count_colour (surface, zoom, &style.highlight, width - margin - 150, top, width - margin, top + 160), >, 200);
      g_assert_cmpuint (count_colour (surface, zoom, &style.far_skin, width - margin - 150, top, width - margin, top + 160), >, 500);
      cairo_surface_destroy (surface);
      found = TRUE;
    }
  g_assert_true (found);
  bm_test_remove_tree (dir);
}

/* The first A4 page of @sheet on white, @zoom device pixels per point. */
static cairo_surface_t *
render_first_page (BmSheet *sheet,
                   double   zoom)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (BM_PAPER_A4_WIDTH * zoom),
                                                         (int) (BM_PAPER_A4_HEIGHT * zoom));
  cairo_t *cr = cairo_create (surface);

  bm_sheet_paginate (sheet, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, zoom, zoom);
  bm_sheet_draw_page (sheet, cr, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
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
  double x, y, mx, my, scale;
  const guchar *pixel;

  surface = render_first_page (sheet, zoom);

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

/* An area both painful and numb reads as one item in the sheet's list of
 * marked areas, and its map shows the pain colour with the hatching over
 * it. */
static void
test_pain_and_numb_area (void)
{
  g_autoptr(BmSession) session = session_with (runner, "knee-lateral-left");
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  g_autoptr(BmBodyArt) art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);
  const BmRegion *knee = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "knee-lateral-left");
  g_autofree char *text = NULL;
  const double zoom = 4;
  cairo_surface_t *surface;
  double x, y, mx, my, scale;
  guint pain = 0, hatch = 0;
  int pages;

  text = export_and_read (session, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &pages);
  assert_contains (text, "Outer knee (left), pain 7/10 and numb 4/10");

  surface = render_first_page (sheet, zoom);

  g_assert_true (bm_sheet_get_map_rect (sheet, BM_VIEW_FRONT, &mx, &my, &scale));
  g_assert_true (bm_test_interior_point (art, BM_VIEW_FRONT, knee->index, &x, &y));
  /* The device pixels around that point that lie in the knee. */
  for (int py = (int) ((my + y * scale) * zoom) - 12; py <= (int) ((my + y * scale) * zoom) + 12; py++)
    for (int px = (int) ((mx + x * scale) * zoom) - 12; px <= (int) ((mx + x * scale) * zoom) + 12; px++)
      {
        const guchar *p = cairo_image_surface_get_data (surface) +
                          (gsize) py * cairo_image_surface_get_stride (surface) + (gsize) px * 4;   /* BGRA */

        if (bm_body_art_region_at (art, BM_VIEW_FRONT, (px / zoom - mx) / scale, (py / zoom - my) / scale) != knee)
          continue;
        pain += p[2] - p[0] > 60;
        hatch += p[0] - p[2] > 40;
      }
  g_assert_cmpuint (pain, >, 10);
  g_assert_cmpuint (hatch, >, 10);
  cairo_surface_destroy (surface);
}

/* The sentence after @label, up to its full stop. */
static char *
sentence_after (const char *text,
                const char *label)
{
  const char *start = strstr (text, label), *end;

  if (start == NULL)
    g_error ("the sheet lacks “%s”", label);
  start += strlen (label);
  end = strchr (start, '.');
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* Fails unless @line names exactly the sheet's muscles, and no other muscle
 * of the atlas (checked on what is left once the sheet's are taken out, as
 * "Extensor digitorum" is part of "Extensor digitorum brevis"). */
static void
assert_names_exactly (const char *line,
                      BmSheet    *sheet)
{
  GArray *muscles = bm_sheet_get_muscles (sheet);
  g_autofree char *rest = g_ascii_strdown (line, -1);

  for (guint k = 0; k < muscles->len; k++)
    {
      g_autofree char *name = g_ascii_strdown (g_array_index (muscles, BmSheetMuscle, k).muscle->name, -1);
      char *at = strstr (rest, name);

      if (at == NULL)
        g_error ("“%s” does not name %s", line, name);
      memset (at, '#', strlen (name));
    }
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      g_autofree char *name = g_ascii_strdown (bm_atlas_get_muscle (atlas, i)->name, -1);

      if (strstr (rest, name) != NULL)
        g_error ("“%s” names %s, which is not on the sheet", line, name);
    }
}

/* The summary line names the muscles on the sheet, and what they explain. */
static void
test_sources_line (void)
{
  g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  g_autofree char *text = NULL, *line = NULL;
  int pages;

  text = export_and_read (session, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &pages);
  line = sentence_after (text, "Likely sources:");
  g_assert_cmpuint (bm_sheet_get_muscles (sheet)->len, ==, 3);
  assert_names_exactly (line, sheet);
  g_assert_true (g_str_has_suffix (line, " together explain all 4 of your areas"));
}

/* A sheet of chosen muscles names no other muscle as a source: not in the
 * summary, not as the muscle a chosen one is a key muscle for. */
static void
test_sources_line_picks (void)
{
  g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
  g_autoptr(BmSheet) sheet = NULL;
  g_autofree char *text = NULL, *line = NULL;
  int pages;

  bm_session_set_on_sheet (session, "soleus", TRUE);
  bm_session_set_on_sheet (session, "gluteus-medius", TRUE);
  sheet = bm_sheet_new (session, NULL, NULL);
  text = export_and_read (session, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &pages);
  g_assert_null (strstr (text, "Likely sources:"));
  line = sentence_after (text, "On this sheet:");
  assert_names_exactly (line, sheet);
  g_assert_null (strstr (text, "Gluteus minimus"));
  g_assert_null (strstr (text, "gluteus minimus:"));
}

/* Where the character at @offset (in characters) of page 1's text starts
 * and ends, left to right. */
static void
char_span (const Read *read,
           glong       offset,
           double     *x1,
           double     *x2)
{
  g_assert_cmpuint ((guint) offset, <, read->n_first_rects);
  *x1 = read->first_rects[offset].x1;
  *x2 = read->first_rects[offset].x2;
}

/* "Made on 2 December 2026", one plain space between the words, on paper
 * too: the gap before the day is no wider than the one after it. */
static void
test_date (void)
{
  g_autoptr(BmSession) session = session_with (runner, NULL);
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 12, 2, 9, 30, 0);
  g_autofree char *text = NULL;
  Read read = { 0 };
  const char *day;
  glong at;
  double n_left, n_right, day_left, day_right, d_left, d_right;
  int pages;

  text = export_and_read_full (session, date, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &pages, &read);
  assert_contains (text, "Made on 2 December 2026 with Bodymap");
  day = strstr (read.first_text, "2 December");
  g_assert_nonnull (day);
  at = g_utf8_pointer_to_offset (read.first_text, day);
  char_span (&read, at - 2, &n_left, &n_right);      /* the n of "on" */
  char_span (&read, at, &day_left, &day_right);
  char_span (&read, at + 2, &d_left, &d_right);      /* the D of "December" */
  if (day_left - n_right > 2 * (d_left - day_right))
    g_error ("the date has a wide gap before the day: %.1f points, against %.1f after it",
             day_left - n_right, d_left - day_right);
  read_clear (&read);
}

/* On US Letter, a notice and one long first muscle still leave the first
 * page well used: the maps give up height rather than the muscle moving on. */
static void
test_letter_first_page (void)
{
  static const char *muscles[] = { "quadratus-lumborum", "piriformis", NULL };

  for (guint i = 0; muscles[i] != NULL; i++)
    {
      g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
      g_autofree char *text = NULL;
      Read read = { 0 };
      int pages;

      bm_session_set_on_sheet (session, muscles[i], TRUE);
      text = export_and_read_full (session, NULL, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT, &pages, &read);
      if (read.first_fill < 0.8)
        g_error ("with %s, the first Letter page is used down to %.0f%% only", muscles[i], read.first_fill * 100);
      read_clear (&read);
    }
  {
    g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
    g_autofree char *text = NULL;
    Read read = { 0 };
    int pages;

    text = export_and_read_full (session, NULL, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT, &pages, &read);
    g_assert_cmpfloat (read.first_fill, >=, 0.8);
    read_clear (&read);
  }
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

/* ---- Safe export ------------------------------------------------------------ */

static BmSheet *
runner_sheet (void)
{
  g_autoptr(BmSession) session = session_with (runner, NULL);

  return bm_sheet_new (session, NULL, NULL);
}

static char *
export_error (const char *path)
{
  g_autoptr(BmSheet) sheet = runner_sheet ();
  g_autoptr(GError) error = NULL;

  g_assert_false (bm_sheet_export_pdf (sheet, path, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &error));
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static void
assert_message (const char *message,
                const char *wanted)
{
  if (strstr (message, wanted) == NULL)
    g_error ("“%s” should contain “%s”", message, wanted);
}

/* A link planted at the name the old exporter wrote to first
 * (PATH.part-PID) is never followed: the file it names stays as it was. */
static void
test_planted_temp_link (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *victim = g_build_filename (dir, "victim.txt", NULL);
  g_autofree char *planted = g_strdup_printf ("%s.part-%d", path, (int) getpid ());
  g_autoptr(BmSheet) sheet = runner_sheet ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  g_assert_true (g_file_set_contents (victim, "precious", -1, NULL));
  g_assert_cmpint (symlink (victim, planted), ==, 0);
  g_assert_true (bm_sheet_export_pdf (sheet, path, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (victim, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "precious");
  g_assert_true (g_file_test (planted, G_FILE_TEST_IS_SYMLINK));
  g_clear_pointer (&text, g_free);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  bm_test_remove_tree (dir);
}

/* A pipe, a device, a folder or a /proc/self/fd link at PATH is refused,
 * with a message that says what it is, and stays what it was. */
static void
test_refuses_non_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "pipe.pdf", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.pdf", NULL);
  g_autofree char *message = NULL, *proc = NULL;
  int fds[2];
  struct stat st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  message = export_error (fifo);
  assert_message (message, "cannot write ");
  assert_message (message, "pipe.pdf: it is a pipe, not a regular file");
  g_assert_cmpint (lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_free (message);
  message = export_error (folder);
  assert_message (message, "folder.pdf: it is a folder, not a regular file");

  g_free (message);
  message = export_error ("/dev/full");
  g_assert_cmpstr (message, ==, "cannot write /dev/full: it is a device, not a regular file; choose another name");

  g_assert_cmpint (pipe (fds), ==, 0);
  proc = g_strdup_printf ("/proc/self/fd/%d", fds[1]);
  g_free (message);
  message = export_error (proc);
  assert_message (message, "it is a link to a pipe, not to a regular file");
  close (fds[0]);
  close (fds[1]);
  bm_test_remove_tree (dir);
}

/* A link at PATH is followed: the file it names is replaced, the link stays. */
static void
test_follows_link (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *real = g_build_filename (dir, "real.pdf", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.pdf", NULL);
  g_autoptr(BmSheet) sheet = runner_sheet ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL, *message = NULL;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.pdf", path), ==, 0);
  g_assert_true (bm_sheet_export_pdf (sheet, path, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &error));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));

  g_assert_cmpint (symlink ("nowhere.pdf", dangling), ==, 0);
  message = export_error (dangling);
  assert_message (message, "dangling.pdf: it is a link to a file that does not exist");
  bm_test_remove_tree (dir);
}

/* Each cause is named, with the path, instead of "error while writing to
 * output stream". */
static void
test_error_causes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "file", NULL);
  g_autofree char *through = g_build_filename (file, "sheet.pdf", NULL);
  g_autofree char *message = export_error ("/nonexistent/folder/sheet.pdf");

  g_assert_cmpstr (message, ==, "cannot write /nonexistent/folder/sheet.pdf: the folder /nonexistent/folder does not exist");
  g_assert_true (g_file_set_contents (file, "", -1, NULL));
  g_free (message);
  message = export_error (through);
  assert_message (message, through);
  assert_message (message, "Not a directory");
  bm_test_remove_tree (dir);
}

/* A read-only folder: for a user permissions apply to. */
static void
test_read_only_folder (void)
{
  g_autofree char *dir = NULL, *path = NULL, *message = NULL;

  if (!bm_test_run_as_user ())
    return;
  dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  path = g_build_filename (dir, "sheet.pdf", NULL);
  g_assert_cmpint (g_chmod (dir, 0500), ==, 0);
  message = export_error (path);
  g_assert_cmpint (g_chmod (dir, 0700), ==, 0);
  assert_message (message, "cannot create a file in ");
  assert_message (message, "Permission denied");
  bm_test_remove_tree (dir);
}

/* Exports over an old sheet in a child whose files may not grow past
 * 4 kB: the write fails (EFBIG, as ENOSPC on a full disk), or with @kill
 * the kernel kills the child in the middle of writing. */
static void
test_write_fails_subprocess (gboolean kill)
{
  g_autofree char *dir = bm_test_fault_dir ("sheet", getppid ());
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(BmSheet) sheet = runner_sheet ();
  g_autoptr(GError) error = NULL;

  bm_test_limit_file_size (4096, kill);
  g_assert_false (bm_sheet_export_pdf (sheet, path, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &error));
  g_print ("%s\n", error->message);
}

static void
run_write_fault (gboolean kill)
{
  g_autofree char *dir = bm_test_fault_dir ("sheet", getpid ());
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *text = NULL, *expected = NULL;
  g_autoptr(GDir) d = NULL;
  const char *name;
  guint n = 0;

  g_assert_cmpint (g_mkdir (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "the old sheet", -1, NULL));
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  if (kill)
    g_test_trap_assert_failed ();
  else
    {
      g_test_trap_assert_passed ();
      expected = g_strdup_printf ("cannot write %s: writing failed: File too large\n", path);
      g_test_trap_assert_stdout (expected);
    }
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_cmpstr (text, ==, "the old sheet");
  d = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (d)) != NULL)
    n++;
  g_assert_cmpuint (n, ==, kill ? 2 : 1);   /* a killed writer cannot remove its temporary */
  bm_test_remove_tree (dir);
}

static void
test_write_fails (void)
{
  if (g_test_subprocess ())
    test_write_fails_subprocess (FALSE);
  else
    run_write_fault (FALSE);
}

static void
test_killed_mid_write (void)
{
  if (g_test_subprocess ())
    test_write_fails_subprocess (TRUE);
  else
    run_write_fault (TRUE);
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
  g_test_add_func ("/sheet/illustration", test_illustration);
  g_test_add_func ("/sheet/marks-rendered", test_marks_rendered);
  g_test_add_func ("/sheet/pain-and-numb-area", test_pain_and_numb_area);
  g_test_add_func ("/sheet/sources-line", test_sources_line);
  g_test_add_func ("/sheet/sources-line-picks", test_sources_line_picks);
  g_test_add_func ("/sheet/date", test_date);
  g_test_add_func ("/sheet/letter-first-page", test_letter_first_page);
  g_test_add_func ("/sheet/unwritable", test_unwritable);
  g_test_add_func ("/sheet/default-name", test_default_name);
  g_test_add_func ("/sheet/planted-temp-link", test_planted_temp_link);
  g_test_add_func ("/sheet/refuses-non-regular", test_refuses_non_regular);
  g_test_add_func ("/sheet/follows-link", test_follows_link);
  g_test_add_func ("/sheet/error-causes", test_error_causes);
  g_test_add_func ("/sheet/read-only-folder", test_read_only_folder);
  g_test_add_func ("/sheet/write-fails", test_write_fails);
  g_test_add_func ("/sheet/killed-mid-write", test_killed_mid_write);
  status = g_test_run ();
  g_clear_object (&atlas);
  return status;
}
