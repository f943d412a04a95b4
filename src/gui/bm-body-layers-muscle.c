/* bm-body-layers-muscle.c: the shown muscle's shape and name on the body map
 *
 * The shape comes from BmMuscleArt, drawn under the marks; the name sits
 * beside the shape once per view, where it hides the least of the referral
 * zones, the marks and the Xs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-body-layers-private.h"

#define SHAPE_MARGIN 3.0       /* drawing units around a shape, for its outline */

/* The box of @muscle's shapes in @slot's view on the sides @side covers,
 * in drawing units; FALSE when it has none there. */
static gboolean
shape_box (const BmLayerFrame *frame,
           const BmLayerSlot  *slot,
           const BmMuscle     *muscle,
           BmCandidateSide     side,
           graphene_rect_t    *box)
{
  gboolean any = FALSE;

  for (BmMuscleSide s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      double x, y, w, h;
      graphene_rect_t r;

      if (!bm_candidate_side_includes (side, s) ||
          !bm_muscle_art_get_bounds (frame->muscle_art, slot->view, muscle, s, &x, &y, &w, &h))
        continue;
      r = GRAPHENE_RECT_INIT (x, y, w, h);
      if (any)
        graphene_rect_union (box, &r, box);
      else
        *box = r;
      any = TRUE;
    }
  return any;
}

/* Draws @muscle's shapes on the sides @side covers, clipped to what is on
 * screen: whole, or only their @outline (over the referral zones). */
void
bm_body_layers_append_shapes (GtkSnapshot        *snapshot,
                              const BmLayerFrame *frame,
                              const BmLayerSlot  *slot,
                              const BmMuscle     *muscle,
                              BmCandidateSide     side,
                              gboolean            outline)
{
  double s = frame->scale;
  graphene_rect_t box;
  cairo_t *cr;

  if (!shape_box (frame, slot, muscle, side, &box))
    return;
  graphene_rect_inset (&box, -SHAPE_MARGIN, -SHAPE_MARGIN);
  if (!graphene_rect_intersection (&box, &slot->visible, &box))
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (slot->x + box.origin.x * s, slot->y + box.origin.y * s,
                                                                 box.size.width * s, box.size.height * s));
  cairo_translate (cr, slot->x, slot->y);
  for (BmMuscleSide m = 0; m < BM_N_MUSCLE_SIDES; m++)
    if (bm_candidate_side_includes (side, m) && outline)
      bm_muscle_art_render_outline (frame->muscle_art, slot->view, cr, s, muscle, m);
    else if (bm_candidate_side_includes (side, m))
      bm_muscle_art_render (frame->muscle_art, slot->view, cr, s, muscle, m);
  cairo_destroy (cr);
}

GskRenderNode *
bm_body_layers_build_muscle_node (const BmLayerFrame *frame)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  for (guint i = 0; i < frame->n_slots; i++)
    bm_body_layers_append_shapes (snapshot, frame, &frame->slots[i], frame->highlight->muscle, frame->highlight->side,
                                  FALSE);
  return gtk_snapshot_free_to_node (snapshot);
}

#define NAME_PAD_X 7.0
#define NAME_PAD_Y 2.0
#define NAME_GAP 5.0           /* px between a shape and its name */

static gboolean
in_array (GArray *regions,
          guint   region)
{
  for (guint i = 0; regions != NULL && i < regions->len; i++)
    if (g_array_index (regions, guint, i) == region)
      return TRUE;
  return FALSE;
}

/* How much a name at @r (widget px) would hide: a referral zone, a mark or
 * an X under it, or a part of it off the view. */
static int
name_cost (const BmLayerFrame    *frame,
           const BmLayerSlot     *slot,
           const graphene_rect_t *r)
{
  const BmHighlight *h = frame->highlight;
  double s = frame->scale, vw, vh;
  int cost = 0;

  bm_body_art_get_size (frame->art, slot->view, &vw, &vh);
  if (r->origin.x < slot->x || r->origin.y < slot->y ||
      r->origin.x + r->size.width > slot->x + vw * s || r->origin.y + r->size.height > slot->y + vh * s)
    cost += 100;
  for (int i = 0; i < 10; i++)
    {
      double x = r->origin.x + r->size.width * (i % 5) / 4, y = r->origin.y + r->size.height * (i / 5);
      const BmRegion *region = bm_body_art_region_at (frame->art, slot->view, (x - slot->x) / s, (y - slot->y) / s);

      if (region != NULL)
        cost += 3 * in_array (h->essential, region->index) + in_array (h->spillover, region->index) +
                3 * (frame->pain_map != NULL && bm_pain_map_is_marked (frame->pain_map, region->index));
    }
  for (guint i = 0; i < h->xs->len; i++)
    {
      const BmLayerX *x = &g_array_index (h->xs, BmLayerX, i);
      graphene_rect_t around = GRAPHENE_RECT_INIT (slot->x + x->x * s - 8, slot->y + x->y * s - 8, 16, 16);

      cost += 10 * (x->view == slot->view && graphene_rect_intersection (r, &around, NULL));
    }
  return cost;
}

/* Where the name goes beside @box (widget px): above, below, right or
 * left of the shape, whichever hides least. */
static graphene_rect_t
place_name (const BmLayerFrame    *frame,
            const BmLayerSlot     *slot,
            const graphene_rect_t *box,
            double                 w,
            double                 h)
{
  double cx = box->origin.x + box->size.width / 2 - w / 2, cy = box->origin.y + box->size.height / 2 - h / 2;
  graphene_rect_t spots[] = {
    GRAPHENE_RECT_INIT (cx, box->origin.y - NAME_GAP - h, w, h),
    GRAPHENE_RECT_INIT (cx, box->origin.y + box->size.height + NAME_GAP, w, h),
    GRAPHENE_RECT_INIT (box->origin.x + box->size.width + NAME_GAP, cy, w, h),
    GRAPHENE_RECT_INIT (box->origin.x - NAME_GAP - w, cy, w, h),
  };
  int best = 0, best_cost = G_MAXINT;

  for (guint i = 0; i < G_N_ELEMENTS (spots); i++)
    {
      int cost = name_cost (frame, slot, &spots[i]);

      if (cost < best_cost)
        best = i, best_cost = cost;
    }
  return spots[best];
}

static void
rgba_from (GdkRGBA      *to,
           const BmRgba *from,
           double        alpha)
{
  *to = (GdkRGBA) { from->red, from->green, from->blue, alpha };
}

/* The muscle's name once per view, on a plate of the map's background so
 * that it reads over the drawing, in the muscle's outline colour. */
static void
append_name (GtkSnapshot        *snapshot,
             PangoLayout        *layout,
             const BmLayerFrame *frame,
             const BmLayerSlot  *slot)
{
  const BmHighlight *hl = frame->highlight;
  double s = frame->scale;
  graphene_rect_t box, spot;
  GskRoundedRect plate;
  GdkRGBA ink, edge, back = frame->background;
  int tw, th;

  if (!shape_box (frame, slot, hl->muscle, hl->side, &box))
    return;
  box = GRAPHENE_RECT_INIT (slot->x + box.origin.x * s, slot->y + box.origin.y * s, box.size.width * s, box.size.height * s);
  pango_layout_get_pixel_size (layout, &tw, &th);
  spot = place_name (frame, slot, &box, tw + 2 * NAME_PAD_X, th + 2 * NAME_PAD_Y);
  gsk_rounded_rect_init_from_rect (&plate, &spot, spot.size.height / 2);
  back.alpha = 0.92;
  rgba_from (&ink, &frame->muscle_style->stroke, 1);
  rgba_from (&edge, &frame->muscle_style->stroke, 0.55);
  gtk_snapshot_push_rounded_clip (snapshot, &plate);
  gtk_snapshot_append_color (snapshot, &back, &spot);
  gtk_snapshot_pop (snapshot);
  gtk_snapshot_append_border (snapshot, &plate, (float[4]) { 1, 1, 1, 1 }, (GdkRGBA[4]) { edge, edge, edge, edge });
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (spot.origin.x + NAME_PAD_X, spot.origin.y + NAME_PAD_Y));
  gtk_snapshot_append_layout (snapshot, layout, &ink);
  gtk_snapshot_restore (snapshot);
}

GskRenderNode *
bm_body_layers_build_name_node (GtkWidget          *owner,
                                const BmLayerFrame *frame)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  PangoLayout *layout = gtk_widget_create_pango_layout (owner, frame->highlight->muscle->name);
  PangoAttrList *attrs = pango_attr_list_new ();

  /* Plain text from the atlas, never markup. */
  pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_attr_list_insert (attrs, pango_attr_scale_new (0.9));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  for (guint i = 0; i < frame->n_slots; i++)
    append_name (snapshot, layout, frame, &frame->slots[i]);
  g_object_unref (layout);
  return gtk_snapshot_free_to_node (snapshot);
}
