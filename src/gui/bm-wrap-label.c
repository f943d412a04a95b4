/* bm-wrap-label.c: wrapping plain text that is cheap to measure again
 *
 * A Sources card's "why" changes with every click, so GTK measures it
 * again before the click's frame: on X11 the whole window is measured in
 * an idle ahead of the frame, then allocated in the frame. A wrapping
 * GtkLabel lays its text out five times for that (unwrapped, at its
 * minimum and its natural width, at the width it is offered, then its own
 * layout at the width it gets), each time shaping the text anew.
 *
 * This label's width request does not depend on its text: at least
 * min-chars and at most max-chars average characters of its font, which
 * font metrics give without a layout. Its height for a width is one layout
 * at that width, the same one it draws, and it remembers the heights of
 * its text at the last few widths: GTK asks again at widths it asked
 * before (the window's measure, then the allocation), and Pango shapes the
 * whole text again at each new width. Asked for its height at no width
 * in particular, it answers for the width it has, once it has one. So a
 * new text costs one layout. It is read as a label, its text its name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-wrap-label.h"

#define N_HEIGHTS 4

struct _BmWrapLabel
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;     /* NULL until first measured or drawn */
  int          min_chars;
  int          max_chars;
  /* The text's height at the last few widths: {width, height}, width -1
   * for none; for the widget's font as of context_serial. */
  int          heights[N_HEIGHTS][2];
  guint        next_height;
  guint        context_serial;
};

G_DEFINE_FINAL_TYPE (BmWrapLabel, bm_wrap_label, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_TEXT, PROP_MIN_CHARS, PROP_MAX_CHARS, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
forget_heights (BmWrapLabel *self)
{
  for (guint i = 0; i < N_HEIGHTS; i++)
    self->heights[i][0] = -1;
}

/* The layout at @width px (-1: unwrapped). Pango lays it out again only
 * when its width, text or font changed. A layout has a Pango context of
 * its own: when the widget's font changes (a style, text scaling), the
 * layout is made again and the known heights are forgotten. */
static void
follow_font (BmWrapLabel *self)
{
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (GTK_WIDGET (self)));

  if (serial != self->context_serial)
    {
      g_clear_object (&self->layout);
      forget_heights (self);
      self->context_serial = serial;
    }
}

static PangoLayout *
get_layout (BmWrapLabel *self,
            int          width)
{
  follow_font (self);
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_width (self->layout, width < 0 ? -1 : width * PANGO_SCALE);
  return self->layout;
}

/* An average character of the font, as GtkLabel's width-chars counts. */
static int
char_pixels (BmWrapLabel *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, pango_context_get_font_description (context),
                                                         pango_context_get_language (context));
  int width = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                   pango_font_metrics_get_approximate_digit_width (metrics));

  pango_font_metrics_unref (metrics);
  return PANGO_PIXELS_CEIL (width);
}

/* The text's height at @width px, laid out only if not known. */
static int
height_at (BmWrapLabel *self,
           int          width)
{
  int height;

  follow_font (self);
  for (guint i = 0; i < N_HEIGHTS; i++)
    if (self->heights[i][0] == width)
      return self->heights[i][1];
  pango_layout_get_pixel_size (get_layout (self, width), NULL, &height);
  self->heights[self->next_height][0] = width;
  self->heights[self->next_height][1] = height;
  self->next_height = (self->next_height + 1) % N_HEIGHTS;
  return height;
}

static void
bm_wrap_label_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  BmWrapLabel *self = BM_WRAP_LABEL (widget);

  /* Font metrics cost a shaping of a sample text: only when needed, not
   * for a height at a given width (most measures after a new text). */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int chars = char_pixels (self);

      *minimum = chars * self->min_chars;
      *natural = MAX (*minimum, chars * self->max_chars);
      return;
    }
  if (for_size < 0)
    for_size = gtk_widget_get_width (widget) > 0 ? gtk_widget_get_width (widget) : char_pixels (self) * self->max_chars;
  *minimum = *natural = height_at (self, for_size);
}

static GtkSizeRequestMode
bm_wrap_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
bm_wrap_label_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  BmWrapLabel *self = BM_WRAP_LABEL (widget);
  GdkRGBA color;

  if (self->text == NULL || self->text[0] == '\0')
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_layout (snapshot, get_layout (self, gtk_widget_get_width (widget)), &color);
}

static void
bm_wrap_label_dispose (GObject *object)
{
  BmWrapLabel *self = BM_WRAP_LABEL (object);

  g_clear_object (&self->layout);
  g_clear_pointer (&self->text, g_free);
  G_OBJECT_CLASS (bm_wrap_label_parent_class)->dispose (object);
}

static void
bm_wrap_label_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BmWrapLabel *self = BM_WRAP_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_MIN_CHARS:
      g_value_set_int (value, self->min_chars);
      break;
    case PROP_MAX_CHARS:
      g_value_set_int (value, self->max_chars);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_wrap_label_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BmWrapLabel *self = BM_WRAP_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      bm_wrap_label_set_text (self, g_value_get_string (value));
      break;
    case PROP_MIN_CHARS:
      self->min_chars = g_value_get_int (value);
      self->max_chars = MAX (self->max_chars, self->min_chars);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_MAX_CHARS:
      self->max_chars = MAX (self->min_chars, g_value_get_int (value));
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_wrap_label_class_init (BmWrapLabelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = bm_wrap_label_dispose;
  object_class->get_property = bm_wrap_label_get_property;
  object_class->set_property = bm_wrap_label_set_property;
  /* Plain text, never markup. */
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  /* It wraps no narrower than this many average characters, */
  properties[PROP_MIN_CHARS] = g_param_spec_int ("min-chars", NULL, NULL, 0, G_MAXINT, 0, flags);
  /* and asks for this many. */
  properties[PROP_MAX_CHARS] = g_param_spec_int ("max-chars", NULL, NULL, 0, G_MAXINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->measure = bm_wrap_label_measure;
  widget_class->get_request_mode = bm_wrap_label_get_request_mode;
  widget_class->snapshot = bm_wrap_label_snapshot;
  /* Styled as a label (.caption, .dim-label) and read as one. */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
bm_wrap_label_init (BmWrapLabel *self)
{
  self->text = g_strdup ("");
  forget_heights (self);
}

/* A label that wraps at @min_chars average characters at the narrowest
 * and asks for @max_chars. */
GtkWidget *
bm_wrap_label_new (int min_chars,
                   int max_chars)
{
  return g_object_new (BM_TYPE_WRAP_LABEL, "min-chars", MAX (0, min_chars), "max-chars", MAX (0, max_chars), NULL);
}

/* Sets the text (plain, never markup); the same text again costs nothing. */
void
bm_wrap_label_set_text (BmWrapLabel *self,
                        const char  *text)
{
  g_return_if_fail (BM_IS_WRAP_LABEL (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text, -1);
  forget_heights (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
bm_wrap_label_get_text (BmWrapLabel *self)
{
  g_return_val_if_fail (BM_IS_WRAP_LABEL (self), NULL);
  return self->text;
}
