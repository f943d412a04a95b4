/* test-muscle-art-compiled.c: the compiled muscle shapes look and answer
 * as librsvg drew the SVG
 *
 * The app draws the muscle shapes (assets/muscles-VIEW.svg) from their
 * compiled form with cairo (bm-muscle-art-draw.c) and hit-tests them on
 * their paths. Each view is drawn both ways with the stylesheets the app
 * gave librsvg: every muscle alone (superficial and deep, the deep ones
 * fainter and dashed), every muscle's outline, and the chart of the
 * superficial ones, light and dark; they must agree pixel by pixel within
 * a small tolerance for antialiasing, so a lost shape, class, clip, dash or
 * colour fails. The muscle found under a point must be the one librsvg's
 * id colours put there, the drawings read from the SVG files (--data-dir)
 * must equal the compiled ones, and the parser must reject what it does
 * not support with the file, the line and the element.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <librsvg/rsvg.h>

#include "core/bm-data.h"
#include "core/bm-error.h"
#include "core/bm-muscle-art.h"
#include "core/bm-vector.h"
#include "bm-test-util.h"

/* A pixel "differs" when a channel is off by more than this (of 255):
 * librsvg and cairo agree within 6 here, and a deep muscle drawn as
 * opaque as a superficial one is off by 20. */
#define DIFF_THRESHOLD 12
/* How many differing pixels a drawing may have (antialiased edges). A
 * muscle's outline is hundreds of pixels, its dashes dozens. */
#define MAX_DIFFERING 8

#define HEIGHT 1100
/* The side views are wider. */
#define WIDTH_OF(view) ((view) == BM_VIEW_LEFT || (view) == BM_VIEW_RIGHT ? 620 : 520)

static BmAtlas *atlas;
static BmMuscleArt *art;

/* The stylesheet the app gave librsvg before it drew the shapes itself. */
static void
append_rgba (GString      *css,
             const char   *property,
             const BmRgba *c)
{
  char alpha[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (css, "%s: rgb(%d, %d, %d); %s-opacity: %s; ", property,
                          (int) round (c->red * 255), (int) round (c->green * 255), (int) round (c->blue * 255),
                          property, g_ascii_formatd (alpha, sizeof alpha, "%.3f", c->alpha));
}

static char *
style_css (const BmMuscleStyle *style,
           const char          *extra)
{
  GString *css = g_string_new (".belly { ");

  append_rgba (css, "fill", &style->fill);
  append_rgba (css, "stroke", &style->stroke);
  g_string_append (css, "}\n.deep .belly { fill-opacity: ");
  g_string_append_printf (css, "%.3f; }\n.fibres { ", style->fill.alpha * 0.75);
  append_rgba (css, "stroke", &style->fibres);
  g_string_append_printf (css, "}\n%s", extra);
  return g_string_free (css, FALSE);
}

#define OUTLINE_CSS ".fibres { display: none; }\n.belly { fill: none; stroke-width: 2.4; }\n"
#define CHART_CSS ".deep { display: none; }\n"

static GBytes *
load_svg (BmView view)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = bm_data_get_builtin ("assets");
  g_autofree char *name = g_strdup_printf ("muscles-%s.svg", bm_view_get_id (view));
  GBytes *svg = bm_data_load (root, name, "missing", &error);

  g_assert_no_error (error);
  return svg;
}

static RsvgHandle *
load_rsvg (BmView      view,
           const char *css)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) svg = load_svg (view);
  gsize length;
  const guint8 *data = g_bytes_get_data (svg, &length);
  RsvgHandle *handle = rsvg_handle_new_from_data (data, length, &error);

  g_assert_no_error (error);
  g_assert_true (rsvg_handle_set_stylesheet (handle, (const guint8 *) css, strlen (css), &error));
  g_assert_no_error (error);
  return handle;
}

static cairo_surface_t *
new_canvas (BmView view,
            double scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (WIDTH_OF (view) * scale),
                                                         (int) ceil (HEIGHT * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.9, 0.3);   /* nothing in the drawings is this green */
  cairo_paint (cr);
  cairo_destroy (cr);
  return surface;
}

/* The number of pixels that differ by more than DIFF_THRESHOLD. */
static guint
count_differing (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int             *largest)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  int stride = cairo_image_surface_get_stride (a);
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

        for (int c = 0; c < 4; c++)
          {
            gsize at = (gsize) y * stride + (gsize) x * 4 + c;
            worst = MAX (worst, abs ((int) pa[at] - (int) pb[at]));
          }
        *largest = MAX (*largest, worst);
        if (worst > DIFF_THRESHOLD && n++ < 20 && g_test_verbose ())
          g_test_message ("  differs at %d, %d by %d", x, y, worst);
      }
  return n;
}

typedef enum { DISPLAY, OUTLINE, CHART } Kind;
static const char *const kind_names[] = { "display", "outline", "chart" };

/* Draws @kind of @view both ways and compares them. */
static void
compare (BmView   view,
         Kind     kind,
         gboolean dark,
         double   scale)
{
  BmMuscleStyle style;
  g_autofree char *css = NULL;
  RsvgHandle *handle;
  RsvgRectangle viewport = { 0, 0, WIDTH_OF (view) * scale, HEIGHT * scale };
  cairo_surface_t *expect = new_canvas (view, scale), *got = new_canvas (view, scale);
  cairo_t *ce = cairo_create (expect), *cg = cairo_create (got);
  guint n, drawn = 0;
  int largest;

  bm_muscle_art_get_default_style (&style, dark);
  bm_muscle_art_set_style (art, &style);
  css = style_css (&style, kind == OUTLINE ? OUTLINE_CSS : kind == CHART ? CHART_CSS : "");
  handle = load_rsvg (view, css);
  if (kind == CHART)
    {
      g_assert_true (rsvg_handle_render_document (handle, ce, &viewport, NULL));
      bm_muscle_art_render_chart (art, view, cg, scale);
      drawn = 1;
    }
  else
    for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
      for (BmMuscleSide side = BM_MUSCLE_LEFT; side <= BM_MUSCLE_RIGHT; side++)
        {
          const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
          g_autofree char *layer = g_strdup_printf ("#muscle-%s-%s", m->id, side == BM_MUSCLE_LEFT ? "left" : "right");

          if (!bm_muscle_art_has_shape (art, view, m, side))
            continue;
          g_assert_true (rsvg_handle_render_layer (handle, ce, layer, &viewport, NULL));
          if (kind == DISPLAY)
            bm_muscle_art_render (art, view, cg, scale, m, side);
          else
            bm_muscle_art_render_outline (art, view, cg, scale, m, side);
          drawn++;
        }
  cairo_destroy (ce);
  cairo_destroy (cg);
  g_assert_cmpuint (drawn, >, 0);
  n = count_differing (expect, got, &largest);
  g_test_message ("%s view, %s, %s, scale %g: %u pixels differ, largest difference %d",
                  bm_view_get_id (view), kind_names[kind], dark ? "dark" : "light", scale, n, largest);
  if (n > MAX_DIFFERING)
    {
      g_autofree char *a = g_strdup_printf ("%s/muscles-%s-%s-librsvg.png", g_get_tmp_dir (), bm_view_get_id (view),
                                            kind_names[kind]);
      g_autofree char *b = g_strdup_printf ("%s/muscles-%s-%s-cairo.png", g_get_tmp_dir (), bm_view_get_id (view),
                                            kind_names[kind]);

      cairo_surface_write_to_png (expect, a);
      cairo_surface_write_to_png (got, b);
      g_test_message ("wrote %s and %s", a, b);
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
    for (Kind kind = DISPLAY; kind <= CHART; kind++)
      {
        compare (view, kind, FALSE, 1.0);
        compare (view, kind, TRUE, kind == CHART ? 2.0 : 1.0);
      }
}

#define OFFSET 0.0137
#define PIXEL(x, y) (*(const guint32 *) (const void *) (data + (gsize) (y) * stride + (gsize) (x) * 4))

/* The muscle under each point (every other pixel) is the one librsvg
 * painted there in the old hit map's id colours, but at the shapes' edges. */
static void
test_muscle_at_matches_librsvg (void)
{
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      g_autoptr(GBytes) svg = load_svg (view);
      g_autoptr(GError) error = NULL;
      g_autoptr(BmVectorDrawing) d = bm_vector_drawing_parse (svg, "muscles.svg", &error);
      g_autoptr(GString) css = g_string_new (".fibres, .deep { display: none; }\n"
                                             ".belly { fill-opacity: 1; stroke: none; shape-rendering: crispEdges; }\n");
      g_autoptr(GPtrArray) ids = g_ptr_array_new ();
      RsvgHandle *handle;
      RsvgRectangle viewport = { 0, 0, WIDTH_OF (view), HEIGHT };
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH_OF (view), HEIGHT);
      cairo_t *cr = cairo_create (surface);
      guint checked = 0, found = 0, wrong = 0;
      const guint8 *data;
      int stride;

      g_assert_no_error (error);
      for (guint g = 0; g < d->groups->len; g++)
        {
          const BmVectorGroup *group = &g_array_index (d->groups, BmVectorGroup, g);
          guint code = ids->len + 1;

          if (!(group->flags & BM_VECTOR_GROUP_MUSCLE))
            continue;
          g_ptr_array_add (ids, group->id);
          g_string_append_printf (css, "#%s .belly { fill: #%x8%x8%x8; }\n", group->id,
                                  (code >> 8) & 0xf, (code >> 4) & 0xf, code & 0xf);
        }
      handle = load_rsvg (view, css->str);
      /* Off the half-unit grid, where the drawings' edges lie. */
      cairo_translate (cr, -OFFSET, -OFFSET);
      g_assert_true (rsvg_handle_render_document (handle, cr, &viewport, NULL));
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 1; y < HEIGHT - 1; y += 2)
        for (int x = 1; x < WIDTH_OF (view) - 1; x += 2)
          {
            const guint32 pixel = PIXEL (x, y);
            guint code = (((pixel >> 20) & 0xf) << 8) | (((pixel >> 12) & 0xf) << 4) | ((pixel >> 4) & 0xf);
            BmMuscleSide side = BM_MUSCLE_LEFT;
            const BmMuscle *m = bm_muscle_art_muscle_at (art, view, x + 0.5 + OFFSET, y + 0.5 + OFFSET, &side);
            g_autofree char *id = m ? g_strdup_printf ("muscle-%s-%s", m->id, side == BM_MUSCLE_LEFT ? "left" : "right")
                                    : NULL;
            const char *expect = (pixel >> 24) == 0xff && code >= 1 && code <= ids->len ? ids->pdata[code - 1] : NULL;

            /* At an edge, the raster and the paths may differ by a pixel. */
            if (PIXEL (x - 1, y) != pixel || PIXEL (x + 1, y) != pixel ||
                PIXEL (x, y - 1) != pixel || PIXEL (x, y + 1) != pixel)
              continue;
            checked++;
            found += expect != NULL;
            if (g_strcmp0 (id, expect) != 0)
              {
                wrong++;
                if (g_test_verbose () && wrong < 10)
                  g_test_message ("  at %d, %d: %s, librsvg %s", x, y, id, expect);
              }
          }
      g_test_message ("%s view: %u of %u points differ (%u on a muscle)", bm_view_get_id (view), wrong, checked, found);
      /* Thin tendon tips aside: a shape missing is hundreds of points. */
      g_assert_cmpuint (found, >, checked / 10);
      g_assert_cmpuint (wrong, <=, found / 1000);
      g_object_unref (handle);
      cairo_surface_destroy (surface);
    }
}

/* The drawings read from the SVG files (as from --data-dir) compile to the
 * bytes the build put in the bundle, and answer the same. */
static void
test_parsed_equals_compiled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = bm_data_get_builtin ("assets");
  g_autoptr(BmMuscleArt) parsed = bm_muscle_art_new_for_root (atlas, root, &error);
  guint with_shape = 0;

  g_assert_no_error (error);
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      g_autoptr(GBytes) svg = load_svg (view);
      g_autoptr(BmVectorDrawing) d = bm_vector_drawing_parse (svg, "muscles.svg", &error);
      g_autoptr(GVariant) compiled = NULL;
      g_autofree char *path = g_strdup_printf ("/io/github/bodymap/Bodymap/body-compiled/muscles-%s.gvariant",
                                               bm_view_get_id (view));
      g_autoptr(GBytes) bundled = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

      g_assert_no_error (error);
      compiled = bm_vector_drawing_to_variant (d);
      g_assert_cmpmem (g_variant_get_data (compiled), g_variant_get_size (compiled),
                       g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled));
      for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
        {
          const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
          double a[4] = { 0 }, b[4] = { 0 };
          gboolean has = bm_muscle_art_has_shape (art, view, m, BM_MUSCLE_RIGHT);

          g_assert_cmpint (has, ==, bm_muscle_art_has_shape (parsed, view, m, BM_MUSCLE_RIGHT));
          g_assert_cmpint (bm_muscle_art_is_deep (art, m), ==, bm_muscle_art_is_deep (parsed, m));
          if (!has)
            continue;
          with_shape++;
          g_assert_true (bm_muscle_art_get_bounds (art, view, m, BM_MUSCLE_RIGHT, &a[0], &a[1], &a[2], &a[3]));
          g_assert_true (bm_muscle_art_get_bounds (parsed, view, m, BM_MUSCLE_RIGHT, &b[0], &b[1], &b[2], &b[3]));
          g_assert_cmpmem (a, sizeof a, b, sizeof b);
          g_assert_cmpfloat (a[2], >, 0);
        }
    }
  g_assert_cmpuint (with_shape, >, 100);
}

/* A muscle's box is its data-main, or without one its bellies' box. */
static void
test_bounds_without_main (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-muscles-XXXXXX", NULL);
  g_autoptr(GFile) root = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmMuscleArt) shapes = NULL;
  const BmMuscle *m = bm_atlas_lookup (atlas, "gluteus-maximus");
  double x, y, w, h;

  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      g_autofree char *path = g_strdup_printf ("%s/muscles-%s.svg", dir, bm_view_get_id (view));
      const char *text =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" height=\"1100\">\n"
        "<defs><clipPath id=\"c\"><rect x=\"0\" y=\"0\" width=\"30\" height=\"100\"/></clipPath></defs>\n"
        "<g id=\"muscle-gluteus-maximus-left\" class=\"muscle\" clip-path=\"url(#c)\">"
        "<path class=\"belly\" d=\"M10 20h40v30h-40z\"/></g>\n"
        "<g id=\"muscle-gluteus-maximus-right\" class=\"muscle deep\" data-main=\"1 2 3 4\">"
        "<path class=\"belly\" d=\"M100 20h40v30h-40z\"/></g>\n</svg>\n";

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  shapes = bm_muscle_art_new_for_root (atlas, root, &error);
  g_assert_no_error (error);
  g_assert_true (bm_muscle_art_get_bounds (shapes, BM_VIEW_BACK, m, BM_MUSCLE_LEFT, &x, &y, &w, &h));
  g_assert_cmpfloat (x, ==, 10);
  g_assert_cmpfloat (y, ==, 20);
  g_assert_cmpfloat (w, ==, 20);    /* clipped at 30 */
  g_assert_cmpfloat (h, ==, 30);
  g_assert_true (bm_muscle_art_get_bounds (shapes, BM_VIEW_BACK, m, BM_MUSCLE_RIGHT, &x, &y, &w, &h));
  g_assert_cmpfloat (x, ==, 1);
  g_assert_cmpfloat (h, ==, 4);
  g_assert_true (bm_muscle_art_is_deep (shapes, m));
  /* The clip shows: inside the belly but outside the clip is not the muscle. */
  g_assert_true (bm_muscle_art_contains (shapes, BM_VIEW_BACK, m, BM_MUSCLE_LEFT, 20, 30));
  g_assert_false (bm_muscle_art_contains (shapes, BM_VIEW_BACK, m, BM_MUSCLE_LEFT, 40, 30));
  g_assert_true (bm_muscle_art_muscle_at (shapes, BM_VIEW_BACK, 20, 30, NULL) == m);
  /* A deep muscle is not on the chart. */
  g_assert_null (bm_muscle_art_muscle_at (shapes, BM_VIEW_BACK, 120, 30, NULL));
  g_assert_true (bm_muscle_art_contains (shapes, BM_VIEW_BACK, m, BM_MUSCLE_RIGHT, 120, 30));
  bm_test_remove_tree (dir);
}

/* What the muscle drawings may not hold is an error naming the file, the
 * line and the element. */
static void
test_parser_strict (void)
{
  static const struct { const char *body, *message; } cases[] = {
    { "<g id=\"muscle-a-left\" class=\"muscle\" data-mane=\"1 2 3 4\"/>", "line 2: <g>: attribute “data-mane”" },
    { "<g id=\"muscle-a-left\" data-main=\"1 2 3\"/>", "line 2: <g>: attribute “data-main” must be" },
    { "<g id=\"muscle-a-left\" data-main=\"1 2 -3 4\"/>", "line 2: <g>: attribute “data-main” must be" },
    { "<g class=\"muscle\"/>", "line 2: <g>: a muscle group has no id" },
    { "<g id=\"m\" clip-path=\"url(#nowhere)\"/>", "line 2: <g>: clip path “nowhere” is not defined" },
    { "<defs><clipPath id=\"c\"><rect width=\"1\" height=\"1\"/></clipPath></defs>\n"
      "<g id=\"m\" clip-path=\"url(#c)\"><path d=\"M0 0h1v1z\" clip-path=\"url(#c)\"/></g>",
      "line 3: <path>: a clip path inside a clipped group" },
    { "<path class=\"belly\" data-main=\"1 2 3 4\" d=\"M0 0h1v1z\"/>", "line 2: <path>: attribute “data-main”" },
    { "<g id=\"muscle-a-left\" class=\"muscle superficial\"/>", "line 2: <g>: class “superficial” is not one" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" "
                                               "height=\"1100\">\n%s\n</svg>\n", cases[i].body);
      g_autoptr(GBytes) svg = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(BmVectorDrawing) d = bm_vector_drawing_parse (svg, "muscles-front.svg", &error);

      g_assert_null (d);
      g_assert_error (error, BM_ERROR, BM_ERROR_PARSE);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "muscles-front.svg: "));
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();
  art = bm_muscle_art_new (atlas, &error);
  g_assert_no_error (error);

  g_test_add_func ("/muscle-art-compiled/views-match-librsvg", test_views_match_librsvg);
  g_test_add_func ("/muscle-art-compiled/muscle-at-matches-librsvg", test_muscle_at_matches_librsvg);
  g_test_add_func ("/muscle-art-compiled/parsed-equals-compiled", test_parsed_equals_compiled);
  g_test_add_func ("/muscle-art-compiled/bounds-without-main", test_bounds_without_main);
  g_test_add_func ("/muscle-art-compiled/parser-strict", test_parser_strict);
  status = g_test_run ();
  g_object_unref (art);
  g_object_unref (atlas);
  return status;
}
