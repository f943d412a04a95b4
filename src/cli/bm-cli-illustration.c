/* bm-cli-illustration.c: bodymap --export-map=FILE --muscle=ID
 * --illustration=N, the picture of one technique as PNG, SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-cli-private.h"
#include "core/bm-error.h"
#include "core/bm-illustration.h"
#include "core/bm-json.h"
#include "core/bm-picture-file.h"

#define DEFAULT_HEIGHT 600
#define MIN_SIZE       100
#define MAX_SIZE       8000

typedef struct {
  BmAtlas           *atlas;
  const BmMuscle    *muscle;
  const BmTechnique *technique;
} Picture;

static void
paint (cairo_t *cr,
       double   width,
       double   height,
       gpointer data)
{
  Picture *p = data;
  BmPoseStyle style;

  bm_pose_get_default_style (&style, FALSE);
  bm_illustration_paint (p->atlas, p->muscle, p->technique, cr, width, height, &style);
}

/* The technique numbered @n as --muscle lists them: stretches, then releases. */
static const BmTechnique *
nth_technique (const BmMuscle *m,
               int             n)
{
  guint i = (guint) n - 1;

  if (n < 1 || i >= m->stretches->len + m->releases->len)
    return NULL;
  return i < m->stretches->len ? m->stretches->pdata[i] : m->releases->pdata[i - m->stretches->len];
}

int
bm_cli_export_illustration (BmAtlas            *atlas,
                            const BmCliOptions *options,
                            FILE               *out,
                            FILE               *err)
{
  g_autoptr(GError) error = NULL;
  Picture p = { atlas, NULL, NULL };
  int height = options->size > 0 ? options->size : DEFAULT_HEIGHT;
  guint total;

  if (options->muscle == NULL || strchr (options->muscle, ',') != NULL)
    {
      fputs (_("bodymap: --illustration needs one muscle, given by --muscle=ID\n"), err);
      return BM_EXIT_USAGE;
    }
  if ((p.muscle = bm_atlas_lookup (atlas, options->muscle)) == NULL)
    {
      g_autofree char *quoted = bm_quote_excerpt (options->muscle);
      fprintf (err, _("bodymap: unknown muscle “%s”; --list-muscles prints every id\n"), quoted);
      return BM_EXIT_USAGE;
    }
  total = p.muscle->stretches->len + p.muscle->releases->len;
  if ((p.technique = nth_technique (p.muscle, options->illustration)) == NULL)
    {
      fprintf (err, _("bodymap: --illustration must be from 1 to %u: %s has %u stretches and releases\n"),
               total, p.muscle->id, total);
      return BM_EXIT_USAGE;
    }
  if (bm_illustration_get_n_panels (p.technique) == 0)
    {
      fprintf (err, _("bodymap: “%s” of %s has no picture\n"), p.technique->title, p.muscle->id);
      return BM_EXIT_DATA;
    }
  if (height < MIN_SIZE || height > MAX_SIZE)
    {
      fprintf (err, _("bodymap: --size must be between %d and %d pixels\n"), MIN_SIZE, MAX_SIZE);
      return BM_EXIT_USAGE;
    }
  if (!bm_picture_file_save (options->export_map, height * bm_illustration_get_aspect (atlas, p.technique), height,
                             paint, &p, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return g_error_matches (error, BM_ERROR, BM_ERROR_INVALID) ? BM_EXIT_USAGE : BM_EXIT_DATA;
    }
  fprintf (out, _("Saved the picture of “%s” to %s\n"), p.technique->title, options->export_map);
  return BM_EXIT_OK;
}
