/* bm-muscle-page-private.h: building blocks shared by the muscle page's files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-muscle.h"

G_BEGIN_DECLS

void       bm_mp_add_classes          (GtkWidget  *widget,
                                       const char *classes);
GtkWidget *bm_mp_text_label           (const char *text,
                                       const char *classes);
GtkWidget *bm_mp_vbox                 (int         spacing);
GtkWidget *bm_mp_append_card          (GtkWidget  *parent);
void       bm_mp_append_paragraph     (GtkWidget  *box,
                                       const char *heading,
                                       const char *text);
void       bm_mp_clear_box            (GtkWidget  *box);
void       bm_mp_set_accessible_label (GtkWidget  *widget,
                                       const char *label);
void       bm_mp_build_techniques     (GtkWidget  *group,
                                       GtkWidget  *box,
                                       GPtrArray  *techniques);

G_END_DECLS
