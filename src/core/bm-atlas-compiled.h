/* bm-atlas-compiled.h: the built-in atlas's muscles, compiled at build time
 *
 * tools/bm-atlas-compile.c loads data/atlas with the strict JSON loader
 * and writes its muscles and poses as one GVariant of type BM_ATLAS_COMPILED_TYPE;
 * bm_atlas_load_default() maps it from the resource bundle and builds the
 * same records with no JSON parsing. See docs/atlas-format.md, "The
 * compiled atlas".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas.h"

G_BEGIN_DECLS

/* Bumped whenever the layout below changes. */
#define BM_ATLAS_COMPILED_VERSION 1

/* Texts every record has are "s", lists of texts "as", lists of region
 * indices "au"; only the optional texts (dose parts, illustration poses)
 * are maybe strings. */
#define BM_ATLAS_COMPILED_MARKER  "(uuudd)"
#define BM_ATLAS_COMPILED_POINT   "(sssa(uuudd)asasasauauauauauaubbd)"
#define BM_ATLAS_COMPILED_CHAIN   "(ssuasass)"
#define BM_ATLAS_COMPILED_ENTRAP  "(sasauauasauaus)"
#define BM_ATLAS_COMPILED_ARROW   "(usddddu)"
#define BM_ATLAS_COMPILED_TECH    "(ssasmsmsmsmsmsasmsmsmsa(usddddu))"
#define BM_ATLAS_COMPILED_PAIR    "(ss)"
#define BM_ATLAS_COMPILED_MUSCLE  "(ssasssasssa" BM_ATLAS_COMPILED_POINT "asasa" \
                                  BM_ATLAS_COMPILED_CHAIN "a" BM_ATLAS_COMPILED_ENTRAP "a" \
                                  BM_ATLAS_COMPILED_TECH "a" BM_ATLAS_COMPILED_TECH "a" \
                                  BM_ATLAS_COMPILED_PAIR "a" BM_ATLAS_COMPILED_PAIR ")"
#define BM_ATLAS_COMPILED_PROP   "(uddddms)"
#define BM_ATLAS_COMPILED_POSE    "(suumsdddbdddddduada" BM_ATLAS_COMPILED_PROP "a" BM_ATLAS_COMPILED_ARROW ")"
/* (version, number of catalog regions the indices refer to, muscles, poses) */
#define BM_ATLAS_COMPILED_TYPE    "(uua" BM_ATLAS_COMPILED_MUSCLE "a" BM_ATLAS_COMPILED_POSE ")"

/* Where the build puts it in the resource bundle. */
#define BM_ATLAS_COMPILED_PATH    RESOURCE_PREFIX "/atlas-compiled/atlas.gvariant"

GVariant  *bm_atlas_compile           (BmAtlas             *atlas);
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

G_END_DECLS
