/* bm-muscle-section.c: one section of the muscle page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-muscle-section.h"

G_DEFINE_INTERFACE (BmMuscleSection, bm_muscle_section, GTK_TYPE_WIDGET)

static void
bm_muscle_section_default_init (BmMuscleSectionInterface *iface)
{
}

void
bm_muscle_section_muscle_set (BmMuscleSection *self,
                              const BmMuscle  *muscle,
                              BmCandidateSide  side,
                              BmSession       *session)
{
  g_return_if_fail (BM_IS_MUSCLE_SECTION (self));
  g_return_if_fail (muscle != NULL);
  g_return_if_fail (BM_IS_SESSION (session));

  BM_MUSCLE_SECTION_GET_IFACE (self)->muscle_set (self, muscle, side, session);
}

void
bm_muscle_section_session_changed (BmMuscleSection *self)
{
  BmMuscleSectionInterface *iface;

  g_return_if_fail (BM_IS_MUSCLE_SECTION (self));

  iface = BM_MUSCLE_SECTION_GET_IFACE (self);
  if (iface->session_changed != NULL)
    iface->session_changed (self);
}

/* A left-aligned label that wraps and never forces the sidebar wider;
 * @classes is a space-separated list of style classes, or NULL. */
GtkWidget *
bm_muscle_section_label (const char *text,
                         const char *classes)
{
  GtkWidget *label = gtk_label_new (text);
  g_auto(GStrv) names = classes != NULL ? g_strsplit (classes, " ", -1) : NULL;

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    gtk_widget_add_css_class (label, names[i]);
  return label;
}

/* Removes every child of @box, a GtkBox or GtkListBox. */
void
bm_muscle_section_clear (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}
