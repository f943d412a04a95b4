/* bm-application.c: the application, its actions and headless options
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "core/bm-atlas.h"
#include "core/bm-body-art.h"
#include "core/bm-disclaimer.h"
#include "cli/bm-cli.h"
#include "bm-application.h"
#include "bm-settings.h"
#include "bm-window.h"

struct _BmApplication
{
  AdwApplication   parent_instance;

  /* Owned */
  BmAtlas         *atlas;
  BmBodyArt       *art;
  GError          *load_error;
  GSettings       *settings;      /* NULL when the schema is not installed */
  GThread         *loader;        /* loading atlas and art while GTK starts */
  BmJournal       *journal;       /* opened on first use */
  BmCliOptions     cli;
};

G_DEFINE_FINAL_TYPE (BmApplication, bm_application, ADW_TYPE_APPLICATION)

static void display_opened_cb (GdkDisplayManager *manager, GdkDisplay *display, BmApplication *self);

/* The options were parsed straight into self->cli (bm_application_init). */
static int
bm_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  BmApplication *self = BM_APPLICATION (app);

  if (bm_cli_wants_headless (&self->cli))
    return bm_cli_run (&self->cli, stdout, stderr);
  /* A window is coming, unless another instance shows it (then this one
   * opens no display, and nothing is loaded). */
  g_signal_connect (gdk_display_manager_get (), "display-opened", G_CALLBACK (display_opened_cb), self);
  return -1;
}

static void
load_art (BmApplication *self)
{
  self->atlas = bm_cli_load_atlas (&self->cli, &self->load_error);
  if (self->atlas != NULL)
    self->art = bm_body_art_new (bm_atlas_get_catalog (self->atlas), &self->load_error);
}

/* ---- Loading beside GTK's start-up ------------------------------------------ */

/* The atlas and the drawings' metadata are core code, no GTK: they load on
 * a thread of their own while the main thread starts libadwaita (its
 * style manager and style sheets, ours), and the first window waits for
 * them. Until the thread is joined only it touches atlas, art and
 * load_error. */
static gpointer
load_thread (gpointer data)
{
  load_art (data);
  return NULL;
}

/* The thread starts once the display is open: by then GTK has set the
 * locale and cleared the startup notification id from the environment,
 * and the loader reads both (for the atlas's and the captions' language). */
static void
display_opened_cb (GdkDisplayManager *manager,
                   GdkDisplay        *display,
                   BmApplication     *self)
{
  g_signal_handlers_disconnect_by_func (manager, display_opened_cb, self);
  if (self->loader == NULL && self->atlas == NULL && self->load_error == NULL)
    self->loader = g_thread_new ("bodymap-load", load_thread, self);
}

/* The atlas and the art, or load_error: from the thread, else loaded now. */
static void
ensure_loaded (BmApplication *self)
{
  if (self->loader != NULL)
    g_thread_join (g_steal_pointer (&self->loader));
  if (self->atlas == NULL && self->load_error == NULL)
    load_art (self);
}

/* The "cannot start" page, saying @reason as plain text. */
GtkWidget *
bm_application_new_error_page (const char *reason)
{
  GtkWidget *page = adw_status_page_new ();
  g_autofree char *escaped = g_markup_escape_text (reason, -1);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (page), _("Bodymap Cannot Start"));
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
      ensure_loaded (self);
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

/* The journal is opened when a window first needs it, not at start-up,
 * with the atlas's catalog so that rows naming unknown areas are listed as
 * problems. A failure (a busy or newer file) is not kept: the next call
 * tries again. */
BmJournal *
bm_application_get_journal (BmApplication  *self,
                            GError        **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (BM_IS_APPLICATION (self), NULL);

  if (self->journal != NULL)
    return self->journal;
  ensure_loaded (self);
  if (self->atlas == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, self->load_error->message);
      return NULL;
    }
  path = bm_journal_default_path ();
  self->journal = bm_journal_open (path, bm_atlas_get_catalog (self->atlas), error);
  return self->journal;
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

/* ---- The store metainfo (the build's merged copy, in the GResource) ------ */

typedef struct {
  const char * const *languages;   /* g_get_language_names () */
  GString            *notes;       /* this version's release notes, as markup */
  GString            *issue_url;
  gboolean            in_release, in_description, in_bugtracker, in_unit, skip;
  gsize               unit_start;  /* where the current paragraph or item begins in notes */
  guint               unit_rank;   /* how well its language suits; G_MAXUINT: untranslated */
} Metainfo;

static guint
language_rank (const Metainfo *info,
               const char     *lang)
{
  for (guint i = 0; info->languages[i] != NULL; i++)
    if (g_str_equal (info->languages[i], lang))
      return i;
  return G_MAXUINT;
}

/* A paragraph or item: the untranslated one, replaced by the variant in
 * the best-suited language that follows it. */
static void
unit_start (Metainfo   *info,
            const char *element,
            const char *lang)
{
  guint rank = lang != NULL ? language_rank (info, lang) : G_MAXUINT;

  info->in_unit = TRUE;
  info->skip = lang != NULL && rank >= info->unit_rank;
  if (info->skip)
    return;
  if (lang == NULL)
    info->unit_start = info->notes->len;
  else
    g_string_truncate (info->notes, info->unit_start);
  info->unit_rank = rank;
  g_string_append_printf (info->notes, "<%s>", element);
}

static void
metainfo_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              data,
                GError              **error)
{
  Metainfo *info = data;
  const char *version = NULL, *type = NULL, *lang = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], "version"))
        version = values[i];
      else if (g_str_equal (names[i], "type"))
        type = values[i];
      else if (g_str_equal (names[i], "xml:lang"))
        lang = values[i];
    }
  if (g_str_equal (element, "release"))
    info->in_release = g_strcmp0 (version, PACKAGE_VERSION) == 0;
  else if (g_str_equal (element, "description"))
    info->in_description = info->in_release;
  else if (g_str_equal (element, "url"))
    info->in_bugtracker = g_strcmp0 (type, "bugtracker") == 0;
  else if (info->in_description && (g_str_equal (element, "p") || g_str_equal (element, "li")))
    unit_start (info, element, lang);
  else if (info->in_description && (g_str_equal (element, "ul") || g_str_equal (element, "ol")))
    g_string_append_printf (info->notes, "<%s>", element);
}

static void
metainfo_end (GMarkupParseContext  *context,
              const char           *element,
              gpointer              data,
              GError              **error)
{
  Metainfo *info = data;

  if (g_str_equal (element, "release"))
    info->in_release = FALSE;
  else if (g_str_equal (element, "description"))
    info->in_description = FALSE;
  else if (g_str_equal (element, "url"))
    info->in_bugtracker = FALSE;
  else if (info->in_description && (g_str_equal (element, "p") || g_str_equal (element, "li")))
    {
      if (!info->skip)
        g_string_append_printf (info->notes, "</%s>", element);
      info->in_unit = info->skip = FALSE;
    }
  else if (info->in_description && (g_str_equal (element, "ul") || g_str_equal (element, "ol")))
    g_string_append_printf (info->notes, "</%s>", element);
}

static void
metainfo_text (GMarkupParseContext  *context,
               const char           *text,
               gsize                 length,
               gpointer              data,
               GError              **error)
{
  Metainfo *info = data;

  if (info->in_description && info->in_unit && !info->skip)
    {
      g_autofree char *escaped = g_markup_escape_text (text, (gssize) length);

      g_string_append (info->notes, escaped);
    }
  else if (info->in_bugtracker)
    g_string_append_len (info->issue_url, text, (gssize) length);
}

/* This version's release notes (in the user's language where translated)
 * and the bug tracker, from the metainfo compiled into the program. */
static void
read_metainfo (char **release_notes,
               char **issue_url)
{
  static const GMarkupParser parser = { metainfo_start, metainfo_end, metainfo_text, NULL, NULL };
  g_autoptr(GBytes) bytes = g_resources_lookup_data (RESOURCE_PREFIX "/metainfo.xml", 0, NULL);
  Metainfo info = { g_get_language_names (), g_string_new (NULL), g_string_new (NULL) };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &info, NULL);
  gsize size = 0;
  const char *text = bytes != NULL ? g_bytes_get_data (bytes, &size) : "";
  g_autoptr(GError) error = NULL;

  if (!g_markup_parse_context_parse (context, text, (gssize) size, &error) ||
      !g_markup_parse_context_end_parse (context, &error))
    g_warning ("The metainfo cannot be read: %s", error->message);
  *release_notes = g_string_free (info.notes, info.notes->len == 0);
  *issue_url = g_strstrip (g_string_free (info.issue_url, FALSE));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       data)
{
  static const char *developers[] = { "The Bodymap team", NULL };
  const char *drawings[] = { _("Drawn by the Bodymap team, generated by tools/gen-body-svg.py"), NULL };
  BmApplication *self = BM_APPLICATION (data);
  g_autoptr(GPtrArray) literature = atlas_literature (self->atlas);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (data));
  AdwAboutWindow *about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  /* Translators: your names, one per line, each optionally with an e-mail
   * address or a web site: "Anna Muster <anna@example.org>". */
  const char *translators = _("translator-credits");
  g_autofree char *release_notes = NULL, *issue_url = NULL;
  const BmDisclaimer *disclaimer = bm_disclaimer_get ();
  g_autofree char *comments = g_strdup_printf (_("Find where referred muscle pain comes from. "
                                                 "Mark where it hurts; see which trigger points are known to "
                                                 "refer pain there. The trigger-point atlas follows the "
                                                 "literature listed under Credits.\n\n%s %s"),
                                               disclaimer->summary, disclaimer->advice);

  g_object_set (about,
                "application-name", "Bodymap",
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developer-name", "The Bodymap team",
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", comments,
                "website", "https://github.com/bodymap/bodymap",
                "copyright", "© 2026 The Bodymap team",
                NULL);
  read_metainfo (&release_notes, &issue_url);
  if (release_notes != NULL)
    {
      adw_about_window_set_release_notes_version (about, PACKAGE_VERSION);
      adw_about_window_set_release_notes (about, release_notes);
    }
  if (issue_url[0] != '\0')
    adw_about_window_set_issue_url (about, issue_url);
  /* Untranslated, the credit is the message id itself: no credit then. */
  if (!g_str_equal (translators, "translator-credits"))
    adw_about_window_set_translator_credits (about, translators);
  if (literature->len > 1)
    adw_about_window_add_credit_section (about, _("Trigger-Point Literature"), (const char **) literature->pdata);
  adw_about_window_add_credit_section (about, _("Body Drawings"), drawings);
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

/* The "style" key's strings as libadwaita's colour schemes. */
static AdwColorScheme
color_scheme_for_style (const char *style)
{
  if (g_strcmp0 (style, "light") == 0)
    return ADW_COLOR_SCHEME_FORCE_LIGHT;
  if (g_strcmp0 (style, "dark") == 0)
    return ADW_COLOR_SCHEME_FORCE_DARK;
  return ADW_COLOR_SCHEME_DEFAULT;
}

static gboolean
style_to_color_scheme (GValue   *value,
                       GVariant *variant,
                       gpointer  data)
{
  g_value_set_enum (value, color_scheme_for_style (g_variant_get_string (variant, NULL)));
  return TRUE;
}

/* Without the schema the style still changes, for this run only. */
static void
style_action (GSimpleAction *action,
              GVariant      *value,
              gpointer       data)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      color_scheme_for_style (g_variant_get_string (value, NULL)));
  g_simple_action_set_state (action, value);
}

static GAction *
create_style_action (BmApplication *self)
{
  GSimpleAction *action;

  if (self->settings != NULL)
    {
      g_settings_bind_with_mapping (self->settings, "style", adw_style_manager_get_default (), "color-scheme",
                                    G_SETTINGS_BIND_GET, style_to_color_scheme, NULL, NULL, NULL);
      return g_settings_create_action (self->settings, "style");
    }
  action = g_simple_action_new_stateful ("style", G_VARIANT_TYPE_STRING, g_variant_new_string ("default"));
  g_signal_connect (action, "change-state", G_CALLBACK (style_action), NULL);
  return G_ACTION (action);
}

static const GActionEntry app_actions[] = {
  { "about", about_action, NULL, NULL, NULL },
  { "quit", quit_action, NULL, NULL, NULL },
};

static void
bm_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  BmApplication *self = BM_APPLICATION (app);
  g_autoptr(GAction) style = NULL;

  G_APPLICATION_CLASS (bm_application_parent_class)->startup (app);
  /* Asked for now, the icon theme is read on a thread of GTK's while the
   * window is built, not on the main thread when its first icon is looked
   * up. Not earlier: the theme's settings are final only once libadwaita
   * has started. */
  gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);

  self->settings = bm_settings_new ();
  style = create_style_action (self);
  g_action_map_add_action (G_ACTION_MAP (app), style);
}

static void
bm_application_finalize (GObject *object)
{
  BmApplication *self = BM_APPLICATION (object);

  g_signal_handlers_disconnect_by_func (gdk_display_manager_get (), display_opened_cb, self);
  if (self->loader != NULL)
    g_thread_join (g_steal_pointer (&self->loader));
  g_clear_object (&self->journal);
  g_clear_object (&self->art);
  g_clear_object (&self->atlas);
  g_clear_error (&self->load_error);
  g_clear_object (&self->settings);
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
  g_autofree GOptionEntry *entries = bm_cli_option_entries (&self->cli);

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Find where referred muscle pain comes from."));
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
