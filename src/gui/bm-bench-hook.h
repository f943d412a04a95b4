/* bm-bench-hook.h: bench/run's first-frame hook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bm_bench_hook_map_drawn    (GtkWidget *view);
void bm_bench_hook_watch_window (GtkWidget *window);

G_END_DECLS
