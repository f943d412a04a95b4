/* bm-sheet-layout.c: the stretch sheet's blocks, laid out on pages
 *
 * The sheet is a list of blocks (header, body maps, notice, each muscle,
 * each technique, the weekly table, the notes box, the perpetuating
 * factors), measured with the real fonts and laid out on pages: a
 * technique and its picture never break across pages, and a heading (the
 * sheet's, a muscle's, the factors') stays with the block after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-sheet-private.h"

static void
add_block (BmSheet           *self,
           BmBlockKind        kind,
           guint              muscle,
           const BmTechnique *technique,
           gboolean           keep_with_next)
{
  BmBlock block = { kind, muscle, technique, 0, 0, keep_with_next };

  if (technique != NULL)
    block.same_as = bm_sheet_first_with (self, muscle, technique);
  g_array_append_val (self->blocks, block);
}

/* The same instructions, word for word: only then is one shown as "the
 * same as above". */
static gboolean
same_technique (const BmTechnique *a,
                const BmTechnique *b)
{
  return a == b || (g_str_equal (a->title, b->title) && g_strv_equal ((const char * const *) a->steps,
                                                                      (const char * const *) b->steps));
}

/* The 1-based number of the first muscle before @before that shows a
 * technique the same as @technique on the sheet (the peroneals share
 * theirs), or 0. */
guint
bm_sheet_first_with (BmSheet           *self,
                     guint              before,
                     const BmTechnique *technique)
{
  for (guint i = 0; i < before; i++)
    for (guint k = 0; k < self->n_techniques; k++)
      {
        const BmTechnique *t = bm_sheet_get_technique (self, i, k);

        if (t != NULL && same_technique (t, technique))
          return i + 1;
      }
  return 0;
}

/* A handout (nothing marked) has no maps: they would be empty. It has a
 * notes box, as a sheet made for a named client has. */
static void
build_blocks (BmSheet *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  gboolean handout = bm_sheet_is_handout (self);

  g_array_set_size (self->blocks, 0);
  add_block (self, BM_BLOCK_HEADER, 0, NULL, TRUE);
  if (!handout)
    add_block (self, BM_BLOCK_MAPS, 0, NULL, FALSE);
  if (ranking->red_flags->len > 0)
    add_block (self, BM_BLOCK_FLAGS, 0, NULL, FALSE);
  for (guint i = 0; i < self->muscles->len; i++)
    {
      add_block (self, BM_BLOCK_MUSCLE, i, NULL, TRUE);
      for (guint k = 0; k < self->n_techniques; k++)
        if (bm_sheet_get_technique (self, i, k) != NULL)
          add_block (self, BM_BLOCK_TECHNIQUE, i, bm_sheet_get_technique (self, i, k), FALSE);
    }
  if (self->muscles->len == 0)
    return;
  add_block (self, BM_BLOCK_TABLE, 0, NULL, FALSE);
  if (handout || self->client != NULL)
    add_block (self, BM_BLOCK_NOTES, 0, NULL, FALSE);
  add_block (self, BM_BLOCK_FACTORS_TITLE, 0, NULL, TRUE);
  for (guint i = 0; i < self->muscles->len; i++)
    add_block (self, BM_BLOCK_FACTORS, i, NULL, FALSE);
}

/* A context that draws nowhere, to measure blocks with the real fonts:
 * the sheet's, and the progress report's. */
cairo_t *
bm_sheet_measuring_context (void)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  cairo_surface_destroy (surface);   /* @cr keeps it */
  return cr;
}

static void
measure_blocks (BmSheet *self)
{
  cairo_t *cr = bm_sheet_measuring_context ();

  bm_sheet_keep_layouts (self, cr, TRUE);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      BmBlock *block = &g_array_index (self->blocks, BmBlock, i);
      block->height = bm_sheet_draw_block (self, cr, block, 0, FALSE);
    }
  cairo_destroy (cr);
}

/* Where a new page must start so that block @i goes on it: at @i, or at
 * the heading(s) before it that would otherwise end the last page. */
static guint
page_start_for (BmSheet *self,
                guint    i)
{
  guint page_start = g_array_index (self->page_starts, guint, self->page_starts->len - 1), start = i;

  while (start > page_start + 1 && g_array_index (self->blocks, BmBlock, start - 1).keep_with_next)
    start--;
  return start;
}

/* Lays the measured blocks out on pages whose text ends at @bottom. */
static void
layout_pages (BmSheet *self,
              double   bottom)
{
  double y = 0;

  g_array_set_size (self->page_starts, 0);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      const BmBlock *block = &g_array_index (self->blocks, BmBlock, i);
      guint start = 0;

      if (self->page_starts->len > 0 && y + block->height <= bottom)
        {
          y += block->height + BM_SHEET_GAP;
          continue;
        }
      if (self->page_starts->len > 0)
        start = page_start_for (self, i);
      g_array_append_val (self->page_starts, start);
      y = self->margin;
      /* A page that starts inside a muscle repeats its heading. */
      if (g_array_index (self->blocks, BmBlock, start).kind == BM_BLOCK_TECHNIQUE)
        y += BM_SHEET_CONTINUED;
      for (guint j = start; j <= i; j++)
        y += g_array_index (self->blocks, BmBlock, j).height + BM_SHEET_GAP;
    }
}

/* How many points the first page lacks to hold the first muscle with its
 * first technique (0 when they fit, or there is no muscle). */
static double
first_muscle_shortfall (BmSheet *self,
                        double   bottom)
{
  double y = self->margin;

  for (guint i = 0; i + 1 < self->blocks->len; i++)
    {
      const BmBlock *block = &g_array_index (self->blocks, BmBlock, i);

      if (block->kind == BM_BLOCK_MUSCLE)
        return MAX (0, y + block->height + BM_SHEET_GAP + g_array_index (self->blocks, BmBlock, i + 1).height - bottom);
      y += block->height + BM_SHEET_GAP;
    }
  return 0;
}

/* The maps' place on the first page, for the markers and the checks. */
static void
place_maps (BmSheet *self)
{
  double y = self->margin;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      const BmBlock *block = &g_array_index (self->blocks, BmBlock, i);

      if (block->kind == BM_BLOCK_MAPS)
        {
          bm_sheet_layout_maps (self, y);
          return;
        }
      y += block->height + BM_SHEET_GAP;
    }
  self->n_map_views = 0;
  g_array_set_size (self->markers, 0);
}

/* Lays the blocks out on pages of @width × @height points and returns how
 * many pages the sheet takes. The body maps give up some height when that
 * keeps the first muscle on the first page: otherwise a short page (US
 * Letter, or a notice on the first page) would leave it half empty. */
guint
bm_sheet_paginate (BmSheet *self,
                   double   width,
                   double   height)
{
  double bottom, shortfall;

  g_return_val_if_fail (self != NULL, 0);

  self->width = width;
  self->height = height;
  self->margin = MIN (width, height) * BM_SHEET_MARGIN;
  self->map_height = BM_SHEET_MAP_HEIGHT;
  bottom = height - self->margin - BM_SHEET_FOOTER;
  if (self->layouts != NULL)
    g_hash_table_remove_all (self->layouts);
  build_blocks (self);
  measure_blocks (self);
  shortfall = first_muscle_shortfall (self, bottom);
  if (shortfall > 0 && shortfall <= BM_SHEET_MAP_HEIGHT - BM_SHEET_MAP_MIN)
    {
      self->map_height -= ceil (shortfall);
      measure_blocks (self);
    }
  layout_pages (self, bottom);
  place_maps (self);
  return self->page_starts->len;
}

void
bm_sheet_draw_page (BmSheet *self,
                    cairo_t *cr,
                    guint    page)
{
  guint first, last;
  double y;

  g_return_if_fail (self != NULL && page < self->page_starts->len);

  first = g_array_index (self->page_starts, guint, page);
  last = page + 1 < self->page_starts->len ? g_array_index (self->page_starts, guint, page + 1)
                                           : self->blocks->len;
  y = self->margin;
  bm_sheet_keep_layouts (self, cr, TRUE);
  if (g_array_index (self->blocks, BmBlock, first).kind == BM_BLOCK_TECHNIQUE)
    {
      bm_sheet_draw_continued (self, cr, &g_array_index (self->blocks, BmBlock, first), y);
      y += BM_SHEET_CONTINUED;
    }
  for (guint i = first; i < last; i++)
    {
      const BmBlock *block = &g_array_index (self->blocks, BmBlock, i);

      bm_sheet_draw_block (self, cr, block, y, TRUE);
      y += block->height + BM_SHEET_GAP;
    }
  bm_sheet_draw_footer (self, cr, page, self->page_starts->len);
  bm_sheet_keep_layouts (self, cr, FALSE);
}
