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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();

  g_test_add_func ("/application/error-page-plain-text", test_error_page_plain_text);
  g_test_add_func ("/application/style-setting", test_style_setting);
  return g_test_run ();
}
