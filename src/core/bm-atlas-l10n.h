/* bm-atlas-l10n.h: the atlas's translation overlays (l10n/LANG/)
 *
 * Shared by the atlas loader (bm-atlas-l10n.c, its parts in
 * bm-atlas-l10n-parts.c), the muscle overlay and the disclaimer; see
 * docs/atlas-format.md, "Translations".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json.h>

#include "bm-atlas.h"
#include "bm-json.h"

G_BEGIN_DECLS

/* The text of a loaded English atlas that an overlay may replace. */
typedef struct {
  GHashTable      *muscles;     /* id → BmMuscle* */
  GHashTable      *groups;      /* muscle group id → label, both owned by the table */
  GHashTable      *red_flags;   /* id → BmRedFlag* */
  BmRegionCatalog *catalog;
} BmAtlasText;

/* Whether there is a translation in the language @lang. */
typedef gboolean (*BmL10nHas) (const char *lang,
                               gpointer    data);

char        *bm_atlas_l10n_pick   (const char * const *languages,
                                   BmL10nHas           has,
                                   gpointer            data);
GFile       *bm_atlas_l10n_find   (GFile              *root,
                                   const char * const *languages,
                                   char              **lang);
gboolean     bm_atlas_l10n_apply  (GFile              *root,
                                   const char * const *languages,
                                   const BmAtlasText  *atlas,
                                   GError            **error);
gboolean     bm_atlas_l10n_read   (GFile              *dir,
                                   const char         *lang,
                                   const char         *path,
                                   const char * const *keys,
                                   json_object       **doc,
                                   char              **display,
                                   GError            **error);

/* The parts every overlay file is read with. */
gboolean     bm_l10n_check_keys   (json_object        *obj,
                                   const BmJsonWhere  *where,
                                   const char * const *keys,
                                   GError            **error);
gboolean     bm_l10n_text         (json_object        *obj,
                                   const BmJsonWhere  *where,
                                   const char         *field,
                                   char              **slot,
                                   GError            **error);
gboolean     bm_l10n_texts        (json_object        *obj,
                                   const BmJsonWhere  *where,
                                   const char         *field,
                                   int                 length,
                                   char             ***texts,
                                   GError            **error);

/* Reads item @index (from 0) of a list that follows the English one. */
typedef gboolean (*BmL10nItemFunc)  (json_object  *item,
                                     guint         index,
                                     gpointer      data,
                                     GError      **error);
/* Reads the entry @where->item of an object keyed by id. */
typedef gboolean (*BmL10nEntryFunc) (json_object       *value,
                                     const BmJsonWhere *where,
                                     gpointer           data,
                                     GError           **error);

gboolean     bm_l10n_list         (json_object        *obj,
                                   const BmJsonWhere  *where,
                                   const char         *field,
                                   guint               english_length,
                                   BmL10nItemFunc      func,
                                   gpointer            data,
                                   GError            **error);
gboolean     bm_l10n_map          (json_object        *obj,
                                   const BmJsonWhere  *where,
                                   const char         *field,
                                   const char         *kind,
                                   gboolean            objects,
                                   BmL10nEntryFunc     func,
                                   gpointer            data,
                                   GError            **error);
void         bm_l10n_unknown_id   (const BmJsonWhere  *where,
                                   const char         *field,
                                   GError            **error);

gboolean     bm_muscle_l10n_apply (GHashTable         *muscles,
                                   json_object        *root,
                                   const char         *file,
                                   const char         *expected_id,
                                   GError            **error);

G_END_DECLS
