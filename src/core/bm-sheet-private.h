/* bm-sheet-private.h: what the sheet's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-body-art.h"
#include "bm-map-picture.h"
#include "bm-sheet.h"

G_BEGIN_DECLS

#define BM_SHEET_GAP    12.0    /* points between blocks */
#define BM_SHEET_FOOTER 26.0    /* points kept for the footer */
#define BM_SHEET_CONTINUED 20.0 /* a muscle's heading repeated on a new page */
#define BM_SHEET_MAP_HEIGHT 265  /* the body maps, at most… */
#define BM_SHEET_MAP_MIN    195  /* …and at least, to keep the first muscle on page 1 */

typedef enum {
  BM_BLOCK_HEADER,
  BM_BLOCK_MAPS,
  BM_BLOCK_FLAGS,
  BM_BLOCK_MUSCLE,
  BM_BLOCK_TECHNIQUE,
  BM_BLOCK_TABLE,
  BM_BLOCK_FACTORS_TITLE,
  BM_BLOCK_FACTORS,
} BmBlockKind;

typedef struct {
  BmBlockKind        kind;
  guint              muscle;       /* index into the sheet's muscles */
  const BmTechnique *technique;
  guint              same_as;      /* 1-based muscle that already shows it, or 0 */
  double             height;
  gboolean           keep_with_next;
} BmBlock;

struct _BmSheet
{
  BmSession *session;
  BmBodyArt *art;
  BmMapPicture *picture;   /* the chosen muscles' shapes, drawn as on the map */
  GDateTime *date;
  GArray    *muscles;      /* BmSheetMuscle */
  GArray    *blocks;       /* BmBlock */
  GArray    *page_starts;  /* guint: first block of each page */
  double     width;        /* page, in points */
  double     height;
  double     margin;
  double     map_height;   /* of the body maps, in points */

  /* Where the maps went on the first page, for checks */
  BmView     map_views[BM_N_VIEWS];
  guint      n_map_views;
  double     map_x[BM_N_VIEWS];
  double     map_y;
  double     map_scale;
};

gboolean bm_sheet_has_muscle (BmSheet        *self,
                              const BmMuscle *muscle);
guint  bm_sheet_first_with  (BmSheet           *self,
                             guint              before,
                             const BmTechnique *technique);
double bm_sheet_draw_block  (BmSheet       *self,
                             cairo_t       *cr,
                             const BmBlock *block,
                             double         y,
                             gboolean       paint);
void   bm_sheet_draw_continued (BmSheet       *self,
                                cairo_t       *cr,
                                const BmBlock *block,
                                double         y);
void   bm_sheet_draw_footer (BmSheet       *self,
                             cairo_t       *cr,
                             guint          page,
                             guint          n_pages);
void   bm_sheet_draw_maps   (BmSheet       *self,
                             cairo_t       *cr,
                             double         y,
                             gboolean       paint);

G_END_DECLS
