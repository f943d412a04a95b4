/* bm-candidate-row.c: one likely source's card in the Sources list
 *
 * The muscle's name, whether it is on My Sheet, its side and its score;
 * the score as a bar; why it ranked there (its own match, so a card
 * changes only when its muscle's match does); and the key muscles to check
 * first, as links. A re-rank gives a card another candidate with
 * bm_candidate_row_set_item(), which sets again only what changed: every
 * label set again is laid out again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/bm-engine.h"
#include "bm-candidate-row.h"
#include "bm-enum-types.h"
#include "bm-label-util.h"
#include "bm-score-label.h"
#include "bm-wrap-label.h"

#define REASON_MIN_CHARS 20  /* the "why" and "check first" wrap no narrower, */
#define REASON_MAX_CHARS 40  /* and ask for this wide */
#define NAME_MIN_CHARS   10  /* a muscle's name wraps no narrower */

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

enum { OPEN_MUSCLE, N_SIGNALS };
static guint signals[N_SIGNALS];

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

  /**
   * BmCandidateRow::open-muscle:
   * @muscle: a muscle the card names as one to check first
   * @side: the card's #BmCandidateSide
   */
  signals[OPEN_MUSCLE] =
    g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, BM_TYPE_CANDIDATE_SIDE);
}

static void
bm_candidate_row_init (BmCandidateRow *self)
{
}

/* "Check first: A, B" names other muscles as links; each opens its own page,
 * on the side of the card. */
static gboolean
activate_link_cb (GtkLabel       *label,
                  const char     *uri,
                  BmCandidateRow *self)
{
  if (!g_str_has_prefix (uri, "muscle:"))
    return FALSE;
  g_signal_emit (self, signals[OPEN_MUSCLE], 0, uri + strlen ("muscle:"), (int) bm_candidate_row_get_candidate (self)->side);
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
void
bm_candidate_row_set_on_sheet (BmCandidateRow *self,
                               gboolean        on_sheet)
{
  g_return_if_fail (BM_IS_CANDIDATE_ROW (self));

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

  row->name = bm_label_append (top, "heading", TRUE);
  /* A wrapping label without a width in characters finds its minimum
   * width by wrapping its text at every character, shaping it anew each
   * time; a card given a new muscle is measured before the click's frame. */
  gtk_label_set_width_chars (row->name, NAME_MIN_CHARS);
  gtk_widget_set_hexpand (GTK_WIDGET (row->name), TRUE);
  gtk_box_append (top, row->on_sheet);
  row->side = bm_label_append (top, "caption", FALSE);
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
void
bm_candidate_row_set_item (BmCandidateRow  *self,
                           BmCandidateItem *item)
{
  const BmCandidate *c;
  g_autofree char *related_markup = NULL;

  g_return_if_fail (BM_IS_CANDIDATE_ROW (self));
  g_return_if_fail (BM_IS_CANDIDATE_ITEM (item));
  c = bm_candidate_item_get_candidate (item);
  related_markup = key_muscles_markup (c);

  g_set_object (&self->item, item);
  bm_label_set_text (self->name, c->muscle->name);
  bm_label_set_text (self->side, bm_candidate_side_get_label (c->side));
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
  bm_label_set_markup (self->related, related_markup ? related_markup : "");
  gtk_widget_set_visible (GTK_WIDGET (self->related), related_markup != NULL);
}

/* A card: name, chips and score; the score bar; why; what to check first. */
GtkWidget *
bm_candidate_row_new (BmCandidateItem *item,
                      gboolean         on_sheet)
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
  row->related = bm_label_append (GTK_BOX (box), "caption", TRUE);
  gtk_label_set_width_chars (row->related, REASON_MIN_CHARS);
  gtk_label_set_max_width_chars (row->related, REASON_MAX_CHARS);
  gtk_widget_add_css_class (GTK_WIDGET (row->related), "related");
  g_signal_connect (row->related, "activate-link", G_CALLBACK (activate_link_cb), row);
  bm_candidate_row_set_item (row, item);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_add_css_class (GTK_WIDGET (row), "candidate");
  bm_candidate_row_set_on_sheet (row, on_sheet);
  return GTK_WIDGET (row);
}

const BmCandidate *
bm_candidate_row_get_candidate (BmCandidateRow *self)
{
  g_return_val_if_fail (BM_IS_CANDIDATE_ROW (self), NULL);
  return bm_candidate_item_get_candidate (self->item);
}

/* The card's place in the ranking: the list sorts by it. */
guint
bm_candidate_row_get_position (BmCandidateRow *self)
{
  g_return_val_if_fail (BM_IS_CANDIDATE_ROW (self), 0);
  return self->position;
}

void
bm_candidate_row_set_position (BmCandidateRow *self,
                               guint           position)
{
  g_return_if_fail (BM_IS_CANDIDATE_ROW (self));
  self->position = position;
}
