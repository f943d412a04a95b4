/* bm-cli.h: the headless commands, which need no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>
#include <glib.h>

#include "core/bm-atlas.h"

G_BEGIN_DECLS

/* Exit statuses of the headless commands. */
#define BM_EXIT_OK    0
#define BM_EXIT_DATA  1   /* the data could not be loaded, or a file or the journal not read or written */
#define BM_EXIT_USAGE 2   /* bad arguments: unknown id, value out of range, bad date */

typedef struct {
  gboolean  version;      /* --version */
  gboolean  list_regions;
  gboolean  list_muscles;
  char     *muscle;       /* --muscle=ID */
  gboolean  json;
  char     *data_dir;
  gboolean  rank;         /* --rank with: */
  char     *pain;         /*   --pain=REGION[:INTENSITY],… */
  char     *numb;         /*   --numb=REGION[:INTENSITY],… */
  char     *symptoms;     /*   --symptoms=weakness,… */
  char     *confirm;      /*   --confirm=MUSCLE/TP/SIDE,… */
  char     *deny;         /*   --deny=MUSCLE/TP/SIDE,… */
  char     *export_sheet; /* --export-sheet=FILE.pdf, with the above and: */
  char     *muscles;      /*   --muscles=ID,… */
  char     *paper;        /*   --paper=a4|letter */
  char     *client;       /*   --client=NAME */
  char     *techniques;   /*   --techniques=1|2 */
  char     *export_map;   /* --export-map=FILE.png|.svg|.pdf, with --pain, --numb, --muscle=ID,… and: */
  char     *view;         /*   --view=front|back|left|right|all */
  int       size;         /*   --size=PX, the picture's height */
  int       illustration; /*   --illustration=N, a technique's picture of --muscle=ID instead */
  gboolean  journal_add;    /* --journal-add, with --pain, --numb, --symptoms and: */
  char     *date;           /*   --date=YYYY-MM-DD[THH:MM] */
  char     *note;           /*   --note=TEXT */
  gboolean  journal_list;   /* --journal-list [--json] */
  char     *journal_export; /* --journal-export=FILE.csv [--from] [--to] */
  char     *journal_import; /* --journal-import=FILE.csv */
  char     *report;         /* --report=FILE.pdf [--from] [--to] [--paper] */
  char     *from;           /*   --from=YYYY-MM-DD[THH:MM] */
  char     *to;             /*   --to=YYYY-MM-DD[THH:MM] */
} BmCliOptions;

GOptionEntry *bm_cli_option_entries (BmCliOptions       *options);
BmAtlas      *bm_cli_load_atlas     (const BmCliOptions *options,
                                     GError            **error);
gboolean      bm_cli_wants_headless (const BmCliOptions *options);
int           bm_cli_run            (const BmCliOptions *options,
                                     FILE               *out,
                                     FILE               *err);
void          bm_cli_options_clear  (BmCliOptions       *options);

G_END_DECLS
