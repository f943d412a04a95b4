/* bm-sheet.c: the personal stretch sheet, for paper and PDF
 *
 * One renderer, with cairo and pango only, serves printing and export:
 * here the muscles are chosen and the pages written; bm-sheet-layout.c
 * lays the blocks out on pages, bm-sheet-draw.c draws them and
 * bm-sheet-maps.c the body maps.
 *
 * With nothing marked (a therapist's --muscles=…) the sheet is an
 * exercise handout: no maps, a line for the client's name and a notes box.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

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
  g_clear_pointer (&self->patterns, g_ptr_array_unref);
  g_clear_pointer (&self->markers, g_array_unref);
  g_clear_pointer (&self->client, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->muscles, g_array_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->page_starts, g_array_unref);
  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_object (&self->pango);
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
  self->patterns = g_ptr_array_new ();
  self->markers = g_array_new (FALSE, FALSE, sizeof (BmSheetMarker));
  self->n_techniques = BM_SHEET_MAX_TECHNIQUES;
  /* Its own drawings: the sheet's scale never disturbs the window's. */
  if ((self->art = bm_body_art_new (bm_atlas_get_catalog (atlas), error)) == NULL ||
      (muscle_art = bm_muscle_art_new (atlas, error)) == NULL)
    return NULL;
  choose_muscles (self);
  self->picture = bm_map_picture_new (self->art, muscle_art);
  for (guint i = 0; i < self->muscles->len; i++)
    {
      const BmSheetMuscle *sm = &g_array_index (self->muscles, BmSheetMuscle, i);

      g_ptr_array_add (self->patterns,
                       (gpointer) bm_map_picture_add_muscle (self->picture, sm->muscle, sm->side, sm->best));
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

/* Whether nothing is marked: the sheet is then an exercise handout for
 * the muscles picked. */
gboolean
bm_sheet_is_handout (BmSheet *self)
{
  return bm_session_get_ranking (self->session)->n_marked == 0;
}

/* The client's name on the sheet as "Client: NAME"; "" leaves a line to
 * write it on, NULL (the default) leaves the line out, but a handout
 * always has it. */
void
bm_sheet_set_client (BmSheet    *self,
                     const char *client)
{
  g_return_if_fail (self != NULL && (client == NULL || g_utf8_validate (client, -1, NULL)));
  g_free (self->client);
  self->client = g_strdup (client);
}

const char *
bm_sheet_get_client (BmSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->client;
}

/* How many techniques each muscle shows: 1, its first stretch, or 2 (the
 * default), its first stretch and its first release. */
void
bm_sheet_set_techniques (BmSheet *self,
                         guint    n_techniques)
{
  g_return_if_fail (self != NULL && n_techniques >= 1 && n_techniques <= BM_SHEET_MAX_TECHNIQUES);
  self->n_techniques = n_techniques;
}

guint
bm_sheet_get_techniques (BmSheet *self)
{
  return self->n_techniques;
}

/* The @k-th technique of muscle @muscle on the sheet (0: its first
 * stretch, 1: its first release), or NULL when it has none or the sheet
 * shows fewer. */
const BmTechnique *
bm_sheet_get_technique (BmSheet *self,
                        guint    muscle,
                        guint    k)
{
  const BmMuscle *m;
  GPtrArray *list;

  g_return_val_if_fail (self != NULL && muscle < self->muscles->len, NULL);
  if (k >= self->n_techniques)
    return NULL;
  m = g_array_index (self->muscles, BmSheetMuscle, muscle).muscle;
  list = k == 0 ? m->stretches : m->releases;
  return list->len > 0 ? list->pdata[0] : NULL;
}

/* The trigger points' Xs and numbers on the first page's maps, as the
 * last bm_sheet_paginate() placed them (empty when the sheet has no maps). */
GArray *
bm_sheet_get_markers (BmSheet *self)
{
  return self->markers;
}

static cairo_status_t
write_cb (void                *writer,
          const unsigned char *data,
          unsigned int         length)
{
  return bm_file_writer_write (writer, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/* Renders every page of @doc as PDF or PostScript to @write_func; returns
 * cairo's status when done. */
static cairo_status_t
render_document (const BmSheetDocument *doc,
                 BmSheetFormat          format,
                 double                 paper_width,
                 double                 paper_height,
                 cairo_write_func_t     write_func,
                 void                  *closure)
{
  g_autofree char *date = g_date_time_format (doc->date, "%Y-%m-%dT%H:%M:%S");
  g_autofree char *dsc_title = g_strdup_printf ("%%%%Title: %s", doc->dsc_title);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == BM_SHEET_POSTSCRIPT)
    {
      surface = cairo_ps_surface_create_for_stream (write_func, closure, paper_width, paper_height);
      cairo_ps_surface_dsc_comment (surface, dsc_title);
    }
  else
    {
      surface = cairo_pdf_surface_create_for_stream (write_func, closure, paper_width, paper_height);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->title);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Bodymap " PACKAGE_VERSION);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
    }
  cr = cairo_create (surface);
  /* Once a write failed the surface is in error for good: drawing more
   * pages would only fail again. */
  for (guint page = 0; page < doc->n_pages && cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS; page++)
    {
      doc->draw_page (doc->data, cr, page);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

static void
draw_sheet_page (gpointer  data,
                 cairo_t  *cr,
                 guint     page)
{
  bm_sheet_draw_page (data, cr, page);
}

/* The sheet as a document of pages of @paper_width × @paper_height. */
static BmSheetDocument
sheet_document (BmSheet *self,
                double   paper_width,
                double   paper_height)
{
  return (BmSheetDocument) {
    _("My Stretch Sheet"), "My Stretch Sheet", self->date,
    bm_sheet_paginate (self, paper_width, paper_height), draw_sheet_page, self,
  };
}

/* Writes @doc as a PDF or PostScript file through the safe writer
 * (bm-file.c): to a temporary file created exclusively beside @path,
 * renamed over it only once complete; a device, pipe or folder at @path is
 * refused. The sheet's export, and the progress report's. */
gboolean
bm_sheet_write_document (const BmSheetDocument *doc,
                         const char            *path,
                         BmSheetFormat          format,
                         double                 paper_width,
                         double                 paper_height,
                         GError               **error)
{
  g_autoptr(BmFileWriter) writer = NULL;
  cairo_status_t status;

  if ((writer = bm_file_writer_new (path, 0666, error)) == NULL)
    return FALSE;
  status = render_document (doc, format, paper_width, paper_height, write_cb, writer);

  /* A failed write is reported by the commit with its cause; any other
   * cairo failure here is cairo's own. */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot write %s: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return bm_file_writer_commit (writer, error);
}

/* Writes the sheet at @path, atomically (bm_sheet_write_document()). */
gboolean
bm_sheet_export (BmSheet        *self,
                 const char     *path,
                 BmSheetFormat   format,
                 double          paper_width,
                 double          paper_height,
                 GError        **error)
{
  BmSheetDocument doc;

  g_return_val_if_fail (self != NULL && path != NULL, FALSE);

  doc = sheet_document (self, paper_width, paper_height);
  return bm_sheet_write_document (&doc, path, format, paper_width, paper_height, error);
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* GIO's replace writes a temporary file beside @file and renames it over
 * @file once complete (no backup is kept). A failure names @file, or the
 * missing folder. */
static gboolean
replace_contents (GFile       *file,
                  GByteArray  *bytes,
                  GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;

  if (g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE, G_FILE_CREATE_NONE,
                               NULL, NULL, &local_error))
    return TRUE;
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) && parent != NULL &&
      !g_file_query_exists (parent, NULL))
    g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot write %s: the folder %s does not exist"), name, folder);
  else
    g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot write %s: %s"), name, local_error->message);
  return FALSE;
}

/* Writes the sheet at @file, local or not: the pages are rendered in
 * memory first, then written in one go. A local file goes through the
 * safe writer, as with bm_sheet_export(); any other through GIO, which
 * replaces it atomically too. No failure is silent: @error names the file
 * and the cause. */
gboolean
bm_sheet_export_file (BmSheet        *self,
                      GFile          *file,
                      BmSheetFormat   format,
                      double          paper_width,
                      double          paper_height,
                      GError        **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  cairo_status_t status;
  BmSheetDocument doc;

  g_return_val_if_fail (self != NULL && G_IS_FILE (file), FALSE);

  /* A local file streams through the same safe writer as a path. */
  if ((path = g_file_get_path (file)) != NULL)
    return bm_sheet_export (self, path, format, paper_width, paper_height, error);
  bytes = g_byte_array_new ();
  doc = sheet_document (self, paper_width, paper_height);
  status = render_document (&doc, format, paper_width, paper_height, append_cb, bytes);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      name = g_file_get_parse_name (file);
      g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot write %s: %s"), name, cairo_status_to_string (status));
      return FALSE;
    }
  return replace_contents (file, bytes, error);
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
