/* bm-label-util.h: plain labels: made for rows and cards, set only on a change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkLabel *bm_label_append (GtkBox     *box,
                           const char *css_class,
                           gboolean    wrap);
void      bm_label_set_text   (GtkLabel   *label,
                               const char *text);
void      bm_label_set_markup (GtkLabel   *label,
                               const char *markup);

G_END_DECLS
