/* test-a11y.c: what a screen reader is told, through GTK's test
 * accessibility backend: the names of the lists, their rows and the score
 * bars, and what the body map announces under the pointer and the keyboard.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "core/bm-items.h"
#include "gui/bm-body-view.h"
#include "gui/bm-body-view-private.h"
#include "gui/bm-muscle-list.h"
#include "gui/bm-muscle-section.h"
#include "gui/bm-muscle-sections.h"
#include "gui/bm-region-list.h"
#include "gui/bm-search-list.h"
#include "gui/bm-sheet-list.h"
#include "gui/bm-sources-page.h"
#include "gui/bm-technique-card.h"
#include "gui/bm-trigger-point-card.h"
#include "gui/bm-window.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

#define KEYS_HINT "Arrow keys move between areas, Space marks or unmarks, " \
                  "Plus and Minus change the intensity, Shift+F10 opens the area’s options."

static BmAtlas *atlas;
static BmBodyArt *art;

/* ---- Helpers ------------------------------------------------------------- */

static void
assert_property (gpointer               accessible,
                 GtkAccessibleProperty  property,
                 const char            *expected)
{
  g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (accessible), property, expected);

  if (error != NULL)
    g_error ("the %s's accessible %s is not “%s”: %s", G_OBJECT_TYPE_NAME (accessible),
             property == GTK_ACCESSIBLE_PROPERTY_LABEL ? "name" : "description", expected, error);
}

static void
assert_label (gpointer    accessible,
              const char *expected)
{
  assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
}

static void
assert_description (gpointer    accessible,
                    const char *expected)
{
  assert_property (accessible, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
}

/* A row named once: by its label, not by that and the title it shows. */
static void
assert_row_label (GtkListBoxRow *row,
                  const char    *expected)
{
  g_assert_nonnull (row);
  assert_label (row, expected);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  return bm_test_find_widget (widget, is_type, GSIZE_TO_POINTER (type));
}

/* Whether screen readers hear @widget as @name. */
static gboolean
is_named (GtkWidget  *widget,
          const char *name)
{
  g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL, name);

  return error == NULL;
}

/* A list box that screen readers hear as @name. */
static gboolean
is_list_named (GtkWidget     *widget,
               gconstpointer  name)
{
  return GTK_IS_LIST_BOX (widget) && is_named (widget, name);
}

/* The list of cards: a list box whose first row has a score bar. */
static gboolean
is_card_list (GtkWidget     *widget,
              gconstpointer  data)
{
  GtkListBoxRow *row;

  return GTK_IS_LIST_BOX (widget) && (row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), 0)) != NULL &&
         find_type (GTK_WIDGET (row), GTK_TYPE_LEVEL_BAR) != NULL;
}

static GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 760);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (child);
  return window;
}

static void
mark (BmPainMap  *map,
      const char *region,
      guint       intensity)
{
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), region);

  g_assert_nonnull (r);
  bm_pain_map_set_mark (map, r->index, BM_SYMPTOM_PAIN, intensity);
}

/* The outer-leg pattern of a runner: gluteus minimus, right, comes first. */
static void
mark_outer_leg (BmPainMap *map)
{
  static const char *regions[] = { "buttock-lower-right", "thigh-lateral-upper-right", "thigh-lateral-lower-right",
                                   "knee-lateral-right", "calf-lateral-upper-right", "ankle-lateral-right" };

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    mark (map, regions[i], 6);
}

/* ---- The lists and their rows ------------------------------------------- */

/* A card says the muscle, side and score; its bar is "Match score N of 100"
 * and carries the score as its value. */
static void
test_sources_cards (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_sources_page_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (page));
  GtkListBox *list;
  GtkListBoxRow *row;
  g_autoptr(BmCandidateItem) item = NULL;
  const BmCandidate *c;
  g_autofree char *expected = NULL, *bar_label = NULL;
  GtkWidget *bar;
  g_autofree char *error = NULL;

  bm_sources_page_set_session (page, session);
  mark_outer_leg (bm_session_get_pain_map (session));
  bm_test_wait_for_draw (GTK_WIDGET (page));

  list = GTK_LIST_BOX (bm_test_find_widget (GTK_WIDGET (page), is_card_list, NULL));
  g_assert_nonnull (list);
  assert_label (list, "Likely sources of your pain");
  item = g_list_model_get_item (bm_session_get_candidates (session), 0);
  c = bm_candidate_item_get_candidate (item);
  g_assert_cmpstr (c->muscle->id, ==, "gluteus-minimus");
  row = gtk_list_box_get_row_at_index (list, 0);
  expected = g_strdup_printf ("Gluteus minimus, Right, score %.0f of 100. %s", c->score,
                              bm_candidate_item_get_reason (item));
  assert_label (row, expected);

  bar = find_type (GTK_WIDGET (row), GTK_TYPE_LEVEL_BAR);
  g_assert_nonnull (bar);
  bar_label = g_strdup_printf ("Match score %.0f of 100", c->score);
  assert_label (bar, bar_label);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, c->score);
  g_assert_null (error);
  g_assert_null ((error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_VALUE_MAX,
                                                              100.0)));

  /* On the sheet, the card says so. */
  bm_session_set_on_sheet (session, "gluteus-minimus", TRUE);
  g_free (expected);
  expected = g_strdup_printf ("Gluteus minimus, Right, score %.0f of 100, on my sheet. %s", c->score,
                              bm_candidate_item_get_reason (item));
  assert_label (gtk_list_box_get_row_at_index (list, 0), expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* My Sheet: "Muscles on my sheet", each row the muscle and its body part. */
static void
test_sheet_rows (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_sources_page_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (page));
  const BmMuscle *soleus = bm_atlas_lookup (atlas, "soleus");
  g_autofree char *expected = g_strdup_printf ("Soleus, %s", bm_atlas_get_group_label (atlas, soleus->group));
  GtkListBox *list;

  bm_sources_page_set_session (page, session);
  bm_session_set_on_sheet (session, "soleus", TRUE);
  bm_test_wait_for_draw (GTK_WIDGET (page));
  list = GTK_LIST_BOX (find_type (GTK_WIDGET (bm_sources_page_get_sheet_list (page)), GTK_TYPE_LIST_BOX));
  assert_label (list, "Muscles on my sheet");
  assert_row_label (gtk_list_box_get_row_at_index (list, 0), expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Areas: "Body areas"; a row says the area, then its marks or "not
 * marked"; its button names the area it adjusts. */
static void
test_area_rows (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (bm_atlas_get_catalog (atlas));
  BmRegionList *areas = BM_REGION_LIST (bm_region_list_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (areas));
  GtkListBox *list;
  GtkListBoxRow *row;

  bm_region_list_set_pain_map (areas, map);
  bm_test_wait_for_draw (GTK_WIDGET (areas));
  list = bm_search_list_get_list_box (BM_SEARCH_LIST (find_type (GTK_WIDGET (areas), BM_TYPE_SEARCH_LIST)));
  assert_label (list, "Body areas");

  bm_region_list_set_filter (areas, "kneecap left");
  g_assert_cmpuint (bm_region_list_count_visible (areas), ==, 1);
  row = gtk_list_box_get_row_at_index (list, 0);
  assert_label (row, "Kneecap (left): not marked");
  mark (map, "knee-anterior-left", 6);
  assert_label (row, "Kneecap (left): Pain, 6 of 10");
  assert_label (find_type (GTK_WIDGET (row), GTK_TYPE_BUTTON), "Kind and intensity of Kneecap (left)");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Muscles: "All muscles"; a row says the muscle, its body part and its
 * other names. */
static void
test_muscle_rows (void)
{
  BmMuscleList *muscles = BM_MUSCLE_LIST (bm_muscle_list_new ());
  GtkWidget *window = show_in_window (GTK_WIDGET (muscles));
  const BmMuscle *soleus = bm_atlas_lookup (atlas, "soleus");
  g_autofree char *aliases = g_strjoinv (", ", soleus->aliases);
  g_autofree char *expected = NULL;
  BmSearchList *search;
  GtkListBox *list;

  g_assert_nonnull (soleus->aliases[0]);
  expected = g_strdup_printf ("Soleus, %s, also called %s", bm_atlas_get_group_label (atlas, soleus->group), aliases);
  bm_muscle_list_set_atlas (muscles, atlas);
  bm_test_wait_for_draw (GTK_WIDGET (muscles));
  search = BM_SEARCH_LIST (find_type (GTK_WIDGET (muscles), BM_TYPE_SEARCH_LIST));
  list = bm_search_list_get_list_box (search);
  assert_label (list, "All muscles");
  bm_search_list_set_text (search, "soleus");
  g_assert_cmpuint (bm_search_list_get_n_matches (search), ==, 1);
  assert_label (gtk_list_box_get_row_at_index (list, 0), expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A muscle page's "Marked areas": each row the area and what the muscle
 * does there, named once. */
static void
test_why_rows (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  GtkWidget *why = g_object_new (BM_TYPE_MUSCLE_WHY, NULL);
  GtkWidget *window = show_in_window (why);
  const BmRegion *temple = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "head-temple-left");
  g_autofree char *expected = g_strdup_printf ("%s: Not explained by this muscle", temple->label);
  const BmCandidate *c;
  GtkListBox *list;

  mark_outer_leg (bm_session_get_pain_map (session));
  mark (bm_session_get_pain_map (session), "head-temple-left", 4);
  c = bm_ranking_lookup (bm_session_get_ranking (session), "gluteus-minimus", BM_SIDE_OF_RIGHT);
  g_assert_nonnull (c);
  g_assert_cmpuint (c->unexplained->len, ==, 1);
  bm_muscle_section_muscle_set (BM_MUSCLE_SECTION (why), c->muscle, c->side, session);
  bm_test_wait_for_draw (why);
  list = GTK_LIST_BOX (bm_test_find_widget (why, is_list_named, "Marked areas"));
  g_assert_nonnull (list);
  assert_row_label (gtk_list_box_get_row_at_index (list, c->explains->len), expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The window's controls and the muscle page ---------------------------- */

/* @widget is named by @label alone: by its labelled-by relation to that
 * label, with no name of its own, which GTK would read before it. */
static void
assert_named_by (GtkWidget  *widget,
                 GtkWidget  *label,
                 const char *text)
{
  g_autofree char *error = NULL;

  g_assert_nonnull (widget);
  g_assert_true (GTK_IS_LABEL (label));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, text);
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_error ("the %s named by “%s” has a name of its own as well", G_OBJECT_TYPE_NAME (widget), text);
  error = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL);
  if (error != NULL)
    g_error ("the %s is not labelled by “%s”: %s", G_OBJECT_TYPE_NAME (widget), text, error);
}

/* A button whose label child reads @text. */
static void
assert_button_named_by_child (GtkWidget  *root,
                              const char *text)
{
  GtkWidget *label = bm_test_find_label_text (root, text);

  g_assert_nonnull (label);
  assert_named_by (gtk_widget_get_parent (label), label, text);
  g_assert_true (GTK_IS_BUTTON (gtk_widget_get_parent (label)));
}

static gboolean
is_flow_box_named (GtkWidget     *widget,
                   gconstpointer  name)
{
  return GTK_IS_FLOW_BOX (widget) && is_named (widget, name);
}

/* Neither read nor named: a screen reader would call it by its type. */
static gboolean
is_unnamed_content (GtkWidget     *widget,
                    gconstpointer  data G_GNUC_UNUSED)
{
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));

  if (!gtk_widget_is_visible (widget) || role == GTK_ACCESSIBLE_ROLE_PRESENTATION)
    return FALSE;
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget))[0] == '\0';
  return GTK_IS_IMAGE (widget) &&
         !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* The view toggles and "Read More" are named once, by their labels; each
 * legend entry is read as its text, its swatch not at all. */
static void
test_window_controls (void)
{
  BmWindow *window = bm_window_new (NULL, atlas, art, NULL);
  static const char *entries[] = { "Muscle", "Pain, mild to severe", "Numbness or tingling", "Referral zone",
                                   "Spillover zone", "Likely trigger point", "Other trigger points" };
  GtkWidget *legend;
  guint i;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));
  assert_button_named_by_child (GTK_WIDGET (window), "Pain");
  assert_button_named_by_child (GTK_WIDGET (window), "Front & Back");
  assert_button_named_by_child (GTK_WIDGET (window), "Sides");
  assert_button_named_by_child (GTK_WIDGET (window), "Read More");

  legend = bm_test_find_widget (GTK_WIDGET (window), is_flow_box_named, "Legend");
  g_assert_nonnull (legend);
  for (i = 0; i < G_N_ELEMENTS (entries); i++)
    {
      GtkFlowBoxChild *entry = gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (legend), (int) i);
      GtkWidget *swatch;

      g_assert_nonnull (entry);
      assert_named_by (GTK_WIDGET (entry), bm_test_find_label_text (GTK_WIDGET (entry), entries[i]), entries[i]);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
      swatch = gtk_widget_get_first_child (gtk_flow_box_child_get_child (entry));
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (swatch)), ==,
                       GTK_ACCESSIBLE_ROLE_PRESENTATION);
    }
  g_assert_null (gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (legend), (int) i));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The header is a group; its sheet button says once what it does; no empty
 * label shows, before a muscle is set or for one without other names. */
static void
test_muscle_header (void)
{
  g_autoptr(BmSession) session = bm_session_new (atlas);
  GtkWidget *header = g_object_new (BM_TYPE_MUSCLE_HEADER, NULL);
  GtkWidget *window = show_in_window (header);
  const BmMuscle *muscle = bm_atlas_lookup (atlas, "rectus-femoris");
  g_autofree char *add = g_strdup_printf ("Add %s to my sheet", muscle->name);
  g_autofree char *on = g_strdup_printf ("%s is on my sheet", muscle->name);
  GtkWidget *button = find_type (header, GTK_TYPE_TOGGLE_BUTTON);
  g_auto(GStrv) aliases = NULL;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (header)), ==, GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_null (bm_test_find_widget (header, is_unnamed_content, NULL));
  bm_muscle_section_muscle_set (BM_MUSCLE_SECTION (header), muscle, BM_SIDE_OF_LEFT, session);
  bm_test_wait_for_draw (header);
  assert_label (button, add);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* As on the muscle page: set, then shown in a window. */
  g_object_ref (header);
  gtk_window_set_child (GTK_WINDOW (window), NULL);
  gtk_window_set_child (GTK_WINDOW (window), header);
  g_object_unref (header);
  bm_test_wait_for_draw (header);
  assert_label (button, add);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  g_assert_true (bm_session_get_on_sheet (session, muscle->id));
  assert_label (button, on);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_null (bm_test_find_widget (header, is_unnamed_content, NULL));

  /* Without other names, their line goes. */
  aliases = ((BmMuscle *) muscle)->aliases;
  ((BmMuscle *) muscle)->aliases = NULL;
  bm_muscle_section_muscle_set (BM_MUSCLE_SECTION (header), muscle, BM_SIDE_OF_LEFT, session);
  ((BmMuscle *) muscle)->aliases = g_steal_pointer (&aliases);
  g_assert_null (bm_test_find_widget (header, is_unnamed_content, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A technique card is a group named by its title; its caution icons are
 * not read (each caution says "Caution:"); no image or empty label is left
 * unnamed. */
static void
test_technique_card (void)
{
  const BmMuscle *muscle = bm_atlas_lookup (atlas, "rectus-femoris");
  const BmTechnique *technique = NULL;
  GtkWidget *card, *window;

  for (guint i = 0; technique == NULL && i < muscle->stretches->len; i++)
    if (((BmTechnique *) g_ptr_array_index (muscle->stretches, i))->cautions != NULL)
      technique = g_ptr_array_index (muscle->stretches, i);
  g_assert_nonnull (technique);
  g_assert_nonnull (technique->cautions[0]);
  card = bm_technique_card_new (muscle, technique, atlas);
  window = show_in_window (card);
  g_assert_nonnull (find_type (card, GTK_TYPE_IMAGE));
  g_assert_null (bm_test_find_widget (card, is_unnamed_content, NULL));
  /* The card is a group named by its title. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (card)), ==, GTK_ACCESSIBLE_ROLE_GROUP);
  assert_named_by (card, bm_test_find_label_text (card, technique->title), technique->title);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A trigger point card is a group with the trigger point's name, not a
 * "BmTriggerPointCard" filler. */
static void
test_trigger_point_card (void)
{
  const BmMuscle *muscle = bm_atlas_lookup (atlas, "rectus-femoris");
  const BmTriggerPoint *tp = g_ptr_array_index (muscle->trigger_points, 0);
  GtkWidget *card = bm_trigger_point_card_new (muscle, tp, bm_atlas_get_catalog (atlas));
  GtkWidget *window = show_in_window (card);
  g_autofree char *error = NULL;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (card)), ==, GTK_ACCESSIBLE_ROLE_GROUP);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, tp->name);
  g_assert_null (error);
  g_assert_null (bm_test_find_widget (card, is_unnamed_content, NULL));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The body map -------------------------------------------------------- */

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

static gboolean
press_key (BmBodyView *view,
           guint       keyval)
{
  GtkEventController *keys = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_assert_nonnull (keys);
  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
  return handled;
}

/* Whether the map's left edge, half-way down, shows the accent-coloured
 * focus ring (premultiplied BGRA). */
static gboolean
ring_shown (BmBodyView *view)
{
  int stride;
  g_autofree guchar *pixels = bm_test_render (GTK_WIDGET (view), &stride);
  const guchar *p = pixels + (gsize) (gtk_widget_get_height (GTK_WIDGET (view)) / 2) * stride + 2 * 4;

  return p[0] > p[2] + 60;
}

static BmBodyView *
new_map (GtkWidget **window,
         BmPainMap  *map)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  BmBodyView *view = BM_BODY_VIEW (bm_body_view_new ());

  bm_body_view_set_art (view, art);
  bm_body_view_set_pain_map (view, map);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (view));
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Elsewhere"));
  *window = show_in_window (box);
  return view;
}

/* The map is a focusable, named image; its description sums up the marks;
 * the pointer over an area names it with its marks. */
static void
test_map_pointer (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (bm_atlas_get_catalog (atlas));
  GtkWidget *window;
  BmBodyView *view = new_map (&window, map);
  const BmRegion *knee = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "knee-anterior-left");
  GtkEventController *motion = find_controller (GTK_WIDGET (view), GTK_TYPE_EVENT_CONTROLLER_MOTION);
  g_autofree char *unmarked = g_strdup_printf ("%s, not marked", knee->label);
  g_autofree char *marked = g_strdup_printf ("%s, marked: Pain, intensity 6 of 10", knee->label);
  g_autofree char *summary = g_strdup_printf ("1 area marked: %s, Pain, intensity 6 of 10. " KEYS_HINT, knee->label);
  double sx, sy, x, y;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (view)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
  assert_label (view, "Body map");
  assert_description (view, "No areas marked. " KEYS_HINT);

  g_assert_true (bm_test_interior_point (art, BM_VIEW_FRONT, knee->index, &sx, &sy));
  g_assert_true (bm_body_view_get_region_point (view, BM_VIEW_FRONT, sx, sy, &x, &y));
  g_signal_emit_by_name (motion, "motion", x, y);
  assert_label (view, unmarked);

  /* Marking it, by any means, changes what is heard. */
  mark (map, "knee-anterior-left", 6);
  assert_label (view, marked);
  assert_description (view, summary);
  mark (map, "head-temple-left", 3);
  g_free (summary);
  summary = g_strdup_printf ("2 areas marked: %s, Pain, intensity 3 of 10; %s, Pain, intensity 6 of 10. " KEYS_HINT,
                             bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "head-temple-left")->label,
                             knee->label);
  assert_description (view, summary);

  /* Painful and numb: both are heard. */
  bm_pain_map_set_mark (map, knee->index, BM_SYMPTOM_NUMBNESS, 2);
  g_free (marked);
  marked = g_strdup_printf ("%s, marked: Pain, intensity 6 of 10, Numbness or tingling, intensity 2 of 10",
                            knee->label);
  assert_label (view, marked);

  g_signal_emit_by_name (motion, "leave");
  assert_label (view, "Body map");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The arrow keys move from area to area and the map names each; Space
 * marks as a click does; Plus raises the intensity; leaving the map drops
 * the cursor. A ring shows that the map has the keyboard focus. */
static void
test_map_keyboard (void)
{
  g_autoptr(BmPainMap) map = bm_pain_map_new (bm_atlas_get_catalog (atlas));
  GtkWidget *window;
  BmBodyView *view = new_map (&window, map);
  const BmRegion *vertex = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), "head-vertex");
  g_autofree char *first = g_strdup_printf ("%s, not marked", vertex->label);
  g_autofree char *marked = g_strdup_printf ("%s, marked: Pain, intensity %d of 10", vertex->label, BM_INTENSITY_DEFAULT);
  g_autofree char *stronger = g_strdup_printf ("%s, marked: Pain, intensity %d of 10", vertex->label,
                                               BM_INTENSITY_DEFAULT + 1);
  g_autofree char *below = NULL;
  int after_down;
  BmMark m;

  g_assert_false (ring_shown (view));
  bm_test_wait_for_active (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_assert_true (ring_shown (view));

  /* The first key puts the cursor on the top of the head. */
  g_assert_true (press_key (view, GDK_KEY_Down));
  assert_label (view, first);
  g_assert_true (press_key (view, GDK_KEY_space));
  g_assert_true (bm_pain_map_get_mark (map, vertex->index, BM_SYMPTOM_PAIN, &m));
  g_assert_cmpuint (m.intensity, ==, BM_INTENSITY_DEFAULT);
  assert_label (view, marked);
  g_assert_true (press_key (view, GDK_KEY_plus));
  assert_label (view, stronger);

  /* Down goes to another area, lower on the body. */
  g_assert_true (press_key (view, GDK_KEY_Down));
  after_down = view->focus_region;
  g_assert_cmpint (after_down, >=, 0);
  g_assert_cmpint (after_down, !=, (int) vertex->index);
  below = g_strdup_printf ("%s, not marked",
                           bm_region_catalog_get_region (bm_atlas_get_catalog (atlas), after_down)->label);
  assert_label (view, below);
  g_assert_true (press_key (view, GDK_KEY_End));
  g_assert_cmpint (view->focus_region, !=, (int) vertex->index);
  g_assert_true (press_key (view, GDK_KEY_Home));
  assert_label (view, stronger);
  g_assert_true (press_key (view, GDK_KEY_space));
  g_assert_false (bm_pain_map_is_marked (map, vertex->index));
  assert_label (view, first);

  /* Tab leaves the map; coming back, it is the map again. */
  gtk_widget_grab_focus (gtk_widget_get_next_sibling (GTK_WIDGET (view)));
  assert_label (view, "Body map");
  g_assert_cmpint (view->focus_region, ==, -1);
  g_assert_false (ring_shown (view));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The shortcuts window lists the map's keys, once the map has the focus. */
static void
test_help_map_keys (void)
{
  static const char *keys[][2] = {
    { "Move between areas, once the map has the focus (Tab)", "Left Right Up Down" },
    { "Mark or unmark the area", "space Return" },
    { "Raise or lower the area’s intensity", "plus minus" },
    { "Open the area’s options", "<Shift>F10 Menu" },
  };
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");
  GSList *objects = gtk_builder_get_objects (builder);
  guint found = 0;

  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *title = NULL, *accel = NULL;

        g_object_get (l->data, "title", &title, "accelerator", &accel, NULL);
        for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
          found += g_strcmp0 (title, keys[i][0]) == 0 && g_strcmp0 (accel, keys[i][1]) == 0;
      }
  g_slist_free (objects);
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (keys));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* GTK's test accessibility backend: the tests read what a screen reader
   * would be told. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  atlas = bm_test_load_atlas ();
  art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);

  g_test_add_func ("/a11y/sources-cards", test_sources_cards);
  g_test_add_func ("/a11y/sheet-rows", test_sheet_rows);
  g_test_add_func ("/a11y/area-rows", test_area_rows);
  g_test_add_func ("/a11y/muscle-rows", test_muscle_rows);
  g_test_add_func ("/a11y/why-rows", test_why_rows);
  g_test_add_func ("/a11y/window-controls", test_window_controls);
  g_test_add_func ("/a11y/muscle-header", test_muscle_header);
  g_test_add_func ("/a11y/technique-card", test_technique_card);
  g_test_add_func ("/a11y/trigger-point-card", test_trigger_point_card);
  g_test_add_func ("/a11y/map-pointer", test_map_pointer);
  g_test_add_func ("/a11y/map-keyboard", test_map_keyboard);
  g_test_add_func ("/a11y/help-map-keys", test_help_map_keys);
  status = g_test_run ();
  g_clear_object (&art);
  g_clear_object (&atlas);
  return status;
}
