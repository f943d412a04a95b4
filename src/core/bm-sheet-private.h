/* bm-sheet-private.h: what the sheet's source files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "bm-body-art.h"
#include "bm-map-picture.h"
#include "bm-sheet.h"

G_BEGIN_DECLS

#define BM_SHEET_GAP    12.0    /* points between blocks */
#define BM_SHEET_MARGIN 0.065   /* of the paper's shorter side, all round */
#define BM_SHEET_FOOTER 26.0    /* points kept for the footer */
#define BM_SHEET_CONTINUED 20.0 /* a muscle's heading repeated on a new page */
#define BM_SHEET_MAP_HEIGHT 265  /* the body maps, at most… */
#define BM_SHEET_MAP_MIN    180  /* …and at least, to keep the first muscle on page 1 */

typedef enum {
  BM_BLOCK_HEADER,
  BM_BLOCK_MAPS,
  BM_BLOCK_FLAGS,
  BM_BLOCK_MUSCLE,
  BM_BLOCK_TECHNIQUE,
  BM_BLOCK_TABLE,
  BM_BLOCK_NOTES,
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
  GPtrArray *patterns;     /* BmPattern, one per muscle: its zones on the maps (the picture's) */
  char      *client;       /* the client's name, "" for a line to write it on, or NULL */
  guint      n_techniques; /* per muscle: 1, the first stretch, or 2, and the first release */
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
  double     legend_height;
  GArray    *markers;      /* BmSheetMarker */

  /* The text laid out when measured, drawn from again (bm_sheet_text()) */
  PangoContext *pango;
  GHashTable   *layouts;   /* "font\ncentred\nwidth\nmarkup" → PangoLayout */
};

/* The ink of muscle @index on the maps, its badges and its legend swatch:
 * hues that differ in lightness too, so that a greyscale print tells them
 * apart with the hatching's angle. */
typedef struct { double r, g, b; } BmSheetInk;

void   bm_sheet_muscle_ink  (guint          index,
                             BmSheetInk    *ink);

#define BM_SHEET_FONT_TITLE   "Cantarell Bold 20"
#define BM_SHEET_FONT_HEADING "Cantarell Bold 13"
#define BM_SHEET_FONT_SUB     "Cantarell Bold 10.5"
#define BM_SHEET_FONT_BODY    "Cantarell 9"
#define BM_SHEET_FONT_SMALL   "Cantarell 8"
#define BM_SHEET_INDENT       20.0
#define BM_SHEET_CENTERED     2   /* or-ed into paint: centre the lines */

static const BmSheetInk bm_sheet_ink_text = { 0.14, 0.12, 0.19 };
static const BmSheetInk bm_sheet_ink_dim = { 0.37, 0.36, 0.39 };
static const BmSheetInk bm_sheet_ink_accent = { 0.10, 0.37, 0.71 };
static const BmSheetInk bm_sheet_ink_warn = { 0.65, 0.11, 0.18 };
static const BmSheetInk bm_sheet_ink_rule = { 0.80, 0.79, 0.78 };

void   bm_sheet_keep_layouts (BmSheet      *self,
                              cairo_t      *cr,
                              gboolean      keep);
double bm_sheet_text        (cairo_t       *cr,
                             double         x,
                             double         y,
                             double         width,
                             const char    *font,
                             const char    *markup,
                             BmSheetInk     ink,
                             gboolean       paint);
void   bm_sheet_badge       (cairo_t       *cr,
                             double         cx,
                             double         cy,
                             double         radius,
                             guint          muscle,
                             gboolean       paint);
double bm_sheet_draw_header (BmSheet       *self,
                             cairo_t       *cr,
                             double         y,
                             gboolean       paint);
double bm_sheet_draw_flags  (BmSheet       *self,
                             cairo_t       *cr,
                             double         y,
                             gboolean       paint);
double bm_sheet_draw_table  (BmSheet       *self,
                             cairo_t       *cr,
                             double         y,
                             gboolean       paint);
double bm_sheet_draw_notes  (BmSheet       *self,
                             cairo_t       *cr,
                             double         y,
                             gboolean       paint);
double bm_sheet_draw_factors (BmSheet       *self,
                              cairo_t       *cr,
                              const BmBlock *block,
                              double         y,
                              gboolean       paint);

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
void   bm_sheet_place_markers (BmSheet     *self);
void   bm_sheet_paint_markers (BmSheet     *self,
                               cairo_t     *cr);
void   bm_sheet_layout_maps (BmSheet       *self,
                             double         y);
double bm_sheet_draw_maps   (BmSheet       *self,
                             cairo_t       *cr,
                             double         y,
                             gboolean       paint);

/* ---- Shared with the progress report (bm-journal-report.c) ---- */

/* A document of @n_pages pages, each drawn by @draw_page. */
typedef void (*BmSheetPageFunc) (gpointer  data,
                                 cairo_t  *cr,
                                 guint     page);

typedef struct {
  const char      *title;      /* the PDF's title, translated */
  const char      *dsc_title;  /* PostScript's %%Title, ASCII */
  GDateTime       *date;
  guint            n_pages;
  BmSheetPageFunc  draw_page;
  gpointer         data;
} BmSheetDocument;

gboolean bm_sheet_write_document (const BmSheetDocument *doc,
                                  const char            *path,
                                  BmSheetFormat          format,
                                  double                 paper_width,
                                  double                 paper_height,
                                  GError               **error);
cairo_t *bm_sheet_measuring_context (void);
void   bm_sheet_paint_footer (cairo_t      *cr,
                              double        width,
                              double        height,
                              double        margin,
                              guint         page,
                              guint         n_pages);
void   bm_sheet_paint_mark  (BmBodyArt    *art,
                             BmView        view,
                             cairo_t      *cr,
                             double        x,
                             double        y,
                             double        scale,
                             const BmMark *mark,
                             const BmRgba *color);
gboolean bm_sheet_shows_in_side_view (const BmRegion *region,
                                      BmView          side);
void   bm_sheet_pain_swatch (BmSheet      *self,
                             cairo_t      *cr,
                             double        x,
                             double        y,
                             guint         muscle);
void   bm_sheet_numb_swatch (BmSheet      *self,
                             cairo_t      *cr,
                             double        x,
                             double        y,
                             guint         muscle);

G_END_DECLS
