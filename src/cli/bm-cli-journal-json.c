/* bm-cli-journal-json.c: a journal entry as JSON, for bodymap
 * --journal-list --json
 *
 * The keys are an interface: later versions may add keys, and rename none.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "bm-cli-private.h"
#include "core/bm-ids.h"
#include "core/bm-journal.h"

static json_object *
marks_json (BmJournalEntry *entry)
{
  GArray *marks = bm_journal_entry_get_marks (entry);
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < marks->len; i++)
    {
      const BmJournalMark *mark = &g_array_index (marks, BmJournalMark, i);
      json_object *obj = json_object_new_object ();

      json_object_object_add (obj, "region", json_object_new_string (mark->region));
      json_object_object_add (obj, "kind", json_object_new_string (bm_symptom_get_id (mark->symptom)));
      json_object_object_add (obj, "intensity", json_object_new_int ((int) mark->intensity));
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
sources_json (BmJournalEntry *entry)
{
  GArray *sources = bm_journal_entry_get_sources (entry);
  json_object *array = json_object_new_array ();

  for (guint i = 0; i < sources->len; i++)
    {
      const BmJournalSource *source = &g_array_index (sources, BmJournalSource, i);
      json_object *obj = json_object_new_object ();
      char score[G_ASCII_DTOSTR_BUF_SIZE];

      json_object_object_add (obj, "muscle", json_object_new_string (source->muscle));
      json_object_object_add (obj, "side", json_object_new_string (bm_candidate_side_get_id (source->side)));

      /* One decimal, as ranked ("55.4", not 55.399999999999999). */
      g_ascii_formatd (score, sizeof score, "%.1f", source->score);
      json_object_object_add (obj, "score", json_object_new_double_s (round (source->score * 10) / 10, score));
      json_object_array_add (array, obj);
    }
  return array;
}

static json_object *
symptoms_json (BmFlags flags)
{
  json_object *array = json_object_new_array ();

  for (guint bit = 0; bit < 8 * sizeof flags; bit++)
    if ((flags & (1u << bit)) != 0 && bm_flag_get_id (1u << bit) != NULL)
      json_object_array_add (array, json_object_new_string (bm_flag_get_id (1u << bit)));
  return array;
}

/* One entry of --journal-list --json; "date" is ISO 8601 with the offset. */
json_object *
bm_cli_journal_entry_json (gconstpointer item,
                           gconstpointer data G_GNUC_UNUSED)
{
  BmJournalEntry *entry = (BmJournalEntry *) item;
  g_autoptr(GDateTime) dt = bm_journal_entry_dup_datetime (entry);
  g_autofree char *date = g_date_time_format_iso8601 (dt);
  json_object *obj = json_object_new_object ();

  json_object_object_add (obj, "id", json_object_new_int64 (bm_journal_entry_get_id (entry)));
  json_object_object_add (obj, "date", json_object_new_string (date));
  json_object_object_add (obj, "time", json_object_new_int64 (bm_journal_entry_get_time (entry)));
  json_object_object_add (obj, "areas", json_object_new_int ((int) bm_journal_entry_get_n_areas (entry)));
  json_object_object_add (obj, "pain", json_object_new_int ((int) bm_journal_entry_get_pain_total (entry)));
  json_object_object_add (obj, "numb", json_object_new_int ((int) bm_journal_entry_get_numb_total (entry)));
  json_object_object_add (obj, "note", json_object_new_string (bm_journal_entry_get_note (entry)));
  json_object_object_add (obj, "sources", sources_json (entry));
  json_object_object_add (obj, "marks", marks_json (entry));
  json_object_object_add (obj, "symptoms", symptoms_json (bm_journal_entry_get_flags (entry)));
  return obj;
}
