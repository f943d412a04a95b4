/* bm-sheet-markers.c: the trigger points' Xs and numbers on the sheet's maps
 *
 * Each chosen trigger point gets an X where it lies and a badge with its
 * muscle's number (the number the muscle has on the sheet, in its ink).
 * Nothing overlaps: Xs of different muscles that would touch are spread
 * apart a little, and each badge takes the first free place around its X,
 * further out on a thin leader line when the near places are taken.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "bm-mark-paint.h"
#include "bm-sheet-private.h"

#define X_HALF       4.2    /* half an X's width with its white halo, in points */
#define BADGE_RADIUS 4.6
#define CLEARANCE    0.8    /* between any two things */
#define NEAR         (X_HALF + BADGE_RADIUS + 0.5)

static gboolean
badge_hits_x (double                bx,
              double                by,
              const BmSheetMarker  *m)
{
  double dx = MAX (fabs (bx - m->x) - m->x_half, 0), dy = MAX (fabs (by - m->y) - m->x_half, 0);

  return dx * dx + dy * dy < (BADGE_RADIUS + CLEARANCE) * (BADGE_RADIUS + CLEARANCE);
}

/* Whether a badge at (@bx, @by) is clear of every X and of the badges
 * placed before marker @upto, and inside the maps. */
static gboolean
badge_is_free (BmSheet *self,
               double   bx,
               double   by,
               guint    upto)
{
  if (bx - BADGE_RADIUS < self->margin || bx + BADGE_RADIUS > self->width - self->margin ||
      by - BADGE_RADIUS < self->map_y || by + BADGE_RADIUS > self->map_y + self->map_height)
    return FALSE;
  for (guint i = 0; i < self->markers->len; i++)
    {
      const BmSheetMarker *m = &g_array_index (self->markers, BmSheetMarker, i);

      if (badge_hits_x (bx, by, m))
        return FALSE;
      if (i < upto && hypot (bx - m->badge_x, by - m->badge_y) < 2 * BADGE_RADIUS + CLEARANCE)
        return FALSE;
    }
  return TRUE;
}

static void
place_badge (BmSheet *self,
             guint    index)
{
  /* Up-right first, as a label is usually read; then the other corners and sides. */
  static const double angles[] = { -45, -135, 45, 135, 0, 180, -90, 90, -22.5, -157.5, 22.5, 157.5 };
  static const double distances[] = { NEAR, 12, 16, 21, 27, 34, 42 };
  BmSheetMarker *m = &g_array_index (self->markers, BmSheetMarker, index);

  for (guint d = 0; d < G_N_ELEMENTS (distances); d++)
    for (guint a = 0; a < G_N_ELEMENTS (angles); a++)
      {
        double bx = m->x + distances[d] * cos (angles[a] * G_PI / 180);
        double by = m->y + distances[d] * sin (angles[a] * G_PI / 180);

        if (badge_is_free (self, bx, by, index))
          {
            m->badge_x = bx;
            m->badge_y = by;
            return;
          }
      }
  m->badge_x = m->x + NEAR;
  m->badge_y = m->y - NEAR;
}

/* Pushes apart the Xs of different muscles that would touch, half the
 * overlap each, a few rounds. */
static void
spread_xs (BmSheet *self)
{
  for (guint round = 0; round < 8; round++)
    for (guint i = 0; i < self->markers->len; i++)
      for (guint j = i + 1; j < self->markers->len; j++)
        {
          BmSheetMarker *a = &g_array_index (self->markers, BmSheetMarker, i);
          BmSheetMarker *b = &g_array_index (self->markers, BmSheetMarker, j);
          double dx = b->x - a->x, dy = b->y - a->y, need = a->x_half + b->x_half + CLEARANCE;
          double push, len;

          if (a->muscle == b->muscle || a->view != b->view || MAX (fabs (dx), fabs (dy)) >= need)
            continue;
          len = hypot (dx, dy);
          if (len < 0.01)
            dx = 1, dy = 0, len = 1;
          /* Apart along the line between them, until the boxes clear
           * along its larger axis. */
          push = (need - MAX (fabs (dx), fabs (dy))) / (2 * MAX (fabs (dx), fabs (dy)) / len) + 0.05;
          a->x -= push * dx / len;
          a->y -= push * dy / len;
          b->x += push * dx / len;
          b->y += push * dy / len;
        }
}

/* Whether muscle @muscle already has an X in @view within @near points
 * of (@x, @y): one X stands for both. */
static gboolean
has_x_near (BmSheet *self,
            guint    muscle,
            BmView   view,
            double   x,
            double   y)
{
  for (guint i = 0; i < self->markers->len; i++)
    {
      const BmSheetMarker *m = &g_array_index (self->markers, BmSheetMarker, i);

      if (m->muscle == muscle && m->view == view && hypot (m->x - x, m->y - y) < 2 * X_HALF)
        return TRUE;
    }
  return FALSE;
}

/* The chosen trigger points' Xs on the views shown, with their badges. */
void
bm_sheet_place_markers (BmSheet *self)
{
  g_array_set_size (self->markers, 0);
  for (guint i = 0; i < self->patterns->len; i++)
    {
      const BmPattern *p = self->patterns->pdata[i];

      for (guint k = 0; k < p->xs->len; k++)
        {
          const BmPatternX *px = &g_array_index (p->xs, BmPatternX, k);
          double mx, my, scale;
          BmSheetMarker m = { i, px->view, 0, 0, X_HALF, 0, 0, BADGE_RADIUS };

          /* Only the chosen trigger points: the others would crowd the print. */
          if (!px->emphasis || !bm_sheet_get_map_rect (self, px->view, &mx, &my, &scale))
            continue;
          m.x = mx + px->x * scale;
          m.y = my + px->y * scale;
          if (!has_x_near (self, i, m.view, m.x, m.y))
            g_array_append_val (self->markers, m);
        }
    }
  spread_xs (self);
  for (guint i = 0; i < self->markers->len; i++)
    place_badge (self, i);
}

static void
paint_badge (cairo_t             *cr,
             const BmSheetMarker *m)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  g_autofree char *text = g_strdup_printf ("%u", m->muscle + 1);
  PangoFontDescription *desc = pango_font_description_from_string ("Cantarell Bold 6.5");
  BmSheetInk ink;
  int w, h;

  bm_sheet_muscle_ink (m->muscle, &ink);
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &w, &h);
  cairo_new_path (cr);
  cairo_arc (cr, m->badge_x, m->badge_y, m->badge_radius, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
  cairo_move_to (cr, m->badge_x - (double) w / PANGO_SCALE / 2, m->badge_y - (double) h / PANGO_SCALE / 2);
  pango_cairo_show_layout (cr, layout);
  cairo_new_path (cr);
  pango_font_description_free (desc);
  g_object_unref (layout);
}

/* A thin line in the muscle's ink from the X to a badge set further out. */
static void
paint_leader (cairo_t             *cr,
              const BmSheetMarker *m)
{
  double dx = m->badge_x - m->x, dy = m->badge_y - m->y, len = hypot (dx, dy);
  BmSheetInk ink;

  if (len <= NEAR + 0.5)
    return;
  bm_sheet_muscle_ink (m->muscle, &ink);
  cairo_move_to (cr, m->x + dx / len * m->x_half, m->y + dy / len * m->x_half);
  cairo_line_to (cr, m->badge_x - dx / len * m->badge_radius, m->badge_y - dy / len * m->badge_radius);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_set_line_width (cr, 1.6);
  cairo_stroke_preserve (cr);
  cairo_set_source_rgb (cr, ink.r, ink.g, ink.b);
  cairo_set_line_width (cr, 0.7);
  cairo_stroke (cr);
}

void
bm_sheet_paint_markers (BmSheet *self,
                        cairo_t *cr)
{
  for (guint i = 0; i < self->markers->len; i++)
    paint_leader (cr, &g_array_index (self->markers, BmSheetMarker, i));
  for (guint i = 0; i < self->markers->len; i++)
    {
      const BmSheetMarker *m = &g_array_index (self->markers, BmSheetMarker, i);

      /* The X's halo reaches 0.71 of its size from its centre. */
      bm_trigger_point_paint (cr, m->x, m->y, m->x_half / 0.71, TRUE);
    }
  for (guint i = 0; i < self->markers->len; i++)
    paint_badge (cr, &g_array_index (self->markers, BmSheetMarker, i));
}
