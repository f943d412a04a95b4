/* test-window-de.c: the window and the About window speak German
 *
 * Runs in the de_DE.UTF-8 locale with the build's catalog (po/, passed as
 * BODYMAP_PO_DIR). Each expected label is the catalog's German, which
 * must differ from the English. Without the locale the test fails: run
 * tools/deps, which generates it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>
#include <adwaita.h>

#include "gui/bm-application.h"
#include "gui/bm-window.h"
#include "bm-test-gui.h"
#include "bm-test-util.h"

/* The catalog's German for @english, which must be translated. */
static const char *
german (const char *english)
{
  const char *text = _(english);

  g_assert_cmpstr (text, !=, english);
  return text;
}

/* A label reading the German of @english (without its mnemonic's "_"). */
static void
assert_label (GtkWidget  *widget,
              const char *english)
{
  g_auto(GStrv) german_parts = g_strsplit (german (english), "_", -1);
  g_auto(GStrv) english_parts = g_strsplit (english, "_", -1);
  g_autofree char *text = g_strjoinv ("", german_parts);
  g_autofree char *original = g_strjoinv ("", english_parts);

  if (bm_test_find_label_text (widget, text) == NULL)
    g_error ("no label “%s” (German for “%s”)", text, english);
  g_assert_null (bm_test_find_label_text (widget, original));
}

/* The view buttons, the mode buttons and the legend read German. */
static void
test_window_labels (void)
{
  g_autoptr(BmAtlas) atlas = bm_test_load_atlas ();
  g_autoptr(BmBodyArt) art = bm_body_art_new (bm_atlas_get_catalog (atlas), NULL);
  BmWindow *window = bm_test_new_window (atlas, art, NULL);

  assert_label (GTK_WIDGET (window), "Front & Back");
  assert_label (GTK_WIDGET (window), "Sides");
  assert_label (GTK_WIDGET (window), "_Pain");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Bodymap");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The About window's release notes are the metainfo's German. */
static void
test_about_release_notes (void)
{
  g_autoptr(BmApplication) app = bm_application_new ();
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (bm_test_open_window (G_APPLICATION (app), "about",
                                                                   ADW_TYPE_ABOUT_WINDOW));

  g_assert_true (g_str_has_prefix (adw_about_window_get_release_notes (about), "<p>Die erste Version.</p><ul><li>"));
  g_assert_null (strstr (adw_about_window_get_release_notes (about), "The first release"));
  /* The translators are credited by their own catalog. */
  g_assert_cmpstr (adw_about_window_get_translator_credits (about), ==, german ("translator-credits"));
  gtk_window_destroy (GTK_WINDOW (about));
}

/* The shortcuts window gives the German toggles' mnemonics: Alt and the
 * underlined letter of "_Schmerz" and "_Taub", not the English Alt+P/N. */
static void
test_help_mnemonics (void)
{
  static const char *toggles[][2] = { { "_Pain", "Clicks mark pain" },
                                      { "_Numb", "Clicks mark numbness or tingling" } };
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/ui/help-overlay.ui");
  GSList *objects = gtk_builder_get_objects (builder);
  guint found = 0;

  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    {
      const char *label = german (toggles[i][0]);
      g_autofree char *letter = g_utf8_strdown (strchr (label, '_') + 1, 1);
      g_autofree char *expected = g_strconcat ("<Alt>", letter, NULL);

      for (GSList *l = objects; l != NULL; l = l->next)
        if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
          {
            g_autofree char *title = NULL, *accel = NULL;

            g_object_get (l->data, "title", &title, "accelerator", &accel, NULL);
            if (g_strcmp0 (title, german (toggles[i][1])) == 0)
              {
                g_assert_cmpstr (accel, ==, expected);
                found++;
              }
          }
    }
  g_slist_free (objects);
  g_assert_cmpuint (found, ==, G_N_ELEMENTS (toggles));
  gtk_window_destroy (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
}

int
main (int   argc,
      char *argv[])
{
  const char *po_dir = g_getenv ("BODYMAP_PO_DIR");

  g_setenv ("LANGUAGE", "de", TRUE);
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("the de_DE.UTF-8 locale is missing: run tools/deps, which generates it");
  g_assert_nonnull (po_dir);
  bindtextdomain (GETTEXT_PACKAGE, po_dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();

  g_test_add_func ("/window-de/labels", test_window_labels);
  g_test_add_func ("/window-de/help-mnemonics", test_help_mnemonics);
  g_test_add_func ("/window-de/about-release-notes", test_about_release_notes);
  return g_test_run ();
}
