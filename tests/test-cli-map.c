/* test-cli-map.c: bodymap --export-map, the body map as a picture, with no
 * display at all
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "core/bm-illustration.h"
#include "core/bm-map-picture.h"
#include "core/bm-muscle-art.h"
#include "bm-test-util.h"

static char *dir;

static char *
export_png (const char *name,
            const char *first_arg,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *option = g_strconcat ("--export-map=", path, NULL);
  g_auto(BmTestRun) run = { 0 };
  va_list args;

  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  while (argv->len < 4)
    g_ptr_array_add (argv, NULL);
  bm_test_run_bodymap (&run, option, argv->pdata[0], argv->pdata[1], argv->pdata[2], argv->pdata[3], NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, path));
  return g_steal_pointer (&path);
}

static guint32
pixel_at (cairo_surface_t *png,
          double           x,
          double           y)
{
  int px = (int) x, py = (int) y;

  return ((guint32 *) (cairo_image_surface_get_data (png) + py * cairo_image_surface_get_stride (png)))[px];
}

/* A point of @m's right shape in the back view that no referral zone and
 * no X covers, so that only the shape can change it. */
static gboolean
shape_only_point (BmAtlas        *atlas,
                  BmBodyArt      *art,
                  const BmMuscle *m,
                  double         *px,
                  double         *py)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmMuscleArt) muscle_art = bm_muscle_art_new (atlas, &error);
  g_autoptr(BmPattern) pattern = bm_pattern_new (art, m, BM_SIDE_OF_EITHER, NULL);
  double bx, by, bw, bh;

  g_assert_no_error (error);
  g_assert_true (bm_muscle_art_get_bounds (muscle_art, BM_VIEW_BACK, m, BM_MUSCLE_RIGHT, &bx, &by, &bw, &bh));
  for (double y = by; y < by + bh; y += 2)
    for (double x = bx; x < bx + bw; x += 2)
      {
        const BmRegion *region = bm_body_art_region_at (art, BM_VIEW_BACK, x, y);
        gboolean free = region != NULL && bm_muscle_art_contains (muscle_art, BM_VIEW_BACK, m, BM_MUSCLE_RIGHT, x, y);

        for (guint i = 0; free && i < pattern->essential->len; i++)
          free = g_array_index (pattern->essential, guint, i) != region->index;
        for (guint i = 0; free && i < pattern->spillover->len; i++)
          free = g_array_index (pattern->spillover, guint, i) != region->index;
        for (guint i = 0; free && i < pattern->xs->len; i++)
          {
            const BmPatternX *mx = &g_array_index (pattern->xs, BmPatternX, i);
            free = mx->view != BM_VIEW_BACK || fabs (mx->x - x) > 24 || fabs (mx->y - y) > 24;
          }
        if (free)
          {
            *px = x;
            *py = y;
            return TRUE;
          }
      }
  return FALSE;
}

/* The back view with infraspinatus drawn differs from the plain one where
 * only its shape goes, and agrees far from it; it is the size asked. */
static void
test_png_with_muscle (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(BmBodyArt) art = bm_test_load_art ();
  const BmMuscle *m = bm_atlas_lookup (atlas, "infraspinatus");
  g_autofree char *plain = export_png ("plain.png", "--view=back", "--size=1100", NULL);
  g_autofree char *shown = export_png ("shown.png", "--view=back", "--size=1100", "--muscle=infraspinatus", NULL);
  cairo_surface_t *a = cairo_image_surface_create_from_png (plain);
  cairo_surface_t *b = cairo_image_surface_create_from_png (shown);
  double x = 0, y = 0, w, h;

  g_assert_cmpint (cairo_surface_status (a), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, 1100);
  bm_body_art_get_size (art, BM_VIEW_BACK, &w, &h);
  g_assert_cmpint (cairo_image_surface_get_width (a), ==, (int) ceil (w * 1100 / h));
  g_assert_true (shape_only_point (atlas, art, m, &x, &y));
  g_assert_cmpuint (pixel_at (a, x, y), !=, pixel_at (b, x, y));
  /* Far from the muscle and its pattern (the feet), the pictures agree. */
  g_assert_cmpuint (pixel_at (a, w / 2 - 40, 1040), ==, pixel_at (b, w / 2 - 40, 1040));
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* SVG and PDF by the name, and all four views side by side by default. */
static void
test_svg_and_pdf (void)
{
  g_autofree char *svg = export_png ("map.svg", "--pain=hip-lateral-left", "--muscle=gluteus-minimus", NULL);
  g_autofree char *pdf = export_png ("map.pdf", "--numb=foot-dorsum-left", "--view=left", NULL);
  g_autofree char *all = export_png ("all.png", "--size=200", NULL);
  g_autofree char *svg_text = NULL, *pdf_text = NULL;
  cairo_surface_t *png = cairo_image_surface_create_from_png (all);

  g_assert_true (g_file_get_contents (svg, &svg_text, NULL, NULL));
  g_assert_true (g_file_get_contents (pdf, &pdf_text, NULL, NULL));
  g_assert_nonnull (strstr (svg_text, "<svg"));
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF"));
  /* Front, back and two side views: wider than three front views. */
  g_assert_cmpint (cairo_image_surface_get_width (png), >, 3 * 200 * 520 / 1100);
  cairo_surface_destroy (png);
}

/* --illustration=N: the picture of one technique, the same the app and the
 * sheet draw, at the asked height, with the figure and its muscle. */
static void
test_illustration (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  const BmMuscle *m = bm_atlas_lookup (atlas, "gastrocnemius");
  g_autofree char *path = export_png ("calf.png", "--muscle=gastrocnemius", "--illustration=1", "--size=300", NULL);
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);
  BmPoseStyle style;
  guint skin = 0, muscle = 0;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 300);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==,
                   (int) ceil (300 * bm_illustration_get_aspect (atlas, m->stretches->pdata[0])));
  bm_pose_get_default_style (&style, FALSE);
  for (int y = 0; y < 300; y++)
    for (int x = 0; x < cairo_image_surface_get_width (png); x++)
      {
        guint32 px = pixel_at (png, x, y);
        int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

        skin += abs (r - (int) (style.skin.red * 255)) < 6 && abs (g - (int) (style.skin.green * 255)) < 6 &&
                abs (b - (int) (style.skin.blue * 255)) < 6;
        muscle += abs (r - (int) (style.highlight.red * 255)) < 6 && abs (g - (int) (style.highlight.green * 255)) < 6 &&
                  abs (b - (int) (style.highlight.blue * 255)) < 6;
      }
  g_assert_cmpuint (skin, >, 2000);
  g_assert_cmpuint (muscle, >, 100);
  cairo_surface_destroy (png);
}

static void
expect_error (const char *option,
              const char *message)
{
  g_autofree char *path = g_build_filename (dir, "never.png", NULL);
  g_autofree char *export = g_strconcat ("--export-map=", path, NULL);
  g_auto(BmTestRun) run = { 0 };

  bm_test_run_bodymap (&run, export, option, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, message));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Bad arguments are named, and nothing is written. */
static void
test_errors (void)
{
  g_autofree char *gif = g_build_filename (dir, "map.gif", NULL);
  g_autofree char *export = g_strconcat ("--export-map=", gif, NULL);
  g_auto(BmTestRun) run = { 0 };

  expect_error ("--view=top", "unknown view “top”");
  expect_error ("--muscle=gluteus-maximal", "unknown muscle “gluteus-maximal”");
  expect_error ("--size=5", "--size must be between");
  expect_error ("--pain=knee-sideways-left", "knee-sideways-left");
  expect_error ("--illustration=2", "--illustration needs one muscle");
  bm_test_run_bodymap (&run, export, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "must end in .png, .svg or .pdf"));
  bm_test_run_clear (&run);
  bm_test_run_bodymap (&run, export, "--muscle=gastrocnemius", "--illustration=40", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--illustration must be from 1 to"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  dir = g_dir_make_tmp ("bodymap-map-XXXXXX", NULL);
  g_test_add_func ("/cli-map/png-with-muscle", test_png_with_muscle);
  g_test_add_func ("/cli-map/svg-and-pdf", test_svg_and_pdf);
  g_test_add_func ("/cli-map/illustration", test_illustration);
  g_test_add_func ("/cli-map/errors", test_errors);
  status = g_test_run ();
  bm_test_remove_tree (dir);
  g_free (dir);
  return status;
}
