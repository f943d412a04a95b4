/* bm-atlas-compiled-muscle.c: one muscle, back from the compiled atlas
 *
 * The reader half of BM_ATLAS_COMPILED_MUSCLE (bm-atlas-compiled.h): the
 * muscle's texts, words and numbers are three flat arrays, read here field
 * by field in the order bm-atlas-compiled.c writes them, with no GVariant
 * made per field. The data is our own build output, but every read is
 * bounded: a length past the words left, a text offset past the texts, a
 * region index past the catalog, an unknown view, kind or tool, a missing
 * id or words left over is an error naming the muscle and the field, never
 * a crash. Texts are checked (UTF-8, required ones not empty, known tools
 * and body parts) unless the build checked them: then the reader never
 * looks at them, and their pages are read when a text is first used.
 *
 * A muscle read for an atlas borrows its texts from the compiled bytes,
 * which the atlas keeps: no copy per text, and it is freed with
 * bm_atlas_compiled_muscle_free(), which leaves the texts alone. A muscle
 * read on its own (bm_atlas_compiled_muscle_from_variant()) owns copies,
 * like one the JSON loader reads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "bm-atlas-compiled-private.h"
#include "bm-error.h"
#include "bm-muscle-private.h"
#include "bm-pose.h"

typedef struct {
  const char    *texts;
  gsize          n_texts;
  const guint32 *words;
  gsize          n_words, next_word;
  const double  *numbers;
  gsize          n_numbers, next_number;
  guint          n_regions;
  gboolean       checked;    /* the build checked the texts */
  gboolean       borrow;     /* point into texts rather than copy */
  const char    *muscle;     /* for messages */
  GError       **error;
  gboolean       failed;
} Reader;

static void
fail (Reader     *r,
      const char *field,
      const char *problem)
{
  if (!r->failed)
    g_set_error (r->error, BM_ERROR, BM_ERROR_INVALID, "the compiled atlas is damaged: muscle “%s”, %s: %s",
                 r->muscle != NULL ? r->muscle : "?", field, problem);
  r->failed = TRUE;
}

static guint32
word (Reader     *r,
      const char *field)
{
  if (r->next_word >= r->n_words)
    {
      fail (r, field, "cut short");
      return 0;
    }
  return r->words[r->next_word++];
}

static double
number (Reader     *r,
        const char *field)
{
  if (r->next_number >= r->n_numbers)
    {
      fail (r, field, "cut short");
      return 0;
    }
  return r->numbers[r->next_number++];
}

/* A list's length: every item takes a word at least, so a damaged length
 * past the words left cannot make the reader allocate much. */
static guint
length (Reader     *r,
        const char *field)
{
  guint32 n = word (r, field);

  if (n > r->n_words - r->next_word)
    {
      fail (r, field, "list longer than the record");
      return 0;
    }
  return n;
}

/* An optional text: NULL when left out or damaged. */
static char *
opt (Reader     *r,
     const char *field)
{
  guint32 offset = word (r, field);
  const char *text;

  if (offset == BM_ATLAS_COMPILED_NO_TEXT)
    return NULL;
  if (offset >= r->n_texts)
    {
      fail (r, field, "text out of range");
      return NULL;
    }
  text = r->texts + offset;
  if (!r->checked && !g_utf8_validate (text, -1, NULL))
    {
      fail (r, field, "not UTF-8");
      return NULL;
    }
  return r->borrow ? (char *) text : g_strdup (text);
}

/* A text every record has: never NULL. */
static char *
str (Reader     *r,
     const char *field)
{
  char *text = opt (r, field);

  if (text != NULL)
    return text;
  return r->borrow ? (char *) "" : g_strdup ("");
}

/* A text that names the record: never empty. (Not looked at in the
 * build's own bytes, whose texts stay unread until used.) */
static char *
required (Reader     *r,
          const char *field)
{
  char *text = str (r, field);

  if (!r->checked && *text == '\0')
    fail (r, field, "missing");
  return text;
}

static char **
strv (Reader     *r,
      const char *field)
{
  guint n = length (r, field);
  char **texts = g_new (char *, n + 1);

  for (guint i = 0; i < n; i++)
    texts[i] = str (r, field);
  texts[n] = NULL;
  return texts;
}

static guint32
enum_value (Reader     *r,
            const char *field,
            guint32     max)
{
  guint32 value = word (r, field);

  if (value > max)
    {
      fail (r, field, "unknown value");
      return 0;
    }
  return value;
}

static guint
region (Reader     *r,
        const char *field)
{
  guint32 index = word (r, field);

  if (index >= r->n_regions)
    {
      fail (r, field, "region index out of range");
      return 0;
    }
  return index;
}

/* A list of catalog indices. */
static GArray *
uints (Reader     *r,
       const char *field)
{
  guint n = length (r, field);
  GArray *out = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  g_array_set_size (out, n);
  for (guint i = 0; i < n; i++)
    g_array_index (out, guint, i) = region (r, field);
  return out;
}

/* ---- Freeing a muscle whose texts are borrowed ---- */

static void
point_free (BmTriggerPoint *tp)
{
  g_array_unref (tp->markers);
  g_free (tp->essential);
  g_free (tp->spillover);
  g_free (tp->crosses_midline);
  for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      g_array_unref (tp->essential_regions[s]);
      g_array_unref (tp->essential_zone_of[s]);
      g_array_unref (tp->spillover_regions[s]);
    }
  g_free (tp);
}

static void
chain_free (BmChain *c)
{
  g_free (c->regions);
  g_free (c->muscles);
  g_free (c);
}

static void
entrapment_free (BmEntrapment *e)
{
  g_free (e->site);
  g_free (e->regions);
  for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
    {
      g_array_unref (e->site_indices[s]);
      g_array_unref (e->region_indices[s]);
    }
  g_free (e);
}

static void
technique_free (BmTechnique *t)
{
  g_free (t->steps);
  g_free (t->cautions);
  g_ptr_array_unref (t->arrows);
  g_free (t);
}

/* A muscle read for an atlas: everything but the texts it borrows. */
void
bm_atlas_compiled_muscle_free (BmMuscle *m)
{
  if (m == NULL)
    return;
  g_free (m->aliases);
  g_free (m->figure_area);
  g_clear_pointer (&m->trigger_points, g_ptr_array_unref);
  g_free (m->satellites);
  g_free (m->key_muscles);
  g_clear_pointer (&m->chains, g_ptr_array_unref);
  g_clear_pointer (&m->entrapments, g_ptr_array_unref);
  g_clear_pointer (&m->stretches, g_ptr_array_unref);
  g_clear_pointer (&m->releases, g_ptr_array_unref);
  g_clear_pointer (&m->factors, g_ptr_array_unref);
  g_clear_pointer (&m->sources, g_ptr_array_unref);
  g_clear_pointer (&m->all_key_muscles, g_ptr_array_unref);
  g_clear_pointer (&m->all_satellites, g_ptr_array_unref);
  g_free (m);
}

/* The destructors of the records, for copied texts and for borrowed ones. */
typedef enum { POINT, CHAIN, ENTRAPMENT, TECHNIQUE, ARROW, FACTOR, CITATION, N_KINDS } Kind;

static GDestroyNotify
free_func (Reader *r,
           Kind    kind)
{
  static const GDestroyNotify owned[N_KINDS] = {
    (GDestroyNotify) bm_muscle_trigger_point_free, (GDestroyNotify) bm_muscle_chain_free,
    (GDestroyNotify) bm_muscle_entrapment_free, (GDestroyNotify) bm_muscle_technique_free,
    (GDestroyNotify) bm_pose_arrow_free, (GDestroyNotify) bm_muscle_factor_free,
    (GDestroyNotify) bm_muscle_citation_free,
  };
  static const GDestroyNotify borrowed[N_KINDS] = {
    (GDestroyNotify) point_free, (GDestroyNotify) chain_free, (GDestroyNotify) entrapment_free,
    (GDestroyNotify) technique_free, g_free, g_free, g_free,
  };

  return r->borrow ? borrowed[kind] : owned[kind];
}

/* ---- Reading ---- */

static GArray *
read_markers (Reader *r)
{
  guint n = length (r, "markers");
  GArray *markers = g_array_sized_new (FALSE, FALSE, sizeof (BmMarker), n);

  for (guint i = 0; i < n; i++)
    {
      BmMarker mk;

      mk.view = enum_value (r, "markers", BM_N_VIEWS - 1);
      mk.region[BM_MUSCLE_LEFT] = region (r, "markers");
      mk.region[BM_MUSCLE_RIGHT] = region (r, "markers");
      mk.x = number (r, "markers");
      mk.y = number (r, "markers");
      g_array_append_val (markers, mk);
    }
  return markers;
}

static gpointer
read_point (Reader *r)
{
  BmTriggerPoint *tp = g_new0 (BmTriggerPoint, 1);
  static const char *const fields[] = { "essential_regions", "essential_zone_of", "spillover_regions" };
  GArray **slots[] = { tp->essential_regions, tp->essential_zone_of, tp->spillover_regions };

  tp->id = required (r, "trigger point id");
  tp->name = str (r, "name");
  tp->location = str (r, "location");
  tp->markers = read_markers (r);
  tp->essential = strv (r, "essential");
  tp->spillover = strv (r, "spillover");
  tp->crosses_midline = strv (r, "crosses_midline");
  for (guint f = 0; f < G_N_ELEMENTS (slots); f++)
    for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
      slots[f][s] = uints (r, fields[f]);
  for (guint s = 0; s < BM_N_MUSCLE_SIDES; s++)
    if (tp->essential_zone_of[s]->len != tp->essential_regions[s]->len)
      fail (r, "essential_zone_of", "not parallel to essential_regions");
  tp->bilateral = enum_value (r, "bilateral", TRUE);
  tp->refers_pain = enum_value (r, "refers_pain", TRUE);
  tp->prevalence = number (r, "prevalence");
  return tp;
}

static gpointer
read_chain (Reader *r)
{
  BmChain *c = g_new0 (BmChain, 1);

  c->via = str (r, "via");
  c->through = str (r, "through");
  c->kind = enum_value (r, "chains", BM_CHAIN_RELATED);
  c->regions = strv (r, "regions");
  c->muscles = strv (r, "muscles");
  c->explanation = str (r, "explanation");
  return c;
}

static gpointer
read_entrapment (Reader *r)
{
  BmEntrapment *e = g_new0 (BmEntrapment, 1);

  e->nerve = str (r, "nerve");
  e->site = strv (r, "site");
  e->site_indices[BM_MUSCLE_LEFT] = uints (r, "site");
  e->site_indices[BM_MUSCLE_RIGHT] = uints (r, "site");
  e->regions = strv (r, "regions");
  e->region_indices[BM_MUSCLE_LEFT] = uints (r, "regions");
  e->region_indices[BM_MUSCLE_RIGHT] = uints (r, "regions");
  e->note = str (r, "note");
  return e;
}

static gpointer
read_arrow (Reader *r)
{
  BmPoseArrow *a = g_new0 (BmPoseArrow, 1);

  a->kind = enum_value (r, "arrows", BM_ARROW_TURN);
  a->segment = str (r, "arrows");
  if (!r->checked && !bm_pose_is_segment (a->segment))
    fail (r, "arrows", "unknown body part");
  a->panel = word (r, "arrows");
  a->along = number (r, "arrows");
  a->direction = number (r, "arrows");
  a->sweep = number (r, "arrows");
  a->length = number (r, "arrows");
  return a;
}

static GPtrArray *
read_list (Reader      *r,
           const char  *field,
           gpointer   (*read) (Reader *r),
           Kind         kind)
{
  guint n = length (r, field);
  GPtrArray *items = g_ptr_array_new_full (n, free_func (r, kind));

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (items, read (r));
  return items;
}

static gpointer
read_technique (Reader *r)
{
  BmTechnique *t = g_new0 (BmTechnique, 1);

  t->title = required (r, "technique title");
  t->tool = str (r, "tool");
  if (!r->checked && bm_technique_tool_get_label (t->tool) == NULL)
    fail (r, "tool", "unknown tool");
  t->steps = strv (r, "steps");
  t->hold = opt (r, "hold");
  t->repetitions = opt (r, "repetitions");
  t->pace = opt (r, "pace");
  t->frequency = opt (r, "frequency");
  t->feel = opt (r, "feel");
  t->cautions = strv (r, "cautions");
  t->pose = opt (r, "pose");
  t->then = opt (r, "then");
  t->highlight = opt (r, "highlight");
  t->arrows = read_list (r, "arrows", read_arrow, ARROW);
  return t;
}

static gpointer
read_factor (Reader *r)
{
  BmFactor *f = g_new0 (BmFactor, 1);

  f->factor = required (r, "perpetuating_factors");
  f->fix = str (r, "perpetuating_factors");
  return f;
}

static gpointer
read_citation (Reader *r)
{
  BmCitation *c = g_new0 (BmCitation, 1);

  c->source = required (r, "sources");
  c->chapter = str (r, "sources");
  return c;
}

static void
read_fields (Reader   *r,
             BmMuscle *m)
{
  m->id = required (r, "id");
  r->muscle = m->id;
  m->name = required (r, "name");
  m->aliases = strv (r, "aliases");
  m->group = required (r, "group");
  m->location = str (r, "location");
  m->figure_area = strv (r, "figure_area");
  m->action = str (r, "action");
  m->heat = str (r, "heat");
  m->trigger_points = read_list (r, "trigger_points", read_point, POINT);
  m->satellites = strv (r, "satellites");
  m->key_muscles = strv (r, "key_muscles");
  m->chains = read_list (r, "chains", read_chain, CHAIN);
  m->entrapments = read_list (r, "entrapments", read_entrapment, ENTRAPMENT);
  m->stretches = read_list (r, "stretches", read_technique, TECHNIQUE);
  m->releases = read_list (r, "releases", read_technique, TECHNIQUE);
  m->factors = read_list (r, "perpetuating_factors", read_factor, FACTOR);
  m->sources = read_list (r, "sources", read_citation, CITATION);
  if (m->trigger_points->len == 0 || m->stretches->len == 0 || m->releases->len == 0 ||
      m->factors->len == 0 || m->sources->len == 0)
    fail (r, "trigger_points, stretches, releases, perpetuating_factors, sources", "a required list is empty");
  if (r->next_word != r->n_words || r->next_number != r->n_numbers)
    fail (r, "the record", "longer than its fields");
}

/* One muscle of @v, type BM_ATLAS_COMPILED_MUSCLE, whose indices refer to a
 * catalog of @n_regions regions; @checked: the build checked its texts;
 * @borrow: its texts point into @v's bytes (free it with
 * bm_atlas_compiled_muscle_free() while they last), else are copies (free
 * it with bm_muscle_free()). */
BmMuscle *
bm_atlas_compiled_muscle_read (GVariant  *v,
                               guint      n_regions,
                               gboolean   checked,
                               gboolean   borrow,
                               GError   **error)
{
  BmMuscle *m = g_new0 (BmMuscle, 1);
  g_autoptr(GVariant) texts = g_variant_get_child_value (v, 0);
  g_autoptr(GVariant) words = g_variant_get_child_value (v, 1);
  g_autoptr(GVariant) numbers = g_variant_get_child_value (v, 2);
  Reader r = { NULL, 0, NULL, 0, 0, NULL, 0, 0, n_regions, checked, borrow, NULL, error, FALSE };

  g_return_val_if_fail (g_variant_is_of_type (v, G_VARIANT_TYPE (BM_ATLAS_COMPILED_MUSCLE)), NULL);
  r.texts = g_variant_get_fixed_array (texts, &r.n_texts, 1);
  r.words = g_variant_get_fixed_array (words, &r.n_words, sizeof (guint32));
  r.numbers = g_variant_get_fixed_array (numbers, &r.n_numbers, sizeof (double));
  if (r.n_texts == 0 || r.texts[r.n_texts - 1] != '\0')
    fail (&r, "texts", "not ended by a NUL byte");
  else
    read_fields (&r, m);
  if (!r.failed)
    return m;
  if (borrow)
    bm_atlas_compiled_muscle_free (m);
  else
    bm_muscle_free (m);
  return NULL;
}

/* One muscle of @v, bytes that may be damaged (fuzzers, tests), with
 * copies of its texts: free it with bm_muscle_free(). */
BmMuscle *
bm_atlas_compiled_muscle_from_variant (GVariant  *v,
                                       guint      n_regions,
                                       GError   **error)
{
  return bm_atlas_compiled_muscle_read (v, n_regions, FALSE, FALSE, error);
}
