/* bm-engine-reasons.c: the sentences that explain a ranking
 *
 * Every sentence is one translatable message with placeholders; only the
 * names of muscles, trigger points, nerves and areas come from the atlas
 * (and its translation overlays). Lists of those are joined with the
 * translatable "%s and %s" and "%s, %s".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-engine-private.h"
#include "bm-ids.h"

/* Whether areas and muscle names are rewritten the English way inside a
 * sentence; other languages put the label as it stands into a format. */
static const char *
area_format (void)
{
  /* Translators: how an area of the body map reads inside the sentences that
   * explain a ranking. Keep "english" for English: there the label ("Outer
   * lower leg, upper half") is rewritten to "the upper half of the outer lower
   * leg", and muscle names are written lower-case inside a sentence. Any other
   * translation is a format in which %s is the area's label as it stands
   * alone, without its side, e.g. "„%s“" (German); muscle names are then
   * kept as the atlas writes them. */
  return C_("area in a sentence", "english");
}

static gboolean
english_phrasing (void)
{
  return g_str_equal (area_format (), "english");
}

/* Labels are written to stand alone ("Outer lower leg, upper half (left)").
 * In an English sentence an area reads lower-case, with its article, and
 * without the comma that would make one area look like two: "the upper half
 * of the outer lower leg (left)", "the jaw joint in front of the ear (left)". */

static gboolean
starts_with_word (const char         *text,
                  const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    {
      gsize n = strlen (words[i]);

      if (g_ascii_strncasecmp (text, words[i], n) == 0 && (text[n] == ' ' || text[n] == '\0'))
        return TRUE;
    }
  return FALSE;
}

static const char * const prepositions[] = { "above", "around", "at", "behind", "below", "between", "in",
                                             "just", "on", "under", NULL };

/* Lower-cases the first letter, unless the first word is a name. */
static void
append_lowered (GString    *s,
                const char *text,
                gssize      length)
{
  static const char * const names[] = { "Achilles", NULL };
  gsize at = s->len;

  g_string_append_len (s, text, length);
  if (!starts_with_word (text, names))
    s->str[at] = g_ascii_tolower (s->str[at]);
}

/* "the …" for a noun; nothing before a place such as "behind the ear". */
static void
append_noun (GString    *s,
             const char *text,
             gssize      length)
{
  if (!starts_with_word (text, prepositions))
    g_string_append (s, "the ");
  append_lowered (s, text, length);
}

static char *
english_area (const char *label)
{
  gsize length = strlen (label);
  const char *comma = strstr (label, ", ");
  GString *s = g_string_new (NULL);

  if (comma == NULL)
    append_noun (s, label, (gssize) length);
  else
    {
      const char *part = comma + 2;
      gssize head = comma - label, tail = (gssize) length - (part - label);

      if (starts_with_word (part, prepositions))
        {
          /* "Jaw joint, in front of the ear": the jaw joint in front of the ear */
          append_noun (s, label, head);
          g_string_append_c (s, ' ');
          g_string_append_len (s, part, tail);
        }
      else if (g_strstr_len (part, tail, " of ") != NULL)
        {
          /* "Sacrum, base of the spine": the sacrum at the base of the spine */
          append_noun (s, label, head);
          g_string_append (s, " at the ");
          g_string_append_len (s, part, tail);
        }
      else
        {
          /* "Calf, upper half": the upper half of the calf */
          append_noun (s, part, tail);
          g_string_append (s, " of ");
          append_noun (s, label, head);
        }
    }
  return g_string_free (s, FALSE);
}

/* A translated "area in a sentence" holds one "%s" and no other directive;
 * any other is not used as a format. */
static char *
translated_area (const char *label)
{
  const char *format = area_format ();
  const char *at = strstr (format, "%s");

  if (at == NULL || strchr (format, '%') != at || strchr (at + 2, '%') != NULL)
    return g_strdup (label);
  return g_strdup_printf (format, label);
}

char *
bm_region_in_sentence (const BmRegion *region)
{
  g_autofree char *label = bm_region_dup_base_label (region);
  g_autofree char *phrase = english_phrasing () ? english_area (label) : translated_area (label);

  if (region->side == BM_SIDE_LEFT)
    /* Translators: an area on the left side inside a sentence, e.g. "the outer
     * knee (left)"; %s is the area as the "area in a sentence" message makes it. */
    return g_strdup_printf (_("%s (left)"), phrase);
  if (region->side == BM_SIDE_RIGHT)
    /* Translators: as "%s (left)", for the right side. */
    return g_strdup_printf (_("%s (right)"), phrase);
  return g_steal_pointer (&phrase);
}

/* "a", "a and b", "a, b and c": @items (strings) as one list, in the
 * user's language (also the things of a picture, bm-illustration.c). */
char *
bm_join_list (GPtrArray *items)
{
  char *s;

  if (items->len == 0)
    return g_strdup ("");
  s = g_strdup (items->pdata[items->len - 1]);
  for (guint i = items->len - 1; i-- > 0;)
    {
      char *joined = g_strdup_printf (i + 2 == items->len
                                      /* Translators: joins the last two items of a list of areas,
                                       * muscles or things: "the outer knee and the calf". */
                                      ? _("%s and %s")
                                      /* Translators: joins the other items of a list: "the hip,
                                       * the outer knee and the calf". */
                                      : _("%s, %s"), (char *) items->pdata[i], s);
      g_free (s);
      s = joined;
    }
  return s;
}

static char *
region_list (BmRegionCatalog *catalog,
             const GArray    *explains,
             BmZone           zone)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  for (guint k = 0; k < explains->len; k++)
    {
      const BmExplained *e = &g_array_index (explains, BmExplained, k);

      if (e->zone == zone)
        g_ptr_array_add (items, bm_region_in_sentence (bm_region_catalog_get_region (catalog, e->region)));
    }
  return bm_join_list (items);
}

static guint
count_zone (const GArray *explains,
            BmZone        zone)
{
  guint n = 0;

  for (guint i = 0; i < explains->len; i++)
    n += g_array_index (explains, BmExplained, i).zone == zone;
  return n;
}

/* "your marked area", "both your areas", "all 6 of your areas", "2 of your 3 areas" */
static char *
areas_phrase (guint n,
              guint total)
{
  /* The object of "%s: refers pain to %s" and "%s explains %s". */
  if (n == total && total == 1)
    /* Translators: the object of "%s: refers pain to %s" and "%s explains %s" in
     * the reasons of a ranking: the one area the person marked on the body map. */
    return g_strdup (_("your marked area"));
  if (n == total && total == 2)
    /* Translators: as "your marked area": both of the two marked areas. */
    return g_strdup (_("both your areas"));
  if (n == total)
    /* Translators: as "your marked area": every one of the %u (3 or more) marked areas. */
    return g_strdup_printf (ngettext ("all %u of your areas", "all %u of your areas", total), total);
  /* Translators: as "your marked area": the first %u is how many of the marked
   * areas, the second how many were marked. */
  return g_strdup_printf (ngettext ("%u of your %u area", "%u of your %u areas", total), n, total);
}

/* A muscle's name inside a sentence: "gluteus minimus" in English. */
static char *
name_in_sentence (const BmMuscle *muscle)
{
  char *name = g_strdup (muscle->name);

  if (english_phrasing ())
    name[0] = g_ascii_tolower (name[0]);
  return name;
}

/* Upper-cases the first letter of a sentence that starts with a name. */
static char *
capitalize (char *sentence)
{
  gunichar first = g_utf8_get_char (sentence);
  char head[8];
  char *s;

  if (first == 0 || g_unichar_isupper (first))
    return sentence;
  head[g_unichar_to_utf8 (g_unichar_totitle (first), head)] = '\0';
  s = g_strconcat (head, g_utf8_next_char (sentence), NULL);
  g_free (sentence);
  return s;
}

/* Adds one sentence, after a space when there is one before. */
static void
append_sentence (GString *s,
                 char    *sentence)
{
  if (s->len > 0)
    g_string_append_c (s, ' ');
  g_string_append (s, sentence);
  g_free (sentence);
}

static char *
referred_one (const char *point,
              const char *areas,
              const char *mainly,
              gboolean    main_zone)
{
  if (mainly != NULL)
    /* Translators: %1$s is a trigger point's name (from the atlas), %2$s how many
     * marked areas ("3 marked areas"), %3$s a list of areas ("the outer knee
     * (left) and the calf (left)"). */
    return g_strdup_printf (_("%s: refers pain to %s, mainly %s."), point, areas, mainly);
  if (main_zone)
    /* Translators: %1$s is a trigger point's name, %2$s an area ("the outer knee
     * (left)"). */
    return g_strdup_printf (_("%s: refers pain to %s, in its main zone."), point, areas);
  /* Translators: %1$s is a trigger point's name, %2$s an area ("the outer knee
   * (left)") or how many marked areas ("2 marked areas"). */
  return g_strdup_printf (_("%s: refers pain to %s."), point, areas);
}

static char *
referred_many (const char *point,
               guint       others,
               const char *areas,
               const char *mainly,
               gboolean    main_zone)
{
  if (mainly != NULL)
    /* Translators: %1$s is the main trigger point's name (from the atlas), %2$u how
     * many more trigger points of the muscle, %3$s how many marked areas ("3
     * marked areas"), %4$s a list of areas ("the outer knee (left) and the calf (left)"). */
    return g_strdup_printf (ngettext ("%s and %u other trigger point together refer pain to %s, mainly %s.",
                                      "%s and %u other trigger points together refer pain to %s, mainly %s.",
                                      others), point, others, areas, mainly);
  if (main_zone)
    /* Translators: as above; %3$s is an area ("the outer knee (left)"). */
    return g_strdup_printf (ngettext ("%s and %u other trigger point together refer pain to %s, in its main zone.",
                                      "%s and %u other trigger points together refer pain to %s, in its main zone.",
                                      others), point, others, areas);
  /* Translators: as above, without the list of areas; %3$s is an area or how
   * many marked areas. */
  return g_strdup_printf (ngettext ("%s and %u other trigger point together refer pain to %s.",
                                    "%s and %u other trigger points together refer pain to %s.",
                                    others), point, others, areas);
}

/* The areas a candidate refers pain to, by name when there is one ("the
 * outer knee (left)"), else by number ("3 marked areas"). It says nothing
 * of the areas the muscle does not explain: a card's "why" then changes only
 * when its own match does, not with every mark (the summary gives the
 * total). */
static char *
referred_areas (BmRegionCatalog   *catalog,
                const BmCandidate *cand,
                guint              referred)
{
  for (guint k = 0; referred == 1 && k < cand->explains->len; k++)
    {
      const BmExplained *e = &g_array_index (cand->explains, BmExplained, k);

      if (e->zone == BM_ZONE_ESSENTIAL || e->zone == BM_ZONE_SPILLOVER)
        return bm_region_in_sentence (bm_region_catalog_get_region (catalog, e->region));
    }
  /* Translators: the object of "%s: refers pain to %s" in the reasons of a
   * ranking: how many of the areas the person marked the muscle refers pain
   * to (always 2 or more). */
  return g_strdup_printf (ngettext ("%u marked area", "%u marked areas", referred), referred);
}

/* "Lower outer thigh (TrP2): refers pain to 2 marked areas, mainly …" */
static char *
describe_referred (BmRegionCatalog   *catalog,
                   const BmCandidate *cand,
                   guint              referred)
{
  guint others = cand->trigger_points->len > 0 ? cand->trigger_points->len - 1 : 0;
  gboolean main_zone = count_zone (cand->explains, BM_ZONE_ESSENTIAL) > 0;
  g_autofree char *areas = referred_areas (catalog, cand, referred);
  g_autofree char *mainly = main_zone && referred > 1 ? region_list (catalog, cand->explains, BM_ZONE_ESSENTIAL)
                                                      : NULL;

  /* A pattern spread over several points names the main one. */
  if (others == 0)
    return referred_one (cand->best->name, areas, mainly, main_zone);
  return referred_many (cand->best->name, others, areas, mainly, main_zone);
}

static char *
describe_chained (BmRegionCatalog   *catalog,
                  const BmCandidate *cand,
                  gboolean           after)
{
  const BmChain *chain = NULL;
  g_autofree char *list = region_list (catalog, cand->explains, BM_ZONE_CHAIN);

  for (guint i = 0; i < cand->explains->len && chain == NULL; i++)
    chain = g_array_index (cand->explains, BmExplained, i).chain;
  if (after)
    /* Translators: follows a sentence on referred pain. %1$s is what the muscle
     * acts through (from the atlas, e.g. "iliotibial band"), %2$s a list of areas. */
    return g_strdup_printf (_("Through the %s it can also affect %s."), chain->via, list);
  /* Translators: %1$s is what the muscle acts through (from the atlas, e.g.
   * "iliotibial band"), %2$s a list of areas ("the outer knee (left)"). */
  return g_strdup_printf (_("Not by referred pain, but through the %s it can affect %s."), chain->via, list);
}

static char *
nerve_alone (const char *nerve,
             const char *at,
             const char *serves)
{
  if (at != NULL && serves != NULL)
    /* Translators: %1$s is a nerve's name from the atlas ("sciatic nerve"); "at
     * %2$s" is a list of areas where the muscle can press on it, "serves %3$s" a
     * list of the marked areas the nerve supplies. */
    return g_strdup_printf (_("Numbness through a nerve: it can press on the %s at %s, which serves %s."),
                            nerve, at, serves);
  if (at != NULL)
    /* Translators: %1$s is a nerve's name, %2$s a list of areas where the muscle can press on it. */
    return g_strdup_printf (_("Numbness through a nerve: it can press on the %s at %s."), nerve, at);
  /* Translators: %1$s is a nerve's name, %2$s a list of the marked areas it supplies. */
  return g_strdup_printf (_("Numbness through a nerve: it can press on the %s, which serves %s."), nerve, serves);
}

static char *
nerve_after (const char *nerve,
             const char *at,
             const char *serves)
{
  if (at != NULL && serves != NULL)
    /* Translators: as "Numbness through a nerve: …", after a sentence on referred
     * pain: %1$s a nerve, %2$s where the muscle presses on it, %3$s the areas it supplies. */
    return g_strdup_printf (_("It can also press on the %s at %s, which serves %s."), nerve, at, serves);
  if (at != NULL)
    /* Translators: %1$s is a nerve's name, %2$s a list of areas where the muscle can press on it. */
    return g_strdup_printf (_("It can also press on the %s at %s."), nerve, at);
  /* Translators: %1$s is a nerve's name, %2$s a list of the marked areas it supplies. */
  return g_strdup_printf (_("It can also press on the %s, which serves %s."), nerve, serves);
}

static char *
describe_nerved (BmRegionCatalog   *catalog,
                 const BmCandidate *cand,
                 gboolean           after)
{
  const BmEntrapment *e = NULL;
  g_autofree char *at = NULL, *serves = NULL;

  for (guint i = 0; i < cand->explains->len && e == NULL; i++)
    e = g_array_index (cand->explains, BmExplained, i).entrapment;
  if (count_zone (cand->explains, BM_ZONE_SITE) > 0)
    at = region_list (catalog, cand->explains, BM_ZONE_SITE);
  if (count_zone (cand->explains, BM_ZONE_NERVE) > 0)
    serves = region_list (catalog, cand->explains, BM_ZONE_NERVE);
  return after ? nerve_after (e->nerve, at, serves) : nerve_alone (e->nerve, at, serves);
}

/* Why @cand ranks where it does: one sentence for each way it explains the
 * marks, then the one it ties with, then what the person found. */
char *
bm_candidate_describe (BmAtlas           *atlas,
                       const BmCandidate *cand)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);
  guint chained = count_zone (cand->explains, BM_ZONE_CHAIN);
  guint nerved = count_zone (cand->explains, BM_ZONE_NERVE) + count_zone (cand->explains, BM_ZONE_SITE);
  guint referred = cand->explains->len - chained - nerved;
  GString *s;

  if (cand->related_to != NULL)
    {
      g_autofree char *name = name_in_sentence (cand->related_to);

      /* Translators: %s is a muscle's name (from the atlas). */
      return g_strdup_printf (_("Not a direct match, but a key muscle for %s: its trigger points can keep those "
                                "going, so check it first."), name);
    }
  s = g_string_new (NULL);
  if (referred > 0)
    append_sentence (s, describe_referred (catalog, cand, referred));
  if (chained > 0)
    append_sentence (s, describe_chained (catalog, cand, referred > 0));
  if (nerved > 0)
    append_sentence (s, describe_nerved (catalog, cand, referred + chained > 0));
  if (cand->equal_to != NULL)
    {
      const BmCandidate *other = cand->equal_to;
      g_autofree char *name = name_in_sentence (other->muscle);

      /* Translators: %1$s is another muscle's name, %2$s the name of its trigger point (both from the atlas). */
      append_sentence (s, g_strdup_printf (_("Or %s explains them as well. To tell them apart, press its trigger "
                                             "point too (“%s”) and see which one reproduces your pain."),
                                           name, other->best->name));
    }
  if (cand->confirm == BM_CONFIRM_REPRODUCES)
    append_sentence (s, g_strdup (_("You found it reproduces your pain.")));
  else if (cand->confirm == BM_CONFIRM_NOT_TENDER)
    append_sentence (s, g_strdup (_("You found it was not tender.")));
  return g_string_free (s, FALSE);
}

/* None of @names refers pain to any marked area. */
static char *
describe_none (GPtrArray *names,
               guint      n_marked)
{
  guint n = names->len;

  if (n == 1)
    /* Translators: no full stop: a summary line. %s is a muscle's name; "your
     * marked area" is the area of the body map the person marked. */
    return g_strdup_printf (ngettext ("%s does not refer pain to your marked area",
                                      "%s does not refer pain to your marked areas", n_marked),
                            (char *) names->pdata[0]);
  if (n == 2)
    /* Translators: no full stop: a summary line. The %s are two muscles' names. */
    return g_strdup_printf (ngettext ("Neither %s nor %s refers pain to your marked area",
                                      "Neither %s nor %s refers pain to your marked areas", n_marked),
                            (char *) names->pdata[0], (char *) names->pdata[1]);
  {
    g_autofree char *list = bm_join_list (names);

    /* Translators: %s is a list of three or more muscles ("a, b and c"). */
    return g_strdup_printf (ngettext ("None of %s refers pain to your marked area",
                                      "None of %s refers pain to your marked areas", n_marked), list);
  }
}

/* What @muscles explain together, as one sentence without its full stop:
 * "Gluteus minimus and piriformis together explain all 6 of your areas".
 * @candidates holds each muscle's candidate in @ranking, or NULL when it is
 * not ranked; the areas are those its candidate explains. */
char *
bm_ranking_describe_sources (const BmRanking *ranking,
                             GPtrArray       *muscles,
                             GPtrArray       *candidates)
{
  g_autoptr(GHashTable) covered = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *areas = NULL, *list = NULL;
  guint n = muscles->len;

  g_return_val_if_fail (candidates->len == n && n > 0, g_strdup (""));

  for (guint i = 0; i < n; i++)
    {
      const BmCandidate *c = candidates->pdata[i];

      g_ptr_array_add (names, name_in_sentence (muscles->pdata[i]));
      for (guint e = 0; c != NULL && e < c->explains->len; e++)
        g_hash_table_add (covered, GUINT_TO_POINTER (g_array_index (c->explains, BmExplained, e).region + 1));
    }
  if (g_hash_table_size (covered) == 0)
    return capitalize (describe_none (names, ranking->n_marked));
  areas = areas_phrase (g_hash_table_size (covered), ranking->n_marked);
  list = bm_join_list (names);
  if (n == 1)
    /* Translators: no full stop: a summary line. %1$s is a muscle's name, %2$s the
     * marked areas it explains ("both your areas"). */
    return capitalize (g_strdup_printf (_("%s explains %s"), list, areas));
  /* Translators: no full stop: a summary line. %1$s is a list of muscles
   * ("temporalis and soleus"), %2$s the marked areas they explain. */
  return capitalize (g_strdup_printf (_("%s together explain %s"), list, areas));
}

char *
bm_ranking_describe_combination (BmAtlas         *atlas,
                                 const BmRanking *ranking)
{
  g_autoptr(GPtrArray) muscles = g_ptr_array_new ();

  if (ranking->combination->len == 0)
    return g_strdup (ranking->n_marked == 0 ? _("Mark the areas where you feel symptoms.")
                                            : _("No muscle in the atlas refers pain to these areas."));
  for (guint i = 0; i < ranking->combination->len; i++)
    g_ptr_array_add (muscles, (gpointer) ((const BmCandidate *) ranking->combination->pdata[i])->muscle);
  return bm_ranking_describe_sources (ranking, muscles, ranking->combination);
}
