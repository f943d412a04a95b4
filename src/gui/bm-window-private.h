/* bm-window-private.h: state shared by the window's source files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "core/bm-journal.h"
#include "core/bm-sheet.h"
#include "bm-window.h"

G_BEGIN_DECLS

typedef struct _BmMuscleList BmMuscleList;
typedef struct _BmMusclePage BmMusclePage;
typedef struct _BmRegionList BmRegionList;
typedef struct _BmSourcesPage BmSourcesPage;
typedef struct _BmJournalPage BmJournalPage;

struct _BmWindow
{
  AdwApplicationWindow parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toasts;
  AdwLeaflet          *leaflet;           /* the map, then the sidebar */
  GtkWidget           *results_button;    /* narrow: to the sidebar */
  GtkWidget           *back_button;
  GtkStack            *title_stack;       /* the sidebar's header: lists or muscle */
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget           *map_pane;          /* the leaflet's first page */
  GtkWidget           *sidebar_pane;      /* and its second */
  GtkLabel            *hint_label;
  GtkLabel            *disclaimer_label;
  BmBodyView          *body_view;
  GtkStack            *sidebar_stack;
  AdwViewStack        *view_stack;
  BmSourcesPage       *sources_page;
  AdwBin              *areas_slot;        /* the pages below are built on first show */
  AdwBin              *muscles_slot;
  AdwBin              *journal_slot;
  AdwBin              *muscle_slot;
  GtkLabel            *muscle_title;
  GtkMenuButton       *menu_button;       /* its popover built after the first frame */
  GMenuModel          *primary_menu;

  /* Built on demand (bm_window_ensure_*), NULL until then; owned by their slots */
  BmRegionList        *region_list;
  BmMuscleList        *muscle_list;
  BmMusclePage        *muscle_page;
  BmJournalPage       *journal_page;

  /* Owned */
  BmAtlas             *atlas;
  BmBodyArt           *art;
  BmSession           *session;
  GSettings           *settings;
  AdwToast            *clear_toast;       /* offers to undo Clear All */
  BmJournal           *journal;           /* opened on first use (bm-window-journal.c) */
  char                *session_file;
  char                *layout;            /* "front-back" or "sides" */
  char                *symptom;           /* "pain" or "numbness" */
  char                *candidate_muscle;  /* selected on the sources page */
  char                *browse_muscle;     /* selected on the muscles page */
  char                *page_muscle;       /* shown on the muscle page */

  BmCandidateSide      candidate_side;
  BmCandidateSide      page_side;
  guint                save_id;
  guint                journal_changes;   /* other than Save to Journal's (bm-window-journal.c) */
  gboolean             journal_adding;
};

void     bm_window_install_sheet_actions (GtkWidgetClass *widget_class);
BmSheet *bm_window_new_sheet             (BmWindow       *self);
void     bm_window_update_sheet_actions  (BmWindow       *self);
GtkPrintOperation    *bm_window_new_print_operation (BmWindow *self);
GtkFileChooserNative *bm_window_new_export_chooser  (BmWindow *self);
GFile                *bm_window_get_export_folder   (BmWindow *self);
void                  bm_window_export_to           (BmWindow *self,
                                                     GFile    *file);
/* The sidebar's pages, built when first shown or needed */
BmRegionList  *bm_window_ensure_region_list  (BmWindow       *self);
BmMuscleList  *bm_window_ensure_muscle_list  (BmWindow       *self);
BmMusclePage  *bm_window_ensure_muscle_page  (BmWindow       *self);
BmJournalPage *bm_window_ensure_journal_page (BmWindow       *self);
void     bm_window_install_adaptive      (GtkWidgetClass *widget_class);
/* win.journal-compare, win.journal-period, win.journal-show-marks: bm-window-journal-maps.c */
void     bm_window_install_journal_maps  (GtkWidgetClass *widget_class);
gboolean bm_window_on_muscle_page        (BmWindow       *self);
void     bm_window_update_navigation     (BmWindow       *self);
void     bm_window_update_results_button (BmWindow       *self);
void     bm_window_show_sidebar          (BmWindow       *self);
/* bm-window-actions.c */
void     bm_window_install_actions       (GtkWidgetClass *widget_class);
void     bm_window_setup_actions         (BmWindow       *self);
void     bm_window_connect_search_entries (BmWindow      *self,
                                           GtkWidget     *widget);
/* bm-window-session.c */
void     bm_window_queue_save            (BmWindow       *self);
void     bm_window_save_now              (BmWindow       *self);
void     bm_window_restore_session       (BmWindow       *self);
void bm_window_report                (BmWindow       *self,
                                      const char     *title,
                                      const char     *details);
AdwToast *bm_window_new_report_toast (BmWindow       *self,
                                      const char     *title,
                                      const char     *details);
AdwToast *bm_window_new_saved_toast  (BmWindow       *self,
                                      GFile          *file);
void     bm_window_remember_export_folder (BmWindow *self,
                                           GFile    *file);
void     bm_window_get_export_paper  (BmWindow       *self,
                                      double         *width,
                                      double         *height);

/* bm-window-journal.c and bm-window-journal-files.c */
void       bm_window_install_journal        (GtkWidgetClass *widget_class);
void       bm_window_install_journal_files  (GtkWidgetClass *widget_class);
void       bm_window_setup_journal          (BmWindow       *self);
void       bm_window_dispose_journal        (BmWindow       *self);
BmJournal *bm_window_get_journal            (BmWindow       *self,
                                             GError        **error);
void       bm_window_journal_page_changed   (BmWindow       *self);
void       bm_window_update_journal_actions (BmWindow       *self);
GtkFileChooserNative *bm_window_new_journal_chooser (BmWindow   *self,
                                                     const char *action_name);
void       bm_window_journal_file           (BmWindow       *self,
                                             const char     *action_name,
                                             GFile          *file);

G_END_DECLS
