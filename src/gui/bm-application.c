/* bm-application.c: the application, its actions and headless options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "core/bm-atlas.h"
#include "core/bm-body-art.h"
#include "core/bm-cli.h"
#include "bm-application.h"
#include "bm-window.h"

struct _BmApplication
{
  AdwApplication   parent_instance;

  /* Owned */
  BmAtlas         *atlas;
  BmBodyArt       *art;
  GError          *load_error;
  BmCliOptions     cli;
};

G_DEFINE_FINAL_TYPE (BmApplication, bm_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "list-regions", 0, 0, G_OPTION_ARG_NONE, NULL,
    "Print every body-map region as id, label and views, then exit", NULL },
  { "list-muscles", 0, 0, G_OPTION_ARG_NONE, NULL,
    "Print every muscle in the atlas as id and name, then exit", NULL },
  { "muscle", 0, 0, G_OPTION_ARG_STRING, NULL,
    "Print one muscle's record (trigger points, referral, self-care), then exit", "ID" },
  { "rank", 0, 0, G_OPTION_ARG_NONE, NULL,
    "Rank the trigger points that may cause the pain given by --pain and --numb, then exit", NULL },
  { "pain", 0, 0, G_OPTION_ARG_STRING, NULL,
    "With --rank: painful regions, each with an optional intensity 1–10", "REGION[:INTENSITY],…" },
  { "numb", 0, 0, G_OPTION_ARG_STRING, NULL,
    "With --rank: numb or tingling regions", "REGION[:INTENSITY],…" },
  { "symptoms", 0, 0, G_OPTION_ARG_STRING, NULL,
    "With --rank: weakness, night-pain, fever, bladder-bowel, trauma", "SYMPTOM,…" },
  { "confirm", 0, 0, G_OPTION_ARG_STRING, NULL,
    "With --rank: trigger points where pressing reproduces the pain", "MUSCLE/TP/SIDE,…" },
  { "deny", 0, 0, G_OPTION_ARG_STRING, NULL,
    "With --rank: trigger points that are not tender", "MUSCLE/TP/SIDE,…" },
  { "export-sheet", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    "Save a stretch sheet as PDF for the pain given by --pain and --numb, or for --muscles, then exit", "FILE.pdf" },
  { "muscles", 0, 0, G_OPTION_ARG_STRING, NULL,
    "With --export-sheet: the muscles to put on the sheet", "ID,…" },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    "With --export-sheet: a4 (the default) or letter", "a4|letter" },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    "With --muscle or --rank, print JSON", NULL },
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    "Load the atlas from DIR instead of the built-in one", "DIR" },
  { NULL }
};

/* Settings are optional: an uninstalled build may run without its schema. */
GSettings *
bm_application_create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static int
bm_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  BmApplication *self = BM_APPLICATION (app);
  const char *data_dir = NULL;
  const char *export_sheet = NULL;
  const char *muscle = NULL;

  self->cli.list_regions = g_variant_dict_contains (options, "list-regions");
  self->cli.list_muscles = g_variant_dict_contains (options, "list-muscles");
  self->cli.json = g_variant_dict_contains (options, "json");
  if (g_variant_dict_lookup (options, "muscle", "&s", &muscle))
    self->cli.muscle = g_strdup (muscle);
  self->cli.rank = g_variant_dict_contains (options, "rank");
  g_variant_dict_lookup (options, "pain", "s", &self->cli.pain);
  g_variant_dict_lookup (options, "numb", "s", &self->cli.numb);
  g_variant_dict_lookup (options, "symptoms", "s", &self->cli.symptoms);
  g_variant_dict_lookup (options, "confirm", "s", &self->cli.confirm);
  g_variant_dict_lookup (options, "deny", "s", &self->cli.deny);
  g_variant_dict_lookup (options, "muscles", "s", &self->cli.muscles);
  g_variant_dict_lookup (options, "paper", "s", &self->cli.paper);
  if (g_variant_dict_lookup (options, "export-sheet", "^&ay", &export_sheet))
    self->cli.export_sheet = g_strdup (export_sheet);
  if (g_variant_dict_lookup (options, "data-dir", "^&ay", &data_dir))
    self->cli.data_dir = g_strdup (data_dir);

  if (bm_cli_wants_headless (&self->cli))
    return bm_cli_run (&self->cli, stdout, stderr);
  return -1;
}

static void
load_art (BmApplication *self)
{
  if (self->cli.data_dir != NULL)
    self->atlas = bm_atlas_load_dir (self->cli.data_dir, &self->load_error);
  else
    self->atlas = bm_atlas_load_default (&self->load_error);
  if (self->atlas != NULL)
    self->art = bm_body_art_new (bm_atlas_get_catalog (self->atlas), &self->load_error);
}

/* The "cannot start" page, saying @reason as plain text. */
GtkWidget *
bm_application_new_error_page (const char *reason)
{
  GtkWidget *page = adw_status_page_new ();
  g_autofree char *escaped = g_markup_escape_text (reason, -1);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), "Bodymap Cannot Start");
  /* The description is markup; the reason names files and ids, so it is escaped. */
  adw_status_page_set_description (ADW_STATUS_PAGE (page), escaped);
  gtk_widget_set_vexpand (page, TRUE);
  return page;
}

static GtkWidget *
error_window (BmApplication *self)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = bm_application_new_error_page (self->load_error->message);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), page);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 420);
  gtk_window_set_title (GTK_WINDOW (window), "Bodymap");
  return window;
}

static void
bm_application_activate (GApplication *app)
{
  BmApplication *self = BM_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      if (self->art == NULL && self->load_error == NULL)
        load_art (self);
      if (self->art != NULL)
        {
          g_autofree char *session = g_build_filename (g_get_user_data_dir (), "bodymap", "session.json", NULL);
          window = GTK_WINDOW (bm_window_new (GTK_APPLICATION (app), self->atlas, self->art, session));
        }
      else
        {
          g_printerr ("bodymap: %s\n", self->load_error->message);
          window = GTK_WINDOW (error_window (self));
        }
    }
  gtk_window_present (window);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The full citation of every work the atlas cites, once each, sorted; a
 * NULL-terminated array of strings owned by the atlas. */
static GPtrArray *
atlas_literature (BmAtlas *atlas)
{
  GPtrArray *works = g_ptr_array_new ();

  for (guint i = 0; atlas != NULL && i < bm_atlas_get_n_muscles (atlas); i++)
    {
      const BmMuscle *m = bm_atlas_get_muscle (atlas, i);

      for (guint s = 0; s < m->sources->len; s++)
        {
          const char *citation = bm_atlas_get_citation (atlas, ((BmCitation *) m->sources->pdata[s])->source);

          if (citation != NULL && !g_ptr_array_find_with_equal_func (works, citation, g_str_equal, NULL))
            g_ptr_array_add (works, (gpointer) citation);
        }
    }
  g_ptr_array_sort (works, compare_strings);
  g_ptr_array_add (works, NULL);
  return works;
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  static const char *developers[] = { "The Bodymap team", NULL };
  static const char *drawings[] = { "Drawn by the Bodymap team, generated by tools/gen-body-svg.py", NULL };
  BmApplication *self = BM_APPLICATION (data);
  g_autoptr(GPtrArray) literature = atlas_literature (self->atlas);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());

  g_object_set (about,
                "application-name", "Bodymap",
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", "The Bodymap team",
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", "Find where referred muscle pain comes from. "
                            "Mark where it hurts; see which trigger points are known to refer pain there. "
                            "The trigger-point atlas follows the literature listed under Credits.\n\n"
                            "Bodymap is for self-care education. It does not diagnose; "
                            "see a clinician for numbness, weakness, night pain, fever, "
                            "bladder or bowel changes, or pain after an injury.",
                "website", "https://github.com/bodymap/bodymap",
                NULL);
  if (literature->len > 1)
    adw_about_window_add_credit_section (about, "Trigger-Point Literature", (const char **) literature->pdata);
  adw_about_window_add_credit_section (about, "Body Drawings", drawings);
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       data)
{
  g_application_quit (G_APPLICATION (data));
}

static void
style_action (GSimpleAction *action,
              GVariant      *value,
              gpointer       data)
{
  const char *style = g_variant_get_string (value, NULL);
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;
  g_autoptr(GSettings) settings = bm_application_create_settings ();

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  g_simple_action_set_state (action, value);
  if (settings != NULL)
    g_settings_set_string (settings, "style", style);
}

static const GActionEntry app_actions[] = {
  { "about", about_action, NULL, NULL, NULL },
  { "quit", quit_action, NULL, NULL, NULL },
  { "style", NULL, "s", "'default'", style_action },
};

static void
bm_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  g_autoptr(GSettings) settings = NULL;

  G_APPLICATION_CLASS (bm_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);

  settings = bm_application_create_settings ();
  if (settings != NULL)
    {
      g_autofree char *style = g_settings_get_string (settings, "style");
      g_action_group_change_action_state (G_ACTION_GROUP (app), "style", g_variant_new_string (style));
    }
}

static void
bm_application_finalize (GObject *object)
{
  BmApplication *self = BM_APPLICATION (object);

  g_clear_object (&self->art);
  g_clear_object (&self->atlas);
  g_clear_error (&self->load_error);
  bm_cli_options_clear (&self->cli);

  G_OBJECT_CLASS (bm_application_parent_class)->finalize (object);
}

static void
bm_application_class_init (BmApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = bm_application_finalize;
  app_class->activate = bm_application_activate;
  app_class->startup = bm_application_startup;
  app_class->handle_local_options = bm_application_handle_local_options;
}

static void
bm_application_init (BmApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            "Find where referred muscle pain comes from.");
}

BmApplication *
bm_application_new (void)
{
  return g_object_new (BM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
