/* bm-cli.c: the headless commands, which need no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-cli.h"
#include "bm-region-catalog.h"

gboolean
bm_cli_wants_headless (const BmCliOptions *options)
{
  return options->list_regions;
}

static BmRegionCatalog *
load_catalog (const BmCliOptions  *options,
              GError             **error)
{
  if (options->data_dir != NULL)
    {
      g_autofree char *path = g_build_filename (options->data_dir, "regions.json", NULL);
      return bm_region_catalog_new_from_file (path, error);
    }
  return bm_region_catalog_load_default (error);
}

static int
list_regions (BmRegionCatalog *catalog,
              FILE            *out)
{
  guint n = bm_region_catalog_get_n_regions (catalog);

  for (guint i = 0; i < n; i++)
    {
      const BmRegion *region = bm_region_catalog_get_region (catalog, i);
      g_autoptr(GString) views = g_string_new (NULL);

      for (BmView view = 0; view < BM_N_VIEWS; view++)
        {
          if (!(region->views & BM_VIEW_FLAG (view)))
            continue;
          if (views->len > 0)
            g_string_append_c (views, ',');
          g_string_append (views, bm_view_get_id (view));
        }
      fprintf (out, "%s\t%s\t%s\n", region->id, region->label, views->str);
    }
  return BM_EXIT_OK;
}

int
bm_cli_run (const BmCliOptions *options,
            FILE               *out,
            FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = load_catalog (options, &error);
  int status = BM_EXIT_OK;

  if (catalog == NULL)
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  if (options->list_regions)
    status = list_regions (catalog, out);
  fflush (out);
  return status;
}
