/* bm-window.c: the main window
 *
 * The body map sits beside a sidebar with three pages: the ranked likely
 * sources, every body area, and every muscle. In a narrow window the two are
 * pages of an AdwLeaflet: the map first, the sidebar a button away
 * (bm-window-adaptive.c). A selected source or muscle shows its referral
 * pattern and trigger points on the map; activating it opens its muscle
 * page. Everything the person enters lives in one BmSession, saved as they
 * go when the window has a session file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <glib/gstdio.h>

#include "bm-settings.h"
#include "bm-body-view.h"
#include "bm-journal-page.h"
#include "bm-label-util.h"
#include "bm-legend-item.h"
#include "bm-muscle-list.h"
#include "bm-muscle-page.h"
#include "bm-region-list.h"
#include "bm-sources-page.h"
#include "bm-window-private.h"
#include "core/bm-disclaimer.h"
#include "core/bm-ids.h"
#include "bm-gui-enum-types.h"

G_DEFINE_FINAL_TYPE (BmWindow, bm_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_ART, PROP_ATLAS, PROP_SESSION_FILE, PROP_LAYOUT, PROP_SYMPTOM, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* ---- Highlight and navigation ---------------------------------------------- */

static const BmCandidate *
find_candidate (BmWindow        *self,
                const char      *muscle,
                BmCandidateSide  side)
{
  return muscle != NULL ? bm_ranking_lookup (bm_session_get_ranking (self->session), muscle, side) : NULL;
}

/* Shows @muscle on the map: the matched trigger point's pattern when it is
 * a ranked candidate on @side, else its whole pattern. */
static void
highlight (BmWindow        *self,
           const char      *muscle,
           BmCandidateSide  side)
{
  const BmMuscle *m = muscle ? bm_atlas_lookup (self->atlas, muscle) : NULL;
  const BmCandidate *c = find_candidate (self, muscle, side);

  if (c != NULL && c->related_to == NULL)
    bm_body_view_set_highlight (self->body_view, m, c->side, c->best);
  else
    bm_body_view_set_highlight (self->body_view, m, side, NULL);
}

static void update_hint (BmWindow *self, const char *shown);

/* What the map shows follows what the sidebar shows, and the hint above the
 * map follows both. */
static void
refresh_highlight (BmWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  const char *muscle = NULL;
  BmCandidateSide side = BM_SIDE_OF_EITHER;

  if (bm_window_on_muscle_page (self))
    muscle = self->page_muscle, side = self->page_side;
  else if (g_strcmp0 (page, "sources") == 0)
    muscle = self->candidate_muscle, side = self->candidate_side;
  else if (g_strcmp0 (page, "muscles") == 0)
    muscle = self->browse_muscle;
  highlight (self, muscle, side);
  update_hint (self, muscle);
}

void
bm_window_show_muscle (BmWindow        *self,
                       const char      *muscle,
                       BmCandidateSide  side)
{
  const BmMuscle *m = bm_atlas_lookup (self->atlas, muscle);

  g_return_if_fail (BM_IS_WINDOW (self));
  g_return_if_fail (m != NULL);

  g_free (self->page_muscle);
  self->page_muscle = g_strdup (muscle);
  self->page_side = side;
  gtk_label_set_text (self->muscle_title, m->name);
  bm_muscle_page_show (bm_window_ensure_muscle_page (self), muscle, side);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "muscle");
  bm_window_show_sidebar (self);
  bm_window_update_navigation (self);
  refresh_highlight (self);
}

static void
candidate_selected_cb (BmWindow        *self,
                       const char      *muscle,
                       BmCandidateSide  side)
{
  g_free (self->candidate_muscle);
  self->candidate_muscle = g_strdup (muscle);
  self->candidate_side = side;
  refresh_highlight (self);
}

static void
candidate_activated_cb (BmWindow        *self,
                        const char      *muscle,
                        BmCandidateSide  side)
{
  bm_window_show_muscle (self, muscle, side);
}

static void
muscle_selected_cb (BmWindow   *self,
                    const char *muscle)
{
  g_free (self->browse_muscle);
  self->browse_muscle = g_strdup (muscle);
  refresh_highlight (self);
}

static void
muscle_activated_cb (BmWindow   *self,
                     const char *muscle)
{
  bm_window_show_muscle (self, muscle, BM_SIDE_OF_EITHER);
}

/* A link on a muscle page: show that muscle, on the side where it ranks. */
static void
open_muscle_cb (BmWindow   *self,
                const char *muscle)
{
  BmCandidateSide side = self->page_side;
  const BmCandidate *c = find_candidate (self, muscle, side);

  bm_window_show_muscle (self, muscle, c != NULL ? c->side : side);
}

/* A muscle named on the sources page: on the side it ranks on, nearest to
 * @side (the card's side, or either). */
static void
sources_open_muscle_cb (BmWindow        *self,
                        const char      *muscle,
                        BmCandidateSide  side)
{
  const BmCandidate *c = find_candidate (self, muscle, side);

  if (c == NULL && side != BM_SIDE_OF_EITHER)
    c = find_candidate (self, muscle, BM_SIDE_OF_EITHER);
  bm_window_show_muscle (self, muscle, c != NULL ? c->side : side);
}

static void build_shown_page (BmWindow *self);

static void
view_changed_cb (BmWindow *self)
{
  /* The stack notifies while the template is still being built. */
  if (self->switcher_title == NULL)
    return;
  build_shown_page (self);
  bm_window_update_navigation (self);
  refresh_highlight (self);
  if (self->journal_page != NULL)
    bm_window_journal_page_changed (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  BmWindow *self = BM_WINDOW (widget);

  if (bm_window_on_muscle_page (self))
    gtk_stack_set_visible_child_name (self->sidebar_stack, "lists");
  else
    adw_leaflet_set_visible_child_name (self->leaflet, "map");
  bm_window_update_navigation (self);
  refresh_highlight (self);
}

/* ---- Session ---------------------------------------------------------------- */

/* The line above the map always says what to do next, or what the map
 * shows of the muscle @shown; it keeps its place so the drawing never jumps
 * under the pointer. */
static void
update_hint (BmWindow   *self,
             const char *shown)
{
  guint n = bm_pain_map_get_n_areas (bm_session_get_pain_map (self->session));
  const BmMuscle *m = shown != NULL ? bm_atlas_lookup (self->atlas, shown) : NULL;
  gboolean on_page = bm_window_on_muscle_page (self);
  g_autofree char *text = NULL;

  if (m != NULL && on_page)
    text = g_strdup_printf (_("%s: its trigger points (✕) send pain to the shaded areas, and sometimes to the "
                              "dotted ones."), m->name);
  else if (m != NULL)
    text = g_strdup_printf (_("%s: its trigger points (✕) send pain to the shaded areas. Open it for how to find "
                              "and release them."), m->name);
  else if (n == 0 && bm_body_view_get_show_anatomy (self->body_view))
    text = g_strdup (_("Click each area where you feel pain. Point at a muscle to see its name; right-click it to "
                       "open its page."));
  else if (n == 0)
    text = g_strdup (_("Click each area where you feel pain. Marks show on every view the area appears in."));
  /* No count of the marks here: the summary over the list has it, and a
   * text that changed with every click would lay the window out again. */
  else if (bm_body_view_get_show_anatomy (self->body_view))
    text = g_strdup (_("Select a likely source to see its pattern; right-click a muscle to open its page."));
  else
    text = g_strdup (_("Select a likely source to see its pattern; scroll over a mark to change its intensity."));
  bm_label_set_text (self->hint_label, text);
}

static void
session_changed_cb (BmWindow *self)
{
  BmPainMap *pain_map = bm_session_get_pain_map (self->session);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", bm_pain_map_can_undo (pain_map));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.clear", bm_pain_map_get_n_marks (pain_map) > 0);
  bm_window_update_sheet_actions (self);
  bm_window_update_journal_actions (self);
  bm_window_update_results_button (self);
  refresh_highlight (self);
  bm_window_queue_save (self);
}

static gboolean
bm_window_close_request (GtkWindow *window)
{
  BmWindow *self = BM_WINDOW (window);

  bm_window_save_now (self);
  return GTK_WINDOW_CLASS (bm_window_parent_class)->close_request (window);
}

/* ---- Pages built on demand ------------------------------------------------------ */

/* The Areas, Muscles and Journal pages and the muscle page are built the
 * first time they are shown (or a caller needs them), not at start-up: the
 * first frame then lays out and styles only the map and the likely sources. */

BmRegionList *
bm_window_ensure_region_list (BmWindow *self)
{
  if (self->region_list != NULL)
    return self->region_list;
  self->region_list = BM_REGION_LIST (g_object_new (BM_TYPE_REGION_LIST, NULL));
  bm_region_list_set_pain_map (self->region_list, bm_session_get_pain_map (self->session));
  bm_region_list_set_symptom (self->region_list, bm_body_view_get_symptom (self->body_view));
  adw_bin_set_child (self->areas_slot, GTK_WIDGET (self->region_list));
  bm_window_connect_search_entries (self, GTK_WIDGET (self->region_list));
  return self->region_list;
}

BmMuscleList *
bm_window_ensure_muscle_list (BmWindow *self)
{
  if (self->muscle_list != NULL)
    return self->muscle_list;
  self->muscle_list = BM_MUSCLE_LIST (g_object_new (BM_TYPE_MUSCLE_LIST, NULL));
  bm_muscle_list_set_atlas (self->muscle_list, self->atlas);
  g_signal_connect_object (self->muscle_list, "muscle-selected", G_CALLBACK (muscle_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->muscle_list, "muscle-activated", G_CALLBACK (muscle_activated_cb), self,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (self->muscles_slot, GTK_WIDGET (self->muscle_list));
  bm_window_connect_search_entries (self, GTK_WIDGET (self->muscle_list));
  return self->muscle_list;
}

BmMusclePage *
bm_window_ensure_muscle_page (BmWindow *self)
{
  if (self->muscle_page != NULL)
    return self->muscle_page;
  self->muscle_page = BM_MUSCLE_PAGE (g_object_new (BM_TYPE_MUSCLE_PAGE, "vexpand", TRUE, NULL));
  bm_muscle_page_set_session (self->muscle_page, self->session);
  g_signal_connect_object (self->muscle_page, "open-muscle", G_CALLBACK (open_muscle_cb), self,
                           G_CONNECT_SWAPPED);
  /* The map rings the X of the trigger point being read about and fades
   * the ones answered "Not tender". */
  g_signal_connect_object (self->muscle_page, "focus-trigger-point",
                           G_CALLBACK (bm_body_view_set_focus_trigger_point), self->body_view,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (self->muscle_slot, GTK_WIDGET (self->muscle_page));
  return self->muscle_page;
}

static void
build_shown_page (BmWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (g_strcmp0 (page, "areas") == 0)
    bm_window_ensure_region_list (self);
  else if (g_strcmp0 (page, "muscles") == 0)
    bm_window_ensure_muscle_list (self);
  else if (g_strcmp0 (page, "journal") == 0)
    bm_window_ensure_journal_page (self);
}

/* The main menu's popover is not built with the window, but once its
 * first frame is shown, or when the menu is opened (a click, F10) before. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       data)
{
  BmWindow *self = data;

  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static gboolean
build_menu_idle (gpointer data)
{
  BmWindow *self = data;

  /* Gone with the template when the window was destroyed meanwhile. */
  if (self->menu_button != NULL && gtk_menu_button_get_menu_model (self->menu_button) == NULL)
    create_menu_cb (self->menu_button, self);
  return G_SOURCE_REMOVE;
}

static void
first_frame_cb (GdkFrameClock *clock,
                BmWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  g_idle_add_full (G_PRIORITY_LOW, build_menu_idle, g_object_ref (self), g_object_unref);
}

static void
realized_cb (BmWindow *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (first_frame_cb), self, 0);
}

/* ---- Properties and life cycle ------------------------------------------------ */

static void
set_layout (BmWindow   *self,
            const char *layout)
{
  int found = bm_enum_from_id (BM_TYPE_BODY_LAYOUT, layout);
  BmBodyLayout value = found >= 0 ? found : BM_BODY_LAYOUT_FRONT_BACK;

  g_free (self->layout);
  self->layout = g_strdup (bm_enum_get_id (BM_TYPE_BODY_LAYOUT, value));
  bm_body_view_set_layout (self->body_view, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAYOUT]);
}

static void
set_symptom (BmWindow   *self,
             const char *symptom)
{
  int found = bm_enum_from_id (BM_TYPE_SYMPTOM, symptom);
  BmSymptom kind = found >= 0 ? found : BM_SYMPTOM_PAIN;

  g_free (self->symptom);
  self->symptom = g_strdup (bm_symptom_get_id (kind));
  bm_body_view_set_symptom (self->body_view, kind);
  if (self->region_list != NULL)
    bm_region_list_set_symptom (self->region_list, kind);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SYMPTOM]);
}

/* Whether @settings knows @key: an older compiled schema may not. */
static gboolean
has_key (GSettings  *settings,
         const char *key)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, key);
}

/* win.layout and win.show-anatomy are the settings' actions; without the
 * schema they set the properties, and nothing is remembered. */
static void
bind_settings (BmWindow *self)
{
  g_autoptr(GAction) layout = NULL, anatomy = NULL;

  self->settings = bm_settings_new ();
  if (self->settings == NULL)
    {
      layout = G_ACTION (g_property_action_new ("layout", self, "layout"));
      g_action_map_add_action (G_ACTION_MAP (self), layout);
      anatomy = G_ACTION (g_property_action_new ("show-anatomy", self->body_view, "show-anatomy"));
      g_action_map_add_action (G_ACTION_MAP (self), anatomy);
      return;
    }
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "layout", self, "layout", G_SETTINGS_BIND_DEFAULT);
  layout = g_settings_create_action (self->settings, "layout");
  g_action_map_add_action (G_ACTION_MAP (self), layout);
  if (has_key (self->settings, "show-anatomy"))
    {
      g_settings_bind (self->settings, "show-anatomy", self->body_view, "show-anatomy", G_SETTINGS_BIND_DEFAULT);
      anatomy = g_settings_create_action (self->settings, "show-anatomy");
    }
  else
    anatomy = G_ACTION (g_property_action_new ("show-anatomy", self->body_view, "show-anatomy"));
  g_action_map_add_action (G_ACTION_MAP (self), anatomy);
}

static void
bm_window_constructed (GObject *object)
{
  BmWindow *self = BM_WINDOW (object);
  BmPainMap *pain_map;

  G_OBJECT_CLASS (bm_window_parent_class)->constructed (object);

  self->session = bm_session_new (self->atlas);
  pain_map = bm_session_get_pain_map (self->session);
  bm_body_view_set_art (self->body_view, self->art);
  bm_body_view_set_atlas (self->body_view, self->atlas);
  bm_body_view_set_pain_map (self->body_view, pain_map);
  bm_sources_page_set_session (self->sources_page, self->session);
  bm_body_view_set_session (self->body_view, self->session);
  bm_window_restore_session (self);
  g_signal_connect_object (self->session, "changed", G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  bm_window_setup_actions (self);
  bm_window_connect_search_entries (self, GTK_WIDGET (self->sources_page));
  build_shown_page (self);
  /* The hint tells how to use the muscles while they are shown. */
  g_signal_connect_object (self->body_view, "notify::show-anatomy", G_CALLBACK (refresh_highlight), self,
                           G_CONNECT_SWAPPED);
  bind_settings (self);
  bm_window_setup_journal (self);
  bm_window_update_navigation (self);
  session_changed_cb (self);
  g_clear_handle_id (&self->save_id, g_source_remove);
}

static void
bm_window_dispose (GObject *object)
{
  BmWindow *self = BM_WINDOW (object);

  bm_window_save_now (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_WINDOW);
  /* The pages built on demand went with their slots. */
  self->region_list = NULL;
  self->muscle_list = NULL;
  self->muscle_page = NULL;
  self->journal_page = NULL;
  if (self->clear_toast != NULL)
    g_signal_handlers_disconnect_by_data (self->clear_toast, self);
  g_clear_object (&self->clear_toast);
  bm_window_dispose_journal (self);
  g_clear_object (&self->session);
  g_clear_object (&self->atlas);
  g_clear_object (&self->art);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->session_file, g_free);
  g_clear_pointer (&self->layout, g_free);
  g_clear_pointer (&self->symptom, g_free);
  g_clear_pointer (&self->candidate_muscle, g_free);
  g_clear_pointer (&self->browse_muscle, g_free);
  g_clear_pointer (&self->page_muscle, g_free);

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
    case PROP_ATLAS:
      self->atlas = g_value_dup_object (value);
      break;
    case PROP_SESSION_FILE:
      self->session_file = g_value_dup_string (value);
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
install_properties (GObjectClass *object_class)
{
  properties[PROP_ART] =
    g_param_spec_object ("art", NULL, NULL, BM_TYPE_BODY_ART,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ATLAS] =
    g_param_spec_object ("atlas", NULL, NULL, BM_TYPE_ATLAS,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SESSION_FILE] =
    g_param_spec_string ("session-file", NULL, NULL, NULL,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAYOUT] =
    g_param_spec_string ("layout", NULL, NULL, "front-back",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SYMPTOM] =
    g_param_spec_string ("symptom", NULL, NULL, "pain",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
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
  GTK_WINDOW_CLASS (klass)->close_request = bm_window_close_request;
  install_properties (object_class);

  g_type_ensure (BM_TYPE_BODY_VIEW);
  g_type_ensure (BM_TYPE_LEGEND_ITEM);
  g_type_ensure (BM_TYPE_SOURCES_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BmWindow, toasts);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, results_button);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, map_pane);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, sidebar_pane);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, hint_label);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, disclaimer_label);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, body_view);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, sources_page);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, areas_slot);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, muscles_slot);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, journal_slot);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, muscle_slot);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, muscle_title);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BmWindow, primary_menu);
  gtk_widget_class_bind_template_callback (widget_class, candidate_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, candidate_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, muscle_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sources_open_muscle_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  bm_window_install_actions (widget_class);
}

static void
bm_window_init (BmWindow *self)
{
  g_autofree char *notice = g_strdup_printf ("%s.", bm_disclaimer_get ()->title);

  self->layout = g_strdup ("front-back");
  self->symptom = g_strdup ("pain");
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (self->disclaimer_label, notice);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  g_signal_connect_after (self, "realize", G_CALLBACK (realized_cb), NULL);
}

BmWindow *
bm_window_new (GtkApplication *application,
               BmAtlas        *atlas,
               BmBodyArt      *art,
               const char     *session_file)
{
  return g_object_new (BM_TYPE_WINDOW, "application", application, "atlas", atlas, "art", art,
                       "session-file", session_file, NULL);
}

BmSession *
bm_window_get_session (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);
  return self->session;
}

BmPainMap *
bm_window_get_pain_map (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);
  return bm_session_get_pain_map (self->session);
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
  return GTK_WIDGET (bm_window_ensure_region_list (self));
}

GtkWidget *
bm_window_get_sources_page (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->sources_page);
}

GtkWidget *
bm_window_get_muscle_page (BmWindow *self)
{
  g_return_val_if_fail (BM_IS_WINDOW (self), NULL);
  return GTK_WIDGET (bm_window_ensure_muscle_page (self));
}
