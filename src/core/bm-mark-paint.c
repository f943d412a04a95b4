/* bm-mark-paint.c: how a pain or numbness mark looks, on screen and on paper
 *
 * Pain is a solid fill running from amber (1) to deep red (10). Numbness or
 * tingling is blue diagonal hatching over a light blue wash, so the two kinds
 * differ in shape as well as colour (readable in greyscale print and for
 * colour-blind users).
 *
 * A muscle's referral pattern is violet, so it never reads as the person's
 * own marks: the essential zone a translucent solid, the spillover zone
 * stippled with dots, as in the trigger-point manuals. Trigger points are a
 * dark X with a white halo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-mark-paint.h"

static const BmRgba pain_low = { 0.96, 0.76, 0.07, 0.62 };   /* amber */
static const BmRgba pain_high = { 0.75, 0.08, 0.12, 0.85 };  /* deep red */
static const BmRgba numb = { 0.11, 0.44, 0.85, 1.0 };        /* blue */

void
bm_mark_get_color (BmSymptom  symptom,
                   guint      intensity,
                   BmRgba    *color)
{
  double t = (CLAMP (intensity, BM_INTENSITY_MIN, BM_INTENSITY_MAX) - BM_INTENSITY_MIN) /
             (double) (BM_INTENSITY_MAX - BM_INTENSITY_MIN);

  if (symptom == BM_SYMPTOM_NUMBNESS)
    {
      *color = numb;
      color->alpha = 0.55 + 0.45 * t;
      return;
    }
  color->red = pain_low.red + (pain_high.red - pain_low.red) * t;
  color->green = pain_low.green + (pain_high.green - pain_low.green) * t;
  color->blue = pain_low.blue + (pain_high.blue - pain_low.blue) * t;
  color->alpha = pain_low.alpha + (pain_high.alpha - pain_low.alpha) * t;
}

/* A square tile of @size device pixels to draw a repeating pattern on. */
static cairo_t *
tile_begin (int size)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (tile);

  cairo_surface_destroy (tile);
  return cr;
}

/* The pattern that repeats what was drawn with @cr, which it consumes. */
static cairo_pattern_t *
tile_end (cairo_t *cr)
{
  cairo_pattern_t *pattern = cairo_pattern_create_for_surface (cairo_get_target (cr));

  cairo_destroy (cr);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  return pattern;
}

static cairo_pattern_t *
hatch_pattern (const BmRgba *color,
               double        device_scale)
{
  int size = (int) (8 * device_scale + 0.5);
  cairo_t *cr = tile_begin (size);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, 0.18);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_set_line_width (cr, 2.2 * device_scale);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_SQUARE);
  /* One diagonal, continued across the tile corners so the tiles join. */
  cairo_move_to (cr, -1, size + 1);
  cairo_line_to (cr, size + 1, -1);
  cairo_move_to (cr, size - 1, size + 1);
  cairo_line_to (cr, size + 1, size - 1);
  cairo_move_to (cr, -1, 1);
  cairo_line_to (cr, 1, -1);
  cairo_stroke (cr);
  return tile_end (cr);
}

/* Paints a mark through @mask (an A8 region shape) placed at (@x, @y) in the
 * current user space. @device_scale sizes the hatching in device pixels. */
void
bm_mark_paint_mask (cairo_t         *cr,
                    BmSymptom        symptom,
                    guint            intensity,
                    cairo_surface_t *mask,
                    double           x,
                    double           y,
                    double           device_scale)
{
  BmRgba color;

  bm_mark_get_color (symptom, intensity, &color);
  if (symptom == BM_SYMPTOM_NUMBNESS)
    {
      /* The hatching is anchored to user space, so neighbouring regions
       * line up and it moves with the drawing. */
      cairo_pattern_t *pattern = hatch_pattern (&color, device_scale);

      cairo_set_source (cr, pattern);
      cairo_pattern_destroy (pattern);
    }
  else
    cairo_set_source_rgba (cr, color.red, color.green, color.blue, color.alpha);
  cairo_mask_surface (cr, mask, x, y);
}

static const BmRgba pattern = { 0.57, 0.25, 0.67, 1.0 };   /* violet */

static cairo_pattern_t *
stipple_pattern (double device_scale)
{
  int size = (int) (7 * device_scale + 0.5);
  cairo_t *cr = tile_begin (size);

  cairo_set_source_rgba (cr, pattern.red, pattern.green, pattern.blue, 0.12);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, pattern.red, pattern.green, pattern.blue, 0.9);
  cairo_arc (cr, size / 2.0, size / 2.0, 1.35 * device_scale, 0, 2 * G_PI);
  cairo_fill (cr);
  return tile_end (cr);
}

/* Paints one zone of a referral pattern through a region mask. */
void
bm_pattern_paint_mask (cairo_t         *cr,
                       gboolean         essential,
                       cairo_surface_t *mask,
                       double           x,
                       double           y,
                       double           device_scale)
{
  if (essential)
    cairo_set_source_rgba (cr, pattern.red, pattern.green, pattern.blue, 0.5);
  else
    {
      cairo_pattern_t *dots = stipple_pattern (device_scale);
      cairo_set_source (cr, dots);
      cairo_pattern_destroy (dots);
    }
  cairo_mask_surface (cr, mask, x, y);
}

/* An X centred on (@x, @y), @size across, in user space. */
void
bm_trigger_point_paint (cairo_t *cr,
                        double   x,
                        double   y,
                        double   size,
                        gboolean emphasis)
{
  double h = size / 2;

  cairo_save (cr);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_move_to (cr, x - h, y - h);
  cairo_line_to (cr, x + h, y + h);
  cairo_move_to (cr, x + h, y - h);
  cairo_line_to (cr, x - h, y + h);
  cairo_set_source_rgba (cr, 1, 1, 1, 0.95);
  cairo_set_line_width (cr, size * 0.42);
  cairo_stroke_preserve (cr);
  if (emphasis)
    cairo_set_source_rgb (cr, 0.11, 0.07, 0.16);
  else
    cairo_set_source_rgba (cr, 0.25, 0.2, 0.3, 0.8);
  cairo_set_line_width (cr, size * 0.2);
  cairo_stroke (cr);
  cairo_restore (cr);
}
