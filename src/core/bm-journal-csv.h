/* bm-journal-csv.h: the journal as CSV, for export and import
 *
 * The format (RFC 4180, UTF-8):
 *
 *   id,date,region,kind,intensity,note
 *   12,2026-11-30T08:15,back-lumbar-lower-left,pain,6,"stiff, after the drive"
 *   12,2026-11-30T08:15,back-lumbar-lower-left,numbness,2,"stiff, after the drive"
 *   13,2026-12-01T21:40,,,,no pain today
 *
 * - The first line is exactly that header; its column names are an
 *   interface (the CLI, docs/journal.md, people's spreadsheets).
 * - One row per entry and mark: an entry with pain and numbness in a region
 *   has two rows. An entry without marks has one row with region, kind and
 *   intensity empty, so its date and note are kept.
 * - id: the entry's id in the journal it came from, a positive integer. On
 *   import it only groups the rows of one entry (rows with the same id must
 *   have the same date and note); imported entries get new ids.
 * - date: local time, YYYY-MM-DDTHH:MM as the CLI's --date. Written with
 *   ":SS" when the seconds are not zero, and with the UTC offset ("+01:00")
 *   only for a time that falls in the hour a clock change repeats, so a file
 *   always reads back to the same instant. Read with or without either.
 * - region: a region id (`bodymap --list-regions`); kind: pain or numbness;
 *   intensity: a whole number from 1 to 10.
 * - note: the entry's note, repeated on each of its rows.
 * - Rows are sorted by time, then id, then region id, then kind (pain first).
 * - Written with LF line ends, fields quoted ("…", a quote doubled) only
 *   when they hold a comma, a quote or a line break. Read: CRLF or LF line
 *   ends, an optional UTF-8 byte order mark, empty lines skipped, at most
 *   BM_JOURNAL_CSV_MAX_SIZE bytes.
 *
 * Reading is all or nothing: the first bad row rejects the whole file with a
 * message naming the file, the line (1 is the header; a quoted note over
 * several lines counts each of them) and the column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "bm-journal.h"
#include "bm-region-catalog.h"

G_BEGIN_DECLS

#define BM_JOURNAL_CSV_HEADER "id,date,region,kind,intensity,note"

/* The largest file import reads: ten years of daily entries with ten areas
 * each take about 3 MB. */
#define BM_JOURNAL_CSV_MAX_SIZE (64 * 1024 * 1024)

/* The CSV text of the entries (BmJournalEntry, e.g. a BmJournal) whose time
 * is in [from, to]; 0 leaves that end open. An entry not in a journal yet
 * (id 0) is numbered after the largest id. */
char      *bm_journal_csv_write        (GListModel       *entries,
                                        gint64            from,
                                        gint64            to);

/* New BmJournalEntry objects (id 0), one per id, in the order their ids
 * first appear; NULL and an error (BM_ERROR) naming @name, the line and
 * the column for the first problem. Region ids are checked with @catalog. */
GPtrArray *bm_journal_csv_parse        (const char       *data,
                                        gsize             length,
                                        const char       *name,
                                        BmRegionCatalog  *catalog,
                                        GError          **error);

/* Reads and parses the whole file, then adds its entries in one
 * transaction (bm_journal_import): entries equal to one in the journal are
 * skipped. On any error nothing is added. */
gboolean   bm_journal_csv_import_file  (BmJournal        *journal,
                                        const char       *path,
                                        BmRegionCatalog  *catalog,
                                        guint            *n_added,
                                        guint            *n_skipped,
                                        GError          **error);

/* Writes every entry of the journal to @path through the safe writer of
 * bm-file.h (a complete new file or none; mode 0600 for a new file). */
gboolean   bm_journal_csv_export_file  (BmJournal        *journal,
                                        const char       *path,
                                        GError          **error);

G_END_DECLS
