/* bm-base-raster.c: the body map's base drawings rasterised on a thread
 *
 * At the view's first allocation its size is known, and the drawings of
 * the views shown are rasterised, in order, on a thread of their own while
 * the main thread lays out and snapshots the rest of the window. The
 * first snapshot draws those the thread has not begun itself, from the
 * last (bm_base_raster_run()), then takes each image, waiting only for the
 * one still being drawn (bm_base_raster_finish()): with a core free, the
 * two views are drawn side by side.
 *
 * The thread reads only the drawing's paths, built on the main thread
 * before it starts, and a copy of the style (bm_body_art_render_styled());
 * the captions are laid out with a Pango context of its own, on its own
 * thread's font map. A raster holds a reference on the art, so the thread
 * may outlive the view; a cancelled raster that has not begun is skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-base-raster.h"

enum { PENDING, RUNNING, DONE, CANCELLED };

struct _BmBaseRaster
{
  gatomicrefcount  ref;
  int              state;        /* atomic: PENDING → RUNNING → DONE, or CANCELLED */
  GMutex           lock;
  GCond            done;
  BmBodyArt       *art;
  BmView           view;
  BmArtStyle       style;        /* copied on the main thread */
  graphene_rect_t  area;         /* drawing units */
  double           device_scale;
  cairo_surface_t *image;        /* the shapes, once DONE */
};

static BmBaseRaster *
raster_ref (BmBaseRaster *self)
{
  g_atomic_ref_count_inc (&self->ref);
  return self;
}

static void
raster_unref (BmBaseRaster *self)
{
  if (!g_atomic_ref_count_dec (&self->ref))
    return;
  g_clear_pointer (&self->image, cairo_surface_destroy);
  g_object_unref (self->art);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->done);
  g_free (self);
}

/* An image of @area (drawing units) at @device_scale, and in @cr a
 * context on it with the area's origin at its top left: the main thread
 * and the raster thread draw into the same size and place. */
cairo_surface_t *
bm_base_raster_image_new (const graphene_rect_t  *area,
                          double                  device_scale,
                          cairo_t               **cr)
{
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                       MAX (1, ceil (area->size.width * device_scale)),
                                                       MAX (1, ceil (area->size.height * device_scale)));

  *cr = cairo_create (image);
  cairo_translate (*cr, -area->origin.x * device_scale, -area->origin.y * device_scale);
  return image;
}

/* A raster of @area of @view at @device_scale, in @art's style as it is
 * now; not started. */
BmBaseRaster *
bm_base_raster_new (BmBodyArt             *art,
                    BmView                 view,
                    const graphene_rect_t *area,
                    double                 device_scale)
{
  BmBaseRaster *self = g_new0 (BmBaseRaster, 1);

  g_atomic_ref_count_init (&self->ref);
  self->state = PENDING;
  g_mutex_init (&self->lock);
  g_cond_init (&self->done);
  self->art = g_object_ref (art);
  self->view = view;
  bm_body_art_prepare_render (art, view, &self->style);
  self->area = *area;
  self->device_scale = device_scale;
  return self;
}

/* Draws the shapes here, unless a thread has begun them (or they were
 * cancelled). */
void
bm_base_raster_run (BmBaseRaster *self)
{
  cairo_surface_t *image;
  cairo_t *cr;

  if (!g_atomic_int_compare_and_exchange (&self->state, PENDING, RUNNING))
    return;
  image = bm_base_raster_image_new (&self->area, self->device_scale, &cr);
  bm_body_art_render_styled (self->art, self->view, &self->style, cr, self->device_scale);
  cairo_destroy (cr);

  g_mutex_lock (&self->lock);
  self->image = image;
  g_atomic_int_set (&self->state, DONE);
  g_cond_broadcast (&self->done);
  g_mutex_unlock (&self->lock);
}

static gpointer
thread_func (gpointer data)
{
  GPtrArray *rasters = data;

  for (guint i = 0; i < rasters->len; i++)
    bm_base_raster_run (g_ptr_array_index (rasters, i));
  g_ptr_array_unref (rasters);
  return NULL;
}

/* Starts drawing @rasters, in order, on one thread; with one processor,
 * they are left to the snapshot (a thread would only take turns with it). */
void
bm_base_raster_start (BmBaseRaster **rasters,
                      guint          n_rasters)
{
  GPtrArray *list;

  if (g_get_num_processors () < 2)
    return;
  list = g_ptr_array_new_with_free_func ((GDestroyNotify) raster_unref);
  for (guint i = 0; i < n_rasters; i++)
    if (rasters[i] != NULL)
      g_ptr_array_add (list, raster_ref (rasters[i]));
  if (list->len == 0)
    {
      g_ptr_array_unref (list);
      return;
    }
  g_thread_unref (g_thread_new ("bodymap-raster", thread_func, list));
}

gboolean
bm_base_raster_matches (BmBaseRaster          *self,
                        const graphene_rect_t *area,
                        double                 device_scale)
{
  return self->device_scale == device_scale && graphene_rect_equal (&self->area, area);
}

/* The image, on the main thread: drawn here if the thread has not begun
 * it, else waited for. Drops @self. */
cairo_surface_t *
bm_base_raster_finish (BmBaseRaster *self)
{
  cairo_surface_t *image;

  bm_base_raster_run (self);
  g_mutex_lock (&self->lock);
  while (g_atomic_int_get (&self->state) != DONE)
    g_cond_wait (&self->done, &self->lock);
  image = g_steal_pointer (&self->image);
  g_mutex_unlock (&self->lock);
  raster_unref (self);
  return image;
}

/* Drops @self: not drawn if the thread has not begun it. */
void
bm_base_raster_cancel (BmBaseRaster *self)
{
  g_atomic_int_compare_and_exchange (&self->state, PENDING, CANCELLED);
  raster_unref (self);
}
