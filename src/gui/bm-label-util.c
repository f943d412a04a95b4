/* bm-label-util.c: the plain labels that rows and cards are built from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-label-util.h"

/* A new empty label at the end of @box: start-aligned, styled with
 * @css_class (if not NULL), and when @wrap, wrapping between words, or
 * inside a word too long for a line. */
GtkLabel *
bm_label_append (GtkBox     *box,
                 const char *css_class,
                 gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}
