/* bm-muscle-sections.c: the sections of the muscle page that show the
 * atlas only: about the muscle, its stretches and releases, heat, what
 * keeps it going, and the sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-muscle-sections.h"
#include "bm-technique-card.h"

/* Each of these is a titled group around one box of content. */
#define DEFINE_SECTION(Name, name)                                                    \
  struct _##Name { AdwPreferencesGroup parent_instance; GtkWidget *box; };            \
  static void name##_muscle_set (BmMuscleSection *, const BmMuscle *,                 \
                                 BmCandidateSide, BmSession *);                       \
  static void name##_section_init (BmMuscleSectionInterface *iface)                   \
  { iface->muscle_set = name##_muscle_set; }                                          \
  G_DEFINE_FINAL_TYPE_WITH_CODE (Name, name, ADW_TYPE_PREFERENCES_GROUP,              \
    G_IMPLEMENT_INTERFACE (BM_TYPE_MUSCLE_SECTION, name##_section_init))               \
  static void name##_class_init (Name##Class *klass) { }

DEFINE_SECTION (BmMuscleAbout, bm_muscle_about)
DEFINE_SECTION (BmMuscleHeat, bm_muscle_heat)
DEFINE_SECTION (BmMuscleFactors, bm_muscle_factors)
DEFINE_SECTION (BmMuscleSources, bm_muscle_sources)

static GtkWidget *
group_box (gpointer    group,
           const char *title,
           int         spacing)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), box);
  return box;
}

/* A card with padding, appended to @parent; returns the box to fill. */
GtkWidget *
bm_muscle_card_append (GtkWidget *parent)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 14);
  gtk_widget_set_margin_start (content, 14);
  gtk_widget_set_margin_end (content, 14);
  gtk_box_append (GTK_BOX (card), content);
  gtk_box_append (GTK_BOX (parent), card);
  return content;
}

/* ---- About ---- */

/* A small dim heading over a paragraph. */
static GtkWidget *
paragraph (const char *heading,
           const char *text)
{
  GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_box_append (GTK_BOX (pair), bm_muscle_section_label (heading, "caption-heading dim-label"));
  gtk_box_append (GTK_BOX (pair), bm_muscle_section_label (text, NULL));
  return pair;
}

static void
bm_muscle_about_muscle_set (BmMuscleSection *section,
                            const BmMuscle  *muscle,
                            BmCandidateSide  side,
                            BmSession       *session)
{
  BmMuscleAbout *self = BM_MUSCLE_ABOUT (section);

  bm_muscle_section_clear (self->box);
  gtk_box_append (GTK_BOX (self->box), paragraph (_("Where it is"), muscle->location));
  gtk_box_append (GTK_BOX (self->box), paragraph (_("What it does"), muscle->action));
}

static void
bm_muscle_about_init (BmMuscleAbout *self)
{
  self->box = group_box (self, _("About This Muscle"), 12);
}

/* ---- Heat ---- */

static void
bm_muscle_heat_muscle_set (BmMuscleSection *section,
                           const BmMuscle  *muscle,
                           BmCandidateSide  side,
                           BmSession       *session)
{
  BmMuscleHeat *self = BM_MUSCLE_HEAT (section);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (self->box)), muscle->heat);
  gtk_widget_set_visible (GTK_WIDGET (self), muscle->heat != NULL);
}

/* A card: a sun, and the label muscle_set() fills. */
static void
bm_muscle_heat_init (BmMuscleHeat *self)
{
  /* Decoration: screen readers would call it "GtkImage". */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "weather-clear-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *label = bm_muscle_section_label (NULL, NULL);

  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 14);
  gtk_widget_set_margin_start (icon, 14);
  gtk_widget_add_css_class (icon, "warning");
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_width_chars (GTK_LABEL (label), 10);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_top (label, 12);
  gtk_widget_set_margin_bottom (label, 12);
  gtk_widget_set_margin_end (label, 14);
  gtk_box_append (GTK_BOX (self->box), icon);
  gtk_box_append (GTK_BOX (self->box), label);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Heat"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->box);
}

/* ---- What keeps it going ---- */

static GtkWidget *
factor_row (const BmFactor *factor)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), bm_muscle_section_label (factor->factor, "heading"));
  gtk_box_append (GTK_BOX (box), bm_muscle_section_label (factor->fix, NULL));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
bm_muscle_factors_muscle_set (BmMuscleSection *section,
                              const BmMuscle  *muscle,
                              BmCandidateSide  side,
                              BmSession       *session)
{
  BmMuscleFactors *self = BM_MUSCLE_FACTORS (section);

  bm_muscle_section_clear (self->box);
  for (guint i = 0; muscle->factors != NULL && i < muscle->factors->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->box), factor_row (g_ptr_array_index (muscle->factors, i)));
  gtk_widget_set_visible (GTK_WIDGET (self), muscle->factors != NULL && muscle->factors->len > 0);
}

static void
bm_muscle_factors_init (BmMuscleFactors *self)
{
  self->box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->box, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What keeps it going"), -1);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("What Keeps It Going"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->box);
}

/* ---- Sources ---- */

static void
bm_muscle_sources_muscle_set (BmMuscleSection *section,
                              const BmMuscle  *muscle,
                              BmCandidateSide  side,
                              BmSession       *session)
{
  BmMuscleSources *self = BM_MUSCLE_SOURCES (section);

  bm_muscle_section_clear (self->box);
  for (guint i = 0; muscle->sources != NULL && i < muscle->sources->len; i++)
    {
      const BmCitation *citation = g_ptr_array_index (muscle->sources, i);
      const char *full = bm_atlas_get_citation (bm_session_get_atlas (session), citation->source);
      g_autofree char *text = g_strdup_printf (_("%s. In: %s"), citation->chapter,
                                               full != NULL ? full : citation->source);

      gtk_box_append (GTK_BOX (self->box), bm_muscle_section_label (text, "caption dim-label"));
    }
  gtk_widget_set_visible (GTK_WIDGET (self), muscle->sources != NULL && muscle->sources->len > 0);
}

static void
bm_muscle_sources_init (BmMuscleSources *self)
{
  self->box = group_box (self, _("Sources"), 6);
}

/* ---- Stretches and releases ---- */

struct _BmTechniqueSection
{
  AdwPreferencesGroup parent_instance;

  GtkWidget          *box;
  BmTechniqueKind     kind;
};

static void bm_technique_section_section_init (BmMuscleSectionInterface *iface);

G_DEFINE_ENUM_TYPE (BmTechniqueKind, bm_technique_kind,
                    G_DEFINE_ENUM_VALUE (BM_TECHNIQUE_STRETCHES, "stretches"),
                    G_DEFINE_ENUM_VALUE (BM_TECHNIQUE_RELEASES, "releases"))

G_DEFINE_FINAL_TYPE_WITH_CODE (BmTechniqueSection, bm_technique_section, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (BM_TYPE_MUSCLE_SECTION, bm_technique_section_section_init))

enum { PROP_0, PROP_KIND, N_PROPS };

static void
bm_technique_section_muscle_set (BmMuscleSection *section,
                                 const BmMuscle  *muscle,
                                 BmCandidateSide  side,
                                 BmSession       *session)
{
  BmTechniqueSection *self = BM_TECHNIQUE_SECTION (section);
  GPtrArray *techniques = self->kind == BM_TECHNIQUE_RELEASES ? muscle->releases : muscle->stretches;

  bm_muscle_section_clear (self->box);
  for (guint i = 0; techniques != NULL && i < techniques->len; i++)
    gtk_box_append (GTK_BOX (self->box), bm_technique_card_new (muscle, g_ptr_array_index (techniques, i),
                                                                session != NULL ? bm_session_get_atlas (session) : NULL));
  gtk_widget_set_visible (GTK_WIDGET (self), techniques != NULL && techniques->len > 0);
}

static void
bm_technique_section_section_init (BmMuscleSectionInterface *iface)
{
  iface->muscle_set = bm_technique_section_muscle_set;
}

static void
bm_technique_section_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BmTechniqueSection *self = BM_TECHNIQUE_SECTION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self),
                                       self->kind == BM_TECHNIQUE_RELEASES ? _("Releases") : _("Stretches"));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_technique_section_class_init (BmTechniqueSectionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->set_property = bm_technique_section_set_property;
  /**
   * BmTechniqueSection:kind:
   *
   * Whether the section shows the muscle's stretches or its releases.
   */
  g_object_class_install_property (object_class, PROP_KIND,
    g_param_spec_enum ("kind", NULL, NULL, bm_technique_kind_get_type (), BM_TECHNIQUE_STRETCHES,
                       G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
}

static void
bm_technique_section_init (BmTechniqueSection *self)
{
  self->box = group_box (self, _("Stretches"), 12);
}
