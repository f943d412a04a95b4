/* bm-cli-private.h: what the headless commands share, and the JSON writers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json.h>

#include "core/bm-atlas.h"
#include "core/bm-engine.h"
#include "core/bm-session.h"
#include "bm-cli.h"

G_BEGIN_DECLS

int          bm_cli_rank        (BmAtlas            *atlas,
                                 const BmCliOptions *options,
                                 FILE               *out,
                                 FILE               *err);
json_object *bm_ranking_to_json (BmAtlas            *atlas,
                                 const BmRanking    *ranking);
json_object *bm_atlas_muscle_to_json (BmAtlas        *self,
                                      const BmMuscle *muscle);
void         bm_cli_print_json  (FILE               *out,
                                 json_object        *obj);

/* Writes one item of a list as JSON; @data is what bm_cli_json_array() was given. */
typedef json_object *(*BmCliItemJson) (gconstpointer item,
                                       gconstpointer data);
json_object *bm_cli_json_array  (GPtrArray          *items,
                                 BmCliItemJson       item_json,
                                 gconstpointer       data);
BmSession   *bm_cli_build_session (BmAtlas             *atlas,
                                   const BmCliOptions  *options,
                                   GError             **error);
int          bm_cli_export_illustration (BmAtlas            *atlas,
                                         const BmCliOptions *options,
                                         FILE               *out,
                                         FILE               *err);
int          bm_cli_export_map  (BmAtlas            *atlas,
                                 const BmCliOptions *options,
                                 FILE               *out,
                                 FILE               *err);
int          bm_cli_export_sheet (BmAtlas            *atlas,
                                  const BmCliOptions *options,
                                  FILE               *out,
                                  FILE               *err);
/* --paper: a4 (also when NULL) or letter, in points. */
gboolean     bm_cli_paper_size  (const char         *paper,
                                 double             *width,
                                 double             *height);

/* The journal commands (bm-cli-journal.c). */
gboolean     bm_cli_wants_journal (const BmCliOptions *options);
int          bm_cli_journal     (BmAtlas            *atlas,
                                 const BmCliOptions *options,
                                 FILE               *out,
                                 FILE               *err);
/* A BmJournalEntry as JSON, a BmCliItemJson (bm-cli-journal-json.c). */
json_object *bm_cli_journal_entry_json (gconstpointer item,
                                        gconstpointer data);

G_END_DECLS
