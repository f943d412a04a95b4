/* fuzz-common.h: what the fuzz harnesses share
 *
 * Each harness defines LLVMFuzzerTestOneInput. Built with -Dfuzzing=true it
 * links libFuzzer; in every build it also links fuzz-replay.c, which runs
 * the same function over the seed corpus and the regression inputs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stddef.h>
#include <stdint.h>
#include <json.h>

#include "core/bm-atlas.h"

G_BEGIN_DECLS

int         LLVMFuzzerTestOneInput     (const uint8_t *data,
                                        size_t         size);

/* The built-in atlas, loaded once per process and kept. */
BmAtlas    *bm_fuzz_atlas              (void);
/* A private scratch directory in $BM_FUZZ_TMPDIR, else on tmpfs
 * (/dev/shm when writable), created once per process and removed at a
 * normal exit (tools/fuzz removes what a crash leaves behind). */
const char *bm_fuzz_scratch_dir        (void);
/* Writes @size bytes to @path; aborts on failure (a harness fault). */
void        bm_fuzz_write_file         (const char    *path,
                                        const void    *data,
                                        size_t         size);
/* Aborts unless @error is set and its message is valid UTF-8 of at most
 * a few hundred bytes: what the GUI puts in a toast or on the error page. */
void        bm_fuzz_check_message      (const GError  *error);
/* Aborts unless @obj prints as valid UTF-8 JSON that json-c reads back. */
void        bm_fuzz_check_json_output  (json_object   *obj);

#define BM_FUZZ_ASSERT(cond) \
  G_STMT_START { if (G_UNLIKELY (!(cond))) bm_fuzz_fail (__FILE__, __LINE__, #cond); } G_STMT_END

G_NORETURN void bm_fuzz_fail           (const char    *file,
                                        int            line,
                                        const char    *cond);

G_END_DECLS
