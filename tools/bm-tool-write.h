/* bm-tool-write.h: output of the build-time compilers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean bm_tool_write_if_changed (const char  *path,
                                   GVariant    *compiled,
                                   GError     **error);

G_END_DECLS
