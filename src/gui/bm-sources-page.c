/* bm-sources-page.c: the ranked likely sources of the marked pain
 *
 * Rows are kept and refilled in place when the ranking changes, so a click
 * on the map updates the list without building widgets. The selection
 * follows the muscle and side, not the row, across re-rankings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "bm-sheet-list.h"
#include "bm-sources-page.h"

#define ROWS_SHOWN 10
#define ROWS_MORE  30

typedef struct {
  GtkWidget *row;
  GtkLabel  *name;
  GtkLabel  *side;
  GtkWidget *on_sheet;
  GtkLabel  *score;
  GtkLevelBar *bar;
  GtkLabel  *reason;
  GtkLabel  *related;
} Row;

struct _BmSourcesPage
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkWidget    *scroller;
  BmSheetList  *sheet_list;
  GtkWidget    *red_flags_box;
  GtkLabel     *red_flags_label;
  GtkLabel     *summary_label;
  GtkWidget    *empty_page;
  GtkListBox   *list_box;
  GtkWidget    *more_button;
  GtkListBox   *symptoms_list;

  /* Owned */
  BmSession    *session;
  GArray       *rows;           /* Row */
  char         *selected_muscle;
  char         *summary;

  BmCandidateSide selected_side;
  guint         limit;
  guint         prepare_id;
  guint         updating : 1;
};

G_DEFINE_FINAL_TYPE (BmSourcesPage, bm_sources_page, GTK_TYPE_WIDGET)

enum { CANDIDATE_SELECTED, CANDIDATE_ACTIVATED, OPEN_MUSCLE, N_SIGNALS };
static guint signals[N_SIGNALS];

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (wrap)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
    }
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

/* "Check first: A, B" names other muscles as links; each opens its own page. */
static const BmCandidate *candidate_for_row (BmSourcesPage *self, GtkListBoxRow *row);

/* "Check first: A, B" names other muscles as links; each opens its own page,
 * on the side of the card. */
static gboolean
activate_link_cb (GtkLabel      *label,
                  const char    *uri,
                  BmSourcesPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_LIST_BOX_ROW);
  const BmCandidate *c = candidate_for_row (self, GTK_LIST_BOX_ROW (row));

  if (!g_str_has_prefix (uri, "muscle:"))
    return FALSE;
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, uri + strlen ("muscle:"), c ? (int) c->side : (int) BM_SIDE_OF_EITHER);
  return TRUE;
}

static GtkWidget *
create_sheet_chip (void)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *label = gtk_label_new ("On Sheet");

  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (chip), icon);
  gtk_box_append (GTK_BOX (chip), label);
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (chip, "On My Sheet");
  gtk_widget_add_css_class (chip, "side-chip");
  gtk_widget_add_css_class (chip, "accent");
  return chip;
}

static Row
create_row (BmSourcesPage *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  Row row = { 0 };

  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  row.name = add_label (GTK_BOX (top), "heading", FALSE);
  gtk_label_set_wrap (row.name, TRUE);
  gtk_label_set_wrap_mode (row.name, PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (GTK_WIDGET (row.name), TRUE);
  row.on_sheet = create_sheet_chip ();
  gtk_box_append (GTK_BOX (top), row.on_sheet);
  row.side = add_label (GTK_BOX (top), "caption", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (row.side), "side-chip");
  gtk_widget_set_valign (GTK_WIDGET (row.side), GTK_ALIGN_CENTER);
  row.score = add_label (GTK_BOX (top), "numeric", FALSE);
  gtk_box_append (GTK_BOX (box), top);

  row.bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 100));
  gtk_level_bar_remove_offset_value (row.bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (row.bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (row.bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row.bar));
  row.reason = add_label (GTK_BOX (box), "caption", TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row.reason), "dim-label");
  row.related = add_label (GTK_BOX (box), "caption", TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (row.related), "related");
  g_signal_connect (row.related, "activate-link", G_CALLBACK (activate_link_cb), self);

  row.row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row.row), box);
  gtk_widget_add_css_class (row.row, "candidate");
  return row;
}

/* Markup: each key muscle is a link to its page; names are escaped. */
static char *
key_muscles_markup (const BmCandidate *c)
{
  GString *s;

  if (c->related_to != NULL || c->key_muscles->len == 0)
    return NULL;
  s = g_string_new ("Check first: ");
  for (guint k = 0; k < MIN (c->key_muscles->len, 3); k++)
    {
      const BmMuscle *m = c->key_muscles->pdata[k];
      g_autofree char *link = g_markup_printf_escaped ("%s<a href=\"muscle:%s\">%s</a>", k ? ", " : "", m->id, m->name);

      g_string_append (s, link);
    }
  if (c->key_muscles->len > 3)
    g_string_append (s, "…");
  return g_string_free (s, FALSE);
}

static void
fill_row (BmSourcesPage     *self,
          Row               *row,
          const BmCandidate *c)
{
  static const char *sides[] = { "Left", "Right", "Either side" };
  BmAtlas *atlas = bm_session_get_atlas (self->session);
  g_autofree char *reason = bm_candidate_describe (atlas, c);
  g_autofree char *related = key_muscles_markup (c);
  gboolean on_sheet = bm_session_get_on_sheet (self->session, c->muscle->id);
  g_autofree char *score = g_strdup_printf ("%.0f", c->score);
  g_autofree char *accessible = NULL;

  gtk_label_set_text (row->name, c->muscle->name);
  gtk_label_set_text (row->side, sides[c->side]);
  gtk_label_set_text (row->score, score);
  gtk_level_bar_set_value (row->bar, c->score);
  gtk_label_set_text (row->reason, reason);
  gtk_label_set_markup (row->related, related ? related : "");
  gtk_widget_set_visible (row->on_sheet, on_sheet);
  gtk_widget_set_visible (GTK_WIDGET (row->related), related != NULL);
  accessible = g_strdup_printf ("%s, %s, score %s of 100%s. %s", c->muscle->name, sides[c->side], score,
                                on_sheet ? ", on my sheet" : "", reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/* One wrapping label for all notices: it is in the tree from the start,
 * so it is always measured height-for-width. */
static void
update_red_flags (BmSourcesPage   *self,
                  const BmRanking *ranking)
{
  g_autoptr(GString) markup = g_string_new (NULL);

  for (guint i = 0; i < ranking->red_flags->len; i++)
    {
      const BmRedFlag *flag = ranking->red_flags->pdata[i];
      g_autofree char *text = g_markup_printf_escaped ("%s<b>%s.</b> %s", i ? "\n\n" : "", flag->label, flag->reason);

      g_string_append (markup, text);
    }
  gtk_label_set_markup (self->red_flags_label, markup->str);
  gtk_widget_set_visible (self->red_flags_box, ranking->red_flags->len > 0);
}

static void
reselect (BmSourcesPage   *self,
          const BmRanking *ranking,
          guint            shown)
{
  GtkListBoxRow *select = NULL;

  for (guint i = 0; i < shown && self->selected_muscle != NULL; i++)
    {
      const BmCandidate *c = ranking->candidates->pdata[i];

      if (g_str_equal (c->muscle->id, self->selected_muscle) && c->side == self->selected_side)
        select = GTK_LIST_BOX_ROW (g_array_index (self->rows, Row, i).row);
    }
  gtk_list_box_select_row (self->list_box, select);
  if (select == NULL && self->selected_muscle != NULL)
    {
      g_clear_pointer (&self->selected_muscle, g_free);
      g_signal_emit (self, signals[CANDIDATE_SELECTED], 0, NULL, 0);
    }
}

static void
grow_rows (BmSourcesPage *self,
           guint          n)
{
  while (self->rows->len < n)
    {
      Row row = create_row (self);

      gtk_widget_set_visible (row.row, FALSE);
      gtk_list_box_append (self->list_box, row.row);
      g_array_append_val (self->rows, row);
    }
}

/* The rows for a full list, built once the window is up, so that the first
 * click on the map only fills them in. */
static gboolean
prepare_rows_cb (gpointer data)
{
  BmSourcesPage *self = data;

  self->prepare_id = 0;
  grow_rows (self, ROWS_SHOWN);
  return G_SOURCE_REMOVE;
}

static void
update (BmSourcesPage *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  guint shown = MIN (ranking->candidates->len, self->limit);

  self->updating = TRUE;
  g_free (self->summary);
  self->summary = bm_ranking_describe_combination (bm_session_get_atlas (self->session), ranking);
  gtk_label_set_text (self->summary_label, self->summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), ranking->n_marked > 0);
  gtk_widget_set_visible (self->empty_page, ranking->n_marked == 0);
  update_red_flags (self, ranking);

  grow_rows (self, shown);
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = &g_array_index (self->rows, Row, i);

      gtk_widget_set_visible (row->row, i < shown);
      if (i < shown)
        fill_row (self, row, ranking->candidates->pdata[i]);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), shown > 0);
  gtk_widget_set_visible (self->more_button, ranking->candidates->len > shown && self->limit < ROWS_MORE);
  reselect (self, ranking, shown);
  self->updating = FALSE;
}

static const BmCandidate *
candidate_for_row (BmSourcesPage *self,
                   GtkListBoxRow *row)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  int index = row != NULL ? gtk_list_box_row_get_index (row) : -1;

  if (index < 0 || (guint) index >= ranking->candidates->len)
    return NULL;
  return ranking->candidates->pdata[index];
}

static void
row_selected_cb (BmSourcesPage *self,
                 GtkListBoxRow *row)
{
  const BmCandidate *c;

  if (self->updating || self->session == NULL)
    return;
  c = candidate_for_row (self, row);
  g_clear_pointer (&self->selected_muscle, g_free);
  if (c != NULL)
    {
      self->selected_muscle = g_strdup (c->muscle->id);
      self->selected_side = c->side;
    }
  g_signal_emit (self, signals[CANDIDATE_SELECTED], 0, c ? c->muscle->id : NULL, c ? (int) c->side : 0);
}

static void
row_activated_cb (BmSourcesPage *self,
                  GtkListBoxRow *row)
{
  const BmCandidate *c = candidate_for_row (self, row);

  if (c != NULL)
    g_signal_emit (self, signals[CANDIDATE_ACTIVATED], 0, c->muscle->id, (int) c->side);
}

static void
sheet_open_muscle_cb (BmSourcesPage *self,
                      const char    *muscle)
{
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, muscle, (int) BM_SIDE_OF_EITHER);
}

static void
more_clicked_cb (BmSourcesPage *self)
{
  self->limit = ROWS_MORE;
  update (self);
}

static void
symptom_toggled_cb (GtkCheckButton *check,
                    BmSourcesPage  *self)
{
  BmFlags flag = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "flag"));

  if (!self->updating)
    bm_session_set_flag (self->session, flag, gtk_check_button_get_active (check));
}

static void
build_symptoms (BmSourcesPage *self)
{
  static const struct { BmFlags flag; const char *id; } flags[] = {
    { BM_FLAG_WEAKNESS, "weakness" }, { BM_FLAG_NIGHT_PAIN, "night-pain" }, { BM_FLAG_FEVER, "fever" },
    { BM_FLAG_BLADDER_BOWEL, "bladder-bowel" }, { BM_FLAG_TRAUMA, "trauma" },
  };
  BmAtlas *atlas = bm_session_get_atlas (self->session);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      const BmRedFlag *flag = bm_atlas_lookup_red_flag (atlas, flags[i].id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* The label comes from the atlas: plain text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), flag->label);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "flag", GUINT_TO_POINTER (flags[i].flag));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (bm_session_get_flags (self->session) & flags[i].flag) != 0);
      g_signal_connect (check, "toggled", G_CALLBACK (symptom_toggled_cb), self);
      gtk_list_box_append (self->symptoms_list, row);
    }
}

static void
bm_sources_page_dispose (GObject *object)
{
  BmSourcesPage *self = BM_SOURCES_PAGE (object);

  /* Tearing the list down selects nothing; nobody needs to hear it. */
  g_clear_handle_id (&self->prepare_id, g_source_remove);
  if (self->list_box != NULL)
    g_signal_handlers_disconnect_by_data (self->list_box, self);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->session);
  g_clear_pointer (&self->rows, g_array_unref);
  g_clear_pointer (&self->selected_muscle, g_free);
  g_clear_pointer (&self->summary, g_free);

  G_OBJECT_CLASS (bm_sources_page_parent_class)->dispose (object);
}

static void
bm_sources_page_class_init (BmSourcesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bm_sources_page_dispose;

  /**
   * BmSourcesPage::candidate-selected:
   * @muscle: (nullable): the muscle id, or %NULL when nothing is selected
   * @side: a #BmCandidateSide
   */
  signals[CANDIDATE_SELECTED] =
    g_signal_new ("candidate-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);
  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);
  /**
   * BmSourcesPage::open-muscle:
   * @muscle: a muscle named on the page (a card's "Check first" link, a
   *   muscle on My Sheet)
   * @side: the #BmCandidateSide of the card, or %BM_SIDE_OF_EITHER
   */
  signals[OPEN_MUSCLE] =
    g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/bm-sources-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, sheet_list);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, red_flags_box);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, red_flags_label);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, list_box);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, BmSourcesPage, symptoms_list);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, sheet_open_muscle_cb);
}

static void
bm_sources_page_init (BmSourcesPage *self)
{
  g_type_ensure (BM_TYPE_SHEET_LIST);
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->limit = ROWS_SHOWN;
}

GtkWidget *
bm_sources_page_new (void)
{
  return g_object_new (BM_TYPE_SOURCES_PAGE, NULL);
}

void
bm_sources_page_set_session (BmSourcesPage *self,
                             BmSession     *session)
{
  g_return_if_fail (BM_IS_SOURCES_PAGE (self));
  g_return_if_fail (self->session == NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (session, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  bm_sheet_list_set_session (self->sheet_list, session);
  build_symptoms (self);
  update (self);
  self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_rows_cb, self, NULL);
}

guint
bm_sources_page_get_n_rows (BmSourcesPage *self)
{
  const BmRanking *ranking;

  g_return_val_if_fail (BM_IS_SOURCES_PAGE (self), 0);
  ranking = bm_session_get_ranking (self->session);
  return MIN (ranking->candidates->len, self->limit);
}

/* The candidate shown in row @index (valid until the next change). */
const BmCandidate *
bm_sources_page_get_row (BmSourcesPage *self,
                         guint          index)
{
  g_return_val_if_fail (BM_IS_SOURCES_PAGE (self), NULL);
  g_return_val_if_fail (index < bm_sources_page_get_n_rows (self), NULL);
  return bm_session_get_ranking (self->session)->candidates->pdata[index];
}

void
bm_sources_page_select (BmSourcesPage *self,
                        guint          index)
{
  g_return_if_fail (BM_IS_SOURCES_PAGE (self));
  g_return_if_fail (index < bm_sources_page_get_n_rows (self));
  gtk_list_box_select_row (self->list_box, GTK_LIST_BOX_ROW (g_array_index (self->rows, Row, index).row));
}

const char *
bm_sources_page_get_summary (BmSourcesPage *self)
{
  g_return_val_if_fail (BM_IS_SOURCES_PAGE (self), NULL);
  return self->summary;
}
