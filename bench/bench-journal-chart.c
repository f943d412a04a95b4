/* bench-journal-chart.c: a chart frame of ten years of journal stays
 * under 8 ms, scrolling included
 *
 * Builds a journal of 3,650 daily entries with 10 areas each (and the
 * exercise ticked on two days of three) in a temporary file, then draws
 * the chart at a typical widget size (900 × 320 on an image surface):
 * 200 frames of 90 days scrolling across the ten years, with an area
 * selected, and 50 frames of the whole range. Prints the median and the
 * worst frame of each; exits 1 when a median is over the budget.
 * With --value, prints only `chart_frame_ms M`, M the larger of the two
 * medians, for bench/run.
 *
 * Run by hand: ./build/bench/bench-journal-chart [--value]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <glib/gstdio.h>

#include "core/bm-atlas.h"
#include "core/bm-journal-chart.h"

#define N_DAYS    3650
#define N_AREAS   10
#define WIDTH     900
#define HEIGHT    320
#define BUDGET_MS 8.0
#define DAY       (24 * 3600)

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Ten years of mornings up to today, the areas easing and flaring. */
static void
fill_journal (BmJournal       *journal,
              BmRegionCatalog *catalog)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_real_time () / G_USEC_PER_SEC - (gint64) N_DAYS * DAY;
  guint added = 0, skipped = 0;

  for (guint d = 0; d < N_DAYS; d++)
    {
      BmJournalEntry *entry = bm_journal_entry_new (start + (gint64) d * DAY);

      for (guint a = 0; a < N_AREAS; a++)
        bm_journal_entry_set_mark (entry, bm_region_catalog_get_region (catalog, a * 7)->id, BM_SYMPTOM_PAIN,
                                   1 + (guint) (4.5 * (1 + sin (d / (40.0 + 9 * a) + a)) + d % (a + 2) * 0.3) % 10);
      g_ptr_array_add (entries, entry);
    }
  if (!bm_journal_import (journal, entries, &added, &skipped, &error))
    g_error ("%s", error->message);
  for (guint32 day = bm_journal_today () - N_DAYS; day <= bm_journal_today (); day++)
    if (day % 3 != 0 && !bm_journal_set_done (journal, "gluteus-minimus/stretch/1", day, TRUE, &error))
      g_error ("%s", error->message);
}

/* Draws @n frames, the i-th showing @span seconds from @first + i × @step;
 * returns the median in ms and sets *@worst. */
/* This thread's processor time in ms: on a busy machine, the frame's own
 * cost apart from waiting for a processor. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static double
time_frames (BmJournalChart *chart,
             guint           n,
             gint64          first,
             gint64          span,
             gint64          step,
             double         *worst,
             double         *cpu)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autofree double *ms = g_new (double, n);
  g_autofree double *cpu_each = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 t0;
      double c0;

      bm_journal_chart_set_range (chart, first + step * i, first + step * i + span);
      t0 = g_get_monotonic_time ();
      c0 = cpu_ms ();
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      bm_journal_chart_draw (chart, cr, WIDTH, HEIGHT);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      ms[i] = (g_get_monotonic_time () - t0) / 1000.0;
      cpu_each[i] = cpu_ms () - c0;
      if (g_getenv ("BM_BENCH_VERBOSE") != NULL && ms[i] > BUDGET_MS / 2)
        printf ("  frame %u: %.2f ms\n", i, ms[i]);
    }
  /* To look at the last frame: BM_BENCH_PNG=/tmp/chart (writes /tmp/chart-90.png, …) */
  if (g_getenv ("BM_BENCH_PNG") != NULL)
    {
      g_autofree char *png = g_strdup_printf ("%s-%" G_GINT64_FORMAT ".png", g_getenv ("BM_BENCH_PNG"), span / DAY);
      cairo_surface_write_to_png (surface, png);
    }
  cairo_surface_destroy (surface);
  qsort (ms, n, sizeof *ms, compare_double);
  qsort (cpu_each, n, sizeof *cpu_each, compare_double);
  *worst = ms[n - 1];
  *cpu = cpu_each[n / 2];
  return ms[n / 2];
}

int
main (int   argc,
      char *argv[])
{
  gboolean value = argc == 2 && g_str_equal (argv[1], "--value");
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = bm_atlas_load_default (&error);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-bench-chart-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(BmJournal) journal = NULL;
  g_autoptr(BmJournalChart) chart = NULL;
  double scroll, scroll_worst, scroll_cpu, full, full_worst, full_cpu;
  gint64 first, last, t0;

  if (atlas == NULL || dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "journal.db", NULL);
  if ((journal = bm_journal_open (path, bm_atlas_get_catalog (atlas), &error)) == NULL)
    g_error ("%s", error->message);
  fill_journal (journal, bm_atlas_get_catalog (atlas));
  t0 = g_get_monotonic_time ();
  chart = bm_journal_chart_new (journal);
  if (!value)
    printf ("chart data for %u entries: %.1f ms (once per change of the journal)\n",
            g_list_model_get_n_items (G_LIST_MODEL (journal)), (g_get_monotonic_time () - t0) / 1000.0);
  if (!bm_journal_chart_get_extent (chart, &first, &last))
    g_error ("the journal is empty");
  bm_journal_chart_set_region (chart, bm_region_catalog_get_region (bm_atlas_get_catalog (atlas), 7)->id);
  scroll = time_frames (chart, 200, first, 90 * DAY, (last - first - 90 * DAY) / 199, &scroll_worst, &scroll_cpu);
  full = time_frames (chart, 50, first, last - first, 0, &full_worst, &full_cpu);
  if (value)
    printf ("chart_frame_ms %.2f\n", MAX (scroll, full));
  else
    {
      printf ("90 days, scrolling over ten years: median %.2f ms (processor %.2f ms), worst %.2f ms (200 frames, %d × %d)\n",
              scroll, scroll_cpu, scroll_worst, WIDTH, HEIGHT);
      printf ("all ten years: median %.2f ms (processor %.2f ms), worst %.2f ms (50 frames)\n", full, full_cpu, full_worst);
      printf ("budget: %.0f ms per frame\n", BUDGET_MS);
    }
  g_clear_object (&chart);
  g_clear_object (&journal);
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, name, NULL);
        g_unlink (file);
      }
    g_rmdir (dir);
  }
  return scroll > BUDGET_MS || full > BUDGET_MS ? 1 : 0;
}
