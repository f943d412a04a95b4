/* bm-journal.c: the pain journal as a list model, and its exercise log
 *
 * The model is the database's content, oldest first, as last read; reload
 * rereads it when another connection wrote. Adding, replacing, removing,
 * undo and import are in bm-journal-changes.c, the SQLite part in
 * bm-journal-db.c and bm-journal-db-load.c, the entries in
 * bm-journal-entry.c, the exercise log's days in bm-journal-exercise.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-journal-private.h"
#include "bm-json.h"

static void bm_journal_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BmJournal, bm_journal, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, bm_journal_list_model_init))

enum { PROP_0, PROP_N_ITEMS, PROP_CAN_UNDO, N_PROPS };
static GParamSpec *props[N_PROPS];

enum { EXERCISE_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
bm_journal_finalize (GObject *object)
{
  BmJournal *self = BM_JOURNAL (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->exercise, bm_exercise_log_free);
  if (self->db != NULL)
    sqlite3_close (self->db);
  g_clear_object (&self->catalog);
  g_free (self->path);
  g_free (self->set_aside);
  g_free (self->problems);

  G_OBJECT_CLASS (bm_journal_parent_class)->finalize (object);
}

static void
bm_journal_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BmJournal *self = BM_JOURNAL (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->entries->len);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, bm_journal_can_undo (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bm_journal_class_init (BmJournalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bm_journal_finalize;
  object_class->get_property = bm_journal_get_property;

  props[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  props[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);

  /**
   * BmJournal::exercise-changed:
   *
   * A tick of the exercise log was set or cleared, or the log was reread.
   */
  signals[EXERCISE_CHANGED] = g_signal_new ("exercise-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bm_journal_init (BmJournal *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->undo = g_ptr_array_new_with_free_func (bm_journal_undo_op_free);
}

/* For bm-journal-changes.c */
void
bm_journal_notify_n_items (BmJournal *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
}

void
bm_journal_notify_can_undo (BmJournal *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_CAN_UNDO]);
}

/* ---- GListModel ---------------------------------------------------------- */

static GType
bm_journal_get_item_type (GListModel *model)
{
  return BM_TYPE_JOURNAL_ENTRY;
}

static guint
bm_journal_get_n_items (GListModel *model)
{
  return BM_JOURNAL (model)->entries->len;
}

static gpointer
bm_journal_get_item (GListModel *model,
                     guint       position)
{
  BmJournal *self = BM_JOURNAL (model);

  return position < self->entries->len ? g_object_ref (self->entries->pdata[position]) : NULL;
}

static void
bm_journal_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = bm_journal_get_item_type;
  iface->get_n_items = bm_journal_get_n_items;
  iface->get_item = bm_journal_get_item;
}

/* ---- Loading ------------------------------------------------------------- */

/* Takes what @data holds. */
static void
take_data (BmJournal     *self,
           BmJournalData *data)
{
  g_ptr_array_unref (self->entries);
  self->entries = g_steal_pointer (&data->entries);
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < self->entries->len; i++)
    {
      BmJournalEntry *entry = self->entries->pdata[i];

      g_hash_table_insert (self->by_id, &entry->id, entry);
    }
  g_clear_pointer (&self->exercise, bm_exercise_log_free);
  self->exercise = bm_exercise_log_new_take (g_steal_pointer (&data->exercise));
  g_clear_pointer (&self->problems, g_free);
  if (data->problems->len > 0)
    {
      g_string_truncate (data->problems, data->problems->len - 1);   /* the last newline */
      self->problems = g_string_free (g_steal_pointer (&data->problems), FALSE);
    }
}

static gboolean
read_all (BmJournal  *self,
          GError    **error)
{
  g_auto(BmJournalData) data = { 0 };

  if (!bm_journal_db_load (self->db, self->path, self->catalog, &data, error))
    return FALSE;
  self->data_version = data.data_version;
  take_data (self, &data);
  return TRUE;
}

char *
bm_journal_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "bodymap", "journal.db", NULL);
}

BmJournal *
bm_journal_open (const char       *path,
                 BmRegionCatalog  *catalog,
                 GError          **error)
{
  g_autoptr(BmJournal) self = NULL;
  g_autofree char *default_path = NULL;

  g_return_val_if_fail (catalog == NULL || BM_IS_REGION_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (path == NULL)
    path = default_path = bm_journal_default_path ();
  self = g_object_new (BM_TYPE_JOURNAL, NULL);
  self->path = g_strdup (path);
  self->catalog = catalog != NULL ? g_object_ref (catalog) : NULL;
  if ((self->db = bm_journal_db_open (path, &self->set_aside, error)) == NULL || !read_all (self, error))
    return NULL;
  return g_steal_pointer (&self);
}

const char *
bm_journal_get_path (BmJournal *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), NULL);
  return self->path;
}

const char *
bm_journal_get_set_aside (BmJournal *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), NULL);
  return self->set_aside;
}

const char *
bm_journal_get_problems (BmJournal *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), NULL);
  return self->problems;
}

gboolean
bm_journal_reload (BmJournal  *self,
                   gboolean   *changed,
                   GError    **error)
{
  gint64 version;
  guint old_n;

  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);

  if (changed != NULL)
    *changed = FALSE;
  if (!bm_journal_db_data_version (self->db, &version, error))
    return FALSE;
  if (version == self->data_version)
    return TRUE;
  old_n = self->entries->len;
  if (!read_all (self, error))
    return FALSE;
  if (changed != NULL)
    *changed = TRUE;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->entries->len);
  if (old_n != self->entries->len)
    g_object_notify_by_pspec (G_OBJECT (self), props[PROP_N_ITEMS]);
  g_signal_emit (self, signals[EXERCISE_CHANGED], 0);
  return TRUE;
}

BmJournalEntry *
bm_journal_lookup (BmJournal *self,
                   gint64     id)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), NULL);
  return g_hash_table_lookup (self->by_id, &id);
}

guint
bm_journal_find_time (BmJournal *self,
                      gint64     time)
{
  guint lo = 0, hi;

  g_return_val_if_fail (BM_IS_JOURNAL (self), 0);

  hi = self->entries->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (bm_journal_entry_get_time (self->entries->pdata[mid]) < time)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* ---- The exercise log ---------------------------------------------------- */

static gboolean
check_tick (const char  *technique,
            guint32      day,
            GError     **error)
{
  g_autofree char *quoted = NULL;

  if (!bm_technique_key_is_valid (technique))
    {
      quoted = bm_quote_excerpt (technique);
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, _("“%s” is not a technique key (MUSCLE/stretch/N or "
                                                        "MUSCLE/release/N)"), quoted);
      return FALSE;
    }
  if (!g_date_valid_julian (day))
    {
      g_set_error (error, BM_ERROR, BM_ERROR_RANGE, _("%u is not a valid day"), day);
      return FALSE;
    }
  return TRUE;
}

gboolean
bm_journal_set_done (BmJournal   *self,
                     const char  *technique,
                     guint32      day,
                     gboolean     done,
                     GError     **error)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);

  if (!check_tick (technique, day, error))
    return FALSE;
  if (bm_exercise_log_is_done (self->exercise, technique, day) == !!done)
    return TRUE;
  if (!bm_journal_db_begin (self->db, error))
    return FALSE;
  if (!bm_journal_db_set_done (self->db, technique, day, done, error) || !bm_journal_db_commit (self->db, error))
    {
      bm_journal_db_rollback (self->db);
      return FALSE;
    }
  bm_exercise_log_set (self->exercise, technique, day, done);
  g_signal_emit (self, signals[EXERCISE_CHANGED], 0);
  return TRUE;
}

gboolean
bm_journal_is_done (BmJournal  *self,
                    const char *technique,
                    guint32     day)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);
  return bm_exercise_log_is_done (self->exercise, technique, day);
}

/* Every technique key ticked in the log as last read, and those ticked
 * since through this object, sorted; borrowed. */
GPtrArray *
bm_journal_get_techniques (BmJournal *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), NULL);
  return bm_exercise_log_get_techniques (self->exercise);
}

guint
bm_journal_count_done (BmJournal  *self,
                       const char *technique,
                       guint32     first,
                       guint32     last)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), 0);
  return bm_exercise_log_count (self->exercise, technique, first, last);
}
