/* bm-muscle-section.h: one section of the muscle page
 *
 * The muscle page is a column of sections, each a widget that shows one
 * side of a muscle (why it was suggested, its trigger points, its
 * stretches…). The page hands every section the muscle to show with
 * bm_muscle_section_muscle_set(), and tells the sections that follow the
 * session (answers, marks, sheet picks) when it changes with
 * bm_muscle_section_session_changed().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "core/bm-session.h"

G_BEGIN_DECLS

#define BM_TYPE_MUSCLE_SECTION (bm_muscle_section_get_type ())

G_DECLARE_INTERFACE (BmMuscleSection, bm_muscle_section, BM, MUSCLE_SECTION, GtkWidget)

struct _BmMuscleSectionInterface
{
  GTypeInterface parent_iface;

  /* Shows @muscle for @side; @session is the user's marks and answers. */
  void (*muscle_set)      (BmMuscleSection *self,
                           const BmMuscle  *muscle,
                           BmCandidateSide  side,
                           BmSession       *session);
  /* Optional: the session changed; the muscle and side are the same. */
  void (*session_changed) (BmMuscleSection *self);
};

void               bm_muscle_section_muscle_set      (BmMuscleSection *self,
                                                      const BmMuscle  *muscle,
                                                      BmCandidateSide  side,
                                                      BmSession       *session);
void               bm_muscle_section_session_changed (BmMuscleSection *self);

/* Shared by the sections */
GtkWidget         *bm_muscle_section_label           (const char      *text,
                                                      const char      *classes);
void               bm_muscle_section_clear           (GtkWidget       *box);

G_END_DECLS
