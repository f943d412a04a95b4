/* bm-vector.h: the body drawings as paths, drawn with cairo directly
 *
 * The body drawings (assets/body-*.svg, written by tools/gen-body-svg.py)
 * use a small subset of SVG: <path> and <rect> with solid fills and
 * strokes, one dash pattern, <clipPath>s made of paths, <g> groups that
 * pass their paint on, and <text> captions. bm_vector_drawing_parse() reads
 * exactly that subset and rejects anything else with the file, the line and
 * the element. The muscle drawings (assets/muscles-*.svg) add groups with
 * an id, a clip path, the classes "muscle" and "deep" and a data-main box,
 * kept as BmVectorGroup. The build compiles the built-in drawings with it into a
 * GVariant (bm_vector_drawing_to_variant()), which the app maps with no
 * parse. Both give the same BmVectorDrawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* What an element's class makes it: the app restyles each kind. */
typedef enum {
  BM_VECTOR_PLAIN,
  BM_VECTOR_OUTLINE,        /* class="outline": skin and outline colours */
  BM_VECTOR_REGION,         /* class="region": a clickable region */
  BM_VECTOR_DETAIL,         /* class="detail": face, fingers, toes */
  BM_VECTOR_CAPTION,        /* class="caption", "caption-small", "side-mark" */
  BM_VECTOR_CAPTION_SMALL,
  BM_VECTOR_SIDE_MARK,
  BM_VECTOR_BELLY,          /* class="belly": a muscle's shape (muscles-*.svg) */
  BM_VECTOR_FIBRES,         /* class="fibres": its fibre lines */
} BmVectorKind;

/* What a group's class makes it (muscles-*.svg). */
typedef enum {
  BM_VECTOR_GROUP_MUSCLE = 1 << 0,   /* class="muscle": one muscle on one side */
  BM_VECTOR_GROUP_DEEP   = 1 << 1,   /* class="deep": it lies under another */
} BmVectorGroupFlags;

/* A solid paint: rgb 0–1 and its opacity (fill-opacity, stroke-opacity).
 * "none" is a separate flag: the app's style gives some kinds a colour even
 * where the drawing says none, as a stylesheet would. */
typedef struct {
  double red, green, blue, alpha;
} BmVectorPaint;

typedef struct {
  char              *id;          /* NULL when it has none */
  cairo_fill_rule_t  fill_rule;
  cairo_path_t      *path;
  double             x1, y1, x2, y2;   /* the fill's extents */
} BmVectorClip;

typedef struct {
  BmVectorKind       kind;
  char              *id;          /* NULL when it has none */
  int                clip;        /* index into clips, or -1 */
  cairo_fill_rule_t  fill_rule;
  gboolean           has_fill;
  gboolean           has_stroke;
  BmVectorPaint      fill;
  BmVectorPaint      stroke;
  double             stroke_width;
  cairo_line_cap_t   line_cap;
  cairo_line_join_t  line_join;
  double             dash[2];     /* on, off; both 0 for a solid line */
  cairo_path_t      *path;
  double             x1, y1, x2, y2;   /* the fill's extents */
} BmVectorShape;

typedef enum {
  BM_VECTOR_ANCHOR_START,
  BM_VECTOR_ANCHOR_MIDDLE,
  BM_VECTOR_ANCHOR_END,
} BmVectorAnchor;

typedef struct {
  BmVectorKind   kind;
  char          *text;
  char          *family;
  double         x, y;         /* the baseline's anchor point */
  double         size;         /* font size in drawing units */
  gboolean       bold;
  BmVectorAnchor anchor;
  gboolean       has_fill;
  BmVectorPaint  fill;
} BmVectorText;

/* A <g> with an id: the shapes [first, end) drawn inside it. */
typedef struct {
  char               *id;
  BmVectorGroupFlags  flags;
  gboolean            has_main;
  double              main[4];  /* data-main: x, y, width, height of its largest part */
  guint               first, end;
} BmVectorGroup;

/* An item in document order: a shape or a text. */
typedef struct {
  gboolean is_text;
  guint    index;
} BmVectorItem;

typedef struct {
  double  width, height;
  GArray *clips;    /* BmVectorClip */
  GArray *shapes;   /* BmVectorShape */
  GArray *texts;    /* BmVectorText */
  GArray *items;    /* BmVectorItem, in document order */
  GArray *groups;   /* BmVectorGroup, in the order they open */
  GVariant *compiled; /* the compiled form while its paths are not built */
} BmVectorDrawing;

/* The clip, shape and group @i of drawing @d. */
#define BM_VECTOR_CLIP(d, i)  (&g_array_index ((d)->clips, BmVectorClip, (i)))
#define BM_VECTOR_SHAPE(d, i) (&g_array_index ((d)->shapes, BmVectorShape, (i)))
#define BM_VECTOR_GROUP(d, i) (&g_array_index ((d)->groups, BmVectorGroup, (i)))

BmVectorDrawing *bm_vector_drawing_parse        (GBytes                *svg,
                                                 const char            *name,
                                                 GError               **error);
GVariant        *bm_vector_drawing_to_variant   (const BmVectorDrawing *self);
BmVectorDrawing *bm_vector_drawing_from_variant (GVariant              *variant,
                                                 const char            *name,
                                                 GError               **error);
BmVectorDrawing *bm_vector_drawing_from_bytes   (GBytes                *bytes,
                                                 const char            *name,
                                                 GError               **error);
void             bm_vector_drawing_ensure_paths (BmVectorDrawing       *self);
gboolean         bm_vector_shape_may_cover      (const BmVectorDrawing *self,
                                                 const BmVectorShape   *shape,
                                                 double                 x,
                                                 double                 y);
void             bm_vector_drawing_free         (BmVectorDrawing       *self);

/* Private to the bm-vector*.c files. */
BmVectorDrawing *bm_vector_drawing_new          (void);
cairo_path_t    *bm_vector_path_new             (const guint8          *ops,
                                                 gsize                  n_ops,
                                                 const double          *coords,
                                                 gsize                  n_coords,
                                                 GError               **error);
gboolean         bm_vector_path_extents         (cairo_path_t          *path,
                                                 cairo_fill_rule_t      fill_rule,
                                                 double                *x1,
                                                 double                *y1,
                                                 double                *x2,
                                                 double                *y2);

/* Path operations in the compiled form (ops) and cairo_path_data_t. */
enum {
  BM_VECTOR_OP_MOVE,     /* 2 coordinates */
  BM_VECTOR_OP_LINE,     /* 2 */
  BM_VECTOR_OP_CURVE,    /* 6 */
  BM_VECTOR_OP_CLOSE,    /* 0 */
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmVectorDrawing, bm_vector_drawing_free)

G_END_DECLS
