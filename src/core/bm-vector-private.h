/* bm-vector-private.h: shared by the bm-vector*.c files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-vector.h"

G_BEGIN_DECLS

gboolean bm_vector_parse_length (const char          *text,
                                 double              *value);
gboolean bm_vector_parse_unit   (const char          *text,
                                 double              *value);
gboolean bm_vector_parse_paint  (const char          *text,
                                 BmVectorPaint       *paint);
gboolean bm_vector_parse_dash   (const char          *text,
                                 double               dash[2]);
gboolean bm_vector_parse_path   (const char          *text,
                                 GByteArray          *ops,
                                 GArray              *coords,
                                 GError             **error);
void     bm_vector_rect_path    (double               x,
                                 double               y,
                                 double               width,
                                 double               height,
                                 GByteArray          *ops,
                                 GArray              *coords);

/* What an element passes on to its children, as the parser reads it. */
typedef struct {
  BmVectorKind      kind;
  gboolean          has_fill, has_stroke;
  BmVectorPaint     fill, stroke;
  double            stroke_width;
  double            dash[2];
  cairo_line_cap_t  line_cap;
  cairo_line_join_t line_join;
  cairo_fill_rule_t fill_rule;
  int               clip;       /* a group's clip path, or -1 */
} BmVectorStyle;

extern const char *const bm_vector_line_caps[];
extern const char *const bm_vector_line_joins[];
extern const char *const bm_vector_fill_rules[];
extern const char *const bm_vector_anchors[];

gboolean     bm_vector_parse_keyword      (const char          *text,
                                           const char * const  *words,
                                           int                 *value);
BmVectorKind bm_vector_parse_class        (const char          *text,
                                           BmVectorKind         inherited);
BmVectorGroupFlags bm_vector_parse_group_class (const char     *text);
char        *bm_vector_unknown_class      (const char          *text);
gboolean     bm_vector_parse_box          (const char          *text,
                                           double               box[4]);
int          bm_vector_apply_property     (BmVectorStyle       *style,
                                           const char          *name,
                                           const char          *value,
                                           GError             **error);
int          bm_vector_geometry_attribute (const char          *element,
                                           const char          *name,
                                           const char          *value,
                                           double               rect[4],
                                           const char         **d,
                                           GError             **error);
gboolean     bm_vector_build_geometry     (const char          *element,
                                           const char          *d,
                                           double               rect[4],
                                           GByteArray          *ops,
                                           GArray              *coords,
                                           GError             **error);
gboolean     bm_vector_text_attribute     (BmVectorText        *text,
                                           const char          *name,
                                           const char          *value);
char        *bm_vector_collapse_spaces    (const char          *text);

G_END_DECLS
