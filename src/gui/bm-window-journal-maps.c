/* bm-window-journal-maps.c: journal entries compared, and periods, on the map
 *
 * Actions:
 *  - win.journal-compare((xx)): the ids of two journal entries, before and
 *    after; the map shows what got better (green) and worse (red);
 *  - win.journal-period((xx)): Unix times from (inclusive) and to
 *    (exclusive); the map shows a heat map of the entries between;
 *  - win.journal-show-marks: back to the session's marks.
 *
 * While an overlay shows, a bar above the map says what it shows, with a
 * legend and the way back; the map's own legend (of the marks) hides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/bm-journal-compare.h"
#include "bm-application.h"
#include "bm-journal-compare.h"
#include "bm-window-private.h"

#define BAR_KEY "bm-journal-maps-bar"

typedef struct {
  GtkWidget *bar;
  GtkLabel  *title;
  GtkWidget *compare_legend;
  GtkWidget *heat_legend;
  GtkLabel  *counts;
} Bar;

/* ---- Legend swatches --------------------------------------------------- */

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  const BmRgba *color = data;

  cairo_rectangle (cr, 0.5, 0.5, width - 1, height - 1);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.6);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
}

/* The heat map's ramp, low to high. */
static void
draw_ramp (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  for (int x = 0; x < width; x++)
    {
      BmRgba color;

      bm_journal_heat_get_color (0.5 + (BM_INTENSITY_MAX - 0.5) * x / MAX (1, width - 1), &color);
      cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
      cairo_rectangle (cr, x, 0, 1, height);
      cairo_fill (cr);
    }
}

static GtkWidget *
swatch_new (int                   width,
            GtkDrawingAreaDrawFunc draw,
            gpointer              data,
            GDestroyNotify        destroy)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), width);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 14);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw, data, destroy);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  return area;
}

static GtkWidget *
legend_item (GtkWidget  *swatch,
             const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), swatch);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

/* A swatch in the colour of a change of @before → @after. */
static GtkWidget *
change_item (guint       before,
             guint       after,
             const char *text)
{
  BmJournalChange change = { NULL, BM_SYMPTOM_PAIN, before, after,
                             after < before ? BM_CHANGE_BETTER : after > before ? BM_CHANGE_WORSE : BM_CHANGE_SAME };
  BmRgba *color = g_new (BmRgba, 1);

  bm_journal_change_get_color (&change, color);
  return legend_item (swatch_new (20, draw_swatch, color, g_free), text);
}

static GtkWidget *
compare_legend_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 14);

  gtk_box_append (GTK_BOX (box), change_item (7, 2, _("Better")));
  gtk_box_append (GTK_BOX (box), change_item (2, 7, _("Worse")));
  gtk_box_append (GTK_BOX (box), change_item (5, 5, _("Unchanged")));
  return box;
}

static GtkWidget *
heat_legend_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *low = gtk_label_new (_("Mild or rare"));
  GtkWidget *high = gtk_label_new (_("Severe and often"));

  /* Narrow (a phone, a longer language): the words wrap, the ramp stays. */
  gtk_label_set_wrap (GTK_LABEL (low), TRUE);
  gtk_label_set_wrap (GTK_LABEL (high), TRUE);
  gtk_label_set_xalign (GTK_LABEL (high), 0);

  gtk_box_append (GTK_BOX (box), low);
  gtk_box_append (GTK_BOX (box), swatch_new (96, draw_ramp, NULL, NULL));
  gtk_box_append (GTK_BOX (box), high);
  return box;
}

/* ---- The bar ------------------------------------------------------------ */

static void
overlay_mode_cb (BmBodyView *view,
                 GParamSpec *pspec,
                 BmWindow   *self)
{
  Bar *bar = g_object_get_data (G_OBJECT (self), BAR_KEY);
  BmMapOverlayMode mode = bm_body_view_get_overlay_mode (view);
  GtkWidget *footer = gtk_widget_get_next_sibling (GTK_WIDGET (self->toasts));
  GtkWidget *legend = footer != NULL ? gtk_widget_get_first_child (footer) : NULL;

  gtk_widget_set_visible (bar->bar, mode != BM_MAP_OVERLAY_NONE);
  gtk_widget_set_visible (bar->compare_legend, mode == BM_MAP_OVERLAY_COMPARE);
  gtk_widget_set_visible (bar->heat_legend, mode == BM_MAP_OVERLAY_HEAT);
  /* The hint and the map's own legend are about the marks, which the
   * overlay hides. */
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), mode == BM_MAP_OVERLAY_NONE);
  if (legend != NULL && GTK_IS_FLOW_BOX (legend))
    gtk_widget_set_visible (legend, mode == BM_MAP_OVERLAY_NONE);
}

/* What the overlay shows, and the way back. */
static GtkWidget *
title_row_new (Bar *bar)
{
  GtkWidget *row, *button;

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  bar->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (bar->title, TRUE);
  gtk_label_set_xalign (bar->title, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (bar->title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (bar->title), "heading");
  button = gtk_button_new_with_mnemonic (_("_Back to My Marks"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.journal-show-marks");
  gtk_widget_set_tooltip_text (button, _("Show and edit your own marks again"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (bar->title));
  gtk_box_append (GTK_BOX (row), button);
  return row;
}

/* The bar over the map, made on first use, between the hint and the map. */
static Bar *
ensure_bar (BmWindow *self)
{
  Bar *bar = g_object_get_data (G_OBJECT (self), BAR_KEY);
  GtkWidget *box;

  if (bar != NULL)
    return bar;
  bar = g_new0 (Bar, 1);
  bar->bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (bar->bar, "toolbar");
  gtk_widget_add_css_class (bar->bar, "journal-overlay-bar");
  gtk_widget_set_margin_start (bar->bar, 6);
  gtk_widget_set_margin_end (bar->bar, 6);
  gtk_box_append (GTK_BOX (bar->bar), title_row_new (bar));

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 14);
  bar->compare_legend = compare_legend_new ();
  bar->heat_legend = heat_legend_new ();
  bar->counts = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (bar->counts, TRUE);
  gtk_label_set_xalign (bar->counts, 0);
  gtk_widget_add_css_class (GTK_WIDGET (bar->counts), "dim-label");
  gtk_box_append (GTK_BOX (box), bar->compare_legend);
  gtk_box_append (GTK_BOX (box), bar->heat_legend);
  gtk_box_append (GTK_BOX (bar->bar), box);
  gtk_box_append (GTK_BOX (bar->bar), GTK_WIDGET (bar->counts));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (bar->bar), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  bar->title, NULL, -1);
  gtk_widget_set_visible (bar->bar, FALSE);
  gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->toasts))), bar->bar,
                              gtk_widget_get_prev_sibling (GTK_WIDGET (self->toasts)));
  g_object_set_data_full (G_OBJECT (self), BAR_KEY, bar, g_free);
  g_signal_connect_object (self->body_view, "notify::overlay-mode", G_CALLBACK (overlay_mode_cb), self, 0);
  return bar;
}

/* "3 Nov 2026", with the time when @with_time. */
static char *
format_time (gint64   time,
             gboolean with_time)
{
  g_autoptr(GDateTime) local = g_date_time_new_from_unix_local (time);

  /* TRANSLATORS: strftime formats of a journal date, with and without the
   * time, e.g. "3 Nov 2026, 09:30" and "3 Nov 2026" */
  return g_date_time_format (local, with_time ? _("%-d %b %Y, %H:%M") : _("%-d %b %Y"));
}

static gboolean
same_day (gint64 a,
          gint64 b)
{
  g_autoptr(GDateTime) da = g_date_time_new_from_unix_local (a);
  g_autoptr(GDateTime) db = g_date_time_new_from_unix_local (b);

  return g_date_time_get_year (da) == g_date_time_get_year (db) &&
         g_date_time_get_day_of_year (da) == g_date_time_get_day_of_year (db);
}

/* The map, with the bar, in front: in a narrow window the map's page. */
static void
show_overlay (BmWindow         *self,
              BmMapOverlayMode  mode,
              GArray           *items,
              const char       *title,
              const char       *counts)
{
  Bar *bar = ensure_bar (self);

  gtk_label_set_text (bar->title, title);
  gtk_label_set_text (bar->counts, counts);
  bm_body_view_set_overlay (self->body_view, mode, items);
  overlay_mode_cb (self->body_view, NULL, self);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, self->map_pane);
}

static BmJournal *
get_journal (BmWindow *self)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GError) error = NULL;
  BmJournal *journal;

  if (app == NULL || !BM_IS_APPLICATION (app))
    return NULL;
  if ((journal = bm_application_get_journal (BM_APPLICATION (app), &error)) == NULL)
    bm_window_report (self, _("The journal could not be opened"), error->message);
  return journal;
}

static void
compare_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  BmJournal *journal = get_journal (self);
  BmJournalEntry *before, *after;
  g_autoptr(GArray) changes = NULL;
  g_autofree char *from = NULL, *to = NULL, *title = NULL, *counts = NULL;
  gint64 before_id, after_id;
  guint better, worse, same;
  gboolean with_time;

  if (journal == NULL)
    return;
  g_variant_get (parameter, "(xx)", &before_id, &after_id);
  before = bm_journal_lookup (journal, before_id);
  after = bm_journal_lookup (journal, after_id);
  if (before == NULL || after == NULL)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, before == NULL ? before_id : after_id);
      /* TRANSLATORS: %s is an entry's id, a number */
      g_autofree char *details = g_strdup_printf (_("Journal entry %s does not exist."), id);
      bm_window_report (self, _("The entries could not be compared"), details);
      return;
    }
  changes = bm_journal_compare (before, after);
  with_time = same_day (bm_journal_entry_get_time (before), bm_journal_entry_get_time (after));
  from = format_time (bm_journal_entry_get_time (before), with_time);
  to = format_time (bm_journal_entry_get_time (after), with_time);
  /* TRANSLATORS: the bar over the map, e.g. "Comparing 3 Nov 2026 → 1 Dec 2026" */
  title = g_strdup_printf (_("Comparing %s → %s"), from, to);
  bm_journal_changes_count (changes, &better, &worse, &same);
  /* TRANSLATORS: counts of marks, e.g. "Better: 2 · Worse: 1 · Unchanged: 1" */
  counts = g_strdup_printf (_("Better: %u · Worse: %u · Unchanged: %u"), better, worse, same);
  show_overlay (self, BM_MAP_OVERLAY_COMPARE, changes, title, counts);
}

static void
period_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);
  BmJournal *journal = get_journal (self);
  g_autoptr(GArray) heat = NULL;
  g_autofree char *from_text = NULL, *to_text = NULL, *title = NULL, *counts = NULL;
  gint64 from, to;
  guint n_entries = 0;

  if (journal == NULL)
    return;
  g_variant_get (parameter, "(xx)", &from, &to);
  if (to <= from)
    {
      bm_window_report (self, _("The period could not be shown"), _("Its end is before its start."));
      return;
    }
  heat = bm_journal_period_heat (journal, from, to, &n_entries);
  from_text = format_time (from, FALSE);
  /* The end is exclusive: the last day shown is the one before it. */
  to_text = format_time (to - 1, FALSE);
  /* TRANSLATORS: the bar over the map, e.g. "Period 1 Nov 2026 – 30 Nov 2026" */
  title = g_strdup_printf (_("Period %s – %s"), from_text, to_text);
  if (n_entries == 0)
    counts = g_strdup (_("No journal entries in this period."));
  else
    counts = g_strdup_printf (ngettext ("%u entry; each area’s colour is its average intensity over the period",
                                        "%u entries; each area’s colour is its average intensity over the period",
                                        n_entries), n_entries);
  show_overlay (self, BM_MAP_OVERLAY_HEAT, heat, title, counts);
}

static void
show_marks_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BmWindow *self = BM_WINDOW (widget);

  bm_body_view_set_overlay (self->body_view, BM_MAP_OVERLAY_NONE, NULL);
}

void
bm_window_install_journal_maps (GtkWidgetClass *widget_class)
{
  /* The Journal page's template names the picker. */
  g_type_ensure (BM_TYPE_JOURNAL_COMPARE);
  gtk_widget_class_install_action (widget_class, "win.journal-compare", "(xx)", compare_action);
  gtk_widget_class_install_action (widget_class, "win.journal-period", "(xx)", period_action);
  gtk_widget_class_install_action (widget_class, "win.journal-show-marks", NULL, show_marks_action);
}
