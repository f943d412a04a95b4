/* bm-vector-parse.c: the body drawings' subset of SVG, read strictly
 *
 * Reads what tools/gen-body-svg.py writes and nothing more: <svg> with a
 * width, a height and a viewBox at the origin; <defs> holding <clipPath>s
 * of <path>s and <rect>s; <g>, <path> and <rect> with solid paints
 * ("none", #rgb, #rrggbb), opacities, a stroke width, a dash pattern of
 * two lengths, a line cap and join, a fill rule and a clip path; and <text>
 * with one line of text at a point. Path data has M, L, H, V, C and Z.
 * The muscle drawings (muscles-*.svg) add groups with an id, a clip path
 * for all they hold, the classes "muscle" and "deep" and the box of their
 * largest part in data-main; those groups are kept (BmVectorGroup). A
 * class the app does not draw is an error too.
 * Anything else (a transform, a style attribute, an arc, a <circle>) is an
 * error naming the file, the line and the element, so a drawing never shows
 * differently from what its author sees in other programs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-error.h"
#include "bm-json.h"
#include "bm-vector-private.h"

typedef struct {
  const char       *name;        /* the file, for messages */
  BmVectorDrawing  *drawing;
  GArray           *styles;      /* BmVectorStyle, one per open element */
  GHashTable       *clip_ids;    /* id → clip index + 1 */
  GByteArray       *clip_ops;    /* the open <clipPath>'s paths */
  GArray           *clip_coords;
  cairo_fill_rule_t clip_rule;
  char             *clip_id;
  GString          *text;        /* the open <text>'s content, or NULL */
  GArray           *open_groups; /* int per open <g>: its group, or -1 */
  gboolean          in_defs;
  gboolean          in_clip;
  gboolean          seen_root;
} Parser;

/* An error about @element at the parser's position. */
static void G_GNUC_PRINTF (5, 6)
element_error (GMarkupParseContext  *context,
               Parser               *p,
               const char           *element,
               GError              **error,
               const char           *format,
               ...)
{
  g_autofree char *message = NULL;
  g_autofree char *quoted = NULL;
  va_list args;
  int line, column;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_markup_parse_context_get_position (context, &line, &column);
  quoted = bm_quote_excerpt (element);
  g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "%s: line %d: <%s>: %s", p->name, line, quoted, message);
}

static BmVectorStyle *
top_style (Parser *p)
{
  return &g_array_index (p->styles, BmVectorStyle, p->styles->len - 1);
}

static gboolean
unsupported_attribute (GMarkupParseContext  *context,
                       Parser               *p,
                       const char           *element,
                       const char           *name,
                       GError              **error)
{
  g_autofree char *quoted = bm_quote_excerpt (name);

  element_error (context, p, element, error, "attribute “%s” is not supported here", quoted);
  return FALSE;
}

static gboolean
start_root (GMarkupParseContext  *context,
            Parser               *p,
            const char          **names,
            const char          **values,
            GError              **error)
{
  BmVectorDrawing *d = p->drawing;
  const char *view_box = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "width") || g_str_equal (names[i], "height"))
        {
          if (!bm_vector_parse_length (values[i], names[i][0] == 'w' ? &d->width : &d->height))
            {
              element_error (context, p, "svg", error, "attribute “%s” is not a length in px", names[i]);
              return FALSE;
            }
        }
      else if (g_str_equal (names[i], "viewBox"))
        view_box = values[i];
      else if (!g_str_equal (names[i], "xmlns") && !g_str_equal (names[i], "version"))
        return unsupported_attribute (context, p, "svg", names[i], error);
    }
  if (view_box != NULL)
    {
      g_autofree char *expect = g_strdup_printf ("0 0 %g %g", d->width, d->height);

      if (!g_str_equal (view_box, expect))
        {
          element_error (context, p, "svg", error, "the viewBox must be “%s”, the width and the height", expect);
          return FALSE;
        }
    }
  if (!(d->width > 0 && d->height > 0))
    {
      element_error (context, p, "svg", error, "the drawing has no width and height");
      return FALSE;
    }
  p->seen_root = TRUE;
  return TRUE;
}

/* A <path> or <rect> inside a <clipPath>: added to the clip's path. */
static gboolean
start_clip_child (GMarkupParseContext  *context,
                  Parser               *p,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  GError              **error)
{
  double rect[4] = { 0 };
  const char *d = NULL;
  int rule = CAIRO_FILL_RULE_WINDING, r;
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if ((r = bm_vector_geometry_attribute (element, names[i], values[i], rect, &d, &local_error)) < 0)
        break;
      if (r > 0 || g_str_equal (names[i], "id"))
        continue;
      if (!g_str_equal (names[i], "clip-rule"))
        return unsupported_attribute (context, p, element, names[i], error);
      if (!bm_vector_parse_keyword (values[i], bm_vector_fill_rules, &rule))
        {
          element_error (context, p, element, error, "attribute “clip-rule” must be nonzero or evenodd");
          return FALSE;
        }
    }
  if (local_error == NULL)
    bm_vector_build_geometry (element, d, rect, p->clip_ops, p->clip_coords, &local_error);
  if (local_error != NULL)
    {
      element_error (context, p, element, error, "%s", local_error->message);
      return FALSE;
    }
  /* As librsvg does: a clip path's children make one path, clipped to
   * with the last child's rule. */
  p->clip_rule = rule;
  return TRUE;
}

static gboolean
resolve_clip (GMarkupParseContext  *context,
              Parser               *p,
              const char           *element,
              const char           *value,
              int                  *clip,
              GError              **error)
{
  g_autofree char *id = NULL;
  gsize n = strlen (value);
  gpointer index;

  if (!g_str_has_prefix (value, "url(#") || n < 7 || value[n - 1] != ')')
    {
      element_error (context, p, element, error, "attribute “clip-path” must be url(#id)");
      return FALSE;
    }
  id = g_strndup (value + 5, n - 6);
  if ((index = g_hash_table_lookup (p->clip_ids, id)) == NULL)
    {
      g_autofree char *quoted = bm_quote_excerpt (id);

      element_error (context, p, element, error, "clip path “%s” is not defined before it is used", quoted);
      return FALSE;
    }
  *clip = GPOINTER_TO_INT (index) - 1;
  return TRUE;
}

/* Attributes every painted element may have: id, class and the paint
 * properties. Returns 1 when @name is one, 0 when not, -1 on error. */
static int
common_attribute (GMarkupParseContext  *context,
                  Parser               *p,
                  const char           *element,
                  BmVectorStyle                *style,
                  const char           *name,
                  const char           *value,
                  GError              **error)
{
  g_autoptr(GError) local_error = NULL;
  int r;

  if (g_str_equal (name, "id"))
    return 1;
  if (g_str_equal (name, "class"))
    {
      g_autofree char *unknown = bm_vector_unknown_class (value);

      if (unknown != NULL)
        {
          g_autofree char *quoted = bm_quote_excerpt (unknown);

          element_error (context, p, element, error, "class “%s” is not one the app draws", quoted);
          return -1;
        }
      style->kind = bm_vector_parse_class (value, style->kind);
      return 1;
    }
  if ((r = bm_vector_apply_property (style, name, value, &local_error)) < 0)
    element_error (context, p, element, error, "%s", local_error->message);
  return r;
}

static const char *
find_attribute (const char  **names,
                const char  **values,
                const char   *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

static gboolean
add_shape (GMarkupParseContext  *context,
           Parser               *p,
           const char           *element,
           const char          **names,
           const char          **values,
           GError              **error)
{
  BmVectorStyle *style = top_style (p);
  BmVectorShape shape = { .clip = style->clip };
  g_autoptr(GByteArray) ops = g_byte_array_new ();
  g_autoptr(GArray) coords = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) local_error = NULL;
  const char *d = NULL, *id = find_attribute (names, values, "id");
  double rect[4] = { 0 };
  int r;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "clip-path"))
        {
          if (style->clip >= 0)
            {
              element_error (context, p, element, error, "a clip path inside a clipped group is not supported");
              return FALSE;
            }
          if (!resolve_clip (context, p, element, values[i], &shape.clip, error))
            return FALSE;
          continue;
        }
      if ((r = bm_vector_geometry_attribute (element, names[i], values[i], rect, &d, &local_error)) > 0)
        continue;
      if (r < 0)
        break;
      if ((r = common_attribute (context, p, element, style, names[i], values[i], error)) < 0)
        return FALSE;
      if (r == 0)
        return unsupported_attribute (context, p, element, names[i], error);
    }
  if (local_error == NULL && style->kind == BM_VECTOR_REGION && id == NULL)
    g_set_error (&local_error, BM_ERROR, BM_ERROR_PARSE, "a region has no id");
  if (local_error == NULL)
    bm_vector_build_geometry (element, d, rect, ops, coords, &local_error);
  if (local_error == NULL)
    shape.path = bm_vector_path_new (ops->data, ops->len, (double *) (void *) coords->data, coords->len,
                                     &local_error);
  if (local_error != NULL)
    {
      element_error (context, p, element, error, "%s", local_error->message);
      return FALSE;
    }
  shape.kind = style->kind;
  shape.id = g_strdup (id);
  shape.fill_rule = style->fill_rule;
  shape.has_fill = style->has_fill;
  shape.has_stroke = style->has_stroke && style->stroke_width > 0;
  shape.fill = style->fill;
  shape.stroke = style->stroke;
  shape.stroke_width = style->stroke_width;
  shape.line_cap = style->line_cap;
  shape.line_join = style->line_join;
  memcpy (shape.dash, style->dash, sizeof shape.dash);
  bm_vector_path_extents (shape.path, shape.fill_rule, &shape.x1, &shape.y1, &shape.x2, &shape.y2);
  g_array_append_val (p->drawing->shapes, shape);
  g_array_append_val (p->drawing->items, ((BmVectorItem) { FALSE, p->drawing->shapes->len - 1 }));
  return TRUE;
}

static gboolean
start_text (GMarkupParseContext  *context,
            Parser               *p,
            const char          **names,
            const char          **values,
            GError              **error)
{
  BmVectorStyle *style = top_style (p);
  BmVectorText text = { .family = g_strdup ("sans-serif"), .size = 16 };
  int r;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if ((r = common_attribute (context, p, "text", style, names[i], values[i], error)) < 0)
        goto fail;
      if (r > 0)
        continue;
      if (!bm_vector_text_attribute (&text, names[i], values[i]))
        {
          g_autofree char *quoted = bm_quote_excerpt (values[i]);

          g_autofree char *name = bm_quote_excerpt (names[i]);

          element_error (context, p, "text", error, "attribute “%s” is not supported here or its value “%s” is not",
                         name, quoted);
          goto fail;
        }
    }
  text.kind = style->kind;
  text.has_fill = style->has_fill;
  text.fill = style->fill;
  g_array_append_val (p->drawing->texts, text);
  g_array_append_val (p->drawing->items, ((BmVectorItem) { TRUE, p->drawing->texts->len - 1 }));
  p->text = g_string_new (NULL);
  return TRUE;

fail:
  g_free (text.family);
  return FALSE;
}

static gboolean
start_clip_path (GMarkupParseContext  *context,
                 Parser               *p,
                 const char          **names,
                 const char          **values,
                 GError              **error)
{
  const char *id = NULL;

  if (!p->in_defs || p->in_clip)
    {
      element_error (context, p, "clipPath", error, "a clip path belongs directly in <defs>");
      return FALSE;
    }
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "id"))
      id = values[i];
    else
      return unsupported_attribute (context, p, "clipPath", names[i], error);
  if (id == NULL)
    {
      element_error (context, p, "clipPath", error, "a clip path has no id");
      return FALSE;
    }
  p->in_clip = TRUE;
  p->clip_id = g_strdup (id);
  p->clip_rule = CAIRO_FILL_RULE_WINDING;
  g_byte_array_set_size (p->clip_ops, 0);
  g_array_set_size (p->clip_coords, 0);
  return TRUE;
}

/* A <g>'s own attributes: its clip path (for all it holds), its muscle
 * classes and data-main. Returns 1 when @name is one, 0 when not, -1 on
 * error. */
static int
group_attribute (GMarkupParseContext  *context,
                 Parser               *p,
                 BmVectorGroup        *group,
                 const char           *name,
                 const char           *value,
                 GError              **error)
{
  BmVectorStyle *style = top_style (p);

  if (g_str_equal (name, "clip-path"))
    {
      if (style->clip >= 0)
        {
          element_error (context, p, "g", error, "a clip path inside a clipped group is not supported");
          return -1;
        }
      return resolve_clip (context, p, "g", value, &style->clip, error) ? 1 : -1;
    }
  if (g_str_equal (name, "data-main"))
    {
      if (!bm_vector_parse_box (value, group->main))
        {
          g_autofree char *quoted = bm_quote_excerpt (value);

          element_error (context, p, "g", error, "attribute “data-main” must be “x y width height”, not “%s”",
                         quoted);
          return -1;
        }
      group->has_main = TRUE;
      return 1;
    }
  if (g_str_equal (name, "class"))
    group->flags = bm_vector_parse_group_class (value);
  else if (g_str_equal (name, "id"))
    group->id = g_strdup (value);
  return 0;
}

static gboolean
start_group (GMarkupParseContext  *context,
             Parser               *p,
             const char           *element,
             const char          **names,
             const char          **values,
             GError              **error)
{
  gboolean defs = g_str_equal (element, "defs");
  BmVectorGroup group = { .first = p->drawing->shapes->len };
  int r, index = -1;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (defs && !g_str_equal (names[i], "id"))
        return unsupported_attribute (context, p, element, names[i], error);
      if (!defs && (r = group_attribute (context, p, &group, names[i], values[i], error)) != 0)
        {
          if (r < 0)
            goto fail;
          continue;
        }
      if ((r = common_attribute (context, p, element, top_style (p), names[i], values[i], error)) < 0)
        goto fail;
      if (r == 0)
        {
          unsupported_attribute (context, p, element, names[i], error);
          goto fail;
        }
    }
  if (defs)
    p->in_defs = TRUE;
  else if (group.id == NULL && (group.flags != 0 || group.has_main))
    {
      element_error (context, p, element, error, "a muscle group has no id");
      goto fail;
    }
  else if (group.id != NULL)
    {
      g_array_append_val (p->drawing->groups, group);
      index = (int) p->drawing->groups->len - 1;
    }
  if (!defs)
    g_array_append_val (p->open_groups, index);
  return TRUE;

fail:
  g_free (group.id);
  return FALSE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Parser *p = user_data;
  gboolean shape = g_str_equal (element, "path") || g_str_equal (element, "rect");
  BmVectorStyle style;

  if (!p->seen_root)
    {
      if (!g_str_equal (element, "svg"))
        element_error (context, p, element, error, "the drawing must start with <svg>");
      else
        start_root (context, p, names, values, error);
      return;
    }
  if (p->text != NULL || (p->in_clip && !shape) || g_str_equal (element, "svg"))
    {
      element_error (context, p, element, error, "the element cannot be here");
      return;
    }
  /* Every element below the root gets a copy of its parent's style. */
  style = *top_style (p);
  g_array_append_val (p->styles, style);
  if (p->in_clip)
    start_clip_child (context, p, element, names, values, error);
  else if (shape)
    add_shape (context, p, element, names, values, error);
  else if (g_str_equal (element, "g") || g_str_equal (element, "defs"))
    start_group (context, p, element, names, values, error);
  else if (g_str_equal (element, "clipPath"))
    start_clip_path (context, p, names, values, error);
  else if (g_str_equal (element, "text"))
    start_text (context, p, names, values, error);
  else
    element_error (context, p, element, error, "the element is not supported in the body drawings");
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Parser *p = user_data;
  g_autoptr(GError) local_error = NULL;

  if (g_str_equal (element, "svg"))
    return;
  if (g_str_equal (element, "text"))
    {
      BmVectorText *text = &g_array_index (p->drawing->texts, BmVectorText, p->drawing->texts->len - 1);

      text->text = bm_vector_collapse_spaces (p->text->str);
      g_string_free (g_steal_pointer (&p->text), TRUE);
    }
  else if (g_str_equal (element, "defs"))
    p->in_defs = FALSE;
  else if (g_str_equal (element, "g"))
    {
      int index = g_array_index (p->open_groups, int, p->open_groups->len - 1);

      if (index >= 0)
        g_array_index (p->drawing->groups, BmVectorGroup, index).end = p->drawing->shapes->len;
      g_array_set_size (p->open_groups, p->open_groups->len - 1);
    }
  else if (g_str_equal (element, "clipPath"))
    {
      BmVectorClip clip = { .id = g_steal_pointer (&p->clip_id), .fill_rule = p->clip_rule };

      p->in_clip = FALSE;
      clip.path = bm_vector_path_new (p->clip_ops->data, p->clip_ops->len,
                                      (double *) (void *) p->clip_coords->data, p->clip_coords->len, &local_error);
      if (clip.path == NULL)
        {
          element_error (context, p, element, error, "%s", local_error->message);
          g_free (clip.id);
          return;
        }
      bm_vector_path_extents (clip.path, clip.fill_rule, &clip.x1, &clip.y1, &clip.x2, &clip.y2);
      g_array_append_val (p->drawing->clips, clip);
      g_hash_table_insert (p->clip_ids, g_strdup (clip.id), GUINT_TO_POINTER (p->drawing->clips->len));
    }
  g_array_set_size (p->styles, p->styles->len - 1);
}

static void
text (GMarkupParseContext  *context,
      const char           *content,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Parser *p = user_data;
  const char *element = g_markup_parse_context_get_element (context);

  if (p->text != NULL)
    {
      g_string_append_len (p->text, content, (gssize) length);
      return;
    }
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (content[i]))
      {
        element_error (context, p, element ? element : "svg", error, "text outside a <text> element");
        return;
      }
}

/* The SVG drawing @svg, read by the rules above; @name names it in errors. */
BmVectorDrawing *
bm_vector_drawing_parse (GBytes      *svg,
                         const char  *name,
                         GError     **error)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  g_autoptr(BmVectorDrawing) drawing = bm_vector_drawing_new ();
  g_autoptr(GMarkupParseContext) context = NULL;
  BmVectorStyle initial = {
    .kind = BM_VECTOR_PLAIN, .has_fill = TRUE, .fill = { 0, 0, 0, 1 }, .stroke = { 0, 0, 0, 1 },
    .stroke_width = 1, .line_cap = CAIRO_LINE_CAP_BUTT, .line_join = CAIRO_LINE_JOIN_MITER,
    .fill_rule = CAIRO_FILL_RULE_WINDING, .clip = -1,
  };
  Parser p = { .name = name, .drawing = drawing };
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data = g_bytes_get_data (svg, &length);
  gboolean ok;

  if (data == NULL)  /* empty bytes: GMarkup refuses a NULL text */
    data = "";

  p.styles = g_array_new (FALSE, FALSE, sizeof (BmVectorStyle));
  g_array_append_val (p.styles, initial);
  p.clip_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.clip_ops = g_byte_array_new ();
  p.clip_coords = g_array_new (FALSE, FALSE, sizeof (double));
  p.open_groups = g_array_new (FALSE, FALSE, sizeof (int));
  context = g_markup_parse_context_new (&parser, 0, &p, NULL);
  ok = g_markup_parse_context_parse (context, data, (gssize) length, &local_error) &&
       g_markup_parse_context_end_parse (context, &local_error);
  if (!ok && local_error->domain != BM_ERROR)
    {
      /* Not XML: GMarkup's message has the line. */
      g_autofree char *valid = g_utf8_make_valid (local_error->message, -1);
      glong n = g_utf8_strlen (valid, -1);
      /* GLib 2.74's g_utf8_substring() reads past the end when asked for
       * more characters than there are. */
      g_autofree char *message = g_utf8_substring (valid, 0, MIN (n, 300));

      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "%s: %s%s", name, message, n > 300 ? "…" : "");
      g_clear_error (&local_error);
    }
  else if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  if (ok && !p.seen_root)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "%s: the file has no <svg> element", name);
      ok = FALSE;
    }
  g_array_unref (p.styles);
  g_hash_table_unref (p.clip_ids);
  g_byte_array_unref (p.clip_ops);
  g_array_unref (p.clip_coords);
  g_array_unref (p.open_groups);
  g_free (p.clip_id);
  if (p.text != NULL)
    g_string_free (p.text, TRUE);
  return ok ? g_steal_pointer (&drawing) : NULL;
}
