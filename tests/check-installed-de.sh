#!/usr/bin/env bash
# check-installed-de.sh BUILD_DIR EXE LOCALEDIR SOURCE_ROOT
#
# Installs the build into a temporary DESTDIR and runs the installed
# program (EXE and LOCALEDIR are the configured paths, under the DESTDIR
# here) in German: it must find its translations where it was installed
# (src/main.c). --help, a ranking, a refused option and the stretch sheet
# must all speak German; the expected German is read from the installed
# catalog, so that a reworded translation does not break the test, but a
# missing one does. Fails when the de_DE.UTF-8 locale is missing.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -uo pipefail

build=$1 exe=$2 localedir=$3 source=$4
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# The output must contain the text.
expect() {
  local what=$1 output=$2 text=$3
  grep -qF -- "$text" <<<"$output" || fail "$what does not contain “$text”:"$'\n'"$output"
}

if ! locale -a 2>/dev/null | grep -qiE '^de_DE\.utf-?8$'; then
  echo "FAIL: the de_DE.UTF-8 locale is missing; run tools/deps, which generates it" >&2
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! meson install -C "$build" --destdir "$tmp/root" --no-rebuild --quiet >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log" >&2
  echo "FAIL: meson install into a DESTDIR failed" >&2
  exit 1
fi
bodymap=$tmp/root$exe
catalog=$tmp/root$localedir
[ -x "$bodymap" ] || { echo "FAIL: $bodymap was not installed" >&2; exit 1; }
[ -f "$catalog/de/LC_MESSAGES/bodymap.mo" ] || { echo "FAIL: no German catalog in $catalog" >&2; exit 1; }

unset LC_ALL LC_MESSAGES LC_TIME
export LANG=de_DE.UTF-8 LANGUAGE=de

# german VAR MSGID [DOMAIN]: sets VAR to the German for MSGID from the
# installed catalog (or GLib's, for DOMAIN glib20), which must translate it.
german() {
  local text
  if [ "${3:-bodymap}" = bodymap ]; then
    text=$(TEXTDOMAINDIR=$catalog gettext -d bodymap -- "$2")
  else
    text=$(gettext -d "$3" -- "$2")
  fi
  [ "$text" != "$2" ] || fail "“$2” has no German translation"
  printf -v "$1" '%s' "$text"
}

echo "# --help"
help=$("$bodymap" --help) || fail "--help failed"
german rank_option "Rank the trigger points that may cause the pain given by --pain and --numb, then exit"
expect "--help" "$help" "$rank_option"

echo "# --rank"
rank=$("$bodymap" --rank --pain=knee-lateral-left:6,thigh-lateral-lower-left,ankle-lateral-left) ||
  fail "--rank failed"
german why "Why"
expect "--rank" "$rank" "$why"
german check_first "Check first:"
expect "--rank" "$rank" "$check_first"
# The atlas's German: a muscle's name from the translation overlay.
overlay=$source/data/atlas/l10n/de/muscles/gluteus-minimus.json
name=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["name"])' "$overlay") ||
  fail "no German name in $overlay"
[ "$name" != "Gluteus minimus" ] || fail "$overlay names the muscle in English"
expect "--rank" "$rank" "$name"
# A German reason sentence, built from its translated message.
german refers "%s: refers pain to %s."
part=${refers#%s}
expect "--rank" "$rank" "${part%%%s*}"

echo "# refused options"
error=$("$bodymap" --rank --pain=nowhere 2>&1 >/dev/null)
status=$?
[ "$status" -ne 0 ] || fail "an unknown area is not refused"
german unknown_region "unknown region “%s” in %s; --list-regions prints every id"
expect "the error for an unknown area" "$error" "${unknown_region%%%s*}nowhere"
error=$("$bodymap" --frobnicate 2>&1 >/dev/null)
status=$?
[ "$status" -ne 0 ] || fail "an unknown option is not refused"
german unknown_option "Unknown option %s" glib20
expect "the error for an unknown option" "$error" "${unknown_option%%%s*}--frobnicate"

echo "# --export-sheet"
sheet_out=$("$bodymap" --export-sheet="$tmp/sheet.pdf" --pain=knee-lateral-left:6,thigh-lateral-lower-left) ||
  fail "--export-sheet failed"
sheet=$(pdftotext -layout "$tmp/sheet.pdf" - 2>&1) || fail "pdftotext cannot read the sheet: $sheet"
sheet=$(tr -s ' \n' ' ' <<<"$sheet")
german title "My Stretch Sheet"
expect "the sheet" "$sheet" "$title"
# The date as the catalog formats it ("%-d %B %Y"), with the German month.
german date_format "%-d %B %Y"
expect "the sheet" "$sheet" "$(date +"$date_format")"
# The drawings' captions are German on the sheet too.
front=$(TEXTDOMAINDIR=$catalog gettext -c "drawing caption" -d bodymap -- Front)
[ "$front" != "Front" ] || fail "the caption “Front” has no German translation"
expect "the sheet" "$sheet" "$front"

if [ "$failures" -gt 0 ]; then
  echo "$failures checks failed" >&2
  exit 1
fi
echo "The installed bodymap speaks German"
