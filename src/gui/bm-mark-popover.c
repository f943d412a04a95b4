/* bm-mark-popover.c: the pain and numbness marks of one area, each with its intensity
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-mark-popover.h"

struct _BmMarkPopover
{
  GtkPopover       parent_instance;

  /* Template widgets */
  GtkLabel        *title;
  GtkCheckButton  *pain_check;
  GtkLabel        *pain_value;
  GtkScale        *pain_scale;
  GtkCheckButton  *numb_check;
  GtkLabel        *numb_value;
  GtkScale        *numb_scale;
  GtkButton       *remove_button;

  /* Owned */
  BmPainMap       *pain_map;

  guint            region;
  gulong           changed_id;
  guint            updating : 1;
};

G_DEFINE_FINAL_TYPE (BmMarkPopover, bm_mark_popover, GTK_TYPE_POPOVER)

/* The widgets of one kind of mark: an area can be both painful and numb,
 * and each kind is marked, graded and removed on its own. */
typedef struct {
  GtkCheckButton *check;
  GtkLabel       *value;
  GtkScale       *scale;
} KindWidgets;

static KindWidgets
kind_widgets (BmMarkPopover *self,
              BmSymptom      symptom)
{
  if (symptom == BM_SYMPTOM_NUMBNESS)
    return (KindWidgets) { self->numb_check, self->numb_value, self->numb_scale };
  return (KindWidgets) { self->pain_check, self->pain_value, self->pain_scale };
}

static void
sync_kind (BmMarkPopover *self,
           BmSymptom      symptom)
{
  KindWidgets w = kind_widgets (self, symptom);
  BmMark mark;
  gboolean marked = bm_pain_map_get_mark (self->pain_map, self->region, symptom, &mark);
  g_autofree char *text = marked ? g_strdup_printf (_("%u of 10"), mark.intensity) : NULL;

  gtk_check_button_set_active (w.check, marked);
  gtk_range_set_value (GTK_RANGE (w.scale), marked ? mark.intensity : BM_INTENSITY_DEFAULT);
  gtk_widget_set_sensitive (GTK_WIDGET (w.scale), marked);
  gtk_label_set_text (w.value, marked ? text : _("not marked"));
  gtk_widget_set_sensitive (GTK_WIDGET (w.value), marked);
}

static void
sync_from_map (BmMarkPopover *self)
{
  guint n_marks = 0;

  if (self->pain_map == NULL)
    return;
  self->updating = TRUE;
  for (guint k = 0; k < BM_N_SYMPTOMS; k++)
    {
      sync_kind (self, k);
      n_marks += bm_pain_map_get_mark (self->pain_map, self->region, k, NULL);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), n_marks > 0);
  gtk_button_set_label (self->remove_button, n_marks > 1 ? _("Remove Both Marks") : _("Remove Mark"));
  self->updating = FALSE;
}

static void
changed_cb (BmPainMap     *pain_map,
            int            region,
            BmMarkPopover *self)
{
  if (region < 0 || (guint) region == self->region)
    sync_from_map (self);
}

/* Ticking a kind marks it at the slider's intensity; unticking removes
 * that kind only. */
static void
kind_toggled_cb (BmMarkPopover  *self,
                 GtkCheckButton *button)
{
  BmSymptom symptom = button == self->numb_check ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN;

  if (self->updating || self->pain_map == NULL)
    return;
  if (gtk_check_button_get_active (button))
    bm_pain_map_set_mark (self->pain_map, self->region, symptom,
                          (guint) (gtk_range_get_value (GTK_RANGE (kind_widgets (self, symptom).scale)) + 0.5));
  else
    bm_pain_map_remove (self->pain_map, self->region, symptom);
}

static void
intensity_changed_cb (BmMarkPopover *self,
                      GtkRange      *range)
{
  BmSymptom symptom = range == GTK_RANGE (self->numb_scale) ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN;

  if (self->updating || self->pain_map == NULL)
    return;
  bm_pain_map_set_intensity (self->pain_map, self->region, symptom,
                             (guint) (gtk_range_get_value (range) + 0.5));
}

static void
remove_clicked_cb (BmMarkPopover *self)
{
  if (self->pain_map != NULL)
    bm_pain_map_remove_area (self->pain_map, self->region);
  gtk_popover_popdown (GTK_POPOVER (self));
}

static void
bm_mark_popover_dispose (GObject *object)
{
  BmMarkPopover *self = BM_MARK_POPOVER (object);

  if (self->pain_map != NULL)
    g_clear_signal_handler (&self->changed_id, self->pain_map);
  g_clear_object (&self->pain_map);

  G_OBJECT_CLASS (bm_mark_popover_parent_class)->dispose (object);
}

static void
bm_mark_popover_class_init (BmMarkPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_mark_popover_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-mark-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, title);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, pain_check);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, pain_value);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, pain_scale);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, numb_check);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, numb_value);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, numb_scale);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, kind_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, intensity_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
bm_mark_popover_init (BmMarkPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bm_mark_popover_new (void)
{
  return g_object_new (BM_TYPE_MARK_POPOVER, NULL);
}

void
bm_mark_popover_set_region (BmMarkPopover *self,
                            BmPainMap     *pain_map,
                            guint          region)
{
  g_return_if_fail (BM_IS_MARK_POPOVER (self));
  g_return_if_fail (BM_IS_PAIN_MAP (pain_map));

  if (self->pain_map != pain_map)
    {
      if (self->pain_map != NULL)
        g_clear_signal_handler (&self->changed_id, self->pain_map);
      g_set_object (&self->pain_map, pain_map);
      self->changed_id = g_signal_connect (pain_map, "changed", G_CALLBACK (changed_cb), self);
    }
  self->region = region;
  gtk_label_set_text (self->title,
                      bm_region_catalog_get_region (bm_pain_map_get_catalog (pain_map), region)->label);
  sync_from_map (self);
}
