/* fuzz-cli.c: the command-line options that carry ids and numbers
 *
 * The input is an argument vector, split on NUL bytes and newlines:
 * "--rank\n--pain=knee-lateral-left:6\n--confirm=soleus/tp1/left". It is
 * parsed with the options bodymap takes (--muscle, --rank, --pain, --numb,
 * --symptoms, --confirm, --deny, --muscles, --paper, --client,
 * --techniques, --export-sheet, --json) and dispatched the way bm_cli_run does, on the built-in atlas
 * loaded once. Output goes to /dev/null. --export-sheet never writes: its
 * path is replaced by one inside a directory that does not exist, so the
 * ids, the paper and the sheet are all checked and the write then fails.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "cli/bm-cli-private.h"
#include "core/bm-json.h"
#include "fuzz-common.h"

#define MAX_ARGS 64

static FILE *null_out;

/* The argument vector, "bodymap" first, NULL-terminated. */
static char **
split_args (const char *data,
            size_t      size)
{
  GPtrArray *args = g_ptr_array_new ();
  const char *end = data + size, *start = data;

  g_ptr_array_add (args, g_strdup ("bodymap"));
  for (const char *p = data; p <= end && args->len < MAX_ARGS; p++)
    if (p == end || *p == '\0' || *p == '\n')
      {
        if (p > start)
          g_ptr_array_add (args, g_strndup (start, p - start));
        start = p + 1;
      }
  g_ptr_array_add (args, NULL);
  return (char **) g_ptr_array_free (args, FALSE);
}

static gboolean
parse_options (char         ***argv,
               BmCliOptions   *options,
               char          **sheet)
{
  const GOptionEntry entries[] = {
    { "muscle", 0, 0, G_OPTION_ARG_STRING, &options->muscle, NULL, NULL },
    { "rank", 0, 0, G_OPTION_ARG_NONE, &options->rank, NULL, NULL },
    { "pain", 0, 0, G_OPTION_ARG_STRING, &options->pain, NULL, NULL },
    { "numb", 0, 0, G_OPTION_ARG_STRING, &options->numb, NULL, NULL },
    { "symptoms", 0, 0, G_OPTION_ARG_STRING, &options->symptoms, NULL, NULL },
    { "confirm", 0, 0, G_OPTION_ARG_STRING, &options->confirm, NULL, NULL },
    { "deny", 0, 0, G_OPTION_ARG_STRING, &options->deny, NULL, NULL },
    { "muscles", 0, 0, G_OPTION_ARG_STRING, &options->muscles, NULL, NULL },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &options->paper, NULL, NULL },
    { "client", 0, 0, G_OPTION_ARG_STRING, &options->client, NULL, NULL },
    { "techniques", 0, 0, G_OPTION_ARG_STRING, &options->techniques, NULL, NULL },
    { "export-sheet", 0, 0, G_OPTION_ARG_FILENAME, sheet, NULL, NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &options->json, NULL, NULL },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (NULL);
  gboolean ok;

  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, entries, NULL);
  ok = g_option_context_parse_strv (context, argv, NULL);
  g_option_context_free (context);
  return ok;
}

/* bm_cli_run's dispatch, on the shared atlas. */
static int
dispatch (BmAtlas            *atlas,
          const BmCliOptions *options)
{
  if (options->muscle != NULL)
    {
      const BmMuscle *m = bm_atlas_lookup (atlas, options->muscle);

      if (m == NULL)
        return BM_EXIT_USAGE;
      if (options->json)
        {
          g_autoptr(json_object) json = bm_atlas_muscle_to_json (atlas, m);
          bm_fuzz_check_json_output (json);
        }
      return BM_EXIT_OK;
    }
  if (options->rank)
    return bm_cli_rank (atlas, options, null_out, null_out);
  if (options->export_sheet != NULL)
    return bm_cli_export_sheet (atlas, options, null_out, null_out);
  return BM_EXIT_OK;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  BmAtlas *atlas = bm_fuzz_atlas ();
  g_auto(GStrv) argv = split_args ((const char *) data, size);
  g_autofree char *sheet = NULL;
  BmCliOptions options = { 0 };
  int status = BM_EXIT_OK;

  if (null_out == NULL && (null_out = fopen ("/dev/null", "w")) == NULL)
    abort ();
  if (parse_options (&argv, &options, &sheet))
    {
      if (sheet != NULL)
        options.export_sheet = g_build_filename (bm_fuzz_scratch_dir (), "no-such-dir", "sheet.pdf", NULL);
      status = dispatch (atlas, &options);
      BM_FUZZ_ASSERT (status == BM_EXIT_OK || status == BM_EXIT_USAGE || status == BM_EXIT_DATA);
      BM_FUZZ_ASSERT (options.muscle != NULL || options.rank || sheet == NULL || status != BM_EXIT_OK);
    }
  bm_cli_options_clear (&options);
  return 0;
}
