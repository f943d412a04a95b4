/* bm-sheet.c: the personal stretch sheet, for paper and PDF
 *
 * One renderer, with cairo and pango only, serves printing and export. The
 * sheet is a list of blocks (header, body maps, notice, each muscle, each
 * technique, the weekly table, the perpetuating factors), measured with the
 * real fonts and laid out on pages: a technique never breaks across pages,
 * and a muscle's heading stays with its first technique.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <cairo-pdf.h>
#include <cairo-ps.h>

#include "bm-error.h"
#include "bm-file.h"
#include "bm-sheet-private.h"

#define DEFAULT_MUSCLES 3
#define MAX_MUSCLES     4   /* a larger combination is cut here */

void
bm_sheet_free (BmSheet *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->session);
  g_clear_object (&self->art);
  g_clear_pointer (&self->picture, bm_map_picture_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->muscles, g_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_free (self);
}

static gboolean
already_chosen (GArray         *muscles,
                const BmMuscle *muscle)
{
  for (guint i = 0; i < muscles->len; i++)
    if (g_array_index (muscles, BmSheetMuscle, i).muscle == muscle)
      return TRUE;
  return FALSE;
}

static void
add_muscle (BmSheet           *self,
            const BmMuscle    *muscle,
            const BmCandidate *candidate)
{
  BmSheetMuscle entry = { muscle, BM_SIDE_OF_EITHER, NULL, candidate };

  if (candidate != NULL)
    {
      entry.side = candidate->side;
      entry.best = candidate->related_to == NULL ? candidate->best : NULL;
    }
  g_array_append_val (self->muscles, entry);
}

static void
add_candidate (BmSheet           *self,
               const BmCandidate *c)
{
  if (c->related_to == NULL && !already_chosen (self->muscles, c->muscle))
    add_muscle (self, c->muscle, c);
}

/* The user's "Add to my sheet" picks when there are any. Otherwise the
 * combination (the fewest muscles explaining the most areas) first, then
 * the best other candidates up to DEFAULT_MUSCLES, so the sheet's summary
 * line can name exactly the muscles on it. */
static void
choose_muscles (BmSheet *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  GPtrArray *picks = bm_session_get_sheet (self->session);
  BmAtlas *atlas = bm_session_get_atlas (self->session);

  for (guint i = 0; i < picks->len; i++)
    {
      const BmMuscle *m = bm_atlas_lookup (atlas, picks->pdata[i]);

      if (m != NULL && !already_chosen (self->muscles, m))
        add_muscle (self, m, bm_ranking_lookup (ranking, m->id, BM_SIDE_OF_EITHER));
    }
  if (picks->len > 0)
    return;
  for (guint i = 0; i < ranking->combination->len && self->muscles->len < MAX_MUSCLES; i++)
    add_candidate (self, ranking->combination->pdata[i]);
  for (guint i = 0; i < ranking->candidates->len && self->muscles->len < DEFAULT_MUSCLES; i++)
    add_candidate (self, ranking->candidates->pdata[i]);
}

BmSheet *
bm_sheet_new (BmSession  *session,
              GDateTime  *date,
              GError    **error)
{
  BmAtlas *atlas;
  g_autoptr(BmSheet) self = g_new0 (BmSheet, 1);
  g_autoptr(BmMuscleArt) muscle_art = NULL;

  g_return_val_if_fail (BM_IS_SESSION (session), NULL);

  atlas = bm_session_get_atlas (session);
  self->session = g_object_ref (session);
  self->date = date != NULL ? g_date_time_ref (date) : g_date_time_new_now_local ();
  self->muscles = g_array_new (FALSE, FALSE, sizeof (BmSheetMuscle));
  self->blocks = g_array_new (FALSE, FALSE, sizeof (BmBlock));
  self->page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  /* Its own drawings: the sheet's scale never disturbs the window's. */
  if ((self->art = bm_body_art_new (bm_atlas_get_catalog (atlas), error)) == NULL ||
      (muscle_art = bm_muscle_art_new (atlas, error)) == NULL)
    return NULL;
  choose_muscles (self);
  self->picture = bm_map_picture_new (self->art, muscle_art);
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmSheetMuscle *sm = &g_array_index (self->muscles, BmSheetMuscle, i);

      bm_map_picture_add_muscle (self->picture, sm->muscle, sm->side, sm->best);
    }
  return g_steal_pointer (&self);
}

GArray *
bm_sheet_get_muscles (BmSheet *self)
{
  return self->muscles;
}

/* The sheet's summary: what exactly its muscles explain together, e.g.
 * "Gluteus minimus and peroneus longus together explain all 4 of your
 * areas". NULL when nothing is marked or no muscle is on the sheet. */
char *
bm_sheet_describe_sources (BmSheet *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  g_autoptr(GPtrArray) muscles = g_ptr_array_new ();
  g_autoptr(GPtrArray) candidates = g_ptr_array_new ();

  g_return_val_if_fail (self != NULL, NULL);

  if (ranking->n_marked == 0 || self->muscles->len == 0)
    return NULL;
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmSheetMuscle *sm = &g_array_index (self->muscles, BmSheetMuscle, i);

      g_ptr_array_add (muscles, (gpointer) sm->muscle);
      g_ptr_array_add (candidates, (gpointer) sm->candidate);
    }
  return bm_ranking_describe_sources (ranking, muscles, candidates);
}

gboolean
bm_sheet_has_muscle (BmSheet        *self,
                     const BmMuscle *muscle)
{
  return already_chosen (self->muscles, muscle);
}

/* Whether the muscles are the person's own picks, not the best candidates. */
gboolean
bm_sheet_is_picked (BmSheet *self)
{
  return bm_session_get_sheet (self->session)->len > 0;
}

/* ---- Blocks and pages ---------------------------------------------------------- */

static void
add_block (BmSheet          *self,
           BmBlockKind       kind,
           guint             muscle,
           const BmTechnique *technique,
           gboolean          keep_with_next)
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

/* The 1-based number of the first muscle before @before whose sheet
 * technique is the same as @technique (the peroneals share theirs), or 0. */
guint
bm_sheet_first_with (BmSheet           *self,
                     guint              before,
                     const BmTechnique *technique)
{
  for (guint i = 0; i < before; i++)
    {
      const BmMuscle *m = g_array_index (self->muscles, BmSheetMuscle, i).muscle;

      if (same_technique (m->stretches->pdata[0], technique) || same_technique (m->releases->pdata[0], technique))
        return i + 1;
    }
  return 0;
}

static void
build_blocks (BmSheet *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);

  g_array_set_size (self->blocks, 0);
  add_block (self, BM_BLOCK_HEADER, 0, NULL, TRUE);
  add_block (self, BM_BLOCK_MAPS, 0, NULL, FALSE);
  if (ranking->red_flags->len > 0)
    add_block (self, BM_BLOCK_FLAGS, 0, NULL, FALSE);
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmMuscle *m = g_array_index (self->muscles, BmSheetMuscle, i).muscle;

      add_block (self, BM_BLOCK_MUSCLE, i, NULL, TRUE);
      add_block (self, BM_BLOCK_TECHNIQUE, i, m->stretches->pdata[0], FALSE);
      add_block (self, BM_BLOCK_TECHNIQUE, i, m->releases->pdata[0], FALSE);
    }
  if (self->muscles->len > 0)
    {
      add_block (self, BM_BLOCK_TABLE, 0, NULL, FALSE);
      add_block (self, BM_BLOCK_FACTORS_TITLE, 0, NULL, TRUE);
      for (guint i = 0; i < self->muscles->len; i++)
        add_block (self, BM_BLOCK_FACTORS, i, NULL, FALSE);
    }
}

static void
measure_blocks (BmSheet *self)
{
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      BmBlock *block = &g_array_index (self->blocks, BmBlock, i);
      block->height = bm_sheet_draw_block (self, cr, block, 0, FALSE);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
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
      guint start = i, page_start;

      if (self->page_starts->len > 0 && y + block->height <= bottom)
        {
          y += block->height + BM_SHEET_GAP;
          continue;
        }
      /* A new page. A heading that would end the last one moves over
       * with the block it belongs to. */
      page_start = self->page_starts->len > 0 ? g_array_index (self->page_starts, guint, self->page_starts->len - 1) : 0;
      if (self->page_starts->len > 0 && g_array_index (self->blocks, BmBlock, i - 1).keep_with_next &&
          page_start < i - 1)
        start = i - 1;
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
  self->margin = MIN (width, height) * 0.065;
  self->map_height = BM_SHEET_MAP_HEIGHT;
  bottom = height - self->margin - BM_SHEET_FOOTER;
  build_blocks (self);
  measure_blocks (self);
  shortfall = first_muscle_shortfall (self, bottom);
  if (shortfall > 0 && shortfall <= BM_SHEET_MAP_HEIGHT - BM_SHEET_MAP_MIN)
    {
      self->map_height -= ceil (shortfall);
      measure_blocks (self);
    }
  layout_pages (self, bottom);
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
}

static cairo_status_t
write_cb (void                *writer,
          const unsigned char *data,
          unsigned int         length)
{
  return bm_file_writer_write (writer, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Writes the sheet as a PDF or PostScript file through the safe writer
 * (bm-file.c): to a temporary file created exclusively beside @path,
 * renamed over it only once complete; a device, pipe or folder at @path is
 * refused. */
gboolean
bm_sheet_export (BmSheet        *self,
                 const char     *path,
                 BmSheetFormat   format,
                 double          paper_width,
                 double          paper_height,
                 GError        **error)
{
  g_autofree char *date = g_date_time_format (self->date, "%Y-%m-%dT%H:%M:%S");
  g_autoptr(BmFileWriter) writer = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint pages;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  if ((writer = bm_file_writer_new (path, 0666, error)) == NULL)
    return FALSE;
  pages = bm_sheet_paginate (self, paper_width, paper_height);
  if (format == BM_SHEET_POSTSCRIPT)
    {
      surface = cairo_ps_surface_create_for_stream (write_cb, writer, paper_width, paper_height);
      cairo_ps_surface_dsc_comment (surface, "%%Title: My Stretch Sheet");
    }
  else
    {
      surface = cairo_pdf_surface_create_for_stream (write_cb, writer, paper_width, paper_height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, "My Stretch Sheet");
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Bodymap " PACKAGE_VERSION);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
  cr = cairo_create (surface);
  for (guint page = 0; page < pages; page++)
    {
      bm_sheet_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* A failed write is reported by the commit with its cause; any other
   * cairo failure here is cairo's own. */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, "cannot write %s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return bm_file_writer_commit (writer, error);
}

/* bm_sheet_export() as PDF. */
gboolean
bm_sheet_export_pdf (BmSheet     *self,
                     const char  *path,
                     double       paper_width,
                     double       paper_height,
                     GError     **error)
{
  return bm_sheet_export (self, path, BM_SHEET_PDF, paper_width, paper_height, error);
}

/* "stretch-sheet-2026-11-21.pdf" */
char *
bm_sheet_default_name (GDateTime *date)
{
  g_autoptr(GDateTime) now = date ? g_date_time_ref (date) : g_date_time_new_now_local ();
  return g_date_time_format (now, "stretch-sheet-%Y-%m-%d.pdf");
}
