/* bm-body-view-private.h: state shared by the body view's source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-layers.h"
#include "bm-body-view.h"

G_BEGIN_DECLS

typedef struct _BmMapOverlay BmMapOverlay;

#define BM_BODY_VIEW_ZOOM_MIN 1.0
#define BM_BODY_VIEW_ZOOM_MAX 8.0

struct _BmBodyView
{
  GtkWidget      parent_instance;

  /* Owned */
  BmBodyArt     *art;
  BmPainMap     *pain_map;
  BmBodyLayers  *layers;
  BmHighlight    highlight;
  GtkWidget     *popover;        /* NULL until first used: bm_body_view_ensure_popovers () */
  BmSession     *session;        /* may be NULL; its answers dim Xs */
  BmMapOverlay  *overlay;        /* NULL: the marks show; see bm-body-view-compare.c */
  BmAtlas       *atlas;          /* may be NULL: then no muscle shapes */
  BmMuscleArt   *muscle_art;     /* made on first need; see ensure_muscle_art */
  GtkWidget     *muscle_menu;    /* "Open <muscle>" on the anatomy chart; built with the popover */
  BmMuscleStyle  muscle_style;

  /* What the highlight shows, to rebuild it when the answers change.
   * Borrowed from the atlas, which the session keeps alive. */
  const BmMuscle       *hl_muscle;
  BmCandidateSide       hl_side;
  const BmTriggerPoint *hl_best;

  /* Layout, recomputed on allocation and zoom */
  BmView         views[2];
  double         view_x[2];      /* widget px of each view's left edge, before pan */
  double         fit_scale;      /* px per drawing unit at zoom 1 */
  double         zoom;
  double         pan_x, pan_y;
  double         drag_pan_x, drag_pan_y;
  double         pinch_last;
  double         pointer_x, pointer_y;  /* -1 when outside */
  double         press_x, press_y;      /* where the last press began */

  BmBodyLayout   layout;
  BmSymptom      symptom;
  int            hover_region;   /* catalog index, or -1 */
  const BmMuscle *hover_muscle;  /* on the chart, or NULL */
  BmMuscleSide   hover_side;
  int            menu_region;    /* the area under the muscle menu, or -1 */
  int            focus_region;   /* the keyboard cursor's area, or -1 */
  guint          focus_slot;     /* the view (index into views) it is in */
  double        *centres[BM_N_VIEWS];  /* see bm-body-view-keys.c */
  double         menu_x, menu_y;
  guint          prepare_id;
  guint          prepared_views; /* 1 << view: hit map and masks ready */
  guint          anatomy_id;     /* makes the muscle art after the first frame */
  gulong         changed_id;
  gulong         session_changed_id;
  guint          dragging : 1;
  guint          dark : 1;
  guint          prepared : 1;
  guint          show_anatomy : 1;
  guint          muscle_art_failed : 1;
};

void     bm_body_view_set_hover        (BmBodyView     *self,
                                        int             region);
/* bm-body-view-geometry.c */
void     bm_body_view_compute_layout   (BmBodyView     *self);
double   bm_body_view_get_scale        (BmBodyView     *self);
void     bm_body_view_get_view_origin  (BmBodyView     *self,
                                        guint           i,
                                        double         *ox,
                                        double         *oy);
gboolean bm_body_view_to_drawing       (BmBodyView     *self,
                                        double          x,
                                        double          y,
                                        BmView         *view,
                                        double         *dx,
                                        double         *dy);
void     bm_body_view_apply_style      (BmBodyView     *self,
                                        gboolean        force);
BmMuscleArt *bm_body_view_ensure_muscle_art (BmBodyView *self);
void     bm_body_view_apply_muscle_style (BmBodyView   *self);
void     bm_body_view_set_hover_muscle (BmBodyView     *self,
                                        double          x,
                                        double          y);
gboolean bm_body_view_open_muscle_menu (BmBodyView     *self,
                                        double          x,
                                        double          y);
void     bm_body_view_anatomy_dispose  (BmBodyView     *self);
void     bm_body_view_anatomy_class_init (GtkWidgetClass *widget_class);
void     bm_body_view_ensure_popovers  (BmBodyView     *self);
void     bm_body_view_open_popover     (BmBodyView     *self,
                                        const BmRegion *region,
                                        double          x,
                                        double          y);
void     bm_body_view_layout_moved     (BmBodyView     *self);
void     bm_body_view_add_controllers  (BmBodyView     *self);
void     bm_body_view_highlight_clear  (BmHighlight    *highlight);
void     bm_body_view_guard_tooltips   (void);
gboolean bm_body_view_query_tooltip    (GtkWidget      *widget,
                                        int             x,
                                        int             y,
                                        gboolean        keyboard,
                                        GtkTooltip     *tooltip);

void     bm_body_view_add_key_controllers (BmBodyView   *self);
void     bm_body_view_clear_centres    (BmBodyView     *self);
void     bm_body_view_set_cursor       (BmBodyView     *self,
                                        guint           slot,
                                        int             region);
gboolean bm_body_view_step_intensity   (BmBodyView     *self,
                                        guint           region,
                                        int             step);
void     bm_body_view_snapshot_focus   (BmBodyView     *self,
                                        GtkSnapshot    *snapshot,
                                        const GdkRGBA  *accent);
void     bm_body_view_update_accessible_label       (BmBodyView *self);
void          bm_body_view_overlay_free     (BmMapOverlay *overlay);
const BmRgba *bm_body_view_overlay_get_fills (BmBodyView  *self);
gboolean      bm_body_view_overlay_describe (BmBodyView   *self,
                                             guint         region,
                                             const char   *first,
                                             GString      *text);
char         *bm_body_view_overlay_describe_all (BmBodyView *self);
void     bm_body_view_update_accessible_description (BmBodyView *self);

G_END_DECLS
