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
#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "cli/bm-cli.h"
#include "core/bm-pose-paint.h"
#include "core/bm-sheet.h"
#include "core/bm-sheet-private.h"
#include "bm-test-util.h"

#define PRINTABLE 18.0   /* points: what most printers cannot print at the paper's edge */

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

/* The sheet's pages, each as its text with white space folded. */
static GPtrArray *
page_texts (BmSheet *sheet,
            double   width,
            double   height)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) doc = NULL;
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  g_assert_true (bm_sheet_export_pdf (sheet, path, width, height, &error));
  g_assert_no_error (error);
  doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (POPPLER_DOCUMENT (doc)); i++)
    {
      g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), i));
      g_autofree char *text = poppler_page_get_text (POPPLER_PAGE (page));

      g_ptr_array_add (texts, g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL));
    }
  bm_test_remove_tree (dir);
  return texts;
}

static gboolean
contains_folded (const char *text,
                 const char *wanted)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autofree char *folded = g_regex_replace_literal (space, wanted, -1, 0, " ", 0, NULL);

  return strstr (text, folded) != NULL;
}

/* The page that has all of @t: its title and every step, or -1. */
static int
page_with_technique (GPtrArray         *texts,
                     const BmTechnique *t)
{
  for (guint p = 0; p < texts->len; p++)
    {
      gboolean all = contains_folded (texts->pdata[p], t->title);

      for (guint s = 0; all && t->steps[s] != NULL; s++)
        all = contains_folded (texts->pdata[p], t->steps[s]);
      if (all)
        return (int) p;
    }
  return -1;
}

/* Every technique on the sheet whole on one page, and each muscle's
 * heading on the page of its first technique. */
static void
assert_whole_techniques (BmSheet   *sheet,
                         GPtrArray *texts)
{
  GArray *muscles = bm_sheet_get_muscles (sheet);

  for (guint i = 0; i < muscles->len; i++)
    {
      const BmSheetMuscle *sm = &g_array_index (muscles, BmSheetMuscle, i);
      const BmTriggerPoint *tp = sm->best ? sm->best : sm->muscle->trigger_points->pdata[0];
      g_autofree char *heading = g_strdup_printf ("Trigger point — %s.", tp->name);
      int first = page_with_technique (texts, bm_sheet_get_technique (sheet, i, 0));

      for (guint k = 0; k < bm_sheet_get_techniques (sheet); k++)
        if (page_with_technique (texts, bm_sheet_get_technique (sheet, i, k)) < 0)
          g_error ("%s: “%s” is not whole on one page", sm->muscle->id, bm_sheet_get_technique (sheet, i, k)->title);
      if (!contains_folded (texts->pdata[first], heading))
        g_error ("%s: its heading is not on the page of its first technique", sm->muscle->id);
    }
}

static void
draw_sheet_page (gpointer  sheet,
                 cairo_t  *cr,
                 guint     page)
{
  bm_sheet_draw_page (sheet, cr, page);
}

/* Everything each page draws lies inside what a printer prints. */
static void
assert_within_page (BmSheet *sheet,
                    double   width,
                    double   height)
{
  bm_test_assert_ink_inside (draw_sheet_page, sheet, bm_sheet_paginate (sheet, width, height), width, height,
                             PRINTABLE, PRINTABLE, width - PRINTABLE, height - PRINTABLE);
}

static void
check_paper (double width,
             double height)
{
  g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  g_autoptr(GPtrArray) texts = page_texts (sheet, width, height);
  g_autofree char *text = NULL;
  GArray *muscles = bm_sheet_get_muscles (sheet);
  int pages;

  text = export_and_read (session, width, height, &pages);
  g_assert_cmpint (pages, >=, 2);
  g_assert_cmpint (pages, <=, 4);
  g_assert_cmpuint (texts->len, ==, pages);
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
  assert_whole_techniques (sheet, texts);
  assert_within_page (sheet, width, height);
  assert_contains (text, "This Week");
  assert_contains (text, "Trigger point, with its muscle’s number");
  assert_contains (text, "Where each muscle sends pain");
  assert_contains (text, "What Keeps It Going");
  assert_contains (text, "See a clinician before you start");
  assert_contains (text, "not a diagnosis");
  /* Not a handout: no client line unless asked for. */
  g_assert_null (strstr (text, "Client:"));
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
  g_assert_null (strstr (text, "with its muscle’s number"));
  /* No numbness, no ticked symptom: no notice. */
  g_assert_null (strstr (text, "See a clinician before you start"));
}

/* Pixels of the image @surface within 10 levels of @c, in the box
 * (@x1, @y1)–(@x2, @y2) given in points, at @zoom pixels per point. */
static guint count_ink (cairo_surface_t *surface, double zoom, const BmSheetInk *ink, int tolerance,
                        double x1, double y1, double x2, double y2);

static guint
count_colour (cairo_surface_t *surface,
              double           zoom,
              const BmRgba    *c,
              double           x1,
              double           y1,
              double           x2,
              double           y2)
{
  BmSheetInk ink = { c->red, c->green, c->blue };

  return count_ink (surface, zoom, &ink, 9, x1, y1, x2, y2);
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

/* ---- Maps: zones, markers, side views -------------------------------------- */

/* The crowded case: five muscles of one shoulder, their trigger points a
 * few centimetres apart. */
static BmSession *
shoulder_session (void)
{
  static const char *pain[] = { "shoulder-posterior-right", "arm-lateral-right", "shoulder-lateral-right", NULL };
  static const char *muscles[] = { "supraspinatus", "infraspinatus", "teres-minor", "teres-major", "deltoid", NULL };
  BmSession *session = session_with (pain, NULL);

  for (guint i = 0; muscles[i] != NULL; i++)
    bm_session_set_on_sheet (session, muscles[i], TRUE);
  return session;
}

/* How far the circle at (@cx, @cy) of @r is from the X box of @m (<0: overlapping). */
static double
circle_to_x (double               cx,
             double               cy,
             double               r,
             const BmSheetMarker *m)
{
  double dx = MAX (fabs (cx - m->x) - m->x_half, 0), dy = MAX (fabs (cy - m->y) - m->x_half, 0);

  return hypot (dx, dy) - r;
}

/* No marker of one muscle touches another muscle's: neither the Xs, nor
 * the badges, nor a badge and an X. Every X has its badge, in its view. */
static void
assert_markers_apart (BmSheet *sheet,
                      guint    n_muscles)
{
  GArray *markers = bm_sheet_get_markers (sheet);
  g_autofree gboolean *numbered = g_new0 (gboolean, n_muscles);

  g_assert_cmpuint (markers->len, >=, n_muscles);
  for (guint i = 0; i < markers->len; i++)
    {
      const BmSheetMarker *a = &g_array_index (markers, BmSheetMarker, i);

      g_assert_cmpuint (a->muscle, <, n_muscles);
      numbered[a->muscle] = TRUE;
      for (guint j = 0; j < markers->len; j++)
        {
          const BmSheetMarker *b = &g_array_index (markers, BmSheetMarker, j);

          if (i == j)
            continue;
          if (hypot (a->badge_x - b->badge_x, a->badge_y - b->badge_y) < a->badge_radius + b->badge_radius)
            g_error ("the badges of muscles %u and %u overlap", a->muscle + 1, b->muscle + 1);
          if (a->muscle != b->muscle && circle_to_x (a->badge_x, a->badge_y, a->badge_radius, b) < 0)
            g_error ("muscle %u's badge covers muscle %u's X", a->muscle + 1, b->muscle + 1);
          if (a->muscle != b->muscle && a->view == b->view &&
              MAX (fabs (a->x - b->x), fabs (a->y - b->y)) < a->x_half + b->x_half)
            g_error ("the Xs of muscles %u and %u overlap", a->muscle + 1, b->muscle + 1);
        }
    }
  for (guint m = 0; m < n_muscles; m++)
    if (!numbered[m])
      g_error ("muscle %u has no X on the maps", m + 1);
}

static void
test_markers_apart (void)
{
  g_autoptr(BmSession) runner_session = session_with (runner, "foot-dorsum-left");
  g_autoptr(BmSession) crowded = shoulder_session ();
  g_autoptr(BmSheet) sheet = bm_sheet_new (runner_session, NULL, NULL);
  g_autoptr(BmSheet) shoulder = bm_sheet_new (crowded, NULL, NULL);

  bm_sheet_paginate (sheet, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  assert_markers_apart (sheet, 3);
  bm_sheet_paginate (sheet, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT);
  assert_markers_apart (sheet, 3);
  g_assert_cmpuint (bm_sheet_get_muscles (shoulder)->len, ==, 5);
  bm_sheet_paginate (shoulder, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  assert_markers_apart (shoulder, 5);
  assert_within_page (shoulder, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
}

/* Marks on the outer leg bring in the left side view; on the outer
 * shoulder, the right one; on the front of the shin, none. */
static void
test_side_view (void)
{
  static const char *shin[] = { "shin-anterior-left", NULL };
  g_autoptr(BmSession) runner_session = session_with (runner, NULL);
  g_autoptr(BmSession) shin_session = session_with (shin, NULL);
  g_autoptr(BmSession) crowded = shoulder_session ();
  g_autoptr(BmSheet) a = bm_sheet_new (runner_session, NULL, NULL);
  g_autoptr(BmSheet) b = bm_sheet_new (shin_session, NULL, NULL);
  g_autoptr(BmSheet) c = bm_sheet_new (crowded, NULL, NULL);
  double x, y, scale;

  bm_sheet_paginate (a, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  bm_sheet_paginate (b, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  bm_sheet_paginate (c, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  g_assert_true (bm_sheet_get_map_rect (a, BM_VIEW_LEFT, &x, &y, &scale));
  g_assert_false (bm_sheet_get_map_rect (a, BM_VIEW_RIGHT, &x, &y, &scale));
  g_assert_true (bm_sheet_get_map_rect (b, BM_VIEW_FRONT, &x, &y, &scale));
  g_assert_false (bm_sheet_get_map_rect (b, BM_VIEW_LEFT, &x, &y, &scale));
  g_assert_true (bm_sheet_get_map_rect (c, BM_VIEW_RIGHT, &x, &y, &scale));
  g_assert_false (bm_sheet_get_map_rect (c, BM_VIEW_LEFT, &x, &y, &scale));
}

/* Pixels of @surface (ARGB, @zoom pixels per point) in the box given in
 * points that are within @tolerance of @ink on every channel. */
static guint
count_ink (cairo_surface_t  *surface,
           double            zoom,
           const BmSheetInk *ink,
           int               tolerance,
           double            x1,
           double            y1,
           double            x2,
           double            y2)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  for (int y = MAX (0, (int) (y1 * zoom)); y < MIN (cairo_image_surface_get_height (surface), (int) (y2 * zoom)); y++)
    for (int x = MAX (0, (int) (x1 * zoom)); x < MIN (cairo_image_surface_get_width (surface), (int) (x2 * zoom)); x++)
      {
        const guchar *p = data + (gsize) y * stride + (gsize) x * 4;

        n += abs (p[2] - (int) (ink->r * 255)) <= tolerance && abs (p[1] - (int) (ink->g * 255)) <= tolerance &&
             abs (p[0] - (int) (ink->b * 255)) <= tolerance;
      }
  return n;
}

/* Each muscle's referral zones are hatched in its ink on the maps, beside
 * its swatch in the legend. */
static void
test_zones_drawn (void)
{
  g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  cairo_surface_t *surface;
  double x, y, scale;
  const double zoom = 3;

  surface = render_first_page (sheet, zoom);
  g_assert_true (bm_sheet_get_map_rect (sheet, BM_VIEW_FRONT, &x, &y, &scale));
  for (guint i = 0; i < bm_sheet_get_muscles (sheet)->len; i++)
    {
      BmSheetInk ink;
      guint n;

      bm_sheet_muscle_ink (i, &ink);
      /* Over the maps, above the legend. */
      n = count_ink (surface, zoom, &ink, 40, 0, y, BM_PAPER_A4_WIDTH, y + sheet->map_height);
      if (n < 150)
        g_error ("muscle %u's zones show in %u pixels of its ink only", i + 1, n);
    }
  cairo_surface_destroy (surface);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Each referral zone goes into the PDF as an image of its own extent, not
 * of the whole view: no image on the first page comes near a view's size
 * (a mask of the whole view for every zone made the export several times
 * slower, for empty pixels). The zones still show (test_zones_drawn). */
static void
test_zones_compact (void)
{
  g_autoptr(BmSession) session = session_with (runner, "foot-dorsum-left");
  g_autoptr(BmSheet) sheet = bm_sheet_new (session, NULL, NULL);
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GRegex) image = g_regex_new ("/Subtype /Image\\s+/Width (\\d+)\\s+/Height (\\d+)", G_REGEX_RAW, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, BM_PAPER_A4_WIDTH,
                                                                  BM_PAPER_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double x, y, scale, w, h, view_pixels;
  guint n = 0;

  bm_sheet_paginate (sheet, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  bm_sheet_draw_page (sheet, cr, 0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_true (bm_sheet_get_map_rect (sheet, BM_VIEW_FRONT, &x, &y, &scale));
  bm_body_art_get_size (sheet->art, BM_VIEW_FRONT, &w, &h);
  /* The masks have 4 pixels per point. */
  view_pixels = w * scale * 4 * h * scale * 4;
  g_regex_match_full (image, (const char *) pdf->data, pdf->len, 0, 0, &match, NULL);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL), n++)
    {
      g_autofree char *width = g_match_info_fetch (match, 1);
      g_autofree char *height = g_match_info_fetch (match, 2);
      double pixels = g_ascii_strtod (width, NULL) * g_ascii_strtod (height, NULL);

      if (pixels > view_pixels / 4)
        g_error ("an image of %s × %s pixels on page 1, for a view of %.0f pixels", width, height, view_pixels);
    }
  /* The marks' and the zones' images are there. */
  g_assert_cmpuint (n, >=, 6);
}

/* ---- The therapist's handout ------------------------------------------------------ */

static const char *handout_muscles = "supraspinatus,infraspinatus,teres-minor,subscapularis";

/* Runs bodymap --export-sheet in this process with @client and
 * @techniques, and returns the pages' text. */
static GPtrArray *
run_handout (const char *client,
             const char *techniques,
             int        *status)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "handout.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  BmCliOptions options = { .export_sheet = path, .muscles = (char *) handout_muscles,
                           .client = (char *) client, .techniques = (char *) techniques };
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);
  g_autoptr(GObject) doc = NULL;
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);
  FILE *out = fopen ("/dev/null", "w"), *err = fopen ("/dev/null", "w");

  *status = bm_cli_run (&options, out, err);
  fclose (out);
  fclose (err);
  if (*status == 0)
    {
      doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, NULL));
      g_assert_nonnull (doc);
      for (int i = 0; i < poppler_document_get_n_pages (POPPLER_DOCUMENT (doc)); i++)
        {
          g_autoptr(GObject) page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), i));
          g_autofree char *text = poppler_page_get_text (POPPLER_PAGE (page));

          g_ptr_array_add (texts, g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL));
        }
    }
  bm_test_remove_tree (dir);
  return texts;
}

static char *
joined (GPtrArray *texts)
{
  g_ptr_array_add (texts, NULL);
  {
    char *all = g_strjoinv (" ", (char **) texts->pdata);

    g_ptr_array_remove_index (texts, texts->len - 1);
    return all;
  }
}

/* With --techniques=@n: each muscle's first stretch, whole on one page,
 * and its first release only with 2. */
static void
assert_handout_techniques (GPtrArray *texts,
                           guint      n)
{
  g_auto(GStrv) ids = g_strsplit (handout_muscles, ",", -1);
  g_autofree char *all = joined (texts);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const BmMuscle *m = bm_atlas_lookup (atlas, ids[i]);
      const BmTechnique *release = m->releases->pdata[0];

      assert_contains (all, m->name);
      g_assert_cmpint (page_with_technique (texts, m->stretches->pdata[0]), >=, 0);
      if (n == 2)
        g_assert_cmpint (page_with_technique (texts, release), >=, 0);
      else if (strstr (all, release->steps[0]) != NULL || strstr (all, release->title) != NULL)
        g_error ("--techniques=1 shows %s's release “%s”", m->id, release->title);
    }
}

static void
test_handout (void)
{
  g_autoptr(GPtrArray) one = NULL, two = NULL, blank = NULL;
  g_autofree char *all = NULL;
  int status;

  one = run_handout ("Anna Kowalska", "1", &status);
  g_assert_cmpint (status, ==, 0);
  all = joined (one);
  assert_contains (all, "Client: Anna Kowalska");
  assert_contains (all, "Notes");
  assert_contains (all, "This Week");
  /* A clean handout: no empty maps, no list of marked areas. */
  g_assert_null (strstr (all, "Where it hurts"));
  g_assert_null (strstr (all, "Trigger point, with its muscle"));
  g_assert_null (strstr (all, "Where each muscle sends pain"));
  assert_handout_techniques (one, 1);

  two = run_handout ("Anna Kowalska", "2", &status);
  g_assert_cmpint (status, ==, 0);
  assert_handout_techniques (two, 2);
  g_assert_cmpuint (two->len, >, one->len - 1);

  /* No name: a line to write it on. */
  blank = run_handout (NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&all, g_free);
  all = joined (blank);
  assert_contains (all, "Client:");
  g_assert_null (strstr (all, "Anna"));
  assert_handout_techniques (blank, 2);
}

/* A handout has no maps to place; its pages stay inside the printable
 * area on both papers. */
static void
test_handout_pages (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  g_autoptr(BmSheet) sheet = NULL;
  g_auto(GStrv) ids = g_strsplit (handout_muscles, ",", -1);
  double x, y, scale;

  for (guint i = 0; ids[i] != NULL; i++)
    bm_session_set_on_sheet (session, ids[i], TRUE);
  sheet = bm_sheet_new (session, NULL, NULL);
  g_assert_true (bm_sheet_is_handout (sheet));
  bm_sheet_set_client (sheet, "");
  assert_within_page (sheet, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT);
  assert_within_page (sheet, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT);
  g_assert_false (bm_sheet_get_map_rect (sheet, BM_VIEW_FRONT, &x, &y, &scale));
  g_assert_cmpuint (bm_sheet_get_markers (sheet)->len, ==, 0);
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
  bm_test_assert_contains (message, "cannot write ");
  bm_test_assert_contains (message, "pipe.pdf: it is a pipe, not a regular file");
  g_assert_cmpint (lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));

  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_free (message);
  message = export_error (folder);
  bm_test_assert_contains (message, "folder.pdf: it is a folder, not a regular file");

  g_free (message);
  message = export_error ("/dev/full");
  g_assert_cmpstr (message, ==, "cannot write /dev/full: it is a device, not a regular file; choose another name");

  g_assert_cmpint (pipe (fds), ==, 0);
  proc = g_strdup_printf ("/proc/self/fd/%d", fds[1]);
  g_free (message);
  message = export_error (proc);
  bm_test_assert_contains (message, "it is a link to a pipe, not to a regular file");
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
  bm_test_assert_contains (message, "dangling.pdf: it is a link to a file that does not exist");
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
  bm_test_assert_contains (message, through);
  bm_test_assert_contains (message, "Not a directory");
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
  bm_test_assert_contains (message, "cannot create a file in ");
  bm_test_assert_contains (message, "Permission denied");
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

/* ---- Export through GFile --------------------------------------------------- */

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

/* A GFile export replaces an old sheet with a whole PDF of the paper asked
 * for, and leaves nothing else behind in the folder. */
static void
test_export_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sheet.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(BmSheet) sheet = runner_sheet ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GObject) doc = NULL;
  g_autoptr(GObject) page = NULL;
  double w, h;

  g_assert_true (g_file_set_contents (path, "the old sheet", -1, NULL));
  g_assert_true (bm_sheet_export_file (sheet, file, BM_SHEET_PDF, BM_PAPER_LETTER_WIDTH, BM_PAPER_LETTER_HEIGHT,
                                       &error));
  g_assert_no_error (error);
  doc = G_OBJECT (poppler_document_new_from_file (uri, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (POPPLER_DOCUMENT (doc)), >=, 1);
  page = G_OBJECT (poppler_document_get_page (POPPLER_DOCUMENT (doc), 0));
  poppler_page_get_size (POPPLER_PAGE (page), &w, &h);
  g_assert_cmpfloat (fabs (w - BM_PAPER_LETTER_WIDTH), <, 1);
  g_assert_cmpfloat (fabs (h - BM_PAPER_LETTER_HEIGHT), <, 1);
  g_assert_cmpuint (count_files (dir), ==, 1);
  bm_test_remove_tree (dir);
}

/* A failed GFile export says which folder is missing, or which target
 * could not be written; nothing fails silently, local or not. */
static void
test_export_file_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-sheet-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "Clients", NULL);
  g_autofree char *path = g_build_filename (missing, "sheet.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) remote = g_file_new_for_uri ("bodymap-test://server/sheets/sheet.pdf");
  g_autoptr(BmSheet) sheet = runner_sheet ();
  g_autoptr(GError) error = NULL;

  g_assert_false (bm_sheet_export_file (sheet, file, BM_SHEET_PDF, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &error));
  g_assert_nonnull (error);
  bm_test_assert_contains (error->message, missing);
  bm_test_assert_contains (error->message, "does not exist");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, 0);

  g_clear_error (&error);
  g_assert_false (bm_sheet_export_file (sheet, remote, BM_SHEET_PDF, BM_PAPER_A4_WIDTH, BM_PAPER_A4_HEIGHT, &error));
  g_assert_nonnull (error);
  bm_test_assert_contains (error->message, "cannot write bodymap-test://server/sheets/sheet.pdf: ");
  bm_test_remove_tree (dir);
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
  g_test_add_func ("/sheet/markers-apart", test_markers_apart);
  g_test_add_func ("/sheet/side-view", test_side_view);
  g_test_add_func ("/sheet/zones-drawn", test_zones_drawn);
  g_test_add_func ("/sheet/zones-compact", test_zones_compact);
  g_test_add_func ("/sheet/handout", test_handout);
  g_test_add_func ("/sheet/handout-pages", test_handout_pages);
  g_test_add_func ("/sheet/unwritable", test_unwritable);
  g_test_add_func ("/sheet/default-name", test_default_name);
  g_test_add_func ("/sheet/planted-temp-link", test_planted_temp_link);
  g_test_add_func ("/sheet/refuses-non-regular", test_refuses_non_regular);
  g_test_add_func ("/sheet/follows-link", test_follows_link);
  g_test_add_func ("/sheet/error-causes", test_error_causes);
  g_test_add_func ("/sheet/read-only-folder", test_read_only_folder);
  g_test_add_func ("/sheet/write-fails", test_write_fails);
  g_test_add_func ("/sheet/killed-mid-write", test_killed_mid_write);
  g_test_add_func ("/sheet/export-file", test_export_file);
  g_test_add_func ("/sheet/export-file-errors", test_export_file_errors);
  status = g_test_run ();
  g_clear_object (&atlas);
  return status;
}
