/* bm-mark-popover.h: set the kind and intensity of one marked area
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-pain-map.h"

G_BEGIN_DECLS

#define BM_TYPE_MARK_POPOVER (bm_mark_popover_get_type ())

G_DECLARE_FINAL_TYPE (BmMarkPopover, bm_mark_popover, BM, MARK_POPOVER, GtkPopover)

GtkWidget *bm_mark_popover_new        (void);
void       bm_mark_popover_set_region (BmMarkPopover *self,
                                       BmPainMap     *pain_map,
                                       guint          region);

G_END_DECLS
