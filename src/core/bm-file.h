/* bm-file.h: writing the person's files safely (sheet PDF, session)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _BmFileWriter BmFileWriter;

BmFileWriter *bm_file_writer_new      (const char    *path,
                                       int            mode,
                                       GError       **error);
gboolean      bm_file_writer_write    (BmFileWriter  *self,
                                       const void    *data,
                                       gsize          length);
gboolean      bm_file_writer_commit   (BmFileWriter  *self,
                                       GError       **error);
void          bm_file_writer_free     (BmFileWriter  *self);
const char   *bm_file_writer_get_temp (BmFileWriter  *self);

gboolean      bm_file_set_contents    (const char    *path,
                                       const char    *data,
                                       gsize          length,
                                       int            mode,
                                       GError       **error);
char         *bm_file_resolve_target  (const char    *path,
                                       GError       **error);
guint         bm_file_remove_stale_temporaries (const char *path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmFileWriter, bm_file_writer_free)

G_END_DECLS
