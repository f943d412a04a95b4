/* main.c: the bodymap executable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gui/bm-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BmApplication) app = bm_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
