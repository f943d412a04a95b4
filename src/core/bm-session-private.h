/* bm-session-private.h: what bm-session-file.c needs of the session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-session.h"

G_BEGIN_DECLS

GHashTable *bm_session_get_confirmations (BmSession  *self);
void        bm_session_replace           (BmSession  *self,
                                          GArray     *marks,
                                          BmFlags     flags,
                                          GHashTable *answers,
                                          GPtrArray  *sheet);

G_END_DECLS
