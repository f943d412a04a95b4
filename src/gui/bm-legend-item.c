/* bm-legend-item.c: one entry of the map's legend, a swatch and its name
 *
 * Declared in ui/bm-window.ui, one object an entry, with its name
 * ("label"), the CSS classes of its swatch ("swatch-style", for example
 * "swatch pain") and what it means ("tooltip-text"). The swatch is a small
 * box in those classes (ui/style.css draws each kind), or with "symbol"
 * set, that text in them (the trigger points' ✕). The name wraps between
 * words when the legend is narrow, never narrower than 12 characters.
 * Screen readers read the entry as its name, its tooltip as the
 * description; the swatch is not read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-legend-item.h"

#define LABEL_MIN_CHARS 12

struct _BmLegendItem
{
  GtkFlowBoxChild parent_instance;

  char           *label;
  char           *swatch_style;
  char           *symbol;
};

G_DEFINE_FINAL_TYPE (BmLegendItem, bm_legend_item, GTK_TYPE_FLOW_BOX_CHILD)

enum { PROP_0, PROP_LABEL, PROP_SWATCH_STYLE, PROP_SYMBOL, N_PROPS };
static GParamSpec *properties[N_PROPS];

/* The swatch: a box, or the symbol as text; styled, and not read. */
static GtkWidget *
swatch_new (BmLegendItem *self)
{
  g_auto(GStrv) classes = g_strsplit (self->swatch_style ? self->swatch_style : "", " ", -1);
  GtkWidget *swatch;

  if (self->symbol != NULL)
    swatch = g_object_new (GTK_TYPE_LABEL, "label", self->symbol,
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  else
    swatch = g_object_new (GTK_TYPE_BOX, "valign", GTK_ALIGN_CENTER,
                           "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  for (guint i = 0; classes[i] != NULL; i++)
    if (classes[i][0] != '\0')
      gtk_widget_add_css_class (swatch, classes[i]);
  return swatch;
}

/* A grid, not a horizontal box: GTK 4.8's box measures a wrapping label's
 * width for its height, by binary search over Pango layouts. */
static void
bm_legend_item_constructed (GObject *object)
{
  BmLegendItem *self = BM_LEGEND_ITEM (object);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *label = gtk_label_new (self->label);

  G_OBJECT_CLASS (bm_legend_item_parent_class)->constructed (object);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_valign (grid, GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_WORD);
  gtk_label_set_width_chars (GTK_LABEL (label), LABEL_MIN_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_grid_attach (GTK_GRID (grid), swatch_new (self), 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), label, 1, 0, 1, 1);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (self), grid);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
}

static void
bm_legend_item_finalize (GObject *object)
{
  BmLegendItem *self = BM_LEGEND_ITEM (object);

  g_free (self->label);
  g_free (self->swatch_style);
  g_free (self->symbol);
  G_OBJECT_CLASS (bm_legend_item_parent_class)->finalize (object);
}

static void
bm_legend_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BmLegendItem *self = BM_LEGEND_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;
    case PROP_SWATCH_STYLE:
      g_value_set_string (value, self->swatch_style);
      break;
    case PROP_SYMBOL:
      g_value_set_string (value, self->symbol);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_legend_item_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BmLegendItem *self = BM_LEGEND_ITEM (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      self->label = g_value_dup_string (value);
      break;
    case PROP_SWATCH_STYLE:
      self->swatch_style = g_value_dup_string (value);
      break;
    case PROP_SYMBOL:
      self->symbol = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_legend_item_class_init (BmLegendItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = bm_legend_item_constructed;
  object_class->finalize = bm_legend_item_finalize;
  object_class->get_property = bm_legend_item_get_property;
  object_class->set_property = bm_legend_item_set_property;
  /* What the swatch stands for: plain text, never markup. */
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  /* The swatch's CSS classes, separated by spaces. */
  properties[PROP_SWATCH_STYLE] = g_param_spec_string ("swatch-style", NULL, NULL, NULL, flags);
  /* Text shown as the swatch, or NULL for a box. */
  properties[PROP_SYMBOL] = g_param_spec_string ("symbol", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bm_legend_item_init (BmLegendItem *self)
{
}
