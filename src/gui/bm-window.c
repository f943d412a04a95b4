/* bm-window.c: the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-application.h"
#include "bm-body-view.h"
#include "bm-region-list.h"
#include "bm-window.h"

struct _BmWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  BmBodyView          *body_view;
  BmRegionList        *region_list;
  GtkLabel            *hint_label;
  AdwFlap             *flap;

  /* Owned */
  BmBodyArt           *art;
  BmPainMap           *pain_map;
  GSettings           *settings;
  char                *layout;     /* "front-back" or "sides" */
  char                *symptom;    /* "pain" or "numbness" */
};

G_DEFINE_FINAL_TYPE (BmWindow, bm_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_ART, PROP_LAYOUT, PROP_SYMPTOM, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The line above the map always says what to do next; it keeps its place
 * so the drawing never jumps under the pointer. */
static void
update_hint (BmWindow *self)
{
  guint n = bm_pain_map_get_n_marks (self->pain_map);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup ("Click each area where you feel pain. Marks show on every view the area appears in.");
  else
    text = g_strdup_printf (g_dngettext (NULL, "%u area marked. Scroll over a mark to change its intensity; right-click it for more.",
                                         "%u areas marked. Scroll over a mark to change its intensity; right-click it for more.", n),
                            n);
  gtk_label_set_text (self->hint_label, text);
}

static void
update_actions (BmWindow *self)
{
  gboolean any = bm_pain_map_get_n_marks (self->pain_map) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", bm_pain_map_can_undo (self->pain_map));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear", any);
  update_hint (self);
}

static void
set_layout (BmWindow   *self,
            const char *layout)
{
  gboolean sides = g_strcmp0 (layout, "sides") == 0;

  g_free (self->layout);
  self->layout = g_strdup (sides ? "sides" : "front-back");
  bm_body_view_set_layout (self->body_view, sides ? BM_BODY_LAYOUT_SIDES : BM_BODY_LAYOUT_FRONT_BACK);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "layout", self->layout);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
}

static void
set_symptom (BmWindow   *self,
             const char *symptom)
{
  gboolean numb = g_strcmp0 (symptom, "numbness") == 0;

  g_free (self->symptom);
  self->symptom = g_strdup (numb ? "numbness" : "pain");
  bm_body_view_set_symptom (self->body_view, numb ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN);
  bm_region_list_set_symptom (self->region_list, numb ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYMPTOM]);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  bm_pain_map_undo (BM_WINDOW (widget)->pain_map);
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  bm_pain_map_clear (BM_WINDOW (widget)->pain_map);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BmBodyView *view = BM_WINDOW (widget)->body_view;
  double cx = gtk_widget_get_width (GTK_WIDGET (view)) / 2.0;
  double cy = gtk_widget_get_height (GTK_WIDGET (view)) / 2.0;

  if (g_str_equal (action_name, "win.zoom-in"))
    bm_body_view_zoom_at (view, 1.5, cx, cy);
  else if (g_str_equal (action_name, "win.zoom-out"))
    bm_body_view_zoom_at (view, 1 / 1.5, cx, cy);
  else
    bm_body_view_reset_zoom (view);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);

  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, TRUE);
  bm_region_list_focus_search (self->region_list);
}

static void
pain_map_notify_cb (BmWindow *self)
{
  update_actions (self);
}

static void
bm_window_constructed (GObject *object)
{
  BmWindow *self = BM_WINDOW (object);

  G_OBJECT_CLASS (bm_window_parent_class)->constructed (object);

  self->pain_map = bm_pain_map_new (bm_body_art_get_catalog (self->art));
  g_signal_connect_object (self->pain_map, "changed", G_CALLBACK (pain_map_notify_cb), self, G_CONNECT_SWAPPED);
  bm_body_view_set_art (self->body_view, self->art);
  bm_body_view_set_pain_map (self->body_view, self->pain_map);
  bm_region_list_set_pain_map (self->region_list, self->pain_map);

  self->settings = bm_application_create_settings ();
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
      set_layout (self, g_settings_get_string (self->settings, "layout"));
    }
  update_actions (self);
}

static void
bm_window_dispose (GObject *object)
{
  BmWindow *self = BM_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_WINDOW);
  g_clear_object (&self->pain_map);
  g_clear_object (&self->art);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->layout, g_free);
  g_clear_pointer (&self->symptom, g_free);

  G_OBJECT_CLASS (bm_window_parent_class)->dispose (object);
}

static void
bm_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BmWindow *self = BM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LAYOUT:
      g_value_set_string (value, self->layout);
      break;
    case PROP_SYMPTOM:
      g_value_set_string (value, self->symptom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  BmWindow *self = BM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ART:
      self->art = g_value_dup_object (value);
      break;
    case PROP_LAYOUT:
      set_layout (self, g_value_get_string (value));
      break;
    case PROP_SYMPTOM:
      set_symptom (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_window_class_init (BmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bm_window_constructed;
  object_class->dispose = bm_window_dispose;
  object_class->get_property = bm_window_get_property;
  object_class->set_property = bm_window_set_property;

  properties[PROP_ART] =
    g_param_spec_object ("art", NULL, NULL, BM_TYPE_BODY_ART,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAYOUT] =
    g_param_spec_string ("layout", NULL, NULL, "front-back",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYMPTOM] =
    g_param_spec_string ("symptom", NULL, NULL, "pain",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BM_TYPE_BODY_VIEW);
  g_type_ensure (BM_TYPE_REGION_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BmWindow, body_view);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, region_list);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, flap);

  gtk_widget_class_install_property_action (widget_class, "win.layout", "layout");
  gtk_widget_class_install_property_action (widget_class, "win.symptom", "symptom");
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.clear", NULL, clear_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.clear", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.layout", "s", "front-back");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.layout", "s", "sides");
}

static void
bm_window_init (BmWindow *self)
{
  self->layout = g_strdup ("front-back");
  self->symptom = g_strdup ("pain");
  gtk_widget_init_template (GTK_WIDGET (self));
}

BmWindow *
bm_window_new (GtkApplication *application,
               BmBodyArt      *art)
{
  return g_object_new (BM_TYPE_WINDOW, "application", application, "art", art, NULL);
}

BmPainMap *
bm_window_get_pain_map (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);
  return self->pain_map;
}

BmBodyView *
bm_window_get_body_view (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);
  return self->body_view;
}

GtkWidget *
bm_window_get_region_list (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->region_list);
}
