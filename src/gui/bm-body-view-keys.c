/* bm-body-view-keys.c: the body map from the keyboard, and what it tells a
 * screen reader
 *
 * The map takes keyboard focus. The arrow keys move a cursor from area to
 * area in the direction pressed, over both views on screen; Home and End go
 * to the first and last area. Space or Enter marks or unmarks the area, as a
 * click does; Plus and Minus (or Page Up and Down) change its intensity, as
 * scrolling does; Shift+F10 or the Menu key opens its popover. The cursor is
 * drawn as the hover is, and a ring shows that the map has the focus.
 *
 * The map's accessible label names the area under the cursor or the pointer
 * with its marks ("Outer knee (left), pain, intensity 6 of 10"), and is
 * "Body map" when there is none; its description sums up every mark. Both
 * change only when the area or the marks change, never per frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "bm-body-view-private.h"

#define ORTHOGONAL_WEIGHT 3.0  /* how much a step sideways costs against one ahead */
#define SCROLL_MARGIN 40.0     /* px kept between the cursor and the edge when zoomed */

/* ---- What a screen reader hears ------------------------------------------ */

/* "Pain, intensity 6 of 10" for each mark of @region, after @first and
 * then after a comma (an area can be both painful and numb). */
static void
append_marks (GString    *text,
              BmPainMap  *pain_map,
              guint       region,
              const char *first)
{
  const char *separator = first;
  BmMark mark;

  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    if (bm_pain_map_get_mark (pain_map, region, k, &mark))
      {
        g_string_append (text, separator);
        /* TRANSLATORS: a mark on the body map, e.g. "Pain, intensity 6 of 10" */
        g_string_append_printf (text, _("%s, intensity %u of 10"), bm_symptom_get_label (k), mark.intensity);
        separator = ", ";
      }
}

/* The accessible label of the map while @region is under the cursor or the
 * pointer: "Outer knee (left), marked: Pain, intensity 6 of 10". */
static char *
describe_region (BmBodyView *self,
                 guint       region)
{
  BmRegionCatalog *catalog = bm_pain_map_get_catalog (self->pain_map);
  GString *text = g_string_new (bm_region_catalog_get_region (catalog, region)->label);

  /* "Outer knee (left): Pain 7 → 3 (better)" while an overlay shows. */
  if (self->overlay != NULL)
    {
      if (!bm_body_view_overlay_describe (self, region, ": ", text))
        g_string_append_printf (text, ", %s", _("not marked"));
      return g_string_free (text, FALSE);
    }
  g_string_append (text, ", ");
  if (bm_pain_map_is_marked (self->pain_map, region))
    {
      g_string_append (text, _("marked:"));
      append_marks (text, self->pain_map, region, " ");
    }
  else
    g_string_append (text, _("not marked"));
  return g_string_free (text, FALSE);
}

/* The map's description: every marked area with its marks, then the keys. */
static char *
describe_marks (BmBodyView *self)
{
  BmRegionCatalog *catalog = bm_pain_map_get_catalog (self->pain_map);
  guint n_areas = bm_pain_map_get_n_areas (self->pain_map);
  GString *text = g_string_new (NULL);
  guint listed = 0;

  if (n_areas == 0)
    g_string_append (text, _("No areas marked."));
  else
    g_string_append_printf (text, ngettext ("%u area marked:", "%u areas marked:", n_areas), n_areas);
  for (guint i = 0; listed < n_areas && i < bm_region_catalog_get_n_regions (catalog); i++)
    {
      GString *area;

      if (!bm_pain_map_is_marked (self->pain_map, i))
        continue;
      area = g_string_new (bm_region_catalog_get_region (catalog, i)->label);
      append_marks (area, self->pain_map, i, ", ");
      g_string_append_printf (text, " %s%s", area->str, ++listed < n_areas ? ";" : ".");
      g_string_free (area, TRUE);
    }
  g_string_append_c (text, ' ');
  g_string_append (text, _("Arrow keys move between areas, Space marks or unmarks, "
                           "Plus and Minus change the intensity, Shift+F10 opens the area’s options."));
  return g_string_free (text, FALSE);
}

/* The label follows the area under the cursor or the pointer. */
void
bm_body_view_update_accessible_label (BmBodyView *self)
{
  g_autofree char *text = NULL;

  if (self->hover_region >= 0 && self->pain_map != NULL)
    text = describe_region (self, (guint) self->hover_region);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  text != NULL ? text : _("Body map"), -1);
}

/* The description follows the marks. */
void
bm_body_view_update_accessible_description (BmBodyView *self)
{
  g_autofree char *text = NULL;

  if (self->pain_map == NULL)
    return;
  text = self->overlay != NULL ? bm_body_view_overlay_describe_all (self) : describe_marks (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* ---- The keyboard cursor ----------------------------------------------- */

/* The centres of the areas of @view in drawing units, (x, y) by catalog
 * index, NAN where the view does not draw the area; measured once, on the
 * first key that moves the cursor. */
static const double *
view_centres (BmBodyView *self,
              BmView      view)
{
  guint n = bm_region_catalog_get_n_regions (bm_body_art_get_catalog (self->art));
  double *centres;

  if (self->centres[view] != NULL)
    return self->centres[view];
  centres = self->centres[view] = g_new (double, 2 * n);
  for (guint r = 0; r < n; r++)
    {
      double bx, by, bw, bh;

      if (bm_body_art_get_region_bounds (self->art, view, r, &bx, &by, &bw, &bh))
        {
          centres[2 * r] = bx + bw / 2;
          centres[2 * r + 1] = by + bh / 2;
        }
      else
        centres[2 * r] = centres[2 * r + 1] = NAN;
    }
  return centres;
}

void
bm_body_view_clear_centres (BmBodyView *self)
{
  for (guint v = 0; v < BM_N_VIEWS; v++)
    g_clear_pointer (&self->centres[v], g_free);
}

/* The centre of @region in view slot @slot, in widget coordinates. */
static gboolean
region_centre (BmBodyView *self,
               guint       slot,
               guint       region,
               double     *x,
               double     *y)
{
  const double *centres = view_centres (self, self->views[slot]);

  if (isnan (centres[2 * region]))
    return FALSE;
  return bm_body_view_get_region_point (self, self->views[slot], centres[2 * region], centres[2 * region + 1], x, y);
}

/* How far (@dx, @dy) lies in direction (@ux, @uy): ahead, plus a penalty
 * for going sideways; G_MAXDOUBLE when it lies behind. */
static double
direction_cost (double dx,
                double dy,
                int    ux,
                int    uy)
{
  double ahead = dx * ux + dy * uy;
  double aside = fabs (dx * uy - dy * ux);

  if (ahead <= 0.5)
    return G_MAXDOUBLE;
  return ahead + ORTHOGONAL_WEIGHT * aside;
}

/* The cost of moving the cursor to (@x, @y) of view slot @slot: with
 * @step, the distance in direction (@ux, @uy) from (@from_x, @from_y);
 * without, the place in reading order over the views (top of the first
 * view first), or against it for the last area. */
typedef struct {
  gboolean step, last;
  int      ux, uy;
  double   from_x, from_y;
} BmCursorMove;

static double
move_cost (const BmCursorMove *move,
           guint               slot,
           guint               n_slots,
           double              x,
           double              y)
{
  if (move->step)
    return direction_cost (x - move->from_x, y - move->from_y, move->ux, move->uy);
  if (move->last)
    return (n_slots - 1 - slot) * 1e6 - y;
  return slot * 1e6 + y;
}

/* The area @move leads to, over both views; FALSE when there is none. */
static gboolean
find_area (BmBodyView         *self,
           const BmCursorMove *move,
           guint              *slot,
           guint              *region)
{
  guint n = bm_region_catalog_get_n_regions (bm_body_art_get_catalog (self->art));
  guint n_slots = G_N_ELEMENTS (self->views);
  double best = G_MAXDOUBLE;

  for (guint s = 0; s < n_slots; s++)
    for (guint r = 0; r < n; r++)
      {
        double x, y, cost;

        if ((move->step && (int) r == self->focus_region) || !region_centre (self, s, r, &x, &y))
          continue;
        cost = move_cost (move, s, n_slots, x, y);
        if (cost < best)
          {
            best = cost;
            *slot = s;
            *region = r;
          }
      }
  return best < G_MAXDOUBLE;
}

/* When zoomed in, pans just enough to keep the cursor's area on screen. */
static void
scroll_to_cursor (BmBodyView *self)
{
  double x, y, w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  double shift_x = 0, shift_y = 0;

  if (self->zoom <= 1.0 || !region_centre (self, self->focus_slot, (guint) self->focus_region, &x, &y))
    return;
  if (x < SCROLL_MARGIN || x > w - SCROLL_MARGIN)
    shift_x = w / 2 - x;
  if (y < SCROLL_MARGIN || y > h - SCROLL_MARGIN)
    shift_y = h / 2 - y;
  if (shift_x == 0 && shift_y == 0)
    return;
  self->pan_x += shift_x;
  self->pan_y += shift_y;
  bm_body_view_layout_moved (self);
}

/* Puts the cursor on @region of view slot @slot; -1 removes it. */
void
bm_body_view_set_cursor (BmBodyView *self,
                         guint       slot,
                         int         region)
{
  self->focus_slot = slot;
  self->focus_region = region;
  if (region >= 0)
    scroll_to_cursor (self);
  bm_body_view_set_hover (self, region);
}

/* Moves the cursor by an arrow key, or puts it on the first area when
 * there is none yet. At the edge it stays, and the key is still taken. */
static gboolean
move_cursor (BmBodyView *self,
             int         ux,
             int         uy)
{
  BmCursorMove move = { self->focus_region >= 0, FALSE, ux, uy, 0, 0 };
  guint slot, region;

  if (self->art == NULL || self->fit_scale <= 0)
    return FALSE;
  if (move.step && !region_centre (self, self->focus_slot, (guint) self->focus_region, &move.from_x, &move.from_y))
    move.step = FALSE;
  if (find_area (self, &move, &slot, &region))
    bm_body_view_set_cursor (self, slot, (int) region);
  return TRUE;
}

/* Home: the first area in reading order; End: the last. */
static gboolean
move_cursor_to_end (BmBodyView *self,
                    gboolean    last)
{
  BmCursorMove move = { FALSE, last, 0, 0, 0, 0 };
  guint slot, region;

  if (self->art == NULL || self->fit_scale <= 0 || !find_area (self, &move, &slot, &region))
    return FALSE;
  bm_body_view_set_cursor (self, slot, (int) region);
  return TRUE;
}

/* The intensity of the area's mark of the kind a click makes, else of its
 * other mark, one step up or down; what scrolling over it does. */
gboolean
bm_body_view_step_intensity (BmBodyView *self,
                             guint       region,
                             int         step)
{
  BmSymptom other = self->symptom == BM_SYMPTOM_PAIN ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN;
  BmMark mark;

  if (self->pain_map == NULL || self->overlay != NULL ||
      (!bm_pain_map_get_mark (self->pain_map, region, self->symptom, &mark) &&
       !bm_pain_map_get_mark (self->pain_map, region, other, &mark)))
    return FALSE;
  bm_pain_map_set_intensity (self->pain_map, region, mark.symptom,
                             CLAMP ((int) mark.intensity + step, BM_INTENSITY_MIN, BM_INTENSITY_MAX));
  return TRUE;
}

/* Space, Enter, the intensity keys and the menu act on the cursor's area. */
static gboolean
act_on_cursor (BmBodyView *self,
               guint       keyval,
               gboolean    shift)
{
  guint region = (guint) self->focus_region;
  double x, y;

  switch (keyval)
    {
    case GDK_KEY_space: case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      bm_pain_map_toggle (self->pain_map, region, self->symptom);
      return TRUE;
    case GDK_KEY_plus: case GDK_KEY_KP_Add: case GDK_KEY_equal: case GDK_KEY_Page_Up:
      return bm_body_view_step_intensity (self, region, 1);
    case GDK_KEY_minus: case GDK_KEY_KP_Subtract: case GDK_KEY_Page_Down:
      return bm_body_view_step_intensity (self, region, -1);
    case GDK_KEY_F10: case GDK_KEY_Menu:
      if ((keyval == GDK_KEY_F10 && !shift) || !region_centre (self, self->focus_slot, region, &x, &y))
        return FALSE;
      bm_body_view_open_popover (self, bm_region_catalog_get_region (bm_pain_map_get_catalog (self->pain_map),
                                                                     region), x, y);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                BmBodyView            *self)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left: case GDK_KEY_KP_Left:
      return move_cursor (self, -1, 0);
    case GDK_KEY_Right: case GDK_KEY_KP_Right:
      return move_cursor (self, 1, 0);
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      return move_cursor (self, 0, -1);
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      return move_cursor (self, 0, 1);
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      return move_cursor_to_end (self, FALSE);
    case GDK_KEY_End: case GDK_KEY_KP_End:
      return move_cursor_to_end (self, TRUE);
    default:
      /* An overlay hides the marks: keys do not change them unseen. */
      if (self->focus_region < 0 || self->pain_map == NULL || self->overlay != NULL)
        return FALSE;
      return act_on_cursor (self, keyval, (state & GDK_SHIFT_MASK) != 0);
    }
}

/* A ring inside the edge, in the accent colour, while the map has the
 * keyboard focus: the cursor's area alone may be off screen or not yet set. */
void
bm_body_view_snapshot_focus (BmBodyView    *self,
                             GtkSnapshot   *snapshot,
                             const GdkRGBA *accent)
{
  float w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  const float widths[4] = { 2, 2, 2, 2 };
  const GdkRGBA colors[4] = { *accent, *accent, *accent, *accent };
  GskRoundedRect ring;

  if (!gtk_widget_has_visible_focus (GTK_WIDGET (self)) || w <= 4 || h <= 4)
    return;
  gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (1, 1, w - 2, h - 2), 6);
  gtk_snapshot_append_border (snapshot, &ring, widths, colors);
}

/* The ring comes and goes with the focus and its visibility. */
static void
state_flags_changed_cb (GtkWidget     *widget,
                        GtkStateFlags  previous)
{
  if ((gtk_widget_get_state_flags (widget) ^ previous) & (GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE))
    gtk_widget_queue_draw (widget);
}

/* Leaving the map drops the cursor: coming back starts with "Body map". */
static void
focus_leave_cb (GtkEventControllerFocus *focus,
                BmBodyView              *self)
{
  if (self->focus_region >= 0)
    bm_body_view_set_cursor (self, 0, -1);
}

void
bm_body_view_add_key_controllers (BmBodyView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect (self, "state-flags-changed", G_CALLBACK (state_flags_changed_cb), NULL);
}
