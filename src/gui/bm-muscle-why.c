/* bm-muscle-why.c: the sections of the muscle page that link to other
 * muscles: why it was suggested (BmMuscleWhy) and its related muscles
 * (BmMuscleRelated). Both emit "open-muscle" when a link is clicked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-muscle-sections.h"

struct _BmMuscleWhy
{
  AdwPreferencesGroup parent_instance;

  GtkWidget          *box;
  BmSession          *session;    /* unowned: the page holds it */
  const BmMuscle     *muscle;
  BmCandidateSide     side;
};

struct _BmMuscleRelated
{
  AdwPreferencesGroup parent_instance;

  GtkWidget          *box;
};

static void bm_muscle_why_section_init     (BmMuscleSectionInterface *iface);
static void bm_muscle_related_section_init (BmMuscleSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BmMuscleWhy, bm_muscle_why, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (BM_TYPE_MUSCLE_SECTION, bm_muscle_why_section_init))
G_DEFINE_FINAL_TYPE_WITH_CODE (BmMuscleRelated, bm_muscle_related, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (BM_TYPE_MUSCLE_SECTION, bm_muscle_related_section_init))

/* ---- Links ---- */

/* Both sections emit "open-muscle" from their "section.open-muscle" action,
 * which their links activate with the muscle's id. */
static void
open_muscle_action (GtkWidget  *section,
                    const char *action_name,
                    GVariant   *param)
{
  g_signal_emit_by_name (section, "open-muscle", g_variant_get_string (param, NULL));
}

static void
add_open_muscle_signal (gpointer klass)
{
  /**
   * BmMuscleWhy::open-muscle:
   * BmMuscleRelated::open-muscle:
   * @muscle: the id of the muscle to show
   *
   * A link to another muscle was clicked.
   */
  g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "section.open-muscle", "s", open_muscle_action);
}

/* A button that opens @muscle; @role says how it relates, for screen readers. */
static GtkWidget *
link_button (const BmMuscle *muscle,
             const char     *role)
{
  GtkWidget *button = gtk_button_new_with_label (muscle->name);
  g_autofree char *accessible = g_strdup_printf (_("Open %s, %s"), muscle->name, role);

  gtk_widget_add_css_class (button, "link");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
  /* Not labelled by its text as well: GTK 4.8 would read both. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", muscle->id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "section.open-muscle");
  return button;
}

static GtkWidget *
vbox (int spacing)
{
  return gtk_box_new (GTK_ORIENTATION_VERTICAL, spacing);
}

/* ---- Why it was suggested ---- */

static const char *
zone_words (const BmExplained *explained,
            char             **owned)
{
  switch (explained->zone)
    {
    case BM_ZONE_ESSENTIAL:
      return _("Main referral zone");
    case BM_ZONE_SPILLOVER:
      return _("Spillover zone");
    case BM_ZONE_NERVE:
      /* Translators: %s is a nerve from the atlas, "sciatic nerve". */
      *owned = g_strdup_printf (_("Served by the %s, which it can press on"), explained->entrapment->nerve);
      return *owned;
    case BM_ZONE_SITE:
      /* Translators: %s is a nerve from the atlas, "sciatic nerve". */
      *owned = g_strdup_printf (_("Where it can press on the %s"), explained->entrapment->nerve);
      return *owned;
    case BM_ZONE_CHAIN:
    default:
      *owned = g_strdup_printf (_("Pain through %s"), explained->chain->through);
      return *owned;
    }
}

static GtkWidget *
region_row (const char *title,
            const char *subtitle,
            gboolean    explained)
{
  GtkWidget *row = adw_action_row_new ();
  /* The subtitle says whether the muscle explains the area; the icon
   * repeats it for the eye only. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "icon-name", explained ? "object-select-symbolic" : "action-unavailable-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  g_autofree char *accessible = g_strdup_printf ("%s: %s", title, subtitle);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, explained ? "success" : "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  /* GTK 4.8 would read the title it is labelled by after this label. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
  return row;
}

static GtkWidget *
explained_list (BmMuscleWhy       *self,
                const BmCandidate *cand)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (bm_session_get_atlas (self->session));
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Marked areas"), -1);
  for (guint i = 0; i < cand->explains->len; i++)
    {
      const BmExplained *e = &g_array_index (cand->explains, BmExplained, i);
      g_autofree char *owned = NULL;
      const char *zone = zone_words (e, &owned);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           region_row (bm_region_catalog_get_region (catalog, e->region)->label, zone, TRUE));
    }
  for (guint i = 0; i < cand->unexplained->len; i++)
    {
      guint region = g_array_index (cand->unexplained, guint, i);

      gtk_list_box_append (GTK_LIST_BOX (list),
                           region_row (bm_region_catalog_get_region (catalog, region)->label,
                                       _("Not explained by this muscle"), FALSE));
    }
  return list;
}

static GtkWidget *
related_note (BmMuscleWhy       *self,
              const BmCandidate *cand)
{
  GtkWidget *note = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *link = link_button (cand->related_to, _("the muscle it keeps going"));
  GtkWidget *label = gtk_label_new (_("Listed as a key muscle of"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (note), label);
  gtk_widget_set_valign (link, GTK_ALIGN_BASELINE);
  gtk_box_append (GTK_BOX (note), link);
  return note;
}

static void
bm_muscle_why_session_changed (BmMuscleSection *section)
{
  BmMuscleWhy *self = BM_MUSCLE_WHY (section);
  const BmCandidate *cand = bm_ranking_lookup (bm_session_get_ranking (self->session), self->muscle->id, self->side);
  g_autofree char *reason = NULL;

  bm_muscle_section_clear (self->box);
  if (cand == NULL)
    {
      gboolean marked = bm_pain_map_get_n_marks (bm_session_get_pain_map (self->session)) > 0;

      gtk_box_append (GTK_BOX (self->box),
                      bm_muscle_section_label (marked ? _("It does not explain the areas you marked. You are browsing the atlas.")
                                                      : _("Mark the areas where you feel pain to see whether this muscle explains them."),
                                               "dim-label"));
      return;
    }
  reason = bm_candidate_describe (bm_session_get_atlas (self->session), cand);
  gtk_box_append (GTK_BOX (self->box), bm_muscle_section_label (reason, NULL));
  if (cand->related_to != NULL)
    gtk_box_append (GTK_BOX (self->box), related_note (self, cand));
  if (cand->explains->len + cand->unexplained->len > 0)
    gtk_box_append (GTK_BOX (self->box), explained_list (self, cand));
}

static void
bm_muscle_why_muscle_set (BmMuscleSection *section,
                          const BmMuscle  *muscle,
                          BmCandidateSide  side,
                          BmSession       *session)
{
  BmMuscleWhy *self = BM_MUSCLE_WHY (section);

  self->session = session;
  self->muscle = muscle;
  self->side = side;
  bm_muscle_why_session_changed (section);
}

static void
bm_muscle_why_section_init (BmMuscleSectionInterface *iface)
{
  iface->muscle_set = bm_muscle_why_muscle_set;
  iface->session_changed = bm_muscle_why_session_changed;
}

static void
bm_muscle_why_class_init (BmMuscleWhyClass *klass)
{
  add_open_muscle_signal (klass);
}

static void
bm_muscle_why_init (BmMuscleWhy *self)
{
  self->box = vbox (12);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Why It Was Suggested"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->box);
}

/* ---- Related muscles ---- */

static void
append_links (BmMuscleRelated *self,
              GPtrArray       *muscles,
              const char      *heading,
              const char      *note,
              const char      *role)
{
  GtkWidget *card;
  GtkWidget *flow;
  GtkWidget *title;

  if (muscles == NULL || muscles->len == 0)
    return;
  card = bm_muscle_card_append (self->box);
  flow = gtk_flow_box_new ();
  title = bm_muscle_section_label (heading, "heading");
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 6);
  /* Screen readers hear the list as its heading ("Key Muscles"), each entry as its muscle. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), bm_muscle_section_label (note, "caption dim-label"));
  for (guint i = 0; i < muscles->len; i++)
    {
      GtkWidget *button = link_button (g_ptr_array_index (muscles, i), role);
      GtkWidget *child;

      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
      child = gtk_widget_get_last_child (flow);
      /* The button takes the focus, not its flow box child. */
      gtk_widget_set_focusable (child, FALSE);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      gtk_button_get_child (GTK_BUTTON (button)), NULL, -1);
    }
  gtk_box_append (GTK_BOX (card), flow);
}

/* A referral chain is a path the pain takes; a related chain is context,
 * never worded as a cause of pain. */
static void
append_chain (BmMuscleRelated *self,
              const BmChain   *chain)
{
  GtkWidget *card = bm_muscle_card_append (self->box);
  g_autofree char *heading = NULL;
  g_autofree char *through = NULL;

  if (chain->kind == BM_CHAIN_REFERRAL)
    heading = g_strdup_printf (_("Pain through %s"), chain->through);
  else
    {
      heading = g_strdup_printf (_("Related: %s"), chain->via);
      through = g_strdup_printf (_("Involves %s"), chain->through);
    }
  gtk_box_append (GTK_BOX (card), bm_muscle_section_label (heading, "heading"));
  if (through != NULL)
    gtk_box_append (GTK_BOX (card), bm_muscle_section_label (through, "caption dim-label"));
  gtk_box_append (GTK_BOX (card), bm_muscle_section_label (chain->explanation, NULL));
}

static void
bm_muscle_related_muscle_set (BmMuscleSection *section,
                              const BmMuscle  *muscle,
                              BmCandidateSide  side,
                              BmSession       *session)
{
  BmMuscleRelated *self = BM_MUSCLE_RELATED (section);

  bm_muscle_section_clear (self->box);
  append_links (self, muscle->all_key_muscles, _("Key Muscles"),
                _("Check these first: their trigger points can keep this one's going."), _("a key muscle"));
  append_links (self, muscle->all_satellites, _("Satellites"),
                _("This muscle's trigger points can set off trigger points in these."), _("a satellite muscle"));
  for (guint i = 0; i < muscle->chains->len; i++)
    append_chain (self, g_ptr_array_index (muscle->chains, i));
  gtk_widget_set_visible (GTK_WIDGET (self), gtk_widget_get_first_child (self->box) != NULL);
}

static void
bm_muscle_related_section_init (BmMuscleSectionInterface *iface)
{
  iface->muscle_set = bm_muscle_related_muscle_set;
}

static void
bm_muscle_related_class_init (BmMuscleRelatedClass *klass)
{
  add_open_muscle_signal (klass);
}

static void
bm_muscle_related_init (BmMuscleRelated *self)
{
  self->box = vbox (12);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Related Muscles"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->box);
}
