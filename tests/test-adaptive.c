/* test-adaptive.c: the window at phone width and at desktop width
 *
 * At 360 px the map and the sidebar are two pages: the map first, with the
 * Pain/Numb and view toggles, the legend and the zoom buttons in sight; a
 * button that counts the likely sources leads to the sidebar, and Back
 * returns. Nothing is wider than the window. Wide, both show side by side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "gui/bm-muscle-page.h"
#include "gui/bm-window.h"
#include "gui/bm-window-private.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

#define NARROW_WIDTH 360
#define NARROW_HEIGHT 720

static BmAtlas *atlas;
static BmBodyArt *art;

static BmWindow *
new_window (int width,
            int height)
{
  BmWindow *window = bm_window_new (NULL, atlas, art, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (window));
  bm_test_wait_ms (100);
  return window;
}

/* Lets the leaflet's and the sidebar's transitions end (a loaded machine
 * may take longer than their duration). */
static void
settle (BmWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  do
    bm_test_wait_ms (300);
  while ((adw_leaflet_get_child_transition_running (window->leaflet) ||
          gtk_stack_get_transition_running (window->sidebar_stack)) &&
         g_get_monotonic_time () < deadline);
}

/* Whether @widget shows whole inside @window: mapped, with a size, and
 * within the window's bounds. */
static gboolean
shows_whole (GtkWidget *widget,
             GtkWidget *window)
{
  graphene_rect_t w = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (window), gtk_widget_get_height (window));
  graphene_rect_t r;

  if (widget == NULL || !gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) < 1)
    return FALSE;
  r = bm_test_bounds (widget, window);
  g_test_message ("%s %s: %gx%g at %g,%g", G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget),
                  r.size.width, r.size.height, r.origin.x, r.origin.y);
  return graphene_rect_contains_rect (&w, &r);
}

static gboolean
has_class (GtkWidget     *widget,
           gconstpointer  name)
{
  return gtk_widget_has_css_class (widget, name);
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  target)
{
  const char *want = target;
  g_autofree char *action = NULL;
  GVariant *value;

  if (!GTK_IS_ACTIONABLE (widget) || gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) == NULL)
    return FALSE;
  value = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  action = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
           ? g_strdup_printf ("%s::%s", gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                              g_variant_get_string (value, NULL))
           : g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)));
  return g_strcmp0 (action, want) == 0;
}

/* Whether @widget is shown and reaches past the left or right edge of
 * @window: a header bar may reach a pixel past each edge, over the
 * window's border, and an overlay scrollbar's slider by its shadow. */
static gboolean
reaches_past (GtkWidget     *widget,
              gconstpointer  window)
{
  int width = gtk_widget_get_width ((GtkWidget *) window);
  graphene_rect_t r;

  if (widget == window || !gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) < 1 ||
      gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLBAR) != NULL)
    return FALSE;
  r = bm_test_bounds (widget, (GtkWidget *) window);
  return r.origin.x < -1.5 || r.origin.x + r.size.width > width + 1.5;
}

static void
assert_fits (GtkWidget *widget,
             GtkWidget *window)
{
  GtkWidget *wide = bm_test_find_widget (widget, reaches_past, window);

  if (wide != NULL)
    {
      graphene_rect_t r = bm_test_bounds (wide, window);

      g_error ("a %s (%s) is %g px wide at x %g, in a window %d px wide", G_OBJECT_TYPE_NAME (wide),
               GTK_IS_LABEL (wide) ? gtk_label_get_text (GTK_LABEL (wide)) : gtk_widget_get_css_name (wide),
               r.size.width, r.origin.x, gtk_widget_get_width (window));
    }
}

static void
mark (BmWindow   *window,
      const char *region)
{
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), region);

  bm_pain_map_set_mark (bm_window_get_pain_map (window), r->index, BM_SYMPTOM_PAIN, 6);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
is_search_entry (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_SEARCH_ENTRY (widget);
}

static gboolean
is_status_page (GtkWidget     *widget,
                gconstpointer  data)
{
  return ADW_IS_STATUS_PAGE (widget) && gtk_widget_get_mapped (widget);
}

static int
min_width (GtkWidget *window)
{
  int min;

  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  return min;
}

/* Names, for the log, the deepest widgets under @widget whose minimum
 * width is over @limit: the ones to fix when the window cannot narrow. */
static void
log_wide_minimums (GtkWidget *widget,
                   int        limit)
{
  gboolean child_too_wide = FALSE;
  int min;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      if (min > limit)
        {
          child_too_wide = TRUE;
          log_wide_minimums (child, limit);
        }
    }
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (!child_too_wide)
    g_test_message ("%s.%s needs %d px", G_OBJECT_TYPE_NAME (widget), gtk_widget_get_css_name (widget), min);
}

/* GTK gives the window no less than its content's minimum width: the
 * content and every page must fit in 360 px. */
static void
test_narrow_minimum (void)
{
  BmWindow *window = new_window (NARROW_WIDTH, NARROW_HEIGHT);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  int min;

  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("content minimum width %d; window %d, surface %d, content %d", min,
                  gtk_widget_get_width (GTK_WIDGET (window)),
                  gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), gtk_widget_get_width (content));
  if (min > gtk_widget_get_width (content))
    log_wide_minimums (content, gtk_widget_get_width (content) - 40);
  g_assert_cmpint (min, <=, NARROW_WIDTH);
  /* The window is no wider than asked: without a compositor, GTK draws a
   * few pixels of resize border around it. */
  g_assert_cmpint (gtk_widget_get_width (content), <=, NARROW_WIDTH);
  g_assert_cmpint (gtk_widget_get_width (content), >=, NARROW_WIDTH - 10);
  g_assert_cmpint (gtk_widget_get_height (content), <=, NARROW_HEIGHT);
  g_assert_cmpint (gtk_widget_get_height (content), >=, NARROW_HEIGHT - 10);
  g_assert_true (adw_leaflet_get_folded (window->leaflet));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The map page at 360 px: the toggles, the legend and the zoom buttons in
 * sight, the sidebar not; a mark changes the results button's count. */
static void
test_narrow_map (void)
{
  BmWindow *window = new_window (NARROW_WIDTH, NARROW_HEIGHT);
  GtkWidget *w = GTK_WIDGET (window);
  static const char *controls[] = { "win.symptom::pain", "win.symptom::numbness", "win.layout::front-back",
                                    "win.layout::sides", "win.zoom-in", "win.zoom-out", "win.zoom-reset",
                                    "win.show-anatomy", "win.undo" };
  g_autofree char *before = NULL;

  /* The settled window: a loaded machine may still be animating. */
  settle (window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (window->leaflet), ==, "map");
  for (guint i = 0; i < G_N_ELEMENTS (controls); i++)
    if (!shows_whole (bm_test_find_widget (w, has_action, controls[i]), w))
      g_error ("the control for %s is not in sight at %d px", controls[i], NARROW_WIDTH);
  g_assert_true (shows_whole (bm_test_find_widget (w, has_class, "legend"), w));
  g_assert_true (shows_whole (GTK_WIDGET (bm_window_get_body_view (window)), w));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (bm_window_get_body_view (window))), >=, 300);
  g_assert_true (shows_whole (window->results_button, w));
  if (gtk_widget_get_mapped (GTK_WIDGET (window->sidebar_stack)))
    g_error ("the sidebar is mapped at %d px (folded %d, can unfold %d, transition %d)", NARROW_WIDTH,
             adw_leaflet_get_folded (window->leaflet), adw_leaflet_get_can_unfold (window->leaflet),
             adw_leaflet_get_child_transition_running (window->leaflet));
  assert_fits (w, w);

  before = g_strdup (gtk_button_get_label (GTK_BUTTON (window->results_button)));
  mark (window, "hip-lateral-left");
  g_test_message ("results button: “%s”, then “%s”", before, gtk_button_get_label (GTK_BUTTON (window->results_button)));
  g_assert_cmpstr (before, !=, gtk_button_get_label (GTK_BUTTON (window->results_button)));
  g_assert_nonnull (strpbrk (gtk_button_get_label (GTK_BUTTON (window->results_button)), "123456789"));
  g_assert_true (gtk_widget_has_css_class (window->results_button, "suggested-action"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The results button leads to the sidebar, Back to the map; a muscle page
 * opens on the sidebar and fits the width; Back leads to the lists, then
 * to the map. */
static void
test_narrow_navigation (void)
{
  BmWindow *window = new_window (NARROW_WIDTH, NARROW_HEIGHT);
  GtkWidget *w = GTK_WIDGET (window);
  const BmMuscle *m = bm_atlas_lookup (atlas, "gluteus-minimus");
  static const char *pages[] = { "sources", "areas", "muscles" };

  mark (window, "hip-lateral-left");
  gtk_widget_activate (window->results_button);
  settle (window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (window->leaflet), ==, "sidebar");
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (bm_window_get_body_view (window))));
  g_assert_true (shows_whole (window->back_button, w));
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (window->view_stack, pages[i]);
      settle (window);
      g_assert_true (shows_whole (adw_view_stack_get_visible_child (window->view_stack), w));
      assert_fits (w, w);
    }
  /* The empty state of a search that finds nothing fits as well. */
  gtk_editable_set_text (GTK_EDITABLE (bm_test_find_widget (adw_view_stack_get_visible_child (window->view_stack),
                                                            is_search_entry, NULL)), "zzzqqq");
  settle (window);
  g_assert_true (shows_whole (bm_test_find_widget (w, is_status_page, NULL), w));
  if (min_width (w) > NARROW_WIDTH)
    log_wide_minimums (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)), NARROW_WIDTH - 40);
  g_assert_cmpint (min_width (w), <=, NARROW_WIDTH);
  assert_fits (w, w);
  adw_view_stack_set_visible_child_name (window->view_stack, "sources");

  g_assert_true (gtk_widget_activate_action (w, "win.back", NULL));
  settle (window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (window->leaflet), ==, "map");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (bm_window_get_body_view (window))));

  /* From the map (a muscle's menu on it, or a link), straight to its page. */
  bm_window_show_muscle (window, m->id, BM_SIDE_OF_LEFT);
  settle (window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (window->leaflet), ==, "sidebar");
  g_assert_true (shows_whole (bm_window_get_muscle_page (window), w));
  g_assert_true (shows_whole (GTK_WIDGET (window->muscle_title), w));
  g_assert_cmpstr (gtk_label_get_text (window->muscle_title), ==, m->name);
  assert_fits (w, w);

  g_assert_true (gtk_widget_activate_action (w, "win.back", NULL));
  settle (window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (window->leaflet), ==, "sidebar");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "lists");
  g_assert_true (gtk_widget_activate_action (w, "win.back", NULL));
  settle (window);
  g_assert_cmpstr (adw_leaflet_get_visible_child_name (window->leaflet), ==, "map");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Wide, the map and the sidebar show side by side, the sidebar a third of
 * the window or so; a muscle page opens beside the map and Back leads to
 * the lists. */
static void
test_wide (void)
{
  BmWindow *window = new_window (1400, 900);
  GtkWidget *w = GTK_WIDGET (window);
  GtkWidget *sidebar = gtk_widget_get_parent (GTK_WIDGET (window->sidebar_stack));

  g_assert_false (adw_leaflet_get_folded (window->leaflet));
  g_assert_true (shows_whole (GTK_WIDGET (bm_window_get_body_view (window)), w));
  g_assert_true (shows_whole (GTK_WIDGET (window->view_stack), w));
  g_assert_false (gtk_widget_get_mapped (window->results_button));
  g_assert_false (gtk_widget_get_mapped (window->back_button));
  g_assert_cmpint (gtk_widget_get_width (sidebar), >=, 340);
  g_assert_cmpint (gtk_widget_get_width (sidebar), <=, 480);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (bm_window_get_body_view (window))), >=, 800);

  bm_window_show_muscle (window, "gluteus-minimus", BM_SIDE_OF_LEFT);
  settle (window);
  g_assert_true (shows_whole (GTK_WIDGET (bm_window_get_body_view (window)), w));
  g_assert_true (shows_whole (bm_window_get_muscle_page (window), w));
  g_assert_true (shows_whole (window->back_button, w));
  g_assert_true (gtk_widget_activate_action (w, "win.back", NULL));
  settle (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->sidebar_stack), ==, "lists");
  g_assert_false (gtk_widget_get_mapped (window->back_button));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Pain and Numb toggles each have one name, without the mnemonic's
 * underscore, and their mnemonics still set what a click marks. */
static void
test_symptom_toggles (void)
{
  BmWindow *window = new_window (NARROW_WIDTH, NARROW_HEIGHT);
  GtkWidget *pain = bm_test_find_widget (GTK_WIDGET (window), has_action, "win.symptom::pain");
  GtkWidget *numb = bm_test_find_widget (GTK_WIDGET (window), has_action, "win.symptom::numbness");
  GtkWidget *pain_label = gtk_button_get_child (GTK_BUTTON (pain));
  GtkWidget *numb_label = gtk_button_get_child (GTK_BUTTON (numb));
  g_autofree char *error = NULL;
  g_autofree char *symptom = NULL;

  /* The name comes from the label alone: no label property of its own. */
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (pain), GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (numb), GTK_ACCESSIBLE_PROPERTY_LABEL));
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (pain), GTK_ACCESSIBLE_RELATION_LABELLED_BY, pain_label, NULL);
  gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (numb), GTK_ACCESSIBLE_RELATION_LABELLED_BY, numb_label, NULL);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (pain_label), GTK_ACCESSIBLE_PROPERTY_LABEL, "Pain");
  g_assert_null (error);
  g_clear_pointer (&error, g_free);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (numb_label), GTK_ACCESSIBLE_PROPERTY_LABEL, "Numb");
  g_assert_null (error);
  g_assert_true (GTK_IS_LABEL (numb_label));
  g_assert_cmpuint (gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (numb_label))), ==, GDK_KEY_n);
  g_assert_true (gtk_widget_mnemonic_activate (numb_label, FALSE));
  bm_test_wait_ms (400);   /* a button's activation lets it look pressed a moment */
  g_object_get (window, "symptom", &symptom, NULL);
  g_assert_cmpstr (symptom, ==, "numbness");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;
  int status;

  g_setenv ("GTK_A11Y", "test", TRUE);
  /* The names asserted are the English ones. */
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  /* The app's own style, which AdwApplication would load: its sizes count. */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  atlas = bm_test_load_atlas ();
  art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);

  g_test_add_func ("/adaptive/narrow-minimum", test_narrow_minimum);
  g_test_add_func ("/adaptive/narrow-map", test_narrow_map);
  g_test_add_func ("/adaptive/narrow-navigation", test_narrow_navigation);
  g_test_add_func ("/adaptive/wide", test_wide);
  g_test_add_func ("/adaptive/symptom-toggles", test_symptom_toggles);
  status = g_test_run ();
  g_clear_object (&art);
  g_clear_object (&atlas);
  return status;
}
