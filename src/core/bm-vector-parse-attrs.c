/* bm-vector-parse-attrs.c: the attributes of the drawings' SVG subset
 *
 * Paint properties, geometry, text attributes and text content, for
 * bm-vector-parse.c. Each reports a bad value with the attribute's name;
 * the element parser adds the file, the line and the element.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-error.h"
#include "bm-json.h"
#include "bm-vector-private.h"

const char *const bm_vector_line_caps[] = { "butt", "round", "square", NULL };
const char *const bm_vector_line_joins[] = { "miter", "round", "bevel", NULL };
const char *const bm_vector_fill_rules[] = { "nonzero", "evenodd", NULL };
const char *const bm_vector_anchors[] = { "start", "middle", "end", NULL };

gboolean
bm_vector_parse_keyword (const char         *text,
                         const char * const *words,
                         int                *value)
{
  for (int i = 0; words[i] != NULL; i++)
    if (g_str_equal (text, words[i]))
      {
        *value = i;
        return TRUE;
      }
  return FALSE;
}

BmVectorKind
bm_vector_parse_class (const char   *text,
                       BmVectorKind  inherited)
{
  static const char *const classes[] = { "outline", "region", "detail", "caption", "caption-small", "side-mark",
                                         "belly", "fibres" };
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);

  for (guint w = 0; words[w] != NULL; w++)
    for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
      if (g_str_equal (words[w], classes[i]))
        return BM_VECTOR_OUTLINE + i;
  return inherited;
}

/* The first word of the class attribute @text that is none of the classes
 * the app styles, or NULL; free it with g_free(). */
char *
bm_vector_unknown_class (const char *text)
{
  static const char *const known[] = {
    "outline", "region", "detail", "caption", "caption-small", "side-mark", "belly", "fibres", "muscle", "deep",
    NULL,
  };
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);

  for (guint w = 0; words[w] != NULL; w++)
    if (words[w][0] != '\0' && !g_strv_contains (known, words[w]))
      return g_strdup (words[w]);
  return NULL;
}

/* The group classes among the words of @text. */
BmVectorGroupFlags
bm_vector_parse_group_class (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n", -1);
  BmVectorGroupFlags flags = 0;

  for (guint w = 0; words[w] != NULL; w++)
    if (g_str_equal (words[w], "muscle"))
      flags |= BM_VECTOR_GROUP_MUSCLE;
    else if (g_str_equal (words[w], "deep"))
      flags |= BM_VECTOR_GROUP_DEEP;
  return flags;
}

/* data-main: "x y width height", four numbers, the size not negative. */
gboolean
bm_vector_parse_box (const char *text,
                     double      box[4])
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n,", -1);
  guint n = 0;

  for (guint w = 0; words[w] != NULL; w++)
    {
      if (words[w][0] == '\0')
        continue;
      if (n == 4 || !bm_vector_parse_length (words[w], &box[n]))
        return FALSE;
      n++;
    }
  return n == 4 && box[2] >= 0 && box[3] >= 0;
}

/* Applies a paint property to @style. Returns 1 when @name is one (and its
 * value good), 0 when it is not one, -1 with @error set on a bad value. */
int
bm_vector_apply_property (BmVectorStyle       *style,
                          const char  *name,
                          const char  *value,
                          GError     **error)
{
  int keyword = 0;
  gboolean ok;

  if (g_str_equal (name, "fill") || g_str_equal (name, "stroke"))
    {
      gboolean fill = name[0] == 'f';
      BmVectorPaint *paint = fill ? &style->fill : &style->stroke;
      double opacity = paint->alpha;

      ok = bm_vector_parse_paint (value, paint);
      *(fill ? &style->has_fill : &style->has_stroke) = ok && paint->alpha > 0;
      paint->alpha = opacity;
    }
  else if (g_str_equal (name, "fill-opacity"))
    ok = bm_vector_parse_unit (value, &style->fill.alpha);
  else if (g_str_equal (name, "stroke-opacity"))
    ok = bm_vector_parse_unit (value, &style->stroke.alpha);
  else if (g_str_equal (name, "stroke-width"))
    ok = bm_vector_parse_length (value, &style->stroke_width) && style->stroke_width >= 0;
  else if (g_str_equal (name, "stroke-dasharray"))
    ok = bm_vector_parse_dash (value, style->dash);
  else if (g_str_equal (name, "stroke-linecap"))
    ok = bm_vector_parse_keyword (value, bm_vector_line_caps, &keyword), style->line_cap = keyword;
  else if (g_str_equal (name, "stroke-linejoin"))
    ok = bm_vector_parse_keyword (value, bm_vector_line_joins, &keyword), style->line_join = keyword;
  else if (g_str_equal (name, "fill-rule"))
    ok = bm_vector_parse_keyword (value, bm_vector_fill_rules, &keyword), style->fill_rule = keyword;
  else
    return 0;
  if (!ok)
    {
      g_autofree char *quoted = bm_quote_excerpt (value);

      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "attribute “%s” has an unsupported value “%s”", name, quoted);
      return -1;
    }
  return 1;
}

/* The path of a <path> or <rect> into @ops and @coords. Returns 1 when
 * @name is one of its geometry attributes, 0 when not, -1 on error. */
int
bm_vector_geometry_attribute (const char   *element,
                              const char   *name,
                              const char   *value,
                              double        rect[4],
                              const char  **d,
                              GError      **error)
{
  static const char *const rect_names[] = { "x", "y", "width", "height" };

  if (g_str_equal (element, "path"))
    {
      if (!g_str_equal (name, "d"))
        return 0;
      *d = value;
      return 1;
    }
  for (guint i = 0; i < 4; i++)
    if (g_str_equal (name, rect_names[i]))
      {
        if (!bm_vector_parse_length (value, &rect[i]) || (i >= 2 && rect[i] < 0))
          {
            g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "attribute “%s” is not a length", name);
            return -1;
          }
        return 1;
      }
  return 0;
}

gboolean
bm_vector_build_geometry (const char   *element,
                          const char   *d,
                          double        rect[4],
                          GByteArray   *ops,
                          GArray       *coords,
                          GError      **error)
{
  if (g_str_equal (element, "rect"))
    {
      bm_vector_rect_path (rect[0], rect[1], rect[2], rect[3], ops, coords);
      return TRUE;
    }
  if (d == NULL)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_PARSE, "the path has no “d”");
      return FALSE;
    }
  if (!bm_vector_parse_path (d, ops, coords, error))
    {
      g_prefix_error (error, "attribute “d”: ");
      return FALSE;
    }
  return TRUE;
}

gboolean
bm_vector_text_attribute (BmVectorText *text,
                          const char   *name,
                          const char   *value)
{
  int keyword = 0;

  if (g_str_equal (name, "x"))
    return bm_vector_parse_length (value, &text->x);
  if (g_str_equal (name, "y"))
    return bm_vector_parse_length (value, &text->y);
  if (g_str_equal (name, "font-size"))
    return bm_vector_parse_length (value, &text->size) && text->size > 0;
  if (g_str_equal (name, "font-family"))
    {
      g_free (text->family);
      text->family = g_strdup (value);
      return TRUE;
    }
  if (g_str_equal (name, "font-weight"))
    return (text->bold = g_str_equal (value, "bold")) || g_str_equal (value, "normal");
  if (g_str_equal (name, "text-anchor"))
    {
      gboolean ok = bm_vector_parse_keyword (value, bm_vector_anchors, &keyword);

      text->anchor = keyword;
      return ok;
    }
  return FALSE;
}

/* Collapses white space as SVG does for text without xml:space. */
char *
bm_vector_collapse_spaces (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

