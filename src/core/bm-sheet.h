/* bm-sheet.h: the personal stretch sheet, for paper and PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "bm-session.h"

G_BEGIN_DECLS

/* Paper sizes in points (1/72 inch). */
#define BM_PAPER_A4_WIDTH      595.28
#define BM_PAPER_A4_HEIGHT     841.89
#define BM_PAPER_LETTER_WIDTH  612.0
#define BM_PAPER_LETTER_HEIGHT 792.0

/* A muscle on the sheet, with the side it is on. */
typedef struct {
  const BmMuscle       *muscle;
  BmCandidateSide       side;
  const BmTriggerPoint *best;     /* the matched trigger point, or NULL */
  const BmCandidate    *candidate; /* NULL when picked but not ranked */
} BmSheetMuscle;

typedef struct _BmSheet BmSheet;

/* A trigger point's X on the first page's maps and the badge with its
 * muscle's number (1-based: muscle + 1), in points. The badge sits on the
 * X's corner, or further out on a leader line when that would overlap
 * another muscle's X or badge. */
typedef struct {
  guint  muscle;          /* index into bm_sheet_get_muscles() */
  BmView view;
  double x, y;            /* the X's centre */
  double x_half;          /* half its width */
  double badge_x, badge_y;
  double badge_radius;
} BmSheetMarker;

#define BM_SHEET_MAX_TECHNIQUES 2

typedef enum {
  BM_SHEET_PDF,
  BM_SHEET_POSTSCRIPT,
} BmSheetFormat;

BmSheet  *bm_sheet_new           (BmSession      *session,
                                  GDateTime      *date,
                                  GError        **error);
void      bm_sheet_free          (BmSheet        *self);
guint     bm_sheet_paginate      (BmSheet        *self,
                                  double          width,
                                  double          height);
void      bm_sheet_draw_page     (BmSheet        *self,
                                  cairo_t        *cr,
                                  guint           page);
gboolean  bm_sheet_export        (BmSheet        *self,
                                  const char     *path,
                                  BmSheetFormat   format,
                                  double          paper_width,
                                  double          paper_height,
                                  GError        **error);
gboolean  bm_sheet_export_file   (BmSheet        *self,
                                  GFile          *file,
                                  BmSheetFormat   format,
                                  double          paper_width,
                                  double          paper_height,
                                  GError        **error);
gboolean  bm_sheet_export_pdf    (BmSheet        *self,
                                  const char     *path,
                                  double          paper_width,
                                  double          paper_height,
                                  GError        **error);
GArray   *bm_sheet_get_muscles   (BmSheet        *self);
char     *bm_sheet_describe_sources (BmSheet     *self);
gboolean  bm_sheet_is_picked     (BmSheet        *self);
gboolean  bm_sheet_get_map_rect  (BmSheet        *self,
                                  BmView          view,
                                  double         *x,
                                  double         *y,
                                  double         *scale);
char     *bm_sheet_default_name  (GDateTime      *date);
void      bm_sheet_set_client    (BmSheet        *self,
                                  const char     *client);
const char *bm_sheet_get_client   (BmSheet        *self);
void      bm_sheet_set_techniques (BmSheet       *self,
                                   guint          n_techniques);
guint     bm_sheet_get_techniques (BmSheet       *self);
const BmTechnique *bm_sheet_get_technique (BmSheet *self,
                                           guint    muscle,
                                           guint    k);
gboolean  bm_sheet_is_handout    (BmSheet        *self);
GArray   *bm_sheet_get_markers   (BmSheet        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmSheet, bm_sheet_free)

G_END_DECLS
