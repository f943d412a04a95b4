/* bm-ids.h: the ids of the core enums, read from their generated types
 *
 * Each enum value's nick (the "nick=" marks in the headers) is its id in the
 * data files, session files, JSON output and command line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-engine.h"
#include "bm-enum-types.h"

G_BEGIN_DECLS

const char *bm_enum_get_id   (GType        enum_type,
                              int          value);
int         bm_enum_from_id  (GType        enum_type,
                              const char  *id);

const char *bm_flag_get_id   (BmFlags      flag);
BmFlags     bm_flag_from_id  (const char  *id);
char       *bm_flag_list_ids (const char  *separator);

static inline const char *
bm_symptom_get_id (BmSymptom symptom)
{
  return bm_enum_get_id (BM_TYPE_SYMPTOM, symptom);
}

static inline const char *
bm_confirm_get_id (BmConfirm confirm)
{
  return bm_enum_get_id (BM_TYPE_CONFIRM, confirm);
}

static inline const char *
bm_muscle_side_get_id (BmMuscleSide side)
{
  return bm_enum_get_id (BM_TYPE_MUSCLE_SIDE, side);
}

G_END_DECLS
