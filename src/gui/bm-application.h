/* bm-application.h: the application, its actions and headless options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "core/bm-journal.h"

G_BEGIN_DECLS

#define BM_TYPE_APPLICATION (bm_application_get_type ())

G_DECLARE_FINAL_TYPE (BmApplication, bm_application, BM, APPLICATION, AdwApplication)

BmApplication *bm_application_new             (void);
GtkWidget     *bm_application_new_error_page  (const char *reason);
/* The shared journal, opened on first use; NULL (and @error) when it
 * cannot be opened now, to be tried again on the next call. */
BmJournal     *bm_application_get_journal     (BmApplication  *self,
                                               GError        **error);

G_END_DECLS
