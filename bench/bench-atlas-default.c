/* bench-atlas-default.c: the built-in atlas, compiled against JSON
 *
 * Loads the built-in atlas in English 20 times each way, alternating, and
 * prints the medians as `name value` lines: the way bm_atlas_load_default()
 * maps the atlas compiled at build time (bm-atlas-compiled.h), the same
 * bytes read with every check (as tests and fuzzers hand bytes in), and
 * the strict JSON loader on the same resource bundle, which is what the
 * default load did before. The first line is the first load in the
 * process, as start-up pays it.
 *
 * Run by hand: ./build/bench/bench-atlas-default
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "core/bm-atlas-compiled.h"
#include "core/bm-data.h"

#define RUNS 20

static const char * const english[] = { "C", NULL };

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return (values[RUNS / 2 - 1] + values[RUNS / 2]) / 2;
}

typedef enum { BUILTIN, CHECKED, JSON } Way;

/* Milliseconds to load the atlas once, in @way. */
static double
load_ms (Way way)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) root = bm_data_get_builtin ("atlas");
  g_autoptr(GBytes) bytes = g_resources_lookup_data (BM_ATLAS_COMPILED_PATH, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autoptr(BmAtlas) atlas = NULL;
  gint64 start = g_get_monotonic_time ();

  if (way == BUILTIN)
    atlas = bm_atlas_load_builtin (english, &error);
  else if (way == CHECKED)
    atlas = bm_atlas_load_compiled (bytes, english, &error);
  else
    atlas = bm_atlas_load_for_languages (root, english, &error);
  if (atlas == NULL)
    g_error ("%s", error->message);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (void)
{
  double compiled[RUNS], checked[RUNS], json[RUNS];

  printf ("atlas_first_load_ms %.2f\n", load_ms (BUILTIN));
  for (guint i = 0; i < RUNS; i++)
    {
      compiled[i] = load_ms (BUILTIN);
      checked[i] = load_ms (CHECKED);
      json[i] = load_ms (JSON);
    }
  printf ("atlas_compiled_ms %.2f\n", median (compiled));
  printf ("atlas_compiled_checked_ms %.2f\n", median (checked));
  printf ("atlas_json_ms %.2f\n", median (json));
  return 0;
}
