/* bm-cli-private.h: what the headless commands share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json.h>

#include "bm-atlas.h"
#include "bm-cli.h"
#include "bm-engine.h"
#include "bm-session.h"

G_BEGIN_DECLS

int          bm_cli_rank        (BmAtlas            *atlas,
                                 const BmCliOptions *options,
                                 FILE               *out,
                                 FILE               *err);
json_object *bm_ranking_to_json (BmAtlas            *atlas,
                                 const BmRanking    *ranking);
void         bm_cli_print_json  (FILE               *out,
                                 json_object        *obj);
BmSession   *bm_cli_build_session (BmAtlas             *atlas,
                                   const BmCliOptions  *options,
                                   GError             **error);
int          bm_cli_export_sheet (BmAtlas            *atlas,
                                  const BmCliOptions *options,
                                  FILE               *out,
                                  FILE               *err);

G_END_DECLS
