/* bm-label-util.c: plain labels: made for rows and cards, set only on a change
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

/* Sets @label's plain text, unless it has it already: setting the same
 * text again still lays the label out again, and the window with it. */
void
bm_label_set_text (GtkLabel   *label,
                   const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* The same for markup. */
void
bm_label_set_markup (GtkLabel   *label,
                     const char *markup)
{
  if (g_strcmp0 (gtk_label_get_label (label), markup) != 0)
    gtk_label_set_markup (label, markup);
}
