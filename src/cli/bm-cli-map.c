/* bm-cli-map.c: bodymap --export-map, the body map as a PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-cli-private.h"
#include "core/bm-error.h"
#include "core/bm-json.h"
#include "core/bm-map-picture.h"

#define DEFAULT_SIZE 1100
#define MIN_SIZE     100
#define MAX_SIZE     8000

/* --view: one view, or "all" (the default) for the four side by side. */
static gboolean
parse_views (const char *arg,
             BmView     *views,
             guint      *n_views)
{
  BmView view;

  *n_views = 0;
  if (arg == NULL || g_str_equal (arg, "all"))
    {
      for (BmView v = 0; v < BM_N_VIEWS; v++)
        views[(*n_views)++] = v;
      return TRUE;
    }
  if (!bm_view_from_id (arg, &view))
    return FALSE;
  views[(*n_views)++] = view;
  return TRUE;
}

/* Each muscle of --muscle=ID,…: as the ranking's candidate when pain is
 * marked (its side, the trigger point that matched), else on both sides. */
static gboolean
add_muscles (BmMapPicture       *picture,
             BmAtlas            *atlas,
             BmSession          *session,
             const BmCliOptions *options,
             FILE               *err)
{
  g_auto(GStrv) ids = g_strsplit (options->muscle ? options->muscle : "", ",", -1);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      const char *id = g_strstrip (ids[i]);
      const BmMuscle *m = bm_atlas_lookup (atlas, id);
      const BmCandidate *c;

      if (*id == '\0')
        continue;
      if (m == NULL)
        {
          g_autofree char *quoted = bm_quote_excerpt (id);
          fprintf (err, _("bodymap: unknown muscle “%s”; --list-muscles prints every id\n"), quoted);
          return FALSE;
        }
      c = bm_ranking_lookup (bm_session_get_ranking (session), m->id, BM_SIDE_OF_EITHER);
      if (c != NULL && c->related_to == NULL)
        bm_map_picture_add_muscle (picture, m, c->side, c->best);
      else
        bm_map_picture_add_muscle (picture, m, BM_SIDE_OF_EITHER, NULL);
    }
  return TRUE;
}

int
bm_cli_export_map (BmAtlas            *atlas,
                   const BmCliOptions *options,
                   FILE               *out,
                   FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmSession) session = NULL;
  g_autoptr(BmBodyArt) art = NULL;
  g_autoptr(BmMuscleArt) muscle_art = NULL;
  g_autoptr(BmMapPicture) picture = NULL;
  BmView views[BM_N_VIEWS];
  guint n_views;
  int size = options->size > 0 ? options->size : DEFAULT_SIZE;

  if (options->illustration != 0)
    return bm_cli_export_illustration (atlas, options, out, err);
  if (!parse_views (options->view, views, &n_views))
    {
      g_autofree char *view = bm_quote_excerpt (options->view);
      fprintf (err, _("bodymap: unknown view “%s”; use front, back, left, right or all\n"), view);
      return BM_EXIT_USAGE;
    }
  if (size < MIN_SIZE || size > MAX_SIZE)
    {
      fprintf (err, _("bodymap: --size must be between %d and %d pixels\n"), MIN_SIZE, MAX_SIZE);
      return BM_EXIT_USAGE;
    }
  if ((session = bm_cli_build_session (atlas, options, &error)) == NULL)
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_USAGE;
    }
  if ((art = bm_body_art_new (bm_atlas_get_catalog (atlas), &error)) == NULL ||
      (muscle_art = bm_muscle_art_new (atlas, &error)) == NULL)
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  picture = bm_map_picture_new (art, muscle_art);
  bm_map_picture_add_marks (picture, bm_session_get_pain_map (session));
  if (!add_muscles (picture, atlas, session, options, err))
    return BM_EXIT_USAGE;
  if (!bm_map_picture_save (picture, views, n_views, size, options->export_map, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return g_error_matches (error, BM_ERROR, BM_ERROR_INVALID) ? BM_EXIT_USAGE : BM_EXIT_DATA;
    }
  fprintf (out, _("Saved the body map to %s\n"), options->export_map);
  return BM_EXIT_OK;
}
