/* bm-body-layers.h: the cached drawing layers behind BmBodyView
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-body-art.h"
#include "core/bm-engine.h"
#include "core/bm-muscle-art.h"
#include "core/bm-pain-map.h"

G_BEGIN_DECLS

/* Where one view sits on screen this frame. */
typedef struct {
  BmView          view;
  double          x, y;      /* widget px of the view's top-left corner */
  graphene_rect_t visible;   /* the part on screen, in drawing units */
} BmLayerSlot;

/* A muscle's pattern and trigger points, as the body view shows them.
 * An X is bold for the trigger point that matches the marks best, faint
 * for the muscle's others, and faded once the user answered "Not tender". */
typedef struct {
  BmView        view;
  double        x, y;        /* drawing units */
  gconstpointer tp;          /* the BmTriggerPoint it marks */
  gboolean      emphasis;    /* the most likely trigger point */
  gboolean      denied;      /* answered "Not tender" on this side */
} BmLayerX;

typedef struct {
  const BmMuscle *muscle;    /* whose shape lies under the pattern */
  BmCandidateSide side;      /* the sides its shape shows on */
  GArray       *essential;   /* guint catalog indices */
  GArray       *spillover;   /* guint catalog indices */
  GArray       *xs;          /* BmLayerX */
  gconstpointer focus;       /* the trigger point whose card has the pointer
                              * or the focus, or NULL; drawn ringed */
} BmHighlight;

/* Everything a frame of the body map depends on. */
typedef struct {
  BmBodyArt         *art;
  BmPainMap         *pain_map;     /* may be NULL */
  const BmRgba      *fills;        /* per catalog index while a journal overlay
                                    * shows instead of the marks, else NULL;
                                    * alpha 0: left bare */
  const BmLayerSlot *slots;
  guint              n_slots;
  double             scale;        /* widget px per drawing unit */
  double             zoom;         /* 1 when the drawing fits */
  int                scale_factor;
  int                hover_region; /* catalog index, or -1 */
  const BmHighlight *highlight;    /* may be NULL */
  GdkRGBA            accent;
  GdkRGBA            background;   /* the map's, behind the muscle's name */
  BmMuscleArt       *muscle_art;   /* NULL until first needed */
  const BmMuscleStyle *muscle_style;
  gboolean           chart;        /* every superficial muscle, in the base */
  const BmMuscle    *hover_muscle; /* the chart's muscle under the pointer */
  BmMuscleSide       hover_side;
} BmLayerFrame;

/* The muscle's name moves off new marks and zones: MARKS, HIGHLIGHT and
 * MUSCLE all move it. */
typedef enum {
  BM_LAYER_BASE  = 1 << 0,
  BM_LAYER_MARKS = 1 << 1,
  BM_LAYER_HOVER = 1 << 2,
  BM_LAYER_HIGHLIGHT = 1 << 3,
  BM_LAYER_MUSCLE = 1 << 4,    /* the shown muscle's shape */
  BM_LAYER_ALL   = 0x1f,
} BmLayer;

typedef struct _BmBodyLayers BmBodyLayers;

BmBodyLayers *bm_body_layers_new        (GtkWidget          *owner);
void          bm_body_layers_free       (BmBodyLayers       *self);
void          bm_body_layers_invalidate (BmBodyLayers       *self,
                                         BmLayer             layers);
void          bm_body_layers_prefetch   (BmBodyLayers       *self,
                                         const BmLayerFrame *frame);
void          bm_body_layers_snapshot   (BmBodyLayers       *self,
                                         GtkSnapshot        *snapshot,
                                         const BmLayerFrame *frame);

G_END_DECLS
