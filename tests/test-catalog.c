/* test-catalog.c: the region catalog and the drawings agree with the spec
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "core/bm-body-art.h"
#include "core/bm-error.h"
#include "bm-test-util.h"

static void
test_required_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (&error);
  g_autoptr(GPtrArray) required = bm_test_read_spec_regions ();

  g_assert_no_error (error);
  g_assert_cmpuint (required->len, >=, 170);
  for (guint i = 0; i < required->len; i++)
    {
      const BmRegion *region = bm_region_catalog_lookup (catalog, required->pdata[i]);

      if (region == NULL)
        g_error ("required region %s is missing from regions.json", (char *) required->pdata[i]);
      g_assert_cmpstr (region->label, !=, "");
      g_assert_nonnull (bm_region_catalog_get_group_label (catalog, region->group));
    }
}

/* The views each region must be clickable in, from regions.tsv. */
static void
test_required_views (void)
{
  g_autofree char *path = bm_test_spec_path ("regions.tsv");
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (NULL);

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;
      const BmRegion *region;
      guint need = 0;

      if (lines[i][0] == '#' || lines[i][0] == '\0' || g_str_has_prefix (lines[i], "id\t"))
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      region = bm_region_catalog_lookup (catalog, f[0]);
      g_assert_nonnull (region);
      if (g_str_equal (f[2], "front"))
        need = BM_VIEW_FLAG (BM_VIEW_FRONT);
      else if (g_str_equal (f[2], "back"))
        need = BM_VIEW_FLAG (BM_VIEW_BACK);
      else if (g_str_equal (f[3], "left"))
        need = BM_VIEW_FLAG (BM_VIEW_LEFT);
      else if (g_str_equal (f[3], "right"))
        need = BM_VIEW_FLAG (BM_VIEW_RIGHT);
      else
        need = BM_VIEW_FLAG (BM_VIEW_FRONT) | BM_VIEW_FLAG (BM_VIEW_BACK);
      if ((region->views & need) != need)
        g_error ("region %s is not clickable in every view regions.tsv asks for (%s)", f[0], f[2]);
      g_assert_cmpstr (bm_side_get_id (region->side), ==, f[3]);
    }
}

static void
test_drawings_match_catalog (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (&error);
  g_autoptr(BmBodyArt) art = bm_body_art_new (catalog, &error);
  guint n = bm_region_catalog_get_n_regions (catalog);

  g_assert_no_error (error);
  for (BmView view = 0; view < BM_N_VIEWS; view++)
    {
      g_autoptr(GPtrArray) ids = bm_body_art_list_drawn_ids (bm_body_art_get_svg (art, view), &error);
      g_autoptr(GHashTable) drawn = g_hash_table_new (g_str_hash, g_str_equal);

      g_assert_no_error (error);
      for (guint i = 0; i < ids->len; i++)
        {
          if (!g_hash_table_add (drawn, ids->pdata[i]))
            g_error ("%s is drawn twice in the %s view", (char *) ids->pdata[i], bm_view_get_id (view));
          if (bm_region_catalog_lookup (catalog, ids->pdata[i]) == NULL)
            g_error ("%s is drawn in the %s view but not in the catalog",
                     (char *) ids->pdata[i], bm_view_get_id (view));
        }
      for (guint i = 0; i < n; i++)
        {
          const BmRegion *region = bm_region_catalog_get_region (catalog, i);
          gboolean listed = (region->views & BM_VIEW_FLAG (view)) != 0;

          if (listed != g_hash_table_contains (drawn, region->id))
            g_error ("%s: the catalog says %s the %s view, the drawing says otherwise", region->id,
                     listed ? "it is in" : "it is not in", bm_view_get_id (view));
        }
    }
}

typedef struct {
  const char *name;
  const char *json;
  const char *expect[3];   /* substrings of the message */
} BrokenCase;

static const BrokenCase broken_cases[] = {
  { "malformed JSON",
    "{\n \"groups\": [],\n \"regions\": [ {\"id\": \"a\",, } ]\n}",
    { "broken.json:3:", "malformed JSON", NULL } },
  { "missing field",
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"front\"]}]}",
    { "broken.json", "region “knee-x”", "field “label”: missing" } },
  { "wrong type",
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"knee\", \"side\": \"left\", \"views\": \"front\"}]}",
    { "region “knee-x”", "field “views”", "expected a list, found a string" } },
  { "duplicate id",
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"front\"]},"
    "{\"id\": \"knee-x\", \"label\": \"Y\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"back\"]}]}",
    { "region “knee-x”", "field “id”", "duplicate region id" } },
  { "unknown view",
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"top\"]}]}",
    { "region “knee-x”", "field “views”", "unknown view “top”" } },
  { "unknown group",
    "{\"groups\": [], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"elbo\", \"side\": \"left\", \"views\": [\"front\"]}]}",
    { "region “knee-x”", "field “group”", "unknown group “elbo”" } },
};

static void
test_broken_catalog (gconstpointer data)
{
  const BrokenCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_new_from_data (c->json, strlen (c->json),
                                                                        "broken.json", &error);

  g_assert_null (catalog);
  g_assert_error (error, BM_ERROR, error->code);
  for (guint i = 0; i < G_N_ELEMENTS (c->expect) && c->expect[i] != NULL; i++)
    if (strstr (error->message, c->expect[i]) == NULL)
      g_error ("message “%s” should contain “%s”", error->message, c->expect[i]);
}

static void
test_missing_drawing (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (&error);
  g_autofree char *dir = g_dir_make_tmp ("bodymap-test-XXXXXX", NULL);
  g_autoptr(BmBodyArt) art = bm_body_art_new_from_dir (catalog, dir, &error);

  g_assert_null (art);
  g_assert_error (error, BM_ERROR, BM_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "body-front.svg"));
  g_rmdir (dir);
}

static char *
write_tiny_drawings (void)
{
  static const char *views[] = { "front", "back", "left", "right" };
  const char *svg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\">"
    "<rect id=\"knee-x\" class=\"region\" x=\"0\" y=\"0\" width=\"10\" height=\"10\"/></svg>";
  char *dir = g_dir_make_tmp ("bodymap-test-XXXXXX", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strdup_printf ("body-%s.svg", views[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_assert_true (g_file_set_contents (path, svg, -1, NULL));
    }
  return dir;
}

static void
remove_tiny_drawings (const char *dir)
{
  static const char *views[] = { "front", "back", "left", "right" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *name = g_strdup_printf ("body-%s.svg", views[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static BmBodyArt *
art_for_catalog (const char  *json,
                 const char  *dir,
                 GError     **error)
{
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_new_from_data (json, strlen (json), "r.json", error);

  g_assert_nonnull (catalog);
  return bm_body_art_new_from_dir (catalog, dir, error);
}

static void
test_drawing_mismatch (void)
{
  const char *ok =
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"knee\", \"side\": \"left\", "
    "\"views\": [\"front\", \"back\", \"left\", \"right\"]}]}";
  const char *undrawn =
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"front\"]},"
    "{\"id\": \"knee-y\", \"label\": \"Y\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"back\"]}]}";
  const char *unknown =
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-z\", \"label\": \"Z\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"front\"]}]}";
  g_autofree char *dir = write_tiny_drawings ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BmBodyArt) art = art_for_catalog (ok, dir, &error);

  g_assert_no_error (error);
  g_assert_nonnull (art);
  g_clear_object (&art);

  art = art_for_catalog (undrawn, dir, &error);
  g_assert_null (art);
  g_assert_error (error, BM_ERROR, BM_ERROR_UNKNOWN);
  g_assert_nonnull (strstr (error->message, "body-back.svg: region “knee-y” is listed for the back view but not drawn"));
  g_clear_error (&error);

  art = art_for_catalog (unknown, dir, &error);
  g_assert_null (art);
  g_assert_nonnull (strstr (error->message, "region “knee-x” is drawn but not in the region catalog"));
  remove_tiny_drawings (dir);
}

/* A megabyte-long region id that the drawings lack is quoted as a short
 * excerpt: the message goes onto the "cannot start" page. */
static void
test_undrawn_long_id_bounded (void)
{
  g_autofree char *huge = g_strnfill (1024 * 1024, 'y');
  g_autofree char *json = g_strdup_printf (
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"X\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"front\"]},"
    "{\"id\": \"%s\", \"label\": \"Y\", \"group\": \"knee\", \"side\": \"left\", \"views\": [\"back\"]}]}", huge);
  g_autofree char *dir = write_tiny_drawings ();
  g_autoptr(GError) error = NULL;
  g_autoptr(BmBodyArt) art = art_for_catalog (json, dir, &error);

  g_assert_null (art);
  g_assert_cmpuint (strlen (error->message), <, 300);
  g_assert_nonnull (strstr (error->message, "body-back.svg: region “yyyy"));
  g_assert_nonnull (strstr (error->message, "yyy…” is listed for the back view but not drawn"));
  remove_tiny_drawings (dir);
}

/* Region labels and ids must be valid UTF-8; the message names the field. */
/* The atlas names areas without side; the catalog finds each side's area,
 * its twin on the other side, and its name without "(left)". */
static void
test_base_and_twin (void)
{
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_load_default (NULL);
  const BmRegion *left = bm_region_catalog_lookup_base (catalog, "knee-lateral", BM_SIDE_LEFT);
  const BmRegion *right = bm_region_catalog_lookup_base (catalog, "knee-lateral", BM_SIDE_RIGHT);
  const BmRegion *sacrum = bm_region_catalog_lookup (catalog, "sacrum");
  g_autofree char *base = NULL, *label = NULL, *mid_label = NULL;

  g_assert_nonnull (left);
  g_assert_nonnull (right);
  g_assert_cmpstr (left->id, ==, "knee-lateral-left");
  g_assert_cmpstr (right->id, ==, "knee-lateral-right");
  g_assert_true (bm_region_catalog_get_twin (catalog, left) == right);
  g_assert_true (bm_region_catalog_get_twin (catalog, right) == left);
  base = bm_region_dup_base_id (right);
  g_assert_cmpstr (base, ==, "knee-lateral");
  label = bm_region_dup_base_label (left);
  g_assert_cmpstr (label, ==, "Outer knee");
  /* A midline area is its own on both sides and has no twin. */
  g_assert_true (bm_region_catalog_lookup_base (catalog, "sacrum", BM_SIDE_RIGHT) == sacrum);
  g_assert_null (bm_region_catalog_get_twin (catalog, sacrum));
  mid_label = bm_region_dup_base_label (sacrum);
  g_assert_cmpstr (mid_label, ==, sacrum->label);
  /* A sided id is not a base id. */
  g_assert_null (bm_region_catalog_lookup_base (catalog, "knee-lateral-left", BM_SIDE_LEFT));
}

static void
test_invalid_utf8_label (void)
{
  const char *json =
    "{\"groups\": [{\"id\": \"knee\", \"label\": \"Knee\"}], \"regions\": ["
    "{\"id\": \"knee-x\", \"label\": \"Outer \xe9 knee\", \"group\": \"knee\", \"side\": \"left\", "
    "\"views\": [\"front\"]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(BmRegionCatalog) catalog = bm_region_catalog_new_from_data (json, strlen (json), "regions.json", &error);

  g_assert_null (catalog);
  g_assert_error (error, BM_ERROR, BM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "regions.json: region “knee-x”: field “label”: is not valid UTF-8 text "
                                            "at byte 7: “Outer \\xE9 knee”"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalog/required-ids", test_required_ids);
  g_test_add_func ("/catalog/required-views", test_required_views);
  g_test_add_func ("/catalog/drawings-match", test_drawings_match_catalog);
  g_test_add_func ("/catalog/missing-drawing", test_missing_drawing);
  g_test_add_func ("/catalog/drawing-mismatch", test_drawing_mismatch);
  g_test_add_func ("/catalog/undrawn-long-id-bounded", test_undrawn_long_id_bounded);
  g_test_add_func ("/catalog/invalid-utf8-label", test_invalid_utf8_label);
  g_test_add_func ("/catalog/base-and-twin", test_base_and_twin);
  for (guint i = 0; i < G_N_ELEMENTS (broken_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalog/broken/%s", broken_cases[i].name);
      g_test_add_data_func (path, &broken_cases[i], test_broken_catalog);
    }
  return g_test_run ();
}
