/* bm-body-view.c: the clickable body map
 *
 * This file lays the views out and handles input; the cached layers that
 * draw them live in bm-body-layers.c. Hit-testing goes through the art's
 * id-colour hit map: exact and O(1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include <adwaita.h>

#include "bm-bench-hook.h"
#include "bm-body-layers.h"
#include "bm-body-view.h"
#include "bm-body-view-private.h"
#include "bm-mark-popover.h"
#include "bm-gui-enum-types.h"
#include "bm-enum-types.h"

#define BOUNDARY_UNDER_CHART 0.4  /* the area lines' opacity under the chart */


G_DEFINE_FINAL_TYPE (BmBodyView, bm_body_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_LAYOUT, PROP_SYMPTOM, PROP_ZOOM, PROP_SHOW_ANATOMY, PROP_OVERLAY_MODE, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
invalidate (BmBodyView *self,
            BmLayer     layers)
{
  bm_body_layers_invalidate (self->layers, layers);
}

/* ---- Drawing --------------------------------------------------------------- */

/* The part of view @i visible now, in drawing units, clamped to the view. */
static graphene_rect_t
visible_area (BmBodyView *self,
              guint       i)
{
  double ox, oy, w, h, s = bm_body_view_get_scale (self);
  double x1, y1, x2, y2;

  bm_body_view_get_view_origin (self, i, &ox, &oy);
  bm_body_art_get_size (self->art, self->views[i], &w, &h);
  x1 = CLAMP (-ox / s, 0, w);
  y1 = CLAMP (-oy / s, 0, h);
  x2 = CLAMP ((gtk_widget_get_width (GTK_WIDGET (self)) - ox) / s, 0, w);
  y2 = CLAMP ((gtk_widget_get_height (GTK_WIDGET (self)) - oy) / s, 0, h);
  return GRAPHENE_RECT_INIT (x1, y1, x2 - x1, y2 - y1);
}

static void
get_theme_colors (BmBodyView *self,
                  GdkRGBA    *accent,
                  GdkRGBA    *background)
{
  /* The theme's colours, so hover and names follow light and dark styles. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  if (!gtk_style_context_lookup_color (context, "accent_bg_color", accent))
    gdk_rgba_parse (accent, "#3584e4");
  if (!gtk_style_context_lookup_color (context, "view_bg_color", background))
    gdk_rgba_parse (background, self->dark ? "#1e1e1e" : "#ffffff");
  G_GNUC_END_IGNORE_DEPRECATIONS
}

/* Builds the hit maps and mask drawings of the views on screen once their
 * first frame is out, so neither start-up nor the first hover or mark pays
 * for them; the side views' only when Sides is first shown (a hit map is
 * 4.6 MB, and its drawing twice that while it is built). */
static gboolean
prepare_hit_maps_cb (gpointer data)
{
  BmBodyView *self = data;

  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      bm_body_art_prepare (self->art, self->views[i]);
      self->prepared_views |= 1u << self->views[i];
    }
  self->prepare_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_prepare (BmBodyView *self)
{
  self->prepared = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    if (!(self->prepared_views & (1u << self->views[i])) && self->prepare_id == 0)
      self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_hit_maps_cb, self, NULL);
}

/* Where the views sit and at what scale: what the base drawings need. */
static void
frame_layout (BmBodyView   *self,
              BmLayerFrame *frame,
              BmLayerSlot  *slots)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
    {
      slots[i].view = self->views[i];
      bm_body_view_get_view_origin (self, i, &slots[i].x, &slots[i].y);
      slots[i].visible = visible_area (self, i);
    }
  frame->art = self->art;
  frame->slots = slots;
  frame->n_slots = G_N_ELEMENTS (self->views);
  frame->scale = bm_body_view_get_scale (self);
  frame->zoom = self->zoom;
  frame->scale_factor = gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
bm_body_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  BmBodyView *self = BM_BODY_VIEW (widget);
  BmLayerSlot slots[G_N_ELEMENTS (self->views)];
  BmLayerFrame frame = { 0 };

  if (self->art == NULL || self->fit_scale <= 0)
    return;
  schedule_prepare (self);

  frame_layout (self, &frame, slots);
  frame.pain_map = self->pain_map;
  frame.fills = bm_body_view_overlay_get_fills (self);
  frame.hover_region = self->hover_region;
  frame.highlight = self->highlight.xs != NULL ? &self->highlight : NULL;
  frame.muscle_art = self->muscle_art;
  frame.muscle_style = &self->muscle_style;
  frame.chart = self->show_anatomy;
  frame.hover_muscle = self->hover_muscle;
  frame.hover_side = self->hover_side;
  get_theme_colors (self, &frame.accent, &frame.background);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                         gtk_widget_get_height (widget)));
  bm_body_layers_snapshot (self->layers, snapshot, &frame);
  bm_bench_hook_map_drawn (widget);
  bm_body_view_snapshot_focus (self, snapshot, &frame.accent);
  gtk_snapshot_pop (snapshot);
}

/* ---- Interaction ----------------------------------------------------------- */

void
bm_body_view_set_hover (BmBodyView *self,
           int         region)
{
  if (self->hover_region == region)
    return;
  self->hover_region = region;
  invalidate (self, BM_LAYER_HOVER);
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), region >= 0 ? "pointer" : NULL);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  bm_body_view_update_accessible_label (self);
}

/* The mark popover and the muscle menu are built on first use (a click,
 * a key, a right-click on the chart), not with the window: most starts
 * open neither. */
void
bm_body_view_ensure_popovers (BmBodyView *self)
{
  if (self->popover != NULL)
    return;
  self->popover = bm_mark_popover_new ();
  gtk_widget_set_parent (self->popover, GTK_WIDGET (self));
  self->muscle_menu = gtk_popover_menu_new_from_model (NULL);
  gtk_widget_set_parent (self->muscle_menu, GTK_WIDGET (self));
}

/* Before the popovers are built neither is open, so nothing declines. */
static gboolean
query_tooltip (GtkWidget  *widget,
               int         x,
               int         y,
               gboolean    keyboard,
               GtkTooltip *tooltip)
{
  BmBodyView *self = BM_BODY_VIEW (widget);
  g_autofree char *text = NULL;

  if (self->popover != NULL)
    return bm_body_view_query_tooltip (widget, x, y, keyboard, tooltip);
  if ((text = bm_body_view_describe_at (self, x, y)) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
bm_body_view_open_popover (BmBodyView     *self,
              const BmRegion *region,
              double          x,
              double          y)
{
  /* An overlay hides the marks: they are not edited unseen. */
  if (self->overlay != NULL)
    return;
  bm_body_view_ensure_popovers (self);
  bm_mark_popover_set_region (BM_MARK_POPOVER (self->popover), self->pain_map, region->index);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->popover));
  /* Hide a tooltip already shown: query-tooltip declines while it is open. */
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

/* What a click at (@x, @y) does: the primary button marks or unmarks the
 * region under it, the secondary button opens its popover, or the muscle's
 * menu on the anatomy chart. Returns the region, or NULL when the click
 * missed the body. */
const BmRegion *
bm_body_view_click_at (BmBodyView *self,
                       double      x,
                       double      y,
                       guint       button)
{
  const BmRegion *region;

  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);

  /* On the anatomy chart, the secondary button offers the muscle's page. */
  if (button == GDK_BUTTON_SECONDARY && bm_body_view_open_muscle_menu (self, x, y))
    return bm_body_view_region_at (self, x, y, NULL);
  if (self->pain_map == NULL || (region = bm_body_view_region_at (self, x, y, NULL)) == NULL)
    return NULL;
  if (self->overlay != NULL)
    return region;  /* the marks are hidden: nothing changes unseen */
  if (button == GDK_BUTTON_SECONDARY)
    bm_body_view_open_popover (self, region, x, y);
  else
    bm_pain_map_toggle (self->pain_map, region->index, self->symptom);
  return region;
}

/* ---- Life cycle ------------------------------------------------------------ */

static void
bm_body_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  BmBodyView *self = BM_BODY_VIEW (widget);
  BmLayerSlot slots[G_N_ELEMENTS (self->views)];
  BmLayerFrame frame = { 0 };

  bm_body_view_compute_layout (self);
  bm_body_view_layout_moved (self);
  /* The views' size is known from here: their first drawings are
   * rasterised on a thread while the rest of the window is laid out. */
  if (self->art != NULL && self->fit_scale > 0)
    {
      frame_layout (self, &frame, slots);
      bm_body_layers_prefetch (self->layers, &frame);
    }
  if (self->popover != NULL)
    {
      gtk_popover_present (GTK_POPOVER (self->popover));
      gtk_popover_present (GTK_POPOVER (self->muscle_menu));
    }
}

static void
bm_body_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  /* 320 high leaves room, in a 360×720 window, for the toolbars, the hint and the legend. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 320;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 560 : 720;
}

static void
pain_map_changed_cb (BmPainMap  *pain_map,
                     int         region,
                     BmBodyView *self)
{
  /* A change of the marks (an undo, an entry opened) shows them again. */
  if (self->overlay != NULL)
    bm_body_view_set_overlay (self, BM_MAP_OVERLAY_NONE, NULL);
  invalidate (self, BM_LAYER_MARKS | BM_LAYER_HOVER);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  if (region < 0 || region == self->hover_region)
    bm_body_view_update_accessible_label (self);
  bm_body_view_update_accessible_description (self);
}

/* The drawing follows libadwaita's light or dark style; under the anatomy
 * chart, the lines between the areas recede so that the muscles read. */
void
bm_body_view_apply_style (BmBodyView *self,
                          gboolean    force)
{
  BmArtStyle style;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  if (self->art == NULL)
    return;
  if (!force && dark == self->dark)
    return;
  self->dark = dark;
  bm_body_art_get_default_style (&style, dark);
  if (self->show_anatomy)
    style.boundary.alpha *= BOUNDARY_UNDER_CHART;
  bm_body_art_set_style (self->art, &style);
  bm_body_view_apply_muscle_style (self);
  invalidate (self, BM_LAYER_ALL);
}

static void
dark_changed_cb (BmBodyView *self)
{
  bm_body_view_apply_style (self, FALSE);
}

static void
bm_body_view_dispose (GObject *object)
{
  BmBodyView *self = BM_BODY_VIEW (object);

  g_clear_handle_id (&self->prepare_id, g_source_remove);
  g_clear_pointer (&self->layers, bm_body_layers_free);
  g_clear_pointer (&self->overlay, bm_body_view_overlay_free);
  bm_body_view_highlight_clear (&self->highlight);
  if (self->session != NULL)
    g_clear_signal_handler (&self->session_changed_id, self->session);
  g_clear_object (&self->session);
  if (self->pain_map != NULL)
    g_clear_signal_handler (&self->changed_id, self->pain_map);
  g_clear_object (&self->pain_map);
  g_clear_object (&self->art);
  bm_body_view_clear_centres (self);
  g_clear_pointer (&self->popover, gtk_widget_unparent);
  bm_body_view_anatomy_dispose (self);

  G_OBJECT_CLASS (bm_body_view_parent_class)->dispose (object);
}

static void
bm_body_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  BmBodyView *self = BM_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      g_value_set_enum (value, self->layout);
      break;
    case PROP_SYMPTOM:
      g_value_set_enum (value, self->symptom);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SHOW_ANATOMY:
      g_value_set_boolean (value, self->show_anatomy);
      break;
    case PROP_OVERLAY_MODE:
      g_value_set_enum (value, bm_body_view_get_overlay_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_body_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  BmBodyView *self = BM_BODY_VIEW (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      bm_body_view_set_layout (self, g_value_get_enum (value));
      break;
    case PROP_SYMPTOM:
      bm_body_view_set_symptom (self, g_value_get_enum (value));
      break;
    case PROP_ZOOM:
      bm_body_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SHOW_ANATOMY:
      bm_body_view_set_show_anatomy (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_body_view_class_init (BmBodyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_body_view_dispose;
  object_class->get_property = bm_body_view_get_property;
  object_class->set_property = bm_body_view_set_property;

  widget_class->snapshot = bm_body_view_snapshot;
  widget_class->size_allocate = bm_body_view_size_allocate;
  widget_class->measure = bm_body_view_measure;
  widget_class->query_tooltip = query_tooltip;
  /* The map's popover is where tooltips most often got in the way; the
   * guard keeps every tooltip in the app off open popovers and menus. */
  bm_body_view_guard_tooltips ();

  properties[PROP_LAYOUT] =
    g_param_spec_enum ("layout", NULL, NULL, BM_TYPE_BODY_LAYOUT, BM_BODY_LAYOUT_FRONT_BACK,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYMPTOM] =
    g_param_spec_enum ("symptom", NULL, NULL, BM_TYPE_SYMPTOM, BM_SYMPTOM_PAIN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, BM_BODY_VIEW_ZOOM_MIN, BM_BODY_VIEW_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Every superficial muscle drawn as an anatomical chart. */
  properties[PROP_SHOW_ANATOMY] =
    g_param_spec_boolean ("show-anatomy", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A journal overlay instead of the marks: see bm-body-view-compare.c. */
  properties[PROP_OVERLAY_MODE] =
    g_param_spec_enum ("overlay-mode", NULL, NULL, BM_TYPE_MAP_OVERLAY_MODE, BM_MAP_OVERLAY_NONE,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  bm_body_view_anatomy_class_init (widget_class);

  gtk_widget_class_set_css_name (widget_class, "bodyview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bm_body_view_init (BmBodyView *self)
{
  self->zoom = 1.0;
  self->pinch_last = 1.0;
  self->hover_region = -1;
  self->menu_region = -1;
  self->focus_region = -1;
  self->pointer_x = self->pointer_y = -1;
  self->views[0] = BM_VIEW_FRONT;
  self->views[1] = BM_VIEW_BACK;

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  /* The arrow keys move between the areas: see bm-body-view-keys.c. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Body map"), -1);
  self->layers = bm_body_layers_new (GTK_WIDGET (self));
  bm_muscle_art_get_default_style (&self->muscle_style, FALSE);
  bm_body_view_add_controllers (self);
  bm_body_view_add_key_controllers (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
bm_body_view_new (void)
{
  return g_object_new (BM_TYPE_BODY_VIEW, NULL);
}

/* ---- Properties ------------------------------------------------------------ */

void
bm_body_view_set_art (BmBodyView *self,
                      BmBodyArt  *art)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (!g_set_object (&self->art, art))
    return;
  self->prepared_views = 0;
  bm_body_view_set_cursor (self, 0, -1);
  bm_body_view_clear_centres (self);
  bm_body_view_apply_style (self, TRUE);
  bm_body_view_compute_layout (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
bm_body_view_set_pain_map (BmBodyView *self,
                           BmPainMap  *pain_map)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->pain_map != NULL)
    g_clear_signal_handler (&self->changed_id, self->pain_map);
  if (!g_set_object (&self->pain_map, pain_map))
    return;
  if (pain_map != NULL)
    self->changed_id = g_signal_connect (pain_map, "changed", G_CALLBACK (pain_map_changed_cb), self);
  invalidate (self, BM_LAYER_MARKS);
  bm_body_view_update_accessible_label (self);
  bm_body_view_update_accessible_description (self);
}

BmPainMap *
bm_body_view_get_pain_map (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);
  return self->pain_map;
}

void
bm_body_view_set_layout (BmBodyView   *self,
                         BmBodyLayout  layout)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->layout == layout)
    return;
  self->layout = layout;
  self->views[0] = layout == BM_BODY_LAYOUT_SIDES ? BM_VIEW_RIGHT : BM_VIEW_FRONT;
  self->views[1] = layout == BM_BODY_LAYOUT_SIDES ? BM_VIEW_LEFT : BM_VIEW_BACK;
  self->zoom = 1.0;
  self->pan_x = self->pan_y = 0;
  bm_body_view_compute_layout (self);
  self->focus_region = -1;
  bm_body_view_set_hover (self, -1);
  bm_body_view_set_hover_muscle (self, -1, -1);
  bm_body_view_layout_moved (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

BmBodyLayout
bm_body_view_get_layout (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), BM_BODY_LAYOUT_FRONT_BACK);
  return self->layout;
}

void
bm_body_view_set_symptom (BmBodyView *self,
                          BmSymptom   symptom)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->symptom == symptom)
    return;
  self->symptom = symptom;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYMPTOM]);
}

BmSymptom
bm_body_view_get_symptom (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), BM_SYMPTOM_PAIN);
  return self->symptom;
}
