/* test-style.c: text a user reads keeps 4.5:1 contrast in light and dark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "bm-test-gui.h"

#define SAMPLE "Refers pain to both of your areas, mainly the kneecap (left). Hold 30 seconds."

static double
channel (double v)
{
  return v <= 0.03928 ? v / 12.92 : pow ((v + 0.055) / 1.055, 2.4);
}

/* WCAG relative luminance of an opaque BGRA pixel. */
static double
luminance (const guchar *p)
{
  return 0.2126 * channel (p[2] / 255.0) + 0.7152 * channel (p[1] / 255.0) + 0.0722 * channel (p[0] / 255.0);
}

static double
ratio (double a,
       double b)
{
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/* The contrast of @label's text on its background as drawn in @window: the
 * background is the commonest colour in the label's box, the text the pixel
 * furthest from it. */
static double
label_contrast (GtkWidget    *window,
                GtkWidget    *label,
                const guchar *pixels,
                int           stride)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  graphene_rect_t box;
  guint32 bg = 0;
  guint best = 0;
  double bg_lum, worst = 1;

  g_assert_true (gtk_widget_compute_bounds (label, window, &box));
  for (int y = (int) box.origin.y; y < (int) (box.origin.y + box.size.height); y++)
    for (int x = (int) box.origin.x; x < (int) (box.origin.x + box.size.width); x++)
      {
        guint32 px = *(const guint32 *) (pixels + y * stride + x * 4);
        guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (px))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (px), GUINT_TO_POINTER (n));
        if (n > best)
          best = n, bg = px;
      }
  bg_lum = luminance ((const guchar *) &bg);
  for (int y = (int) box.origin.y; y < (int) (box.origin.y + box.size.height); y++)
    for (int x = (int) box.origin.x; x < (int) (box.origin.x + box.size.width); x++)
      worst = MAX (worst, ratio (bg_lum, luminance (pixels + y * stride + x * 4)));
  return worst;
}

static GtkWidget *
reading_label (const char *classes)
{
  g_auto(GStrv) names = g_strsplit (classes, " ", -1);
  GtkWidget *label = gtk_label_new (SAMPLE);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  for (guint i = 0; names[i] != NULL; i++)
    gtk_widget_add_css_class (label, names[i]);
  return label;
}

/* Secondary text as the app uses it (candidate reasons and group headers
 * with "dim-label", row subtitles) on the window, in a card and in a list row. */
static void
test_secondary_text (gconstpointer data)
{
  AdwColorScheme scheme = GPOINTER_TO_INT (data);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = gtk_list_box_row_new ();
  static const char *classes[] = { "caption dim-label", "dim-label", "heading dim-label", "caption subtitle" };
  GtkWidget *labels[G_N_ELEMENTS (classes)];
  g_autofree guchar *pixels = NULL;
  int stride;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    labels[i] = reading_label (classes[i]);
  /* The window draws its own background outside its snapshot; the box
   * carries the same one. */
  gtk_widget_add_css_class (box, "background");
  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), labels[0]);
  gtk_box_append (GTK_BOX (card), labels[1]);
  gtk_box_append (GTK_BOX (box), card);
  gtk_box_append (GTK_BOX (box), labels[2]);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), labels[3]);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (GTK_BOX (box), list);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gtk_widget_set_margin_start (labels[i], 12);
      gtk_widget_set_margin_end (labels[i], 12);
    }
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, -1);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (labels[3]);

  pixels = bm_test_render (window, &stride);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double c = label_contrast (window, labels[i], pixels, stride);

      g_test_message ("%s: %.2f:1", classes[i], c);
      if (c < 4.5)
        g_error ("%s style: text “%s” (%s) has contrast %.2f:1, below 4.5:1",
                 scheme == ADW_COLOR_SCHEME_FORCE_DARK ? "dark" : "light", SAMPLE,
                 classes[i], c);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  /* The app's stylesheet, as AdwApplication loads it. */
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_data_func ("/style/secondary-text/light", GINT_TO_POINTER (ADW_COLOR_SCHEME_FORCE_LIGHT), test_secondary_text);
  g_test_add_data_func ("/style/secondary-text/dark", GINT_TO_POINTER (ADW_COLOR_SCHEME_FORCE_DARK), test_secondary_text);
  return g_test_run ();
}
