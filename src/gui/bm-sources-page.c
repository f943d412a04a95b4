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
#include "bm-sources-page.h"
#include "bm-score-label.h"
#include "bm-wrap-label.h"

#define ROWS_SHOWN 10
#define ROWS_MORE  30
#define REASON_MIN_CHARS 20  /* a card's "why" and "check first" wrap no narrower, */
#define REASON_MAX_CHARS 40  /* and ask for this wide */
#define NAME_MIN_CHARS   10  /* a muscle's name wraps no narrower */

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

/* Setting a label's text, even the same, re-lays it out: only on a change. */
static void
set_label_text (GtkLabel   *label,
                const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* ---- BmCandidateRow: one candidate's card -------------------------------------- */

#define BM_TYPE_CANDIDATE_ROW (bm_candidate_row_get_type ())
G_DECLARE_FINAL_TYPE (BmCandidateRow, bm_candidate_row, BM, CANDIDATE_ROW, GtkListBoxRow)

struct _BmCandidateRow
{
  GtkListBoxRow    parent_instance;

  BmCandidateItem *item;
  GtkWidget       *on_sheet;
  GtkLabel        *name;
  GtkLabel        *side;
  BmScoreLabel    *score;       /* changes with most clicks: only redraws */
  GtkLevelBar     *bar;
  BmWrapLabel     *reason;      /* changes with every click: cheap to measure */
  GtkLabel        *related;
  char            *accessible;  /* the row's name, as last set */
  guint            position;    /* in the ranking; the list's sort key */
};

G_DEFINE_FINAL_TYPE (BmCandidateRow, bm_candidate_row, GTK_TYPE_LIST_BOX_ROW)

static void
bm_candidate_row_dispose (GObject *object)
{
  g_clear_object (&BM_CANDIDATE_ROW (object)->item);
  g_clear_pointer (&BM_CANDIDATE_ROW (object)->accessible, g_free);
  G_OBJECT_CLASS (bm_candidate_row_parent_class)->dispose (object);
}

static void
bm_candidate_row_class_init (BmCandidateRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bm_candidate_row_dispose;
}

static void
bm_candidate_row_init (BmCandidateRow *self)
{
}

static const BmCandidate *
candidate_for_row (GtkListBoxRow *row)
{
  return row != NULL ? bm_candidate_item_get_candidate (BM_CANDIDATE_ROW (row)->item) : NULL;
}

/* "Check first: A, B" names other muscles as links; each opens its own page,
 * on the side of the card. */
static gboolean
activate_link_cb (GtkLabel      *label,
                  const char    *uri,
                  BmSourcesPage *self)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_LIST_BOX_ROW);
  const BmCandidate *c = candidate_for_row (GTK_LIST_BOX_ROW (row));

  if (!g_str_has_prefix (uri, "muscle:"))
    return FALSE;
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, uri + strlen ("muscle:"), c ? (int) c->side : (int) BM_SIDE_OF_EITHER);
  return TRUE;
}

static GtkWidget *
create_sheet_chip (void)
{
  GtkWidget *chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  /* The label says it; the tick is decoration. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", "object-select-symbolic",
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *label = gtk_label_new (_("On Sheet"));

  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (chip), icon);
  gtk_box_append (GTK_BOX (chip), label);
  gtk_widget_set_valign (chip, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (chip, _("On My Sheet"));
  gtk_widget_add_css_class (chip, "side-chip");
  gtk_widget_add_css_class (chip, "accent");
  return chip;
}

/* Markup: each key muscle is a link to its page; names are escaped. */
static char *
key_muscles_markup (const BmCandidate *c)
{
  GString *s;

  if (c->related_to != NULL || c->key_muscles->len == 0)
    return NULL;
  s = g_string_new (_("Check first: "));
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


/* The chip and the accessible label follow the sheet; the rest is fixed. */
static void
bm_candidate_row_set_on_sheet (BmCandidateRow *self,
                               gboolean        on_sheet)
{
  const BmCandidate *c = bm_candidate_item_get_candidate (self->item);
  g_autofree char *accessible = NULL;

  gtk_widget_set_visible (self->on_sheet, on_sheet);
  accessible = g_strdup_printf (_("%s, %s, score %.0f of 100%s. %s"), c->muscle->name, bm_candidate_side_get_label (c->side), c->score,
                                on_sheet ? _(", on my sheet") : "", bm_candidate_item_get_reason (self->item));
  if (g_strcmp0 (self->accessible, accessible) == 0)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  g_free (self->accessible);
  self->accessible = g_steal_pointer (&accessible);
}

static GtkBox *
create_row_top (BmCandidateRow *row)
{
  GtkBox *top = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8));

  row->name = add_label (top, "heading", FALSE);
  gtk_label_set_wrap (row->name, TRUE);
  gtk_label_set_wrap_mode (row->name, PANGO_WRAP_WORD_CHAR);
  /* A wrapping label without a width in characters finds its minimum
   * width by wrapping its text at every character, shaping it anew each
   * time; a card given a new muscle is measured before the click's frame. */
  gtk_label_set_width_chars (row->name, NAME_MIN_CHARS);
  gtk_widget_set_hexpand (GTK_WIDGET (row->name), TRUE);
  gtk_box_append (top, row->on_sheet);
  row->side = add_label (top, "caption", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (row->side), "side-chip");
  gtk_widget_set_valign (GTK_WIDGET (row->side), GTK_ALIGN_CENTER);
  /* The bar below names the score for screen readers; a bare "82" would not. */
  row->score = BM_SCORE_LABEL (bm_score_label_new ());
  gtk_box_append (top, GTK_WIDGET (row->score));
  return top;
}

static GtkWidget *
create_score_bar (void)
{
  GtkLevelBar *bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 100));

  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
  return GTK_WIDGET (bar);
}

/* Shows @item in the card, touching only what changed: a re-rank reuses
 * the cards, and a label set again is laid out again. */
static void
bm_candidate_row_set_item (BmCandidateRow  *self,
                           BmCandidateItem *item)
{
  const BmCandidate *c = bm_candidate_item_get_candidate (item);
  g_autofree char *related_markup = key_muscles_markup (c);

  g_set_object (&self->item, item);
  set_label_text (self->name, c->muscle->name);
  set_label_text (self->side, bm_candidate_side_get_label (c->side));
  if (bm_score_label_set_score (self->score, c->score))
    {
      /* TRANSLATORS: a muscle's score bar, for screen readers. AT-SPI has
       * no value text yet, so the value goes in the name. */
      g_autofree char *label = g_strdup_printf (_("Match score %.0f of 100"), c->score);

      gtk_accessible_update_property (GTK_ACCESSIBLE (self->bar), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
  if (gtk_level_bar_get_value (self->bar) != c->score)
    gtk_level_bar_set_value (self->bar, c->score);
  bm_wrap_label_set_text (self->reason, bm_candidate_item_get_reason (item));
  if (g_strcmp0 (gtk_label_get_label (self->related), related_markup ? related_markup : "") != 0)
    gtk_label_set_markup (self->related, related_markup ? related_markup : "");
  gtk_widget_set_visible (GTK_WIDGET (self->related), related_markup != NULL);
}

/* A card: name, chips and score; the score bar; why; what to check first. */
static GtkWidget *
create_row (BmSourcesPage   *self,
            BmCandidateItem *item)
{
  BmCandidateRow *row = g_object_new (BM_TYPE_CANDIDATE_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  row->on_sheet = create_sheet_chip ();
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (create_row_top (row)));
  row->bar = GTK_LEVEL_BAR (create_score_bar ());
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->bar));
  /* The why changes with every click, and each time GTK measures it again
   * before the click's frame: a GtkLabel would shape it five times. */
  row->reason = BM_WRAP_LABEL (bm_wrap_label_new (REASON_MIN_CHARS, REASON_MAX_CHARS));
  gtk_widget_add_css_class (GTK_WIDGET (row->reason), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (row->reason), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->reason));
  row->related = add_label (GTK_BOX (box), "caption", TRUE);
  gtk_label_set_width_chars (row->related, REASON_MIN_CHARS);
  gtk_widget_add_css_class (GTK_WIDGET (row->related), "related");
  g_signal_connect (row->related, "activate-link", G_CALLBACK (activate_link_cb), self);
  bm_candidate_row_set_item (row, item);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (GTK_WIDGET (row), "candidate");
  bm_candidate_row_set_on_sheet (row, bm_session_get_on_sheet (self->session,
                                                               bm_candidate_item_get_candidate (item)->muscle->id));
  return GTK_WIDGET (row);
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
  if (g_strcmp0 (gtk_label_get_label (self->red_flags_label), markup->str) != 0)
    gtk_label_set_markup (self->red_flags_label, markup->str);
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
  guint x = BM_CANDIDATE_ROW (a)->position, y = BM_CANDIDATE_ROW (b)->position;

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

      if (row != NULL && same_key (bm_candidate_item_get_candidate (row->item), c))
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

          card->position = i;
          gtk_list_box_append (self->list_box, GTK_WIDGET (card));
          continue;
        }
      bm_candidate_row_set_item (placed[i], items->pdata[i]);
      moved |= placed[i]->position != i;
      placed[i]->position = i;
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
