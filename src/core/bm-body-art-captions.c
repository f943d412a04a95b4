/* bm-body-art-captions.c: the drawings' captions in the user's language
 *
 * The drawings (tools/bodygen) write their captions in English: "Front",
 * "Left side", the "R" and "L" side marks. The app translates each caption
 * as it draws it (bm_body_art_translate_caption()); the SVG source handed
 * out by bm_body_art_get_svg() is rewritten, and an untranslated caption
 * leaves its bytes as they are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bm-body-art-private.h"

static const char *const captions[] = {
  /* Translators: the captions of the body drawings, on screen and on the
   * printed sheet ("Front", "Left side", "Left sole", "Inner arm"); keep them short. */
  NC_("drawing caption", "Front"), NC_("drawing caption", "Back"),
  NC_("drawing caption", "Left side"), NC_("drawing caption", "Right side"),
  NC_("drawing caption", "Left sole"), NC_("drawing caption", "Right sole"),
  NC_("drawing caption", "Inner arm"), NC_("drawing caption", "Inner leg"),
};

/* Translators: one letter beside the front and back drawings for the body's
 * right side (the person's own right, not the viewer's). */
static const char *const right_mark = NC_("drawing side mark", "R");
/* Translators: one letter for the body's left side, as "R". */
static const char *const left_mark = NC_("drawing side mark", "L");

static const char *
translate (const char *cls,
           const char *text)
{
  if (g_str_equal (cls, "side-mark"))
    {
      if (g_str_equal (text, right_mark))
        return g_dpgettext2 (GETTEXT_PACKAGE, "drawing side mark", right_mark);
      if (g_str_equal (text, left_mark))
        return g_dpgettext2 (GETTEXT_PACKAGE, "drawing side mark", left_mark);
      return text;
    }
  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    if (g_str_equal (text, captions[i]))
      return g_dpgettext2 (GETTEXT_PACKAGE, "drawing caption", captions[i]);
  return text;
}

static gboolean
replace_caption (const GMatchInfo *match,
                 GString          *result,
                 gpointer          data)
{
  g_autofree char *open = g_match_info_fetch (match, 1);
  g_autofree char *cls = g_match_info_fetch (match, 2);
  g_autofree char *text = g_match_info_fetch (match, 3);
  const char *translated = translate (cls, text);

  g_string_append (result, open);
  if (g_str_equal (translated, text))
    g_string_append (result, text);
  else
    {
      g_autofree char *escaped = g_markup_escape_text (translated, -1);

      g_string_append (result, escaped);
      *(gboolean *) data = TRUE;
    }
  g_string_append (result, "</text>");
  return FALSE;
}

/* The caption @text of the drawing, translated; @kind is its class. */
const char *
bm_body_art_translate_caption (BmVectorKind  kind,
                               const char   *text)
{
  if (kind == BM_VECTOR_SIDE_MARK)
    return translate ("side-mark", text);
  if (kind == BM_VECTOR_CAPTION || kind == BM_VECTOR_CAPTION_SMALL)
    return translate ("caption", text);
  return text;
}

/* Whether the user's language translates any caption: when none is (English,
 * a language without a catalog), the drawings are not scanned at all, so
 * start-up pays for the rewrite only where it changes something. */
static gboolean
any_caption_translated (void)
{
  if (g_dpgettext2 (GETTEXT_PACKAGE, "drawing side mark", right_mark) != right_mark ||
      g_dpgettext2 (GETTEXT_PACKAGE, "drawing side mark", left_mark) != left_mark)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (captions); i++)
    if (g_dpgettext2 (GETTEXT_PACKAGE, "drawing caption", captions[i]) != captions[i])
      return TRUE;
  return FALSE;
}

/* @svg with its captions translated: a new reference to @svg itself when
 * none is. */
GBytes *
bm_body_art_translate_captions (GBytes *svg)
{
  static GRegex *caption_re;
  gsize length;
  const char *data = g_bytes_get_data (svg, &length);
  g_autofree char *text = NULL;
  gboolean changed = FALSE;

  if (!any_caption_translated ())
    return g_bytes_ref (svg);
  if (g_once_init_enter (&caption_re))
    g_once_init_leave (&caption_re,
                       g_regex_new ("(<text\\b[^>]*\\bclass=\"(caption|caption-small|side-mark)\"[^>]*>)"
                                    "([^<]*)</text>", G_REGEX_OPTIMIZE, 0, NULL));
  text = g_regex_replace_eval (caption_re, data, (gssize) length, 0, 0, replace_caption, &changed, NULL);
  if (text == NULL || !changed)
    return g_bytes_ref (svg);
  length = strlen (text);
  return g_bytes_new_take (g_steal_pointer (&text), length);
}
