/* bm-technique-card.c: one stretch or release on the muscle page
 *
 * Its title and tool, the numbered steps, the dose, what it should feel
 * like, and its cautions; between the title and the steps, the picture of
 * its pose when it has one, drawn by the core renderer in the light or
 * dark style. "Done Today" ticks it in the journal's exercise log: one
 * click, and it shows the log's state whenever the card shows or the log
 * changes (from the Journal page or the command line).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "core/bm-illustration.h"
#include "bm-application.h"
#include "bm-muscle-section.h"
#include "bm-technique-card.h"
#include "bm-window-private.h"

struct _BmTechniqueCard
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkLabel  *title_label;
  GtkLabel  *tool_label;
  GtkGrid   *steps_grid;
  GtkWidget *dose_box;
  GtkLabel  *dose_label;
  GtkWidget *feel_box;
  GtkLabel  *feel_label;
  GtkWidget *cautions_box;
  GtkWidget *illustration;
  GtkToggleButton *done_button;

  BmAtlas   *atlas;       /* owns the muscle and the technique */
  BmJournal *journal;     /* the application's, once shown */
  char      *technique_key;  /* in the exercise log; NULL: no button */
  gboolean   syncing;     /* the button follows the log, not the user */
  const BmMuscle    *muscle;
  const BmTechnique *technique;
};

/* Tall enough to read the position at a glance. */
#define ILLUSTRATION_HEIGHT 200

G_DEFINE_FINAL_TYPE (BmTechniqueCard, bm_technique_card, GTK_TYPE_WIDGET)

/* "Hold 30 seconds · 3 times · twice a day": only the parts given. */
static char *
dose_text (const BmTechnique *tech)
{
  GString *s = g_string_new (NULL);
  const char *parts[] = { tech->repetitions, tech->pace, tech->frequency };

  if (tech->hold != NULL)
    g_string_append_printf (s, _("Hold %s"), tech->hold);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    if (parts[i] != NULL)
      g_string_append_printf (s, "%s%s", s->len > 0 ? " · " : "", parts[i]);
  if (s->len > 0)
    s->str[0] = g_ascii_toupper (s->str[0]);
  return g_string_free (s, FALSE);
}

static void
fill_steps (BmTechniqueCard   *self,
            const BmTechnique *tech)
{
  for (guint i = 0; tech->steps != NULL && tech->steps[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u.", i + 1);
      GtkWidget *num = gtk_label_new (number);
      GtkWidget *step = bm_muscle_section_label (tech->steps[i], NULL);

      gtk_widget_add_css_class (num, "dim-label");
      gtk_widget_add_css_class (num, "numeric");
      gtk_label_set_xalign (GTK_LABEL (num), 1);
      gtk_widget_set_valign (num, GTK_ALIGN_START);
      gtk_widget_set_hexpand (step, TRUE);
      gtk_grid_attach (self->steps_grid, num, 0, (int) i, 1, 1);
      gtk_grid_attach (self->steps_grid, step, 1, (int) i, 1, 1);
    }
}

static GtkWidget *
caution_row (const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  /* Not read: the label says "Caution". */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "dialog-warning-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *label = bm_muscle_section_label (text, "warning");
  g_autofree char *accessible = g_strdup_printf (_("Caution: %s"), text);

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 1);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  return box;
}

static void
draw_illustration (GtkDrawingArea *area G_GNUC_UNUSED,
                   cairo_t        *cr,
                   int             width,
                   int             height,
                   gpointer        data)
{
  BmTechniqueCard *self = data;
  BmPoseStyle style;

  bm_pose_get_default_style (&style, adw_style_manager_get_dark (adw_style_manager_get_default ()));
  bm_illustration_paint (self->atlas, self->muscle, self->technique, cr, width, height, &style);
}

/* Shows the technique's pose, redrawn when the style turns light or dark. */
static void
set_illustration (BmTechniqueCard   *self,
                  const BmMuscle    *muscle,
                  const BmTechnique *technique,
                  BmAtlas           *atlas)
{
  g_autofree char *description = NULL;

  if (atlas == NULL || muscle == NULL || bm_illustration_get_n_panels (technique) == 0)
    return;
  self->atlas = g_object_ref (atlas);
  self->muscle = muscle;
  self->technique = technique;
  description = bm_illustration_describe (atlas, muscle, technique);
  /* As wide as the card; a picture in two panels is lower, to keep its figures as large. */
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->illustration),
                                       bm_illustration_get_n_panels (technique) == 2 ? ILLUSTRATION_HEIGHT * 4 / 5
                                                                                      : ILLUSTRATION_HEIGHT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->illustration), draw_illustration, self, NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self->illustration, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->illustration),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_set_tooltip_text (self->illustration, technique->title);
  gtk_widget_set_visible (self->illustration, TRUE);
}

/* ---- Done today ------------------------------------------------------- */

static void
sync_done (BmTechniqueCard *self)
{
  gboolean done = self->journal != NULL &&
                  bm_journal_is_done (self->journal, self->technique_key, bm_journal_today ());

  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->done_button, done);
  self->syncing = FALSE;
}

/* The application's journal, opened on first need; NULL and @error when
 * it cannot be opened now. */
static BmJournal *
ensure_journal (BmTechniqueCard  *self,
                GError          **error)
{
  GApplication *app = g_application_get_default ();
  BmJournal *journal;

  if (self->journal != NULL)
    return self->journal;
  if (app == NULL || !BM_IS_APPLICATION (app))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no journal here."));
      return NULL;
    }
  if ((journal = bm_application_get_journal (BM_APPLICATION (app), error)) == NULL)
    return NULL;
  self->journal = g_object_ref (journal);
  g_signal_connect_object (journal, "exercise-changed", G_CALLBACK (sync_done), self, G_CONNECT_SWAPPED);
  return journal;
}

static void
report (BmTechniqueCard *self,
        const char      *title,
        const char      *details)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (root != NULL && BM_IS_WINDOW (root))
    bm_window_report (BM_WINDOW (root), title, details);
  else
    g_warning ("%s: %s", title, details);
}

static void
done_toggled_cb (BmTechniqueCard *self)
{
  gboolean done = gtk_toggle_button_get_active (self->done_button);
  g_autoptr(GError) error = NULL;
  BmJournal *journal;

  if (self->syncing || self->technique_key == NULL)
    return;
  if ((journal = ensure_journal (self, &error)) == NULL ||
      !bm_journal_set_done (journal, self->technique_key, bm_journal_today (), done, &error))
    {
      report (self, done ? _("The technique could not be ticked as done")
                         : _("The technique’s tick could not be removed"), error->message);
      sync_done (self);
    }
}

/* The log may have changed while the card was hidden. */
static void
bm_technique_card_map (GtkWidget *widget)
{
  BmTechniqueCard *self = BM_TECHNIQUE_CARD (widget);

  GTK_WIDGET_CLASS (bm_technique_card_parent_class)->map (widget);
  if (self->technique_key != NULL)
    {
      ensure_journal (self, NULL);
      sync_done (self);
    }
}

/* Sets up "Done Today" for @technique of @muscle. */
static void
set_done_button (BmTechniqueCard   *self,
                 const BmMuscle    *muscle,
                 const BmTechnique *technique)
{
  g_autofree char *label = NULL;

  if (muscle == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->done_button), FALSE);
      return;
    }
  self->technique_key = bm_technique_key (muscle, technique);
  /* TRANSLATORS: the accessible name of the toggle on a technique card,
   * e.g. "Done today: Doorway stretch" */
  label = g_strdup_printf (_("Done today: %s"), technique->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->done_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
bm_technique_card_finalize (GObject *object)
{
  BmTechniqueCard *self = BM_TECHNIQUE_CARD (object);

  g_clear_object (&self->journal);
  g_free (self->technique_key);
  g_clear_object (&self->atlas);
  G_OBJECT_CLASS (bm_technique_card_parent_class)->finalize (object);
}

static void
bm_technique_card_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_TECHNIQUE_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (bm_technique_card_parent_class)->dispose (object);
}

static void
bm_technique_card_class_init (BmTechniqueCardClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bm_technique_card_dispose;
  G_OBJECT_CLASS (klass)->finalize = bm_technique_card_finalize;
  widget_class->map = bm_technique_card_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A group named by its title, not a "BmTechniqueCard" filler. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-technique-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, tool_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, steps_grid);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, dose_box);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, dose_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, feel_box);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, feel_label);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, cautions_box);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, illustration);
  gtk_widget_class_bind_template_child (widget_class, BmTechniqueCard, done_button);
  gtk_widget_class_bind_template_callback (widget_class, done_toggled_cb);
}

static void
bm_technique_card_init (BmTechniqueCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* @atlas holds @muscle and its @technique; NULL draws no illustration. */
GtkWidget *
bm_technique_card_new (const BmMuscle    *muscle,
                       const BmTechnique *technique,
                       BmAtlas           *atlas)
{
  BmTechniqueCard *self = g_object_new (BM_TYPE_TECHNIQUE_CARD, NULL);
  g_autofree char *dose = dose_text (technique);

  gtk_label_set_text (self->title_label, technique->title);
  gtk_label_set_text (self->tool_label, bm_technique_tool_get_label (technique->tool));
  set_illustration (self, muscle, technique, atlas);
  set_done_button (self, muscle, technique);
  fill_steps (self, technique);
  gtk_label_set_text (self->dose_label, dose);
  gtk_widget_set_visible (self->dose_box, dose[0] != '\0');
  gtk_label_set_text (self->feel_label, technique->feel);
  gtk_widget_set_visible (self->feel_box, technique->feel != NULL);
  for (guint i = 0; technique->cautions != NULL && technique->cautions[i] != NULL; i++)
    gtk_box_append (GTK_BOX (self->cautions_box), caution_row (technique->cautions[i]));
  gtk_widget_set_visible (self->cautions_box, gtk_widget_get_first_child (self->cautions_box) != NULL);
  return GTK_WIDGET (self);
}
