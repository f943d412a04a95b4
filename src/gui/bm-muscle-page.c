/* Placeholder, replaced by the real muscle page. */
#include "config.h"
#include "bm-muscle-page.h"

struct _BmMusclePage { GtkWidget parent_instance; BmSession *session; char *muscle; };
G_DEFINE_FINAL_TYPE (BmMusclePage, bm_muscle_page, GTK_TYPE_WIDGET)
static void bm_muscle_page_dispose (GObject *o) { BmMusclePage *s = BM_MUSCLE_PAGE (o); g_clear_object (&s->session); g_clear_pointer (&s->muscle, g_free); G_OBJECT_CLASS (bm_muscle_page_parent_class)->dispose (o); }
static void bm_muscle_page_class_init (BmMusclePageClass *k) { G_OBJECT_CLASS (k)->dispose = bm_muscle_page_dispose;
  g_signal_new ("open-muscle", G_TYPE_FROM_CLASS (k), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING); }
static void bm_muscle_page_init (BmMusclePage *s) { }
GtkWidget *bm_muscle_page_new (void) { return g_object_new (BM_TYPE_MUSCLE_PAGE, NULL); }
void bm_muscle_page_set_session (BmMusclePage *s, BmSession *session) { g_set_object (&s->session, session); }
void bm_muscle_page_show (BmMusclePage *s, const char *muscle, BmCandidateSide side) { g_free (s->muscle); s->muscle = g_strdup (muscle); }
const char *bm_muscle_page_get_muscle (BmMusclePage *s) { return s->muscle; }
