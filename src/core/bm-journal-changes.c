/* bm-journal-changes.c: adding, replacing and removing entries, undo, import
 *
 * Every change is one transaction; the model changes only after it
 * committed, then items-changed is emitted at the entry's position. On
 * failure nothing changed and the error says why. Undo keeps the inverse
 * of each add, replace and remove done through this object: an entry in
 * the journal is never changed in place, so the one removed or replaced
 * can go back as it was, with its id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "bm-error.h"
#include "bm-journal-private.h"
#include "bm-json.h"

void
bm_journal_undo_op_free (gpointer data)
{
  BmJournalUndoOp *op = data;

  g_clear_object (&op->entry);
  g_free (op);
}

/* The position where @entry goes (or is) in the sorted list. */
static guint
find_position (BmJournal      *self,
               BmJournalEntry *entry)
{
  guint lo = 0, hi = self->entries->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (bm_journal_entry_compare (self->entries->pdata[mid], entry) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static void
model_insert (BmJournal      *self,
              BmJournalEntry *entry)
{
  guint pos = find_position (self, entry);

  g_ptr_array_insert (self->entries, (int) pos, g_object_ref (entry));
  g_hash_table_insert (self->by_id, &entry->id, entry);
  g_list_model_items_changed (G_LIST_MODEL (self), pos, 0, 1);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  return bm_journal_entry_compare (*(BmJournalEntry **) a, *(BmJournalEntry **) b);
}

/* One entry as one insertion; more as one change of the whole list, which
 * costs O(n log n) however many there are. */
static void
model_insert_many (BmJournal *self,
                   GPtrArray *entries)
{
  guint old_n = self->entries->len;

  if (entries->len == 1)
    model_insert (self, entries->pdata[0]);
  else if (entries->len > 1)
    {
      for (guint i = 0; i < entries->len; i++)
        {
          BmJournalEntry *entry = entries->pdata[i];

          g_ptr_array_add (self->entries, g_object_ref (entry));
          g_hash_table_insert (self->by_id, &entry->id, entry);
        }
      g_ptr_array_sort (self->entries, compare_entries);
      g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->entries->len);
    }
  if (entries->len > 0)
    bm_journal_notify_n_items (self);
}

static void
model_remove (BmJournal      *self,
              BmJournalEntry *entry)
{
  guint pos = find_position (self, entry);

  /* Not where its time says if someone changed it in place, against the rules. */
  if (pos >= self->entries->len || self->entries->pdata[pos] != entry)
    g_ptr_array_find (self->entries, entry, &pos);
  g_hash_table_remove (self->by_id, &entry->id);
  g_ptr_array_remove_index (self->entries, pos);   /* may drop the last reference */
  g_list_model_items_changed (G_LIST_MODEL (self), pos, 1, 0);
}

static void
push_undo (BmJournal         *self,
           BmJournalUndoKind  kind,
           BmJournalEntry    *entry,
           gint64             id)
{
  BmJournalUndoOp *op = g_new0 (BmJournalUndoOp, 1);

  op->kind = kind;
  op->entry = entry != NULL ? g_object_ref (entry) : NULL;
  op->id = id;
  g_ptr_array_add (self->undo, op);
  if (self->undo->len == 1)
    bm_journal_notify_can_undo (self);
}

/* Whether @entry can be written: its marks' regions are in the catalog
 * (when the journal has one) and intensities in range. @number is its
 * place in an import, or 0. */
static gboolean
check_entry (BmJournal       *self,
             BmJournalEntry  *entry,
             guint            number,
             GError         **error)
{
  GArray *marks = bm_journal_entry_get_marks (entry);

  if (!bm_journal_time_is_valid (bm_journal_entry_get_time (entry)))
    {
      g_autofree char *where = number > 0 ? g_strdup_printf (_("entry %u of the import"), number)
                                          : g_strdup (_("the entry"));

      /* Translators: %s is "the entry" or "entry 3 of the import". */
      g_set_error (error, BM_ERROR, BM_ERROR_RANGE, _("%s has a time that is not a date from the year 1 to 9999"),
                   where);
      return FALSE;
    }
  for (guint i = 0; i < marks->len; i++)
    {
      const BmJournalMark *mark = &g_array_index (marks, BmJournalMark, i);
      g_autofree char *where = NULL, *quoted = NULL;

      if ((self->catalog == NULL || bm_region_catalog_lookup (self->catalog, mark->region) != NULL) &&
          mark->intensity >= BM_INTENSITY_MIN && mark->intensity <= BM_INTENSITY_MAX &&
          mark->symptom < BM_N_SYMPTOMS)
        continue;
      quoted = bm_quote_excerpt (mark->region);
      where = number > 0 ? g_strdup_printf (_("entry %u of the import"), number) : g_strdup (_("the entry"));
      /* Translators: %1$s is "the entry" or "entry 3 of the import", %2$s a region id. */
      g_set_error (error, BM_ERROR, BM_ERROR_INVALID, _("%s has a mark of region “%s” that is not known or "
                                                        "has an intensity out of range"), where, quoted);
      return FALSE;
    }
  return TRUE;
}

/* Whether the journal has an entry equal to @entry (same time, marks, note). */
static gboolean
has_equal (BmJournal      *self,
           BmJournalEntry *entry)
{
  gint64 time = bm_journal_entry_get_time (entry);

  for (guint i = bm_journal_find_time (self, time); i < self->entries->len; i++)
    {
      if (bm_journal_entry_get_time (self->entries->pdata[i]) != time)
        break;
      if (bm_journal_entry_equal (self->entries->pdata[i], entry))
        return TRUE;
    }
  return FALSE;
}

/* Writes @entry (with its own id if @keep_id, else a new one) in one
 * transaction and puts it in the model. */
static gboolean
do_add (BmJournal       *self,
        BmJournalEntry  *entry,
        gboolean         keep_id,
        GError         **error)
{
  gint64 id;

  if (!check_entry (self, entry, 0, error) || !bm_journal_db_begin (self->db, error))
    return FALSE;
  if (!bm_journal_db_insert (self->db, entry, keep_id, &id, error) || !bm_journal_db_commit (self->db, error))
    {
      bm_journal_db_rollback (self->db);
      return FALSE;
    }
  bm_journal_entry_set_id (entry, id);
  model_insert (self, entry);
  bm_journal_notify_n_items (self);
  return TRUE;
}

static gboolean
check_present (BmJournal       *self,
               gint64           id,
               GError         **error)
{
  if (bm_journal_lookup (self, id) != NULL)
    return TRUE;
  g_set_error (error, BM_ERROR, BM_ERROR_UNKNOWN, _("the journal %s has no entry %lld"), self->path,
               (long long) id);
  return FALSE;
}

static gboolean
do_remove (BmJournal  *self,
           gint64      id,
           GError    **error)
{
  if (!check_present (self, id, error) || !bm_journal_db_begin (self->db, error))
    return FALSE;
  if (!bm_journal_db_delete (self->db, id, error) || !bm_journal_db_commit (self->db, error))
    {
      bm_journal_db_rollback (self->db);
      return FALSE;
    }
  model_remove (self, bm_journal_lookup (self, id));
  bm_journal_notify_n_items (self);
  return TRUE;
}

static gboolean
do_replace (BmJournal       *self,
            BmJournalEntry  *entry,
            GError         **error)
{
  BmJournalEntry *old;
  gint64 id;

  if (!check_present (self, bm_journal_entry_get_id (entry), error) || !check_entry (self, entry, 0, error) ||
      !bm_journal_db_begin (self->db, error))
    return FALSE;
  if (!bm_journal_db_delete (self->db, bm_journal_entry_get_id (entry), error) ||
      !bm_journal_db_insert (self->db, entry, TRUE, &id, error) || !bm_journal_db_commit (self->db, error))
    {
      bm_journal_db_rollback (self->db);
      return FALSE;
    }
  old = bm_journal_lookup (self, bm_journal_entry_get_id (entry));
  model_remove (self, old);
  model_insert (self, entry);
  return TRUE;
}

gboolean
bm_journal_add (BmJournal       *self,
                BmJournalEntry  *entry,
                GError         **error)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (entry), FALSE);
  g_return_val_if_fail (bm_journal_lookup (self, bm_journal_entry_get_id (entry)) != entry, FALSE);

  /* An entry from elsewhere (a CSV file, another journal) gets a new id. */
  if (!do_add (self, entry, FALSE, error))
    return FALSE;
  push_undo (self, BM_JOURNAL_UNDO_REMOVE, NULL, bm_journal_entry_get_id (entry));
  return TRUE;
}

gboolean
bm_journal_replace (BmJournal       *self,
                    BmJournalEntry  *entry,
                    GError         **error)
{
  g_autoptr(BmJournalEntry) old = NULL;

  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (BM_IS_JOURNAL_ENTRY (entry), FALSE);
  g_return_val_if_fail (bm_journal_lookup (self, bm_journal_entry_get_id (entry)) != entry, FALSE);

  old = g_object_ref (bm_journal_lookup (self, bm_journal_entry_get_id (entry)) ?: entry);
  if (!do_replace (self, entry, error))
    return FALSE;
  push_undo (self, BM_JOURNAL_UNDO_REPLACE, old, 0);
  return TRUE;
}

gboolean
bm_journal_remove (BmJournal  *self,
                   gint64      id,
                   GError    **error)
{
  g_autoptr(BmJournalEntry) old = NULL;

  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);

  if (bm_journal_lookup (self, id) != NULL)
    old = g_object_ref (bm_journal_lookup (self, id));
  if (!do_remove (self, id, error))
    return FALSE;
  push_undo (self, BM_JOURNAL_UNDO_ADD, old, 0);
  return TRUE;
}

gboolean
bm_journal_can_undo (BmJournal *self)
{
  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);
  return self->undo->len > 0;
}

/* On failure the change stays on the stack. */
gboolean
bm_journal_undo (BmJournal  *self,
                 GError    **error)
{
  BmJournalUndoOp *op;
  gboolean ok = FALSE;

  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (self->undo->len > 0, FALSE);

  op = self->undo->pdata[self->undo->len - 1];
  switch (op->kind)
    {
    case BM_JOURNAL_UNDO_REMOVE:
      ok = do_remove (self, op->id, error);
      break;
    case BM_JOURNAL_UNDO_ADD:   /* the entry in the journal is never changed, so it can go back */
      ok = do_add (self, op->entry, TRUE, error);
      break;
    case BM_JOURNAL_UNDO_REPLACE:
      ok = do_replace (self, op->entry, error);
      break;
    }
  if (!ok)
    return FALSE;
  g_ptr_array_remove_index (self->undo, self->undo->len - 1);
  if (self->undo->len == 0)
    bm_journal_notify_can_undo (self);
  return TRUE;
}

gboolean
bm_journal_import (BmJournal  *self,
                   GPtrArray  *entries,
                   guint      *n_added,
                   guint      *n_skipped,
                   GError    **error)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint skipped = 0;

  g_return_val_if_fail (BM_IS_JOURNAL (self), FALSE);
  g_return_val_if_fail (entries != NULL, FALSE);

  if (!bm_journal_db_begin (self->db, error))
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      BmJournalEntry *entry = entries->pdata[i];
      gint64 id;

      if (has_equal (self, entry))
        {
          skipped++;
          continue;
        }
      if (!check_entry (self, entry, i + 1, error) || !bm_journal_db_insert (self->db, entry, FALSE, &id, error))
        {
          bm_journal_db_rollback (self->db);
          return FALSE;
        }
      g_ptr_array_add (added, entry);
      g_array_append_val (ids, id);
    }
  if (!bm_journal_db_commit (self->db, error))
    return FALSE;
  for (guint i = 0; i < added->len; i++)
    bm_journal_entry_set_id (added->pdata[i], g_array_index (ids, gint64, i));
  model_insert_many (self, added);
  if (n_added != NULL)
    *n_added = added->len;
  if (n_skipped != NULL)
    *n_skipped = skipped;
  return TRUE;
}
