/* bm-muscle-nerves.h: the muscle page's section on the nerves the muscle
 * can press on, a BmMuscleSection; hidden when it presses on none
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bm-muscle-section.h"

G_BEGIN_DECLS

#define BM_TYPE_MUSCLE_NERVES (bm_muscle_nerves_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleNerves, bm_muscle_nerves, BM, MUSCLE_NERVES, AdwPreferencesGroup)

G_END_DECLS
