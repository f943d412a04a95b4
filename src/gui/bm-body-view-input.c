/* bm-body-view-input.c: pointer, touch and scroll input on the body map
 *
 * A click marks or unmarks the area under it; the secondary button or a
 * long press opens the area's popover; scrolling over a mark changes its
 * intensity; Ctrl+scroll and pinch zoom about the pointer; a drag pans when
 * zoomed in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "bm-body-view-private.h"

#define DRAG_THRESHOLD 8.0   /* px a press may move and still be a click */

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           BmBodyView               *self)
{
  const BmRegion *region = self->dragging ? NULL : bm_body_view_region_at (self, x, y, NULL);

  self->pointer_x = x;
  self->pointer_y = y;
  bm_body_view_set_hover (self, region != NULL ? (int) region->index : -1);
  bm_body_view_set_hover_muscle (self, x, y);
}


static void
leave_cb (GtkEventControllerMotion *motion,
          BmBodyView               *self)
{
  self->pointer_x = self->pointer_y = -1;
  /* Back to the keyboard cursor's area, if there is one. */
  bm_body_view_set_hover (self, self->focus_region);
  bm_body_view_set_hover_muscle (self, -1, -1);
}


/* What the map shows at (@x, @y), as the tooltip says it: the chart's
 * muscle and the area, then one line per kind of mark (an area can be both
 * painful and numb). NULL off the body. */
char *
bm_body_view_describe_at (BmBodyView *self,
                          double      x,
                          double      y)
{
  const BmRegion *region = bm_body_view_region_at (self, x, y, NULL);
  const BmMuscle *muscle = bm_body_view_muscle_at (self, x, y, NULL);
  GString *text;
  BmMark mark;

  if (region == NULL && muscle == NULL)
    return NULL;
  text = g_string_new (muscle != NULL ? muscle->name : NULL);
  if (muscle != NULL && region != NULL)
    g_string_append (text, " · ");
  if (region != NULL)
    g_string_append (text, region->label);
  /* An overlay's words for the area, one line each, instead of the marks. */
  if (region != NULL && self->overlay != NULL)
    {
      GString *words = g_string_new (NULL);

      if (bm_body_view_overlay_describe (self, region->index, "", words))
        g_string_append_printf (text, "\n%s", words->str);
      g_string_free (words, TRUE);
      return g_string_free (text, FALSE);
    }
  for (guint k = 0; region != NULL && self->pain_map != NULL && k < BM_N_SYMPTOMS; k++)
    if (bm_pain_map_get_mark (self->pain_map, region->index, k, &mark))
      g_string_append_printf (text, _("\n%s, %u of 10"), bm_symptom_get_label (k), mark.intensity);
  return g_string_free (text, FALSE);
}


gboolean
bm_body_view_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  BmBodyView *self = BM_BODY_VIEW (widget);
  g_autofree char *text = NULL;

  /* A tooltip would cover the open popover that points at the same spot. */
  if (gtk_widget_get_visible (self->popover) || gtk_widget_get_visible (self->muscle_menu))
    return FALSE;
  if ((text = bm_body_view_describe_at (self, x, y)) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}


/* The open popover or menu among @widget's mapped descendants, or NULL. */
static GtkWidget *
find_open_popover (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_POPOVER (child))
        return child;
      if ((found = find_open_popover (child)) != NULL)
        return found;
    }
  return NULL;
}

/* While a popover or menu is open, only the widgets inside it may show a
 * tooltip; any other would pop up over it. */
static gboolean
guard_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *open = root != NULL ? find_open_popover (GTK_WIDGET (root)) : NULL;

  if (open != NULL && !gtk_widget_is_ancestor (widget, open))
    g_signal_stop_emission_by_name (widget, "query-tooltip");
  return FALSE;
}

/* Emission hooks cannot stop an emission, so the hook gives each widget
 * that asks for a tooltip the guard above, ahead of its own handler. */
static gboolean
tooltip_hook (GSignalInvocationHint *hint,
              guint                  n_params,
              const GValue          *params,
              gpointer               data)
{
  GObject *widget = g_value_get_object (&params[0]);

  if (g_object_get_data (widget, "bm-tooltip-guard") == NULL)
    {
      g_object_set_data (widget, "bm-tooltip-guard", GINT_TO_POINTER (TRUE));
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (guard_tooltip_cb), NULL);
    }
  return TRUE;
}

void
bm_body_view_guard_tooltips (void)
{
  g_signal_add_emission_hook (g_signal_lookup ("query-tooltip", GTK_TYPE_WIDGET), 0,
                              tooltip_hook, NULL, NULL);
}


static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  BmBodyView      *self)
{
  self->press_x = x;
  self->press_y = y;
}

static void
click_released_cb (GtkGestureClick *gesture,
                   int              n_press,
                   double           x,
                   double           y,
                   BmBodyView      *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  /* A press that moved is a pan, not a click, whichever gesture hears the
   * release first. A double click is two toggles; only the first counts. */
  if (self->dragging || hypot (x - self->press_x, y - self->press_y) > DRAG_THRESHOLD ||
      (n_press > 1 && button == GDK_BUTTON_PRIMARY))
    return;
  bm_body_view_click_at (self, x, y, button);
}


static void
long_press_cb (GtkGestureLongPress *gesture,
               double               x,
               double               y,
               BmBodyView          *self)
{
  const BmRegion *region = bm_body_view_region_at (self, x, y, NULL);

  /* As the secondary button: the muscle's menu on the anatomy chart, else
   * the area's marks. */
  if (bm_body_view_open_muscle_menu (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else if (region != NULL && self->pain_map != NULL)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      bm_body_view_open_popover (self, region, x, y);
    }
}


static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               BmBodyView     *self)
{
  self->drag_pan_x = self->pan_x;
  self->drag_pan_y = self->pan_y;
}


static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                BmBodyView     *self)
{
  if (!self->dragging && hypot (dx, dy) < DRAG_THRESHOLD)
    return;
  if (self->zoom <= 1.0)
    return;
  if (!self->dragging)
    {
      self->dragging = TRUE;
      bm_body_view_set_hover (self, -1);
      bm_body_view_set_hover_muscle (self, -1, -1);
      gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
    }
  self->pan_x = self->drag_pan_x + dx;
  self->pan_y = self->drag_pan_y + dy;
  bm_body_view_layout_moved (self);
}


static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             BmBodyView     *self)
{
  self->dragging = FALSE;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), NULL);
}


static gboolean
scroll_cb (GtkEventControllerScroll *scroll,
           double                    dx,
           double                    dy,
           BmBodyView               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));
  /* Event positions are in surface coordinates; the motion controller
   * has kept the pointer's position in ours. */
  double x = self->pointer_x, y = self->pointer_y;
  const BmRegion *region;

  if (dy == 0 || x < 0)
    return FALSE;
  if (state & GDK_CONTROL_MASK)
    {
      bm_body_view_zoom_at (self, dy < 0 ? 1.25 : 0.8, x, y);
      return TRUE;
    }
  region = bm_body_view_region_at (self, x, y, NULL);
  /* Scrolling up over a marked area makes it stronger. */
  if (region == NULL || !bm_body_view_step_intensity (self, region->index, dy < 0 ? 1 : -1))
    return FALSE;
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  return TRUE;
}


static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          factor,
                       BmBodyView     *self)
{
  double x, y;

  if (gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    bm_body_view_zoom_at (self, factor / self->pinch_last, x, y);
  self->pinch_last = factor;
}


static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               BmBodyView       *self)
{
  self->pinch_last = 1.0;
}


void
bm_body_view_add_controllers (BmBodyView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                                                GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_press_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (long_press));

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

