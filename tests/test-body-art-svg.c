/* test-body-art-svg.c: the drawings' SVG subset, read strictly
 *
 * Drawings in a data directory (--data-dir) are read at run time by the
 * parser the build compiles the built-in ones with. What it cannot draw
 * faithfully is an error naming the file, the line and the element; what it
 * reads is drawn and hit-tested like the built-in drawings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/bm-body-art.h"
#include "core/bm-error.h"
#include "core/bm-vector.h"
#include "bm-test-util.h"

#define HEAD "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 200\" width=\"100\" height=\"200\">\n"

static BmVectorDrawing *
parse (const char  *svg,
       GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (svg, strlen (svg));

  return bm_vector_drawing_parse (bytes, "body-front.svg", error);
}

typedef struct {
  const char *svg;
  const char *expect[3];
} BadCase;

static const BadCase bad_cases[] = {
  { HEAD "<circle cx=\"5\" cy=\"5\" r=\"3\"/></svg>",
    { "body-front.svg: line 2: <circle>:", "not supported" } },
  { HEAD "<path id=\"knee-x\" class=\"region\" d=\"M0 0 A5 5 0 0 1 10 10Z\"/></svg>",
    { "body-front.svg: line 2: <path>:", "path command “A” is not supported" } },
  { HEAD "<path d=\"M0 0 L10 x\"/></svg>",
    { "line 2: <path>:", "“L” has a missing or bad number" } },
  { HEAD "<g transform=\"scale(2)\"><path d=\"M0 0 L1 1\"/></g></svg>",
    { "line 2: <g>:", "attribute “transform” is not supported" } },
  { HEAD "<path style=\"fill: red\" d=\"M0 0 L1 1\"/></svg>",
    { "<path>:", "attribute “style” is not supported" } },
  { HEAD "<path clip-path=\"url(#nope)\" d=\"M0 0 L1 1\"/></svg>",
    { "<path>:", "clip path “nope” is not defined" } },
  { HEAD "<path fill=\"red\" d=\"M0 0 L1 1\"/></svg>",
    { "<path>:", "attribute “fill” has an unsupported value “red”" } },
  { HEAD "<path class=\"region\" d=\"M0 0 L1 1\"/></svg>",
    { "<path>:", "a region has no id" } },
  { HEAD "<text class=\"caption\" x=\"5\" y=\"5\">A<tspan>B</tspan></text></svg>",
    { "line 2: <tspan>:", "cannot be here" } },
  { "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 50 50\" width=\"100\" height=\"200\"></svg>",
    { "line 1: <svg>:", "viewBox must be “0 0 100 200”" } },
  { HEAD "<path d=\"M0 0 L1 1\">\n</svg>",
    { "body-front.svg:" } },  { "",  /* an empty file: GMarkup gets no text at all */
    { "body-front.svg:" } },
};

static void
test_bad_drawing (gconstpointer data)
{
  const BadCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmVectorDrawing) drawing = parse (c->svg, &error);

  g_assert_null (drawing);
  g_assert_error (error, BM_ERROR, BM_ERROR_PARSE);
  for (guint i = 0; i < G_N_ELEMENTS (c->expect) && c->expect[i] != NULL; i++)
    if (strstr (error->message, c->expect[i]) == NULL)
      g_error ("message “%s” should contain “%s”", error->message, c->expect[i]);
}

/* Relative and absolute commands, H and V, and numbers run together give
 * the same outline. */
static void
test_path_forms (void)
{
  const char *forms[] = {
    HEAD "<path d=\"M10 20 L60 20 L60 70 L10 70 Z\"/></svg>",
    HEAD "<path d=\"m10,20 h50 v50 h-50 z\"/></svg>",
    HEAD "<path d=\"M1e1,20l50-0 .0 50-50,0z\"/></svg>",
    HEAD "<rect x=\"10\" y=\"20\" width=\"50\" height=\"50\"/></svg>",
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BmVectorDrawing) drawing = parse (forms[i], &error);
      const BmVectorShape *shape;

      g_assert_no_error (error);
      g_assert_cmpuint (drawing->shapes->len, ==, 1);
      shape = &g_array_index (drawing->shapes, BmVectorShape, 0);
      g_assert_cmpfloat_with_epsilon (shape->x1, 10, 1e-9);
      g_assert_cmpfloat_with_epsilon (shape->y1, 20, 1e-9);
      g_assert_cmpfloat_with_epsilon (shape->x2, 60, 1e-9);
      g_assert_cmpfloat_with_epsilon (shape->y2, 70, 1e-9);
    }
}

/* A drawing round-trips through the compiled form unchanged. */
static void
test_compiled_round_trip (void)
{
  const char *svg =
    HEAD "<defs><clipPath id=\"c\"><path clip-rule=\"evenodd\" d=\"M0 0 H100 V200 H0 Z M10 10 H20 V20 H10 Z\"/>"
    "</clipPath></defs>\n"
    "<path id=\"knee-x\" class=\"region\" clip-path=\"url(#c)\" fill=\"#fff\" fill-opacity=\"0\" "
    "stroke=\"#8a847c\" stroke-width=\"1.3\" stroke-dasharray=\"5 3\" d=\"M0 0 C10 0 20 10 30 30 Z\"/>\n"
    "<text class=\"caption\" x=\"50\" y=\"20\" text-anchor=\"middle\" font-family=\"Cantarell, sans-serif\" "
    "font-size=\"12\" font-weight=\"bold\" fill=\"#333\">  Front \n view </text></svg>";
  g_autoptr(GError) error = NULL;
  g_autoptr(BmVectorDrawing) parsed = parse (svg, &error);
  g_autoptr(GVariant) compiled = NULL, again = NULL;
  g_autoptr(BmVectorDrawing) read = NULL;
  const BmVectorText *text;

  g_assert_no_error (error);
  compiled = bm_vector_drawing_to_variant (parsed);
  read = bm_vector_drawing_from_variant (compiled, "compiled", &error);
  g_assert_no_error (error);
  /* Its paths built from the compiled form, it compiles to the same bytes. */
  bm_vector_drawing_ensure_paths (read);
  g_assert_null (read->compiled);
  again = bm_vector_drawing_to_variant (read);
  g_assert_true (g_variant_equal (compiled, again));

  g_assert_cmpuint (read->clips->len, ==, 1);
  g_assert_cmpint (g_array_index (read->clips, BmVectorClip, 0).fill_rule, ==, CAIRO_FILL_RULE_EVEN_ODD);
  g_assert_cmpint (g_array_index (read->shapes, BmVectorShape, 0).clip, ==, 0);
  g_assert_cmpfloat (g_array_index (read->shapes, BmVectorShape, 0).dash[1], ==, 3);
  text = &g_array_index (read->texts, BmVectorText, 0);
  g_assert_cmpstr (text->text, ==, "Front view");
  g_assert_true (text->bold);
  g_assert_cmpint (text->anchor, ==, BM_VECTOR_ANCHOR_MIDDLE);
}

static char *
write_drawings (const char *svg)
{
  static const char *views[] = { "front", "back", "left", "right" };
  char *dir = g_dir_make_tmp ("bodymap-test-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strdup_printf ("body-%s.svg", views[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_true (g_file_set_contents (path, svg, -1, NULL));
    }
  return dir;
}

static BmBodyArt *
art_from_dir (const char  *dir,
              GError     **error)
{
  const char *json =
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"front\"]},"
    "{\"id\": \"knee-y\", \"label\": \"Y\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"front\"]}]}";
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_new_from_data (json, strlen (json), "r.json", error);

  g_assert_nonnull (catalog);
  return bm_body_art_new_from_dir (catalog, dir, error);
}

/* A drawing from a directory: hit tests find the topmost region inside
 * its clip, and a marker placed outside a region moves onto it. */
static void
test_dir_drawing (void)
{
  const char *svg =
    HEAD "<defs><clipPath id=\"body\"><rect x=\"0\" y=\"0\" width=\"80\" height=\"200\"/></clipPath></defs>\n"
    "<path id=\"body-outline\" class=\"outline\" d=\"M0 0 H80 V200 H0 Z\"/>\n"
    "<rect id=\"knee-x\" class=\"region\" clip-path=\"url(#body)\" x=\"0\" y=\"0\" width=\"100\" height=\"100\"/>\n"
    "<path id=\"knee-y\" class=\"region\" d=\"M20 20 L60 20 L40 60 Z\"/>\n"
    "</svg>";
  g_autofree char *dir = write_drawings (svg);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmBodyArt) art = art_from_dir (dir, &error);
  BmRegionCatalog *catalog;
  const BmRegion *x, *y;
  double px, py, moved;

  g_assert_no_error (error);
  catalog = bm_body_art_get_catalog (art);
  x = bm_region_catalog_lookup (catalog, "knee-x");
  y = bm_region_catalog_lookup (catalog, "knee-y");
  g_assert_true (bm_body_art_region_at (art, BM_VIEW_FRONT, 5, 5) == x);
  g_assert_true (bm_body_art_region_at (art, BM_VIEW_FRONT, 40, 30) == y);     /* on top */
  g_assert_null (bm_body_art_region_at (art, BM_VIEW_FRONT, 90, 50));          /* clipped away */
  g_assert_null (bm_body_art_region_at (art, BM_VIEW_FRONT, 40, 150));         /* no region */
  /* The triangle's box corner is outside it; the marker moves onto it. */
  g_assert_true (bm_body_art_place_point (art, BM_VIEW_FRONT, y->index, 0, 1, &px, &py, &moved));
  g_assert_true (bm_body_art_region_at (art, BM_VIEW_FRONT, px, py) == y);
  g_assert_cmpfloat (moved, >, 5);
  g_assert_cmpfloat (moved, <, 20);
  /* Under the triangle, knee-x does not show: its marker moves out of it. */
  g_assert_true (bm_body_art_place_point (art, BM_VIEW_FRONT, x->index, 0.4, 0.3, &px, &py, &moved));
  g_assert_true (bm_body_art_region_at (art, BM_VIEW_FRONT, px, py) == x);
  bm_test_remove_tree (dir);
}

/* A bad drawing in a directory stops the art with the file and element. */
static void
test_dir_drawing_bad (void)
{
  g_autofree char *dir = write_drawings (HEAD "<path id=\"knee-x\" class=\"region\" transform=\"rotate(3)\" "
                                         "d=\"M0 0 H5 V5 Z\"/></svg>");
  g_autoptr(GError) error = NULL;
  g_autoptr(BmBodyArt) art = art_from_dir (dir, &error);

  g_assert_null (art);
  g_assert_error (error, BM_ERROR, BM_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "body-front.svg: line 2: <path>: attribute “transform”"));
  bm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/body-art-svg/bad/%u", i);

      g_test_add_data_func (path, &bad_cases[i], test_bad_drawing);
    }
  g_test_add_func ("/body-art-svg/path-forms", test_path_forms);
  g_test_add_func ("/body-art-svg/compiled-round-trip", test_compiled_round_trip);
  g_test_add_func ("/body-art-svg/dir-drawing", test_dir_drawing);
  g_test_add_func ("/body-art-svg/dir-drawing-bad", test_dir_drawing_bad);
  return g_test_run ();
}
