/* bm-test-gui.h: helpers shared by the GUI tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gui/bm-window.h"

G_BEGIN_DECLS

gboolean bm_test_gui_init      (void);
void    bm_test_wait_for_draw (GtkWidget *widget);
void    bm_test_wait_for_active (GtkWindow *window);
guchar *bm_test_render        (GtkWidget *widget,
                               int       *stride);
void    bm_test_wait_ms       (guint      ms);
GtkWidget *bm_test_find_label_text (GtkWidget  *widget,
                                    const char *text);
graphene_rect_t bm_test_bounds    (GtkWidget      *widget,
                                   GtkWidget      *window);
GtkWidget *bm_test_find_widget     (GtkWidget      *widget,
                                    gboolean      (*test) (GtkWidget *, gconstpointer),
                                    gconstpointer   data);
GtkWindow *bm_test_open_window     (GApplication   *app,
                                    const char     *action,
                                    GType           type);
gboolean   bm_test_is_button_labelled (GtkWidget    *widget,
                                       gconstpointer  label);
char      *bm_test_visible_text    (GtkWidget      *widget);
GtkWindow *bm_test_find_toplevel   (GType           type);
BmWindow  *bm_test_new_window      (BmAtlas        *atlas,
                                    BmBodyArt      *art,
                                    const char     *session_file);
gboolean bm_test_muscle_red_at (const guchar *pixels,
                                int           stride,
                                double        x,
                                double        y);

G_END_DECLS
