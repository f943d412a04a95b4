/* bm-score-label.c: a score of 0 to 100 that redraws instead of resizing
 *
 * A Sources card's score changes with most clicks. A GtkLabel given new
 * text queues a resize, and on X11 a queued resize measures the whole
 * window before the click's frame. This label is always as wide as the
 * widest score, "100", in its font's figures (the .numeric style makes them
 * all one width) and one line high, whatever it shows: a new score only
 * redraws it, right-aligned. It is styled as a label; the card's score bar
 * names the score for screen readers, so this one is hidden from them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-score-label.h"

struct _BmScoreLabel
{
  GtkWidget parent_instance;

  char      text[8];   /* "0" to "100" */
  /* The size of "100", for the font as of serial */
  int       width, height, baseline;
  guint     serial;
};

G_DEFINE_FINAL_TYPE (BmScoreLabel, bm_score_label, GTK_TYPE_WIDGET)

#define WIDEST "100"

static void
bm_score_label_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  BmScoreLabel *self = BM_SCORE_LABEL (widget);
  guint serial = pango_context_get_serial (gtk_widget_get_pango_context (widget));

  if (serial != self->serial)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, WIDEST);

      pango_layout_get_pixel_size (layout, &self->width, &self->height);
      self->baseline = PANGO_PIXELS (pango_layout_get_baseline (layout));
      self->serial = serial;
    }
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? self->width : self->height;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum_baseline = *natural_baseline = self->baseline;
}

static void
bm_score_label_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  BmScoreLabel *self = BM_SCORE_LABEL (widget);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, self->text);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int width, height;
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pango_layout_get_pixel_size (layout, &width, &height);
  gtk_snapshot_save (snapshot);
  /* Figures line up at their end, as in a column of numbers. */
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rtl ? 0 : gtk_widget_get_width (widget) - width,
                                                          (gtk_widget_get_height (widget) - height) / 2));
  gtk_snapshot_append_layout (snapshot, layout, &color);
  gtk_snapshot_restore (snapshot);
}

static void
bm_score_label_class_init (BmScoreLabelClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->measure = bm_score_label_measure;
  widget_class->snapshot = bm_score_label_snapshot;
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
bm_score_label_init (BmScoreLabel *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

GtkWidget *
bm_score_label_new (void)
{
  return g_object_new (BM_TYPE_SCORE_LABEL, NULL);
}

/* Shows @score (0 to 100), rounded; a new figure only redraws. Returns
 * whether the figure shown changed. */
gboolean
bm_score_label_set_score (BmScoreLabel *self,
                          double        score)
{
  char text[sizeof self->text];

  g_return_val_if_fail (BM_IS_SCORE_LABEL (self), FALSE);

  g_snprintf (text, sizeof text, "%.0f", CLAMP (score, 0, 100));
  if (g_str_equal (text, self->text))
    return FALSE;
  g_strlcpy (self->text, text, sizeof self->text);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

/* The score as shown: "82". */
const char *
bm_score_label_get_text (BmScoreLabel *self)
{
  g_return_val_if_fail (BM_IS_SCORE_LABEL (self), NULL);
  return self->text;
}
