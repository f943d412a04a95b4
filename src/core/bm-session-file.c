/* bm-session-file.c: saving, loading and restoring a session
 *
 * A session is saved as JSON through the safe writer (bm-file.c): the old
 * file stays whole until the new one is complete, a link at session.json is
 * followed and its file replaced.
 *
 * Loading checks everything before it replaces anything. A file that is
 * not a session at all (malformed, a wrong type, a number out of range) is
 * rejected whole. An id this atlas does not know (an area, a muscle, an
 * answer, a symptom: from another version, or edited by hand) is left out
 * and the rest loads; the caller is told what was left out. Repeated
 * entries count once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-file.h"
#include "bm-ids.h"
#include "bm-json.h"
#include "bm-session-private.h"

#define DROPPED_LISTED 5     /* left-out ids named in the message; the rest are counted */

/* ---- Saving ----------------------------------------------------------------- */

/* One entry per mark: an area both painful and numb has two, one of each
 * symptom. Files saved before that was possible hold at most one entry per
 * area and load as they were. */
static json_object *
marks_to_json (BmSession *self)
{
  BmRegionCatalog *catalog = bm_atlas_get_catalog (bm_session_get_atlas (self));
  g_autoptr(GArray) marks = bm_pain_map_get_marks (bm_session_get_pain_map (self));
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < marks->len; i++)
    {
      const BmMark *mark = &g_array_index (marks, BmMark, i);
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "region",
                              json_object_new_string (bm_region_catalog_get_region (catalog, mark->region)->id));
      json_object_object_add (obj, "symptom",
                              json_object_new_string (bm_symptom_get_id (mark->symptom)));
      json_object_object_add (obj, "intensity", json_object_new_int ((int) mark->intensity));
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
answers_to_json (BmSession *self)
{
  json_object *answers = json_object_new_array ();
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, bm_session_get_confirmations (self));
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "trigger_point", json_object_new_string (key));
      json_object_object_add (obj, "answer", json_object_new_string (bm_confirm_get_id (GPOINTER_TO_INT (value))));
      json_object_array_add (answers, obj);
    }
  return answers;
}

static json_object *
session_to_json (BmSession *self)
{
  json_object *root = json_object_new_object ();
  json_object *flags = json_object_new_array ();
  json_object *sheet = json_object_new_array ();
  GPtrArray *picks = bm_session_get_sheet (self);

  for (guint bit = 1; bm_flag_get_id (bit) != NULL; bit <<= 1)
    if (bm_session_get_flags (self) & bit)
      json_object_array_add (flags, json_object_new_string (bm_flag_get_id (bit)));
  for (guint i = 0; i < picks->len; i++)
    json_object_array_add (sheet, json_object_new_string (picks->pdata[i]));
  json_object_object_add (root, "version", json_object_new_int (1));
  json_object_object_add (root, "marks", marks_to_json (self));
  json_object_object_add (root, "symptoms", flags);
  json_object_object_add (root, "answers", answers_to_json (self));
  json_object_object_add (root, "sheet", sheet);
  return root;
}

/* The session as the JSON text bm_session_save() writes. */
char *
bm_session_to_data (BmSession *self)
{
  g_autoptr(json_object) root = NULL;

  g_return_val_if_fail (BM_IS_SESSION (self), NULL);

  root = session_to_json (self);
  return g_strdup (json_object_to_json_string_ext (root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE));
}

/* Writes the session to @path atomically: the old file stays whole until
 * the new one is complete. */
gboolean
bm_session_save (BmSession   *self,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *text = NULL;

  g_return_val_if_fail (BM_IS_SESSION (self), FALSE);

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      /* Translators: %1$s is a file, %2$s its folder, %3$s why the folder could not be made. */
      g_set_error (error, BM_ERROR, BM_ERROR_IO, _("cannot write %s: cannot create the folder %s: %s"), path, dir,
                   g_strerror (errno));
      return FALSE;
    }
  text = bm_session_to_data (self);
  return bm_file_set_contents (path, text, strlen (text), 0600, error);
}

/* ---- Loading ---------------------------------------------------------------- */

typedef struct {
  BmAtlas    *atlas;
  GArray     *marks;
  BmFlags     flags;
  GHashTable *answers;
  GPtrArray  *sheet;
  GString    *dropped;    /* the first DROPPED_LISTED left-out ids, quoted */
  guint       n_dropped;
} Parsed;

static void
parsed_clear (Parsed *p)
{
  g_clear_pointer (&p->marks, g_array_unref);
  g_clear_pointer (&p->answers, g_hash_table_unref);
  g_clear_pointer (&p->sheet, g_ptr_array_unref);
  if (p->dropped != NULL)
    g_string_free (g_steal_pointer (&p->dropped), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parsed, parsed_clear)

/* Notes an id that was left out, quoted as a short excerpt (the person
 * may have typed anything there). */
static void
drop (Parsed     *p,
      const char *kind,
      const char *id)
{
  g_autofree char *excerpt = NULL, *item = NULL;

  if (p->n_dropped++ >= DROPPED_LISTED)
    return;
  excerpt = bm_quote_excerpt (id);
  item = g_strdup_printf (kind, excerpt);
  if (p->dropped->len > 0)
    /* Translators: joins the items of the list of things a restored session left out. */
    g_string_append (p->dropped, C_("list of left-out items", ", "));
  g_string_append (p->dropped, item);
}

static gboolean
parse_mark (json_object  *obj,
            BmJsonWhere  *where,
            gpointer      data,
            GError      **error)
{
  Parsed *p = data;
  const BmRegion *region;
  const char *id, *symptom;
  int kind;
  double intensity;
  BmMark mark;

  if ((id = bm_json_string (obj, where, "region", TRUE, error)) == NULL)
    return FALSE;
  where->item = id;
  region = bm_region_catalog_lookup (bm_atlas_get_catalog (p->atlas), id);
  if ((symptom = bm_json_string (obj, where, "symptom", TRUE, error)) == NULL ||
      !bm_json_number (obj, where, "intensity", BM_INTENSITY_MIN, BM_INTENSITY_MAX, &intensity, error))
    return FALSE;
  if ((kind = bm_enum_from_id (BM_TYPE_SYMPTOM, symptom)) < 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "symptom", "must be pain or numbness");
      return FALSE;
    }
  if (region == NULL)
    {
      /* Translators: in "Your last session was restored without %s": an unknown area's id. */
      drop (p, _("area “%s”"), id);
      return TRUE;
    }
  /* Of two marks of one kind on one area the later counts (bm_pain_map_reset). */
  mark = (BmMark) { region->index, kind, (guint) intensity };
  g_array_append_val (p->marks, mark);
  return TRUE;
}

static gboolean
parse_symptoms (json_object  *root,
                const char   *file,
                Parsed       *p,
                GError      **error)
{
  BmJsonWhere where = { file, NULL, NULL };
  g_auto(GStrv) symptoms = bm_json_string_list (root, &where, "symptoms", TRUE, error);

  if (symptoms == NULL)
    return FALSE;
  for (guint i = 0; symptoms[i] != NULL; i++)
    {
      BmFlags flag = bm_flag_from_id (symptoms[i]);

      if (flag == 0)
        /* Translators: in "Your last session was restored without %s": an unknown symptom's id. */
        drop (p, _("symptom “%s”"), symptoms[i]);
      else
        p->flags |= flag;
    }
  return TRUE;
}

static gboolean
parse_answer (json_object  *obj,
              BmJsonWhere  *where,
              gpointer      data,
              GError      **error)
{
  Parsed *p = data;
  const char *tp, *answer;
  int confirm;

  if ((tp = bm_json_string (obj, where, "trigger_point", TRUE, error)) == NULL)
    return FALSE;
  where->item = tp;
  if ((answer = bm_json_string (obj, where, "answer", TRUE, error)) == NULL)
    return FALSE;
  if ((confirm = bm_enum_from_id (BM_TYPE_CONFIRM, answer)) < 0)
    {
      bm_json_set_error (error, BM_ERROR_INVALID, where, "answer", "must be reproduces or not-tender");
      return FALSE;
    }
  if (!bm_confirm_key_parse (p->atlas, tp, NULL, NULL, NULL))
    /* Translators: in "Your last session was restored without %s": the id of an unknown
     * trigger point the person had answered about. */
    drop (p, _("answer for “%s”"), tp);
  else   /* a repeated answer replaces the earlier one */
    g_hash_table_insert (p->answers, g_strdup (tp), GINT_TO_POINTER (confirm));
  return TRUE;
}

static gboolean
parse_sheet (json_object  *root,
             const char   *file,
             Parsed       *p,
             GError      **error)
{
  BmJsonWhere where = { file, NULL, NULL };
  g_auto(GStrv) sheet = bm_json_string_list (root, &where, "sheet", TRUE, error);
  g_autoptr(GHashTable) seen = NULL;   /* each muscle counts once */

  if (sheet == NULL)
    return FALSE;
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; sheet[i] != NULL; i++)
    {
      if (bm_atlas_lookup (p->atlas, sheet[i]) == NULL)
        /* Translators: in "Your last session was restored without %s": an unknown muscle's id. */
        drop (p, _("muscle “%s”"), sheet[i]);
      else if (g_hash_table_add (seen, sheet[i]))
        g_ptr_array_add (p->sheet, g_strdup (sheet[i]));
    }
  return TRUE;
}

/* "area “x”, muscle “y” and 3 more" */
static char *
describe_dropped (Parsed *p)
{
  if (p->n_dropped == 0)
    return NULL;
  if (p->n_dropped > DROPPED_LISTED)
    /* Translators: %s is a list of left-out items ("area “x”, muscle “y”"), %u how many more were left out. */
    return g_strdup_printf (ngettext ("%s and %u more", "%s and %u more", p->n_dropped - DROPPED_LISTED),
                            p->dropped->str, p->n_dropped - DROPPED_LISTED);
  return g_strdup (p->dropped->str);
}

/* Replaces the session with the one in @data (JSON text, @name for
 * messages). Unknown ids are left out and described in @dropped (NULL when
 * none were). On any other error the session is left exactly as it was. */
gboolean
bm_session_load_data (BmSession   *self,
                      const char  *data,
                      gsize        length,
                      const char  *name,
                      char       **dropped,
                      GError     **error)
{
  g_autoptr(json_object) root = NULL;
  g_auto(Parsed) p = { 0 };
  gboolean ok;

  g_return_val_if_fail (BM_IS_SESSION (self), FALSE);

  if ((root = bm_json_parse (data, length, name, error)) == NULL)
    return FALSE;
  if (!json_object_is_type (root, json_type_object))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, "%s: the session must be an object", name);
      return FALSE;
    }
  p.atlas = bm_session_get_atlas (self);
  p.marks = g_array_new (FALSE, FALSE, sizeof (BmMark));
  p.answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.sheet = g_ptr_array_new_with_free_func (g_free);
  p.dropped = g_string_new (NULL);
  ok = bm_json_foreach (root, name, "marks", "mark", parse_mark, &p, error) &&
       parse_symptoms (root, name, &p, error) &&
       bm_json_foreach (root, name, "answers", "answer", parse_answer, &p, error) &&
       parse_sheet (root, name, &p, error);
  if (!ok)
    return FALSE;
  if (dropped != NULL)
    *dropped = describe_dropped (&p);
  bm_session_replace (self, p.marks, p.flags, g_steal_pointer (&p.answers), g_steal_pointer (&p.sheet));
  return TRUE;
}

/* bm_session_load_data() of the file at @path. */
gboolean
bm_session_load_full (BmSession   *self,
                      const char  *path,
                      char       **dropped,
                      GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  g_return_val_if_fail (BM_IS_SESSION (self), FALSE);

  if (!g_file_get_contents (path, &text, &length, &local_error))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_IO, "%s", local_error->message);
      return FALSE;
    }
  return bm_session_load_data (self, text, length, name, dropped, error);
}

/* Replaces the session with the one saved in @path; unknown ids are left
 * out silently. On any other error the session is left as it was. */
gboolean
bm_session_load (BmSession   *self,
                 const char  *path,
                 GError     **error)
{
  return bm_session_load_full (self, path, NULL, error);
}

/* ---- Restoring at start ------------------------------------------------------ */

/* Writes @data to the new file @name, never replacing one; errno is set
 * (EEXIST when @name exists) on failure. */
static gboolean
write_new (const char *name,
           const char *data,
           gsize       length)
{
  int fd = open (name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
  gsize done = 0;
  int saved;

  if (fd < 0)
    return FALSE;
  while (done < length)
    {
      gssize n = write (fd, data + done, length - done);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      done += (gsize) n;
    }
  if (done == length && fsync (fd) == 0 && close (fd) == 0)
    return TRUE;
  saved = done < length ? (errno ? errno : EIO) : errno;
  close (fd);
  unlink (name);
  errno = saved;
  return FALSE;
}

/* Moves @path aside (NOREPLACE; hard link and unlink where the file system
 * cannot rename that way); errno is set on failure. */
static gboolean
move_new (const char *path,
          const char *name)
{
  int saved;

  if (renameat2 (AT_FDCWD, path, AT_FDCWD, name, RENAME_NOREPLACE) == 0)
    return TRUE;
  if (errno != EINVAL && errno != ENOSYS)
    return FALSE;
  if (link (path, name) != 0)
    return FALSE;
  if (unlink (path) == 0)
    return TRUE;
  saved = errno;
  unlink (name);
  errno = saved;
  return FALSE;
}

/* Keeps the session file @path under a new name beside it,
 * "PATH.@suffix-SECONDS": moved there, or when @data is given, copied. An
 * existing file is never replaced. Returns the name, or NULL with the
 * cause in @error. */
static char *
keep_aside (const char  *path,
            const char  *suffix,
            const char  *data,
            gsize        length,
            GError     **error)
{
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint n = 0; n < 100; n++)
    {
      g_autofree char *name = n == 0 ? g_strdup_printf ("%s.%s-%" G_GINT64_FORMAT, path, suffix, now)
                                     : g_strdup_printf ("%s.%s-%" G_GINT64_FORMAT "-%u", path, suffix, now, n);

      if (data != NULL ? write_new (name, data, length) : move_new (path, name))
        return g_steal_pointer (&name);
      if (errno != EEXIST)
        {
          g_set_error_literal (error, BM_ERROR, BM_ERROR_IO, g_strerror (errno));
          return NULL;
        }
    }
  g_set_error_literal (error, BM_ERROR, BM_ERROR_IO, _("too many files of that name are there already"));
  return NULL;
}

/* FALSE, with a message, when @path exists but is a pipe, a device or a
 * folder: reading a pipe would never end. */
static gboolean
readable_file (const char  *path,
               GError     **error)
{
  struct stat st;

  if (stat (path, &st) != 0 || S_ISREG (st.st_mode))
    return TRUE;   /* reading it says what is wrong */
  /* Translators: %s is a file's path. */
  g_set_error (error, BM_ERROR, BM_ERROR_IO, _("%s is not a regular file"), path);
  return FALSE;
}

/* Loads the last session from @path at start, and returns what the person
 * should be told, or NULL when it loaded whole or there was none. A file
 * that cannot be read is moved aside; one with unknown ids loads without
 * them and a copy as it was is kept. When that fails, @can_save is set
 * FALSE: saving would overwrite the only copy. Stale temporary files of
 * interrupted saves are removed first. */
char *
bm_session_restore (BmSession  *self,
                    const char *path,
                    gboolean   *can_save)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *text = NULL, *dropped = NULL, *aside = NULL;
  g_autoptr(GError) error = NULL, aside_error = NULL;
  gsize length = 0;
  struct stat st;

  g_return_val_if_fail (BM_IS_SESSION (self) && path != NULL && can_save != NULL, NULL);

  *can_save = TRUE;
  bm_file_remove_stale_temporaries (path);
  if (lstat (path, &st) != 0 && (errno == ENOENT || errno == ENOTDIR))
    return NULL;   /* no session yet; saving says what is wrong with the folder */
  if (readable_file (path, &error) && g_file_get_contents (path, &text, &length, &error) &&
      bm_session_load_data (self, text, length, name, &dropped, &error))
    {
      if (dropped == NULL)
        return NULL;
      if ((aside = keep_aside (path, "before", text, length, &aside_error)) != NULL)
        /* Translators: %1$s lists what was left out ("area “x”, muscle “y”"), %2$s is the copy's path. */
        return g_strdup_printf (_("Your last session was restored without %s, which this version of Bodymap does "
                                  "not know. The file as it was is kept as %s."), dropped, aside);
      *can_save = FALSE;
      /* Translators: %1$s lists what was left out, %2$s why no copy could be made, %3$s the session's path. */
      return g_strdup_printf (_("Your last session was restored without %s, which this version of Bodymap does "
                                "not know. A copy of the file as it was could not be kept (%s), so this session "
                                "will not be saved over %s."), dropped, aside_error->message, path);
    }
  if ((aside = keep_aside (path, "unreadable", NULL, 0, &aside_error)) != NULL)
    /* Translators: %1$s is why the session could not be read, %2$s the path the file was moved to. */
    return g_strdup_printf (_("Your last session could not be restored: %s. The file was kept as %s, and a new "
                              "session starts."), error->message, aside);
  *can_save = FALSE;
  /* Translators: %1$s is why the session could not be read, %2$s why it could not be moved, %3$s its path. */
  return g_strdup_printf (_("Your last session could not be restored: %s. It could not be moved aside (%s), so "
                            "it stays at %s, and this session will not be saved over it."), error->message,
                          aside_error->message, path);
}
