/* bm-split-view.c: the map beside the sidebar, or above it when narrow
 *
 * Wider than NARROW_WIDTH, the sidebar takes a third of the width (within
 * SIDEBAR_MIN–SIDEBAR_MAX) at the end; narrower, the content takes the top
 * and the sidebar the bottom part, so phones and tiled windows still show
 * both the map and the list.
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

enum { PROP_0, PROP_CONTENT, PROP_SIDEBAR, PROP_STACKED, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
measure_child (GtkWidget      *child,
               GtkOrientation  orientation,
               int            *min,
               int            *nat)
{
  *min = *nat = 0;
  if (child != NULL && gtk_widget_get_visible (child))
    gtk_widget_measure (child, orientation, -1, min, nat, NULL, NULL);
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

  measure_child (self->content, orientation, &cmin, &cnat);
  measure_child (self->sidebar, orientation, &smin, &snat);
  /* Either arrangement fits in the larger minimum, stacked when narrow. */
  *minimum = MAX (cmin, smin);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = cmin + smin;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? cnat + MAX (snat, SIDEBAR_MIN) : MAX (cnat, snat);
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
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACKED]);
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
      int side = CLAMP (width / 3, SIDEBAR_MIN, SIDEBAR_MAX);
      allocate (self->content, 0, 0, width - side - sep, height);
      allocate (self->separator, width - side - sep, 0, sep, height);
      allocate (self->sidebar, width - side, 0, side, height);
    }
  else
    {
      int top = (int) (height * STACKED_CONTENT_SHARE);
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
    case PROP_STACKED:
      g_value_set_boolean (value, self->stacked);
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
  widget_class->size_allocate = bm_split_view_size_allocate;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, GTK_TYPE_WIDGET, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIDEBAR] =
    g_param_spec_object ("sidebar", NULL, NULL, GTK_TYPE_WIDGET, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_STACKED] =
    g_param_spec_boolean ("stacked", NULL, NULL, FALSE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
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

gboolean
bm_split_view_is_stacked (BmSplitView *self)
{
  g_return_val_if_fail (BM_IS_SPLIT_VIEW (self), FALSE);
  return self->stacked;
}
