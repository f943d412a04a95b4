/* bm-muscle-art-private.h: what the parts of BmMuscleArt share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-muscle-art.h"
#include "bm-vector.h"

G_BEGIN_DECLS

/* Where the build puts the compiled built-in drawings (muscles-VIEW.gvariant),
 * beside the body drawings. */
#define BM_MUSCLE_ART_COMPILED_PATH "/io/github/bodymap/Bodymap/body-compiled/"

typedef struct {
  char           *id;       /* "muscle-ID-SIDE" */
  const BmMuscle *muscle;
  BmMuscleSide    side;
  gboolean        deep;
  guint           group;    /* its <g> in the drawing's groups */
} Shape;

typedef struct {
  BmVectorDrawing *drawing;
  char            *name;
  GPtrArray       *shapes;       /* Shape*, in drawing order */
  GHashTable      *by_id;        /* id → Shape*, borrowed */
  guint8          *in_deep;      /* per drawing shape: 1 inside a deep muscle */
} ViewShapes;

struct _BmMuscleArt
{
  GObject        parent_instance;

  BmAtlas       *atlas;
  GHashTable    *deep;         /* const BmMuscle* set */
  BmMuscleStyle  style;
  ViewShapes     views[BM_N_VIEWS];
  cairo_t       *probe;        /* a 1×1 context for geometric hit tests */
};

/* What a drawing is drawn for: each purpose styles the shapes its way,
 * as a stylesheet did for librsvg. */
typedef enum {
  BM_MUSCLE_PAINT_DISPLAY,     /* the muscle, themed */
  BM_MUSCLE_PAINT_OUTLINE,     /* its bellies' edges only, wider */
  BM_MUSCLE_PAINT_CHART,       /* every superficial muscle */
} BmMusclePaint;

const Shape *bm_muscle_art_lookup_shape (BmMuscleArt         *self,
                                         BmView               view,
                                         const BmMuscle      *muscle,
                                         BmMuscleSide         side);
void         bm_muscle_art_draw_shapes  (BmMuscleArt         *self,
                                         ViewShapes          *vs,
                                         cairo_t             *cr,
                                         double               scale,
                                         guint                first,
                                         guint                end,
                                         BmMusclePaint        paint);

G_END_DECLS
