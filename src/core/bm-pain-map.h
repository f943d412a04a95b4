/* bm-pain-map.h: the regions a person has marked, with kind and intensity
 *
 * A region holds at most one mark of each kind: it can be painful, numb, or
 * both, each with its own intensity.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-region-catalog.h"

G_BEGIN_DECLS

typedef enum {
  BM_SYMPTOM_PAIN,      /*< nick=pain >*/
  BM_SYMPTOM_NUMBNESS,  /*< nick=numbness >*/ /* numbness or tingling */
} BmSymptom;

#define BM_N_SYMPTOMS 2

#define BM_INTENSITY_MIN 1
#define BM_INTENSITY_MAX 10
#define BM_INTENSITY_DEFAULT 5

typedef struct {
  guint     region;     /* catalog index */
  BmSymptom symptom;
  guint     intensity;  /* BM_INTENSITY_MIN … BM_INTENSITY_MAX */
} BmMark;

#define BM_TYPE_PAIN_MAP (bm_pain_map_get_type ())

G_DECLARE_FINAL_TYPE (BmPainMap, bm_pain_map, BM, PAIN_MAP, GObject)

BmPainMap       *bm_pain_map_new           (BmRegionCatalog *catalog);
BmRegionCatalog *bm_pain_map_get_catalog   (BmPainMap       *self);
gboolean         bm_pain_map_get_mark      (BmPainMap       *self,
                                            guint            region,
                                            BmSymptom        symptom,
                                            BmMark          *mark);
gboolean         bm_pain_map_is_marked     (BmPainMap       *self,
                                            guint            region);
void             bm_pain_map_set_mark      (BmPainMap       *self,
                                            guint            region,
                                            BmSymptom        symptom,
                                            guint            intensity);
void             bm_pain_map_set_intensity (BmPainMap       *self,
                                            guint            region,
                                            BmSymptom        symptom,
                                            guint            intensity);
void             bm_pain_map_remove        (BmPainMap       *self,
                                            guint            region,
                                            BmSymptom        symptom);
void             bm_pain_map_remove_area   (BmPainMap       *self,
                                            guint            region);
void             bm_pain_map_toggle        (BmPainMap       *self,
                                            guint            region,
                                            BmSymptom        symptom);
void             bm_pain_map_clear         (BmPainMap       *self);
void             bm_pain_map_reset         (BmPainMap       *self,
                                            GArray          *marks);
gboolean         bm_pain_map_undo          (BmPainMap       *self);
gboolean         bm_pain_map_can_undo      (BmPainMap       *self);
guint            bm_pain_map_get_n_marks   (BmPainMap       *self);
guint            bm_pain_map_get_n_areas   (BmPainMap       *self);
GArray          *bm_pain_map_get_marks     (BmPainMap       *self);
const char      *bm_symptom_get_label      (BmSymptom        symptom);

G_END_DECLS
