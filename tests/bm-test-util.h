/* bm-test-util.h: helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sys/resource.h>
#include <sys/types.h>

#include "core/bm-atlas.h"
#include "core/bm-body-art.h"
#include "core/bm-journal.h"

G_BEGIN_DECLS

BmBodyArt *bm_test_load_art          (void);
BmAtlas   *bm_test_load_atlas        (void);
char     *bm_test_mini_atlas         (const char *file,
                                      const char *content);
void      bm_test_remove_tree        (const char *dir);
char     *bm_test_list_dir           (const char *dir);
char     *bm_test_read_text          (const char *path);
char     *bm_test_spec_path          (const char *name);
char     *bm_test_shared_path        (const char *folder,
                                      const char *name);
GPtrArray *bm_test_read_spec_regions (void);
gboolean  bm_test_interior_point     (BmBodyArt  *art,
                                      BmView      view,
                                      guint       region,
                                      double     *x,
                                      double     *y);

/* Calls @func for every map marker of every trigger point of @atlas, on
 * each side. */
typedef void (*BmTestMarkerFunc) (const BmMuscle       *muscle,
                                  const BmTriggerPoint *tp,
                                  const BmMarker       *marker,
                                  BmMuscleSide          side,
                                  gpointer              data);
void      bm_test_foreach_marker     (BmAtlas          *atlas,
                                      BmTestMarkerFunc  func,
                                      gpointer          data);

/* Fault tests: permissions, a file-size limit standing in for a full disk. */
gboolean  bm_test_run_as_user        (void);
char     *bm_test_fault_dir          (const char *kind,
                                      pid_t       parent);
void      bm_test_limit_file_size    (rlim_t      bytes,
                                      gboolean    kill);

/* The bodymap executable ($BODYMAP_EXE), run with no display. */
typedef struct {
  int   status;
  char *out;
  char *err;
} BmTestRun;

char    **bm_test_headless_environ   (void);
void      bm_test_run_bodymap        (BmTestRun  *run,
                                      const char *first_arg,
                                      ...) G_GNUC_NULL_TERMINATED;
void      bm_test_run_bodymap_va     (BmTestRun            *run,
                                      const char           *first_arg,
                                      va_list               args);
void      bm_test_run_bodymap_argv   (BmTestRun            *run,
                                      const char * const   *args,
                                      GSpawnChildSetupFunc  setup);
void      bm_test_run_clear          (BmTestRun  *run);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BmTestRun, bm_test_run_clear)

void      bm_test_assert_contains    (const char *text,
                                      const char *wanted);
void      bm_test_exec_sql           (const char *path,
                                      const char *sql);
void      bm_test_make_newer_journal (const char *path);
BmJournal *bm_test_new_journal       (BmRegionCatalog  *catalog,
                                      char            **dir);

/* Printed pages: what a page draws must stay inside its margins. */
typedef void (*BmTestDrawPageFunc) (gpointer  document,
                                    cairo_t  *cr,
                                    guint     page);
void      bm_test_assert_ink_inside  (BmTestDrawPageFunc  draw,
                                      gpointer            document,
                                      guint               n_pages,
                                      double              width,
                                      double              height,
                                      double              left,
                                      double              top,
                                      double              right,
                                      double              bottom);

G_END_DECLS
