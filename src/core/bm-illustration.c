/* bm-illustration.c: a technique's picture
 *
 * A technique names its pose and, for a technique in two phases, a second
 * one. The muscle is highlighted where its figure_area says it lies, on the
 * side the pose works; the arrows are the poses' own, a press arrow for
 * each ball or roller, and the technique's. Both panels share one scale so
 * the figure keeps its size from one to the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-error.h"
#include "bm-illustration.h"
#include "bm-json.h"
#include "bm-pose-private.h"

#define MAX_AREAS 16
#define PANEL_GAP 0.06      /* of the width, between two panels */

static const BmMuscle *
highlighted (BmAtlas           *atlas,
             const BmMuscle    *muscle,
             const BmTechnique *t)
{
  return t->highlight != NULL ? bm_atlas_lookup (atlas, t->highlight) : muscle;
}

static gboolean
check_pose (BmAtlas           *self,
            const char        *id,
            const BmJsonWhere *where,
            const char        *field,
            GError           **error)
{
  g_autofree char *quoted = NULL;

  if (id == NULL || bm_atlas_lookup_pose (self, id) != NULL)
    return TRUE;
  quoted = bm_quote_excerpt (id);
  bm_json_set_error (error, BM_ERROR_UNKNOWN, where, field, "unknown pose “%s”", quoted);
  return FALSE;
}

/* The technique's poses and highlighted muscle exist in the atlas. */
gboolean
bm_illustration_check (BmAtlas           *self,
                       const BmMuscle    *muscle,
                       const BmTechnique *t,
                       const char        *kind,
                       GError           **error)
{
  g_autofree char *file = g_strconcat (muscle->id, ".json", NULL);
  BmJsonWhere where = { file, kind, t->title };

  if (t->highlight != NULL && bm_atlas_lookup (self, t->highlight) == NULL)
    {
      g_autofree char *quoted = bm_quote_excerpt (t->highlight);
      bm_json_set_error (error, BM_ERROR_UNKNOWN, &where, "illustration.highlight", "unknown muscle “%s”", quoted);
      return FALSE;
    }
  return check_pose (self, t->then, &where, "illustration.then", error) &&
         check_pose (self, t->pose, &where, "illustration.pose", error);
}

guint
bm_illustration_get_n_panels (const BmTechnique *t)
{
  return t->pose == NULL ? 0 : t->then != NULL ? 2 : 1;
}

/* The width-to-height ratio a technique's picture reads best at. */
double
bm_illustration_get_aspect (BmAtlas           *atlas,
                            const BmTechnique *t)
{
  return bm_illustration_get_n_panels (t) == 2 ? 2.6 : 1.35;
}

/* The muscle's areas, placed on the side(s) @pose works. */
static guint
place_areas (const BmMuscle *muscle,
             const BmPose   *pose,
             BmPoseArea      areas[MAX_AREAS])
{
  static const char *const sides[] = { "-right", "-left" };
  guint n = 0;

  for (guint i = 0; muscle != NULL && muscle->figure_area != NULL && muscle->figure_area[i] != NULL; i++)
    {
      BmPoseArea area;

      if (!bm_pose_area_parse (muscle->figure_area[i], &area))
        continue;
      if (bm_pose_is_segment (area.segment) && n < MAX_AREAS)
        {
          /* On the midline, the outer half of the side the pose works. */
          area.left = pose->works == BM_POSE_WORKS_LEFT;
          if (pose->works == BM_POSE_WORKS_BOTH && area.across == BM_AREA_OUTER)
            area.across = BM_AREA_ACROSS_WHOLE;
          areas[n++] = area;
        }
      else
        for (guint s = 0; s < G_N_ELEMENTS (sides) && n < MAX_AREAS; s++)
          if (pose->works == BM_POSE_WORKS_BOTH || (guint) pose->works == s)
            {
              areas[n] = area;
              g_strlcat (areas[n].segment, sides[s], sizeof areas[n].segment);
              n++;
            }
    }
  return n;
}

/* A chevron between the panels: first this, then that. */
static void
paint_then (cairo_t           *cr,
            double             x,
            double             y,
            double             size,
            const BmPoseStyle *style)
{
  cairo_save (cr);
  cairo_set_source_rgba (cr, style->arrow.red, style->arrow.green, style->arrow.blue, 1);
  cairo_set_line_width (cr, MAX (1.5, size / 5));
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_move_to (cr, x - size / 3, y - size / 2);
  cairo_line_to (cr, x + size / 3, y);
  cairo_line_to (cr, x - size / 3, y + size / 2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Draws the technique's picture in the box (0, 0, @width, @height). */
void
bm_illustration_paint (BmAtlas           *atlas,
                       const BmMuscle    *muscle,
                       const BmTechnique *t,
                       cairo_t           *cr,
                       double             width,
                       double             height,
                       const BmPoseStyle *style)
{
  guint n = bm_illustration_get_n_panels (t);
  const BmPose *poses[2] = { NULL, NULL };
  const BmMuscle *target = highlighted (atlas, muscle, t);
  double gap = n == 2 ? width * PANEL_GAP : 0, pw = (width - gap) / MAX (n, 1), scale = G_MAXDOUBLE;
  BmPoseArea areas[2][MAX_AREAS];
  g_autoptr(GPtrArray) first = g_ptr_array_new ();
  g_autoptr(GPtrArray) second = g_ptr_array_new ();
  GPtrArray *arrows[2] = { first, second };
  BmPoseOverlay overlays[2];

  for (guint i = 0; i < n; i++)
    {
      if ((poses[i] = bm_atlas_lookup_pose (atlas, i == 0 ? t->pose : t->then)) == NULL)
        return;
      for (guint a = 0; t->arrows != NULL && a < t->arrows->len; a++)
        if (MAX (((BmPoseArrow *) t->arrows->pdata[a])->panel, 1) == i + 1)
          g_ptr_array_add (arrows[i], t->arrows->pdata[a]);
      overlays[i] = (BmPoseOverlay) { areas[i], place_areas (target, poses[i], areas[i]),
                                      (const BmPoseArrow *const *) arrows[i]->pdata, arrows[i]->len, 0 };
      scale = MIN (scale, bm_pose_get_fit_scale (poses[i], &overlays[i], pw, height));
    }
  for (guint i = 0; i < n; i++)
    {
      overlays[i].scale = scale;
      cairo_save (cr);
      cairo_translate (cr, i * (pw + gap), 0);
      bm_pose_paint (poses[i], cr, pw, height, style, &overlays[i]);
      cairo_restore (cr);
    }
  if (n == 2)
    paint_then (cr, pw + gap / 2, height / 2, MIN (gap * 0.6, height / 8), style);
}

static const char *
prop_words (BmPropType type)
{
  static const char *const words[BM_N_PROP_TYPES] = {
    "a wall", "a ball", "a foam roller", "a chair", "a bed or table", "a strap", "a door frame", "a mat",
  };
  return words[type];
}

static const char *
posture_words (const BmPose *pose)
{
  if (g_strcmp0 (pose->posture, "lying") == 0)
    return "lying down";
  return pose->posture;
}

/* What the picture shows, for screen readers. */
char *
bm_illustration_describe (BmAtlas           *atlas,
                          const BmMuscle    *muscle,
                          const BmTechnique *t)
{
  const BmPose *pose = t->pose != NULL ? bm_atlas_lookup_pose (atlas, t->pose) : NULL;
  const BmMuscle *target = highlighted (atlas, muscle, t);
  GString *text;

  if (pose == NULL)
    return NULL;
  text = g_string_new (NULL);
  g_string_append_printf (text, "Drawing of %s: a person %s", t->title, posture_words (pose));
  for (guint i = 0; i < pose->props->len; i++)
    {
      const BmPoseProp *prop = pose->props->pdata[i];
      g_string_append_printf (text, "%s%s", i == 0 ? ", with " : i + 1 == pose->props->len ? " and " : ", ",
                              prop_words (prop->type));
    }
  g_string_append_printf (text, ". The %s is shown in colour", target != NULL ? target->name : "muscle");
  if (pose->arrows->len > 0 || (t->arrows != NULL && t->arrows->len > 0))
    g_string_append (text, "; arrows show which way to move or press");
  g_string_append (text, t->then != NULL ? ". A second picture shows the next position." : ".");
  return g_string_free (text, FALSE);
}
