/* test-body-art-compiled.c: the compiled drawings look as librsvg draws the SVG
 *
 * The app draws the built-in body drawings from their compiled form with
 * cairo (bm-body-art-draw.c). Each view is drawn both ways, in the light
 * and the dark style, and must agree pixel by pixel within a small
 * tolerance for antialiasing and text: a lost path, colour, clip or caption
 * shows as a cluster of very different pixels. The region masks are
 * compared with librsvg's the same way, and the drawings read from the SVG
 * files at run time (--data-dir) must equal the compiled ones exactly, and
 * so must a view drawn on another thread (bm_body_art_render_styled()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <librsvg/rsvg.h>
#include <poppler.h>

#include "core/bm-body-art.h"
#include "core/bm-data.h"
#include "core/bm-error.h"
#include "bm-test-util.h"

/* A pixel "differs" when a channel is off by more than this (of 255). */
#define DIFF_THRESHOLD 24
/* How many differing pixels a view may have (antialiased edges; none
 * differ that much here). A caption is hundreds of differing pixels, a
 * region's boundary a hundred or more. */
#define MAX_DIFFERING 8

static BmBodyArt *art;

/* The stylesheet the app gave librsvg before it drew the drawings itself. */
static char *
style_css (const BmArtStyle *style)
{
#define RGB(c) (int) round ((c).red * 255), (int) round ((c).green * 255), (int) round ((c).blue * 255)
  char alpha[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf (".outline { fill: rgb(%d, %d, %d); stroke: rgb(%d, %d, %d); }\n"
                          ".region { stroke: rgb(%d, %d, %d); stroke-opacity: %s; }\n"
                          ".detail { stroke: rgb(%d, %d, %d); }\n"
                          ".caption, .caption-small, .side-mark { fill: rgb(%d, %d, %d); }\n",
                          RGB (style->skin), RGB (style->outline), RGB (style->boundary),
                          g_ascii_dtostr (alpha, sizeof alpha, style->boundary.alpha),
                          RGB (style->detail), RGB (style->caption));
#undef RGB
}

static RsvgHandle *
load_rsvg (BmView      view,
           const char *css)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = g_bytes_ref (bm_body_art_get_svg (art, view));
  gsize length;
  const guint8 *data = g_bytes_get_data (svg, &length);
  RsvgHandle *handle = rsvg_handle_new_from_data (data, length, &error);

  g_assert_no_error (error);
  g_assert_true (rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), &error));
  g_assert_no_error (error);
  return handle;
}

static cairo_surface_t *
new_canvas (int w,
            int h,
            cairo_format_t format)
{
  cairo_surface_t *surface = cairo_image_surface_create (format, w, h);
  cairo_t *cr = cairo_create (surface);

  if (format == CAIRO_FORMAT_ARGB32)
    {
      cairo_set_source_rgb (cr, 1, 0, 1);   /* nothing in the drawings is magenta */
      cairo_paint (cr);
    }
  cairo_destroy (cr);
  return surface;
}

/* The number of pixels that differ by more than @threshold, and the
 * largest difference, between two surfaces of one size and format. */
static guint
count_differing_by (cairo_surface_t *a,
                    cairo_surface_t *b,
                    int              threshold,
                    int             *largest)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
  int bpp = cairo_image_surface_get_format (a) == CAIRO_FORMAT_A8 ? 1 : 4;
  const guint8 *pa, *pb;
  guint n = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);
  *largest = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        int worst = 0;

        for (int c = 0; c < bpp; c++)
          {
            gsize at = (gsize) y * stride + (gsize) x * bpp + c;
            worst = MAX (worst, abs ((int) pa[at] - (int) pb[at]));
          }
        *largest = MAX (*largest, worst);
        if (worst > threshold && n++ < 40 && g_test_verbose ())
          g_test_message ("  differs at %d, %d by %d", x, y, worst);
      }
  return n;
}

static guint
count_differing (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int             *largest)
{
  return count_differing_by (a, b, DIFF_THRESHOLD, largest);
}

static void
save_for_debugging (cairo_surface_t *surface,
                    const char      *what,
                    BmView           view)
{
  g_autofree char *name = g_strdup_printf ("body-art-%s-%s.png", bm_view_get_id (view), what);
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  cairo_surface_write_to_png (surface, path);
  g_test_message ("wrote %s", path);
}

static void
compare_view (BmView   view,
              gboolean dark,
              double   scale)
{
  BmArtStyle style;
  g_autofree char *css = NULL;
  RsvgHandle *handle;
  cairo_surface_t *expect, *got;
  double w, h;
  RsvgRectangle viewport;
  cairo_t *cr;
  int largest;
  guint n;

  bm_body_art_get_default_style (&style, dark);
  bm_body_art_set_style (art, &style);
  css = style_css (&style);
  handle = load_rsvg (view, css);
  bm_body_art_get_size (art, view, &w, &h);
  viewport = (RsvgRectangle) { 0, 0, w * scale, h * scale };

  expect = new_canvas ((int) ceil (w * scale), (int) ceil (h * scale), CAIRO_FORMAT_ARGB32);
  cr = cairo_create (expect);
  g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, NULL));
  cairo_destroy (cr);
  got = new_canvas ((int) ceil (w * scale), (int) ceil (h * scale), CAIRO_FORMAT_ARGB32);
  cr = cairo_create (got);
  bm_body_art_render (art, view, cr, scale);
  cairo_destroy (cr);

  n = count_differing (expect, got, &largest);
  g_test_message ("%s view, %s, scale %g: %u pixels differ, largest difference %d",
                  bm_view_get_id (view), dark ? "dark" : "light", scale, n, largest);
  if (n > MAX_DIFFERING)
    {
      save_for_debugging (expect, "librsvg", view);
      save_for_debugging (got, "cairo", view);
    }
  g_assert_cmpuint (n, <=, MAX_DIFFERING);
  g_object_unref (handle);
  cairo_surface_destroy (expect);
  cairo_surface_destroy (got);
}

static void
test_views_match_librsvg (void)
{
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      compare_view (view, FALSE, 1.0);
      compare_view (view, TRUE, 1.0);
      compare_view (view, FALSE, 2.0);
    }
}

#define MASK_CSS \
  ".outline, .detail, .caption, .caption-small, .side-mark { display: none; }\n" \
  ".region { fill: #000000; fill-opacity: 1; stroke: none; }\n"

/* Every region's mask, against librsvg drawing that region alone. */
static void
test_masks_match_librsvg (void)
{
  BmRegionCatalog *catalog = bm_body_art_get_catalog (art);
  const double scale = 1.5;

  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      RsvgHandle *handle = load_rsvg (view, MASK_CSS);
      double w, h;
      guint checked = 0;

      bm_body_art_get_size (art, view, &w, &h);
      for (guint r = 0; r < bm_region_catalog_get_n_regions (catalog); r++)
        {
          const BmRegion *region = bm_region_catalog_get_region (catalog, r);
          g_autofree char *ref = g_strconcat ("#", region->id, NULL);
          RsvgRectangle viewport = { 0, 0, w * scale, h * scale };
          cairo_surface_t *got, *expect;
          cairo_t *cr;
          int x, y, largest;
          guint n;

          if (!bm_body_art_has_region (art, view, r))
            continue;
          got = bm_body_art_get_region_mask (art, view, r, scale, &x, &y);
          g_assert_nonnull (got);
          expect = new_canvas (cairo_image_surface_get_width (got), cairo_image_surface_get_height (got),
                               CAIRO_FORMAT_A8);
          cr = cairo_create (expect);
          cairo_translate (cr, -x, -y);
          g_assert_true (rsvg_handle_render_layer (handle, cr, ref, &viewport, NULL));
          cairo_destroy (cr);
          n = count_differing (expect, got, &largest);
          if (n > 4)
            g_error ("%s view, region %s: %u mask pixels differ (largest %d)",
                     bm_view_get_id (view), region->id, n, largest);
          cairo_surface_destroy (expect);
          checked++;
        }
      g_assert_cmpuint (checked, >, 20);
      g_object_unref (handle);
    }
}

/* The drawings read from the SVG files (as from --data-dir) are the
 * compiled ones: the same bytes when compiled again. */
static void
test_parsed_equals_compiled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = bm_data_get_builtin ("assets");
  g_autoptr(BmBodyArt) parsed = bm_body_art_new_for_root (bm_body_art_get_catalog (art), root, &error);

  g_assert_no_error (error);
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      double w1, h1, w2, h2;

      bm_body_art_get_size (art, view, &w1, &h1);
      bm_body_art_get_size (parsed, view, &w2, &h2);
      g_assert_cmpfloat (w1, ==, w2);
      g_assert_cmpfloat (h1, ==, h2);
      for (guint r = 0; r < bm_region_catalog_get_n_regions (bm_body_art_get_catalog (art)); r++)
        {
          double a[4] = { 0 }, b[4] = { 0 };

          g_assert_cmpint (bm_body_art_has_region (art, view, r), ==, bm_body_art_has_region (parsed, view, r));
          if (!bm_body_art_get_region_bounds (art, view, r, &a[0], &a[1], &a[2], &a[3]))
            continue;
          g_assert_true (bm_body_art_get_region_bounds (parsed, view, r, &b[0], &b[1], &b[2], &b[3]));
          g_assert_cmpmem (a, sizeof a, b, sizeof b);
        }
    }
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* Replaces *@surface (@w × @h) by its 4 × 4 block averages. */
static void
shrink (cairo_surface_t **surface,
        double            w,
        double            h)
{
  cairo_surface_t *small = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (w / 4), (int) ceil (h / 4));
  cairo_t *cr = cairo_create (small);

  cairo_scale (cr, 0.25, 0.25);
  cairo_set_source_surface (cr, *surface, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (*surface);
  *surface = small;
}

/* In a PDF (the sheet, the report) a view stays vector: no image, its
 * caption as text a reader finds, and drawn by poppler as on screen. */
static void
test_pdf_stays_vector (void)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  PopplerDocument *doc;
  PopplerPage *page;
  g_autofree char *text = NULL;
  cairo_surface_t *surface, *got, *expect;
  BmArtStyle style;
  double w, h;
  cairo_t *cr;
  int largest;
  guint n;

  bm_body_art_get_default_style (&style, FALSE);
  bm_body_art_set_style (art, &style);
  bm_body_art_get_size (art, BM_VIEW_FRONT, &w, &h);
  surface = cairo_pdf_surface_create_for_stream (append_bytes, pdf, w, h);
  cr = cairo_create (surface);
  bm_body_art_render (art, BM_VIEW_FRONT, cr, 1.0);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_null (g_strstr_len ((const char *) pdf->data, pdf->len, "/Subtype /Image"));

  bytes = g_bytes_new (pdf->data, pdf->len);
  doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  page = poppler_document_get_page (doc, 0);
  text = poppler_page_get_text (page);
  g_assert_nonnull (strstr (text, "Front"));

  /* The page, drawn by poppler, against the view drawn on pixels. */
  got = new_canvas ((int) w, (int) h, CAIRO_FORMAT_ARGB32);
  cr = cairo_create (got);
  poppler_page_render (page, cr);
  cairo_destroy (cr);
  expect = new_canvas ((int) w, (int) h, CAIRO_FORMAT_ARGB32);
  cr = cairo_create (expect);
  bm_body_art_render (art, BM_VIEW_FRONT, cr, 1.0);
  cairo_destroy (cr);
  /* The PDF strokes each clip's regions as one path, so where two
   * boundaries overlap their antialiased edges blend differently: compare
   * 4 × 4 blocks, where that averages out and a lost line does not. */
  shrink (&got, w, h);
  shrink (&expect, w, h);
  n = count_differing_by (expect, got, 2 * DIFF_THRESHOLD, &largest);
  g_test_message ("PDF against pixels, 4 × 4 blocks: %u differ, largest difference %d", n, largest);
  g_assert_cmpuint (n, <=, MAX_DIFFERING);
  cairo_surface_destroy (got);
  cairo_surface_destroy (expect);
  g_object_unref (page);
  g_object_unref (doc);
}

/* bm-base-raster.c draws the map's first drawings on a thread of its own,
 * in the style copied when it started: the same pixels, exactly, as
 * bm_body_art_render() on the main thread, however the style changes in
 * the meantime, and all views at once on several threads. */
typedef struct {
  BmView           view;
  BmArtStyle       style;
  cairo_surface_t *surface;
} ThreadRender;

#define THREAD_SCALE 1.6

static cairo_surface_t *
new_view_canvas (BmView view)
{
  double w, h;

  bm_body_art_get_size (art, view, &w, &h);
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, ceil (w * THREAD_SCALE), ceil (h * THREAD_SCALE));
}

static gpointer
render_thread (gpointer data)
{
  ThreadRender *r = data;
  cairo_t *cr = cairo_create (r->surface);

  bm_body_art_render_styled (art, r->view, &r->style, cr, THREAD_SCALE);
  cairo_destroy (cr);
  return NULL;
}

static void
test_thread_equals_main (void)
{
  ThreadRender renders[BM_N_VIEWS];
  GThread *threads[BM_N_VIEWS];
  BmArtStyle light, dark;

  bm_body_art_get_default_style (&light, FALSE);
  bm_body_art_get_default_style (&dark, TRUE);
  bm_body_art_set_style (art, &light);
  for (guint v = 0; v < BM_N_VIEWS; v++)
    {
      renders[v].view = v;
      renders[v].surface = new_view_canvas (v);
      bm_body_art_prepare_render (art, v, &renders[v].style);
    }
  /* The threads keep the light style they were given. */
  bm_body_art_set_style (art, &dark);
  for (guint v = 0; v < BM_N_VIEWS; v++)
    threads[v] = g_thread_new ("render", render_thread, &renders[v]);
  bm_body_art_set_style (art, &light);
  for (guint v = 0; v < BM_N_VIEWS; v++)
    {
      cairo_surface_t *expect = new_view_canvas (v);
      cairo_t *cr = cairo_create (expect);
      int largest = 0;

      bm_body_art_render (art, v, cr, THREAD_SCALE);
      cairo_destroy (cr);
      g_thread_join (threads[v]);
      cairo_surface_flush (renders[v].surface);
      g_assert_cmpuint (count_differing_by (expect, renders[v].surface, 0, &largest), ==, 0);
      cairo_surface_destroy (expect);
      cairo_surface_destroy (renders[v].surface);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  art = bm_test_load_art ();

  g_test_add_func ("/body-art-compiled/views-match-librsvg", test_views_match_librsvg);
  g_test_add_func ("/body-art-compiled/masks-match-librsvg", test_masks_match_librsvg);
  g_test_add_func ("/body-art-compiled/parsed-equals-compiled", test_parsed_equals_compiled);
  g_test_add_func ("/body-art-compiled/pdf-stays-vector", test_pdf_stays_vector);
  g_test_add_func ("/body-art-compiled/thread-equals-main", test_thread_equals_main);
  status = g_test_run ();
  g_object_unref (art);
  return status;
}
