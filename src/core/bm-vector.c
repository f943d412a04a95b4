/* bm-vector.c: a parsed body drawing, and its compiled GVariant form
 *
 * The compiled form is written by tools/bm-body-compile.c at build time
 * from the drawings that bm_vector_drawing_parse() accepted; reading it back
 * only copies numbers (no text to parse), so the app's start-up maps the
 * drawings from the resource bundle and draws them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-error.h"
#include "bm-vector.h"

#define CLIP_TYPE "(msyayadad)"
#define SHAPE_TYPE "(ymsnayadayad)"
#define TEXT_TYPE "(yssaday)"
#define GROUP_TYPE "(syaduu)"
#define DRAWING_TYPE "(dda" CLIP_TYPE "a" SHAPE_TYPE "a" TEXT_TYPE "a(bu)a" GROUP_TYPE ")"

/* The shape's numbers, in this order, in the compiled form. */
#define N_SHAPE_NUMBERS 15
#define N_TEXT_NUMBERS 7

static void
path_free (cairo_path_t *path)
{
  if (path == NULL)
    return;
  g_free (path->data);
  g_free (path);
}

static void
clip_clear (BmVectorClip *clip)
{
  g_clear_pointer (&clip->id, g_free);
  g_clear_pointer (&clip->path, path_free);
}

static void
shape_clear (BmVectorShape *shape)
{
  g_clear_pointer (&shape->id, g_free);
  g_clear_pointer (&shape->path, path_free);
}

static void
text_clear (BmVectorText *text)
{
  g_clear_pointer (&text->text, g_free);
  g_clear_pointer (&text->family, g_free);
}

static void
group_clear (BmVectorGroup *group)
{
  g_clear_pointer (&group->id, g_free);
}

BmVectorDrawing *
bm_vector_drawing_new (void)
{
  BmVectorDrawing *self = g_new0 (BmVectorDrawing, 1);

  self->clips = g_array_new (FALSE, TRUE, sizeof (BmVectorClip));
  g_array_set_clear_func (self->clips, (GDestroyNotify) clip_clear);
  self->shapes = g_array_new (FALSE, TRUE, sizeof (BmVectorShape));
  g_array_set_clear_func (self->shapes, (GDestroyNotify) shape_clear);
  self->texts = g_array_new (FALSE, TRUE, sizeof (BmVectorText));
  g_array_set_clear_func (self->texts, (GDestroyNotify) text_clear);
  self->items = g_array_new (FALSE, TRUE, sizeof (BmVectorItem));
  self->groups = g_array_new (FALSE, TRUE, sizeof (BmVectorGroup));
  g_array_set_clear_func (self->groups, (GDestroyNotify) group_clear);
  return self;
}

void
bm_vector_drawing_free (BmVectorDrawing *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->clips);
  g_array_unref (self->shapes);
  g_array_unref (self->texts);
  g_array_unref (self->items);
  g_array_unref (self->groups);
  g_clear_pointer (&self->compiled, g_variant_unref);
  g_free (self);
}

static int
op_n_coords (guint8 op)
{
  switch (op)
    {
    case BM_VECTOR_OP_MOVE:
    case BM_VECTOR_OP_LINE:
      return 2;
    case BM_VECTOR_OP_CURVE:
      return 6;
    case BM_VECTOR_OP_CLOSE:
      return 0;
    default:
      return -1;
    }
}

/* A cairo path of the operations @ops with their coordinates. */
cairo_path_t *
bm_vector_path_new (const guint8  *ops,
                    gsize          n_ops,
                    const double  *coords,
                    gsize          n_coords,
                    GError       **error)
{
  static const cairo_path_data_type_t types[] = {
    CAIRO_PATH_MOVE_TO, CAIRO_PATH_LINE_TO, CAIRO_PATH_CURVE_TO, CAIRO_PATH_CLOSE_PATH,
  };
  cairo_path_t *path;
  gsize n_data = 0, used = 0;

  for (gsize i = 0; i < n_ops; i++)
    {
      int n = op_n_coords (ops[i]);

      if (n < 0 || used + (gsize) n > n_coords)
        {
          g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "path operation %" G_GSIZE_FORMAT " is invalid", i);
          return NULL;
        }
      used += (gsize) n;
      n_data += 1 + (gsize) n / 2;
    }
  if (used != n_coords)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "path has %" G_GSIZE_FORMAT " coordinates too many",
                   n_coords - used);
      return NULL;
    }

  path = g_new0 (cairo_path_t, 1);
  path->status = CAIRO_STATUS_SUCCESS;
  path->data = g_new (cairo_path_data_t, MAX (n_data, 1));
  path->num_data = (int) n_data;
  n_data = used = 0;
  for (gsize i = 0; i < n_ops; i++)
    {
      int n = op_n_coords (ops[i]);
      cairo_path_data_t *d = &path->data[n_data];

      d->header.type = types[ops[i]];
      d->header.length = 1 + n / 2;
      for (int p = 0; p < n / 2; p++)
        {
          d[1 + p].point.x = coords[used++];
          d[1 + p].point.y = coords[used++];
        }
      n_data += 1 + (gsize) n / 2;
    }
  return path;
}

/* The extents of @path filled; FALSE when it covers nothing. */
gboolean
bm_vector_path_extents (cairo_path_t      *path,
                        cairo_fill_rule_t  fill_rule,
                        double            *x1,
                        double            *y1,
                        double            *x2,
                        double            *y2)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr = cairo_create (surface);

  cairo_append_path (cr, path);
  cairo_set_fill_rule (cr, fill_rule);
  cairo_fill_extents (cr, x1, y1, x2, y2);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return *x2 > *x1 && *y2 > *y1;
}

/* The path's operations and coordinates, for the compiled form. */
static void
path_to_variants (const cairo_path_t  *path,
                  GVariant           **ops,
                  GVariant           **coords)
{
  g_autoptr(GByteArray) op_bytes = g_byte_array_new ();
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (double));

  for (int i = 0; i < path->num_data; i += path->data[i].header.length)
    {
      const cairo_path_data_t *d = &path->data[i];
      guint8 op = d->header.type == CAIRO_PATH_MOVE_TO ? BM_VECTOR_OP_MOVE
                : d->header.type == CAIRO_PATH_LINE_TO ? BM_VECTOR_OP_LINE
                : d->header.type == CAIRO_PATH_CURVE_TO ? BM_VECTOR_OP_CURVE
                : BM_VECTOR_OP_CLOSE;

      g_byte_array_append (op_bytes, &op, 1);
      for (int p = 1; p < d->header.length; p++)
        {
          g_array_append_val (numbers, d[p].point.x);
          g_array_append_val (numbers, d[p].point.y);
        }
    }
  *ops = g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, op_bytes->data, op_bytes->len, 1);
  *coords = g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, numbers->data, numbers->len, sizeof (double));
}

static GVariant *
doubles (const double *values,
         gsize         n)
{
  return g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, values, n, sizeof (double));
}

static GVariant *
clip_to_variant (const BmVectorClip *clip)
{
  double extents[] = { clip->x1, clip->y1, clip->x2, clip->y2 };
  GVariant *ops, *coords;

  path_to_variants (clip->path, &ops, &coords);
  return g_variant_new ("(msy@ay@ad@ad)", clip->id, (guint8) clip->fill_rule, ops, coords,
                        doubles (extents, G_N_ELEMENTS (extents)));
}

static GVariant *
shape_to_variant (const BmVectorShape *s)
{
  guint8 bytes[] = { s->fill_rule, s->line_cap, s->line_join, s->has_fill, s->has_stroke };
  double numbers[N_SHAPE_NUMBERS] = {
    s->fill.red, s->fill.green, s->fill.blue, s->fill.alpha,
    s->stroke.red, s->stroke.green, s->stroke.blue, s->stroke.alpha,
    s->stroke_width, s->dash[0], s->dash[1], s->x1, s->y1, s->x2, s->y2,
  };
  GVariant *ops, *coords;

  path_to_variants (s->path, &ops, &coords);
  return g_variant_new ("(ymsn@ay@ad@ay@ad)", (guint8) s->kind, s->id, (gint16) s->clip,
                        g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, bytes, sizeof bytes, 1),
                        doubles (numbers, N_SHAPE_NUMBERS), ops, coords);
}

static GVariant *
text_to_variant (const BmVectorText *t)
{
  guint8 bytes[] = { (guint8) t->bold, (guint8) t->anchor, (guint8) t->has_fill };
  double numbers[N_TEXT_NUMBERS] = {
    t->x, t->y, t->size, t->fill.red, t->fill.green, t->fill.blue, t->fill.alpha,
  };

  return g_variant_new ("(yss@ad@ay)", (guint8) t->kind, t->text, t->family,
                        doubles (numbers, N_TEXT_NUMBERS),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, bytes, sizeof bytes, 1));
}

static GVariant *
groups_to_variant (const BmVectorDrawing *self)
{
  GVariantBuilder groups;

  g_variant_builder_init (&groups, G_VARIANT_TYPE ("a" GROUP_TYPE));
  for (guint i = 0; i < self->groups->len; i++)
    {
      const BmVectorGroup *g = &g_array_index (self->groups, BmVectorGroup, i);

      g_variant_builder_add (&groups, "(sy@aduu)", g->id, (guint8) g->flags,
                             doubles (g->main, g->has_main ? 4 : 0), g->first, g->end);
    }
  return g_variant_builder_end (&groups);
}

GVariant *
bm_vector_drawing_to_variant (const BmVectorDrawing *self)
{
  GVariantBuilder clips, shapes, texts, items;

  /* Read from its compiled form and not drawn yet: that is the form. */
  if (self->compiled != NULL)
    return g_variant_ref (self->compiled);
  g_variant_builder_init (&clips, G_VARIANT_TYPE ("a" CLIP_TYPE));
  for (guint i = 0; i < self->clips->len; i++)
    g_variant_builder_add_value (&clips, clip_to_variant (&g_array_index (self->clips, BmVectorClip, i)));
  g_variant_builder_init (&shapes, G_VARIANT_TYPE ("a" SHAPE_TYPE));
  for (guint i = 0; i < self->shapes->len; i++)
    g_variant_builder_add_value (&shapes, shape_to_variant (&g_array_index (self->shapes, BmVectorShape, i)));
  g_variant_builder_init (&texts, G_VARIANT_TYPE ("a" TEXT_TYPE));
  for (guint i = 0; i < self->texts->len; i++)
    g_variant_builder_add_value (&texts, text_to_variant (&g_array_index (self->texts, BmVectorText, i)));
  g_variant_builder_init (&items, G_VARIANT_TYPE ("a(bu)"));
  for (guint i = 0; i < self->items->len; i++)
    {
      const BmVectorItem *item = &g_array_index (self->items, BmVectorItem, i);

      g_variant_builder_add (&items, "(bu)", item->is_text, item->index);
    }
  return g_variant_ref_sink (g_variant_new ("(dd@a" CLIP_TYPE "@a" SHAPE_TYPE "@a" TEXT_TYPE "@a(bu)@a" GROUP_TYPE ")",
                                            self->width, self->height,
                                            g_variant_builder_end (&clips), g_variant_builder_end (&shapes),
                                            g_variant_builder_end (&texts), g_variant_builder_end (&items),
                                            groups_to_variant (self)));
}

static cairo_path_t *
path_from_variants (GVariant  *ops,
                    GVariant  *coords,
                    GError   **error)
{
  gsize n_ops, n_coords;
  const guint8 *op_data = g_variant_get_fixed_array (ops, &n_ops, 1);
  const double *coord_data = g_variant_get_fixed_array (coords, &n_coords, sizeof (double));

  return bm_vector_path_new (op_data, n_ops, coord_data, n_coords, error);
}

/* Checks the path's operations against its coordinates, for a path built
 * later by bm_vector_drawing_ensure_paths(). */
static gboolean
check_path (GVariant  *ops,
            GVariant  *coords,
            GError   **error)
{
  gsize n_ops, n_coords, used = 0;
  const guint8 *op_data = g_variant_get_fixed_array (ops, &n_ops, 1);

  g_variant_get_fixed_array (coords, &n_coords, sizeof (double));
  for (gsize i = 0; i < n_ops; i++)
    {
      int n = op_n_coords (op_data[i]);

      if (n < 0)
        {
          g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "path operation %" G_GSIZE_FORMAT " is invalid", i);
          return FALSE;
        }
      used += (gsize) n;
    }
  if (used != n_coords)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "a path has %" G_GSIZE_FORMAT " coordinates for %" G_GSIZE_FORMAT,
                   n_coords, used);
      return FALSE;
    }
  return TRUE;
}

static const double *
get_numbers (GVariant *v,
             gsize     want)
{
  gsize n;
  const double *numbers = g_variant_get_fixed_array (v, &n, sizeof (double));

  return n == want ? numbers : NULL;
}

static gboolean
clip_from_variant (GVariant      *v,
                   BmVectorClip  *clip,
                   GError       **error)
{
  g_autoptr(GVariant) ops = NULL, coords = NULL, extents = NULL;
  const double *e;
  guint8 rule;

  g_variant_get (v, "(msy@ay@ad@ad)", &clip->id, &rule, &ops, &coords, &extents);
  clip->fill_rule = rule;
  if ((e = get_numbers (extents, 4)) == NULL)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "a clip path has no extents");
      return FALSE;
    }
  clip->x1 = e[0], clip->y1 = e[1], clip->x2 = e[2], clip->y2 = e[3];
  return check_path (ops, coords, error);
}

static gboolean
shape_from_variant (GVariant       *v,
                    BmVectorShape  *s,
                    GError        **error)
{
  g_autoptr(GVariant) kind = g_variant_get_child_value (v, 0), id = g_variant_get_child_value (v, 1);
  g_autoptr(GVariant) clip = g_variant_get_child_value (v, 2), bytes = g_variant_get_child_value (v, 3);
  g_autoptr(GVariant) numbers = g_variant_get_child_value (v, 4), ops = g_variant_get_child_value (v, 5);
  g_autoptr(GVariant) coords = g_variant_get_child_value (v, 6);
  g_autoptr(GVariant) id_string = g_variant_get_maybe (id);
  const double *n;
  const guint8 *b;
  gsize n_bytes;

  /* Child by child: g_variant_get() parses its format string and copies
   * each child at five times the cost, for 1,600 shapes at start-up. */
  s->kind = g_variant_get_byte (kind);
  s->id = id_string != NULL ? g_variant_dup_string (id_string, NULL) : NULL;
  s->clip = g_variant_get_int16 (clip);
  b = g_variant_get_fixed_array (bytes, &n_bytes, 1);
  if ((n = get_numbers (numbers, N_SHAPE_NUMBERS)) == NULL || n_bytes != 5)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "a shape has the wrong number of fields");
      return FALSE;
    }
  s->fill_rule = b[0], s->line_cap = b[1], s->line_join = b[2];
  s->has_fill = b[3], s->has_stroke = b[4];
  s->fill = (BmVectorPaint) { n[0], n[1], n[2], n[3] };
  s->stroke = (BmVectorPaint) { n[4], n[5], n[6], n[7] };
  s->stroke_width = n[8], s->dash[0] = n[9], s->dash[1] = n[10];
  s->x1 = n[11], s->y1 = n[12], s->x2 = n[13], s->y2 = n[14];
  return check_path (ops, coords, error);
}

static gboolean
text_from_variant (GVariant      *v,
                   BmVectorText  *t,
                   GError       **error)
{
  g_autoptr(GVariant) numbers = NULL, bytes = NULL;
  const double *n;
  const guint8 *b;
  gsize n_bytes;
  guint8 kind;

  g_variant_get (v, "(yss@ad@ay)", &kind, &t->text, &t->family, &numbers, &bytes);
  t->kind = kind;
  b = g_variant_get_fixed_array (bytes, &n_bytes, 1);
  if ((n = get_numbers (numbers, N_TEXT_NUMBERS)) == NULL || n_bytes != 3)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "a text has the wrong number of fields");
      return FALSE;
    }
  t->x = n[0], t->y = n[1], t->size = n[2];
  t->fill = (BmVectorPaint) { n[3], n[4], n[5], n[6] };
  t->bold = b[0], t->anchor = b[1], t->has_fill = b[2];
  return TRUE;
}

static gboolean
read_groups (BmVectorDrawing  *self,
             GVariantIter     *iter,
             GError          **error)
{
  GVariant *child;

  while ((child = g_variant_iter_next_value (iter)) != NULL)
    {
      g_autoptr(GVariant) owned = child;
      g_autoptr(GVariant) id = g_variant_get_child_value (child, 0), flags = g_variant_get_child_value (child, 1);
      g_autoptr(GVariant) main = g_variant_get_child_value (child, 2);
      g_autoptr(GVariant) first = g_variant_get_child_value (child, 3), end = g_variant_get_child_value (child, 4);
      BmVectorGroup g = {
        .id = g_variant_dup_string (id, NULL), .flags = g_variant_get_byte (flags),
        .first = g_variant_get_uint32 (first), .end = g_variant_get_uint32 (end),
      };
      gsize n;
      const double *box = g_variant_get_fixed_array (main, &n, sizeof (double));

      g.has_main = n == 4;
      if (g.has_main)
        memcpy (g.main, box, sizeof g.main);
      g_array_append_val (self->groups, g);
      if ((n != 0 && n != 4) || g.first > g.end || g.end > self->shapes->len)
        {
          g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "group %u is invalid", self->groups->len - 1);
          return FALSE;
        }
    }
  return TRUE;
}

/* Checks what the compiler vouched for: indices in range. */
static gboolean
check_indices (BmVectorDrawing  *self,
               GError          **error)
{
  for (guint i = 0; i < self->shapes->len; i++)
    if (g_array_index (self->shapes, BmVectorShape, i).clip >= (int) self->clips->len)
      {
        g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "shape %u has no such clip path", i);
        return FALSE;
      }
  for (guint i = 0; i < self->items->len; i++)
    {
      const BmVectorItem *item = &g_array_index (self->items, BmVectorItem, i);

      if (item->index >= (item->is_text ? self->texts->len : self->shapes->len))
        {
          g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "item %u names nothing", i);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_drawing (BmVectorDrawing  *self,
              GVariant         *variant,
              GError          **error)
{
  g_autoptr(GVariantIter) clips = NULL, shapes = NULL, texts = NULL, items = NULL, groups = NULL;
  GVariant *child;

  g_variant_get (variant, DRAWING_TYPE, &self->width, &self->height, &clips, &shapes, &texts, &items, &groups);
  while ((child = g_variant_iter_next_value (clips)) != NULL)
    {
      g_autoptr(GVariant) owned = child;

      g_array_set_size (self->clips, self->clips->len + 1);
      if (!clip_from_variant (child, &g_array_index (self->clips, BmVectorClip, self->clips->len - 1), error))
        return FALSE;
    }
  while ((child = g_variant_iter_next_value (shapes)) != NULL)
    {
      g_autoptr(GVariant) owned = child;

      g_array_set_size (self->shapes, self->shapes->len + 1);
      if (!shape_from_variant (child, &g_array_index (self->shapes, BmVectorShape, self->shapes->len - 1), error))
        return FALSE;
    }
  while ((child = g_variant_iter_next_value (texts)) != NULL)
    {
      g_autoptr(GVariant) owned = child;

      g_array_set_size (self->texts, self->texts->len + 1);
      if (!text_from_variant (child, &g_array_index (self->texts, BmVectorText, self->texts->len - 1), error))
        return FALSE;
    }
  while ((child = g_variant_iter_next_value (items)) != NULL)
    {
      g_autoptr(GVariant) owned = child;
      g_autoptr(GVariant) is_text = g_variant_get_child_value (child, 0), index = g_variant_get_child_value (child, 1);
      BmVectorItem item = { g_variant_get_boolean (is_text), g_variant_get_uint32 (index) };

      g_array_append_val (self->items, item);
    }
  return check_indices (self, error) && read_groups (self, groups, error);
}

/* The drawing compiled by bm_vector_drawing_to_variant(); @name, for
 * messages, is where it came from. */
BmVectorDrawing *
bm_vector_drawing_from_variant (GVariant    *variant,
                                const char  *name,
                                GError     **error)
{
  g_autoptr(BmVectorDrawing) self = bm_vector_drawing_new ();

  if (!g_variant_is_of_type (variant, G_VARIANT_TYPE (DRAWING_TYPE)))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "%s: not a compiled drawing", name);
      return NULL;
    }
  if (!read_drawing (self, variant, error))
    {
      g_prefix_error (error, "%s: ", name);
      return NULL;
    }
  /* The paths are built when the drawing is first drawn or hit-tested:
   * a view never shown costs no memory for them. */
  self->compiled = g_variant_ref (variant);
  return g_steal_pointer (&self);
}

/* The compiled drawing in @bytes, as bm_vector_drawing_to_variant() wrote
 * it into the resource bundle at build time; the numbers are read in place.
 * The bundle is part of the program, so GVariant is told to trust its
 * framing (checking it again cost 23 k instructions a shape, 8 M for the
 * body drawings at every launch); the indices and paths are still checked. */
BmVectorDrawing *
bm_vector_drawing_from_bytes (GBytes      *bytes,
                              const char  *name,
                              GError     **error)
{
  g_autoptr(GVariant) variant = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (DRAWING_TYPE),
                                                                             bytes, TRUE));

  return bm_vector_drawing_from_variant (variant, name, error);
}

/* The path at @index of the compiled form's child @list, whose path
 * operations and coordinates are its children @ops and @ops + 1. */
static cairo_path_t *
compiled_path (GVariant *list,
               gsize     index,
               gsize     ops)
{
  g_autoptr(GVariant) item = g_variant_get_child_value (list, index);
  g_autoptr(GVariant) op_bytes = g_variant_get_child_value (item, ops);
  g_autoptr(GVariant) coords = g_variant_get_child_value (item, ops + 1);

  /* Checked when the drawing was read. */
  return path_from_variants (op_bytes, coords, NULL);
}

/* Builds the paths of a drawing read from its compiled form. */
void
bm_vector_drawing_ensure_paths (BmVectorDrawing *self)
{
  g_autoptr(GVariant) clips = NULL, shapes = NULL;

  if (self->compiled == NULL)
    return;
  clips = g_variant_get_child_value (self->compiled, 2);
  shapes = g_variant_get_child_value (self->compiled, 3);
  for (guint i = 0; i < self->clips->len; i++)
    g_array_index (self->clips, BmVectorClip, i).path = compiled_path (clips, i, 2);
  for (guint i = 0; i < self->shapes->len; i++)
    g_array_index (self->shapes, BmVectorShape, i).path = compiled_path (shapes, i, 5);
  g_clear_pointer (&self->compiled, g_variant_unref);
}

/* Whether (@x, @y) lies in the extents of @shape and of its clip: a point
 * outside either is not covered, whatever the paths; the cheap test before
 * a hit test on the paths. */
gboolean
bm_vector_shape_may_cover (const BmVectorDrawing *self,
                           const BmVectorShape   *shape,
                           double                 x,
                           double                 y)
{
  const BmVectorClip *clip = shape->clip >= 0 ? BM_VECTOR_CLIP (self, shape->clip) : NULL;

  return x >= shape->x1 && x <= shape->x2 && y >= shape->y1 && y <= shape->y2 &&
         (clip == NULL || (x >= clip->x1 && x <= clip->x2 && y >= clip->y1 && y <= clip->y2));
}
