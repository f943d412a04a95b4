/* test-illustration.c: every technique's picture — pose, highlighted
 * muscle, arrows, second panel — and its export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "bm-test-util.h"
#include "core/bm-illustration.h"

#define HEIGHT 200

/* Checks one technique; returns what is wrong with it, or NULL. */
typedef char *(*TechniqueFunc) (BmAtlas *atlas, const BmMuscle *m, const BmTechnique *t);

/* Runs @func on every technique and fails listing every one it faults. */
static void
foreach_technique (BmAtlas       *atlas,
                   TechniqueFunc  func)
{
  g_autoptr(GString) faults = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
      GPtrArray *lists[2] = { m->stretches, m->releases };

      for (guint l = 0; l < 2; l++)
        for (guint k = 0; k < lists[l]->len; k++)
          {
            g_autofree char *fault = func (atlas, m, lists[l]->pdata[k]);

            if (fault != NULL && n++ < 30)
              g_string_append_printf (faults, "\n  %s", fault);
          }
    }
  if (n > 0)
    g_error ("%u techniques fail:%s", n, faults->str);
}

static cairo_surface_t *
render (BmAtlas           *atlas,
        const BmMuscle    *m,
        const BmTechnique *t,
        BmPoseStyle       *style)
{
  int width = (int) round (HEIGHT * bm_illustration_get_aspect (atlas, t));
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bm_illustration_paint (atlas, m, t, cr, width, HEIGHT, style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
near_colour (guint32       px,
             const BmRgba *c)
{
  int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

  return abs (r - (int) round (c->red * 255)) <= 6 && abs (g - (int) round (c->green * 255)) <= 6 &&
         abs (b - (int) round (c->blue * 255)) <= 6;
}

/* Pixels of @s near @c, and how many of them @mask (when given) has in
 * one of the figure's own colours. */
static guint
count_colour (cairo_surface_t   *s,
              const BmRgba      *c,
              cairo_surface_t   *mask,
              const BmPoseStyle *style,
              guint             *on_figure)
{
  int w = cairo_image_surface_get_width (s), h = cairo_image_surface_get_height (s);
  int stride = cairo_image_surface_get_stride (s);
  guint n = 0;
  static const BmRgba white = { 1, 1, 1, 1 };

  *on_figure = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        guint32 px = *(guint32 *) (cairo_image_surface_get_data (s) + y * stride + 4 * x), under;

        if (!near_colour (px, c))
          continue;
        n++;
        if (mask == NULL)
          continue;
        under = *(guint32 *) (cairo_image_surface_get_data (mask) + y * stride + 4 * x);
        /* Off the figure: where the picture without the muscle shows the
         * background or a prop. */
        *on_figure += !near_colour (under, &white) && !near_colour (under, &style->prop_fill);
      }
  return n;
}

/* Every stretch and release has a picture, of a pose in the library. */
static char *
has_picture (BmAtlas *atlas, const BmMuscle *m, const BmTechnique *t)
{
  if (bm_illustration_get_n_panels (t) == 0)
    return g_strdup_printf ("%s: “%s” has no illustration", m->id, t->title);
  g_assert_nonnull (bm_atlas_lookup_pose (atlas, t->pose));
  g_assert_nonnull (m->figure_area);
  return NULL;
}

static void
test_every_technique (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();

  foreach_technique (atlas, has_picture);
}

/* Each picture draws a figure (not blank), an arrow for the movement or
 * the pressure, and its muscle in the highlight colour, over the figure only: the same picture without the muscle has
 * the figure's colours wherever the highlight is. */
static char *
shows_muscle (BmAtlas *atlas, const BmMuscle *m, const BmTechnique *t)
{
  BmPoseStyle style;
  BmMuscle bare = *m;
  BmTechnique plain = *t;
  cairo_surface_t *lit, *unlit;
  guint skin, on_figure, outline_on_figure, lit_px, arrow;
  char *fault = NULL;

  bm_pose_get_default_style (&style, FALSE);
  bare.figure_area = NULL;
  plain.highlight = NULL;
  lit = render (atlas, m, t, &style);
  unlit = render (atlas, &bare, &plain, &style);
  skin = count_colour (unlit, &style.skin, NULL, &style, &on_figure);
  arrow = count_colour (lit, &style.arrow, NULL, &style, &on_figure);
  /* Its fill, or for a muscle hidden behind the body its dashed outline. */
  lit_px = count_colour (lit, &style.highlight, unlit, &style, &on_figure);
  lit_px += count_colour (lit, &style.highlight_outline, unlit, &style, &outline_on_figure);
  on_figure += outline_on_figure;
  if (skin < 1500)
    fault = g_strdup_printf ("%s: “%s”: the figure is hardly drawn (%u skin pixels)", m->id, t->title, skin);
  else if (lit_px < 30)
    fault = g_strdup_printf ("%s: “%s”: the muscle is not shown (%u highlight pixels)", m->id, t->title, lit_px);
  else if (arrow < 15)
    fault = g_strdup_printf ("%s: “%s”: no arrow shows the movement or the pressure", m->id, t->title);
  else if (on_figure < lit_px * 0.95)
    fault = g_strdup_printf ("%s: “%s”: %u of %u highlight pixels lie off the figure", m->id, t->title,
                             lit_px - on_figure, lit_px);
  cairo_surface_destroy (lit);
  cairo_surface_destroy (unlit);
  return fault;
}

static void
test_renders_muscle (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();

  foreach_technique (atlas, shows_muscle);
}

/* A release on a ball shows the body weight pressing onto it. */
static void
test_ball_has_arrow (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  const BmMuscle *m = bm_atlas_lookup (atlas, "gastrocnemius");
  BmPoseStyle style;
  guint unused;

  bm_pose_get_default_style (&style, FALSE);
  for (guint i = 0; i < m->releases->len; i++)
    {
      const BmTechnique *t = m->releases->pdata[i];
      cairo_surface_t *s;

      if (g_strcmp0 (t->tool, "ball") != 0)
        continue;
      s = render (atlas, m, t, &style);
      g_assert_cmpuint (count_colour (s, &style.arrow, NULL, &style, &unused), >, 30);
      cairo_surface_destroy (s);
      return;
    }
  g_assert_not_reached ();
}

/* A technique in two phases has a wider picture with a figure in each half. */
static void
test_two_panels (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  guint found = 0;

  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas) && found < 3; i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (guint k = 0; k < m->stretches->len; k++)
        {
          const BmTechnique *t = m->stretches->pdata[k];
          BmPoseStyle style;
          cairo_surface_t *s;
          int w;
          guint halves[2] = { 0, 0 };

          if (t->then == NULL)
            continue;
          bm_pose_get_default_style (&style, FALSE);
          g_assert_cmpuint (bm_illustration_get_n_panels (t), ==, 2);
          g_assert_cmpfloat (bm_illustration_get_aspect (atlas, t), >, 2);
          s = render (atlas, m, t, &style);
          w = cairo_image_surface_get_width (s);
          for (int y = 0; y < HEIGHT; y++)
            for (int x = 0; x < w; x++)
              halves[x >= w / 2] += near_colour (*(guint32 *) (cairo_image_surface_get_data (s) + y * cairo_image_surface_get_stride (s) + 4 * x), &style.skin);
          g_assert_cmpuint (halves[0], >, 800);
          g_assert_cmpuint (halves[1], >, 800);
          cairo_surface_destroy (s);
          found++;
        }
    }
  g_assert_cmpuint (found, >=, 1);
}

/* Screen readers hear the position, the props and the muscle. */
static void
test_describe (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  const BmMuscle *m = bm_atlas_lookup (atlas, "gastrocnemius");
  g_autofree char *text = bm_illustration_describe (atlas, m, m->stretches->pdata[0]);

  g_assert_nonnull (strstr (text, "standing"));
  g_assert_nonnull (strstr (text, "a wall"));
  g_assert_nonnull (strstr (text, m->name));
}

/* Figure areas: a body part without side, and parts of it. */
static void
test_area_parse (void)
{
  BmPoseArea area;

  g_assert_true (bm_pose_area_parse ("thigh:back-upper", &area));
  g_assert_cmpstr (area.segment, ==, "thigh");
  g_assert_cmpint (area.across, ==, BM_AREA_BACK);
  g_assert_cmpint (area.along, ==, BM_AREA_UPPER);
  g_assert_true (bm_pose_area_parse ("torso", &area));
  g_assert_cmpint (area.across, ==, BM_AREA_ACROSS_WHOLE);
  g_assert_false (bm_pose_area_parse ("thigh-right", &area));
  g_assert_false (bm_pose_area_parse ("thigh:front-back", &area));
  g_assert_false (bm_pose_area_parse ("thigh:", &area));
  g_assert_false (bm_pose_area_parse ("wing:upper", &area));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/illustration/every-technique", test_every_technique);
  g_test_add_func ("/illustration/renders-muscle", test_renders_muscle);
  g_test_add_func ("/illustration/ball-has-arrow", test_ball_has_arrow);
  g_test_add_func ("/illustration/two-panels", test_two_panels);
  g_test_add_func ("/illustration/describe", test_describe);
  g_test_add_func ("/illustration/area-parse", test_area_parse);
  return g_test_run ();
}
