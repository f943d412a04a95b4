/* bm-atlas-compiled.h: the built-in atlas, compiled at build time
 *
 * tools/bm-atlas-compile.c loads data/atlas with the strict JSON loader, in
 * English and in each of its translations (l10n/LANG/), and writes all of
 * it (atlas.json, regions.json, red-flags.json, the muscles and the poses)
 * as one GVariant of type BM_ATLAS_COMPILED_TYPE; bm_atlas_load_default()
 * maps it from the resource bundle and builds the same records with no
 * JSON parsing and no file access. See docs/atlas-format.md, "The
 * compiled atlas".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas.h"

G_BEGIN_DECLS

/* Bumped whenever the layout below changes. */
#define BM_ATLAS_COMPILED_VERSION 2

/* A muscle is three flat arrays, so that reading it makes no GVariant per
 * field: its texts (each ending in a NUL byte, each stored once), its
 * words and its numbers. The words give BmMuscle's fields in the order of
 * bm-muscle.h, nested records in place: a text is its byte offset in the
 * texts (BM_ATLAS_COMPILED_NO_TEXT for an optional text left out), a list
 * (of texts, region indices or records) its length then its items, an
 * enum or a boolean its value. The numbers (markers' x and y, a trigger
 * point's prevalence, arrows' along, direction, sweep and length) follow
 * in the same order. bm-atlas-compiled.c writes them, and
 * bm-atlas-compiled-read.c reads them back, field by field. */
#define BM_ATLAS_COMPILED_MUSCLE  "(ayauad)"
#define BM_ATLAS_COMPILED_NO_TEXT G_MAXUINT32
#define BM_ATLAS_COMPILED_ARROW   "(usddddu)"
#define BM_ATLAS_COMPILED_PROP   "(uddddms)"
#define BM_ATLAS_COMPILED_POSE    "(suumsdddbdddddduada" BM_ATLAS_COMPILED_PROP "a" BM_ATLAS_COMPILED_ARROW ")"
/* The region catalog, texts and words like a muscle: see
 * bm_region_catalog_to_variant(). */
#define BM_ATLAS_COMPILED_CATALOG "(ayau)"
/* A red flag: id, label, reason. */
#define BM_ATLAS_COMPILED_FLAG    "(sss)"
/* The atlas in one language, everything but the poses: the language
 * ("C" for English, else the l10n/LANG folder it was read from), the
 * muscle groups and the sources of atlas.json, the region catalog of
 * regions.json, the red flags, the muscles (by file name). */
#define BM_ATLAS_COMPILED_TEXT    "(sa(ss)a(ss)" BM_ATLAS_COMPILED_CATALOG "a" BM_ATLAS_COMPILED_FLAG \
                                  "a" BM_ATLAS_COMPILED_MUSCLE ")"
/* (version, number of catalog regions the indices refer to, the atlas in
 * English and in each translation, poses) */
#define BM_ATLAS_COMPILED_TYPE    "(uua" BM_ATLAS_COMPILED_TEXT "a" BM_ATLAS_COMPILED_POSE ")"

/* Where the build puts it in the resource bundle. */
#define BM_ATLAS_COMPILED_PATH    RESOURCE_PREFIX "/atlas-compiled/atlas.gvariant"

GVariant  *bm_atlas_compile           (BmAtlas             *english,
                                       const char * const  *languages,
                                       BmAtlas * const     *translations);
GVariant  *bm_atlas_compiled_muscle_to_variant (const BmMuscle *muscle);
BmMuscle  *bm_atlas_compiled_muscle_from_variant (GVariant  *value,
                                                  guint      n_regions,
                                                  GError   **error);
GVariant  *bm_atlas_compiled_pose_to_variant (const BmPose *pose);
BmPose    *bm_atlas_compiled_pose_from_variant (GVariant  *value,
                                                GError   **error);
BmAtlas   *bm_atlas_load_compiled     (GBytes              *compiled,
                                       const char * const  *languages,
                                       GError             **error);
BmAtlas   *bm_atlas_load_builtin      (const char * const  *languages,
                                       GError             **error);

G_END_DECLS
