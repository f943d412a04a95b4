/* bm-muscle-sections.h: the sections the muscle page is built from
 *
 * Each is a BmMuscleSection. In the page's order:
 *   BmMuscleHeader          name, group, side and the "Add to My Sheet" button
 *   BmMuscleWhy             why it was suggested, and the areas it explains
 *   BmMuscleAbout           where the muscle is and what it does
 *   BmTriggerPointSection   a BmTriggerPointCard for each trigger point
 *   BmMuscleNerves          the nerves it can press on (bm-muscle-nerves.h)
 *   BmMuscleRelated         key muscles, satellites and chains
 *   BmTechniqueSection      a BmTechniqueCard for each stretch, or each release
 *   BmMuscleHeat, BmMuscleFactors, BmMuscleSources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "bm-muscle-section.h"

G_BEGIN_DECLS

/* Shared by the sections */
GtkWidget *bm_muscle_card_append (GtkWidget *parent);

#define BM_TYPE_MUSCLE_HEADER (bm_muscle_header_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleHeader, bm_muscle_header, BM, MUSCLE_HEADER, GtkWidget)

#define BM_TYPE_MUSCLE_WHY (bm_muscle_why_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleWhy, bm_muscle_why, BM, MUSCLE_WHY, AdwPreferencesGroup)

#define BM_TYPE_MUSCLE_RELATED (bm_muscle_related_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleRelated, bm_muscle_related, BM, MUSCLE_RELATED, AdwPreferencesGroup)

#define BM_TYPE_MUSCLE_ABOUT (bm_muscle_about_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleAbout, bm_muscle_about, BM, MUSCLE_ABOUT, AdwPreferencesGroup)

#define BM_TYPE_MUSCLE_HEAT (bm_muscle_heat_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleHeat, bm_muscle_heat, BM, MUSCLE_HEAT, AdwPreferencesGroup)

#define BM_TYPE_MUSCLE_FACTORS (bm_muscle_factors_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleFactors, bm_muscle_factors, BM, MUSCLE_FACTORS, AdwPreferencesGroup)

#define BM_TYPE_MUSCLE_SOURCES (bm_muscle_sources_get_type ())
G_DECLARE_FINAL_TYPE (BmMuscleSources, bm_muscle_sources, BM, MUSCLE_SOURCES, AdwPreferencesGroup)

#define BM_TYPE_TRIGGER_POINT_SECTION (bm_trigger_point_section_get_type ())
G_DECLARE_FINAL_TYPE (BmTriggerPointSection, bm_trigger_point_section, BM, TRIGGER_POINT_SECTION, AdwPreferencesGroup)

/**
 * BmTechniqueKind:
 * @BM_TECHNIQUE_STRETCHES: the muscle's stretches
 * @BM_TECHNIQUE_RELEASES: the muscle's releases
 */
typedef enum {
  BM_TECHNIQUE_STRETCHES,
  BM_TECHNIQUE_RELEASES,
} BmTechniqueKind;

GType bm_technique_kind_get_type (void);

#define BM_TYPE_TECHNIQUE_SECTION (bm_technique_section_get_type ())
G_DECLARE_FINAL_TYPE (BmTechniqueSection, bm_technique_section, BM, TECHNIQUE_SECTION, AdwPreferencesGroup)

G_END_DECLS
