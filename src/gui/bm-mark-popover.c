/* bm-mark-popover.c: set the kind and intensity of one marked area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-mark-popover.h"

struct _BmMarkPopover
{
  GtkPopover       parent_instance;

  /* Template widgets */
  GtkLabel        *title;
  GtkToggleButton *pain_button;
  GtkToggleButton *numb_button;
  GtkScale        *intensity_scale;
  GtkLabel        *value_label;
  GtkButton       *remove_button;

  /* Owned */
  BmPainMap       *pain_map;

  guint            region;
  gulong           changed_id;
  guint            updating : 1;
};

G_DEFINE_FINAL_TYPE (BmMarkPopover, bm_mark_popover, GTK_TYPE_POPOVER)

static void
show_value (BmMarkPopover *self,
            guint          intensity)
{
  g_autofree char *text = g_strdup_printf ("%u of 10", intensity);
  gtk_label_set_text (self->value_label, text);
}

static void
sync_from_map (BmMarkPopover *self)
{
  BmMark mark;
  gboolean marked;

  if (self->pain_map == NULL)
    return;
  marked = bm_pain_map_get_mark (self->pain_map, self->region, &mark);
  self->updating = TRUE;
  gtk_toggle_button_set_active (self->pain_button, marked && mark.symptom == BM_SYMPTOM_PAIN);
  gtk_toggle_button_set_active (self->numb_button, marked && mark.symptom == BM_SYMPTOM_NUMBNESS);
  if (!marked)
    {
      /* Neither kind chosen yet. */
      gtk_toggle_button_set_active (self->pain_button, FALSE);
      gtk_toggle_button_set_active (self->numb_button, FALSE);
    }
  gtk_range_set_value (GTK_RANGE (self->intensity_scale), marked ? mark.intensity : BM_INTENSITY_DEFAULT);
  show_value (self, marked ? mark.intensity : BM_INTENSITY_DEFAULT);
  gtk_widget_set_sensitive (GTK_WIDGET (self->remove_button), marked);
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

static void
kind_toggled_cb (BmMarkPopover   *self,
                 GtkToggleButton *button)
{
  BmSymptom symptom;

  if (self->updating || self->pain_map == NULL || !gtk_toggle_button_get_active (button))
    return;
  symptom = button == self->numb_button ? BM_SYMPTOM_NUMBNESS : BM_SYMPTOM_PAIN;
  bm_pain_map_set_mark (self->pain_map, self->region, symptom,
                        (guint) gtk_range_get_value (GTK_RANGE (self->intensity_scale)));
}

static void
intensity_changed_cb (BmMarkPopover *self,
                      GtkRange      *range)
{
  guint intensity = (guint) (gtk_range_get_value (range) + 0.5);

  show_value (self, intensity);
  if (self->updating || self->pain_map == NULL)
    return;
  if (bm_pain_map_get_mark (self->pain_map, self->region, NULL))
    bm_pain_map_set_intensity (self->pain_map, self->region, intensity);
  else
    bm_pain_map_set_mark (self->pain_map, self->region, BM_SYMPTOM_PAIN, intensity);
}

static void
remove_clicked_cb (BmMarkPopover *self)
{
  if (self->pain_map != NULL)
    bm_pain_map_remove (self->pain_map, self->region);
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
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, pain_button);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, numb_button);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, intensity_scale);
  gtk_widget_class_bind_template_child (widget_class, BmMarkPopover, value_label);
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
