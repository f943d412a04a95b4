/* bm-journal-page-private.h: what bm-journal-page.c and
 * bm-journal-page-lists.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "bm-journal-compare.h"
#include "bm-journal-page.h"

G_BEGIN_DECLS

struct _BmJournalPage
{
  GtkWidget           parent_instance;

  /* Template widgets */
  AdwToastOverlay    *toasts;
  GtkWidget          *notice_box;
  GtkLabel           *notice_label;
  GtkStack           *stack;
  AdwStatusPage      *error_page;
  BmJournalChartView *chart;
  GtkDropDown        *area_dropdown;
  GtkListBox         *entry_list;
  GtkWidget          *more_button;
  GtkListBox         *exercise_list;
  GtkWidget          *content_box;
  BmJournalCompare   *compare;

  /* Owned */
  BmSession          *session;
  BmJournal          *journal;
  GtkSortListModel   *sorted;     /* the journal, newest first */
  GtkSliceListModel  *shown;      /* its first `limit` entries */
  GPtrArray          *areas;      /* region ids, as the dropdown lists them */
  GPtrArray          *techniques; /* technique keys, as the exercise list shows them */
  GHashTable         *deleted;    /* id → BmJournalDeleted*: entries deleted here, Undo offered */
  char               *notice;
  char               *error;

  guint               span;
  guint               limit;
  guint               changes;    /* the journal's items-changed, counted */
  gboolean            selecting;
};

BmAtlas *bm_journal_page_get_atlas         (BmJournalPage *self);
void     bm_journal_page_update_areas      (BmJournalPage *self);
void     bm_journal_page_update_exercises  (BmJournalPage *self);

G_END_DECLS
