/* bm-muscle-private.h: what the atlas loader shares with the muscle parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json.h>

#include "bm-muscle.h"

G_BEGIN_DECLS

typedef struct {
  BmRegionCatalog *catalog;
  GHashTable      *groups;       /* group id set */
  GHashTable      *sources;      /* source id set */
  const char      *file;         /* for messages */
  const char      *expected_id;  /* from the file name, or NULL */
} BmMuscleContext;

BmMuscle    *bm_muscle_parse          (const BmMuscleContext *ctx,
                                       json_object           *root,
                                       GError               **error);
int          bm_muscle_resolve_region (BmRegionCatalog       *catalog,
                                       const char            *base,
                                       BmMuscleSide           side);

G_END_DECLS
