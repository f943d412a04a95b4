/* bm-muscle-art.c: the anatomy layer, each muscle's shape on the body drawings
 *
 * assets/muscles-VIEW.svg (generated with the charts by tools/bodygen) holds
 * one group per muscle and side, id "muscle-ID-left|right", class "muscle"
 * or "muscle deep", in the coordinates of body-VIEW.svg. The built-in
 * drawings come compiled from the resource bundle (tools/bm-body-compile.c
 * read them with the parser of the body drawings, bm-vector-parse.c);
 * drawings in a data directory are read with the same parser. They are
 * drawn with cairo (bm-muscle-art-draw.c) and hit-tested on their paths
 * (bm-muscle-art-query.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-data.h"
#include "bm-error.h"
#include "bm-json.h"
#include "bm-muscle-art-private.h"

G_DEFINE_FINAL_TYPE (BmMuscleArt, bm_muscle_art, G_TYPE_OBJECT)

static void
shape_free (Shape *shape)
{
  g_free (shape->id);
  g_free (shape);
}

static void
view_shapes_clear (ViewShapes *vs)
{
  g_clear_pointer (&vs->drawing, bm_vector_drawing_free);
  g_clear_pointer (&vs->name, g_free);
  g_clear_pointer (&vs->shapes, g_ptr_array_unref);
  g_clear_pointer (&vs->by_id, g_hash_table_unref);
  g_clear_pointer (&vs->in_deep, g_free);
}

static void
bm_muscle_art_finalize (GObject *object)
{
  BmMuscleArt *self = BM_MUSCLE_ART (object);

  for (guint i = 0; i < BM_N_VIEWS; i++)
    view_shapes_clear (&self->views[i]);
  g_clear_pointer (&self->deep, g_hash_table_unref);
  g_clear_pointer (&self->probe, cairo_destroy);
  g_clear_object (&self->atlas);
  G_OBJECT_CLASS (bm_muscle_art_parent_class)->finalize (object);
}

static void
bm_muscle_art_class_init (BmMuscleArtClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bm_muscle_art_finalize;
}

static void
bm_muscle_art_init (BmMuscleArt *self)
{
  self->deep = g_hash_table_new (NULL, NULL);
}

/* ---- Reading a drawing ------------------------------------------------------ */

/* "muscle-ID-left" → the id and side, or FALSE when @id is not of that form. */
static gboolean
parse_shape_id (const char    *id,
                char         **muscle_id,
                BmMuscleSide  *side)
{
  gsize len = strlen (id), prefix = strlen ("muscle-"), suffix;

  if (g_str_has_suffix (id, "-left"))
    *side = BM_MUSCLE_LEFT;
  else if (g_str_has_suffix (id, "-right"))
    *side = BM_MUSCLE_RIGHT;
  else
    return FALSE;
  suffix = *side == BM_MUSCLE_LEFT ? strlen ("-left") : strlen ("-right");
  if (!g_str_has_prefix (id, "muscle-") || len <= prefix + suffix)
    return FALSE;
  *muscle_id = g_strndup (id + prefix, len - prefix - suffix);
  return TRUE;
}

/* The muscle group @index of the drawing, as a shape of its muscle. */
static gboolean
add_shape (BmMuscleArt  *self,
           ViewShapes   *vs,
           guint         index,
           GError      **error)
{
  const BmVectorGroup *group = &g_array_index (vs->drawing->groups, BmVectorGroup, index);
  g_autofree char *muscle_id = NULL;
  const BmMuscle *muscle;
  BmMuscleSide side;
  Shape *shape;

  if (!parse_shape_id (group->id, &muscle_id, &side) || g_hash_table_contains (vs->by_id, group->id))
    {
      g_autofree char *quoted = bm_quote_excerpt (group->id);
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   "%s: shape “%s” is not named muscle-ID-left or muscle-ID-right, or is drawn twice",
                   vs->name, quoted);
      return FALSE;
    }
  /* A muscle this atlas lacks (an atlas of --data-dir) is left out. */
  if ((muscle = bm_atlas_lookup (self->atlas, muscle_id)) == NULL)
    return TRUE;
  shape = g_new0 (Shape, 1);
  shape->id = g_strdup (group->id);
  shape->muscle = muscle;
  shape->side = side;
  shape->deep = (group->flags & BM_VECTOR_GROUP_DEEP) != 0;
  shape->group = index;
  g_ptr_array_add (vs->shapes, shape);
  g_hash_table_insert (vs->by_id, shape->id, shape);
  if (shape->deep)
    g_hash_table_add (self->deep, (gpointer) shape->muscle);
  return TRUE;
}

/* The muscles' groups of the view's drawing, which @vs now holds. */
static gboolean
read_shapes (BmMuscleArt  *self,
             ViewShapes   *vs,
             GError      **error)
{
  const BmVectorDrawing *d = vs->drawing;

  vs->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) shape_free);
  vs->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  vs->in_deep = g_new0 (guint8, d->shapes->len + 1);
  for (guint g = 0; g < d->groups->len; g++)
    {
      const BmVectorGroup *group = &g_array_index (d->groups, BmVectorGroup, g);

      if (group->flags & BM_VECTOR_GROUP_DEEP)
        memset (vs->in_deep + group->first, 1, group->end - group->first);
      if ((group->flags & BM_VECTOR_GROUP_MUSCLE) && !add_shape (self, vs, g, error))
        return FALSE;
    }
  return TRUE;
}

/* The compiled built-in drawing of @view, or NULL when this program has
 * none (the compiler itself, which reads the SVG files). */
static BmVectorDrawing *
load_compiled (BmView       view,
               const char  *name,
               GError     **error)
{
  g_autofree char *path = g_strdup_printf (BM_MUSCLE_ART_COMPILED_PATH "muscles-%s.gvariant",
                                           bm_view_get_id (view));
  g_autoptr(GBytes) bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  if (bytes == NULL)
    return NULL;
  return bm_vector_drawing_from_bytes (bytes, name, error);
}

static gboolean
load_view (BmMuscleArt  *self,
           BmView        view,
           GFile        *root,
           gboolean      compiled,
           GError      **error)
{
  ViewShapes *vs = &self->views[view];
  g_autoptr(GError) local_error = NULL;

  vs->name = g_strdup_printf ("muscles-%s.svg", bm_view_get_id (view));
  if (compiled && (vs->drawing = load_compiled (view, vs->name, &local_error)) == NULL && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (vs->drawing == NULL)
    {
      g_autoptr(GBytes) svg = bm_data_load (root, vs->name, "the drawing is missing", error);

      if (svg == NULL || (vs->drawing = bm_vector_drawing_parse (svg, vs->name, error)) == NULL)
        return FALSE;
    }
  return read_shapes (self, vs, error);
}

static BmMuscleArt *
muscle_art_new (BmAtlas   *atlas,
                GFile     *root,
                gboolean   compiled,
                GError   **error)
{
  g_autoptr(BmMuscleArt) self = NULL;

  g_return_val_if_fail (BM_IS_ATLAS (atlas) && G_IS_FILE (root), NULL);

  self = g_object_new (BM_TYPE_MUSCLE_ART, NULL);
  self->atlas = g_object_ref (atlas);
  bm_muscle_art_get_default_style (&self->style, FALSE);
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    if (!load_view (self, view, root, compiled, error))
      return NULL;
  return g_steal_pointer (&self);
}

/* The shapes muscles-VIEW.svg in @root (the bundle's assets or a
 * directory), read with the drawing parser. */
BmMuscleArt *
bm_muscle_art_new_for_root (BmAtlas  *atlas,
                            GFile    *root,
                            GError  **error)
{
  return muscle_art_new (atlas, root, FALSE, error);
}

/* The built-in shapes, compiled at build time. */
BmMuscleArt *
bm_muscle_art_new (BmAtlas  *atlas,
                   GError  **error)
{
  g_autoptr(GFile) root = bm_data_get_builtin ("assets");

  return muscle_art_new (atlas, root, TRUE, error);
}

/* ---- Questions -------------------------------------------------------------- */

const Shape *
bm_muscle_art_lookup_shape (BmMuscleArt    *self,
                            BmView          view,
                            const BmMuscle *muscle,
                            BmMuscleSide    side)
{
  g_autofree char *id = NULL;

  if (muscle == NULL || view >= BM_N_VIEWS || self->views[view].by_id == NULL)
    return NULL;
  id = g_strdup_printf ("muscle-%s-%s", muscle->id, side == BM_MUSCLE_LEFT ? "left" : "right");
  return g_hash_table_lookup (self->views[view].by_id, id);
}

gboolean
bm_muscle_art_has_shape (BmMuscleArt    *self,
                         BmView          view,
                         const BmMuscle *muscle,
                         BmMuscleSide    side)
{
  g_return_val_if_fail (BM_IS_MUSCLE_ART (self), FALSE);
  return bm_muscle_art_lookup_shape (self, view, muscle, side) != NULL;
}

/* Whether the muscle lies under another one (drawn dashed). */
gboolean
bm_muscle_art_is_deep (BmMuscleArt    *self,
                       const BmMuscle *muscle)
{
  g_return_val_if_fail (BM_IS_MUSCLE_ART (self), FALSE);
  return g_hash_table_contains (self->deep, muscle);
}

/* ---- Drawing ------------------------------------------------------------------ */

void
bm_muscle_art_set_style (BmMuscleArt         *self,
                         const BmMuscleStyle *style)
{
  g_return_if_fail (BM_IS_MUSCLE_ART (self) && style != NULL);
  self->style = *style;
}

void
bm_muscle_art_get_default_style (BmMuscleStyle *style,
                                 gboolean       dark)
{
  /* A muscle red that stays apart from the pain's orange and the referral
   * zone's violet, in both styles. */
  if (dark)
    *style = (BmMuscleStyle) {
      .fill = { 0.86, 0.42, 0.40, 0.42 },
      .stroke = { 0.95, 0.60, 0.58, 1 },
      .fibres = { 0.95, 0.60, 0.58, 0.45 },
    };
  else
    *style = (BmMuscleStyle) {
      .fill = { 0.75, 0.31, 0.30, 0.32 },
      .stroke = { 0.56, 0.18, 0.17, 1 },
      .fibres = { 0.56, 0.18, 0.17, 0.4 },
    };
}

/* @muscle's group, drawn for @paint. */
static void
render_shape (BmMuscleArt    *self,
              BmView          view,
              cairo_t        *cr,
              double          scale,
              const BmMuscle *muscle,
              BmMuscleSide    side,
              BmMusclePaint   paint)
{
  const Shape *shape = bm_muscle_art_lookup_shape (self, view, muscle, side);
  ViewShapes *vs = &self->views[view];
  const BmVectorGroup *group;

  if (shape == NULL)
    return;
  group = &g_array_index (vs->drawing->groups, BmVectorGroup, shape->group);
  bm_muscle_art_draw_shapes (self, vs, cr, scale, group->first, group->end, paint);
}

/* Draws @muscle on @side, if it has a shape in @view, at @scale pixels per
 * drawing unit. */
void
bm_muscle_art_render (BmMuscleArt    *self,
                      BmView          view,
                      cairo_t        *cr,
                      double          scale,
                      const BmMuscle *muscle,
                      BmMuscleSide    side)
{
  g_return_if_fail (BM_IS_MUSCLE_ART (self) && view < BM_N_VIEWS);
  render_shape (self, view, cr, scale, muscle, side, BM_MUSCLE_PAINT_DISPLAY);
}

/* Draws only the outline of @muscle on @side: over a referral zone that
 * covers the muscle, its edge still shows where it lies. */
void
bm_muscle_art_render_outline (BmMuscleArt    *self,
                              BmView          view,
                              cairo_t        *cr,
                              double          scale,
                              const BmMuscle *muscle,
                              BmMuscleSide    side)
{
  g_return_if_fail (BM_IS_MUSCLE_ART (self) && view < BM_N_VIEWS);
  render_shape (self, view, cr, scale, muscle, side, BM_MUSCLE_PAINT_OUTLINE);
}

/* Draws every superficial muscle of @view: the anatomy chart. */
void
bm_muscle_art_render_chart (BmMuscleArt *self,
                            BmView       view,
                            cairo_t     *cr,
                            double       scale)
{
  ViewShapes *vs;

  g_return_if_fail (BM_IS_MUSCLE_ART (self) && view < BM_N_VIEWS);
  vs = &self->views[view];
  bm_muscle_art_draw_shapes (self, vs, cr, scale, 0, vs->drawing->shapes->len, BM_MUSCLE_PAINT_CHART);
}
