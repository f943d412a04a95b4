/* bm-atlas-compiled-poses.c: the figure's poses in the compiled atlas
 *
 * Written and read field by field like the muscles (bm-atlas-compiled.c,
 * bm-atlas-compiled-read.c). The build checked each pose with the JSON
 * loader, contacts included; the reader checks every enum and body part,
 * so damaged bytes give an error, not a bad drawing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-atlas-compiled.h"
#include "bm-error.h"
#include "bm-pose.h"

#define N_LIMBS (BM_POSE_N_SIDES * BM_POSE_N_LIMB_JOINTS)

static GVariant *
write_props (GPtrArray *props)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_PROP));
  for (guint i = 0; i < props->len; i++)
    {
      const BmPoseProp *p = props->pdata[i];

      g_variant_builder_add (&builder, BM_ATLAS_COMPILED_PROP, (guint32) p->type, p->x, p->y, p->angle, p->size,
                             p->contact);
    }
  return g_variant_builder_end (&builder);
}

static GVariant *
write_arrows (GPtrArray *arrows)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a" BM_ATLAS_COMPILED_ARROW));
  for (guint i = 0; i < arrows->len; i++)
    {
      const BmPoseArrow *a = arrows->pdata[i];

      g_variant_builder_add (&builder, BM_ATLAS_COMPILED_ARROW, (guint32) a->kind, a->segment, a->along,
                             a->direction, a->sweep, a->length, (guint32) a->panel);
    }
  return g_variant_builder_end (&builder);
}

GVariant *
bm_atlas_compiled_pose_to_variant (const BmPose *p)
{
  GVariant *limbs = g_variant_new_fixed_array (G_VARIANT_TYPE_DOUBLE, p->limbs, N_LIMBS, sizeof (double));

  return g_variant_new ("(suums" "ddd" "b" "dddddd" "u@ad@a" BM_ATLAS_COMPILED_PROP "@a" BM_ATLAS_COMPILED_ARROW ")",
                        p->id, (guint32) p->view, (guint32) p->frame, p->posture,
                        p->x, p->y, p->angle, p->facing_left,
                        p->trunk, p->trunk_side_bend, p->trunk_rotation, p->neck, p->neck_side_bend, p->neck_rotation,
                        (guint32) p->works, limbs, write_props (p->props), write_arrows (p->arrows));
}

static void
prop_free (BmPoseProp *prop)
{
  g_free (prop->contact);
  g_free (prop);
}

static gboolean
read_props (BmPose   *pose,
            GVariant *value)
{
  GVariantIter iter;
  guint32 type;
  double x, y, angle, size;
  char *contact;
  gboolean ok = TRUE;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, BM_ATLAS_COMPILED_PROP, &type, &x, &y, &angle, &size, &contact))
    {
      BmPoseProp *prop = g_new0 (BmPoseProp, 1);

      *prop = (BmPoseProp) { type, x, y, angle, size, contact };
      ok = ok && type < BM_N_PROP_TYPES && (contact == NULL || bm_pose_is_segment (contact));
      g_ptr_array_add (pose->props, prop);
    }
  return ok;
}

static gboolean
read_arrows (BmPose   *pose,
             GVariant *value)
{
  GVariantIter iter;
  guint32 kind, panel;
  char *segment;
  double along, direction, sweep, length;
  gboolean ok = TRUE;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, BM_ATLAS_COMPILED_ARROW, &kind, &segment, &along, &direction, &sweep,
                              &length, &panel))
    {
      BmPoseArrow *a = g_new0 (BmPoseArrow, 1);

      *a = (BmPoseArrow) { kind, segment, along, direction, sweep, length, panel };
      ok = ok && kind <= BM_ARROW_TURN && bm_pose_is_segment (segment);
      g_ptr_array_add (pose->arrows, a);
    }
  return ok;
}

/* One pose of @v, type BM_ATLAS_COMPILED_POSE. */
BmPose *
bm_atlas_compiled_pose_from_variant (GVariant  *v,
                                     GError   **error)
{
  g_autoptr(BmPose) p = g_new0 (BmPose, 1);
  g_autoptr(GVariant) limbs = NULL, props = NULL, arrows = NULL;
  guint32 view, frame, works;
  const double *angles;
  gsize n;

  p->props = g_ptr_array_new_with_free_func ((GDestroyNotify) prop_free);
  p->arrows = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_pose_arrow_free);
  g_variant_get (v, "(suumsdddbddddddu@ad@a" BM_ATLAS_COMPILED_PROP "@a" BM_ATLAS_COMPILED_ARROW ")", &p->id, &view, &frame, &p->posture, &p->x, &p->y, &p->angle,
                 &p->facing_left, &p->trunk, &p->trunk_side_bend, &p->trunk_rotation, &p->neck,
                 &p->neck_side_bend, &p->neck_rotation, &works, &limbs, &props, &arrows);
  p->view = view;
  p->frame = frame;
  p->works = works;
  angles = g_variant_get_fixed_array (limbs, &n, sizeof (double));
  if (n == N_LIMBS)
    memcpy (p->limbs, angles, sizeof p->limbs);
  if (!read_props (p, props) || !read_arrows (p, arrows) || n != N_LIMBS ||
      view > BM_POSE_VIEW_BACK || frame > BM_POSE_FRAME_FEET || works > BM_POSE_WORKS_BOTH)
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas is damaged: pose “%s”", p->id);
      return NULL;
    }
  return g_steal_pointer (&p);
}
