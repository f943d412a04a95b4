/* bm-sources-page.c: the ranked likely sources of the marked pain
 *
 * The list is bound to the session's ranking model (the first ten
 * candidates, or thirty after Show More). A card belongs to a muscle and
 * side: when the session re-ranks, each candidate still shown keeps its
 * card, which only moves and updates what changed in it, so the cards that
 * did not change keep their measured size and their drawing (a click costs
 * a frame that redraws little). The selection follows the muscle and side,
 * not the row, across re-rankings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "core/bm-items.h"
#include "bm-sheet-list.h"
#include "core/bm-ids.h"
#include "bm-candidate-row.h"
#include "bm-label-util.h"
#include "bm-sources-page.h"
#include "bm-wrap-label.h"

#define ROWS_SHOWN 10
#define ROWS_MORE  30

struct _BmSourcesPage
{
  GtkWidget     parent_instance;

  /* Template widgets */
  GtkWidget    *scroller;
  BmSheetList  *sheet_list;
  GtkWidget    *red_flags_box;
  GtkLabel     *red_flags_label;
  BmWrapLabel  *summary_label;
  GtkWidget    *empty_page;
  GtkListBox   *list_box;
  GtkWidget    *more_button;
  GtkListBox   *symptoms_list;

  /* Owned */
  BmSession    *session;
  GtkSliceListModel *shown;     /* BmCandidateItem, the first `limit` */
  char         *selected_muscle;
  char         *summary;

  BmCandidateSide selected_side;
  guint         limit;
  guint         updating : 1;
};

G_DEFINE_FINAL_TYPE (BmSourcesPage, bm_sources_page, GTK_TYPE_WIDGET)

enum { CANDIDATE_SELECTED, CANDIDATE_ACTIVATED, OPEN_MUSCLE, N_SIGNALS };
static guint signals[N_SIGNALS];

static const BmCandidate *
candidate_for_row (GtkListBoxRow *row)
{
  return row != NULL ? bm_candidate_row_get_candidate (BM_CANDIDATE_ROW (row)) : NULL;
}

/* A card's "Check first" link: the page says which muscle to open. */
static void
row_open_muscle_cb (BmSourcesPage   *self,
                    const char      *muscle,
                    BmCandidateSide  side)
{
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, muscle, (int) side);
}

static GtkWidget *
create_row (BmSourcesPage   *self,
            BmCandidateItem *item)
{
  const BmCandidate *c = bm_candidate_item_get_candidate (item);
  GtkWidget *row = bm_candidate_row_new (item, bm_session_get_on_sheet (self->session, c->muscle->id));

  g_signal_connect_swapped (row, "open-muscle", G_CALLBACK (row_open_muscle_cb), self);
  return row;
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
  bm_label_set_markup (self->red_flags_label, markup->str);
  gtk_widget_set_visible (self->red_flags_box, ranking->red_flags->len > 0);
}

static void
reselect (BmSourcesPage *self)
{
  GtkListBoxRow *select = NULL;
  GtkListBoxRow *row;

  for (guint i = 0; self->selected_muscle != NULL && (row = gtk_list_box_get_row_at_index (self->list_box, i)); i++)
    {
      const BmCandidate *c = candidate_for_row (row);

      if (g_str_equal (c->muscle->id, self->selected_muscle) && c->side == self->selected_side)
        select = row;
    }
  gtk_list_box_select_row (self->list_box, select);
  if (select == NULL && self->selected_muscle != NULL)
    {
      g_clear_pointer (&self->selected_muscle, g_free);
      g_signal_emit (self, signals[CANDIDATE_SELECTED], 0, NULL, 0);
    }
}

static void
update (BmSourcesPage *self)
{
  const BmRanking *ranking = bm_session_get_ranking (self->session);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));
  GtkListBoxRow *row;

  self->updating = TRUE;
  g_free (self->summary);
  self->summary = bm_ranking_describe_combination (bm_session_get_atlas (self->session), ranking);
  bm_wrap_label_set_text (self->summary_label, self->summary);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), ranking->n_marked > 0);
  gtk_widget_set_visible (self->empty_page, ranking->n_marked == 0);
  update_red_flags (self, ranking);

  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    bm_candidate_row_set_on_sheet (BM_CANDIDATE_ROW (row),
                                   bm_session_get_on_sheet (self->session, candidate_for_row (row)->muscle->id));
  gtk_widget_set_visible (GTK_WIDGET (self->list_box), shown > 0);
  gtk_widget_set_visible (self->more_button, ranking->candidates->len > shown && self->limit < ROWS_MORE);
  reselect (self);
  self->updating = FALSE;
}

/* The list keeps its cards in ranking order. */
static int
compare_rows (GtkListBoxRow *a,
              GtkListBoxRow *b,
              gpointer       data)
{
  guint x = bm_candidate_row_get_position (BM_CANDIDATE_ROW (a));
  guint y = bm_candidate_row_get_position (BM_CANDIDATE_ROW (b));

  return (x > y) - (x < y);
}

static gboolean
same_key (const BmCandidate *a,
          const BmCandidate *b)
{
  return a->side == b->side && g_str_equal (a->muscle->id, b->muscle->id);
}

/* The card in @rows that showed @c's muscle and side, taken out of @rows. */
static BmCandidateRow *
take_keyed_row (GPtrArray         *rows,
                const BmCandidate *c)
{
  for (guint j = 0; j < rows->len; j++)
    {
      BmCandidateRow *row = rows->pdata[j];

      if (row != NULL && same_key (bm_candidate_row_get_candidate (row), c))
        {
          rows->pdata[j] = NULL;
          return row;
        }
    }
  return NULL;
}

/* Any card left in @rows, taken out of it, or NULL. */
static BmCandidateRow *
take_any_row (GPtrArray *rows)
{
  for (guint j = 0; j < rows->len; j++)
    if (rows->pdata[j] != NULL)
      return g_steal_pointer (&rows->pdata[j]);
  return NULL;
}

/* The cards follow the shown candidates on a re-rank, before "changed".
 * Each candidate still shown keeps its card (by muscle and side), which
 * moves to its new place and sets again only what changed in it; a
 * candidate new to the list takes a card whose candidate left, or a new
 * one; cards beyond the new count go. A selection that moves or goes then
 * is not the user's doing. */
static void
rows_changed_cb (BmSourcesPage *self)
{
  GListModel *model = G_LIST_MODEL (self->shown);
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) old = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree BmCandidateRow **placed = g_new0 (BmCandidateRow *, MAX (n, 1));
  gboolean moved = FALSE;
  GtkListBoxRow *row;

  self->updating = TRUE;
  for (guint i = 0; (row = gtk_list_box_get_row_at_index (self->list_box, i)) != NULL; i++)
    g_ptr_array_add (old, row);
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (items, g_list_model_get_item (model, i));
      placed[i] = take_keyed_row (old, bm_candidate_item_get_candidate (items->pdata[i]));
    }
  for (guint i = 0; i < n; i++)
    {
      if (placed[i] == NULL && (placed[i] = take_any_row (old)) == NULL)
        {
          BmCandidateRow *card = BM_CANDIDATE_ROW (create_row (self, items->pdata[i]));

          bm_candidate_row_set_position (card, i);
          gtk_list_box_append (self->list_box, GTK_WIDGET (card));
          continue;
        }
      bm_candidate_row_set_item (placed[i], items->pdata[i]);
      moved |= bm_candidate_row_get_position (placed[i]) != i;
      bm_candidate_row_set_position (placed[i], i);
    }
  for (BmCandidateRow *rest; (rest = take_any_row (old)) != NULL;)
    gtk_list_box_remove (self->list_box, GTK_WIDGET (rest));
  if (moved)
    gtk_list_box_invalidate_sort (self->list_box);
  self->updating = FALSE;
}

static void
row_selected_cb (BmSourcesPage *self,
                 GtkListBoxRow *row)
{
  const BmCandidate *c;

  if (self->updating || self->session == NULL)
    return;
  c = candidate_for_row (row);
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
  const BmCandidate *c = candidate_for_row (row);

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
  gtk_slice_list_model_set_size (self->shown, self->limit);
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

/* A wrapping label with no width in characters finds its minimum width by
 * laying its text out a character to a line, shaping every piece again, at
 * each measure. The rows are never narrower than 12 characters (the
 * sidebar is at least 320 px wide), so a 12-character minimum for the
 * row's title (AdwActionRow's own label) changes nothing on screen and
 * spares the first frame a few milliseconds. */
static void
set_title_min_chars (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "title"))
    gtk_label_set_width_chars (GTK_LABEL (widget), 12);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    set_title_min_chars (child);
}

/* Lays out @row's header (AdwActionRow's horizontal "header" box: the
 * check, the icon, the title, the suffixes) as a one-row grid. GTK 4.8's
 * horizontal box measures each child's width for the box's height, and a
 * wrapping title answers that with two binary searches over Pango layouts
 * (85–129 shapings a row at every layout); a grid measures widths for no
 * height and the title's height once for its width. Same columns, same
 * spacing (the box's CSS border-spacing, which the grid reads too). */
static void
lay_out_header_as_grid (GtkWidget *row)
{
  GtkWidget *header = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row));
  GtkLayoutManager *grid;
  int column = 0;

  if (!GTK_IS_BOX (header) || !gtk_widget_has_css_class (header, "header"))
    return;
  grid = gtk_grid_layout_new ();
  /* Its one row takes the header's whole height (its CSS min-height), in
   * which the parts centre themselves, as in the box. */
  gtk_grid_layout_set_row_homogeneous (GTK_GRID_LAYOUT (grid), TRUE);
  gtk_widget_set_layout_manager (header, grid);
  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL; child = gtk_widget_get_next_sibling (child))
    gtk_grid_layout_child_set_column (GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (grid, child)), column++);
}

static void
build_symptoms (BmSourcesPage *self)
{
  BmAtlas *atlas = bm_session_get_atlas (self->session);

  for (guint bit = 1; bm_flag_get_id (bit) != NULL; bit <<= 1)
    {
      const BmRedFlag *flag = bm_atlas_lookup_red_flag (atlas, bm_flag_get_id (bit));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      /* The label comes from the atlas: plain text, never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), flag->label);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "flag", GUINT_TO_POINTER (bit));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (bm_session_get_flags (self->session) & bit) != 0);
      g_signal_connect (check, "toggled", G_CALLBACK (symptom_toggled_cb), self);
      set_title_min_chars (row);
      lay_out_header_as_grid (row);
      gtk_list_box_append (self->symptoms_list, row);
    }
}

static void
bm_sources_page_dispose (GObject *object)
{
  BmSourcesPage *self = BM_SOURCES_PAGE (object);

  /* Tearing the list down selects nothing; nobody needs to hear it. */
  if (self->list_box != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->list_box, self);
    }
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->session);
  g_clear_object (&self->shown);
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
                  G_TYPE_NONE, 2, G_TYPE_STRING, BM_TYPE_CANDIDATE_SIDE);
  signals[CANDIDATE_ACTIVATED] =
    g_signal_new ("candidate-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, BM_TYPE_CANDIDATE_SIDE);
  /**
   * BmSourcesPage::open-muscle:
   * @muscle: a muscle named on the page (a card's "Check first" link, a
   *   muscle on My Sheet)
   * @side: the #BmCandidateSide of the card, or %BM_SIDE_OF_EITHER
   */
  signals[OPEN_MUSCLE] =
    g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, BM_TYPE_CANDIDATE_SIDE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A plain container to screen readers, not a "BmSourcesPage". */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  g_type_ensure (BM_TYPE_WRAP_LABEL);
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
  gtk_list_box_set_sort_func (self->list_box, compare_rows, NULL, NULL);
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
  self->shown = gtk_slice_list_model_new (g_object_ref (bm_session_get_candidates (session)), 0, self->limit);
  g_signal_connect_swapped (self->shown, "items-changed", G_CALLBACK (rows_changed_cb), self);
  rows_changed_cb (self);
  g_signal_connect_object (session, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  bm_sheet_list_set_session (self->sheet_list, session);
  build_symptoms (self);
  update (self);
}

guint
bm_sources_page_get_n_rows (BmSourcesPage *self)
{
  g_return_val_if_fail (BM_IS_SOURCES_PAGE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->shown));
}

/* The candidate shown in row @index (valid until the next change). */
const BmCandidate *
bm_sources_page_get_row (BmSourcesPage *self,
                         guint          index)
{
  g_autoptr(BmCandidateItem) item = NULL;

  g_return_val_if_fail (BM_IS_SOURCES_PAGE (self), NULL);
  g_return_val_if_fail (index < bm_sources_page_get_n_rows (self), NULL);
  item = g_list_model_get_item (G_LIST_MODEL (self->shown), index);
  return bm_candidate_item_get_candidate (item);
}

void
bm_sources_page_select (BmSourcesPage *self,
                        guint          index)
{
  g_return_if_fail (BM_IS_SOURCES_PAGE (self));
  g_return_if_fail (index < bm_sources_page_get_n_rows (self));
  gtk_list_box_select_row (self->list_box, gtk_list_box_get_row_at_index (self->list_box, index));
}

const char *
bm_sources_page_get_summary (BmSourcesPage *self)
{
  g_return_val_if_fail (BM_IS_SOURCES_PAGE (self), NULL);
  return self->summary;
}

/* The list of the muscles on the sheet, with the handout's options. */
BmSheetList *
bm_sources_page_get_sheet_list (BmSourcesPage *self)
{
  g_return_val_if_fail (BM_IS_SOURCES_PAGE (self), NULL);
  return self->sheet_list;
}
