/* test-application.c: the application's own pages, outside any window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "gui/bm-application.h"
#include "bm-test-gui.h"

/* The "cannot start" page shows the reason as written. */
static void
test_error_page_plain_text (void)
{
  static const char reason[] = "alpha.json: field “group”: unknown group “hip & <b>knee</b> <a href=\"x\">y</a>”";
  GtkWidget *page = g_object_ref_sink (bm_application_new_error_page (reason));

  g_assert_nonnull (bm_test_find_label_text (page, reason));
  g_object_unref (page);
}

/* The Style menu's choice is the "style" setting: choosing it is kept,
 * and a change of the setting (from another instance, or dconf) restyles
 * the app at once. */
static void
test_style_setting (void)
{
  g_autoptr(BmApplication) app = bm_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GVariant) state = NULL;
  g_autoptr(GError) error = NULL;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);

  g_action_group_activate_action (G_ACTION_GROUP (app), "style", g_variant_new_string ("dark"));
  g_assert_cmpstr (g_settings_get_string (settings, "style"), ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (style));

  g_settings_set_string (settings, "style", "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (style));
  state = g_action_group_get_action_state (G_ACTION_GROUP (app), "style");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "light");

  g_settings_reset (settings, "style");
  g_assert_cmpint (adw_style_manager_get_color_scheme (style), ==, ADW_COLOR_SCHEME_DEFAULT);
}

/* The About window: the bug tracker and this version's release notes from
 * the metainfo, the copyright, and no translator credit untranslated. */
static void
test_about (void)
{
  g_autoptr(BmApplication) app = bm_application_new ();
  AdwAboutWindow *about;

  /* Another id: the style test has registered one under APP_ID in this process. */
  g_application_set_application_id (G_APPLICATION (app), APP_ID ".About");
  about = ADW_ABOUT_WINDOW (bm_test_open_window (G_APPLICATION (app), "about", ADW_TYPE_ABOUT_WINDOW));
  g_assert_cmpstr (adw_about_window_get_issue_url (about), ==, "https://github.com/bodymap/bodymap/issues");
  g_assert_nonnull (strstr (adw_about_window_get_copyright (about), "The Bodymap team"));
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);
  g_assert_true (g_str_has_prefix (adw_about_window_get_release_notes (about),
                                   "<p>The first release.</p><ul><li>Mark pain and numbness on a body map"));
  g_assert_true (g_str_has_suffix (adw_about_window_get_release_notes (about), "</li></ul>"));
  /* Only the English variant of each paragraph and item. */
  g_assert_null (strstr (adw_about_window_get_release_notes (about), "Die erste Version"));
  g_assert_cmpstr (adw_about_window_get_translator_credits (about), ==, NULL);
  gtk_window_destroy (GTK_WINDOW (about));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();

  g_test_add_func ("/application/error-page-plain-text", test_error_page_plain_text);
  g_test_add_func ("/application/style-setting", test_style_setting);
  g_test_add_func ("/application/about", test_about);
  return g_test_run ();
}
