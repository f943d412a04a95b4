/* test-pose.c: the pose library of the illustrations, and its renderer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "bm-test-util.h"
#include "core/bm-pose-paint.h"

#define WIDTH 300
#define HEIGHT 220

/* The file names in data/atlas/poses. */
static GPtrArray *
pose_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "..", "data", "atlas", "poses", NULL);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_strdup (name));
  return names;
}

static BmPose *
load_pose_file (const char  *path,
                GError     **error)
{
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *text = NULL;
  gsize length;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&text), length);
  return bm_pose_new_from_bytes (bytes, base, error);
}

/* The built-in atlas has every pose file, each valid, each found by id. */
static void
test_library_loads (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(GPtrArray) files = pose_files ();

  g_assert_cmpuint (files->len, >=, 8);
  g_assert_cmpuint (bm_atlas_get_n_poses (atlas), ==, files->len);
  for (guint i = 0; i < files->len; i++)
    {
      g_autofree char *id = g_strndup (files->pdata[i], strlen (files->pdata[i]) - 5);
      const BmPose *pose = bm_atlas_lookup_pose (atlas, id);

      g_assert_nonnull (pose);
      g_assert_cmpstr (pose->id, ==, id);
    }
  g_assert_null (bm_atlas_lookup_pose (atlas, "no-such-pose"));
  g_assert_nonnull (bm_atlas_lookup_pose (atlas, "doorway-pec"));
  g_assert_true (bm_atlas_lookup_pose (atlas, "doorway-pec")->view == BM_POSE_VIEW_FRONT);
}

/* Every prop that claims a contact touches its body part, and no pose
 * floats: something (a foot, a prop) is on the floor. */
static void
test_library_contacts (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(GString) sinking = g_string_new (NULL);

  for (guint i = 0; i < bm_atlas_get_n_poses (atlas); i++)
    {
      const BmPose *pose = bm_atlas_get_pose (atlas, i);
      BmPoseSegment segments[BM_POSE_N_SEGMENTS];
      double lowest = G_MAXDOUBLE;
      guint contacts = 0;

      for (guint p = 0; p < pose->props->len; p++)
        {
          const BmPoseProp *prop = pose->props->pdata[p];

          if (prop->contact == NULL)
            continue;
          contacts++;
          g_assert_cmpfloat (bm_pose_prop_distance (pose, prop, prop->contact), <=, BM_POSE_CONTACT_TOLERANCE);
        }
      if (contacts == 0)
        g_string_append_printf (sinking, "\n  %s has no prop in contact with the body: it floats", pose->id);
      bm_pose_get_segments (pose, segments);
      for (guint s = 0; s < BM_POSE_N_SEGMENTS; s++)
        lowest = MIN (lowest, MIN (segments[s].y1 - segments[s].r1, segments[s].y2 - segments[s].r2));
      /* The body may rest on the floor, not sink into it. */
      if (lowest < -3)
        g_string_append_printf (sinking, "\n  %s sinks %.1f units below the floor", pose->id, -lowest);
    }
  if (sinking->len > 0)
    g_error ("figures in the floor or in the air:%s", sinking->str);
}

typedef struct {
  const char *fixture;
  const char *expect[3];
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "knee-bent-backwards", { "knee-bent-backwards.json: limb “left”: field “knee”", "-20 is outside the allowed range 0 to 150", NULL } },
  { "elbow-too-far", { "elbow-too-far.json: limb “right”: field “elbow”", "175 is outside the allowed range", NULL } },
  { "unknown-prop", { "unknown-prop.json: a prop: field “type”", "unknown value “trampoline”", NULL } },
  { "contact-not-touching", { "contact-not-touching.json: prop “wall”: field “contact”", "does not touch the hand-right", NULL } },
  { "unknown-contact", { "unknown-contact.json: prop “wall”: field “contact”", "unknown body part “tail”", NULL } },
  { "missing-joint", { "missing-joint.json: limb “left”: field “ankle”", "missing", NULL } },
  { "wrong-id", { "wrong-id.json: field “id”", "“another-pose” should be “wrong-id”", NULL } },
  { "wrist-too-far", { "wrist-too-far.json: limb “right”: field “wrist”", "100 is outside the allowed range -80 to 70", NULL } },
  { "unknown-works", { "unknown-works.json: pose “unknown-works”: field “works”", "unknown value “middle”", NULL } },
  { "arrow-unknown-segment", { "arrow-unknown-segment.json: pose “arrow-unknown-segment, arrow 1”: field “segment”",
                               "unknown body part “wing-left”", NULL } },
  { "turn-without-sweep", { "turn-without-sweep.json: pose “turn-without-sweep, arrow 1”: field “sweep”", "missing", NULL } },
};

static void
test_broken (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autofree char *name = g_strconcat (c->fixture, ".json", NULL);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "poses-broken", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BmPose) pose = load_pose_file (path, &error);

  g_assert_null (pose);
  g_assert_nonnull (error);
  for (guint i = 0; i < G_N_ELEMENTS (c->expect) && c->expect[i] != NULL; i++)
    if (strstr (error->message, c->expect[i]) == NULL)
      g_error ("message “%s” should contain “%s”", error->message, c->expect[i]);
}

/* An atlas directory with a broken pose is rejected as a whole. */
static void
test_broken_in_atlas (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "poses-broken", "knee-bent-backwards.json", NULL);
  g_autofree char *content = NULL;
  g_autofree char *dir = NULL, *poses = NULL, *target = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = NULL;

  g_assert_true (g_file_get_contents (path, &content, NULL, NULL));
  dir = bm_test_mini_atlas (NULL, NULL);
  poses = g_build_filename (dir, "poses", NULL);
  target = g_build_filename (poses, "knee-bent-backwards.json", NULL);
  g_assert_cmpint (g_mkdir (poses, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, content, -1, NULL));
  atlas = bm_atlas_load_dir (dir, &error);
  g_assert_null (atlas);
  g_assert_nonnull (strstr (error->message, "knee-bent-backwards.json: limb “left”: field “knee”"));
  bm_test_remove_tree (dir);
}

static cairo_surface_t *
render (const BmPose *pose,
        gboolean      dark,
        const char   *highlight)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  BmPoseStyle style;
  BmPoseArea area = { .across = BM_AREA_ACROSS_WHOLE, .along = BM_AREA_ALONG_WHOLE };
  BmPoseOverlay overlay = { &area, highlight != NULL ? 1 : 0 };

  if (highlight != NULL)
    g_strlcpy (area.segment, highlight, sizeof area.segment);
  bm_pose_get_default_style (&style, dark);
  bm_pose_paint (pose, cr, WIDTH, HEIGHT, &style, &overlay);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static const guint32 *
pixel (cairo_surface_t *s,
       int              x,
       int              y)
{
  return (const guint32 *) (cairo_image_surface_get_data (s) + y * cairo_image_surface_get_stride (s)) + x;
}

/* Whether the opaque pixel @p is within a few steps of @c. */
static gboolean
near_colour (guint32       p,
             const BmRgba *c)
{
  return (p >> 24) == 0xff &&
         fabs (((p >> 16) & 0xff) - c->red * 255) <= 3 &&
         fabs (((p >> 8) & 0xff) - c->green * 255) <= 3 &&
         fabs ((p & 0xff) - c->blue * 255) <= 3;
}

/* Each pose draws a figure of a fair size, inside the box, in both styles. */
static void
test_render (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();

  for (guint i = 0; i < bm_atlas_get_n_poses (atlas); i++)
    for (int dark = 0; dark < 2; dark++)
      {
        const BmPose *pose = bm_atlas_get_pose (atlas, i);
        cairo_surface_t *s = render (pose, dark, NULL);
        BmPoseStyle style;
        guint skin = 0, painted = 0, edge = 0;

        bm_pose_get_default_style (&style, dark);
        for (int y = 0; y < HEIGHT; y++)
          for (int x = 0; x < WIDTH; x++)
            {
              guint32 p = *pixel (s, x, y);

              if (p >> 24 == 0)
                continue;
              painted++;
              skin += near_colour (p, &style.skin);
              edge += x == 0 || y == 0 || x == WIDTH - 1 || y == HEIGHT - 1;
            }
        if (skin < 1500 || edge > 0)
          g_error ("%s (%s): %u skin pixels, %u painted on the edge of the box", pose->id,
                   dark ? "dark" : "light", skin, edge);
        g_assert_cmpuint (painted, <, WIDTH * HEIGHT * 3 / 4);
        cairo_surface_destroy (s);
      }
}

/* A highlighted segment shows the muscle colour, only where the plain
 * figure is drawn; of four segments, a nearer limb may hide one. */
static guint
count_highlight (const BmPose *pose,
                 const char   *segment,
                 guint        *outside)
{
  cairo_surface_t *plain = render (pose, FALSE, NULL), *lit = render (pose, FALSE, segment);
  BmPoseStyle style;
  guint red = 0;

  bm_pose_get_default_style (&style, FALSE);
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0; x < WIDTH; x++)
      {
        guint32 before = *pixel (plain, x, y), after = *pixel (lit, x, y);

        g_assert_false (near_colour (before, &style.highlight));
        if (!near_colour (after, &style.highlight))
          continue;
        red++;
        /* Over the skin or the outline of the figure, not the background or a prop. */
        *outside += !(near_colour (before, &style.skin) || near_colour (before, &style.far_skin) ||
                      near_colour (before, &style.outline));
      }
  cairo_surface_destroy (plain);
  cairo_surface_destroy (lit);
  return red;
}

static void
test_highlight (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  static const char *const segments[] = { "thigh-right", "lower-leg-right", "torso", "forearm-right" };

  for (guint i = 0; i < bm_atlas_get_n_poses (atlas); i++)
    {
      const BmPose *pose = bm_atlas_get_pose (atlas, i);
      guint shown = 0;

      /* A close-up leaves parts out; test-illustration checks what it shows. */
      if (pose->frame != BM_POSE_FRAME_BODY)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (segments); k++)
        {
          guint outside = 0, red = count_highlight (pose, segments[k], &outside);

          if (outside > red / 10)
            g_error ("%s, %s: %u of %u highlight pixels outside the figure", pose->id, segments[k], outside, red);
          shown += red >= 20;
        }
      if (shown < G_N_ELEMENTS (segments) - 1)
        g_error ("%s: only %u of %u highlighted segments show", pose->id, shown, (guint) G_N_ELEMENTS (segments));
    }
}

/* A close-up shows the part it frames larger than the whole figure would,
 * and the frames the library uses are all of its kinds. */
static void
test_frames (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(GString) far = g_string_new (NULL);
  guint kinds = 0;

  for (guint i = 0; i < bm_atlas_get_n_poses (atlas); i++)
    {
      const BmPose *pose = bm_atlas_get_pose (atlas, i);
      BmPose whole = *pose;

      if (pose->frame == BM_POSE_FRAME_BODY)
        continue;
      kinds |= 1u << pose->frame;
      whole.frame = BM_POSE_FRAME_BODY;
      /* From the hips up gains less than a close-up of the head, hands or feet. */
      if (bm_pose_get_fit_scale (pose, NULL, WIDTH, HEIGHT) <
          (pose->frame == BM_POSE_FRAME_UPPER ? 1.15 : 1.6) * bm_pose_get_fit_scale (&whole, NULL, WIDTH, HEIGHT))
        g_string_append_printf (far, " %s", pose->id);
    }
  if (far->len > 0)
    g_error ("close-ups hardly closer than the whole figure:%s", far->str);
  g_assert_cmpuint (kinds, ==, (1u << BM_POSE_FRAME_UPPER) | (1u << BM_POSE_FRAME_HEAD) |
                               (1u << BM_POSE_FRAME_HANDS) | (1u << BM_POSE_FRAME_FEET));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pose/library-loads", test_library_loads);
  g_test_add_func ("/pose/library-contacts", test_library_contacts);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/pose/broken/", broken_cases[i].fixture, NULL);
      g_test_add_data_func (path, &broken_cases[i], test_broken);
    }
  g_test_add_func ("/pose/broken-in-atlas", test_broken_in_atlas);
  g_test_add_func ("/pose/render", test_render);
  g_test_add_func ("/pose/highlight", test_highlight);
  g_test_add_func ("/pose/frames", test_frames);
  return g_test_run ();
}
