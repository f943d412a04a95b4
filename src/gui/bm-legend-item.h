/* bm-legend-item.h: one entry of the map's legend, a swatch and its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BM_TYPE_LEGEND_ITEM (bm_legend_item_get_type ())
G_DECLARE_FINAL_TYPE (BmLegendItem, bm_legend_item, BM, LEGEND_ITEM, GtkFlowBoxChild)

G_END_DECLS
