/* test-anatomy.c: the muscle shapes, and the map as a picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/bm-error.h"
#include "core/bm-map-picture.h"
#include "core/bm-marker.h"
#include "core/bm-muscle-art.h"
#include "bm-test-util.h"

static BmAtlas *atlas;
static BmBodyArt *art;
static BmMuscleArt *muscle_art;

/* Every muscle of the atlas is drawn, on both sides, in at least one view. */
static void
test_every_muscle_drawn (void)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (BmMuscleSide side = 0; side < BM_N_MUSCLE_SIDES; side++)
        {
          gboolean drawn = FALSE;

          for (BmView view = 0; view < BM_N_VIEWS; view++)
            drawn |= bm_muscle_art_has_shape (muscle_art, view, m, side);
          if (!drawn)
            g_string_append_printf (missing, " %s-%s", m->id, side == BM_MUSCLE_LEFT ? "left" : "right");
        }
    }
  if (missing->len > 0)
    g_error ("muscles without a shape:%s", missing->str);
}

typedef struct {
  GString *failures;
  guint    checked;
} MarkerCheck;

static void
check_marker_inside (const BmMuscle       *m,
                     const BmTriggerPoint *tp,
                     const BmMarker       *marker,
                     BmMuscleSide          side,
                     gpointer              data)
{
  MarkerCheck *check = data;
  double x, y;
  BmView view;

  if (!bm_marker_locate (marker, side, art, &view, &x, &y, NULL))
    return;
  check->checked++;
  if (!bm_muscle_art_contains (muscle_art, view, m, side, x, y))
    g_string_append_printf (check->failures, "  %s %s, %s side, %s view (%.0f, %.0f)\n", m->id, tp->id,
                            side == BM_MUSCLE_LEFT ? "left" : "right", bm_view_get_id (view), x, y);
}

/* Every X of the atlas lies inside its muscle's shape, in its view, on
 * both sides; a muscle with an X in a view is drawn in that view. */
static void
test_markers_inside_shapes (void)
{
  g_autoptr(GString) failures = g_string_new (NULL);
  MarkerCheck check = { failures, 0 };

  bm_test_foreach_marker (atlas, check_marker_inside, &check);
  if (failures->len > 0)
    g_error ("trigger points outside their muscle's shape:\n%s", failures->str);
  g_assert_cmpuint (check.checked, >=, 2 * bm_atlas_get_n_muscles (atlas));
}

/* The chart names a muscle whose shape is under the pointer: at each X of
 * a superficial muscle, the one named is that muscle or one drawn over it. */
static void
test_chart_names_the_muscle (void)
{
  guint named = 0, own = 0;

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
      const BmTriggerPoint *tp = m->trigger_points->pdata[0];
      const BmMuscle *found;
      BmMuscleSide side;
      double x, y;
      BmView view;

      if (bm_muscle_art_is_deep (muscle_art, m) || tp->markers->len == 0 ||
          !bm_marker_locate (&g_array_index (tp->markers, BmMarker, 0), BM_MUSCLE_RIGHT, art, &view, &x, &y, NULL))
        continue;
      found = bm_muscle_art_muscle_at (muscle_art, view, x, y, &side);
      g_assert_nonnull (found);
      g_assert_cmpint (side, ==, BM_MUSCLE_RIGHT);
      g_assert_true (bm_muscle_art_contains (muscle_art, view, found, side, x, y));
      named++;
      own += found == m;
    }
  g_assert_cmpuint (named, >=, 40);
  /* Overlaps are few: most superficial muscles are named at their own X. */
  g_assert_cmpuint (own * 10, >=, named * 7);
}

/* A shape named otherwise than muscle-ID-SIDE is an error naming the file;
 * a shape of a muscle the atlas lacks (a --data-dir atlas) is left out. */
static void
test_unknown_shape_rejected (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-shapes-XXXXXX", NULL);
  g_autoptr(GFile) root = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmMuscleArt) broken = NULL;

  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      g_autofree char *path = g_strdup_printf ("%s/muscles-%s.svg", dir, bm_view_get_id (view));
      g_autofree char *text = g_strdup_printf ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" height=\"1100\">"
                                               "<g id=\"%s\" class=\"muscle\"><path class=\"belly\" "
                                               "d=\"M0 0h10v10z\"/></g></svg>",
                                               view == BM_VIEW_BACK ? "muscle-gluteus-maximus" :
                                               view == BM_VIEW_LEFT ? "muscle-gluteus-maximal-left" :
                                                                      "muscle-gluteus-maximus-left");

      g_assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  broken = bm_muscle_art_new_for_root (atlas, root, &error);
  g_assert_null (broken);
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "muscles-back.svg"));
  g_assert_nonnull (strstr (error->message, "“muscle-gluteus-maximus”"));
  g_clear_error (&error);
  /* Mend the back view: the unknown muscle of the side view is skipped. */
  {
    g_autofree char *path = g_strdup_printf ("%s/muscles-back.svg", dir);

    g_assert_true (g_file_set_contents (path, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"520\" "
                                        "height=\"1100\"></svg>", -1, NULL));
  }
  broken = bm_muscle_art_new_for_root (atlas, root, &error);
  g_assert_no_error (error);
  g_assert_true (bm_muscle_art_has_shape (broken, BM_VIEW_FRONT, bm_atlas_lookup (atlas, "gluteus-maximus"),
                                          BM_MUSCLE_LEFT));
  bm_test_remove_tree (dir);
}

static cairo_surface_t *
paint (BmMapPicture *picture,
       BmView        view,
       double        scale)
{
  double w, h;
  cairo_surface_t *surface;
  cairo_t *cr;

  bm_body_art_get_size (art, view, &w, &h);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (w * scale), (int) (h * scale));
  cr = cairo_create (surface);
  bm_map_picture_paint_view (picture, view, cr, scale);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel (cairo_surface_t *s,
       int              x,
       int              y)
{
  return ((guint32 *) (cairo_image_surface_get_data (s) + y * cairo_image_surface_get_stride (s)))[x];
}

/* Where @m's left shape covers, drawn alone. */
static cairo_surface_t *
shape_mask (const BmMuscle *m,
            BmView          view,
            double          scale,
            int             width,
            int             height,
            gboolean        outline)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  if (outline)
    bm_muscle_art_render_outline (muscle_art, view, cr, scale, m, BM_MUSCLE_LEFT);
  else
    bm_muscle_art_render (muscle_art, view, cr, scale, m, BM_MUSCLE_LEFT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* What a muscle's shape adds to its picture: against the same picture
 * without the anatomy layer (pattern and Xs only), every pixel inside the
 * shape changes, and nothing changes outside the shape, its outline and
 * its name. */
static void
test_picture_shows_the_shape (void)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, "infraspinatus");
  g_autoptr(BmMapPicture) pattern_only = bm_map_picture_new (art, NULL);
  g_autoptr(BmMapPicture) shown = bm_map_picture_new (art, muscle_art);
  const double scale = 1.0;
  cairo_surface_t *a, *b, *shape, *edge;
  double bx, by, bw, bh;
  guint inside = 0, inside_changed = 0, stray = 0;
  int w, h;

  g_assert_true (bm_muscle_art_get_bounds (muscle_art, BM_VIEW_BACK, m, BM_MUSCLE_LEFT, &bx, &by, &bw, &bh));
  bm_map_picture_add_muscle (pattern_only, m, BM_SIDE_OF_LEFT, NULL);
  bm_map_picture_add_muscle (shown, m, BM_SIDE_OF_LEFT, NULL);
  a = paint (pattern_only, BM_VIEW_BACK, scale);
  b = paint (shown, BM_VIEW_BACK, scale);
  w = cairo_image_surface_get_width (a);
  h = cairo_image_surface_get_height (a);
  shape = shape_mask (m, BM_VIEW_BACK, scale, w, h, FALSE);
  edge = shape_mask (m, BM_VIEW_BACK, scale, w, h, TRUE);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        gboolean on_edge = (pixel (edge, x, y) >> 24) > 0;
        gboolean in_shape = (pixel (shape, x, y) >> 24) > 0;
        gboolean changed = pixel (a, x, y) != pixel (b, x, y);
        gboolean name = y < by && y > by - 32 && x > bx - 80 && x < bx + bw + 80;

        if (in_shape && !on_edge)
          {
            inside++;
            inside_changed += changed;
          }
        else if (changed && !in_shape && !on_edge && !name)
          stray++;
      }
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
  cairo_surface_destroy (shape);
  cairo_surface_destroy (edge);
  g_assert_cmpuint (inside, >, 1000);
  /* The Xs are drawn over the shape in both pictures. */
  g_assert_cmpuint (inside_changed, >=, inside * 85 / 100);
  g_assert_cmpuint (stray, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();
  art = bm_test_load_art ();
  muscle_art = bm_muscle_art_new (atlas, &error);
  g_assert_no_error (error);

  g_test_add_func ("/anatomy/every-muscle-drawn", test_every_muscle_drawn);
  g_test_add_func ("/anatomy/markers-inside-shapes", test_markers_inside_shapes);
  g_test_add_func ("/anatomy/chart-names-the-muscle", test_chart_names_the_muscle);
  g_test_add_func ("/anatomy/unknown-shape-rejected", test_unknown_shape_rejected);
  g_test_add_func ("/anatomy/picture-shows-the-shape", test_picture_shows_the_shape);
  status = g_test_run ();
  g_object_unref (muscle_art);
  g_object_unref (art);
  g_object_unref (atlas);
  return status;
}
