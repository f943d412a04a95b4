/* bm-muscle.h: one muscle of the trigger-point atlas
 *
 * Plain, read-only records built by the atlas loader; see
 * docs/atlas-format.md for the meaning of every field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-region-catalog.h"

G_BEGIN_DECLS

/* Sides a muscle has: every muscle in the atlas is paired. */
typedef enum {
  BM_MUSCLE_LEFT,          /*< nick=left >*/
  BM_MUSCLE_RIGHT,         /*< nick=right >*/
  BM_N_MUSCLE_SIDES        /*< skip >*/
} BmMuscleSide;

typedef struct {
  BmView view;
  guint  region[BM_N_MUSCLE_SIDES];   /* catalog index per side */
  double x, y;                        /* 0–1 in the region's box, for the left side */
} BmMarker;

typedef struct {
  char    *id;
  char    *name;
  char    *location;
  GArray  *markers;                          /* BmMarker */
  char   **essential;                        /* region ids as written, without side */
  char   **spillover;
  char   **crosses_midline;                  /* ids whose pain also reaches the other side (may be empty);
                                              * the other side's regions are in spillover_regions */
  GArray  *essential_regions[BM_N_MUSCLE_SIDES];  /* guint catalog indices, per side */
  GArray  *essential_zone_of[BM_N_MUSCLE_SIDES];  /* guint, parallel to essential_regions: the
                                                   * region standing for its "one_zone" group, or
                                                   * the region itself */
  GArray  *spillover_regions[BM_N_MUSCLE_SIDES];
  gboolean bilateral;
  gboolean refers_pain;                      /* FALSE: the point refers no pain; essential may be empty */
  double   prevalence;
} BmTriggerPoint;

/* Whether a chain explains pain in its regions, or is only context. */
typedef enum {
  BM_CHAIN_REFERRAL,       /*< nick=referral >*/
  BM_CHAIN_RELATED         /*< nick=related >*/
} BmChainKind;

typedef struct {
  char       *via;
  char       *through;     /* the muscle or structure the chain runs through */
  BmChainKind kind;
  char      **regions;
  char      **muscles;
  char       *explanation;
} BmChain;

/* A nerve the muscle can press on: where it is caught, and the regions
 * that nerve serves. */
typedef struct {
  char   *nerve;
  char  **site;                                   /* where the muscle catches it, ids without side */
  GArray *site_indices[BM_N_MUSCLE_SIDES];        /* guint catalog indices, per side */
  char  **regions;                                /* region ids as written, without side */
  GArray *region_indices[BM_N_MUSCLE_SIDES];      /* guint catalog indices, per side */
  char   *note;
} BmEntrapment;

typedef struct {
  char  *title;
  char  *tool;
  char **steps;
  char  *hold;          /* each dose part may be NULL */
  char  *repetitions;
  char  *pace;
  char  *frequency;
  char  *feel;
  char **cautions;
  char      *pose;      /* the illustration's pose, NULL when it has none */
  char      *then;      /* its second panel's pose, or NULL */
  char      *highlight; /* the muscle to highlight, NULL for the technique's own */
  GPtrArray *arrows;    /* BmPoseArrow*, added to the poses' own */
} BmTechnique;

typedef struct {
  char *factor;
  char *fix;
} BmFactor;

typedef struct {
  char *source;         /* id in atlas.json */
  char *chapter;
} BmCitation;

typedef struct {
  char      *id;
  char      *name;
  char     **aliases;
  char      *group;
  char      *location;
  char     **figure_area;      /* where it lies on the illustrations' figure, see BmPoseArea */
  char      *action;
  char      *heat;
  GPtrArray *trigger_points;   /* BmTriggerPoint* */
  char     **satellites;       /* muscle ids */
  char     **key_muscles;      /* muscle ids */
  GPtrArray *chains;           /* BmChain* */
  GPtrArray *entrapments;      /* BmEntrapment*, may be empty */
  GPtrArray *stretches;        /* BmTechnique* */
  GPtrArray *releases;         /* BmTechnique* */
  GPtrArray *factors;          /* BmFactor* */
  GPtrArray *sources;          /* BmCitation* */
  guint      index;            /* position in the atlas */

  /* Filled by the atlas: relations read both ways. A muscle that names this
   * one as its satellite is a key muscle of this one, and so on. */
  GPtrArray *all_key_muscles;  /* const BmMuscle* */
  GPtrArray *all_satellites;   /* const BmMuscle* */
} BmMuscle;

void bm_muscle_free (BmMuscle *muscle);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmMuscle, bm_muscle_free)

const char *bm_technique_tool_get_label (const char *tool);

G_END_DECLS
