/* bm-trigger-point-card.c: one trigger point on the muscle page
 *
 * The card says where the trigger point is and where it refers pain, and
 * asks whether pressing it reproduces the pain. It only shows: the
 * answer goes out as BmTriggerPointCard::answered, and comes back through
 * bm_trigger_point_card_sync(). The card also says whether the user is
 * reading it: the pointer is over it (BmTriggerPointCard:hovered) or the
 * keyboard focus is in it (BmTriggerPointCard:focused).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-trigger-point-card.h"

struct _BmTriggerPointCard
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkLabel             *name_label;
  GtkWidget            *badge_label;
  GtkLabel             *location_label;
  GtkWidget            *essential_box;
  GtkLabel             *essential_label;
  GtkWidget            *spillover_box;
  GtkLabel             *spillover_label;
  GtkToggleButton      *yes_button;
  GtkToggleButton      *no_button;

  const BmTriggerPoint *tp;
  guint                 hovered : 1;
  guint                 focused : 1;
  guint                 updating : 1;
};

G_DEFINE_FINAL_TYPE (BmTriggerPointCard, bm_trigger_point_card, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_HOVERED, PROP_FOCUSED, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { ANSWERED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* "knee-lateral" → "Outer knee": region ids in the atlas carry no side. */
static char *
region_label (BmRegionCatalog *catalog,
              const char      *id)
{
  const BmRegion *region = bm_region_catalog_lookup_base (catalog, id, BM_SIDE_LEFT);

  return region != NULL ? bm_region_dup_base_label (region) : g_strdup (id);
}

/* Region labels contain commas, so the list is joined with middots;
 * the paragraph is hidden when there is none. */
static void
set_regions (GtkWidget       *box,
             GtkLabel        *label,
             BmRegionCatalog *catalog,
             char           **ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autofree char *name = region_label (catalog, ids[i]);
      g_string_append_printf (s, "%s%s", i > 0 ? " · " : "", name);
    }
  gtk_label_set_text (label, s->str);
  gtk_widget_set_visible (box, s->len > 0);
  g_string_free (s, TRUE);
}

static void
set_flag (BmTriggerPointCard *self,
          guint               prop_id,
          gboolean            on)
{
  if ((prop_id == PROP_HOVERED ? self->hovered : self->focused) == (on != FALSE))
    return;
  if (prop_id == PROP_HOVERED)
    self->hovered = on;
  else
    self->focused = on;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
enter_cb (GtkEventController *controller,
          BmTriggerPointCard *self)
{
  set_flag (self, GTK_IS_EVENT_CONTROLLER_FOCUS (controller) ? PROP_FOCUSED : PROP_HOVERED, TRUE);
}

static void
leave_cb (GtkEventController *controller,
          BmTriggerPointCard *self)
{
  set_flag (self, GTK_IS_EVENT_CONTROLLER_FOCUS (controller) ? PROP_FOCUSED : PROP_HOVERED, FALSE);
}

static void
answer_toggled_cb (BmTriggerPointCard *self,
                   GtkToggleButton    *button)
{
  BmConfirm confirm = button == self->yes_button ? BM_CONFIRM_REPRODUCES : BM_CONFIRM_NOT_TENDER;

  if (self->updating)
    return;
  /* Clicking the chosen answer again takes it back. */
  if (!gtk_toggle_button_get_active (button))
    confirm = BM_CONFIRM_NONE;
  g_signal_emit (self, signals[ANSWERED], 0, (int) confirm);
}

/* A card that is hidden (the sidebar went back to the lists) is not under
 * the pointer; its controllers hear no "leave". */
static void
bm_trigger_point_card_unmap (GtkWidget *widget)
{
  BmTriggerPointCard *self = BM_TRIGGER_POINT_CARD (widget);

  set_flag (self, PROP_HOVERED, FALSE);
  set_flag (self, PROP_FOCUSED, FALSE);
  GTK_WIDGET_CLASS (bm_trigger_point_card_parent_class)->unmap (widget);
}

static void
bm_trigger_point_card_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_TRIGGER_POINT_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (bm_trigger_point_card_parent_class)->dispose (object);
}

static void
bm_trigger_point_card_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BmTriggerPointCard *self = BM_TRIGGER_POINT_CARD (object);

  switch (prop_id)
    {
    case PROP_HOVERED:
      g_value_set_boolean (value, self->hovered);
      break;
    case PROP_FOCUSED:
      g_value_set_boolean (value, self->focused);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_trigger_point_card_class_init (BmTriggerPointCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_trigger_point_card_dispose;
  object_class->get_property = bm_trigger_point_card_get_property;
  widget_class->unmap = bm_trigger_point_card_unmap;

  /**
   * BmTriggerPointCard:hovered:
   *
   * Whether the pointer is over the card.
   */
  properties[PROP_HOVERED] =
    g_param_spec_boolean ("hovered", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BmTriggerPointCard:focused:
   *
   * Whether the keyboard focus is in the card.
   */
  properties[PROP_FOCUSED] =
    g_param_spec_boolean ("focused", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BmTriggerPointCard::answered:
   * @answer: a #BmConfirm: what pressing the trigger point did, or
   *   %BM_CONFIRM_NONE when the answer was taken back
   */
  signals[ANSWERED] = g_signal_new ("answered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A group named by its trigger point, not a "BmTriggerPointCard" filler. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-trigger-point-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, badge_label);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, location_label);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, essential_box);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, essential_label);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, spillover_box);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, spillover_label);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, yes_button);
  gtk_widget_class_bind_template_child (widget_class, BmTriggerPointCard, no_button);
  gtk_widget_class_bind_template_callback (widget_class, answer_toggled_cb);
}

/* Pointing at the card, or moving the focus into it, is reading it. */
static void
bm_trigger_point_card_init (BmTriggerPointCard *self)
{
  GtkEventController *controllers[] = { gtk_event_controller_motion_new (),
                                        gtk_event_controller_focus_new () };

  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint i = 0; i < G_N_ELEMENTS (controllers); i++)
    {
      g_signal_connect (controllers[i], "enter", G_CALLBACK (enter_cb), self);
      g_signal_connect (controllers[i], "leave", G_CALLBACK (leave_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), controllers[i]);
    }
}

static void
set_answer_label (GtkToggleButton      *button,
                  const BmMuscle       *muscle,
                  const BmTriggerPoint *tp,
                  const char           *answer)
{
  g_autofree char *accessible = g_strdup_printf ("%s, %s: %s", muscle->name, tp->name, answer);

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* A card for trigger point @tp of @muscle; @catalog names its regions. */
GtkWidget *
bm_trigger_point_card_new (const BmMuscle       *muscle,
                           const BmTriggerPoint *tp,
                           BmRegionCatalog      *catalog)
{
  BmTriggerPointCard *self = g_object_new (BM_TYPE_TRIGGER_POINT_CARD, NULL);

  self->tp = tp;
  gtk_label_set_text (self->name_label, tp->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, tp->name, -1);
  gtk_label_set_text (self->location_label, tp->location);
  set_regions (self->essential_box, self->essential_label, catalog, tp->essential);
  set_regions (self->spillover_box, self->spillover_label, catalog, tp->spillover);
  set_answer_label (self->yes_button, muscle, tp, _("pressing here reproduces my pain"));
  set_answer_label (self->no_button, muscle, tp, _("not tender"));
  bm_trigger_point_card_sync (self, BM_CONFIRM_NONE, FALSE);
  return GTK_WIDGET (self);
}

const BmTriggerPoint *
bm_trigger_point_card_get_trigger_point (BmTriggerPointCard *self)
{
  g_return_val_if_fail (BM_IS_TRIGGER_POINT_CARD (self), NULL);
  return self->tp;
}

/* Shows @answer on the buttons, and the "Most likely" badge when the
 * ranking picked this trigger point; emits no BmTriggerPointCard::answered. */
void
bm_trigger_point_card_sync (BmTriggerPointCard *self,
                            BmConfirm           answer,
                            gboolean            most_likely)
{
  g_return_if_fail (BM_IS_TRIGGER_POINT_CARD (self));

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->yes_button, answer == BM_CONFIRM_REPRODUCES);
  gtk_toggle_button_set_active (self->no_button, answer == BM_CONFIRM_NOT_TENDER);
  self->updating = FALSE;
  if (answer == BM_CONFIRM_REPRODUCES)
    gtk_widget_add_css_class (GTK_WIDGET (self->yes_button), "suggested-action");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->yes_button), "suggested-action");
  gtk_widget_set_visible (self->badge_label, most_likely);
}

/* Whether the pointer (@by_pointer) or the keyboard focus is in the card. */
gboolean
bm_trigger_point_card_is_read (BmTriggerPointCard *self,
                               gboolean            by_pointer)
{
  g_return_val_if_fail (BM_IS_TRIGGER_POINT_CARD (self), FALSE);
  return by_pointer ? self->hovered : self->focused;
}
