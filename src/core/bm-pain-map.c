/* bm-pain-map.c: the regions a person has marked, with kind and intensity
 *
 * Every change records the previous state of the regions it touched, so
 * undo restores exactly what was there. Repeated intensity changes to one
 * region (a scroll gesture) fold into a single undo step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-pain-map.h"

typedef struct {
  guint  region;
  BmMark before;
  guint  had_mark : 1;
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
  BmMark          *marks;      /* per catalog index; intensity 0 = unmarked */
  GPtrArray       *undo;       /* Step* */

  guint            n_marks;
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

BmPainMap *
bm_pain_map_new (BmRegionCatalog *catalog)
{
  BmPainMap *self;

  g_return_val_if_fail (BM_IS_REGION_CATALOG (catalog), NULL);

  self = g_object_new (BM_TYPE_PAIN_MAP, NULL);
  self->catalog = g_object_ref (catalog);
  self->marks = g_new0 (BmMark, bm_region_catalog_get_n_regions (catalog));
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

gboolean
bm_pain_map_get_mark (BmPainMap *self,
                      guint      region,
                      BmMark    *mark)
{
  g_return_val_if_fail (BM_IS_PAIN_MAP (self), FALSE);
  g_return_val_if_fail (valid_region (self, region), FALSE);

  if (self->marks[region].intensity == 0)
    return FALSE;
  if (mark != NULL)
    *mark = self->marks[region];
  return TRUE;
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

/* Writes @mark (intensity 0 removes) without touching the undo stack. */
static void
store_mark (BmPainMap    *self,
            guint         region,
            const BmMark *mark)
{
  gboolean had = self->marks[region].intensity != 0;
  gboolean has = mark->intensity != 0;

  self->marks[region] = *mark;
  self->marks[region].region = region;
  self->n_marks += (int) has - (int) had;
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
        guint      region)
{
  Change change = { region, self->marks[region], self->marks[region].intensity != 0 };
  g_array_append_val (step->changes, change);
}

static gboolean
marks_equal (const BmMark *a,
             const BmMark *b)
{
  if (a->intensity == 0 || b->intensity == 0)
    return a->intensity == b->intensity;
  return a->symptom == b->symptom && a->intensity == b->intensity;
}

static void
change_one (BmPainMap    *self,
            guint         region,
            const BmMark *mark,
            gboolean      intensity_only)
{
  guint old_n_marks = self->n_marks;
  gboolean old_can_undo = bm_pain_map_can_undo (self);
  Step *last = self->undo->len > 0 ? g_ptr_array_index (self->undo, self->undo->len - 1) : NULL;

  if (marks_equal (&self->marks[region], mark))
    return;

  /* A run of intensity changes to one region undoes as one step. */
  if (!(intensity_only && last != NULL && last->intensity_only &&
        g_array_index (last->changes, Change, 0).region == region))
    record (push_step (self, intensity_only), self, region);

  store_mark (self, region, mark);
  notify_changed (self, region, old_n_marks, old_can_undo);
}

void
bm_pain_map_set_mark (BmPainMap *self,
                      guint      region,
                      BmSymptom  symptom,
                      guint      intensity)
{
  BmMark mark = { region, symptom, CLAMP (intensity, BM_INTENSITY_MIN, BM_INTENSITY_MAX) };

  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region));
  change_one (self, region, &mark, FALSE);
}

void
bm_pain_map_set_intensity (BmPainMap *self,
                           guint      region,
                           guint      intensity)
{
  BmMark mark;

  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region));

  if (!bm_pain_map_get_mark (self, region, &mark))
    return;
  mark.intensity = CLAMP (intensity, BM_INTENSITY_MIN, BM_INTENSITY_MAX);
  change_one (self, region, &mark, TRUE);
}

void
bm_pain_map_remove (BmPainMap *self,
                    guint      region)
{
  BmMark none = { region, BM_SYMPTOM_PAIN, 0 };

  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region));
  change_one (self, region, &none, FALSE);
}

/* What a click does: mark with @symptom; a second click of the same kind
 * unmarks; a click of the other kind switches kind, keeping the intensity. */
void
bm_pain_map_toggle (BmPainMap *self,
                    guint      region,
                    BmSymptom  symptom)
{
  BmMark mark;

  g_return_if_fail (BM_IS_PAIN_MAP (self));
  g_return_if_fail (valid_region (self, region));

  if (!bm_pain_map_get_mark (self, region, &mark))
    bm_pain_map_set_mark (self, region, symptom, BM_INTENSITY_DEFAULT);
  else if (mark.symptom == symptom)
    bm_pain_map_remove (self, region);
  else
    bm_pain_map_set_mark (self, region, symptom, mark.intensity);
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
  n = bm_region_catalog_get_n_regions (self->catalog);
  step = push_step (self, FALSE);
  for (guint i = 0; i < n; i++)
    {
      if (self->marks[i].intensity != 0)
        record (step, self, i);
    }
  memset (self->marks, 0, n * sizeof (BmMark));
  self->n_marks = 0;
  notify_changed (self, -1, old_n_marks, old_can_undo);
}

/* Replaces every mark with @marks (BmMark) and forgets the undo history:
 * what loading a saved session does. */
void
bm_pain_map_reset (BmPainMap *self,
                   GArray    *marks)
{
  guint old_n_marks = self->n_marks;
  gboolean old_can_undo;

  g_return_if_fail (BM_IS_PAIN_MAP (self));

  old_can_undo = bm_pain_map_can_undo (self);
  memset (self->marks, 0, bm_region_catalog_get_n_regions (self->catalog) * sizeof (BmMark));
  self->n_marks = 0;
  for (guint i = 0; i < marks->len; i++)
    {
      BmMark mark = g_array_index (marks, BmMark, i);

      g_return_if_fail (valid_region (self, mark.region));
      mark.intensity = CLAMP (mark.intensity, BM_INTENSITY_MIN, BM_INTENSITY_MAX);
      store_mark (self, mark.region, &mark);
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

  g_return_val_if_fail (BM_IS_PAIN_MAP (self), FALSE);

  if (self->undo->len == 0)
    return FALSE;
  step = g_ptr_array_steal_index (self->undo, self->undo->len - 1);
  changes = g_array_ref (step->changes);
  step_free (step);

  for (guint i = changes->len; i > 0; i--)
    {
      const Change *change = &g_array_index (changes, Change, i - 1);
      BmMark before = change->before;

      if (!change->had_mark)
        before.intensity = 0;
      store_mark (self, change->region, &before);
    }
  notify_changed (self, changes->len == 1 ? (int) g_array_index (changes, Change, 0).region : -1,
                  old_n_marks, TRUE);
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

/* Returns the marks in catalog order, as a new GArray of BmMark. */
GArray *
bm_pain_map_get_marks (BmPainMap *self)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  guint n = bm_region_catalog_get_n_regions (self->catalog);

  for (guint i = 0; i < n; i++)
    if (self->marks[i].intensity != 0)
      g_array_append_val (marks, self->marks[i]);
  return marks;
}

const char *
bm_symptom_get_label (BmSymptom symptom)
{
  return symptom == BM_SYMPTOM_NUMBNESS ? "Numbness or tingling" : "Pain";
}
