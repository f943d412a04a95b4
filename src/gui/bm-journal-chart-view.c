/* bm-journal-chart-view.c: the journal's chart, in the window
 *
 * Draws a BmJournalChart (bm-journal-chart.h) in the widget's colours: its
 * text and accent colours and the light or dark style. It shows a span of
 * days ending with today (or the latest entry); the scroll wheel, the
 * touchpad, a drag and the Left and Right keys move that span through
 * time. Hovering a point names its entry; clicking it selects the entry
 * and emits "entry-activated". The chart is drawn again only when it
 * changes: the snapshot of an unchanged widget is GTK's cached one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "bm-journal-chart-view.h"
#include "bm-journal-row.h"

#define DAY ((gint64) 24 * 60 * 60)
/* A notch of the wheel moves a tenth of the span. */
#define WHEEL_STEP 0.1

struct _BmJournalChartView
{
  GtkWidget       parent_instance;

  BmJournalChart *chart;
  guint           span;       /* days; 0: all */
  gint64          to;         /* the range's end; 0: follows the latest */
  gint64          drag_to;    /* the end when the drag began */
  guint           n_draws;
};

G_DEFINE_FINAL_TYPE (BmJournalChartView, bm_journal_chart_view, GTK_TYPE_WIDGET)

enum { ENTRY_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- The range ---------------------------------------------------------- */

/* The latest end: now or the latest entry, whichever is later (the chart
 * keeps room inside its plot for a point at the end). */
static gint64
latest_end (BmJournalChartView *self)
{
  gint64 first, last, now = g_get_real_time () / G_USEC_PER_SEC;

  if (!bm_journal_chart_get_extent (self->chart, &first, &last))
    return now;
  return MAX (now, last);
}

static void
apply_range (BmJournalChartView *self)
{
  gint64 first, last, end, earliest, to;

  if (self->chart == NULL)
    return;
  if (self->span == 0)
    {
      bm_journal_chart_set_range (self->chart, 0, 0);
      return;
    }
  end = latest_end (self);
  earliest = bm_journal_chart_get_extent (self->chart, &first, &last) ? first + DAY : end;
  to = self->to != 0 ? CLAMP (self->to, MIN (earliest, end), end) : end;
  /* Back at the end, the range follows new entries again. */
  self->to = to == end ? 0 : to;
  bm_journal_chart_set_range (self->chart, to - (gint64) self->span * DAY, to);
}

static gint64
current_end (BmJournalChartView *self)
{
  gint64 from, to;

  bm_journal_chart_get_range (self->chart, &from, &to);
  return to;
}

void
bm_journal_chart_view_scroll_by (BmJournalChartView *self,
                                 gint64              seconds)
{
  g_return_if_fail (BM_IS_JOURNAL_CHART_VIEW (self));

  if (self->chart == NULL || self->span == 0 || seconds == 0)
    return;
  self->to = current_end (self) + seconds;
  apply_range (self);
}

/* Seconds per pixel of the shown span. */
static double
seconds_per_pixel (BmJournalChartView *self)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 1);

  return (double) self->span * DAY / width;
}

/* ---- Input -------------------------------------------------------------- */

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           BmJournalChartView       *self)
{
  double delta = dx != 0 ? dx : dy;
  double seconds;

  if (self->chart == NULL || self->span == 0)
    return FALSE;
  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    seconds = delta * WHEEL_STEP * self->span * DAY;
  else
    seconds = delta * seconds_per_pixel (self);
  bm_journal_chart_view_scroll_by (self, (gint64) seconds);
  return TRUE;
}

static void
drag_begin_cb (GtkGestureDrag     *gesture,
               double              x,
               double              y,
               BmJournalChartView *self)
{
  self->drag_to = self->chart != NULL ? current_end (self) : 0;
}

static void
drag_update_cb (GtkGestureDrag     *gesture,
                double              offset_x,
                double              offset_y,
                BmJournalChartView *self)
{
  if (self->chart == NULL || self->span == 0)
    return;
  /* Dragging to the right shows earlier days, as if pulling the paper. */
  self->to = self->drag_to - (gint64) (offset_x * seconds_per_pixel (self));
  apply_range (self);
}

static void
click_released_cb (GtkGestureClick    *gesture,
                   int                 n_press,
                   double              x,
                   double              y,
                   BmJournalChartView *self)
{
  gint64 id;

  if (self->chart == NULL)
    return;
  id = bm_journal_chart_entry_at (self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                                  gtk_widget_get_height (GTK_WIDGET (self)), x, y);
  if (id == 0)
    return;
  bm_journal_chart_set_selected (self->chart, id);
  g_signal_emit (self, signals[ENTRY_ACTIVATED], 0, id);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BmJournalChartView    *self)
{
  gint64 step = (gint64) (WHEEL_STEP * self->span * DAY);

  if (self->chart == NULL || self->span == 0)
    return FALSE;
  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    bm_journal_chart_view_scroll_by (self, -step);
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    bm_journal_chart_view_scroll_by (self, step);
  else
    return FALSE;
  return TRUE;
}

static gboolean
query_tooltip_cb (GtkWidget          *widget,
                  int                 x,
                  int                 y,
                  gboolean            keyboard,
                  GtkTooltip         *tooltip,
                  BmJournalChartView *self)
{
  BmJournalEntry *entry;
  g_autofree char *when = NULL, *summary = NULL, *text = NULL;
  gint64 id;

  if (self->chart == NULL || keyboard)
    return FALSE;
  id = bm_journal_chart_entry_at (self->chart, gtk_widget_get_width (widget), gtk_widget_get_height (widget), x, y);
  entry = id != 0 ? bm_journal_lookup (bm_journal_chart_get_journal (self->chart), id) : NULL;
  if (entry == NULL)
    return FALSE;
  when = bm_journal_format_time (entry);
  summary = bm_journal_format_summary (entry);
  text = g_strdup_printf ("%s\n%s", when, summary);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- Style and drawing -------------------------------------------------- */

static void
to_rgba (const GdkRGBA *color,
         BmRgba        *out,
         double         alpha)
{
  out->red = color->red;
  out->green = color->green;
  out->blue = color->blue;
  out->alpha = color->alpha * alpha;
}

/* The chart's default colours for the style, with the widget's own text
 * and accent colours and font. */
static void
update_style (BmJournalChartView *self)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  PangoContext *pango = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (pango);
  BmJournalChartStyle style;
  GdkRGBA fg, accent;
  double size = 11;

  if (self->chart == NULL)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  bm_journal_chart_get_default_style (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  to_rgba (&fg, &style.foreground, 0.8);
  to_rgba (&fg, &style.grid, 0.12);
  style.background.alpha = 0;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (gtk_style_context_lookup_color (context, "accent_color", &accent))
    to_rgba (&accent, &style.accent, 1);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (font != NULL && pango_font_description_get_size (font) > 0)
    {
      size = pango_font_description_get_size (font) / (double) PANGO_SCALE;
      if (!pango_font_description_get_size_is_absolute (font))
        size *= 96.0 / 72.0;
      /* The axes' labels are caption-sized. */
      size *= 0.85;
    }
  style.font_family = font != NULL ? pango_font_description_get_family (font) : NULL;
  style.font_size = size;
  bm_journal_chart_set_style (self->chart, &style);
}

static void
bm_journal_chart_view_css_changed (GtkWidget         *widget,
                                   GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bm_journal_chart_view_parent_class)->css_changed (widget, change);
  update_style (BM_JOURNAL_CHART_VIEW (widget));
}

static void
bm_journal_chart_view_snapshot (GtkWidget   *widget,
                                GtkSnapshot *snapshot)
{
  BmJournalChartView *self = BM_JOURNAL_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bm_journal_chart_draw (self->chart, cr, width, height);
  cairo_destroy (cr);
  self->n_draws++;
}

static void
bm_journal_chart_view_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 150;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 400 : 200;
}

/* A new width changes the days per pixel: only the range's end is kept. */
static void
bm_journal_chart_view_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  gtk_widget_queue_draw (widget);
}

/* ---- Life cycle --------------------------------------------------------- */

static void
chart_changed_cb (BmJournalChartView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
journal_changed_cb (BmJournalChartView *self)
{
  apply_range (self);
}

void
bm_journal_chart_view_set_journal (BmJournalChartView *self,
                                   BmJournal          *journal)
{
  g_return_if_fail (BM_IS_JOURNAL_CHART_VIEW (self));

  if (self->chart != NULL && bm_journal_chart_get_journal (self->chart) == journal)
    return;
  if (self->chart != NULL)
    {
      g_signal_handlers_disconnect_by_data (bm_journal_chart_get_journal (self->chart), self);
      g_signal_handlers_disconnect_by_data (self->chart, self);
    }
  g_clear_object (&self->chart);
  if (journal != NULL)
    {
      self->chart = bm_journal_chart_new (journal);
      g_signal_connect_swapped (self->chart, "changed", G_CALLBACK (chart_changed_cb), self);
      /* After the chart's own handler (connected first) has reread the entries. */
      g_signal_connect_swapped (journal, "items-changed", G_CALLBACK (journal_changed_cb), self);
      update_style (self);
      apply_range (self);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

BmJournalChart *
bm_journal_chart_view_get_chart (BmJournalChartView *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_CHART_VIEW (self), NULL);
  return self->chart;
}

void
bm_journal_chart_view_set_span (BmJournalChartView *self,
                                guint               days)
{
  g_return_if_fail (BM_IS_JOURNAL_CHART_VIEW (self));

  self->span = days;
  apply_range (self);
}

guint
bm_journal_chart_view_get_span (BmJournalChartView *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_CHART_VIEW (self), 0);
  return self->span;
}

void
bm_journal_chart_view_select (BmJournalChartView *self,
                              gint64              id)
{
  BmJournalEntry *entry;
  gint64 from, to, time;

  g_return_if_fail (BM_IS_JOURNAL_CHART_VIEW (self));

  if (self->chart == NULL)
    return;
  entry = id != 0 ? bm_journal_lookup (bm_journal_chart_get_journal (self->chart), id) : NULL;
  if (entry != NULL && self->span != 0)
    {
      bm_journal_chart_get_range (self->chart, &from, &to);
      time = bm_journal_entry_get_time (entry);
      if (time < from || time > to)
        {
          self->to = time + (gint64) self->span * DAY / 2;
          apply_range (self);
        }
    }
  bm_journal_chart_set_selected (self->chart, entry != NULL ? id : 0);
}

guint
bm_journal_chart_view_get_n_draws (BmJournalChartView *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL_CHART_VIEW (self), 0);
  return self->n_draws;
}

static void
style_dark_cb (BmJournalChartView *self)
{
  update_style (self);
}

static void
bm_journal_chart_view_dispose (GObject *object)
{
  BmJournalChartView *self = BM_JOURNAL_CHART_VIEW (object);

  bm_journal_chart_view_set_journal (self, NULL);
  G_OBJECT_CLASS (bm_journal_chart_view_parent_class)->dispose (object);
}

static void
bm_journal_chart_view_class_init (BmJournalChartViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bm_journal_chart_view_dispose;
  widget_class->snapshot = bm_journal_chart_view_snapshot;
  widget_class->measure = bm_journal_chart_view_measure;
  widget_class->size_allocate = bm_journal_chart_view_size_allocate;
  widget_class->css_changed = bm_journal_chart_view_css_changed;
  gtk_widget_class_set_css_name (widget_class, "journalchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);

  /* The id of the entry clicked in the chart. */
  signals[ENTRY_ACTIVATED] =
    g_signal_new ("entry-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
}

static void
bm_journal_chart_view_init (BmJournalChartView *self)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->span = 28;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (style_dark_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Pain over time"), -1);
}

GtkWidget *
bm_journal_chart_view_new (void)
{
  return g_object_new (BM_TYPE_JOURNAL_CHART_VIEW, NULL);
}
