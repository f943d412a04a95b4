/* bm-muscle-art.c: the anatomy layer, each muscle's shape on the body drawings
 *
 * assets/muscles-VIEW.svg (generated with the charts by tools/bodygen) holds
 * one group per muscle and side, id "muscle-ID-left|right", class "muscle"
 * or "muscle deep", in the coordinates of body-VIEW.svg. Like the body art,
 * each purpose has its own parsed drawing and user stylesheet: the selected
 * muscle (themed), the chart of every superficial muscle, a solid mask for
 * point tests, and the id colours of the chart's hit map.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <librsvg/rsvg.h>

#include "bm-data.h"
#include "bm-error.h"
#include "bm-hit-map.h"
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
  g_clear_pointer (&vs->svg, g_bytes_unref);
  g_clear_pointer (&vs->name, g_free);
  g_clear_pointer (&vs->shapes, g_ptr_array_unref);
  g_clear_pointer (&vs->by_id, g_hash_table_unref);
  g_clear_object (&vs->display);
  g_clear_object (&vs->chart);
  g_clear_object (&vs->outline);
  g_clear_object (&vs->mask);
  g_clear_pointer (&vs->hit_map, bm_hit_map_free);
}

static void
bm_muscle_art_finalize (GObject *object)
{
  BmMuscleArt *self = BM_MUSCLE_ART (object);

  for (guint i = 0; i < BM_N_VIEWS; i++)
    view_shapes_clear (&self->views[i]);
  g_clear_pointer (&self->deep, g_hash_table_unref);
  g_clear_pointer (&self->css, g_free);
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

typedef struct {
  BmMuscleArt *self;
  ViewShapes  *vs;
} Reader;

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

static void
read_element (GMarkupParseContext  *context,
              const char           *element,
              const char          **names,
              const char          **values,
              gpointer              user_data,
              GError              **error)
{
  Reader *reader = user_data;
  const char *id = NULL, *cls = NULL, *main = NULL;
  g_autofree char *muscle_id = NULL;
  const BmMuscle *muscle;
  BmMuscleSide side;
  Shape *shape;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "id"))
        id = values[i];
      else if (g_str_equal (names[i], "class"))
        cls = values[i];
      else if (g_str_equal (names[i], "data-main"))
        main = values[i];
      else if (g_str_equal (element, "svg") && g_str_equal (names[i], "width"))
        reader->vs->width = g_ascii_strtod (values[i], NULL);
      else if (g_str_equal (element, "svg") && g_str_equal (names[i], "height"))
        reader->vs->height = g_ascii_strtod (values[i], NULL);
    }
  if (cls == NULL || !g_str_has_prefix (cls, "muscle") || id == NULL)
    return;
  if (!parse_shape_id (id, &muscle_id, &side) || g_hash_table_contains (reader->vs->by_id, id))
    {
      g_autofree char *quoted = bm_quote_excerpt (id);
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID,
                   "%s: shape “%s” is not named muscle-ID-left or muscle-ID-right, or is drawn twice",
                   reader->vs->name, quoted);
      return;
    }
  /* A muscle this atlas lacks (an atlas of --data-dir) is left out. */
  if ((muscle = bm_atlas_lookup (reader->self->atlas, muscle_id)) == NULL)
    return;
  shape = g_new0 (Shape, 1);
  shape->id = g_strdup (id);
  shape->muscle = muscle;
  shape->side = side;
  shape->deep = strstr (cls, "deep") != NULL;
  if (main != NULL)
    {
      char *end = (char *) main;

      for (guint k = 0; k < 4; k++)
        shape->main[k] = g_ascii_strtod (end, &end);
    }
  g_ptr_array_add (reader->vs->shapes, shape);
  g_hash_table_insert (reader->vs->by_id, shape->id, shape);
  if (shape->deep)
    g_hash_table_add (reader->self->deep, (gpointer) shape->muscle);
}

static gboolean
load_view (BmMuscleArt *self,
           BmView       view,
           GBytes      *svg,
           const char  *name,
           GError     **error)
{
  static const GMarkupParser parser = { read_element, NULL, NULL, NULL, NULL };
  ViewShapes *vs = &self->views[view];
  Reader reader = { self, vs };
  g_autoptr(GMarkupParseContext) context = NULL;
  gsize length;
  const char *text = g_bytes_get_data (svg, &length);

  vs->svg = g_bytes_ref (svg);
  vs->name = g_strdup (name);
  vs->shapes = g_ptr_array_new_with_free_func ((GDestroyNotify) shape_free);
  vs->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  context = g_markup_parse_context_new (&parser, 0, &reader, NULL);
  if (!g_markup_parse_context_parse (context, text, length, error) ||
      !g_markup_parse_context_end_parse (context, error))
    {
      if (!g_error_matches (*error, BM_ERROR, BM_ERROR_INVALID))
        g_prefix_error (error, "%s: cannot read the drawing: ", name);
      return FALSE;
    }
  if (vs->width <= 0 || vs->height <= 0)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "%s: the drawing has no width and height", name);
      return FALSE;
    }
  return TRUE;
}

/* The shapes muscles-VIEW.svg in @root: the bundle's assets or a directory. */
BmMuscleArt *
bm_muscle_art_new_for_root (BmAtlas  *atlas,
                            GFile    *root,
                            GError  **error)
{
  g_autoptr(BmMuscleArt) self = NULL;
  BmMuscleStyle style;

  g_return_val_if_fail (BM_IS_ATLAS (atlas) && G_IS_FILE (root), NULL);

  self = g_object_new (BM_TYPE_MUSCLE_ART, NULL);
  self->atlas = g_object_ref (atlas);
  bm_muscle_art_get_default_style (&style, FALSE);
  bm_muscle_art_set_style (self, &style);
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      g_autofree char *name = g_strdup_printf ("muscles-%s.svg", bm_view_get_id (view));
      g_autoptr(GBytes) svg = bm_data_load (root, name, "the drawing is missing", error);

      if (svg == NULL || !load_view (self, view, svg, name, error))
        return NULL;
    }
  return g_steal_pointer (&self);
}

/* The built-in shapes. */
BmMuscleArt *
bm_muscle_art_new (BmAtlas  *atlas,
                   GError  **error)
{
  g_autoptr(GFile) root = bm_data_get_builtin ("assets");

  return bm_muscle_art_new_for_root (atlas, root, error);
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

RsvgHandle *
bm_muscle_art_lazy_handle (ViewShapes  *vs,
                           RsvgHandle **slot,
                           const char  *css)
{
  g_autoptr(GError) error = NULL;
  gsize length;
  const guint8 *data;

  if (*slot != NULL || vs->svg == NULL)
    return *slot;
  data = g_bytes_get_data (vs->svg, &length);
  *slot = rsvg_handle_new_from_data (data, length, &error);
  if (*slot != NULL && css != NULL)
    rsvg_handle_set_stylesheet (*slot, (const guint8 *) css, strlen (css), &error);
  if (error != NULL)
    {
      /* Reported once; the layer then shows as empty. */
      g_warning ("%s: cannot read the drawing: %s", vs->name, error->message);
      g_clear_object (slot);
      g_clear_pointer (&vs->svg, g_bytes_unref);
    }
  return *slot;
}

static void
append_rgba (GString      *css,
             const char   *property,
             const BmRgba *c)
{
  char alpha[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append_printf (css, "%s: rgb(%d, %d, %d); %s-opacity: %s; ", property,
                          (int) round (c->red * 255), (int) round (c->green * 255), (int) round (c->blue * 255),
                          property, g_ascii_formatd (alpha, sizeof alpha, "%.3f", c->alpha));
}

void
bm_muscle_art_set_style (BmMuscleArt         *self,
                         const BmMuscleStyle *style)
{
  g_autoptr(GString) css = g_string_new (".belly { ");

  g_return_if_fail (BM_IS_MUSCLE_ART (self) && style != NULL);

  append_rgba (css, "fill", &style->fill);
  append_rgba (css, "stroke", &style->stroke);
  g_string_append (css, "}\n.deep .belly { fill-opacity: ");
  g_string_append_printf (css, "%.3f; }\n.fibres { ", style->fill.alpha * 0.75);
  append_rgba (css, "stroke", &style->fibres);
  g_string_append (css, "}\n");
  g_free (self->css);
  self->css = g_string_free (g_steal_pointer (&css), FALSE);
  /* The drawings are parsed again with the new colours when next drawn. */
  for (guint i = 0; i < BM_N_VIEWS; i++)
    {
      g_clear_object (&self->views[i].display);
      g_clear_object (&self->views[i].chart);
      g_clear_object (&self->views[i].outline);
    }
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

void
bm_muscle_art_render_in (ViewShapes *vs,
                         RsvgHandle *handle,
                         cairo_t    *cr,
                         double      scale,
                         const char *layer)
{
  RsvgRectangle viewport = { 0, 0, vs->width * scale, vs->height * scale };
  g_autoptr(GError) error = NULL;

  if (handle == NULL)
    return;
  if (!(layer != NULL ? rsvg_handle_render_layer (handle, cr, layer, &viewport, &error)
                      : rsvg_handle_render_document (handle, cr, &viewport, &error)))
    g_warning ("%s: cannot draw %s: %s", vs->name, layer ? layer : "the shapes", error->message);
}

#define OUTLINE_STYLESHEET ".fibres { display: none; }\n.belly { fill: none; stroke-width: 2.4; }\n"

/* @muscle's group, through the handle in @slot styled by @extra_css. */
static void
render_shape (BmMuscleArt    *self,
              BmView          view,
              cairo_t        *cr,
              double          scale,
              const BmMuscle *muscle,
              BmMuscleSide    side,
              RsvgHandle    **slot,
              const char     *extra_css)
{
  const Shape *shape = bm_muscle_art_lookup_shape (self, view, muscle, side);
  g_autofree char *layer = NULL;
  g_autofree char *css = NULL;
  ViewShapes *vs = &self->views[view];

  if (shape == NULL)
    return;
  css = g_strconcat (self->css, extra_css, NULL);
  layer = g_strconcat ("#", shape->id, NULL);
  bm_muscle_art_render_in (vs, bm_muscle_art_lazy_handle (vs, slot, css), cr, scale, layer);
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
  render_shape (self, view, cr, scale, muscle, side, &self->views[view].display, "");
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
  render_shape (self, view, cr, scale, muscle, side, &self->views[view].outline, OUTLINE_STYLESHEET);
}

/* Draws every superficial muscle of @view: the anatomy chart. */
void
bm_muscle_art_render_chart (BmMuscleArt *self,
                            BmView       view,
                            cairo_t     *cr,
                            double       scale)
{
  g_autofree char *css = NULL;
  ViewShapes *vs;

  g_return_if_fail (BM_IS_MUSCLE_ART (self) && view < BM_N_VIEWS);

  vs = &self->views[view];
  css = g_strconcat (self->css, ".deep { display: none; }\n", NULL);
  bm_muscle_art_render_in (vs, bm_muscle_art_lazy_handle (vs, &vs->chart, css), cr, scale, NULL);
}
