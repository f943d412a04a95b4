/* bm-muscle-header.c: the top of the muscle page: its name, group and
 * side, other names, and the "Add to My Sheet" button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-muscle-sections.h"

struct _BmMuscleHeader
{
  GtkWidget         parent_instance;

  /* Template widgets */
  GtkLabel         *name_label;
  GtkLabel         *subtitle_label;
  GtkLabel         *aliases_label;
  GtkToggleButton  *sheet_button;
  AdwButtonContent *sheet_content;

  BmSession        *session;      /* unowned: the page holds it */
  const BmMuscle   *muscle;
  guint             updating : 1;
};

static void bm_muscle_header_section_init (BmMuscleSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BmMuscleHeader, bm_muscle_header, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (BM_TYPE_MUSCLE_SECTION, bm_muscle_header_section_init))

static void
sync_sheet (BmMuscleHeader *self)
{
  gboolean on = bm_session_get_on_sheet (self->session, self->muscle->id);
  g_autofree char *accessible = on ? g_strdup_printf (_("%s is on my sheet"), self->muscle->name)
                                   : g_strdup_printf (_("Add %s to my sheet"), self->muscle->name);

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->sheet_button, on);
  self->updating = FALSE;
  adw_button_content_set_label (self->sheet_content, on ? _("On My Sheet") : _("Add to My Sheet"));
  adw_button_content_set_icon_name (self->sheet_content, on ? "object-select-symbolic" : "list-add-symbolic");
  if (on)
    gtk_widget_remove_css_class (GTK_WIDGET (self->sheet_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->sheet_button), "suggested-action");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sheet_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  /* Its name says it all: without the button content's label as well. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->sheet_button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

/* A label with text, or none: screen readers call an empty one "GtkLabel". */
static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  gtk_label_set_text (label, text);
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

static void
sheet_toggled_cb (BmMuscleHeader *self)
{
  if (self->updating || self->muscle == NULL)
    return;
  bm_session_set_on_sheet (self->session, self->muscle->id, gtk_toggle_button_get_active (self->sheet_button));
  sync_sheet (self);
}

static void
bm_muscle_header_muscle_set (BmMuscleSection *section,
                             const BmMuscle  *muscle,
                             BmCandidateSide  side,
                             BmSession       *session)
{
  BmMuscleHeader *self = BM_MUSCLE_HEADER (section);
  const char *group = bm_atlas_get_group_label (bm_session_get_atlas (session), muscle->group);
  const char *side_name = side == BM_SIDE_OF_LEFT ? _("Left side") : side == BM_SIDE_OF_RIGHT ? _("Right side") : NULL;
  g_autofree char *subtitle = side_name != NULL ? g_strdup_printf ("%s · %s", group, side_name) : g_strdup (group);
  g_autofree char *aliases = NULL;

  self->session = session;
  self->muscle = muscle;
  if (muscle->aliases != NULL && muscle->aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", muscle->aliases);
      aliases = g_strdup_printf (_("Also called %s"), joined);
    }
  set_label_text (self->name_label, muscle->name);
  set_label_text (self->subtitle_label, subtitle);
  set_label_text (self->aliases_label, aliases);
  sync_sheet (self);
}

static void
bm_muscle_header_session_changed (BmMuscleSection *section)
{
  sync_sheet (BM_MUSCLE_HEADER (section));
}

static void
bm_muscle_header_section_init (BmMuscleSectionInterface *iface)
{
  iface->muscle_set = bm_muscle_header_muscle_set;
  iface->session_changed = bm_muscle_header_session_changed;
}

/* The focus goes to the sheet button, the first control of the page. */
static gboolean
bm_muscle_header_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (BM_MUSCLE_HEADER (widget)->sheet_button));
}

/* Rooted, the button content names the button again (its label's mnemonic
 * widget is the button): once is enough. */
static void
bm_muscle_header_root (GtkWidget *widget)
{
  BmMuscleHeader *self = BM_MUSCLE_HEADER (widget);

  GTK_WIDGET_CLASS (bm_muscle_header_parent_class)->root (widget);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->sheet_button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static void
bm_muscle_header_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), BM_TYPE_MUSCLE_HEADER);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (bm_muscle_header_parent_class)->dispose (object);
}

static void
bm_muscle_header_class_init (BmMuscleHeaderClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = bm_muscle_header_dispose;
  widget_class->grab_focus = bm_muscle_header_grab_focus;
  widget_class->root = bm_muscle_header_root;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A group, not a "BmMuscleHeader" filler; its labels say what it is. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-muscle-header.ui");
  gtk_widget_class_bind_template_child (widget_class, BmMuscleHeader, name_label);
  gtk_widget_class_bind_template_child (widget_class, BmMuscleHeader, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BmMuscleHeader, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, BmMuscleHeader, sheet_button);
  gtk_widget_class_bind_template_child (widget_class, BmMuscleHeader, sheet_content);
  gtk_widget_class_bind_template_callback (widget_class, sheet_toggled_cb);
}

static void
bm_muscle_header_init (BmMuscleHeader *self)
{
  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  gtk_widget_init_template (GTK_WIDGET (self));
}
