/* bm-cli-sheet.c: bodymap --export-sheet, the stretch sheet as PDF
 *
 * With --pain/--numb, a personal sheet for the marks; with --muscles and
 * no marks, a therapist's exercise handout, optionally for a named client
 * (--client) and with one or two techniques per muscle (--techniques).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-cli-private.h"
#include "core/bm-json.h"
#include "core/bm-sheet.h"

#define MAX_CLIENT 80   /* characters: a name, not a paragraph */

gboolean
bm_cli_paper_size (const char  *paper,
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

/* --techniques: 1 or 2 (the default when not given). */
static gboolean
parse_techniques (const char *value,
                  guint      *n)
{
  *n = BM_SHEET_MAX_TECHNIQUES;
  if (value == NULL)
    return TRUE;
  if (g_strcmp0 (value, "1") == 0 || g_strcmp0 (value, "2") == 0)
    {
      *n = (guint) (value[0] - '0');
      return TRUE;
    }
  return FALSE;
}

/* A name of printable characters on one line, not too long. */
static gboolean
check_client (const char  *client,
              FILE        *err)
{
  if (client == NULL)
    return TRUE;
  if (!g_utf8_validate (client, -1, NULL))
    {
      fputs (_("bodymap: --client is not valid UTF-8\n"), err);
      return FALSE;
    }
  for (const char *p = client; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      {
        fputs (_("bodymap: --client must be a name on one line, without control characters\n"), err);
        return FALSE;
      }
  if (g_utf8_strlen (client, -1) > MAX_CLIENT)
    {
      fprintf (err, _("bodymap: --client is longer than %d characters\n"), MAX_CLIENT);
      return FALSE;
    }
  return TRUE;
}

/* The options that shape the sheet, checked before anything is loaded or
 * written; BM_EXIT_OK when all are good. */
static int
check_sheet_options (const BmCliOptions *options,
                     double             *width,
                     double             *height,
                     guint              *techniques,
                     FILE               *err)
{
  if (!bm_cli_paper_size (options->paper, width, height))
    {
      g_autofree char *paper = bm_quote_excerpt (options->paper);
      fprintf (err, _("bodymap: unknown paper “%s”; use a4 or letter\n"), paper);
      return BM_EXIT_USAGE;
    }
  if (!parse_techniques (options->techniques, techniques))
    {
      g_autofree char *value = bm_quote_excerpt (options->techniques);
      fprintf (err, _("bodymap: --techniques must be 1 (a stretch per muscle) or 2 (a stretch and a release), "
                      "not “%s”\n"), value);
      return BM_EXIT_USAGE;
    }
  if (!check_client (options->client, err))
    return BM_EXIT_USAGE;
  if (options->pain == NULL && options->numb == NULL && options->muscles == NULL)
    {
      fputs (_("bodymap: --export-sheet needs --pain=…, --numb=… or --muscles=…\n"), err);
      return BM_EXIT_USAGE;
    }
  return BM_EXIT_OK;
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
  guint techniques, n;
  int status;

  if ((status = check_sheet_options (options, &width, &height, &techniques, err)) != BM_EXIT_OK)
    return status;
  if ((session = bm_cli_build_session (atlas, options, &error)) == NULL)
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_USAGE;
    }
  if ((sheet = bm_sheet_new (session, NULL, &error)) == NULL)
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  bm_sheet_set_client (sheet, options->client);
  bm_sheet_set_techniques (sheet, techniques);
  if (!bm_sheet_export_pdf (sheet, options->export_sheet, width, height, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  n = bm_sheet_get_muscles (sheet)->len;
  fprintf (out, ngettext ("Saved the stretch sheet for %u muscle to %s\n",
                          "Saved the stretch sheet for %u muscles to %s\n", n),
           n, options->export_sheet);
  return BM_EXIT_OK;
}
