/* bm-window-sheet.c: the window's stretch-sheet actions (print, export)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-window-private.h"

void
bm_window_install_sheet_actions (GtkWidgetClass *widget_class)
{
}
