/* bm-disclaimer.c: what Bodymap is and is not, from data/atlas/disclaimer.json
 *
 * The window, its About dialog, the stretch sheet and the command line all
 * say it; the words live in one data file, and its translations in
 * l10n/LANG/disclaimer.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas-l10n.h"
#include "bm-data.h"
#include "bm-disclaimer.h"
#include "bm-json.h"

void
bm_disclaimer_free (BmDisclaimer *disclaimer)
{
  if (disclaimer == NULL)
    return;
  g_free (disclaimer->heading);
  g_free (disclaimer->title);
  g_free (disclaimer->summary);
  g_free (disclaimer->advice);
  g_free (disclaimer->details);
  g_free (disclaimer);
}

static const char * const fields[] = { "heading", "title", "summary", "advice", "details", NULL };

/* The text fields of @disclaimer, in the order of fields[]. */
static void
get_slots (BmDisclaimer  *disclaimer,
           char        **slots[])
{
  slots[0] = &disclaimer->heading;
  slots[1] = &disclaimer->title;
  slots[2] = &disclaimer->summary;
  slots[3] = &disclaimer->advice;
  slots[4] = &disclaimer->details;
}

/* Reads the English disclaimer.json below @root; every field is a
 * required string. */
static BmDisclaimer *
load_english (GFile   *root,
              GError **error)
{
  BmJsonWhere where = { "disclaimer.json", NULL, NULL };
  g_autoptr(GBytes) bytes = bm_data_load (root, "disclaimer.json", "cannot read the disclaimer", error);
  g_autoptr(json_object) obj = NULL;
  g_autoptr(BmDisclaimer) disclaimer = g_new0 (BmDisclaimer, 1);
  char **slots[G_N_ELEMENTS (fields) - 1];
  gsize length;
  const char *text;

  if (bytes == NULL)
    return NULL;
  get_slots (disclaimer, slots);
  text = g_bytes_get_data (bytes, &length);
  if ((obj = bm_json_parse (text, length, "disclaimer.json", error)) == NULL)
    return NULL;
  for (guint i = 0; fields[i] != NULL; i++)
    {
      const char *value = bm_json_string (obj, &where, fields[i], TRUE, error);

      if (value == NULL)
        return NULL;
      *slots[i] = g_strdup (value);
    }
  return g_steal_pointer (&disclaimer);
}

/* Applies l10n/LANG/disclaimer.json of the first of @languages that @root
 * has a translation for. */
static gboolean
translate (BmDisclaimer        *disclaimer,
           GFile               *root,
           const char * const  *languages,
           GError             **error)
{
  g_autofree char *lang = NULL;
  g_autoptr(GFile) dir = bm_atlas_l10n_find (root, languages, &lang);
  g_autoptr(json_object) obj = NULL;
  g_autofree char *file = NULL;
  char **slots[G_N_ELEMENTS (fields) - 1];
  BmJsonWhere where = { NULL, NULL, NULL };

  if (dir == NULL)
    return TRUE;
  if (!bm_atlas_l10n_read (dir, lang, "disclaimer.json", fields, &obj, &file, error))
    return FALSE;
  where.file = file;
  if (obj == NULL)
    return TRUE;
  get_slots (disclaimer, slots);
  for (guint i = 0; fields[i] != NULL; i++)
    if (!bm_l10n_text (obj, &where, fields[i], slots[i], error))
      return FALSE;
  return TRUE;
}

/* Reads disclaimer.json below @root, in the first of @languages that
 * @root has a translation for (l10n/LANG/disclaimer.json); English for
 * none, or NULL. */
BmDisclaimer *
bm_disclaimer_load_for_languages (GFile              *root,
                                  const char * const *languages,
                                  GError            **error)
{
  g_autoptr(BmDisclaimer) disclaimer = load_english (root, error);

  if (disclaimer == NULL || !translate (disclaimer, root, languages, error))
    return NULL;
  return g_steal_pointer (&disclaimer);
}

/* Reads disclaimer.json below @root, in the user's language. */
BmDisclaimer *
bm_disclaimer_load (GFile   *root,
                    GError **error)
{
  return bm_disclaimer_load_for_languages (root, g_get_language_names (), error);
}

/* The built-in disclaimer in the user's language, read once. The bundle is part of the program,
 * so a disclaimer that does not load is a build fault. */
const BmDisclaimer *
bm_disclaimer_get (void)
{
  static gsize loaded;
  static BmDisclaimer *builtin;

  if (g_once_init_enter (&loaded))
    {
      g_autoptr(GFile) root = bm_data_get_builtin ("atlas");
      g_autoptr(GError) error = NULL;

      if ((builtin = bm_disclaimer_load (root, &error)) == NULL)
        g_error ("The built-in disclaimer is broken: %s", error->message);
      g_once_init_leave (&loaded, 1);
    }
  return builtin;
}
