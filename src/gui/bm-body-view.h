/* bm-body-view.h: the clickable body map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-body-art.h"
#include "core/bm-atlas.h"
#include "core/bm-engine.h"
#include "core/bm-pain-map.h"
#include "core/bm-session.h"

G_BEGIN_DECLS

typedef enum {
  BM_BODY_LAYOUT_FRONT_BACK,  /*< nick=front-back >*/
  BM_BODY_LAYOUT_SIDES,       /*< nick=sides >*/
} BmBodyLayout;

/* What the map paints: the session's marks, or a journal overlay. */
typedef enum {
  BM_MAP_OVERLAY_NONE,     /*< nick=none >*/
  BM_MAP_OVERLAY_COMPARE,  /*< nick=compare >*/
  BM_MAP_OVERLAY_HEAT,     /*< nick=heat >*/
} BmMapOverlayMode;

#define BM_TYPE_BODY_VIEW (bm_body_view_get_type ())

G_DECLARE_FINAL_TYPE (BmBodyView, bm_body_view, BM, BODY_VIEW, GtkWidget)

GtkWidget      *bm_body_view_new             (void);
void            bm_body_view_set_art         (BmBodyView   *self,
                                              BmBodyArt    *art);
void            bm_body_view_set_pain_map    (BmBodyView   *self,
                                              BmPainMap    *pain_map);
BmPainMap      *bm_body_view_get_pain_map    (BmBodyView   *self);
void            bm_body_view_set_layout      (BmBodyView   *self,
                                              BmBodyLayout  layout);
BmBodyLayout    bm_body_view_get_layout      (BmBodyView   *self);
void            bm_body_view_set_symptom     (BmBodyView   *self,
                                              BmSymptom     symptom);
BmSymptom       bm_body_view_get_symptom     (BmBodyView   *self);
double          bm_body_view_get_zoom        (BmBodyView   *self);
void            bm_body_view_set_zoom        (BmBodyView   *self,
                                              double        zoom);
void            bm_body_view_zoom_at         (BmBodyView   *self,
                                              double        factor,
                                              double        x,
                                              double        y);
void            bm_body_view_reset_zoom      (BmBodyView   *self);
const BmRegion *bm_body_view_region_at       (BmBodyView   *self,
                                              double        x,
                                              double        y,
                                              BmView       *view);
const BmRegion *bm_body_view_click_at        (BmBodyView   *self,
                                              double        x,
                                              double        y,
                                              guint         button);
void            bm_body_view_set_highlight   (BmBodyView           *self,
                                              const BmMuscle       *muscle,
                                              BmCandidateSide       side,
                                              const BmTriggerPoint *best);
gboolean        bm_body_view_has_highlight   (BmBodyView           *self);
void            bm_body_view_set_session     (BmBodyView           *self,
                                              BmSession            *session);
void            bm_body_view_set_focus_trigger_point (BmBodyView           *self,
                                                      const BmTriggerPoint *tp);
const BmTriggerPoint *
                bm_body_view_get_focus_trigger_point (BmBodyView           *self);
void            bm_body_view_set_atlas       (BmBodyView           *self,
                                              BmAtlas              *atlas);
void            bm_body_view_set_show_anatomy (BmBodyView          *self,
                                              gboolean              show);
gboolean        bm_body_view_get_show_anatomy (BmBodyView          *self);
const BmMuscle *bm_body_view_muscle_at       (BmBodyView           *self,
                                              double                x,
                                              double                y,
                                              BmMuscleSide         *side);
char           *bm_body_view_describe_at     (BmBodyView           *self,
                                              double                x,
                                              double                y);
gboolean        bm_body_view_get_region_point (BmBodyView  *self,
                                              BmView        view,
                                              double        svg_x,
                                              double        svg_y,
                                              double       *x,
                                              double       *y);

/* Journal overlays (bm-body-view-compare.c): @items are BmJournalChange
 * (bm_journal_compare()) for COMPARE, BmJournalHeat
 * (bm_journal_period_heat()) for HEAT; NONE shows the marks again. While an
 * overlay shows, clicks and keys do not change the marks. */
void            bm_body_view_set_overlay       (BmBodyView       *self,
                                                BmMapOverlayMode  mode,
                                                GArray           *items);
BmMapOverlayMode bm_body_view_get_overlay_mode (BmBodyView       *self);
GArray         *bm_body_view_get_overlay_items (BmBodyView       *self);
gboolean        bm_body_view_get_region_fill   (BmBodyView       *self,
                                                guint             region,
                                                BmRgba           *color);

G_END_DECLS
