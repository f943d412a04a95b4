/* bm-disclaimer.h: what Bodymap is and is not, from data/atlas/disclaimer.json
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Plain text, never markup. */
typedef struct {
  char *heading;   /* a dialog's title: "Self-Care Education, Not Diagnosis" */
  char *title;     /* the same in a sentence: "Self-care education, not a diagnosis" */
  char *summary;   /* one sentence for the command line and JSON output */
  char *advice;    /* when to stop and see a clinician, in one sentence */
  char *details;   /* the full notice, in paragraphs */
} BmDisclaimer;

BmDisclaimer       *bm_disclaimer_load (GFile        *root,
                                        GError      **error);
BmDisclaimer       *bm_disclaimer_load_for_languages (GFile              *root,
                                                      const char * const *languages,
                                                      GError            **error);
void                bm_disclaimer_free (BmDisclaimer *disclaimer);
const BmDisclaimer *bm_disclaimer_get  (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BmDisclaimer, bm_disclaimer_free)

G_END_DECLS
