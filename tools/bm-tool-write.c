/* bm-tool-write.c: output of the build-time compilers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bm-tool-write.h"

/* Writes @compiled to @path unless it already holds it, so an unchanged
 * atlas or drawing does not rebuild the resource bundle that holds it. */
gboolean
bm_tool_write_if_changed (const char  *path,
                          GVariant    *compiled,
                          GError     **error)
{
  g_autofree char *old = NULL;
  gsize old_length;
  gsize length = g_variant_get_size (compiled);
  gconstpointer data = g_variant_get_data (compiled);

  if (g_file_get_contents (path, &old, &old_length, NULL) && old_length == length &&
      memcmp (old, data, length) == 0)
    return TRUE;
  return g_file_set_contents (path, data, (gssize) length, error);
}
