/* bm-muscle-page.c: everything about one muscle, and what to do about it
 *
 * The page is a column of sections (bm-muscle-sections.h), each a
 * BmMuscleSection. Showing a muscle hands it to every section; when the
 * session changes (marks, answers, sheet picks) the sections that depend
 * on it refresh themselves, so the scroll position stays where it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-muscle-nerves.h"
#include "bm-muscle-page.h"
#include "bm-muscle-sections.h"
#include "core/bm-disclaimer.h"

struct _BmMusclePage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *scroller;
  GtkWidget         *sections;
  GtkWidget         *header;
  GtkWidget         *disclaimer_label;

  /* Owned */
  BmSession         *session;
  char              *muscle;

  BmCandidateSide    side;
  gulong             changed_id;
};

G_DEFINE_FINAL_TYPE (BmMusclePage, bm_muscle_page, GTK_TYPE_WIDGET)

enum { OPEN_MUSCLE, FOCUS_TRIGGER_POINT, N_SIGNALS };
static guint signals[N_SIGNALS];

#define FOR_EACH_SECTION(self, section)                                                      \
  for (GtkWidget *section = gtk_widget_get_first_child ((self)->sections); section != NULL; \
       section = gtk_widget_get_next_sibling (section))                                      \
    if (BM_IS_MUSCLE_SECTION (section))

static void
open_muscle_cb (BmMusclePage *self,
                const char   *muscle)
{
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, muscle);
}

static void
focus_trigger_point_cb (BmMusclePage         *self,
                        const BmTriggerPoint *tp)
{
  g_signal_emit (self, signals[FOCUS_TRIGGER_POINT], 0, tp);
}

static void
session_changed_cb (BmMusclePage *self)
{
  if (self->muscle == NULL)
    return;
  FOR_EACH_SECTION (self, section)
    bm_muscle_section_session_changed (BM_MUSCLE_SECTION (section));
}

static void
build_page (BmMusclePage   *self,
            const BmMuscle *muscle)
{
  FOR_EACH_SECTION (self, section)
    bm_muscle_section_muscle_set (BM_MUSCLE_SECTION (section), muscle, self->side, self->session);
}

/* ---- GObject ---- */

static void
bm_muscle_page_dispose (GObject *object)
{
  BmMusclePage *self = BM_MUSCLE_PAGE (object);
  GtkWidget *child;

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  gtk_widget_dispose_template (GTK_WIDGET (self), BM_TYPE_MUSCLE_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_pointer (&self->muscle, g_free);

  G_OBJECT_CLASS (bm_muscle_page_parent_class)->dispose (object);
}

static void
bm_muscle_page_class_init (BmMusclePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_muscle_page_dispose;

  /**
   * BmMusclePage::open-muscle:
   * @muscle: the id of the muscle to show
   *
   * A key muscle, satellite or related muscle link was clicked.
   */
  signals[OPEN_MUSCLE] = g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * BmMusclePage::focus-trigger-point:
   * @trigger_point: (nullable): the BmTriggerPoint whose card has the
   *   pointer or the keyboard focus, or NULL when none has
   *
   * The trigger point the user is reading about changed.
   */
  signals[FOCUS_TRIGGER_POINT] = g_signal_new ("focus-trigger-point", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "musclepage");
  /* A group, not a "BmMusclePage" filler, for screen readers. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-muscle-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, sections);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, header);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, disclaimer_label);
  gtk_widget_class_bind_template_callback (widget_class, open_muscle_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_trigger_point_cb);
}

static void
bm_muscle_page_init (BmMusclePage *self)
{
  g_autofree char *notice = g_strdup_printf ("%s.", bm_disclaimer_get ()->title);

  g_type_ensure (BM_TYPE_MUSCLE_HEADER);
  g_type_ensure (BM_TYPE_MUSCLE_WHY);
  g_type_ensure (BM_TYPE_MUSCLE_ABOUT);
  g_type_ensure (BM_TYPE_TRIGGER_POINT_SECTION);
  g_type_ensure (BM_TYPE_MUSCLE_NERVES);
  g_type_ensure (BM_TYPE_MUSCLE_RELATED);
  g_type_ensure (BM_TYPE_TECHNIQUE_SECTION);
  g_type_ensure (BM_TYPE_MUSCLE_HEAT);
  g_type_ensure (BM_TYPE_MUSCLE_FACTORS);
  g_type_ensure (BM_TYPE_MUSCLE_SOURCES);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_label_set_text (GTK_LABEL (self->disclaimer_label), notice);
  self->side = BM_SIDE_OF_EITHER;
}

GtkWidget *
bm_muscle_page_new (void)
{
  return g_object_new (BM_TYPE_MUSCLE_PAGE, NULL);
}

void
bm_muscle_page_set_session (BmMusclePage *self,
                            BmSession    *session)
{
  g_return_if_fail (BM_IS_MUSCLE_PAGE (self));
  g_return_if_fail (session == NULL || BM_IS_SESSION (session));

  if (self->session == session)
    return;
  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_set_object (&self->session, session);
  if (session != NULL)
    self->changed_id = g_signal_connect_swapped (session, "changed", G_CALLBACK (session_changed_cb), self);
  if (session != NULL && self->muscle != NULL)
    {
      g_autofree char *muscle = g_steal_pointer (&self->muscle);
      bm_muscle_page_show (self, muscle, self->side);
    }
}

/* Shows @muscle (an atlas id) for @side. Showing the page's own muscle
 * and side again only refreshes it, keeping the scroll position. */
void
bm_muscle_page_show (BmMusclePage    *self,
                     const char      *muscle,
                     BmCandidateSide  side)
{
  const BmMuscle *record;
  GtkAdjustment *adjustment;
  gboolean had_focus;

  g_return_if_fail (BM_IS_MUSCLE_PAGE (self));
  g_return_if_fail (muscle != NULL);

  if (self->session == NULL)
    {
      /* Built once the session arrives. */
      g_free (self->muscle);
      self->muscle = g_strdup (muscle);
      self->side = side;
      return;
    }
  record = bm_atlas_lookup (bm_session_get_atlas (self->session), muscle);
  g_return_if_fail (record != NULL);
  if (g_strcmp0 (self->muscle, muscle) == 0 && self->side == side)
    {
      session_changed_cb (self);
      return;
    }
  g_free (self->muscle);
  self->muscle = g_strdup (muscle);
  self->side = side;
  had_focus = gtk_widget_get_focus_child (self->scroller) != NULL;
  build_page (self, record);
  /* A clicked link is gone now: keep the focus in the page, at its top. */
  if (had_focus)
    gtk_widget_grab_focus (self->header);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

const char *
bm_muscle_page_get_muscle (BmMusclePage *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_PAGE (self), NULL);
  return self->muscle;
}
