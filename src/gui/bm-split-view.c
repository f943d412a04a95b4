/* bm-split-view.c: the map beside the sidebar, or above it when narrow
 *
 * Wider than NARROW_WIDTH, the sidebar takes a third of the width (within
 * SIDEBAR_MIN–SIDEBAR_MAX) at the end; narrower, the content takes the top
 * and the sidebar the bottom part, so phones and tiled windows still show
 * both the map and the list. Either way each part gets at least the height
 * it needs for its width (the legend under the map wraps when narrow), and
 * the window cannot get smaller than that.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-split-view.h"

#define NARROW_WIDTH 860
#define SIDEBAR_MIN  340
#define SIDEBAR_MAX  440
#define STACKED_CONTENT_SHARE 0.56

struct _BmSplitView
{
  GtkWidget  parent_instance;

  GtkWidget *content;
  GtkWidget *separator;
  GtkWidget *sidebar;
  gboolean   stacked;
};

G_DEFINE_FINAL_TYPE (BmSplitView, bm_split_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_CONTENT, PROP_SIDEBAR, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int             for_size,
               int            *min,
               int            *nat)
{
  *min = *nat = 0;
  if (child != NULL && gtk_widget_get_visible (child))
    gtk_widget_measure (child, orientation, for_size, min, nat, NULL, NULL);
}

static int
sidebar_width (int width)
{
  return CLAMP (width / 3, SIDEBAR_MIN, SIDEBAR_MAX);
}

/* The height both parts need at @width, arranged as size_allocate will
 * arrange them: side by side, or stacked in fixed shares. */
static void
measure_height (BmSplitView *self,
                int          width,
                int         *minimum,
                int         *natural)
{
  int cmin, cnat, smin, snat;

  if (width >= 0 && width < NARROW_WIDTH)
    {
      measure_child (self->content, GTK_ORIENTATION_VERTICAL, width, &cmin, &cnat);
      measure_child (self->sidebar, GTK_ORIENTATION_VERTICAL, width, &smin, &snat);
      *minimum = cmin + 1 + smin;
      *natural = cnat + 1 + snat;
      return;
    }
  measure_child (self->content, GTK_ORIENTATION_VERTICAL, width < 0 ? -1 : width - sidebar_width (width) - 1,
                 &cmin, &cnat);
  measure_child (self->sidebar, GTK_ORIENTATION_VERTICAL, width < 0 ? -1 : sidebar_width (width), &smin, &snat);
  *minimum = MAX (cmin, smin);
  *natural = MAX (cnat, snat);
}

static void
bm_split_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  BmSplitView *self = BM_SPLIT_VIEW (widget);
  int cmin, cnat, smin, snat;

  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      measure_height (self, for_size, minimum, natural);
      return;
    }
  measure_child (self->content, orientation, -1, &cmin, &cnat);
  measure_child (self->sidebar, orientation, -1, &smin, &snat);
  /* Narrow, the two are stacked, so the wider minimum is enough. */
  *minimum = MAX (cmin, smin);
  *natural = cnat + 1 + MAX (snat, SIDEBAR_MIN);
}

static GtkSizeRequestMode
bm_split_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
set_stacked (BmSplitView *self,
             gboolean     stacked)
{
  if (self->stacked == stacked)
    return;
  self->stacked = stacked;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->separator),
                                  stacked ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
}

static void
allocate (GtkWidget *child,
          int        x,
          int        y,
          int        width,
          int        height)
{
  if (child != NULL && gtk_widget_get_visible (child))
    gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

static void
bm_split_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  BmSplitView *self = BM_SPLIT_VIEW (widget);
  int sep = 1;

  set_stacked (self, width < NARROW_WIDTH);
  if (!self->stacked)
    {
      int side = sidebar_width (width);
      allocate (self->content, 0, 0, width - side - sep, height);
      allocate (self->separator, width - side - sep, 0, sep, height);
      allocate (self->sidebar, width - side, 0, side, height);
    }
  else
    {
      int cmin, cnat, smin, snat, top;

      /* The map's share of the height, but never less than either part needs. */
      measure_child (self->content, GTK_ORIENTATION_VERTICAL, width, &cmin, &cnat);
      measure_child (self->sidebar, GTK_ORIENTATION_VERTICAL, width, &smin, &snat);
      top = MAX ((int) (height * STACKED_CONTENT_SHARE), cmin);
      top = MAX (MIN (top, height - sep - smin), 0);
      allocate (self->content, 0, 0, width, top);
      allocate (self->separator, 0, top, width, sep);
      allocate (self->sidebar, 0, top + sep, width, height - top - sep);
    }
}

static void
replace (BmSplitView *self,
         GtkWidget  **slot,
         GtkWidget   *child,
         GtkWidget   *before)
{
  if (*slot != NULL)
    gtk_widget_unparent (*slot);
  *slot = child;
  if (child != NULL)
    gtk_widget_insert_before (child, GTK_WIDGET (self), before);
}

static void
bm_split_view_dispose (GObject *object)
{
  BmSplitView *self = BM_SPLIT_VIEW (object);

  replace (self, &self->content, NULL, NULL);
  replace (self, &self->sidebar, NULL, NULL);
  g_clear_pointer (&self->separator, gtk_widget_unparent);

  G_OBJECT_CLASS (bm_split_view_parent_class)->dispose (object);
}

static void
bm_split_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BmSplitView *self = BM_SPLIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;
    case PROP_SIDEBAR:
      g_value_set_object (value, self->sidebar);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_split_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BmSplitView *self = BM_SPLIT_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      bm_split_view_set_content (self, g_value_get_object (value));
      break;
    case PROP_SIDEBAR:
      bm_split_view_set_sidebar (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_split_view_class_init (BmSplitViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_split_view_dispose;
  object_class->get_property = bm_split_view_get_property;
  object_class->set_property = bm_split_view_set_property;
  widget_class->measure = bm_split_view_measure;
  widget_class->get_request_mode = bm_split_view_get_request_mode;
  widget_class->size_allocate = bm_split_view_size_allocate;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR] =
    g_param_spec_object ("sidebar", NULL, NULL, GTK_TYPE_WIDGET, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_css_name (widget_class, "splitview");
}

static void
bm_split_view_init (BmSplitView *self)
{
  self->separator = gtk_separator_new (GTK_ORIENTATION_VERTICAL);
  gtk_widget_set_parent (self->separator, GTK_WIDGET (self));
}

GtkWidget *
bm_split_view_new (void)
{
  return g_object_new (BM_TYPE_SPLIT_VIEW, NULL);
}

void
bm_split_view_set_content (BmSplitView *self,
                           GtkWidget   *content)
{
  g_return_if_fail (BM_IS_SPLIT_VIEW (self));
  replace (self, &self->content, content, self->separator);
}

void
bm_split_view_set_sidebar (BmSplitView *self,
                           GtkWidget   *sidebar)
{
  g_return_if_fail (BM_IS_SPLIT_VIEW (self));
  replace (self, &self->sidebar, sidebar, NULL);
}
