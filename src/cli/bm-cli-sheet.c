/* bm-cli-sheet.c: bodymap --export-sheet, the stretch sheet as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-cli-private.h"
#include "core/bm-json.h"
#include "core/bm-sheet.h"

static gboolean
paper_size (const char  *paper,
            double      *width,
            double      *height)
{
  if (paper == NULL || g_ascii_strcasecmp (paper, "a4") == 0)
    {
      *width = BM_PAPER_A4_WIDTH;
      *height = BM_PAPER_A4_HEIGHT;
      return TRUE;
    }
  if (g_ascii_strcasecmp (paper, "letter") == 0)
    {
      *width = BM_PAPER_LETTER_WIDTH;
      *height = BM_PAPER_LETTER_HEIGHT;
      return TRUE;
    }
  return FALSE;
}

int
bm_cli_export_sheet (BmAtlas            *atlas,
                     const BmCliOptions *options,
                     FILE               *out,
                     FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmSession) session = NULL;
  g_autoptr(BmSheet) sheet = NULL;
  double width, height;

  if (!paper_size (options->paper, &width, &height))
    {
      g_autofree char *paper = bm_quote_excerpt (options->paper);
      fprintf (err, "bodymap: unknown paper “%s”; use a4 or letter\n", paper);
      return BM_EXIT_USAGE;
    }
  if ((session = bm_cli_build_session (atlas, options, &error)) == NULL)
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_USAGE;
    }
  if (options->pain == NULL && options->numb == NULL && options->muscles == NULL)
    {
      fprintf (err, "bodymap: --export-sheet needs --pain=…, --numb=… or --muscles=…\n");
      return BM_EXIT_USAGE;
    }
  if ((sheet = bm_sheet_new (session, NULL, &error)) == NULL ||
      !bm_sheet_export_pdf (sheet, options->export_sheet, width, height, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  fprintf (out, "Saved the stretch sheet for %u muscle%s to %s\n", bm_sheet_get_muscles (sheet)->len,
           bm_sheet_get_muscles (sheet)->len == 1 ? "" : "s", options->export_sheet);
  return BM_EXIT_OK;
}
