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
#include <glib/gi18n-lib.h>

#include "bm-engine.h"
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

/* "a wall and a ball", for the sentence "… a person standing, with %s". */
static char *
prop_list (const BmPose *pose)
{
  static const char *const words[BM_N_PROP_TYPES] = {
    /* Translators: the things a pose uses, listed after "with" in the
     * description of a technique's picture: "a person standing, with a wall". */
    N_("a wall"), N_("a ball"), N_("a foam roller"), N_("a chair"), N_("a bed or table"), N_("a strap"),
    N_("a door frame"), N_("a mat"),
  };
  g_autoptr(GPtrArray) items = g_ptr_array_new ();

  if (pose->props->len == 0)
    return NULL;
  for (guint i = 0; i < pose->props->len; i++)
    g_ptr_array_add (items, (gpointer) _(words[((const BmPoseProp *) pose->props->pdata[i])->type]));
  return bm_join_list (items);
}

/* "Drawing of Doorway stretch: a person standing, with a door frame." */
static char *
describe_pose (const char   *title,
               const BmPose *pose)
{
  g_autofree char *props = prop_list (pose);
  const char *posture = pose->posture;

  if (props != NULL && g_str_equal (posture, "lying"))
    /* Translators: describes a technique's picture for screen readers; %1$s is the
     * technique's title (from the atlas), %2$s a list such as "a wall and a ball". */
    return g_strdup_printf (_("Drawing of %s: a person lying down, with %s."), title, props);
  if (props != NULL && g_str_equal (posture, "sitting"))
    /* Translators: describes a technique's picture for screen readers; %1$s is the
     * technique's title (from the atlas), %2$s a list such as "a wall and a ball". */
    return g_strdup_printf (_("Drawing of %s: a person sitting, with %s."), title, props);
  if (props != NULL && g_str_equal (posture, "kneeling"))
    /* Translators: describes a technique's picture for screen readers; %1$s is the
     * technique's title (from the atlas), %2$s a list such as "a wall and a ball". */
    return g_strdup_printf (_("Drawing of %s: a person kneeling, with %s."), title, props);
  if (props != NULL)
    /* Translators: describes a technique's picture for screen readers; %1$s is the
     * technique's title (from the atlas), %2$s a list such as "a wall and a ball". */
    return g_strdup_printf (_("Drawing of %s: a person standing, with %s."), title, props);
  if (g_str_equal (posture, "lying"))
    /* Translators: describes a technique's picture for screen readers; %s is the
     * technique's title (from the atlas). */
    return g_strdup_printf (_("Drawing of %s: a person lying down."), title);
  if (g_str_equal (posture, "sitting"))
    /* Translators: describes a technique's picture for screen readers; %s is the
     * technique's title (from the atlas). */
    return g_strdup_printf (_("Drawing of %s: a person sitting."), title);
  if (g_str_equal (posture, "kneeling"))
    /* Translators: describes a technique's picture for screen readers; %s is the
     * technique's title (from the atlas). */
    return g_strdup_printf (_("Drawing of %s: a person kneeling."), title);
  /* Translators: describes a technique's picture for screen readers; %s is the
   * technique's title (from the atlas). */
  return g_strdup_printf (_("Drawing of %s: a person standing."), title);
}

/* What the picture shows, for screen readers. */
char *
bm_illustration_describe (BmAtlas           *atlas,
                          const BmMuscle    *muscle,
                          const BmTechnique *t)
{
  const BmPose *pose = t->pose != NULL ? bm_atlas_lookup_pose (atlas, t->pose) : NULL;
  const BmMuscle *target = highlighted (atlas, muscle, t);
  gboolean arrows;
  g_autofree char *drawing = NULL, *colour = NULL;

  if (pose == NULL)
    return NULL;
  drawing = describe_pose (t->title, pose);
  arrows = pose->arrows->len > 0 || (t->arrows != NULL && t->arrows->len > 0);
  if (target != NULL)
    /* Translators: %s is the muscle's name (from the atlas). */
    colour = g_strdup_printf (arrows ? _("The %s is shown in colour; arrows show which way to move or press.")
                                     /* Translators: %s is the muscle's name (from the atlas). */
                                     : _("The %s is shown in colour."), target->name);
  else
    colour = g_strdup (arrows ? _("The muscle is shown in colour; arrows show which way to move or press.")
                              : _("The muscle is shown in colour."));
  if (t->then != NULL)
    return g_strdup_printf ("%s %s %s", drawing, colour, _("A second picture shows the next position."));
  return g_strdup_printf ("%s %s", drawing, colour);
}
