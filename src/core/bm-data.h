/* bm-data.h: reading the data files, from the built-in bundle or a directory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GFile     *bm_data_get_builtin (const char  *folder);
GBytes    *bm_data_load        (GFile       *root,
                                const char  *path,
                                const char  *what,
                                GError     **error);
GPtrArray *bm_data_list        (GFile       *root,
                                const char  *folder,
                                const char  *suffix,
                                GError     **error);

G_END_DECLS
