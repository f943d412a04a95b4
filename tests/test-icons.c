/* test-icons.c: the app's symbolic icon shows, without loading librsvg
 *
 * The Muscles icon is drawn at build time into the PNGs GTK recolours
 * itself (tools/bm-symbolic-png.c); an SVG icon would make gdk-pixbuf load
 * its SVG loader, and with it librsvg, at start-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-test-gui.h"

static gboolean
svg_loader_loaded (void)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, "pixbufloader-svg") != NULL || strstr (maps, "pixbufloader_svg") != NULL;
}

static void
test_icon_found (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_assert_true (gtk_icon_theme_has_icon (theme, "bm-muscles-symbolic"));
  for (int scale = 1; scale <= 2; scale++)
    {
      g_autoptr(GtkIconPaintable) icon = gtk_icon_theme_lookup_icon (theme, "bm-muscles-symbolic", NULL, 16, scale,
                                                                     GTK_TEXT_DIR_LTR, 0);
      g_autoptr(GFile) file = gtk_icon_paintable_get_file (icon);
      g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

      g_assert_nonnull (uri);
      g_test_message ("scale %d: %s", scale, uri);
      g_assert_true (g_str_has_suffix (uri, "/bm-muscles-symbolic.symbolic.png"));
      g_assert_true (gtk_icon_paintable_is_symbolic (icon));
      /* Sharp on a 2× screen: the 32-pixel drawing there. */
      g_assert_true (strstr (uri, scale == 2 ? "/16x16@2/" : "/16x16/") != NULL);
    }
}

/* Drawn in a window, the icon covers some of its square in the text colour. */
static void
test_icon_drawn (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *image = gtk_image_new_from_icon_name ("bm-muscles-symbolic");
  graphene_rect_t box;
  guint inked = 0;
  guchar *pixels;
  guint32 bg;
  int stride;

  gtk_image_set_pixel_size (GTK_IMAGE (image), 32);
  gtk_widget_set_halign (image, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  gtk_window_set_child (GTK_WINDOW (window), image);
  gtk_window_set_default_size (GTK_WINDOW (window), 80, 80);
  gtk_window_present (GTK_WINDOW (window));
  bm_test_wait_for_draw (image);
  pixels = bm_test_render (window, &stride);
  g_assert_true (gtk_widget_compute_bounds (image, window, &box));
  bg = *(guint32 *) (pixels + 2 * stride + 2 * 4);
  for (int y = (int) box.origin.y; y < (int) (box.origin.y + box.size.height); y++)
    for (int x = (int) box.origin.x; x < (int) (box.origin.x + box.size.width); x++)
      inked += *(guint32 *) (pixels + y * stride + x * 4) != bg;
  g_test_message ("%u of %.0f pixels inked", inked, box.size.width * box.size.height);
  g_assert_cmpuint (inked, >, box.size.width * box.size.height / 4);
  g_free (pixels);
  g_assert_false (svg_loader_loaded ());
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (!bm_test_gui_init ())
    return g_test_run ();
  /* As GApplication does for the app's resource base path. */
  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                    RESOURCE_PREFIX "/icons");

  g_test_add_func ("/icons/found", test_icon_found);
  g_test_add_func ("/icons/drawn", test_icon_drawn);
  return g_test_run ();
}
