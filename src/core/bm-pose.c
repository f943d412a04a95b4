/* bm-pose.c: reading and checking one pose of the parametric figure
 *
 * Errors name the file, the item and the field, like the muscle files.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-error.h"
#include "bm-json.h"
#include "bm-pose-private.h"

/* The range of motion each joint may take, in degrees. The limits are the
 * usual active ranges of a healthy adult as clinical goniometry measures
 * them, rounded outwards by a few degrees so that a stretch held at the end
 * of its range still passes, but a knee bent backwards or an arm lifted
 * past overhead does not. */
static const struct {
  const char *field;
  double      min, max;
  gboolean    optional;   /* 0 when the file leaves it out */
} limb_ranges[BM_POSE_N_LIMB_JOINTS] = {
  [BM_POSE_SHOULDER_FLEXION] = { "shoulder_flexion", -60, 180 },    /* extension behind the body to overhead */
  [BM_POSE_SHOULDER_ABDUCTION] = { "shoulder_abduction", -30, 180 },/* across the body to overhead */
  [BM_POSE_SHOULDER_ROTATION] = { "shoulder_rotation", -70, 95 },   /* internal to external */
  [BM_POSE_ELBOW] = { "elbow", 0, 150 },
  [BM_POSE_HIP_FLEXION] = { "hip_flexion", -30, 135 },               /* extension to knee-to-chest */
  [BM_POSE_HIP_ABDUCTION] = { "hip_abduction", -35, 50 },            /* adduction across the other leg */
  [BM_POSE_KNEE] = { "knee", 0, 150 },
  [BM_POSE_ANKLE] = { "ankle", -50, 30 },                            /* plantar- to dorsiflexion */
  [BM_POSE_HIP_ROTATION] = { "hip_rotation", -45, 60, TRUE },         /* internal to external */
  [BM_POSE_WRIST] = { "wrist", -80, 70, TRUE },                       /* flexion to extension */
};
/* The trunk's and the neck's other motions, all optional. */
static const struct {
  const char *field;
  double      min, max;
  gsize       offset;
} body_ranges[] = {
  { "trunk_side_bend", -40, 40, G_STRUCT_OFFSET (BmPose, trunk_side_bend) },
  { "trunk_rotation", -50, 50, G_STRUCT_OFFSET (BmPose, trunk_rotation) },
  { "neck_side_bend", -45, 45, G_STRUCT_OFFSET (BmPose, neck_side_bend) },
  { "neck_rotation", -80, 80, G_STRUCT_OFFSET (BmPose, neck_rotation) },
};
#define TRUNK_MIN -35.0   /* arching back */
#define TRUNK_MAX 95.0    /* rounding forward over the hips */
#define NECK_MIN -60.0
#define NECK_MAX 60.0

static const char *const prop_ids[BM_N_PROP_TYPES] = {
  "wall", "ball", "foam-roller", "chair", "bed", "strap", "door-frame", "mat",
};
static const char *const postures[] = { "standing", "sitting", "kneeling", "lying" };

const char *
bm_pose_prop_type_get_id (BmPropType type)
{
  g_return_val_if_fail (type < BM_N_PROP_TYPES, NULL);
  return prop_ids[type];
}

static void
prop_free (BmPoseProp *prop)
{
  g_free (prop->contact);
  g_free (prop);
}

void
bm_pose_free (BmPose *pose)
{
  if (pose == NULL)
    return;
  g_free (pose->id);
  g_free (pose->posture);
  g_clear_pointer (&pose->props, g_ptr_array_unref);
  g_clear_pointer (&pose->arrows, g_ptr_array_unref);
  g_free (pose);
}


/* Whether @name is a body segment of the figure; an error naming @field
 * when it is not. */
gboolean
bm_pose_check_segment (const char         *name,
                       const BmJsonWhere  *where,
                       const char         *field,
                       GError            **error)
{
  g_autofree char *quoted = NULL;

  if (bm_pose_is_segment (name))
    return TRUE;
  quoted = bm_quote_excerpt (name);
  bm_json_set_error (error, BM_ERROR_UNKNOWN, where, field,
                     "unknown body part “%s” (use head, neck, torso, pelvis, or upper-arm, forearm, "
                     "hand, thigh, lower-leg or foot with -left or -right)", quoted);
  return FALSE;
}

/* The index of @value in @list, or -1. */
int
bm_pose_find_name (const char *const *list,
                   guint              n,
                   const char        *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (list[i], value) == 0)
      return i;
  return -1;
}

/* Reads @field of @obj, which must be one of @list; returns its index. */
int
bm_pose_read_choice (json_object        *obj,
                     const BmJsonWhere  *where,
                     const char         *field,
                     const char *const  *list,
                     guint               n,
                     GError            **error)
{
  const char *value = bm_json_string (obj, where, field, TRUE, error);
  g_autoptr(GString) allowed = g_string_new (NULL);
  g_autofree char *quoted = NULL;
  int index;

  if (value == NULL)
    return -1;
  if ((index = bm_pose_find_name (list, n, value)) >= 0)
    return index;
  quoted = bm_quote_excerpt (value);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (allowed, "%s%s", i > 0 ? ", " : "", list[i]);
  bm_json_set_error (error, BM_ERROR_UNKNOWN, where, field, "unknown value “%s” (use %s)", quoted, allowed->str);
  return -1;
}

static gboolean
read_placement (BmPose             *pose,
                json_object        *root,
                const BmJsonWhere  *file_where,
                GError            **error)
{
  static const char *const facings[] = { "right", "left" };
  BmJsonWhere where = { file_where->file, "placement", NULL };
  json_object *obj = bm_json_member (root, file_where, "placement", json_type_object, TRUE, error);
  int posture, facing;

  if (obj == NULL ||
      (posture = bm_pose_read_choice (obj, &where, "posture", postures, G_N_ELEMENTS (postures), error)) < 0 ||
      (facing = bm_pose_read_choice (obj, &where, "facing", facings, 2, error)) < 0 ||
      !bm_json_number (obj, &where, "x", -300, 300, &pose->x, error) ||
      !bm_json_number (obj, &where, "y", -300, 300, &pose->y, error) ||
      !bm_json_number (obj, &where, "angle", -180, 180, &pose->angle, error))
    return FALSE;
  pose->posture = g_strdup (postures[posture]);
  pose->facing_left = facing == 1;
  return TRUE;
}

static gboolean
read_joints (BmPose             *pose,
             json_object        *root,
             const BmJsonWhere  *file_where,
             GError            **error)
{
  static const char *const sides[BM_POSE_N_SIDES] = { "left", "right" };
  BmJsonWhere where = { file_where->file, "joints", NULL };
  json_object *obj = bm_json_member (root, file_where, "joints", json_type_object, TRUE, error);

  if (obj == NULL ||
      !bm_json_number (obj, &where, "trunk", TRUNK_MIN, TRUNK_MAX, &pose->trunk, error) ||
      !bm_json_number (obj, &where, "neck", NECK_MIN, NECK_MAX, &pose->neck, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (body_ranges); i++)
    if (!bm_json_number_or (obj, &where, body_ranges[i].field, body_ranges[i].min, body_ranges[i].max, 0,
                            G_STRUCT_MEMBER_P (pose, body_ranges[i].offset), error))
      return FALSE;
  for (BmPoseSide s = 0; s < BM_POSE_N_SIDES; s++)
    {
      BmJsonWhere limb_where = { file_where->file, "limb", sides[s] };
      json_object *limb = bm_json_member (obj, &where, sides[s], json_type_object, TRUE, error);

      if (limb == NULL)
        return FALSE;
      for (BmPoseLimbJoint j = 0; j < BM_POSE_N_LIMB_JOINTS; j++)
        {
          const char *field = limb_ranges[j].field;
          double min = limb_ranges[j].min, max = limb_ranges[j].max, *out = &pose->limbs[s][j];

          if (!(limb_ranges[j].optional ? bm_json_number_or (limb, &limb_where, field, min, max, 0, out, error)
                                        : bm_json_number (limb, &limb_where, field, min, max, out, error)))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
add_prop (json_object  *obj,
          BmJsonWhere  *where,
          gpointer      data,
          GError      **error)
{
  BmPose *pose = data;
  g_autoptr(GError) local_error = NULL;
  g_autofree BmPoseProp *prop = g_new0 (BmPoseProp, 1);
  const char *contact;
  int type;

  if ((type = bm_pose_read_choice (obj, where, "type", prop_ids, BM_N_PROP_TYPES, error)) < 0)
    return FALSE;
  prop->type = type;
  where->item = prop_ids[type];
  if (!bm_json_number (obj, where, "x", -400, 400, &prop->x, error) ||
      !bm_json_number (obj, where, "y", -400, 400, &prop->y, error) ||
      !bm_json_number (obj, where, "angle", -180, 180, &prop->angle, error) ||
      !bm_json_number (obj, where, "size", 1, 300, &prop->size, error))
    return FALSE;
  if ((contact = bm_json_string (obj, where, "contact", FALSE, &local_error)) == NULL && local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (contact != NULL && !bm_pose_check_segment (contact, where, "contact", error))
    return FALSE;
  prop->contact = g_strdup (contact);
  g_ptr_array_add (pose->props, g_steal_pointer (&prop));
  return TRUE;
}

/* Every prop that names a body part must touch it in the posed figure. */
static gboolean
check_contacts (const BmPose  *pose,
                const char    *file,
                GError       **error)
{
  for (guint i = 0; i < pose->props->len; i++)
    {
      const BmPoseProp *prop = pose->props->pdata[i];
      BmJsonWhere where = { file, "prop", prop_ids[prop->type] };
      double gap;

      if (prop->contact == NULL)
        continue;
      gap = bm_pose_prop_distance (pose, prop, prop->contact);
      if (gap > BM_POSE_CONTACT_TOLERANCE)
        {
          bm_json_set_error (error, BM_ERROR_RANGE, &where, "contact",
                             "the %s does not touch the %s: they are %.0f units apart (at most %g)",
                             prop_ids[prop->type], prop->contact, gap, BM_POSE_CONTACT_TOLERANCE);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
read_pose (BmPose       *pose,
           json_object  *root,
           const char   *file,
           GError      **error)
{
  static const char *const views[] = { "side", "front", "back" };
  g_autofree char *expected = g_strndup (file, strlen (file) - (g_str_has_suffix (file, ".json") ? 5 : 0));
  BmJsonWhere where = { file, NULL, NULL };
  const char *id;
  int view;

  if ((id = bm_json_string (root, &where, "id", TRUE, error)) == NULL)
    return FALSE;
  if (!g_str_equal (id, expected))
    {
      g_autofree char *quoted = bm_quote_excerpt (id);
      bm_json_set_error (error, BM_ERROR_INVALID, &where, "id", "“%s” should be “%s”, the file's name", quoted, expected);
      return FALSE;
    }
  pose->id = g_strdup (id);
  where = (BmJsonWhere) { file, "pose", pose->id };
  if ((view = bm_pose_read_choice (root, &where, "view", views, G_N_ELEMENTS (views), error)) < 0)
    return FALSE;
  pose->view = view;
  if (json_object_object_get_ex (root, "frame", NULL))
    {
      static const char *const frames[] = { "body", "upper", "head", "hands", "feet" };
      int f = bm_pose_read_choice (root, &where, "frame", frames, G_N_ELEMENTS (frames), error);

      if (f < 0)
        return FALSE;
      pose->frame = f;
    }
  if (json_object_object_get_ex (root, "works", NULL))
    {
      static const char *const works[] = { "right", "left", "both" };
      int w = bm_pose_read_choice (root, &where, "works", works, G_N_ELEMENTS (works), error);

      if (w < 0)
        return FALSE;
      pose->works = w;
    }
  return read_placement (pose, root, &where, error) &&
         read_joints (pose, root, &where, error) &&
         bm_json_foreach (root, file, "props", "prop", add_prop, pose, error) &&
         check_contacts (pose, file, error) &&
         bm_pose_read_arrows (root, &where, "arrows", 0, pose->arrows, error);
}

/* The pose in @bytes, the contents of @file ("ID.json"), checked. */
BmPose *
bm_pose_new_from_bytes (GBytes      *bytes,
                        const char  *file,
                        GError     **error)
{
  g_autoptr(BmPose) pose = g_new0 (BmPose, 1);
  g_autoptr(json_object) root = NULL;
  gsize length;
  const char *text = g_bytes_get_data (bytes, &length);

  g_return_val_if_fail (bytes != NULL && file != NULL, NULL);
  pose->props = g_ptr_array_new_with_free_func ((GDestroyNotify) prop_free);
  pose->arrows = g_ptr_array_new_with_free_func ((GDestroyNotify) bm_pose_arrow_free);
  if ((root = bm_json_parse (text, length, file, error)) == NULL)
    return NULL;
  if (!json_object_is_type (root, json_type_object))
    {
      BmJsonWhere where = { file, NULL, NULL };
      bm_json_set_error (error, BM_ERROR_INVALID, &where, NULL, "a pose file holds one object");
      return NULL;
    }
  if (!read_pose (pose, root, file, error))
    return NULL;
  return g_steal_pointer (&pose);
}
