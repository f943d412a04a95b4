/* test-journal-chart.c: the journal chart, as a person sees it: the pain
 * line going down over four weeks, the selected area's series, the empty
 * state and the exercise ticks, read back from the pixels drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "core/bm-journal-chart-private.h"
#include "bm-test-util.h"

#define WIDTH  900
#define HEIGHT 320
#define KNEE   "knee-lateral-left"
#define CALF   "calf-lateral-lower-left"
#define TECHNIQUE "gluteus-minimus/stretch/1"

static BmAtlas *atlas;

typedef struct {
  char           *dir;
  BmJournal      *journal;
  BmJournalChart *chart;
  gint64          times[4];
  guint32         days[4];
} Fixture;

/* Four weekly entries, Mondays at 9:00 from 2 March 2026: the knee 8, 6,
 * 4, 2, and the calf at 3 in the first two: overall 11, 9, 4, 2. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static const guint knee[] = { 8, 6, 4, 2 };
  g_autoptr(GError) error = NULL;
  BmJournalChartStyle style;

  f->journal = bm_test_new_journal (bm_atlas_get_catalog (atlas), &f->dir);
  for (guint i = 0; i < G_N_ELEMENTS (knee); i++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (2026, 3, 2 + 7 * i, 9, 0, 0);
      g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (g_date_time_to_unix (dt));

      bm_journal_entry_set_mark (entry, KNEE, BM_SYMPTOM_PAIN, knee[i]);
      if (i < 2)
        bm_journal_entry_set_mark (entry, CALF, BM_SYMPTOM_PAIN, 3);
      g_assert_true (bm_journal_add (f->journal, entry, &error));
      g_assert_no_error (error);
      f->times[i] = g_date_time_to_unix (dt);
      f->days[i] = bm_journal_entry_get_day (entry);
    }
  f->chart = bm_journal_chart_new (f->journal);
  bm_journal_chart_get_default_style (&style, FALSE);
  style.background = (BmRgba) { 1, 1, 1, 1 };
  bm_journal_chart_set_style (f->chart, &style);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->chart);
  g_clear_object (&f->journal);
  bm_test_remove_tree (f->dir);
  g_free (f->dir);
}

static cairo_surface_t *
render (BmJournalChart *chart)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  bm_journal_chart_draw (chart, cr, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  if (g_getenv ("BM_CHART_PNG") != NULL)
    cairo_surface_write_to_png (surface, g_getenv ("BM_CHART_PNG"));
  return surface;
}

/* Whether the pixel at (@x, @y) is @c, give or take antialiasing. */
static gboolean
is_colour (cairo_surface_t *surface,
           int              x,
           int              y,
           const BmRgba    *c)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  guint32 px = ((const guint32 *) (const void *) row)[x];
  int r = (px >> 16) & 0xff, g = (px >> 8) & 0xff, b = px & 0xff;

  return abs (r - (int) (c->red * 255)) < 40 && abs (g - (int) (c->green * 255)) < 40 &&
         abs (b - (int) (c->blue * 255)) < 40;
}

static guint
count_colour (cairo_surface_t *surface,
              const BmRgba    *c,
              int              x0,
              int              y0,
              int              x1,
              int              y1)
{
  guint n = 0;

  for (int y = MAX (y0, 0); y < MIN (y1, HEIGHT); y++)
    for (int x = MAX (x0, 0); x < MIN (x1, WIDTH); x++)
      n += is_colour (surface, x, y, c);
  return n;
}

/* The topmost pixel of colour @c in column @x of the plot, or -1. */
static int
top_of (cairo_surface_t    *surface,
        const BmChartFrame *f,
        int                 x,
        const BmRgba       *c)
{
  for (int y = (int) f->top - 6; y < (int) f->bottom; y++)
    if (is_colour (surface, x, y, c))
      return y;
  return -1;
}

static gint64
entry_id (Fixture *f,
          guint    i)
{
  g_autoptr(BmJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (f->journal), i);
  return bm_journal_entry_get_id (entry);
}

static void
test_line_goes_down (Fixture       *f,
                     gconstpointer  data)
{
  cairo_surface_t *surface = render (f->chart);
  const BmRgba *pain = &f->chart->style.pain;
  BmChartFrame frame;
  int y[4];

  bm_journal_chart_layout (f->chart, WIDTH, HEIGHT, &frame);
  g_assert_cmpuint (bm_journal_chart_count_visible (f->chart), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      int x = (int) round (bm_chart_frame_x (&frame, f->times[i]));

      y[i] = top_of (surface, &frame, x, pain);
      g_assert_cmpint (y[i], >=, 0);
      /* Its dot is where the pointer finds its entry. */
      g_assert_cmpint (bm_journal_chart_entry_at (f->chart, WIDTH, HEIGHT, x, y[i] + 3), ==, entry_id (f, i));
      if (i > 0)
        g_assert_cmpint (y[i], >, y[i - 1] + 10);
    }
  /* Nothing near the pointer in an empty corner. */
  g_assert_cmpint (bm_journal_chart_entry_at (f->chart, WIDTH, HEIGHT, frame.left + 2, frame.top + 2), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_region_series (Fixture       *f,
                    gconstpointer  data)
{
  const BmRgba *region = &f->chart->style.region;
  cairo_surface_t *without, *with;
  BmChartFrame frame;
  guint before, after;

  without = render (f->chart);
  bm_journal_chart_layout (f->chart, WIDTH, HEIGHT, &frame);
  before = count_colour (without, region, frame.left, frame.top, frame.right, frame.bottom);
  bm_journal_chart_set_region (f->chart, CALF);
  g_assert_cmpstr (bm_journal_chart_get_region (f->chart), ==, CALF);
  with = render (f->chart);
  after = count_colour (with, region, frame.left, frame.top, frame.right, frame.bottom);
  g_assert_cmpuint (before, ==, 0);
  g_assert_cmpuint (after, >, 200);
  /* The calf's series is at 3 in the first entry, below the overall 11. */
  {
    int x = (int) round (bm_chart_frame_x (&frame, f->times[0]));
    int y = (int) round (bm_chart_frame_y (&frame, 3, frame.y_max));
    g_assert_true (is_colour (with, x, y, region));
  }
  bm_journal_chart_set_region (f->chart, NULL);
  cairo_surface_destroy (without);
  without = render (f->chart);
  g_assert_cmpuint (count_colour (without, region, frame.left, frame.top, frame.right, frame.bottom), ==, 0);
  cairo_surface_destroy (without);
  cairo_surface_destroy (with);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDateTime) from = g_date_time_new_local (2025, 1, 1, 0, 0, 0);
  g_autoptr(GDateTime) to = g_date_time_new_local (2025, 2, 1, 0, 0, 0);
  const BmRgba white = { 1, 1, 1, 1 };
  cairo_surface_t *surface;
  guint ink;

  bm_journal_chart_set_range (f->chart, g_date_time_to_unix (from), g_date_time_to_unix (to));
  g_assert_cmpuint (bm_journal_chart_count_visible (f->chart), ==, 0);
  surface = render (f->chart);
  ink = WIDTH * HEIGHT - count_colour (surface, &white, 0, 0, WIDTH, HEIGHT);
  g_assert_cmpuint (ink, >, 300);   /* the words */
  g_assert_cmpuint (count_colour (surface, &f->chart->style.pain, 0, 0, WIDTH, HEIGHT), ==, 0);
  g_assert_cmpuint (count_colour (surface, &f->chart->style.areas, 0, 0, WIDTH, HEIGHT), ==, 0);
  g_assert_cmpint (bm_journal_chart_entry_at (f->chart, WIDTH, HEIGHT, WIDTH / 2, HEIGHT / 2), ==, 0);
  cairo_surface_destroy (surface);
}

static gboolean
tick_at (cairo_surface_t    *surface,
         BmJournalChart     *chart,
         const BmChartFrame *frame,
         guint32             day)
{
  double x0 = bm_chart_frame_x (frame, bm_journal_chart_day_time (chart, day));
  double x1 = bm_chart_frame_x (frame, bm_journal_chart_day_time (chart, day + 1));

  return is_colour (surface, (int) ((x0 + x1) / 2), (int) (frame->tick_y + frame->tick_h / 2), &chart->style.done);
}

static gboolean
green_band (cairo_surface_t    *surface,
            const BmChartFrame *frame,
            double              x)
{
  const guint8 *row = cairo_image_surface_get_data (surface) +
                      (int) (frame->week_y + 2) * cairo_image_surface_get_stride (surface);
  guint32 px = ((const guint32 *) (const void *) row)[(int) x];

  return (int) ((px >> 8) & 0xff) - (int) ((px >> 16) & 0xff) > 20;
}

static void
test_exercise_ticks (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint32 done[] = { f->days[0] + 1, f->days[0] + 2, f->days[1] + 3, f->days[3] };
  cairo_surface_t *surface;
  BmChartFrame frame;

  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    {
      g_assert_true (bm_journal_set_done (f->journal, TECHNIQUE, done[i], TRUE, &error));
      g_assert_no_error (error);
    }
  surface = render (f->chart);
  bm_journal_chart_layout (f->chart, WIDTH, HEIGHT, &frame);
  for (guint32 day = f->days[0]; day <= f->days[3]; day++)
    {
      gboolean want = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (done); i++)
        want |= done[i] == day;
      if (tick_at (surface, f->chart, &frame, day) != want)
        g_error ("day %u of the chart: a tick %s", day - f->days[0] + 1, want ? "is missing" : "where none was done");
    }
  /* The first week's adherence, 2 of 7, shades its band green; the third
   * week, none done, stays grey. */
  g_assert_true (green_band (surface, &frame, bm_chart_frame_x (&frame, f->times[0]) + 3));
  g_assert_false (green_band (surface, &frame, bm_chart_frame_x (&frame, f->times[2]) + 3));
  cairo_surface_destroy (surface);
}

static void
count_changed (guint *n)
{
  (*n)++;
}

/* The chart rebuilds from the journal when it changes, and says so. */
static void
test_follows_journal (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) dt = g_date_time_new_local (2026, 3, 30, 9, 0, 0);
  g_autoptr(BmJournalEntry) entry = bm_journal_entry_new (g_date_time_to_unix (dt));
  guint changed = 0;
  gint64 first, last;

  g_signal_connect_swapped (f->chart, "changed", G_CALLBACK (count_changed), &changed);
  bm_journal_entry_set_mark (entry, KNEE, BM_SYMPTOM_PAIN, 1);
  g_assert_true (bm_journal_add (f->journal, entry, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, >=, 1);
  g_assert_cmpuint (bm_journal_chart_count_visible (f->chart), ==, 5);
  g_assert_true (bm_journal_chart_get_extent (f->chart, &first, &last));
  g_assert_cmpint (last, ==, g_date_time_to_unix (dt));
  bm_journal_chart_set_selected (f->chart, bm_journal_entry_get_id (entry));
  g_assert_cmpint (bm_journal_chart_get_selected (f->chart), ==, bm_journal_entry_get_id (entry));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  atlas = bm_test_load_atlas ();

  g_test_add ("/journal-chart/line-goes-down", Fixture, NULL, fixture_set_up, test_line_goes_down, fixture_tear_down);
  g_test_add ("/journal-chart/region-series", Fixture, NULL, fixture_set_up, test_region_series, fixture_tear_down);
  g_test_add ("/journal-chart/empty", Fixture, NULL, fixture_set_up, test_empty, fixture_tear_down);
  g_test_add ("/journal-chart/exercise-ticks", Fixture, NULL, fixture_set_up, test_exercise_ticks, fixture_tear_down);
  g_test_add ("/journal-chart/follows-journal", Fixture, NULL, fixture_set_up, test_follows_journal,
              fixture_tear_down);
  return g_test_run ();
}
