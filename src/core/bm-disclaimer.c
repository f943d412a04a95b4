/* bm-disclaimer.c: what Bodymap is and is not, from data/atlas/disclaimer.json
 *
 * The window, its About dialog, the stretch sheet and the command line all
 * say it; the words live in one data file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

/* Reads disclaimer.json below @root; every field is a required string. */
BmDisclaimer *
bm_disclaimer_load (GFile   *root,
                    GError **error)
{
  static const char *fields[] = { "heading", "title", "summary", "advice", "details" };
  BmJsonWhere where = { "disclaimer.json", NULL, NULL };
  g_autoptr(GBytes) bytes = bm_data_load (root, "disclaimer.json", "cannot read the disclaimer", error);
  g_autoptr(json_object) obj = NULL;
  g_autoptr(BmDisclaimer) disclaimer = g_new0 (BmDisclaimer, 1);
  char **slots[] = { &disclaimer->heading, &disclaimer->title, &disclaimer->summary,
                     &disclaimer->advice, &disclaimer->details };
  gsize length;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &length);
  if ((obj = bm_json_parse (text, length, "disclaimer.json", error)) == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = bm_json_string (obj, &where, fields[i], TRUE, error);

      if (value == NULL)
        return NULL;
      *slots[i] = g_strdup (value);
    }
  return g_steal_pointer (&disclaimer);
}

/* The built-in disclaimer, read once. The bundle is part of the program,
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
