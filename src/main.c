/* main.c: the bodymap executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <glib/gi18n.h>

#include "gui/bm-application.h"

/* Whether @dir holds a translation of ours: LANG/LC_MESSAGES/bodymap.mo. */
static gboolean
holds_translations (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *lang;

  while (listing != NULL && (lang = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *mo = g_build_filename (dir, lang, "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

      if (g_file_test (mo, G_FILE_TEST_IS_REGULAR))
        return TRUE;
    }
  return FALSE;
}

/* The translations beside the executable: when it runs from PREFIX/BINDIR
 * moved elsewhere (a DESTDIR, an unpacked archive), PREFIX/LOCALEDIR under
 * that same place if it holds ours; else the configured LOCALEDIR. */
static char *
locale_dir (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *bin = exe != NULL ? g_path_get_dirname (exe) : NULL;
  const char *bin_rel = BINDIR + strlen (PREFIX), *locale_rel = LOCALEDIR + strlen (PREFIX);
  g_autofree char *found = NULL;

  if (bin == NULL || !g_str_has_prefix (BINDIR, PREFIX) || !g_str_has_prefix (LOCALEDIR, PREFIX) ||
      !g_str_has_suffix (bin, bin_rel) || g_str_equal (bin, BINDIR))
    return g_strdup (LOCALEDIR);
  bin[strlen (bin) - strlen (bin_rel)] = '\0';   /* the prefix it was moved to */
  found = g_strconcat (bin, locale_rel, NULL);
  return holds_translations (found) ? g_steal_pointer (&found) : g_strdup (LOCALEDIR);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BmApplication) app = NULL;
  g_autofree char *locales = locale_dir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, locales);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = bm_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
