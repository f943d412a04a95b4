/* bm-pain-map.c: the regions a person has marked, with kind and intensity
 *
 * A region holds at most one mark of each kind (pain, numbness), so an area
 * can be both painful and numb. Every change records the previous state of
 * the marks it touched, so undo restores exactly what was there. Repeated
 * intensity changes to one mark (a scroll gesture) fold into a single undo
 * step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-pain-map.h"

/* A mark's slot is region * BM_N_SYMPTOMS + symptom. */
typedef struct {
  guint  slot;
  BmMark before;          /* intensity 0: there was no mark */
} Change;

typedef struct {
  GArray *changes;        /* Change */
  guint   intensity_only : 1;
} Step;

struct _BmPainMap
{
  GObject          parent_instance;

  /* Owned */
  BmRegionCatalog *catalog;
  BmMark          *marks;      /* per slot; intensity 0 = unmarked */
  GPtrArray       *undo;       /* Step* */

  guint            n_marks;
  guint            n_areas;    /* regions with a mark of any kind */
};

G_DEFINE_FINAL_TYPE (BmPainMap, bm_pain_map, G_TYPE_OBJECT)

enum { CHANGED, N_SIGNALS };
enum { PROP_0, PROP_CAN_UNDO, PROP_N_MARKS, N_PROPS };

static guint signals[N_SIGNALS];
static GParamSpec *properties[N_PROPS];

#define MAX_UNDO 200

static void
step_free (Step *step)
{
  g_array_unref (step->changes);
  g_free (step);
}

static void
bm_pain_map_finalize (GObject *object)
{
  BmPainMap *self = BM_PAIN_MAP (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->marks, g_free);
  g_clear_object (&self->catalog);

  G_OBJECT_CLASS (bm_pain_map_parent_class)->finalize (object);
}

static void
bm_pain_map_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BmPainMap *self = BM_PAIN_MAP (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, bm_pain_map_can_undo (self));
      break;
    case PROP_N_MARKS:
      g_value_set_uint (value, self->n_marks);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_pain_map_class_init (BmPainMapClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_pain_map_finalize;
  object_class->get_property = bm_pain_map_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MARKS] =
    g_param_spec_uint ("n-marks", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BmPainMap::changed:
   * @region: the catalog index of the region that changed, or -1 for many
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
bm_pain_map_init (BmPainMap *self)
{
  self->undo = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

static guint
n_slots (BmPainMap *self)
{
  return bm_region_catalog_get_n_regions (self->catalog) * BM_N_SYMPTOMS;
}

BmPainMap *
bm_pain_map_new (BmRegionCatalog *catalog)
{
  BmPainMap *self;

  g_return_val_if_fail (BM_IS_REGION_CATALOG (catalog), NULL);

  self = g_object_new (BM_TYPE_PAIN_MAP, NULL);
  self->catalog = g_object_ref (catalog);
  self->marks = g_new0 (BmMark, n_slots (self));
  return self;
}

BmRegionCatalog *
bm_pain_map_get_catalog (BmPainMap *self)
{
  g_return_val_if_fail (BM_IS_PAIN_MAP (self), NULL);
  return self->catalog;
}

static gboolean
valid_region (BmPainMap *self,
              guint      region)
{
  return region < bm_region_catalog_get_n_regions (self->catalog);
}

static gboolean
valid_symptom (BmSymptom symptom)
{
  return (guint) symptom < BM_N_SYMPTOMS;
}

static guint
slot_of (guint     region,
         BmSymptom symptom)
{
  return region * BM_N_SYMPTOMS + symptom;
}

/* Whether @region has the mark of kind @symptom; if so, copies it to the
 * optional @mark. */
gboolean
bm_pain_map_get_mark (BmPainMap *self,
                      guint      region,
                      BmSymptom  symptom,
                      BmMark    *mark)
{
  g_return_val_if_fail (BM_IS_PAIN_MAP (self), FALSE);
  g_return_val_if_fail (valid_region (self, region) && valid_symptom (symptom), FALSE);

  if (self->marks[slot_of (region, symptom)].intensity == 0)
    return FALSE;
  if (mark != NULL)
    *mark = self->marks[slot_of (region, symptom)];
  return TRUE;
}

static gboolean
area_marked (BmPainMap *self,
             guint      region)
{
  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    if (self->marks[slot_of (region, k)].intensity != 0)
      return TRUE;
  return FALSE;
}

/* Whether @region has a mark of any kind. */
gboolean
bm_pain_map_is_marked (BmPainMap *self,
                       guint      region)
{
  g_return_val_if_fail (BM_IS_PAIN_MAP (self), FALSE);
  g_return_val_if_fail (valid_region (self, region), FALSE);
  return area_marked (self, region);
}

static void
notify_changed (BmPainMap *self,
                int        region,
                guint      old_n_marks,
                gboolean   old_can_undo)
{
  if (old_n_marks != self->n_marks)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MARKS]);
  if (old_can_undo != bm_pain_map_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_signal_emit (self, signals[CHANGED], 0, region);
}

/* Writes @mark into @slot (intensity 0 removes) without touching the undo
 * stack. */
static void
store_mark (BmPainMap    *self,
            guint         slot,
            const BmMark *mark)
{
  guint region = slot / BM_N_SYMPTOMS;
  gboolean had = self->marks[slot].intensity != 0;
  gboolean has = mark->intensity != 0;
  gboolean area_had = area_marked (self, region);

  self->marks[slot] = *mark;
  self->marks[slot].region = region;
  self->marks[slot].symptom = slot % BM_N_SYMPTOMS;
  if (!has)
    self->marks[slot].intensity = 0;
  self->n_marks += (int) has - (int) had;
  self->n_areas += (int) area_marked (self, region) - (int) area_had;
}

static Step *
push_step (BmPainMap *self,
           gboolean   intensity_only)
{
  Step *step = g_new0 (Step, 1);

  step->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  step->intensity_only = intensity_only;
  if (self->undo->len == MAX_UNDO)
    g_ptr_array_remove_index (self->undo, 0);
  g_ptr_array_add (self->undo, step);
  return step;
}

static void
record (Step      *step,
        BmPainMap *self,
        guint      slot)
{
  Change change = { slot, self->marks[slot] };
  g_array_append_val (step->changes, change);
}

/* Applies @marks (one per slot in @slots, intensity 0 removes) as one undo
 * step; the marks already as asked are left out of it. */
static void
change_marks (BmPainMap    *self,
              const guint  *slots,
              const BmMark *marks,
              guint         n,
              gboolean      intensity_only)
{
  guint old_n_marks = self->n_marks;
  gboolean old_can_undo = bm_pain_map_can_undo (self);
  Step *last = self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;
  Step *step = NULL;
  int region = -2;   /* none changed yet */

  for (guint i = 0; i < n; i++)
    {
      const BmMark *now = &self->marks[slots[i]];

      if (now->intensity == marks[i].intensity)
        continue;
      /* A run of intensity changes to one mark undoes as one step. */
      if (step == NULL &&
          !(intensity_only && last != NULL && last->intensity_only &&
            g_array_index (last->changes, Change, 0).slot == slots[i]))
        step = push_step (self, intensity_only);
      if (step != NULL)
        record (step, self, slots[i]);
      store_mark (self, slots[i], &marks[i]);
      region = region == -2 || region == (int) (slots[i] / BM_N_SYMPTOMS) ? (int) (slots[i] / BM_N_SYMPTOMS) : -1;
    }
  if (region != -2)
    notify_changed (self, region, old_n_marks, old_can_undo);
}

static void
change_one (BmPainMap *self,
            guint      region,
            BmSymptom  symptom,
            guint      intensity,
            gboolean   intensity_only)
{
  guint slot = slot_of (region, symptom);
  BmMark mark = { region, symptom, intensity };

  change_marks (self, &slot, &mark, 1, intensity_only);
}

/* Marks @region with @symptom at @intensity, leaving its mark of the other
 * kind as it is. */
void
bm_pain_map_set_mark (BmPainMap *self,
                      guint      region,
                      BmSymptom  symptom,
                      guint      intensity)
{
  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region) && valid_symptom (symptom));
  change_one (self, region, symptom, CLAMP (intensity, BM_INTENSITY_MIN, BM_INTENSITY_MAX), FALSE);
}

/* Changes the intensity of @region's @symptom mark; does nothing when there
 * is no such mark. */
void
bm_pain_map_set_intensity (BmPainMap *self,
                           guint      region,
                           BmSymptom  symptom,
                           guint      intensity)
{
  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region) && valid_symptom (symptom));

  if (!bm_pain_map_get_mark (self, region, symptom, NULL))
    return;
  change_one (self, region, symptom, CLAMP (intensity, BM_INTENSITY_MIN, BM_INTENSITY_MAX), TRUE);
}

/* Removes @region's @symptom mark only. */
void
bm_pain_map_remove (BmPainMap *self,
                    guint      region,
                    BmSymptom  symptom)
{
  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region) && valid_symptom (symptom));
  change_one (self, region, symptom, 0, FALSE);
}

/* Removes every mark of @region, as one undo step. */
void
bm_pain_map_remove_area (BmPainMap *self,
                         guint      region)
{
  guint slots[BM_N_SYMPTOMS];
  BmMark none[BM_N_SYMPTOMS] = { 0 };

  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region));

  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    slots[k] = slot_of (region, k);
  change_marks (self, slots, none, BM_N_SYMPTOMS, FALSE);
}

/* What a click does: marks @region with @symptom, or unmarks that kind when
 * it is there. A mark of the other kind is left alone: an area can be both
 * painful and numb. */
void
bm_pain_map_toggle (BmPainMap *self,
                    guint      region,
                    BmSymptom  symptom)
{
  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region) && valid_symptom (symptom));

  if (bm_pain_map_get_mark (self, region, symptom, NULL))
    bm_pain_map_remove (self, region, symptom);
  else
    bm_pain_map_set_mark (self, region, symptom, BM_INTENSITY_DEFAULT);
}

void
bm_pain_map_clear (BmPainMap *self)
{
  guint old_n_marks = self->n_marks;
  gboolean old_can_undo;
  guint n;
  Step *step;

  g_return_if_fail (BM_IS_PAIN_MAP (self));

  if (self->n_marks == 0)
    return;
  old_can_undo = bm_pain_map_can_undo (self);
  n = n_slots (self);
  step = push_step (self, FALSE);
  for (guint i = 0; i < n; i++)
    {
      if (self->marks[i].intensity != 0)
        record (step, self, i);
    }
  memset (self->marks, 0, n * sizeof (BmMark));
  self->n_marks = 0;
  self->n_areas = 0;
  notify_changed (self, -1, old_n_marks, old_can_undo);
}

/* Replaces every mark with @marks (BmMark) and forgets the undo history:
 * what loading a saved session does. Of two marks of one kind on one
 * region, the later counts. */
void
bm_pain_map_reset (BmPainMap *self,
                   GArray    *marks)
{
  guint old_n_marks = self->n_marks;
  gboolean old_can_undo;

  g_return_if_fail (BM_IS_PAIN_MAP (self));

  old_can_undo = bm_pain_map_can_undo (self);
  memset (self->marks, 0, n_slots (self) * sizeof (BmMark));
  self->n_marks = 0;
  self->n_areas = 0;
  for (guint i = 0; i < marks->len; i++)
    {
      BmMark mark = g_array_index (marks, BmMark, i);

      g_return_if_fail (valid_region (self, mark.region) && valid_symptom (mark.symptom));
      mark.intensity = CLAMP (mark.intensity, BM_INTENSITY_MIN, BM_INTENSITY_MAX);
      store_mark (self, slot_of (mark.region, mark.symptom), &mark);
    }
  g_ptr_array_set_size (self->undo, 0);
  notify_changed (self, -1, old_n_marks, old_can_undo);
}

gboolean
bm_pain_map_undo (BmPainMap *self)
{
  guint old_n_marks = self->n_marks;
  g_autoptr(GArray) changes = NULL;
  Step *step;
  int region;

  g_return_val_if_fail (BM_IS_PAIN_MAP (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;
  step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  changes = g_array_ref (step->changes);
  step_free (step);

  region = changes->len > 0 ? (int) (g_array_index (changes, Change, 0).slot / BM_N_SYMPTOMS) : -1;
  for (guint i = changes->len; i > 0; i--)
    {
      const Change *change = &g_array_index (changes, Change, i - 1);

      store_mark (self, change->slot, &change->before);
      if ((int) (change->slot / BM_N_SYMPTOMS) != region)
        region = -1;
    }
  notify_changed (self, region, old_n_marks, TRUE);
  return TRUE;
}

gboolean
bm_pain_map_can_undo (BmPainMap *self)
{
  g_return_val_if_fail (BM_IS_PAIN_MAP (self), FALSE);
  return self->undo->len > 0;
}

guint
bm_pain_map_get_n_marks (BmPainMap *self)
{
  g_return_val_if_fail (BM_IS_PAIN_MAP (self), 0);
  return self->n_marks;
}

/* The number of regions with a mark of any kind. */
guint
bm_pain_map_get_n_areas (BmPainMap *self)
{
  g_return_val_if_fail (BM_IS_PAIN_MAP (self), 0);
  return self->n_areas;
}

/* Returns every mark as a new GArray of BmMark, in catalog order; on a
 * region with both kinds, pain comes before numbness. */
GArray *
bm_pain_map_get_marks (BmPainMap *self)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  guint n;

  g_return_val_if_fail (BM_IS_PAIN_MAP (self), marks);

  n = n_slots (self);
  for (guint i = 0; i < n; i++)
    if (self->marks[i].intensity != 0)
      g_array_append_val (marks, self->marks[i]);
  return marks;
}

const char *
bm_symptom_get_label (BmSymptom symptom)
{
  return symptom == BM_SYMPTOM_NUMBNESS ? _("Numbness or tingling") : _("Pain");
}
