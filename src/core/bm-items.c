/* bm-items.c: the atlas, the region catalog and the ranking as GListModels
 *
 * Each item borrows its record and keeps a reference on the object that
 * owns it (the atlas or the catalog), so the record outlives the item. A
 * candidate item is the exception: its record belongs to the session's
 * ranking, and is valid while the item is in the session's model
 * (bm_session_get_candidates()); the session replaces every item when it
 * re-ranks.
 *
 * "keywords" is what a search matches: the casefolded names of the record,
 * one per line, so that a word never matches across two of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-items.h"

static char *
join_keywords (const char *const *names)
{
  g_autofree char *joined = g_strjoinv ("\n", (char **) names);
  return g_utf8_casefold (joined, -1);
}

/* ---- BmMuscleItem ---------------------------------------------------------- */

struct _BmMuscleItem
{
  GObject         parent_instance;
  BmAtlas        *atlas;
  const BmMuscle *muscle;
  char           *keywords;
};

G_DEFINE_FINAL_TYPE (BmMuscleItem, bm_muscle_item, G_TYPE_OBJECT)

enum { MUSCLE_PROP_0, MUSCLE_PROP_ID, MUSCLE_PROP_NAME, MUSCLE_PROP_GROUP, MUSCLE_N_PROPS };

static void
bm_muscle_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BmMuscleItem *self = BM_MUSCLE_ITEM (object);

  switch (prop_id)
    {
    case MUSCLE_PROP_ID:
      g_value_set_string (value, self->muscle->id);
      break;
    case MUSCLE_PROP_NAME:
      g_value_set_string (value, self->muscle->name);
      break;
    case MUSCLE_PROP_GROUP:
      g_value_set_string (value, self->muscle->group);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_muscle_item_finalize (GObject *object)
{
  BmMuscleItem *self = BM_MUSCLE_ITEM (object);

  g_clear_object (&self->atlas);
  g_free (self->keywords);
  G_OBJECT_CLASS (bm_muscle_item_parent_class)->finalize (object);
}

static void
bm_muscle_item_class_init (BmMuscleItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = bm_muscle_item_get_property;
  object_class->finalize = bm_muscle_item_finalize;
  g_object_class_install_property (object_class, MUSCLE_PROP_ID, g_param_spec_string ("id", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, MUSCLE_PROP_NAME, g_param_spec_string ("name", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, MUSCLE_PROP_GROUP, g_param_spec_string ("group", NULL, NULL, NULL, flags));
}

static void
bm_muscle_item_init (BmMuscleItem *self)
{
}

static BmMuscleItem *
bm_muscle_item_new (BmAtlas        *atlas,
                    const BmMuscle *muscle)
{
  BmMuscleItem *self = g_object_new (BM_TYPE_MUSCLE_ITEM, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  self->atlas = g_object_ref (atlas);
  self->muscle = muscle;
  g_ptr_array_add (names, muscle->name);
  g_ptr_array_add (names, muscle->id);
  for (guint a = 0; muscle->aliases[a] != NULL; a++)
    g_ptr_array_add (names, muscle->aliases[a]);
  g_ptr_array_add (names, NULL);
  self->keywords = join_keywords ((const char *const *) names->pdata);
  return self;
}

const BmMuscle *
bm_muscle_item_get_muscle (BmMuscleItem *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_ITEM (self), NULL);
  return self->muscle;
}

const char *
bm_muscle_item_get_group_label (BmMuscleItem *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_ITEM (self), NULL);
  return bm_atlas_get_group_label (self->atlas, self->muscle->group);
}

/* Name, id and aliases: "fibularis" finds the peroneals. */
const char *
bm_muscle_item_get_keywords (BmMuscleItem *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_ITEM (self), NULL);
  return self->keywords;
}

/* Every muscle of @atlas, in atlas order. */
GListModel *
bm_muscle_model_new (BmAtlas *atlas)
{
  GListStore *store = g_list_store_new (BM_TYPE_MUSCLE_ITEM);
  guint n = bm_atlas_get_n_muscles (atlas);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, bm_muscle_item_new (atlas, bm_atlas_get_muscle (atlas, i)));
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

/* ---- BmRegionItem ---------------------------------------------------------- */

struct _BmRegionItem
{
  GObject          parent_instance;
  BmRegionCatalog *catalog;
  const BmRegion  *region;
  char            *keywords;
};

G_DEFINE_FINAL_TYPE (BmRegionItem, bm_region_item, G_TYPE_OBJECT)

enum { REGION_PROP_0, REGION_PROP_ID, REGION_PROP_LABEL, REGION_PROP_GROUP, REGION_PROP_INDEX, REGION_N_PROPS };

static void
bm_region_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BmRegionItem *self = BM_REGION_ITEM (object);

  switch (prop_id)
    {
    case REGION_PROP_ID:
      g_value_set_string (value, self->region->id);
      break;
    case REGION_PROP_LABEL:
      g_value_set_string (value, self->region->label);
      break;
    case REGION_PROP_GROUP:
      g_value_set_string (value, self->region->group);
      break;
    case REGION_PROP_INDEX:
      g_value_set_uint (value, self->region->index);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_region_item_finalize (GObject *object)
{
  BmRegionItem *self = BM_REGION_ITEM (object);

  g_clear_object (&self->catalog);
  g_free (self->keywords);
  G_OBJECT_CLASS (bm_region_item_parent_class)->finalize (object);
}

static void
bm_region_item_class_init (BmRegionItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = bm_region_item_get_property;
  object_class->finalize = bm_region_item_finalize;
  g_object_class_install_property (object_class, REGION_PROP_ID, g_param_spec_string ("id", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, REGION_PROP_LABEL, g_param_spec_string ("label", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, REGION_PROP_GROUP, g_param_spec_string ("group", NULL, NULL, NULL, flags));
  g_object_class_install_property (object_class, REGION_PROP_INDEX,
                                   g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0, flags));
}

static void
bm_region_item_init (BmRegionItem *self)
{
}

static BmRegionItem *
bm_region_item_new (BmRegionCatalog *catalog,
                    const BmRegion  *region)
{
  BmRegionItem *self = g_object_new (BM_TYPE_REGION_ITEM, NULL);
  const char *group_label = bm_region_catalog_get_group_label (catalog, region->group);
  const char *names[] = { region->label, group_label ? group_label : "", region->id, NULL };

  self->catalog = g_object_ref (catalog);
  self->region = region;
  self->keywords = join_keywords (names);
  return self;
}

const BmRegion *
bm_region_item_get_region (BmRegionItem *self)
{
  g_return_val_if_fail (BM_IS_REGION_ITEM (self), NULL);
  return self->region;
}

const char *
bm_region_item_get_group_label (BmRegionItem *self)
{
  g_return_val_if_fail (BM_IS_REGION_ITEM (self), NULL);
  return bm_region_catalog_get_group_label (self->catalog, self->region->group);
}

/* Label, group and id: "left knee" finds "Outer knee (left)". */
const char *
bm_region_item_get_keywords (BmRegionItem *self)
{
  g_return_val_if_fail (BM_IS_REGION_ITEM (self), NULL);
  return self->keywords;
}

/* Every region of @catalog, in catalog order. */
GListModel *
bm_region_model_new (BmRegionCatalog *catalog)
{
  GListStore *store = g_list_store_new (BM_TYPE_REGION_ITEM);
  guint n = bm_region_catalog_get_n_regions (catalog);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, bm_region_item_new (catalog, bm_region_catalog_get_region (catalog, i)));
  g_list_store_splice (store, 0, 0, items->pdata, items->len);
  return G_LIST_MODEL (store);
}

/* ---- BmCandidateItem ------------------------------------------------------- */

struct _BmCandidateItem
{
  GObject            parent_instance;
  BmAtlas           *atlas;
  const BmCandidate *candidate;
  char              *reason;
};

G_DEFINE_FINAL_TYPE (BmCandidateItem, bm_candidate_item, G_TYPE_OBJECT)

enum { CANDIDATE_PROP_0, CANDIDATE_PROP_MUSCLE, CANDIDATE_PROP_SIDE, CANDIDATE_PROP_SCORE, CANDIDATE_PROP_REASON,
       CANDIDATE_N_PROPS };

static void
bm_candidate_item_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BmCandidateItem *self = BM_CANDIDATE_ITEM (object);

  switch (prop_id)
    {
    case CANDIDATE_PROP_MUSCLE:
      g_value_set_string (value, self->candidate->muscle->id);
      break;
    case CANDIDATE_PROP_SIDE:
      g_value_set_int (value, self->candidate->side);
      break;
    case CANDIDATE_PROP_SCORE:
      g_value_set_double (value, self->candidate->score);
      break;
    case CANDIDATE_PROP_REASON:
      g_value_set_string (value, bm_candidate_item_get_reason (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_candidate_item_finalize (GObject *object)
{
  BmCandidateItem *self = BM_CANDIDATE_ITEM (object);

  g_clear_object (&self->atlas);
  g_free (self->reason);
  G_OBJECT_CLASS (bm_candidate_item_parent_class)->finalize (object);
}

static void
bm_candidate_item_class_init (BmCandidateItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = bm_candidate_item_get_property;
  object_class->finalize = bm_candidate_item_finalize;
  g_object_class_install_property (object_class, CANDIDATE_PROP_MUSCLE,
                                   g_param_spec_string ("muscle", NULL, NULL, NULL, flags));
  /* A BmCandidateSide. */
  g_object_class_install_property (object_class, CANDIDATE_PROP_SIDE,
                                   g_param_spec_int ("side", NULL, NULL, BM_SIDE_OF_LEFT, BM_SIDE_OF_EITHER,
                                                     BM_SIDE_OF_LEFT, flags));
  g_object_class_install_property (object_class, CANDIDATE_PROP_SCORE,
                                   g_param_spec_double ("score", NULL, NULL, 0, 100, 0, flags));
  g_object_class_install_property (object_class, CANDIDATE_PROP_REASON,
                                   g_param_spec_string ("reason", NULL, NULL, NULL, flags));
}

static void
bm_candidate_item_init (BmCandidateItem *self)
{
}

const BmCandidate *
bm_candidate_item_get_candidate (BmCandidateItem *self)
{
  g_return_val_if_fail (BM_IS_CANDIDATE_ITEM (self), NULL);
  return self->candidate;
}

/* Why the candidate is listed, in a sentence (bm_candidate_describe()). */
const char *
bm_candidate_item_get_reason (BmCandidateItem *self)
{
  g_return_val_if_fail (BM_IS_CANDIDATE_ITEM (self), NULL);
  if (self->reason == NULL)
    self->reason = bm_candidate_describe (self->atlas, self->candidate);
  return self->reason;
}

/* Replaces the items of @store with the candidates of @ranking, best first,
 * in one items-changed. */
void
bm_candidate_store_set_ranking (GListStore      *store,
                                BmAtlas         *atlas,
                                const BmRanking *ranking)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (ranking->candidates->len, g_object_unref);

  for (guint i = 0; i < ranking->candidates->len; i++)
    {
      BmCandidateItem *item = g_object_new (BM_TYPE_CANDIDATE_ITEM, NULL);

      item->atlas = g_object_ref (atlas);
      item->candidate = ranking->candidates->pdata[i];
      g_ptr_array_add (items, item);
    }
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), items->pdata, items->len);
}
