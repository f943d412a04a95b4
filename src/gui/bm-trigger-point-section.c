/* bm-trigger-point-section.c: the muscle page's trigger points, a
 * BmTriggerPointCard each
 *
 * The section keeps the cards' answers in the session, marks the one the
 * ranking picked as most likely, and says which trigger point the user is
 * reading about (BmTriggerPointSection::focus-trigger-point), so the map
 * can ring its X.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-muscle-sections.h"
#include "bm-trigger-point-card.h"

struct _BmTriggerPointSection
{
  AdwPreferencesGroup   parent_instance;

  GtkWidget            *box;       /* the cards */
  BmSession            *session;   /* unowned: the page holds it */
  const BmMuscle       *muscle;
  BmCandidateSide       side;
  const BmTriggerPoint *shown_tp;  /* the last one focus-trigger-point named */
};

static void bm_trigger_point_section_section_init (BmMuscleSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BmTriggerPointSection, bm_trigger_point_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (BM_TYPE_MUSCLE_SECTION, bm_trigger_point_section_section_init))

enum { FOCUS_TRIGGER_POINT, N_SIGNALS };
static guint signals[N_SIGNALS];

#define FOR_EACH_CARD(self, card)                                                              \
  for (GtkWidget *card = gtk_widget_get_first_child ((self)->box); card != NULL;             \
       card = gtk_widget_get_next_sibling (card))

static BmConfirm
get_answer (BmTriggerPointSection *self,
            const BmTriggerPoint  *tp)
{
  BmConfirm left = bm_session_get_confirm (self->session, self->muscle->id, tp->id, BM_MUSCLE_LEFT);
  BmConfirm right = bm_session_get_confirm (self->session, self->muscle->id, tp->id, BM_MUSCLE_RIGHT);

  if (self->side == BM_SIDE_OF_LEFT)
    return left;
  if (self->side == BM_SIDE_OF_RIGHT)
    return right;
  return left != BM_CONFIRM_NONE ? left : right;
}

static void
bm_trigger_point_section_session_changed (BmMuscleSection *section)
{
  BmTriggerPointSection *self = BM_TRIGGER_POINT_SECTION (section);
  const BmCandidate *cand = bm_ranking_lookup (bm_session_get_ranking (self->session), self->muscle->id, self->side);

  FOR_EACH_CARD (self, card)
    {
      const BmTriggerPoint *tp = bm_trigger_point_card_get_trigger_point (BM_TRIGGER_POINT_CARD (card));

      bm_trigger_point_card_sync (BM_TRIGGER_POINT_CARD (card), get_answer (self, tp),
                                  cand != NULL && cand->best == tp);
    }
}

/* Either side fits when browsing or for midline areas: answer both. */
static void
answered_cb (BmTriggerPointCard    *card,
             int                    answer,
             BmTriggerPointSection *self)
{
  const BmTriggerPoint *tp = bm_trigger_point_card_get_trigger_point (card);
  g_autofree char *muscle = g_strdup (self->muscle->id);

  if (self->side != BM_SIDE_OF_RIGHT)
    bm_session_set_confirm (self->session, muscle, tp->id, BM_MUSCLE_LEFT, answer);
  if (self->side != BM_SIDE_OF_LEFT)
    bm_session_set_confirm (self->session, muscle, tp->id, BM_MUSCLE_RIGHT, answer);
  bm_trigger_point_section_session_changed (BM_MUSCLE_SECTION (self));
}

/* The trigger point whose card has the pointer (@by_pointer) or the
 * keyboard focus, or NULL. */
static const BmTriggerPoint *
read_trigger_point (BmTriggerPointSection *self,
                    gboolean               by_pointer)
{
  FOR_EACH_CARD (self, card)
    if (bm_trigger_point_card_is_read (BM_TRIGGER_POINT_CARD (card), by_pointer))
      return bm_trigger_point_card_get_trigger_point (BM_TRIGGER_POINT_CARD (card));
  return NULL;
}

/* The card with the pointer, else the one with the keyboard focus. */
static void
reading_changed_cb (BmTriggerPointSection *self)
{
  const BmTriggerPoint *tp = read_trigger_point (self, TRUE);

  if (tp == NULL)
    tp = read_trigger_point (self, FALSE);
  if (tp == self->shown_tp)
    return;
  self->shown_tp = tp;
  g_signal_emit (self, signals[FOCUS_TRIGGER_POINT], 0, tp);
}

static void
clear_cards (BmTriggerPointSection *self)
{
  GtkWidget *card;

  while ((card = gtk_widget_get_first_child (self->box)) != NULL)
    {
      g_signal_handlers_disconnect_by_data (card, self);
      gtk_box_remove (GTK_BOX (self->box), card);
    }
  reading_changed_cb (self);
}

static void
bm_trigger_point_section_muscle_set (BmMuscleSection *section,
                                     const BmMuscle  *muscle,
                                     BmCandidateSide  side,
                                     BmSession       *session)
{
  BmTriggerPointSection *self = BM_TRIGGER_POINT_SECTION (section);
  BmRegionCatalog *catalog = bm_atlas_get_catalog (bm_session_get_atlas (session));

  clear_cards (self);
  self->session = session;
  self->muscle = muscle;
  self->side = side;
  for (guint i = 0; i < muscle->trigger_points->len; i++)
    {
      GtkWidget *card = bm_trigger_point_card_new (muscle, g_ptr_array_index (muscle->trigger_points, i), catalog);

      g_signal_connect (card, "answered", G_CALLBACK (answered_cb), self);
      g_signal_connect_swapped (card, "notify::hovered", G_CALLBACK (reading_changed_cb), self);
      g_signal_connect_swapped (card, "notify::focused", G_CALLBACK (reading_changed_cb), self);
      gtk_box_append (GTK_BOX (self->box), card);
    }
  bm_trigger_point_section_session_changed (section);
}

static void
bm_trigger_point_section_section_init (BmMuscleSectionInterface *iface)
{
  iface->muscle_set = bm_trigger_point_section_muscle_set;
  iface->session_changed = bm_trigger_point_section_session_changed;
}

static void
bm_trigger_point_section_dispose (GObject *object)
{
  BmTriggerPointSection *self = BM_TRIGGER_POINT_SECTION (object);

  if (self->box != NULL)
    {
      FOR_EACH_CARD (self, card)
        g_signal_handlers_disconnect_by_data (card, self);
      self->box = NULL;
    }
  G_OBJECT_CLASS (bm_trigger_point_section_parent_class)->dispose (object);
}

static void
bm_trigger_point_section_class_init (BmTriggerPointSectionClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bm_trigger_point_section_dispose;

  /**
   * BmTriggerPointSection::focus-trigger-point:
   * @trigger_point: (nullable): the BmTriggerPoint whose card has the
   *   pointer or the keyboard focus, or NULL when none has
   *
   * The trigger point the user is reading about changed.
   */
  signals[FOCUS_TRIGGER_POINT] = g_signal_new ("focus-trigger-point", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_POINTER);
}

static void
bm_trigger_point_section_init (BmTriggerPointSection *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Trigger Points"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Press slowly into each spot. Say whether it brings back the pain you marked."));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->box);
}
