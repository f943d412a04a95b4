/* bm-cli-rank.c: bodymap --rank, the headless referral engine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-cli-private.h"
#include "core/bm-disclaimer.h"
#include "core/bm-engine.h"
#include "core/bm-ids.h"
#include "core/bm-json.h"
#include "core/bm-session.h"

/* The comma-separated items of @spec, stripped of white space, with the
 * empty ones left out: how every list option is written. */
static char **
split_list (const char *spec)
{
  g_auto(GStrv) items = g_strsplit (spec, ",", -1);
  g_autoptr(GStrvBuilder) list = g_strv_builder_new ();

  for (guint i = 0; items[i] != NULL; i++)
    if (g_strstrip (items[i])[0] != '\0')
      g_strv_builder_add (list, items[i]);
  return g_strv_builder_end (list);
}

/* An answer from --confirm or --deny. */
typedef struct {
  const BmMuscle       *muscle;
  const BmTriggerPoint *tp;
  BmMuscleSide          side;
  BmConfirm             confirm;
} Answer;

/* What the options ask about, parsed once: the marks (in a pain map of
 * their own, so the same rules apply as on the body map), the symptoms and
 * the answers. The rank reads it straight into one query; a session is only
 * built for the commands that need one. */
typedef struct {
  BmPainMap *marks;
  BmFlags    flags;
  GArray    *answers;   /* Answer */
} Request;

static void
request_clear (Request *request)
{
  g_clear_object (&request->marks);
  g_clear_pointer (&request->answers, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Request, request_clear)

/* Parses "REGION[:INTENSITY],…" into @marks. Returns FALSE with a message
 * in @error for an unknown region or an intensity outside 1–10. */
static gboolean
parse_marks (BmPainMap   *marks,
             const char  *option,
             const char  *spec,
             BmSymptom    symptom,
             GError     **error)
{
  BmRegionCatalog *catalog = bm_pain_map_get_catalog (marks);
  g_auto(GStrv) items = split_list (spec);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (items[i], ":", 2);
      const BmRegion *region;
      BmMark mark = { 0, symptom, BM_INTENSITY_DEFAULT };

      if (parts[0] == NULL || parts[0][0] == '\0')
        continue;
      if ((region = bm_region_catalog_lookup (catalog, parts[0])) == NULL)
        {
          g_autofree char *id = bm_quote_excerpt (parts[0]);
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("unknown region “%s” in %s; --list-regions prints every id"), id, option);
          return FALSE;
        }
      if (parts[1] != NULL)
        {
          guint64 value;

          if (!g_ascii_string_to_unsigned (parts[1], 10, BM_INTENSITY_MIN, BM_INTENSITY_MAX, &value, NULL))
            {
              g_autofree char *given = bm_quote_excerpt (parts[1]);
              g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("intensity “%s” for %s in %s must be a whole number from 1 to 10"),
                           given, region->id, option);
              return FALSE;
            }
          mark.intensity = (guint) value;
        }
      bm_pain_map_set_mark (marks, region->index, mark.symptom, mark.intensity);
    }
  return TRUE;
}

static gboolean
parse_symptoms (const char  *spec,
                BmFlags     *flags,
                GError     **error)
{
  g_auto(GStrv) items = split_list (spec);

  for (guint i = 0; items[i] != NULL; i++)
    {
      BmFlags flag;

      if ((flag = bm_flag_from_id (items[i])) == 0)
        {
          g_autofree char *id = bm_quote_excerpt (items[i]);
          g_autofree char *known = bm_flag_list_ids (", ");
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("unknown symptom “%s” in --symptoms (use %s)"), id, known);
          return FALSE;
        }
      *flags |= flag;
    }
  return TRUE;
}

/* "MUSCLE/TRIGGER-POINT/SIDE,…" from --confirm or --deny, added to @answers. */
static gboolean
parse_confirmations (BmAtlas     *atlas,
                     GArray      *answers,
                     const char  *option,
                     const char  *spec,
                     BmConfirm    confirm,
                     GError     **error)
{
  g_auto(GStrv) items = split_list (spec);

  for (guint i = 0; items[i] != NULL; i++)
    {
      Answer answer = { NULL, NULL, BM_MUSCLE_LEFT, confirm };

      if (!bm_confirm_key_parse (atlas, items[i], &answer.muscle, &answer.tp, &answer.side))
        {
          g_autofree char *key = bm_quote_excerpt (items[i]);
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("“%s” in %s is not MUSCLE/TRIGGER-POINT/left|right with ids from the atlas"),
                       key, option);
          return FALSE;
        }
      g_array_append_val (answers, answer);
    }
  return TRUE;
}

static gboolean
parse_muscles (BmAtlas     *atlas,
               const char  *spec,
               GError     **error)
{
  g_auto(GStrv) items = split_list (spec);

  for (guint i = 0; items[i] != NULL; i++)
    if (bm_atlas_lookup (atlas, items[i]) == NULL)
      {
        g_autofree char *id = bm_quote_excerpt (items[i]);
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                     _("unknown muscle “%s” in --muscles; --list-muscles prints every id"), id);
        return FALSE;
      }
  return TRUE;
}

/* Parses the options into @request, checking them in the order they are
 * documented: --pain, --numb, --symptoms, --confirm, --deny, --muscles. */
static gboolean
parse_request (BmAtlas             *atlas,
               const BmCliOptions  *options,
               Request             *request,
               GError             **error)
{
  request->marks = bm_pain_map_new (bm_atlas_get_catalog (atlas));
  request->answers = g_array_new (FALSE, FALSE, sizeof (Answer));
  return (!options->pain || parse_marks (request->marks, "--pain", options->pain, BM_SYMPTOM_PAIN, error)) &&
         (!options->numb || parse_marks (request->marks, "--numb", options->numb, BM_SYMPTOM_NUMBNESS, error)) &&
         (!options->symptoms || parse_symptoms (options->symptoms, &request->flags, error)) &&
         (!options->confirm || parse_confirmations (atlas, request->answers, "--confirm", options->confirm,
                                                    BM_CONFIRM_REPRODUCES, error)) &&
         (!options->deny || parse_confirmations (atlas, request->answers, "--deny", options->deny,
                                                 BM_CONFIRM_NOT_TENDER, error)) &&
         (!options->muscles || parse_muscles (atlas, options->muscles, error));
}

/* A session holding what the options describe: marks, symptoms, answers
 * and sheet picks, each kind set at once, so it ranks a few times at most. */
BmSession *
bm_cli_build_session (BmAtlas             *atlas,
                      const BmCliOptions  *options,
                      GError             **error)
{
  g_auto(Request) request = { NULL };
  g_autoptr(BmSession) session = NULL;
  g_autoptr(GArray) marks = NULL;

  if (!parse_request (atlas, options, &request, error))
    return NULL;
  session = bm_session_new (atlas);
  marks = bm_pain_map_get_marks (request.marks);
  if (marks->len > 0)
    bm_pain_map_reset (bm_session_get_pain_map (session), marks);
  bm_session_set_flag (session, request.flags, TRUE);
  for (guint i = 0; i < request.answers->len; i++)
    {
      const Answer *a = &g_array_index (request.answers, Answer, i);
      bm_session_set_confirm (session, a->muscle->id, a->tp->id, a->side, a->confirm);
    }
  if (options->muscles != NULL)
    {
      g_auto(GStrv) items = split_list (options->muscles);
      for (guint i = 0; items[i] != NULL; i++)
        bm_session_set_on_sheet (session, items[i], TRUE);
    }
  return g_steal_pointer (&session);
}

/* The ranking of what the options describe: one query, ranked once. */
static BmRanking *
rank_request (BmAtlas       *atlas,
              const Request *request)
{
  g_autoptr(BmQuery) query = bm_query_new ();

  bm_query_add_marks (query, request->marks);
  bm_query_set_flags (query, request->flags);
  for (guint i = 0; i < request->answers->len; i++)
    {
      const Answer *a = &g_array_index (request->answers, Answer, i);
      bm_query_confirm (query, a->muscle->id, a->tp->id, a->side, a->confirm);
    }
  return bm_engine_rank (atlas, query);
}

/* @text padded with spaces to @width characters (not bytes: "Gesäß"). */
static void
print_padded (FILE       *out,
              const char *text,
              glong       width)
{
  fputs (text, out);
  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    fputc (' ', out);
}

/* The table's columns: rank, score, muscle, side, why; the muscle and side
 * columns are as wide as their longest entry. */
static void
print_row (FILE       *out,
           const char *rank,
           const char *score,
           const char *muscle,
           glong       muscle_width,
           const char *side,
           glong       side_width,
           const char *why)
{
  fprintf (out, "%4s  %5s  ", rank, score);
  print_padded (out, muscle, muscle_width + 1);
  print_padded (out, side, side_width + 2);
  fprintf (out, "%s\n", why);
}

static void
print_table (BmAtlas         *atlas,
             const BmRanking *ranking,
             FILE            *out)
{
  g_autofree char *summary = bm_ranking_describe_combination (atlas, ranking);
  guint shown = MIN (ranking->candidates->len, 15);
  glong muscle_width = g_utf8_strlen (_("Muscle"), -1);
  glong side_width = g_utf8_strlen (_("Side"), -1);

  for (guint i = 0; i < shown; i++)
    {
      const BmCandidate *c = ranking->candidates->pdata[i];
      muscle_width = MAX (muscle_width, g_utf8_strlen (c->muscle->name, -1));
      side_width = MAX (side_width, g_utf8_strlen (bm_candidate_side_get_label (c->side), -1));
    }
  fprintf (out, "%s.\n\n", summary);
  if (shown > 0)
    print_row (out, _("Rank"), _("Score"), _("Muscle"), muscle_width, _("Side"), side_width, _("Why"));
  for (guint i = 0; i < shown; i++)
    {
      const BmCandidate *c = ranking->candidates->pdata[i];
      g_autofree char *why = bm_candidate_describe (atlas, c);
      g_autofree char *rank = g_strdup_printf ("%u", i + 1);
      g_autofree char *score = g_strdup_printf ("%.1f", c->score);

      print_row (out, rank, score, c->muscle->name, muscle_width, bm_candidate_side_get_label (c->side), side_width, why);
      if (c->key_muscles->len > 0 && c->related_to == NULL)
        {
          g_autoptr(GString) names = g_string_new (_("Check first:"));
          for (guint k = 0; k < c->key_muscles->len; k++)
            g_string_append_printf (names, "%s %s", k ? "," : "", ((const BmMuscle *) c->key_muscles->pdata[k])->name);
          print_row (out, "", "", "", muscle_width, "", side_width, names->str);
        }
    }
  for (guint i = 0; i < ranking->red_flags->len; i++)
    {
      const BmRedFlag *flag = ranking->red_flags->pdata[i];
      fprintf (out, _("\nSee a clinician — %s: %s\n"), flag->label, flag->reason);
    }
  fprintf (out, "\n%s\n", bm_disclaimer_get ()->summary);
}

int
bm_cli_rank (BmAtlas            *atlas,
             const BmCliOptions *options,
             FILE               *out,
             FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_auto(Request) request = { NULL };
  g_autoptr(BmRanking) ranking = NULL;

  if (!parse_request (atlas, options, &request, &error))
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_USAGE;
    }
  if (options->pain == NULL && options->numb == NULL)
    {
      fputs (_("bodymap: --rank needs --pain=REGION[:INTENSITY],… or --numb=REGION,…\n"), err);
      return BM_EXIT_USAGE;
    }
  ranking = rank_request (atlas, &request);
  if (options->json)
    bm_cli_print_json (out, bm_ranking_to_json (atlas, ranking));
  else
    print_table (atlas, ranking, out);
  return BM_EXIT_OK;
}
