/* bm-muscle-private.h: what the atlas loader shares with the muscle parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json.h>

#include "bm-json.h"
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

/* Shared by the parts of the muscle parser. */
char        *bm_muscle_dup_string     (json_object           *obj,
                                       const BmJsonWhere     *where,
                                       const char            *field,
                                       GError               **error);
char       **bm_muscle_strings        (json_object           *obj,
                                       const BmJsonWhere     *where,
                                       const char            *field,
                                       guint                  min_length,
                                       GError               **error);
GArray      *bm_muscle_resolve_zone   (const BmMuscleContext *ctx,
                                       char                 **ids,
                                       const BmJsonWhere     *where,
                                       const char            *field,
                                       BmMuscleSide           side,
                                       gboolean               bilateral,
                                       GError               **error);
gboolean     bm_muscle_parse_trigger_points (const BmMuscleContext *ctx,
                                             json_object           *root,
                                             const BmJsonWhere     *where,
                                             BmMuscle              *m,
                                             GError               **error);

/* The record destructors, shared with the compiled atlas's reader. */
void         bm_muscle_trigger_point_free (BmTriggerPoint *tp);
void         bm_muscle_chain_free         (BmChain        *chain);
void         bm_muscle_entrapment_free    (BmEntrapment   *e);
void         bm_muscle_technique_free     (BmTechnique    *t);
void         bm_muscle_factor_free        (BmFactor       *f);
void         bm_muscle_citation_free      (BmCitation     *c);

G_END_DECLS
