/* bm-muscle-nerves.c: the nerves a muscle can press on, on its page
 *
 * A card for each nerve: its name, where the muscle catches it and which
 * areas it serves, in words, and the atlas's note on how. The section
 * ends with when to have numbness checked, and is hidden when the muscle
 * presses on no nerve.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "bm-muscle-nerves.h"
#include "bm-muscle-sections.h"

struct _BmMuscleNerves
{
  AdwPreferencesGroup parent_instance;

  GtkWidget          *cards;    /* a card for each nerve */
  GtkWidget          *advice;   /* when to have numbness checked */
};

static void bm_muscle_nerves_section_init (BmMuscleSectionInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BmMuscleNerves, bm_muscle_nerves, ADW_TYPE_PREFERENCES_GROUP,
                               G_IMPLEMENT_INTERFACE (BM_TYPE_MUSCLE_SECTION, bm_muscle_nerves_section_init))

/* "forearm-dorsal" → "the back of the forearm". The nerve runs the same
 * way on both sides, so the words name no side. */
static char *
region_words (BmRegionCatalog *catalog,
              const char      *id)
{
  const BmRegion *region = bm_region_catalog_lookup_base (catalog, id, BM_SIDE_LEFT);
  g_autofree char *label = NULL;
  BmRegion sideless;

  if (region == NULL)
    return g_strdup (id);
  label = bm_region_dup_base_label (region);
  sideless = *region;
  sideless.label = label;
  sideless.side = BM_SIDE_MID;
  return bm_region_in_sentence (&sideless);
}

/* "the outer elbow", "the back of the forearm and the back of the wrist",
 * "a, b and c" */
static char *
regions_words (BmRegionCatalog *catalog,
               char           **ids)
{
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; ids[i] != NULL; i++)
    g_ptr_array_add (words, region_words (catalog, ids[i]));
  return bm_join_list (words);
}

/* "Supinator can squeeze it at the outer elbow. The nerve serves the back
 * of the forearm and the back of the wrist." A place such as "below the
 * collarbone" takes no "at". */
static char *
where_text (BmRegionCatalog    *catalog,
            const BmMuscle     *muscle,
            const BmEntrapment *entrapment)
{
  g_autofree char *site = regions_words (catalog, entrapment->site);
  g_autofree char *serves = regions_words (catalog, entrapment->regions);

  /* An English place such as "below the collarbone" takes no "at". */
  if (g_str_has_prefix (site, "the "))
    /* Translators: a muscle, the place where it presses on a nerve ("the
     * outer elbow"), and the areas the nerve serves. */
    return g_strdup_printf (_("%s can squeeze it at %s. The nerve serves %s."), muscle->name, site, serves);
  /* Translators: a muscle, the place where it presses on a nerve ("below the
   * collarbone"), and the areas the nerve serves. */
  return g_strdup_printf (_("%s can squeeze it %s. The nerve serves %s."), muscle->name, site, serves);
}

static void
append_nerve (BmMuscleNerves     *self,
              BmRegionCatalog    *catalog,
              const BmMuscle     *muscle,
              const BmEntrapment *entrapment)
{
  GtkWidget *card = bm_muscle_card_append (self->cards);
  g_autofree char *nerve = g_strdup (entrapment->nerve);
  g_autofree char *where = where_text (catalog, muscle, entrapment);

  /* The atlas names nerves in the middle of a sentence: "sciatic nerve". */
  nerve[0] = g_ascii_toupper (nerve[0]);
  gtk_box_append (GTK_BOX (card), bm_muscle_section_label (nerve, "heading"));
  gtk_box_append (GTK_BOX (card), bm_muscle_section_label (where, NULL));
  gtk_box_append (GTK_BOX (card), bm_muscle_section_label (entrapment->note, "dim-label"));
}

static void
bm_muscle_nerves_muscle_set (BmMuscleSection *section,
                             const BmMuscle  *muscle,
                             BmCandidateSide  side,
                             BmSession       *session)
{
  BmMuscleNerves *self = BM_MUSCLE_NERVES (section);
  BmAtlas *atlas = bm_session_get_atlas (session);
  const BmRedFlag *numbness = bm_atlas_lookup_red_flag (atlas, "numbness");

  bm_muscle_section_clear (self->cards);
  for (guint i = 0; muscle->entrapments != NULL && i < muscle->entrapments->len; i++)
    append_nerve (self, bm_atlas_get_catalog (atlas), muscle, g_ptr_array_index (muscle->entrapments, i));
  gtk_label_set_text (GTK_LABEL (self->advice), numbness != NULL ? numbness->reason : NULL);
  gtk_widget_set_visible (self->advice, numbness != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), gtk_widget_get_first_child (self->cards) != NULL);
}

static void
bm_muscle_nerves_section_init (BmMuscleSectionInterface *iface)
{
  iface->muscle_set = bm_muscle_nerves_muscle_set;
}

static void
bm_muscle_nerves_class_init (BmMuscleNervesClass *klass)
{
}

static void
bm_muscle_nerves_init (BmMuscleNerves *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  self->cards = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  self->advice = bm_muscle_section_label (NULL, "caption dim-label");
  gtk_box_append (GTK_BOX (box),
                  bm_muscle_section_label (_("A tight muscle can squeeze a nerve that runs through or past it. "
                                             "That can bring numbness, tingling or weakness to the areas "
                                             "the nerve serves."), "dim-label"));
  gtk_box_append (GTK_BOX (box), self->cards);
  gtk_box_append (GTK_BOX (box), self->advice);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Nerves It Can Press On"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
}
