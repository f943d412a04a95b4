/* bm-label-util.h: the plain labels that rows and cards are built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkLabel *bm_label_append (GtkBox     *box,
                           const char *css_class,
                           gboolean    wrap);

G_END_DECLS
