/* bm-muscle-page.c: everything about one muscle, and what to do about it
 *
 * The page is built once per muscle from the atlas. When the session
 * changes (marks, answers, sheet picks) only the parts that depend on it
 * are refreshed: why it was suggested, the answer buttons, the "most likely"
 * badge and the sheet button, so the scroll position stays where it is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-muscle-page.h"
#include "bm-muscle-page-private.h"

/* The widgets of one trigger point that follow the session. */
typedef struct {
  const BmTriggerPoint *tp;
  GtkToggleButton      *yes;
  GtkToggleButton      *no;
  GtkWidget            *badge;
} TpRow;

struct _BmMusclePage
{
  GtkWidget          parent_instance;

  /* Template widgets */
  GtkWidget         *scroller;
  GtkLabel          *name_label;
  GtkLabel          *subtitle_label;
  GtkLabel          *aliases_label;
  GtkToggleButton   *sheet_button;
  AdwButtonContent  *sheet_content;
  GtkWidget         *why_box;
  GtkWidget         *about_box;
  GtkWidget         *tp_box;
  GtkWidget         *related_group;
  GtkWidget         *related_box;
  GtkWidget         *stretches_group;
  GtkWidget         *stretches_box;
  GtkWidget         *releases_group;
  GtkWidget         *releases_box;
  GtkWidget         *heat_group;
  GtkLabel          *heat_label;
  GtkWidget         *factors_group;
  GtkListBox        *factors_list;
  GtkWidget         *sources_group;
  GtkWidget         *sources_box;

  /* Owned */
  BmSession         *session;
  char              *muscle;
  GPtrArray         *tp_rows;     /* TpRow* */

  BmCandidateSide    side;
  gulong             changed_id;
  /* The trigger point whose card has the pointer, and the one whose card
   * has the keyboard focus; the map rings the first, else the second. */
  const BmTriggerPoint *hover_tp;
  const BmTriggerPoint *focus_tp;
  const BmTriggerPoint *shown_tp;
  guint              updating : 1;
};

G_DEFINE_FINAL_TYPE (BmMusclePage, bm_muscle_page, GTK_TYPE_WIDGET)

enum { OPEN_MUSCLE, FOCUS_TRIGGER_POINT, N_SIGNALS };
static guint signals[N_SIGNALS];

/* ---- Data helpers ---- */

static BmAtlas *
atlas (BmMusclePage *self)
{
  return bm_session_get_atlas (self->session);
}

/* The candidate for the shown muscle and side in the current ranking. */
static const BmCandidate *
find_candidate (BmMusclePage *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  const BmCandidate *midline = NULL;

  for (guint i = 0; ranking != NULL && i < ranking->candidates->len; i++)
    {
      const BmCandidate *cand = g_ptr_array_index (ranking->candidates, i);

      if (!g_str_equal (cand->muscle->id, self->muscle))
        continue;
      if (self->side == BM_SIDE_OF_EITHER || cand->side == self->side)
        return cand;
      if (cand->side == BM_SIDE_OF_EITHER && midline == NULL)
        midline = cand;
    }
  return midline;
}

/* "knee-lateral" → "Outer knee": region ids in the atlas carry no side. */
static char *
region_label (BmMusclePage *self,
              const char   *id)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas (self));
  g_autofree char *left = g_strconcat (id, "-left", NULL);
  const BmRegion *region = bm_region_catalog_lookup (catalog, left);

  if (region == NULL)
    region = bm_region_catalog_lookup (catalog, id);
  if (region == NULL)
    return g_strdup (id);
  if (g_str_has_suffix (region->label, " (left)"))
    return g_strndup (region->label, strlen (region->label) - strlen (" (left)"));
  return g_strdup (region->label);
}

/* Region labels contain commas, so the list is joined with middots. */
static char *
region_list (BmMusclePage *self,
             char        **ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      g_autofree char *label = region_label (self, ids[i]);
      g_string_append_printf (s, "%s%s", i > 0 ? " · " : "", label);
    }
  return g_string_free (s, FALSE);
}

static const char *
zone_words (const BmExplained *explained,
            char             **owned)
{
  switch (explained->zone)
    {
    case BM_ZONE_ESSENTIAL:
      return "Main referral zone";
    case BM_ZONE_SPILLOVER:
      return "Spillover zone";
    case BM_ZONE_CHAIN:
    default:
      *owned = g_strdup_printf ("Linked via %s", explained->chain->via);
      return *owned;
    }
}

/* ---- Why it was suggested ---- */

static void
link_clicked_cb (GtkButton    *button,
                 BmMusclePage *self)
{
  const BmMuscle *muscle = g_object_get_data (G_OBJECT (button), "muscle");
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, muscle->id);
}

static GtkWidget *
link_button (BmMusclePage   *self,
             const BmMuscle *muscle,
             const char     *role)
{
  GtkWidget *button = gtk_button_new_with_label (muscle->name);
  g_autofree char *accessible = g_strdup_printf ("Open %s, %s", muscle->name, role);

  gtk_widget_add_css_class (button, "link");
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
  bm_mp_set_accessible_label (button, accessible);
  g_object_set_data (G_OBJECT (button), "muscle", (gpointer) muscle);
  g_signal_connect (button, "clicked", G_CALLBACK (link_clicked_cb), self);
  return button;
}

static GtkWidget *
region_row (const char *title,
            const char *subtitle,
            gboolean    explained)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (explained ? "object-select-symbolic"
                                                            : "action-unavailable-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (icon, explained ? "success" : "dim-label");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
explained_list (BmMusclePage      *self,
                const BmCandidate *cand)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas (self));
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  bm_mp_set_accessible_label (list, "Marked areas");
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
                                       "Not explained by this muscle", FALSE));
    }
  return list;
}

static void
update_why (BmMusclePage *self)
{
  const BmCandidate *cand = find_candidate (self);
  g_autofree char *reason = NULL;

  bm_mp_clear_box (self->why_box);
  if (cand == NULL)
    {
      gboolean marked = bm_pain_map_get_n_marks (bm_session_get_pain_map (self->session)) > 0;

      gtk_box_append (GTK_BOX (self->why_box),
                      bm_mp_text_label (marked ? "It does not explain the areas you marked. You are browsing the atlas."
                                         : "Mark the areas where you feel pain to see whether this muscle explains them.",
                                  "dim-label"));
      return;
    }
  reason = bm_candidate_describe (atlas (self), cand);
  gtk_box_append (GTK_BOX (self->why_box), bm_mp_text_label (reason, NULL));
  if (cand->related_to != NULL)
    {
      GtkWidget *note = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *link = link_button (self, cand->related_to, "the muscle it keeps going");
      GtkWidget *label = gtk_label_new ("Listed as a key muscle of");

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_valign (label, GTK_ALIGN_BASELINE);
      gtk_box_append (GTK_BOX (note), label);
      gtk_widget_set_valign (link, GTK_ALIGN_BASELINE);
      gtk_box_append (GTK_BOX (note), link);
      gtk_box_append (GTK_BOX (self->why_box), note);
    }
  if (cand->explains->len + cand->unexplained->len > 0)
    gtk_box_append (GTK_BOX (self->why_box), explained_list (self, cand));
}

/* ---- Answers and the sheet ---- */

static BmConfirm
get_answer (BmMusclePage         *self,
            const BmTriggerPoint *tp)
{
  BmConfirm left = bm_session_get_confirm (self->session, self->muscle, tp->id, BM_MUSCLE_LEFT);
  BmConfirm right = bm_session_get_confirm (self->session, self->muscle, tp->id, BM_MUSCLE_RIGHT);

  if (self->side == BM_SIDE_OF_LEFT)
    return left;
  if (self->side == BM_SIDE_OF_RIGHT)
    return right;
  return left != BM_CONFIRM_NONE ? left : right;
}

/* Either side fits when browsing or for midline areas: answer both. */
static void
set_answer (BmMusclePage         *self,
            const BmTriggerPoint *tp,
            BmConfirm             confirm)
{
  g_autofree char *muscle = g_strdup (self->muscle);

  if (self->side != BM_SIDE_OF_RIGHT)
    bm_session_set_confirm (self->session, muscle, tp->id, BM_MUSCLE_LEFT, confirm);
  if (self->side != BM_SIDE_OF_LEFT)
    bm_session_set_confirm (self->session, muscle, tp->id, BM_MUSCLE_RIGHT, confirm);
}

static void
sync_answers (BmMusclePage *self)
{
  const BmCandidate *cand = find_candidate (self);

  self->updating = TRUE;
  for (guint i = 0; i < self->tp_rows->len; i++)
    {
      TpRow *row = g_ptr_array_index (self->tp_rows, i);
      BmConfirm confirm = get_answer (self, row->tp);

      gtk_toggle_button_set_active (row->yes, confirm == BM_CONFIRM_REPRODUCES);
      gtk_toggle_button_set_active (row->no, confirm == BM_CONFIRM_NOT_TENDER);
      if (confirm == BM_CONFIRM_REPRODUCES)
        gtk_widget_add_css_class (GTK_WIDGET (row->yes), "suggested-action");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (row->yes), "suggested-action");
      gtk_widget_set_visible (row->badge, cand != NULL && cand->best == row->tp);
    }
  self->updating = FALSE;
}

static void
answer_toggled_cb (GtkToggleButton *button,
                   BmMusclePage    *self)
{
  const BmTriggerPoint *tp = g_object_get_data (G_OBJECT (button), "tp");
  BmConfirm confirm = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "confirm"));

  if (self->updating || self->session == NULL)
    return;
  /* Clicking the chosen answer again takes it back. */
  if (!gtk_toggle_button_get_active (button))
    confirm = BM_CONFIRM_NONE;
  set_answer (self, tp, confirm);
  sync_answers (self);
}

static void
sync_sheet (BmMusclePage *self)
{
  const BmMuscle *muscle = bm_atlas_lookup (atlas (self), self->muscle);
  gboolean on = bm_session_get_on_sheet (self->session, self->muscle);
  g_autofree char *accessible = NULL;

  self->updating = TRUE;
  gtk_toggle_button_set_active (self->sheet_button, on);
  self->updating = FALSE;
  adw_button_content_set_label (self->sheet_content, on ? "On My Sheet" : "Add to My Sheet");
  adw_button_content_set_icon_name (self->sheet_content, on ? "object-select-symbolic" : "list-add-symbolic");
  if (on)
    gtk_widget_remove_css_class (GTK_WIDGET (self->sheet_button), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->sheet_button), "suggested-action");
  accessible = on ? g_strdup_printf ("%s is on my sheet", muscle->name)
                  : g_strdup_printf ("Add %s to my sheet", muscle->name);
  bm_mp_set_accessible_label (GTK_WIDGET (self->sheet_button), accessible);
}

static void
sheet_toggled_cb (BmMusclePage *self)
{
  if (self->updating || self->session == NULL || self->muscle == NULL)
    return;
  bm_session_set_on_sheet (self->session, self->muscle, gtk_toggle_button_get_active (self->sheet_button));
  sync_sheet (self);
}

static void
session_changed_cb (BmMusclePage *self)
{
  if (self->muscle == NULL)
    return;
  update_why (self);
  sync_answers (self);
  sync_sheet (self);
}

/* ---- Trigger points ---- */

static GtkToggleButton *
answer_button (BmMusclePage         *self,
               const BmMuscle       *muscle,
               const BmTriggerPoint *tp,
               BmConfirm             confirm)
{
  gboolean yes = confirm == BM_CONFIRM_REPRODUCES;
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *label = gtk_label_new (yes ? "Pressing Here Reproduces My Pain" : "Not Tender");
  g_autofree char *accessible = g_strdup_printf ("%s, %s: %s", muscle->name, tp->name,
                                                 yes ? "pressing here reproduces my pain" : "not tender");

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_button_set_child (GTK_BUTTON (button), label);
  /* A click leaves the focus where it was: a focused card rings its X on
   * the map, which should follow the pointer, not the last click. */
  gtk_widget_set_focus_on_click (button, FALSE);
  bm_mp_set_accessible_label (button, accessible);
  g_object_set_data (G_OBJECT (button), "tp", (gpointer) tp);
  g_object_set_data (G_OBJECT (button), "confirm", GINT_TO_POINTER (confirm));
  g_signal_connect (button, "toggled", G_CALLBACK (answer_toggled_cb), self);
  return GTK_TOGGLE_BUTTON (button);
}

static GtkWidget *
tp_header (const BmTriggerPoint *tp,
           TpRow                *row)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = bm_mp_text_label (tp->name, "heading");

  gtk_widget_set_hexpand (name, TRUE);
  row->badge = gtk_label_new ("Most likely");
  bm_mp_add_classes (row->badge, "caption-heading accent");
  gtk_widget_set_valign (row->badge, GTK_ALIGN_START);
  gtk_widget_set_margin_top (row->badge, 2);
  gtk_box_append (GTK_BOX (header), name);
  gtk_box_append (GTK_BOX (header), row->badge);
  return header;
}

/* ---- The trigger point the user is reading about ---- */

static void
update_focus_tp (BmMusclePage *self)
{
  const BmTriggerPoint *tp = self->hover_tp != NULL ? self->hover_tp : self->focus_tp;

  if (tp == self->shown_tp)
    return;
  self->shown_tp = tp;
  g_signal_emit (self, signals[FOCUS_TRIGGER_POINT], 0, tp);
}

static void
card_enter_cb (GtkEventController *controller,
               BmMusclePage       *self)
{
  const BmTriggerPoint *tp = g_object_get_data (G_OBJECT (controller), "tp");

  if (GTK_IS_EVENT_CONTROLLER_FOCUS (controller))
    self->focus_tp = tp;
  else
    self->hover_tp = tp;
  update_focus_tp (self);
}

static void
card_leave_cb (GtkEventController *controller,
               BmMusclePage       *self)
{
  const BmTriggerPoint *tp = g_object_get_data (G_OBJECT (controller), "tp");

  if (GTK_IS_EVENT_CONTROLLER_FOCUS (controller) && self->focus_tp == tp)
    self->focus_tp = NULL;
  else if (!GTK_IS_EVENT_CONTROLLER_FOCUS (controller) && self->hover_tp == tp)
    self->hover_tp = NULL;
  update_focus_tp (self);
}

/* Pointing at a card, or moving the focus into it, rings its X on the map. */
static void
watch_card (BmMusclePage         *self,
            GtkWidget            *card,
            const BmTriggerPoint *tp)
{
  GtkEventController *controllers[] = { gtk_event_controller_motion_new (),
                                        gtk_event_controller_focus_new () };

  for (guint i = 0; i < G_N_ELEMENTS (controllers); i++)
    {
      g_object_set_data (G_OBJECT (controllers[i]), "tp", (gpointer) tp);
      g_signal_connect (controllers[i], "enter", G_CALLBACK (card_enter_cb), self);
      g_signal_connect (controllers[i], "leave", G_CALLBACK (card_leave_cb), self);
      gtk_widget_add_controller (card, controllers[i]);
    }
}

static void
forget_focus_tp (BmMusclePage *self)
{
  self->hover_tp = self->focus_tp = NULL;
  update_focus_tp (self);
}

static void
append_trigger_point (BmMusclePage         *self,
                      const BmMuscle       *muscle,
                      const BmTriggerPoint *tp)
{
  GtkWidget *card = bm_mp_append_card (self->tp_box);
  GtkWidget *answers = bm_mp_vbox (0);
  TpRow *row = g_new0 (TpRow, 1);
  g_autofree char *essential = region_list (self, tp->essential);
  g_autofree char *spillover = region_list (self, tp->spillover);

  row->tp = tp;
  gtk_box_append (GTK_BOX (card), tp_header (tp, row));
  gtk_box_append (GTK_BOX (card), bm_mp_text_label (tp->location, NULL));
  if (essential[0] != '\0')
    bm_mp_append_paragraph (card, "Refers pain to", essential);
  if (spillover[0] != '\0')
    bm_mp_append_paragraph (card, "Sometimes also", spillover);

  row->yes = answer_button (self, muscle, tp, BM_CONFIRM_REPRODUCES);
  row->no = answer_button (self, muscle, tp, BM_CONFIRM_NOT_TENDER);
  /* Stacked: the sidebar is too narrow for both answers side by side. */
  gtk_widget_add_css_class (answers, "linked");
  gtk_widget_set_margin_top (answers, 4);
  gtk_box_append (GTK_BOX (answers), GTK_WIDGET (row->yes));
  gtk_box_append (GTK_BOX (answers), GTK_WIDGET (row->no));
  gtk_box_append (GTK_BOX (card), answers);
  watch_card (self, card, tp);
  g_ptr_array_add (self->tp_rows, row);
}

/* ---- Related muscles ---- */

static void
append_links (BmMusclePage *self,
              GPtrArray    *muscles,
              const char   *heading,
              const char   *note,
              const char   *role)
{
  GtkWidget *card;
  GtkWidget *flow;

  if (muscles == NULL || muscles->len == 0)
    return;
  card = bm_mp_append_card (self->related_box);
  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 6);
  gtk_box_set_spacing (GTK_BOX (card), 4);
  gtk_box_append (GTK_BOX (card), bm_mp_text_label (heading, "heading"));
  gtk_box_append (GTK_BOX (card), bm_mp_text_label (note, "caption dim-label"));
  for (guint i = 0; i < muscles->len; i++)
    {
      gtk_flow_box_append (GTK_FLOW_BOX (flow), link_button (self, g_ptr_array_index (muscles, i), role));
      /* The button takes the focus, not its flow box child. */
      gtk_widget_set_focusable (gtk_widget_get_last_child (flow), FALSE);
    }
  gtk_box_append (GTK_BOX (card), flow);
}

static void
build_related (BmMusclePage   *self,
               const BmMuscle *muscle)
{
  append_links (self, muscle->all_key_muscles, "Key Muscles",
                "Check these first: their trigger points can keep this one's going.", "a key muscle");
  append_links (self, muscle->all_satellites, "Satellites",
                "This muscle's trigger points can set off trigger points in these.", "a satellite muscle");
  for (guint i = 0; i < muscle->chains->len; i++)
    {
      const BmChain *chain = g_ptr_array_index (muscle->chains, i);
      GtkWidget *card = bm_mp_append_card (self->related_box);
      g_autofree char *via = g_strdup_printf ("Linked via %s", chain->via);

      gtk_box_set_spacing (GTK_BOX (card), 4);
      gtk_box_append (GTK_BOX (card), bm_mp_text_label (via, "heading"));
      gtk_box_append (GTK_BOX (card), bm_mp_text_label (chain->explanation, NULL));
    }
  gtk_widget_set_visible (self->related_group, gtk_widget_get_first_child (self->related_box) != NULL);
}

/* ---- The rest ---- */

static void
build_factors (BmMusclePage   *self,
               const BmMuscle *muscle)
{
  for (guint i = 0; muscle->factors != NULL && i < muscle->factors->len; i++)
    {
      const BmFactor *factor = g_ptr_array_index (muscle->factors, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = bm_mp_vbox (4);

      gtk_widget_set_margin_top (box, 10);
      gtk_widget_set_margin_bottom (box, 10);
      gtk_widget_set_margin_start (box, 12);
      gtk_widget_set_margin_end (box, 12);
      gtk_box_append (GTK_BOX (box), bm_mp_text_label (factor->factor, "heading"));
      gtk_box_append (GTK_BOX (box), bm_mp_text_label (factor->fix, NULL));
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->factors_list, row);
    }
  gtk_widget_set_visible (self->factors_group, muscle->factors != NULL && muscle->factors->len > 0);
}

static void
build_sources (BmMusclePage   *self,
               const BmMuscle *muscle)
{
  for (guint i = 0; muscle->sources != NULL && i < muscle->sources->len; i++)
    {
      const BmCitation *citation = g_ptr_array_index (muscle->sources, i);
      const char *full = bm_atlas_get_citation (atlas (self), citation->source);
      g_autofree char *text = g_strdup_printf ("%s. In: %s", citation->chapter,
                                               full != NULL ? full : citation->source);

      gtk_box_append (GTK_BOX (self->sources_box), bm_mp_text_label (text, "caption dim-label"));
    }
  gtk_widget_set_visible (self->sources_group, muscle->sources != NULL && muscle->sources->len > 0);
}

static void
build_header (BmMusclePage   *self,
              const BmMuscle *muscle)
{
  const char *group = bm_atlas_get_group_label (atlas (self), muscle->group);
  const char *side = self->side == BM_SIDE_OF_LEFT ? "Left side"
                   : self->side == BM_SIDE_OF_RIGHT ? "Right side" : NULL;
  g_autofree char *subtitle = side != NULL ? g_strdup_printf ("%s · %s", group, side) : g_strdup (group);
  g_autofree char *aliases = NULL;

  if (muscle->aliases != NULL && muscle->aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", muscle->aliases);
      aliases = g_strdup_printf ("Also called %s", joined);
    }
  gtk_label_set_text (self->name_label, muscle->name);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_label_set_text (self->aliases_label, aliases);
  gtk_widget_set_visible (GTK_WIDGET (self->aliases_label), aliases != NULL);
  bm_mp_append_paragraph (self->about_box, "Where it is", muscle->location);
  bm_mp_append_paragraph (self->about_box, "What it does", muscle->action);
}

static void
clear_page (BmMusclePage *self)
{
  GtkWidget *row;

  forget_focus_tp (self);
  g_ptr_array_set_size (self->tp_rows, 0);
  bm_mp_clear_box (self->why_box);
  bm_mp_clear_box (self->about_box);
  bm_mp_clear_box (self->tp_box);
  bm_mp_clear_box (self->related_box);
  bm_mp_clear_box (self->stretches_box);
  bm_mp_clear_box (self->releases_box);
  bm_mp_clear_box (self->sources_box);
  while ((row = gtk_widget_get_first_child (GTK_WIDGET (self->factors_list))) != NULL)
    gtk_list_box_remove (self->factors_list, row);
}

static void
build_page (BmMusclePage   *self,
            const BmMuscle *muscle)
{
  clear_page (self);
  build_header (self, muscle);
  for (guint i = 0; i < muscle->trigger_points->len; i++)
    append_trigger_point (self, muscle, g_ptr_array_index (muscle->trigger_points, i));
  build_related (self, muscle);
  bm_mp_build_techniques (self->stretches_group, self->stretches_box, muscle->stretches);
  bm_mp_build_techniques (self->releases_group, self->releases_box, muscle->releases);
  gtk_label_set_text (self->heat_label, muscle->heat);
  gtk_widget_set_visible (self->heat_group, muscle->heat != NULL);
  build_factors (self, muscle);
  build_sources (self, muscle);
  session_changed_cb (self);
}

/* ---- GObject ---- */

static void
bm_muscle_page_dispose (GObject *object)
{
  BmMusclePage *self = BM_MUSCLE_PAGE (object);

  if (self->session != NULL)
    g_clear_signal_handler (&self->changed_id, self->session);
  g_clear_object (&self->session);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_pointer (&self->tp_rows, g_ptr_array_unref);
  g_clear_pointer (&self->muscle, g_free);

  G_OBJECT_CLASS (bm_muscle_page_parent_class)->dispose (object);
}

/* A page that is hidden (the sidebar went back to the lists) has no card
 * under the pointer; its controllers hear no "leave". */
static void
bm_muscle_page_unmap (GtkWidget *widget)
{
  forget_focus_tp (BM_MUSCLE_PAGE (widget));
  GTK_WIDGET_CLASS (bm_muscle_page_parent_class)->unmap (widget);
}

static void
bm_muscle_page_class_init (BmMusclePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_muscle_page_dispose;
  widget_class->unmap = bm_muscle_page_unmap;

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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-muscle-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, name_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, aliases_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, sheet_button);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, sheet_content);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, why_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, about_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, tp_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, related_group);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, related_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, stretches_group);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, stretches_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, releases_group);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, releases_box);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, heat_group);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, heat_label);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, factors_group);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, factors_list);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, sources_group);
  gtk_widget_class_bind_template_child (widget_class, BmMusclePage, sources_box);
  gtk_widget_class_bind_template_callback (widget_class, sheet_toggled_cb);
}

static void
bm_muscle_page_init (BmMusclePage *self)
{
  g_type_ensure (ADW_TYPE_BUTTON_CONTENT);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->tp_rows = g_ptr_array_new_with_free_func (g_free);
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
  record = bm_atlas_lookup (atlas (self), muscle);
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
    gtk_widget_grab_focus (GTK_WIDGET (self->sheet_button));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

const char *
bm_muscle_page_get_muscle (BmMusclePage *self)
{
  g_return_val_if_fail (BM_IS_MUSCLE_PAGE (self), NULL);
  return self->muscle;
}
