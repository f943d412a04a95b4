/* test-window.c: the main window brings map, ranking and muscle pages together
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "core/bm-marker.h"
#include "gui/bm-muscle-page.h"
#include "gui/bm-sources-page.h"
#include "gui/bm-window.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

static BmAtlas *atlas;
static BmBodyArt *art;

static BmWindow *
new_window (const char *session_file)
{
  BmWindow *window = bm_window_new (NULL, atlas, art, session_file);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (GTK_WIDGET (bm_window_get_body_view (window)));
  return window;
}

static void
mark (BmWindow   *window,
      const char *region,
      BmSymptom   symptom)
{
  const BmRegion *r = bm_region_catalog_lookup (bm_atlas_get_catalog (atlas), region);
  bm_pain_map_set_mark (bm_window_get_pain_map (window), r->index, symptom, 6);
}

/* Marking the outer-leg pattern fills the list, best match first. */
static void
test_list_order (void)
{
  BmWindow *window = new_window (NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  static const char *regions[] = { "buttock-lower-right", "thigh-lateral-upper-right", "thigh-lateral-lower-right",
                                   "knee-lateral-right", "calf-lateral-upper-right", "calf-lateral-lower-right",
                                   "ankle-lateral-right" };

  g_assert_cmpuint (bm_sources_page_get_n_rows (page), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    mark (window, regions[i], BM_SYMPTOM_PAIN);

  g_assert_cmpuint (bm_sources_page_get_n_rows (page), >=, 5);
  g_assert_cmpstr (bm_sources_page_get_row (page, 0)->muscle->id, ==, "gluteus-minimus");
  g_assert_cmpint (bm_sources_page_get_row (page, 0)->side, ==, BM_SIDE_OF_RIGHT);
  for (guint i = 1; i < bm_sources_page_get_n_rows (page); i++)
    g_assert_cmpfloat (bm_sources_page_get_row (page, i - 1)->score, >=, bm_sources_page_get_row (page, i)->score);
  g_assert_nonnull (strstr (bm_sources_page_get_summary (page), "Gluteus minimus"));

  /* The list follows live: a heel changes the combination. */
  mark (window, "foot-heel-left", BM_SYMPTOM_PAIN);
  g_assert_nonnull (strstr (bm_sources_page_get_summary (page), " + "));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dark_at (const guchar *data,
         int           stride,
         double        x,
         double        y)
{
  const guchar *p = data + (gsize) ((int) y) * stride + ((int) x) * 4;
  return p[0] < 100 && p[1] < 100 && p[2] < 100;
}

/* Selecting a candidate draws an X on its trigger points. */
static void
test_candidate_markers (void)
{
  BmWindow *window = new_window (NULL);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  BmBodyView *view = bm_window_get_body_view (window);
  g_autofree guchar *before = NULL, *after = NULL;
  const BmCandidate *c;
  const BmMarker *marker;
  double sx, sy, x = 0, y = 0;
  BmView v;
  int stride;

  mark (window, "knee-anterior-right", BM_SYMPTOM_PAIN);
  mark (window, "thigh-anterior-lower-right", BM_SYMPTOM_PAIN);
  c = bm_sources_page_get_row (page, 0);
  g_assert_cmpstr (c->muscle->id, ==, "rectus-femoris");
  marker = &g_array_index (c->best->markers, BmMarker, 0);
  g_assert_true (bm_marker_locate (marker, BM_MUSCLE_RIGHT, art, &v, &sx, &sy, NULL));
  if (v == BM_VIEW_RIGHT)
    bm_body_view_set_layout (view, BM_BODY_LAYOUT_SIDES);
  bm_test_wait_for_draw (GTK_WIDGET (view));
  g_assert_true (bm_body_view_get_region_point (view, v, sx, sy, &x, &y));

  before = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_false (bm_body_view_has_highlight (view));
  bm_sources_page_select (page, 0);
  g_assert_true (bm_body_view_has_highlight (view));
  after = bm_test_render (GTK_WIDGET (view), &stride);
  g_assert_false (dark_at (before, stride, x, y));
  g_assert_true (dark_at (after, stride, x, y));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_undo_restores (void)
{
  BmWindow *window = new_window (NULL);
  BmPainMap *map = bm_window_get_pain_map (window);
  BmSourcesPage *page = BM_SOURCES_PAGE (bm_window_get_sources_page (window));
  g_autofree char *first = NULL;

  mark (window, "head-temple-left", BM_SYMPTOM_PAIN);
  mark (window, "teeth-upper-left", BM_SYMPTOM_NUMBNESS);
  first = g_strdup (bm_sources_page_get_row (page, 0)->muscle->id);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.clear", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 0);
  g_assert_cmpuint (bm_sources_page_get_n_rows (page), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 2);
  g_assert_cmpstr (bm_sources_page_get_row (page, 0)->muscle->id, ==, first);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (bm_pain_map_get_n_marks (map), ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

/* The muscle page lists the steps of every stretch and release. */
static void
test_muscle_page_steps (void)
{
  BmWindow *window = new_window (NULL);
  const BmMuscle *m = bm_atlas_lookup (atlas, "gluteus-minimus");
  g_autoptr(GString) text = g_string_new (NULL);

  bm_window_show_muscle (window, "gluteus-minimus", BM_SIDE_OF_LEFT);
  bm_test_wait_for_draw (bm_window_get_muscle_page (window));
  collect_text (bm_window_get_muscle_page (window), text);
  for (guint s = 0; s < m->stretches->len; s++)
    {
      const BmTechnique *t = m->stretches->pdata[s];

      g_assert_nonnull (strstr (text->str, t->title));
      for (guint i = 0; t->steps[i] != NULL; i++)
        if (strstr (text->str, t->steps[i]) == NULL)
          g_error ("the muscle page lacks step %u of “%s”", i + 1, t->title);
    }
  g_assert_nonnull (strstr (text->str, ((BmTechnique *) m->releases->pdata[0])->steps[0]));
  g_assert_nonnull (strstr (text->str, ((BmFactor *) m->factors->pdata[0])->fix));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the person marked is there again in a new window. */
static void
test_session_restored (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bodymap-session-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "session.json", NULL);
  BmWindow *window = new_window (file);

  mark (window, "knee-lateral-left", BM_SYMPTOM_PAIN);
  bm_session_set_on_sheet (bm_window_get_session (window), "vastus-lateralis", TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (g_file_test (file, G_FILE_TEST_EXISTS));

  window = new_window (file);
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_window_get_pain_map (window)), ==, 1);
  g_assert_true (bm_session_get_on_sheet (bm_window_get_session (window), "vastus-lateralis"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* A damaged file is kept aside, not overwritten, and the window opens. */
  g_assert_true (g_file_set_contents (file, "{ \"marks\": [ {\"region\": \"nowhere\"", -1, NULL));
  window = new_window (file);
  g_assert_cmpuint (bm_pain_map_get_n_marks (bm_window_get_pain_map (window)), ==, 0);
  g_assert_false (g_file_test (file, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    gboolean kept = FALSE;

    while ((name = g_dir_read_name (d)) != NULL)
      kept |= g_str_has_prefix (name, "session.json.unreadable-");
    g_assert_true (kept);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  bm_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  atlas = bm_test_load_atlas ();
  art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);

  g_test_add_func ("/window/list-order", test_list_order);
  g_test_add_func ("/window/candidate-markers", test_candidate_markers);
  g_test_add_func ("/window/undo-restores", test_undo_restores);
  g_test_add_func ("/window/muscle-page-steps", test_muscle_page_steps);
  g_test_add_func ("/window/session-restored", test_session_restored);
  status = g_test_run ();
  g_clear_object (&art);
  g_clear_object (&atlas);
  return status;
}
