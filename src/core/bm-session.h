/* bm-session.h: one person's session: marks, answers, sheet picks, ranking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-atlas.h"
#include "bm-engine.h"
#include "bm-pain-map.h"

G_BEGIN_DECLS

#define BM_TYPE_SESSION (bm_session_get_type ())

G_DECLARE_FINAL_TYPE (BmSession, bm_session, BM, SESSION, GObject)

BmSession       *bm_session_new            (BmAtlas        *atlas);
BmAtlas         *bm_session_get_atlas      (BmSession      *self);
BmPainMap       *bm_session_get_pain_map   (BmSession      *self);
const BmRanking *bm_session_get_ranking    (BmSession      *self);
GListModel      *bm_session_get_candidates (BmSession      *self);
BmFlags          bm_session_get_flags      (BmSession      *self);
void             bm_session_set_flag       (BmSession      *self,
                                            BmFlags         flag,
                                            gboolean        set);
BmConfirm        bm_session_get_confirm    (BmSession      *self,
                                            const char     *muscle,
                                            const char     *trigger_point,
                                            BmMuscleSide    side);
void             bm_session_set_confirm    (BmSession      *self,
                                            const char     *muscle,
                                            const char     *trigger_point,
                                            BmMuscleSide    side,
                                            BmConfirm       confirm);
gboolean         bm_session_get_on_sheet   (BmSession      *self,
                                            const char     *muscle);
void             bm_session_set_on_sheet   (BmSession      *self,
                                            const char     *muscle,
                                            gboolean        on_sheet);
GPtrArray       *bm_session_get_sheet      (BmSession      *self);
gboolean         bm_session_save           (BmSession      *self,
                                            const char     *path,
                                            GError        **error);
gboolean         bm_session_load           (BmSession      *self,
                                            const char     *path,
                                            GError        **error);
gboolean         bm_session_load_full      (BmSession      *self,
                                            const char     *path,
                                            char          **dropped,
                                            GError        **error);
gboolean         bm_session_load_data      (BmSession      *self,
                                            const char     *data,
                                            gsize           length,
                                            const char     *name,
                                            char          **dropped,
                                            GError        **error);
char            *bm_session_to_data        (BmSession      *self);
char            *bm_session_restore        (BmSession      *self,
                                            const char     *path,
                                            gboolean       *can_save);

G_END_DECLS
