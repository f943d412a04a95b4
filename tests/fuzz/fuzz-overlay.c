/* fuzz-overlay.c: a translation overlay (l10n/LANG/) over a small valid atlas
 *
 * The test atlas tests/data/atlas-mini (muscles alpha and beta) and the
 * built-in English disclaimer.json are copied to tmpfs once. The first
 * byte of the input, modulo 8, picks the overlay file the rest of it
 * becomes (a digit in the seeds): 0 muscles/alpha.json, 1 muscles/beta.json,
 * 2 regions.json, 3 atlas.json, 4 red-flags.json, 5 disclaimer.json,
 * 6 muscles/gamma.json (a muscle the atlas lacks), 7 notes.json (a file
 * an overlay cannot have). It is written to l10n/xx/ and the atlas is
 * loaded for the languages {"xx", NULL}; for disclaimer.json, which the
 * atlas does not read, the disclaimer is loaded too.
 *
 * A load that fails must give a short, valid UTF-8 message that names the
 * overlay file. One that succeeds must look like the English atlas with
 * some text replaced: the same muscles, each found by its id at its index;
 * every text non-blank and valid UTF-8; as many steps and cautions and the
 * same dose parts as in English; only the overlay's own muscle changed;
 * every record printable as valid JSON. The last two targets never load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gstdio.h>

#include "cli/bm-cli-private.h"
#include "core/bm-disclaimer.h"
#include "core/bm-ids.h"
#include "core/bm-json.h"
#include "fuzz-common.h"

static const char * const languages[] = { "xx", NULL };

/* The overlay files, by the first byte of the input, modulo 8; muscle
 * targets name their muscle, the last two never load. */
static const struct {
  const char *path;
  const char *muscle;
} targets[] = {
  { "muscles/alpha.json", "alpha" },
  { "muscles/beta.json", "beta" },
  { "regions.json", NULL },
  { "atlas.json", NULL },
  { "red-flags.json", NULL },
  { "disclaimer.json", NULL },
  { "muscles/gamma.json", NULL },
  { "notes.json", NULL },
};

#define TARGET_DISCLAIMER 5
#define FIRST_BROKEN      6

static GFile *root;
static BmAtlas *english;

/* Copies tests/data/atlas-mini/@name below @dir. */
static void
copy_mini (const char *dir,
           const char *name)
{
  g_autofree char *from = g_build_filename (BM_FUZZ_TEST_DATA, "atlas-mini", name, NULL);
  g_autofree char *to = g_build_filename (dir, name, NULL);
  g_autofree char *text = NULL;
  gsize size;

  if (!g_file_get_contents (from, &text, &size, NULL))
    {
      fprintf (stderr, "cannot read %s\n", from);
      abort ();
    }
  bm_fuzz_write_file (to, text, size);
}

/* The test atlas with the built-in English disclaimer, and its English
 * load, once per process. */
static void
set_up (void)
{
  static const char * const files[] = { "atlas.json", "regions.json", "red-flags.json", "muscles/alpha.json",
                                        "muscles/beta.json" };
  g_autofree char *dir = g_build_filename (bm_fuzz_scratch_dir (), "overlay", NULL);
  g_autofree char *folders = g_build_filename (dir, "l10n", "xx", "muscles", NULL);
  g_autofree char *muscles = g_build_filename (dir, "muscles", NULL);
  g_autofree char *disclaimer = g_build_filename (dir, "disclaimer.json", NULL);
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/atlas/disclaimer.json", 0, NULL);
  g_autoptr(GError) error = NULL;

  BM_FUZZ_ASSERT (bytes != NULL);
  BM_FUZZ_ASSERT (g_mkdir_with_parents (folders, 0700) == 0 && g_mkdir_with_parents (muscles, 0700) == 0);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    copy_mini (dir, files[i]);
  bm_fuzz_write_file (disclaimer, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  root = g_file_new_for_path (dir);
  if ((english = bm_atlas_load_for_languages (root, NULL, &error)) == NULL)
    {
      fprintf (stderr, "the test atlas does not load: %s\n", error->message);
      abort ();
    }
}

/* Text the user reads: valid UTF-8, not blank. */
static void
check_text (const char *text)
{
  BM_FUZZ_ASSERT (text != NULL && g_utf8_validate (text, -1, NULL));
  while (g_ascii_isspace (*text))
    text++;
  BM_FUZZ_ASSERT (*text != '\0');
}

static void
check_texts (char * const *texts,
             char * const *english_texts)
{
  BM_FUZZ_ASSERT (g_strv_length ((char **) texts) == g_strv_length ((char **) english_texts));
  for (guint i = 0; texts[i] != NULL; i++)
    check_text (texts[i]);
}

static void
check_optional (const char *text,
                const char *english_text)
{
  BM_FUZZ_ASSERT ((text == NULL) == (english_text == NULL));
  if (text != NULL)
    check_text (text);
}

static void
check_techniques (GPtrArray *techniques,
                  GPtrArray *english_techniques)
{
  BM_FUZZ_ASSERT (techniques->len == english_techniques->len);
  for (guint i = 0; i < techniques->len; i++)
    {
      const BmTechnique *t = techniques->pdata[i], *e = english_techniques->pdata[i];

      check_text (t->title);
      check_texts (t->steps, e->steps);
      check_texts (t->cautions, e->cautions);
      check_optional (t->feel, e->feel);
      check_optional (t->hold, e->hold);
      check_optional (t->repetitions, e->repetitions);
      check_optional (t->pace, e->pace);
      check_optional (t->frequency, e->frequency);
    }
}

/* The chains, entrapments and perpetuating factors, by position. */
static void
check_items (const BmMuscle *m,
             const BmMuscle *e)
{
  BM_FUZZ_ASSERT (m->chains->len == e->chains->len && m->entrapments->len == e->entrapments->len &&
                  m->factors->len == e->factors->len);
  for (guint i = 0; i < m->chains->len; i++)
    {
      const BmChain *c = m->chains->pdata[i], *ec = e->chains->pdata[i];

      check_optional (c->via, ec->via);
      check_optional (c->through, ec->through);
      check_optional (c->explanation, ec->explanation);
    }
  for (guint i = 0; i < m->entrapments->len; i++)
    {
      const BmEntrapment *t = m->entrapments->pdata[i], *et = e->entrapments->pdata[i];

      check_optional (t->nerve, et->nerve);
      check_optional (t->note, et->note);
    }
  for (guint i = 0; i < m->factors->len; i++)
    {
      const BmFactor *f = m->factors->pdata[i], *ef = e->factors->pdata[i];

      check_optional (f->factor, ef->factor);
      check_optional (f->fix, ef->fix);
    }
}

/* Every text of @m, against the English @e. */
static void
check_muscle_text (const BmMuscle *m,
                   const BmMuscle *e)
{
  check_text (m->name);
  BM_FUZZ_ASSERT (g_strv_length (m->aliases) >= g_strv_length (e->aliases));
  for (guint i = 0; m->aliases[i] != NULL; i++)
    check_text (m->aliases[i]);
  check_optional (m->location, e->location);
  check_optional (m->action, e->action);
  check_optional (m->heat, e->heat);
  BM_FUZZ_ASSERT (m->trigger_points->len == e->trigger_points->len);
  for (guint i = 0; i < m->trigger_points->len; i++)
    {
      const BmTriggerPoint *tp = m->trigger_points->pdata[i];

      check_text (tp->name);
      check_optional (tp->location, ((BmTriggerPoint *) e->trigger_points->pdata[i])->location);
    }
  check_items (m, e);
  check_techniques (m->stretches, e->stretches);
  check_techniques (m->releases, e->releases);
}

static void
check_labels (BmAtlas *atlas)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (atlas);

  BM_FUZZ_ASSERT (bm_region_catalog_get_n_regions (catalog) ==
                  bm_region_catalog_get_n_regions (bm_atlas_get_catalog (english)));
  for (guint i = 0; i < bm_region_catalog_get_n_regions (catalog); i++)
    {
      const BmRegion *region = bm_region_catalog_get_region (catalog, i);
      g_autofree char *base = bm_region_dup_base_label (region);

      check_text (region->label);
      check_text (base);
      check_text (bm_region_catalog_get_group_label (catalog, region->group));
    }
  check_text (bm_atlas_lookup_red_flag (atlas, bm_symptom_get_id (BM_SYMPTOM_NUMBNESS))->label);
  for (guint bit = 1; bm_flag_get_id (bit) != NULL; bit <<= 1)
    {
      const BmRedFlag *flag = bm_atlas_lookup_red_flag (atlas, bm_flag_get_id (bit));

      check_text (flag->label);
      check_text (flag->reason);
    }
}

/* A loaded overlay changed text, and only the text of its own file. */
static void
check_atlas (BmAtlas    *atlas,
             const char *muscle)
{
  guint n = bm_atlas_get_n_muscles (atlas);

  BM_FUZZ_ASSERT (n == bm_atlas_get_n_muscles (english));
  for (guint i = 0; i < n; i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);
      const BmMuscle *e = bm_atlas_lookup (english, m->id);
      g_autoptr(json_object) json = NULL;

      BM_FUZZ_ASSERT (e != NULL && m->index == i && bm_atlas_lookup (atlas, m->id) == m);
      BM_FUZZ_ASSERT (g_strcmp0 (m->id, muscle) == 0 || g_str_equal (m->name, e->name));
      check_text (bm_atlas_get_group_label (atlas, m->group));
      check_muscle_text (m, e);
      json = bm_atlas_muscle_to_json (atlas, m);
      bm_fuzz_check_json_output (json);
    }
  check_labels (atlas);
}

/* A failed load names the file. */
static void
check_failure (const GError *error,
               const char   *path)
{
  g_autofree char *file = g_strconcat ("l10n/xx/", path, NULL);

  bm_fuzz_check_message (error);
  BM_FUZZ_ASSERT (strstr (error->message, file) != NULL);
}

static void
check_disclaimer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmDisclaimer) disclaimer = bm_disclaimer_load_for_languages (root, languages, &error);

  if (disclaimer == NULL)
    {
      check_failure (error, targets[TARGET_DISCLAIMER].path);
      return;
    }
  check_text (disclaimer->heading);
  check_text (disclaimer->title);
  check_text (disclaimer->summary);
  check_text (disclaimer->advice);
  check_text (disclaimer->details);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static char *written;
  g_autoptr(BmAtlas) atlas = NULL;
  g_autoptr(GError) error = NULL;
  guint target;

  if (root == NULL)
    set_up ();
  if (written != NULL)
    g_unlink (written);
  g_clear_pointer (&written, g_free);
  if (size == 0)
    return 0;
  target = data[0] % G_N_ELEMENTS (targets);
  written = g_build_filename (g_file_peek_path (root), "l10n", "xx", targets[target].path, NULL);
  bm_fuzz_write_file (written, data + 1, size - 1);

  if ((atlas = bm_atlas_load_for_languages (root, languages, &error)) == NULL)
    {
      BM_FUZZ_ASSERT (target != TARGET_DISCLAIMER);
      check_failure (error, targets[target].path);
      return 0;
    }
  BM_FUZZ_ASSERT (target < FIRST_BROKEN);
  check_atlas (atlas, targets[target].muscle);
  if (target == TARGET_DISCLAIMER)
    check_disclaimer ();
  return 0;
}
