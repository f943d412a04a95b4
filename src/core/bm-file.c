/* bm-file.c: writing the person's files safely (sheet PDF, session)
 *
 * Every file Bodymap writes for the person goes through one writer:
 *
 * - The target must be a regular file, or not exist yet. A device, a pipe,
 *   a socket or a folder is refused with a message saying what it is.
 * - A symbolic link at the target is followed to the regular file it names,
 *   and that file is replaced (the link stays a link), like an editor does.
 *   A dangling link, or a link planted by another user in a shared sticky
 *   folder such as /tmp (the rule of the kernel's protected_symlinks), is
 *   refused.
 * - The new content goes to a temporary file created exclusively (O_EXCL,
 *   O_NOFOLLOW) beside the target, named ".NAME.XXXXXX.part" and locked
 *   while it is written, then synced and renamed over the target. The old
 *   file stays whole until the new one is complete; a planted link at the
 *   temporary name is never followed.
 * - Every step is checked (each write, fsync, close, rename), and a failure
 *   names the path and the real cause.
 *
 * A writer killed before the rename leaves its temporary file behind,
 * unlocked; bm_file_remove_stale_temporaries() removes those.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "bm-error.h"
#include "bm-file.h"

#define TEMP_NAME_MAX   200   /* bytes of the target's name kept in the temporary's */
#define TEMP_SUFFIX     ".part"
#define LEGACY_MIN_AGE  60    /* seconds: older GLib-style temporaries are stale after this */

struct _BmFileWriter
{
  char     *path;     /* as the person named it, for messages */
  char     *target;   /* the regular file replaced: @path, or what its link names */
  char     *temp;
  int       fd;
  int       write_errno;
  gboolean  committed;
};

static void
set_io_error (GError    **error,
              const char *path,
              const char *format,
              ...) G_GNUC_PRINTF (3, 4);

static void
set_io_error (GError    **error,
              const char *path,
              const char *format,
              ...)
{
  g_autofree char *cause = NULL;
  va_list args;

  va_start (args, format);
  cause = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, BM_ERROR, BM_ERROR_IO, "cannot write %s: %s", path, cause);
}

static const char *
kind_of (mode_t mode)
{
  if (S_ISDIR (mode))
    return "a folder";
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return "a device";
  if (S_ISFIFO (mode))
    return "a pipe";
  if (S_ISSOCK (mode))
    return "a socket";
  return "not a regular file";
}

/* The kernel's protected_symlinks rule: in a sticky, world-writable folder
 * a link is followed only when its owner is us or the folder's owner. */
static gboolean
link_trusted (const char        *path,
              const struct stat *link_st)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat dir_st;

  if (stat (dir, &dir_st) != 0)
    return FALSE;
  if (!(dir_st.st_mode & S_ISVTX) || !(dir_st.st_mode & S_IWOTH))
    return TRUE;
  return link_st->st_uid == geteuid () || link_st->st_uid == dir_st.st_uid;
}

/* The regular file to replace for @path, in @st when it exists (st_mode 0
 * when it does not). */
static char *
resolve_target (const char   *path,
                struct stat  *st,
                GError      **error)
{
  struct stat link_st;
  char *real;

  memset (st, 0, sizeof *st);
  if (lstat (path, &link_st) != 0)
    {
      if (errno == ENOENT)
        return g_strdup (path);
      set_io_error (error, path, "%s", g_strerror (errno));
      return NULL;
    }
  if (!S_ISLNK (link_st.st_mode))
    {
      if (!S_ISREG (link_st.st_mode))
        {
          set_io_error (error, path, "it is %s, not a regular file; choose another name", kind_of (link_st.st_mode));
          return NULL;
        }
      *st = link_st;
      return g_strdup (path);
    }
  if (!link_trusted (path, &link_st))
    {
      set_io_error (error, path, "it is a link owned by another user in a shared folder; it is not followed");
      return NULL;
    }
  if (stat (path, st) != 0)
    {
      set_io_error (error, path, "it is a link to a file that does not exist (%s)", g_strerror (errno));
      return NULL;
    }
  if (!S_ISREG (st->st_mode))
    {
      set_io_error (error, path, "it is a link to %s, not to a regular file; choose another name",
                    kind_of (st->st_mode));
      return NULL;
    }
  if ((real = realpath (path, NULL)) == NULL)
    {
      set_io_error (error, path, "its link cannot be followed: %s", g_strerror (errno));
      return NULL;
    }
  return real;
}

/* The regular file that saving to @path replaces: @path itself, or the
 * file its link names. NULL, with a message, when saving there is refused. */
char *
bm_file_resolve_target (const char  *path,
                        GError     **error)
{
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);
  return resolve_target (path, &st, error);
}

static int
create_temp (BmFileWriter *self,
             int           mode,
             GError      **error)
{
  g_autofree char *dir = g_path_get_dirname (self->target);
  g_autofree char *base = g_path_get_basename (self->target);

  for (guint attempt = 0; attempt < 3; attempt++)
    {
      struct stat st;
      int fd;

      g_free (self->temp);
      self->temp = g_strdup_printf ("%s/.%." G_STRINGIFY (TEMP_NAME_MAX) "s.XXXXXX" TEMP_SUFFIX, dir, base);
      if ((fd = g_mkstemp_full (self->temp, O_RDWR | O_CLOEXEC | O_NOFOLLOW, mode)) < 0)
        {
          if (errno == ENOENT)
            set_io_error (error, self->path, "the folder %s does not exist", dir);
          else
            set_io_error (error, self->path, "cannot create a file in %s: %s", dir, g_strerror (errno));
          return -1;
        }
      /* Locked while written, so a cleanup never takes a live file; one
       * that was removed between creation and locking is made again. */
      if (flock (fd, LOCK_EX) == 0 && fstat (fd, &st) == 0 && st.st_nlink > 0)
        return fd;
      close (fd);
    }
  set_io_error (error, self->path, "cannot create a file in %s that stays there", dir);
  return -1;
}

/* Starts writing @path; nothing is replaced until
 * bm_file_writer_commit(). @mode is for a new file; a replaced file keeps
 * its permissions. */
BmFileWriter *
bm_file_writer_new (const char  *path,
                    int          mode,
                    GError     **error)
{
  g_autoptr(BmFileWriter) self = NULL;
  struct stat st;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_new0 (BmFileWriter, 1);
  self->fd = -1;
  self->path = g_strdup (path);
  if ((self->target = resolve_target (path, &st, error)) == NULL ||
      (self->fd = create_temp (self, mode, error)) < 0)
    return NULL;
  if (S_ISREG (st.st_mode))
    fchmod (self->fd, st.st_mode & 07777);
  return g_steal_pointer (&self);
}

/* Appends @data. After a failure the writer ignores further data and
 * commit reports the failure. */
gboolean
bm_file_writer_write (BmFileWriter *self,
                      const void   *data,
                      gsize         length)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  while (length > 0 && self->write_errno == 0)
    {
      gssize n = write (self->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        self->write_errno = n < 0 ? errno : EIO;
      else
        {
          p += n;
          length -= (gsize) n;
        }
    }
  return self->write_errno == 0;
}

static void
sync_folder (const char *target)
{
  g_autofree char *dir = g_path_get_dirname (target);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd >= 0)
    {
      fsync (fd);   /* not every file system can; the rename is done either way */
      close (fd);
    }
}

/* Makes the new content the file's: synced, then renamed over the target. */
gboolean
bm_file_writer_commit (BmFileWriter  *self,
                       GError       **error)
{
  int fd;

  g_return_val_if_fail (self != NULL && self->fd >= 0, FALSE);

  fd = self->fd;
  self->fd = -1;
  if (self->write_errno != 0)
    {
      close (fd);
      set_io_error (error, self->path, "writing failed: %s", g_strerror (self->write_errno));
      return FALSE;
    }
  if (fsync (fd) != 0)
    {
      int saved = errno;
      close (fd);
      set_io_error (error, self->path, "writing to the disk failed: %s", g_strerror (saved));
      return FALSE;
    }
  if (close (fd) != 0)
    {
      set_io_error (error, self->path, "writing to the disk failed: %s", g_strerror (errno));
      return FALSE;
    }
  if (rename (self->temp, self->target) != 0)
    {
      set_io_error (error, self->path, "replacing it failed: %s", g_strerror (errno));
      return FALSE;
    }
  self->committed = TRUE;
  sync_folder (self->target);
  return TRUE;
}

/* The temporary file being written (for tests). */
const char *
bm_file_writer_get_temp (BmFileWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp;
}

/* Frees the writer; without a commit the temporary file is removed and
 * the target is untouched. */
void
bm_file_writer_free (BmFileWriter *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp != NULL && !self->committed)
    unlink (self->temp);
  g_free (self->temp);
  g_free (self->target);
  g_free (self->path);
  g_free (self);
}

/* Replaces @path with @data through a BmFileWriter. */
gboolean
bm_file_set_contents (const char  *path,
                      const char  *data,
                      gsize        length,
                      int          mode,
                      GError     **error)
{
  g_autoptr(BmFileWriter) writer = bm_file_writer_new (path, mode, error);

  if (writer == NULL)
    return FALSE;
  bm_file_writer_write (writer, data, length);
  return bm_file_writer_commit (writer, error);
}

/* ---- Stale temporaries -------------------------------------------------------- */

static gboolean
is_ours (const char *name,
         const char *base)
{
  g_autofree char *prefix = g_strdup_printf (".%." G_STRINGIFY (TEMP_NAME_MAX) "s.", base);

  return strlen (name) == strlen (prefix) + 6 + strlen (TEMP_SUFFIX) &&
         g_str_has_prefix (name, prefix) && g_str_has_suffix (name, TEMP_SUFFIX);
}

/* "NAME.XXXXXX", what g_file_set_contents() left behind in versions before
 * this writer. A name of six lower-case letters ("NAME.backup") may be the
 * person's own copy and is left alone. */
static gboolean
is_legacy (const char *name,
           const char *base)
{
  const char *tail = name + strlen (base) + 1;
  gboolean mixed = FALSE;

  if (!g_str_has_prefix (name, base) || name[strlen (base)] != '.' || strlen (tail) != 6)
    return FALSE;
  for (guint i = 0; i < 6; i++)
    {
      if (!g_ascii_isalnum (tail[i]))
        return FALSE;
      mixed |= !g_ascii_islower (tail[i]);
    }
  return mixed;
}

/* Removes @name in @dir when it is our regular file and no writer holds it. */
static gboolean
remove_if_stale (const char *dir,
                 const char *name,
                 gboolean    legacy)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  int fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
  gboolean removed = FALSE;
  struct stat st;

  if (fd < 0)
    return FALSE;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
      (!legacy || st.st_mtime < g_get_real_time () / G_USEC_PER_SEC - LEGACY_MIN_AGE) &&
      flock (fd, LOCK_EX | LOCK_NB) == 0)
    removed = unlink (path) == 0;
  close (fd);
  return removed;
}

/* Removes the temporary files that writers of @path killed before they
 * finished left behind; returns how many. Only our own names are touched,
 * and never a file a live writer holds. */
guint
bm_file_remove_stale_temporaries (const char *path)
{
  g_autofree char *target = bm_file_resolve_target (path, NULL);
  g_autofree char *dir = g_path_get_dirname (target ? target : path);
  g_autofree char *base = g_path_get_basename (target ? target : path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint removed = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      gboolean legacy = is_legacy (name, base);

      if ((legacy || is_ours (name, base)) && remove_if_stale (dir, name, legacy))
        removed++;
    }
  return removed;
}
