/* illustration-preview: a contact sheet of technique illustrations, read
 * from an atlas folder on disk, for whoever writes poses (not installed).
 *
 *   illustration-preview [--dark] [--poses] ATLAS-DIR OUT.png [MUSCLE-ID…]
 *
 * Each cell is one technique (or, with --poses, one pose), titled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo.h>
#include <stdio.h>
#include <string.h>

#include "core/bm-atlas.h"
#include "core/bm-illustration.h"

#define CELL_W 300
#define CELL_H 250
#define COLS   6

typedef struct {
  const BmPose *pose;
  char         *label;
  const BmMuscle *muscle;
  const BmTechnique *technique;
} Cell;

static void
add_muscle (GArray *cells, BmAtlas *atlas, const BmMuscle *m)
{
  GPtrArray *lists[2] = { m->stretches, m->releases };

  for (int l = 0; l < 2; l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        const BmTechnique *t = lists[l]->pdata[i];
        Cell c = { bm_atlas_lookup_pose (atlas, t->pose),
                   g_strdup_printf ("%s %u: %s", m->id, i + 1 + (l ? m->stretches->len : 0), t->title), m, t };
        g_array_append_val (cells, c);
      }
}

int
main (int argc, char **argv)
{
  gboolean dark = FALSE, poses = FALSE;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(GArray) cells = g_array_new (FALSE, TRUE, sizeof (Cell));
  BmPoseStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  int a = 1, rows;

  for (; a < argc && argv[a][0] == '-'; a++)
    {
      if (strcmp (argv[a], "--dark") == 0)
        dark = TRUE;
      else if (strcmp (argv[a], "--poses") == 0)
        poses = TRUE;
    }
  if (argc - a < 2)
    {
      fprintf (stderr, "usage: illustration-preview [--dark] [--poses] ATLAS-DIR OUT.png [MUSCLE-ID…]\n");
      return 2;
    }
  atlas = bm_atlas_load_dir (argv[a], &error);
  if (atlas == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  if (poses)
    for (guint i = 0; i < bm_atlas_get_n_poses (atlas); i++)
      {
        Cell c = { bm_atlas_get_pose (atlas, i), g_strdup (bm_atlas_get_pose (atlas, i)->id) };
        g_array_append_val (cells, c);
      }
  else if (argc - a == 2)
    for (guint i = 0; i < bm_atlas_get_n_muscles (atlas); i++)
      add_muscle (cells, atlas, bm_atlas_get_muscle (atlas, i));
  else
    for (int k = a + 2; k < argc; k++)
      {
        const BmMuscle *m = bm_atlas_lookup (atlas, argv[k]);
        if (m == NULL)
          {
            fprintf (stderr, "unknown muscle %s\n", argv[k]);
            return 1;
          }
        add_muscle (cells, atlas, m);
      }
  bm_pose_get_default_style (&style, dark);
  rows = MAX (1, ((int) cells->len + COLS - 1) / COLS);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, COLS * CELL_W, rows * CELL_H);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, dark ? 0.14 : 1, dark ? 0.14 : 1, dark ? 0.14 : 1);
  cairo_paint (cr);
  for (guint i = 0; i < cells->len; i++)
    {
      Cell *c = &g_array_index (cells, Cell, i);
      double x = (i % COLS) * CELL_W, y = (i / COLS) * CELL_H;

      cairo_save (cr);
      cairo_translate (cr, x, y + 20);
      if (c->pose != NULL)
        {
          if (c->technique != NULL)
            bm_illustration_paint (atlas, c->muscle, c->technique, cr, CELL_W, CELL_H - 22, &style);
          else
            bm_pose_paint (c->pose, cr, CELL_W, CELL_H - 22, &style, NULL);
        }
      cairo_restore (cr);
      cairo_set_source_rgb (cr, dark ? 0.9 : 0.1, dark ? 0.9 : 0.1, dark ? 0.9 : 0.1);
      cairo_select_font_face (cr, "Cantarell", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 11);
      cairo_move_to (cr, x + 4, y + 14);
      cairo_show_text (cr, c->pose != NULL ? c->label : "(no illustration)");
      cairo_move_to (cr, x + 4, y + 28);
      if (c->pose == NULL)
        cairo_show_text (cr, c->label);
      cairo_set_source_rgb (cr, 0.6, 0.6, 0.6);
      cairo_rectangle (cr, x + 0.5, y + 0.5, CELL_W - 1, CELL_H - 1);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      g_free (c->label);
    }
  cairo_destroy (cr);
  cairo_surface_write_to_png (surface, argv[a + 1]);
  cairo_surface_destroy (surface);
  return 0;
}
