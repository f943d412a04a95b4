/* bm-muscle-page-parts.c: building blocks of the muscle page: wrapping
 * labels, cards, and the stretch and release techniques
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-muscle-page-private.h"

void
bm_mp_add_classes (GtkWidget  *widget,
             const char *classes)
{
  g_auto(GStrv) names = g_strsplit (classes, " ", -1);

  for (guint i = 0; names[i] != NULL; i++)
    gtk_widget_add_css_class (widget, names[i]);
}

/* A left-aligned label that wraps and never forces the sidebar wider. */
GtkWidget *
bm_mp_text_label (const char *text,
            const char *classes)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  if (classes != NULL)
    bm_mp_add_classes (label, classes);
  return label;
}

GtkWidget *
bm_mp_vbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

/* A card with padding; returns the box to fill, appended to @parent. */
GtkWidget *
bm_mp_append_card (GtkWidget *parent)
{
  GtkWidget *card = bm_mp_vbox (0);
  GtkWidget *content = bm_mp_vbox (10);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 14);
  gtk_widget_set_margin_start (content, 14);
  gtk_widget_set_margin_end (content, 14);
  gtk_box_append (GTK_BOX (card), content);
  gtk_box_append (GTK_BOX (parent), card);
  return content;
}

/* A small dim heading over a paragraph. */
void
bm_mp_append_paragraph (GtkWidget  *box,
                  const char *heading,
                  const char *text)
{
  GtkWidget *pair = bm_mp_vbox (2);

  gtk_box_append (GTK_BOX (pair), bm_mp_text_label (heading, "caption-heading dim-label"));
  gtk_box_append (GTK_BOX (pair), bm_mp_text_label (text, NULL));
  gtk_box_append (GTK_BOX (box), pair);
}

void
bm_mp_clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

void
bm_mp_set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* ---- Techniques ---- */

static const char *
tool_label (const char *tool)
{
  static const char *tools[][2] = {
    { "none", "No equipment" }, { "ball", "Ball" }, { "foam-roller", "Foam roller" },
    { "hand", "By hand" }, { "stripping", "Stripping massage" }, { "wall", "Wall" },
    { "strap", "Strap" }, { "chair", "Chair" }, { "doorway", "Doorway" }, { "towel", "Towel" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    if (g_strcmp0 (tool, tools[i][0]) == 0)
      return tools[i][1];
  return tool;
}

/* "Hold 30 seconds · 3 times · twice a day": only the parts given. */
static char *
dose_text (const BmTechnique *tech)
{
  GString *s = g_string_new (NULL);
  const char *parts[] = { tech->repetitions, tech->pace, tech->frequency };

  if (tech->hold != NULL)
    g_string_append_printf (s, "Hold %s", tech->hold);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append_printf (s, "%s%s", s->len > 0 ? " · " : "", parts[i]);
  if (s->len > 0)
    s->str[0] = g_ascii_toupper (s->str[0]);
  return g_string_free (s, FALSE);
}

static GtkWidget *
steps_grid (const BmTechnique *tech)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  for (guint i = 0; tech->steps != NULL && tech->steps[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *num = gtk_label_new (number);
      GtkWidget *step = bm_mp_text_label (tech->steps[i], NULL);

      gtk_widget_add_css_class (num, "dim-label");
      gtk_widget_add_css_class (num, "numeric");
      gtk_label_set_xalign (GTK_LABEL (num), 1);
      gtk_widget_set_valign (num, GTK_ALIGN_START);
      gtk_widget_set_hexpand (step, TRUE);
      gtk_grid_attach (GTK_GRID (grid), num, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), step, 1, (int) i, 1, 1);
    }
  return grid;
}

static GtkWidget *
caution_row (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = bm_mp_text_label (text, "warning");
  g_autofree char *accessible = g_strdup_printf ("Caution: %s", text);

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 1);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  bm_mp_set_accessible_label (label, accessible);
  return box;
}

static GtkWidget *
technique_header (const BmTechnique *tech)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = bm_mp_text_label (tech->title, "heading");
  GtkWidget *tool = gtk_label_new (tool_label (tech->tool));

  gtk_widget_set_hexpand (title, TRUE);
  bm_mp_add_classes (tool, "caption dim-label");
  gtk_widget_set_valign (tool, GTK_ALIGN_START);
  gtk_widget_set_margin_top (tool, 2);
  gtk_box_append (GTK_BOX (header), title);
  gtk_box_append (GTK_BOX (header), tool);
  return header;
}

static void
append_technique (GtkWidget         *box,
                  const BmTechnique *tech)
{
  GtkWidget *card = bm_mp_append_card (box);
  g_autofree char *dose = dose_text (tech);

  gtk_box_append (GTK_BOX (card), technique_header (tech));
  gtk_box_append (GTK_BOX (card), steps_grid (tech));
  if (dose[0] != '\0')
    bm_mp_append_paragraph (card, "Dose", dose);
  if (tech->feel != NULL)
    bm_mp_append_paragraph (card, "Should feel", tech->feel);
  for (guint i = 0; tech->cautions != NULL && tech->cautions[i] != NULL; i++)
    gtk_box_append (GTK_BOX (card), caution_row (tech->cautions[i]));
}

void
bm_mp_build_techniques (GtkWidget *group,
                  GtkWidget *box,
                  GPtrArray *techniques)
{
  for (guint i = 0; techniques != NULL && i < techniques->len; i++)
    append_technique (box, g_ptr_array_index (techniques, i));
  gtk_widget_set_visible (group, techniques != NULL && techniques->len > 0);
}

