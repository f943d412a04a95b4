/* bm-body-view-anatomy.c: the muscles on the body map
 *
 * The shapes come from BmMuscleArt, made on first need (the first shown
 * muscle or the first look at the anatomy chart), never before the first
 * frame. The chart is drawn into the cached base layer; hovering it names
 * and outlines the muscle under the pointer, and the secondary button or a
 * long press on a muscle offers to open its page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "bm-body-view-private.h"

enum { OPEN_MUSCLE, N_SIGNALS };
static guint signals[N_SIGNALS];

/* The shapes, made now if they can be; NULL without an atlas, or when the
 * drawings do not match it (a --data-dir atlas): the map then shows no
 * muscles, and says so once. */
BmMuscleArt *
bm_body_view_ensure_muscle_art (BmBodyView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->muscle_art != NULL || self->atlas == NULL || self->muscle_art_failed)
    return self->muscle_art;
  self->muscle_art = bm_muscle_art_new (self->atlas, &error);
  if (self->muscle_art == NULL)
    {
      g_message ("The map shows no muscle shapes: %s", error->message);
      self->muscle_art_failed = TRUE;
      return NULL;
    }
  bm_muscle_art_set_style (self->muscle_art, &self->muscle_style);
  return self->muscle_art;
}

/* Follows the light or dark style, like the body drawing. */
void
bm_body_view_apply_muscle_style (BmBodyView *self)
{
  BmMuscleStyle style;

  /* A new style parses the drawings again: only when it changes. */
  bm_muscle_art_get_default_style (&style, self->dark);
  if (memcmp (&style, &self->muscle_style, sizeof style) == 0)
    return;
  self->muscle_style = style;
  if (self->muscle_art != NULL)
    bm_muscle_art_set_style (self->muscle_art, &self->muscle_style);
}

/* After the first frame: the shapes, then the chart's hit maps of the
 * views on screen, one step per idle, so that the first hover is quick. */
static gboolean
anatomy_idle_cb (gpointer data)
{
  BmBodyView *self = data;

  if (self->muscle_art == NULL)
    {
      if (bm_body_view_ensure_muscle_art (self) != NULL)
        {
          bm_body_layers_invalidate (self->layers, BM_LAYER_ALL);
          return G_SOURCE_CONTINUE;
        }
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (self->views); i++)
      bm_muscle_art_muscle_at (self->muscle_art, self->views[i], 0, 0, NULL);
  self->anatomy_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_anatomy (BmBodyView *self)
{
  if (self->show_anatomy && self->atlas != NULL && self->anatomy_id == 0)
    self->anatomy_id = g_idle_add_full (G_PRIORITY_LOW, anatomy_idle_cb, self, NULL);
}

void
bm_body_view_set_show_anatomy (BmBodyView *self,
                               gboolean    show)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));

  if (self->show_anatomy == !!show)
    return;
  self->show_anatomy = !!show;
  bm_body_view_apply_style (self, TRUE);
  if (show && self->prepared)
    bm_body_view_ensure_muscle_art (self);
  schedule_anatomy (self);
  self->hover_muscle = NULL;
  bm_body_layers_invalidate (self->layers, BM_LAYER_BASE | BM_LAYER_HOVER);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  g_object_notify (G_OBJECT (self), "show-anatomy");
}

gboolean
bm_body_view_get_show_anatomy (BmBodyView *self)
{
  g_return_val_if_fail (BM_IS_BODY_VIEW (self), FALSE);
  return self->show_anatomy;
}

/* The chart's muscle at (@x, @y), when the chart is shown. */
const BmMuscle *
bm_body_view_muscle_at (BmBodyView   *self,
                        double        x,
                        double        y,
                        BmMuscleSide *side)
{
  BmView view;
  double dx, dy;

  g_return_val_if_fail (BM_IS_BODY_VIEW (self), NULL);

  if (!self->show_anatomy || self->muscle_art == NULL || !bm_body_view_to_drawing (self, x, y, &view, &dx, &dy))
    return NULL;
  return bm_muscle_art_muscle_at (self->muscle_art, view, dx, dy, side);
}

void
bm_body_view_set_hover_muscle (BmBodyView *self,
                               double      x,
                               double      y)
{
  BmMuscleSide side = BM_MUSCLE_LEFT;
  const BmMuscle *muscle = x >= 0 && !self->dragging ? bm_body_view_muscle_at (self, x, y, &side) : NULL;

  if (muscle == self->hover_muscle && side == self->hover_side)
    return;
  self->hover_muscle = muscle;
  self->hover_side = side;
  bm_body_layers_invalidate (self->layers, BM_LAYER_HOVER);
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
}

/* ---- The muscle menu ---------------------------------------------------------- */

/* A menu label shows underscores as mnemonics; a name from the atlas is
 * shown as written. */
static char *
menu_label (const char *format,
            const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "_", -1);
  g_autofree char *escaped = g_strjoinv ("__", parts);

  return g_strdup_printf (format, escaped);
}

/* Opens the menu of the chart's muscle at (@x, @y): its page, and the marks
 * of the area under it. FALSE when no muscle is there. */
gboolean
bm_body_view_open_muscle_menu (BmBodyView *self,
                               double      x,
                               double      y)
{
  const BmMuscle *muscle = bm_body_view_muscle_at (self, x, y, NULL);
  const BmRegion *region = bm_body_view_region_at (self, x, y, NULL);
  g_autoptr(GMenu) menu = NULL, marks = NULL;
  g_autoptr(GMenuItem) open = NULL;
  g_autofree char *open_label = NULL, *marks_label = NULL;

  if (muscle == NULL)
    return FALSE;
  menu = g_menu_new ();
  open_label = menu_label (_("Open %s"), muscle->name);
  open = g_menu_item_new (open_label, NULL);
  g_menu_item_set_action_and_target_value (open, "body.open-muscle", g_variant_new_string (muscle->id));
  g_menu_append_item (menu, open);
  self->menu_region = region != NULL && self->pain_map != NULL ? (int) region->index : -1;
  if (self->menu_region >= 0)
    {
      marks = g_menu_new ();
      marks_label = menu_label (_("Marks on %s…"), region->label);
      g_menu_append (marks, marks_label, "body.edit-marks");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (marks));
    }
  self->menu_x = x;
  self->menu_y = y;
  bm_body_view_ensure_popovers (self);
  gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->muscle_menu), G_MENU_MODEL (menu));
  gtk_popover_set_pointing_to (GTK_POPOVER (self->muscle_menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->muscle_menu));
  gtk_widget_trigger_tooltip_query (GTK_WIDGET (self));
  return TRUE;
}

static void
open_muscle_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  g_signal_emit (widget, signals[OPEN_MUSCLE], 0, g_variant_get_string (param, NULL));
}

static void
edit_marks_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  BmBodyView *self = BM_BODY_VIEW (widget);
  const BmRegion *region;

  if (self->menu_region < 0 || self->pain_map == NULL)
    return;
  region = bm_region_catalog_get_region (bm_pain_map_get_catalog (self->pain_map), (guint) self->menu_region);
  bm_body_view_open_popover (self, region, self->menu_x, self->menu_y);
}

void
bm_body_view_anatomy_dispose (BmBodyView *self)
{
  g_clear_handle_id (&self->anatomy_id, g_source_remove);
  g_clear_pointer (&self->muscle_menu, gtk_widget_unparent);
  g_clear_object (&self->muscle_art);
  g_clear_object (&self->atlas);
}

void
bm_body_view_anatomy_class_init (GtkWidgetClass *widget_class)
{
  /* BmBodyView::open-muscle: the user asked for a muscle's page from the
   * map; the argument is its atlas id. */
  signals[OPEN_MUSCLE] = g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (widget_class), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_install_action (widget_class, "body.open-muscle", "s", open_muscle_action);
  gtk_widget_class_install_action (widget_class, "body.edit-marks", NULL, edit_marks_action);
}

void
bm_body_view_set_atlas (BmBodyView *self,
                        BmAtlas    *atlas)
{
  g_return_if_fail (BM_IS_BODY_VIEW (self));
  g_return_if_fail (atlas == NULL || BM_IS_ATLAS (atlas));

  if (!g_set_object (&self->atlas, atlas))
    return;
  g_clear_object (&self->muscle_art);
  self->muscle_art_failed = FALSE;
  self->hover_muscle = NULL;
  schedule_anatomy (self);
  bm_body_layers_invalidate (self->layers, BM_LAYER_ALL);
}
