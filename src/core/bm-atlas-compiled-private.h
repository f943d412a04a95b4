/* bm-atlas-compiled-private.h: what the compiled atlas's reader shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas-compiled.h"

G_BEGIN_DECLS

/* @checked: the bytes are the ones the build wrote and checked, so their
 * texts are not checked for UTF-8 again; @borrow: the muscle's texts point
 * into @value's bytes. */
BmMuscle *bm_atlas_compiled_muscle_read (GVariant  *value,
                                         guint      n_regions,
                                         gboolean   checked,
                                         gboolean   borrow,
                                         GError   **error);
void      bm_atlas_compiled_muscle_free (BmMuscle  *muscle);

G_END_DECLS
