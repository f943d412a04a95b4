/* bm-cli.c: the headless commands, which need no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-cli-private.h"
#include "core/bm-ids.h"
#include "core/bm-json.h"

/* Prints @obj, pretty, and releases it. */
void
bm_cli_print_json (FILE        *out,
                   json_object *obj)
{
  fprintf (out, "%s\n", json_object_to_json_string_ext (obj, JSON_C_TO_STRING_PRETTY |
                                                              JSON_C_TO_STRING_NOSLASHESCAPE));
  json_object_put (obj);
}

/* A JSON array of @items, each written by @item_json. */
json_object *
bm_cli_json_array (GPtrArray     *items,
                   BmCliItemJson  item_json,
                   gconstpointer  data)
{
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < items->len; i++)
    json_object_array_add (array, item_json (items->pdata[i], data));
  return array;
}

/* Every option bodymap takes, and where in BmCliOptions it is stored. */
static const struct {
  GOptionEntry entry;
  gsize        offset;
} option_table[] = {
#define BM_CLI_OPTION(name, arg, field, help, arg_help) \
  { { name, 0, 0, arg, NULL, help, arg_help }, G_STRUCT_OFFSET (BmCliOptions, field) }
  BM_CLI_OPTION ("version", G_OPTION_ARG_NONE, version,
                 N_("Print the version, then exit"), NULL),
  BM_CLI_OPTION ("list-regions", G_OPTION_ARG_NONE, list_regions,
                 N_("Print every body-map region as id, label and views, then exit"), NULL),
  BM_CLI_OPTION ("list-muscles", G_OPTION_ARG_NONE, list_muscles,
                 N_("Print every muscle in the atlas as id and name, then exit"), NULL),
  BM_CLI_OPTION ("muscle", G_OPTION_ARG_STRING, muscle,
                 N_("Print one muscle's record (trigger points, referral, self-care), then exit; "
                    "with --export-map, the muscles to draw"), "ID[,ID…]"),
  BM_CLI_OPTION ("rank", G_OPTION_ARG_NONE, rank,
                 N_("Rank the trigger points that may cause the pain given by --pain and --numb, then exit"), NULL),
  BM_CLI_OPTION ("pain", G_OPTION_ARG_STRING, pain,
                 N_("With --rank: painful regions, each with an optional intensity 1–10"), "REGION[:INTENSITY],…"),
  BM_CLI_OPTION ("numb", G_OPTION_ARG_STRING, numb,
                 N_("With --rank: numb or tingling regions"), "REGION[:INTENSITY],…"),
  BM_CLI_OPTION ("symptoms", G_OPTION_ARG_STRING, symptoms,
                 N_("With --rank: weakness, night-pain, fever, bladder-bowel, trauma"), "SYMPTOM,…"),
  BM_CLI_OPTION ("confirm", G_OPTION_ARG_STRING, confirm,
                 N_("With --rank: trigger points where pressing reproduces the pain"), "MUSCLE/TP/SIDE,…"),
  BM_CLI_OPTION ("deny", G_OPTION_ARG_STRING, deny,
                 N_("With --rank: trigger points that are not tender"), "MUSCLE/TP/SIDE,…"),
  BM_CLI_OPTION ("export-sheet", G_OPTION_ARG_FILENAME, export_sheet,
                 N_("Save a stretch sheet as PDF for the pain given by --pain and --numb, or for --muscles, then exit"),
                 "FILE.pdf"),
  BM_CLI_OPTION ("muscles", G_OPTION_ARG_STRING, muscles,
                 N_("With --export-sheet: the muscles to put on the sheet"), "ID,…"),
  BM_CLI_OPTION ("paper", G_OPTION_ARG_STRING, paper,
                 N_("With --export-sheet or --report: a4 (the default) or letter"), "a4|letter"),
  BM_CLI_OPTION ("client", G_OPTION_ARG_STRING, client,
                 N_("With --export-sheet: the client's name, printed as “Client: NAME” (a handout made with "
                    "--muscles and no marks has a line to write it on)"), "NAME"),
  BM_CLI_OPTION ("techniques", G_OPTION_ARG_STRING, techniques,
                 N_("With --export-sheet: per muscle, 1 (its first stretch) or 2 (the default: its first stretch "
                    "and its first release)"), "1|2"),
  BM_CLI_OPTION ("export-map", G_OPTION_ARG_FILENAME, export_map,
                 N_("Save the body map with the marks given by --pain and --numb and the muscles given by --muscle "
                    "as PNG, SVG or PDF, then exit"), "FILE"),
  BM_CLI_OPTION ("view", G_OPTION_ARG_STRING, view,
                 N_("With --export-map: front, back, left, right or all (the default)"), "VIEW"),
  BM_CLI_OPTION ("size", G_OPTION_ARG_INT, size,
                 N_("With --export-map: the picture's height in pixels (default 1100)"), "PX"),
  BM_CLI_OPTION ("illustration", G_OPTION_ARG_INT, illustration,
                 N_("With --export-map and one --muscle: save the picture of its Nth stretch or release instead "
                    "(numbered as --muscle lists them, stretches first)"), "N"),
  BM_CLI_OPTION ("journal-add", G_OPTION_ARG_NONE, journal_add,
                 N_("Add an entry with the marks given by --pain and --numb to the pain journal, print its id, "
                    "then exit"), NULL),
  BM_CLI_OPTION ("date", G_OPTION_ARG_STRING, date,
                 N_("With --journal-add: when, in local time (default: now; a date alone means 12:00)"),
                 "YYYY-MM-DD[THH:MM]"),
  BM_CLI_OPTION ("note", G_OPTION_ARG_STRING, note,
                 N_("With --journal-add: a note for the entry"), "TEXT"),
  BM_CLI_OPTION ("journal-list", G_OPTION_ARG_NONE, journal_list,
                 N_("Print every journal entry, oldest first, as id, date, number of areas and overall pain, "
                    "then exit"), NULL),
  BM_CLI_OPTION ("journal-export", G_OPTION_ARG_FILENAME, journal_export,
                 N_("Save the journal's entries (from --from to --to) as CSV, then exit"), "FILE.csv"),
  BM_CLI_OPTION ("journal-import", G_OPTION_ARG_FILENAME, journal_import,
                 N_("Add the entries of a CSV file to the journal, skipping those it has, then exit"), "FILE.csv"),
  BM_CLI_OPTION ("report", G_OPTION_ARG_FILENAME, report,
                 N_("Save a progress report of the journal (from --from to --to) as PDF, then exit"), "FILE.pdf"),
  BM_CLI_OPTION ("from", G_OPTION_ARG_STRING, from,
                 N_("With --journal-list, --journal-export or --report: the first day (default: the first entry)"),
                 "YYYY-MM-DD[THH:MM]"),
  BM_CLI_OPTION ("to", G_OPTION_ARG_STRING, to,
                 N_("With --journal-list, --journal-export or --report: the last day, included (default: the last entry)"),
                 "YYYY-MM-DD[THH:MM]"),
  BM_CLI_OPTION ("json", G_OPTION_ARG_NONE, json,
                 N_("With --muscle, --rank or --journal-list, print JSON"), NULL),
  BM_CLI_OPTION ("data-dir", G_OPTION_ARG_FILENAME, data_dir,
                 N_("Load the atlas from DIR instead of the built-in one"), "DIR"),
#undef BM_CLI_OPTION
};

/* The options as a NULL-terminated GOptionEntry array (free it with
 * g_free), each entry pointing at its field in @options: parsing fills
 * @options in, and bm_cli_options_clear() releases what it stored. */
GOptionEntry *
bm_cli_option_entries (BmCliOptions *options)
{
  GOptionEntry *entries = g_new0 (GOptionEntry, G_N_ELEMENTS (option_table) + 1);

  for (guint i = 0; i < G_N_ELEMENTS (option_table); i++)
    {
      entries[i] = option_table[i].entry;
      entries[i].arg_data = G_STRUCT_MEMBER_P (options, option_table[i].offset);
    }
  return entries;
}

gboolean
bm_cli_wants_headless (const BmCliOptions *options)
{
  return options->version || options->list_regions || options->list_muscles || options->muscle != NULL || options->rank ||
         options->export_sheet != NULL || options->export_map != NULL || bm_cli_wants_journal (options);
}

void
bm_cli_options_clear (BmCliOptions *options)
{
  g_clear_pointer (&options->muscle, g_free);
  g_clear_pointer (&options->data_dir, g_free);
  g_clear_pointer (&options->pain, g_free);
  g_clear_pointer (&options->numb, g_free);
  g_clear_pointer (&options->symptoms, g_free);
  g_clear_pointer (&options->confirm, g_free);
  g_clear_pointer (&options->deny, g_free);
  g_clear_pointer (&options->export_sheet, g_free);
  g_clear_pointer (&options->muscles, g_free);
  g_clear_pointer (&options->paper, g_free);
  g_clear_pointer (&options->client, g_free);
  g_clear_pointer (&options->techniques, g_free);
  g_clear_pointer (&options->export_map, g_free);
  g_clear_pointer (&options->view, g_free);
  g_clear_pointer (&options->date, g_free);
  g_clear_pointer (&options->note, g_free);
  g_clear_pointer (&options->journal_export, g_free);
  g_clear_pointer (&options->journal_import, g_free);
  g_clear_pointer (&options->report, g_free);
  g_clear_pointer (&options->from, g_free);
  g_clear_pointer (&options->to, g_free);
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

static int
list_muscles (BmAtlas *atlas,
              FILE    *out)
{
  for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
      fprintf (out, "%s\t%s\n", m->id, m->name);
    }
  return BM_EXIT_OK;
}

static void
print_zone (BmRegionCatalog *catalog,
            FILE            *out,
            const char      *title,
            GArray          *regions)
{
  fprintf (out, "    %s:", title);
  for (guint i = 0; i < regions->len; i++)
    fprintf (out, "%s %s", i ? "," : "",
             bm_region_catalog_get_region (catalog, g_array_index (regions, guint, i))->label);
  fprintf (out, "%s\n", regions->len == 0 ? _(" none") : "");
}

static void
print_techniques (FILE       *out,
                  const char *heading,
                  GPtrArray  *techniques)
{
  for (guint i = 0; i < techniques->len; i++)
    {
      const BmTechnique *t = techniques->pdata[i];
      const char *dose[] = { t->hold, t->repetitions, t->pace, t->frequency };

      fprintf (out, "\n%s: %s\n", heading, t->title);
      for (guint s = 0; t->steps[s] != NULL; s++)
        fprintf (out, "  %u. %s\n", s + 1, t->steps[s]);
      fputs (_("  Dose:"), out);
      for (guint d = 0, n = 0; d < G_N_ELEMENTS (dose); d++)
        if (dose[d] != NULL)
          fprintf (out, "%s %s", n++ ? ";" : "", dose[d]);
      fprintf (out, _("\n  Feel: %s\n"), t->feel);
      for (guint c = 0; t->cautions[c] != NULL; c++)
        fprintf (out, _("  Caution: %s\n"), t->cautions[c]);
    }
}

/* The nerves the muscle can press on, with the left side's regions. */
static void
print_entrapments (BmRegionCatalog *catalog,
                   FILE            *out,
                   GPtrArray       *entrapments)
{
  for (guint i = 0; i < entrapments->len; i++)
    {
      const BmEntrapment *e = entrapments->pdata[i];

      fprintf (out, _("\nNerve it can press on: %s\n  %s\n"), e->nerve, e->note);
      print_zone (catalog, out, _("Caught at"), e->site_indices[BM_MUSCLE_LEFT]);
      print_zone (catalog, out, _("Serves"), e->region_indices[BM_MUSCLE_LEFT]);
    }
}

/* Each chain with its kind: "referral" explains pain, "related" is context. */
static void
print_chains (FILE      *out,
              GPtrArray *chains)
{
  for (guint i = 0; i < chains->len; i++)
    {
      const BmChain *chain = chains->pdata[i];

      fprintf (out, _("\nChain (%s): %s\n  Through %s\n  %s\n"), bm_enum_get_id (BM_TYPE_CHAIN_KIND, chain->kind),
               chain->via, chain->through, chain->explanation);
    }
}

/* The readable form of --muscle=ID: the left side's zones. */
static void
print_muscle (BmAtlas        *atlas,
              const BmMuscle *m,
              FILE           *out)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);

  fprintf (out, "%s (%s)\n\n%s\n%s\n", m->name, bm_atlas_get_group_label (atlas, m->group),
           m->location, m->action);
  for (guint i = 0; i < m->trigger_points->len; i++)
    {
      const BmTriggerPoint *tp = m->trigger_points->pdata[i];

      fprintf (out, _("\nTrigger point: %s\n  %s\n"), tp->name, tp->location);
      print_zone (catalog, out, _("Refers pain to"), tp->essential_regions[BM_MUSCLE_LEFT]);
      print_zone (catalog, out, _("Sometimes also to"), tp->spillover_regions[BM_MUSCLE_LEFT]);
    }
  print_entrapments (catalog, out, m->entrapments);
  print_chains (out, m->chains);
  print_techniques (out, _("Stretch"), m->stretches);
  print_techniques (out, _("Release"), m->releases);
  fprintf (out, _("\nHeat: %s\n\nWhat keeps it going:\n"), m->heat);
  for (guint i = 0; i < m->factors->len; i++)
    {
      const BmFactor *f = m->factors->pdata[i];
      fprintf (out, "  - %s: %s\n", f->factor, f->fix);
    }
}

static int
show_muscle (BmAtlas            *atlas,
             const BmCliOptions *options,
             FILE               *out,
             FILE               *err)
{
  const BmMuscle *m = bm_atlas_lookup (atlas, options->muscle);

  if (m == NULL)
    {
      g_autofree char *id = bm_quote_excerpt (options->muscle);
      fprintf (err, _("bodymap: unknown muscle “%s”; --list-muscles prints every id\n"), id);
      return BM_EXIT_USAGE;
    }
  if (options->json)
    bm_cli_print_json (out, bm_atlas_muscle_to_json (atlas, m));
  else
    print_muscle (atlas, m, out);
  return BM_EXIT_OK;
}

/* The atlas --data-dir names, or the built-in one. */
BmAtlas *
bm_cli_load_atlas (const BmCliOptions  *options,
                   GError             **error)
{
  if (options->data_dir != NULL)
    return bm_atlas_load_dir (options->data_dir, error);
  return bm_atlas_load_default (error);
}

int
bm_cli_run (const BmCliOptions *options,
            FILE               *out,
            FILE               *err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = NULL;
  int status = BM_EXIT_OK;

  /* The version needs no atlas: it answers even when the data is broken. */
  if (options->version)
    {
      fprintf (out, "bodymap %s\n", PACKAGE_VERSION);
      fflush (out);
      return BM_EXIT_OK;
    }
  if ((atlas = bm_cli_load_atlas (options, &error)) == NULL)
    {
      fprintf (err, "bodymap: %s\n", error->message);
      return BM_EXIT_DATA;
    }
  if (bm_cli_wants_journal (options))
    status = bm_cli_journal (atlas, options, out, err);
  else if (options->list_regions)
    status = list_regions (bm_atlas_get_catalog (atlas), out);
  else if (options->list_muscles)
    status = list_muscles (atlas, out);
  else if (options->export_map != NULL)
    status = bm_cli_export_map (atlas, options, out, err);
  else if (options->muscle != NULL)
    status = show_muscle (atlas, options, out, err);
  else if (options->rank)
    status = bm_cli_rank (atlas, options, out, err);
  else if (options->export_sheet != NULL)
    status = bm_cli_export_sheet (atlas, options, out, err);
  fflush (out);
  return status;
}
