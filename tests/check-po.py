#!/usr/bin/env python3
# check-po.py SOURCE_ROOT
#
# Fails unless every translation in po/LINGUAS is complete: the current
# messages are extracted from po/POTFILES.in with the keywords of meson's
# glib preset (as `ninja bodymap-pot` does), each PO file is merged with
# them, and every message left untranslated or fuzzy is named. Also fails
# when `msgfmt --check` rejects a PO file.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys
import tempfile

# meson's i18n.gettext(preset: 'glib'), mesonbuild/modules/i18n.py
XGETTEXT_ARGS = [
    '--from-code=UTF-8', '--add-comments',
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dcgettext:2', '--keyword=g_dngettext:2,3', '--keyword=g_dpgettext2:2c,3',
    '--flag=N_:1:pass-c-format', '--flag=C_:2:pass-c-format', '--flag=NC_:2:pass-c-format',
    '--flag=g_dngettext:2:pass-c-format', '--flag=g_strdup_printf:1:c-format',
    '--flag=g_string_printf:2:c-format', '--flag=g_string_append_printf:2:c-format',
    '--flag=g_error_new:3:c-format', '--flag=g_set_error:4:c-format',
    '--flag=g_markup_printf_escaped:1:c-format', '--flag=g_log:3:c-format',
    '--flag=g_print:1:c-format', '--flag=g_printerr:1:c-format', '--flag=g_printf:1:c-format',
    '--flag=g_fprintf:2:c-format', '--flag=g_sprintf:2:c-format', '--flag=g_snprintf:3:c-format',
]


ESCAPES = {'n': '\n', 't': '\t', '"': '"', '\\': '\\'}


def unquote(text):
    """The value of a PO string literal, "..." with C escapes."""
    return re.sub(r'\\(.)', lambda m: ESCAPES.get(m.group(1), m.group(1)), text.strip()[1:-1])


def entries(path):
    """Yields (context, msgid, msgstrs, fuzzy) for each entry that is not obsolete."""
    entry, key, fuzzy = {}, None, False
    with open(path, encoding='utf-8') as f:
        lines = [line.rstrip('\n') for line in f] + ['']
    for line in lines:
        if not line.strip():
            if 'msgid' in entry:
                strs = [v for k, v in entry.items() if k.startswith('msgstr')]
                yield entry.get('msgctxt'), entry['msgid'], strs, fuzzy
            entry, key, fuzzy = {}, None, False
        elif line.startswith('#,'):
            fuzzy = 'fuzzy' in [flag.strip() for flag in line[2:].split(',')]
        elif line.startswith('#'):
            continue   # comments, references and obsolete entries (#~)
        elif line.startswith('"'):
            entry[key] += unquote(line)
        else:
            key, _, value = line.partition(' ')
            entry[key] = unquote(value)


def describe(context, msgid):
    text = msgid if len(msgid) <= 70 else msgid[:67] + '…'
    return f'“{text}”' + (f' (context “{context}”)' if context else '')


def check(root, lang, pot, tmp):
    po = os.path.join(root, 'po', lang + '.po')
    failures = []
    check_run = subprocess.run(['msgfmt', '--check', '-o', os.devnull, po], capture_output=True, text=True)
    if check_run.returncode != 0:
        failures.append(f'po/{lang}.po: msgfmt --check fails:\n{check_run.stderr.rstrip()}')
    merged = os.path.join(tmp, lang + '.po')
    subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '-o', merged, po, pot], check=True)
    for context, msgid, strs, fuzzy in entries(merged):
        if msgid == '':
            continue   # the header
        if fuzzy:
            failures.append(f'po/{lang}.po: fuzzy: {describe(context, msgid)}')
        elif not strs or any(s == '' for s in strs):
            failures.append(f'po/{lang}.po: untranslated: {describe(context, msgid)}')
    return failures


def main():
    root = os.path.abspath(sys.argv[1])
    with open(os.path.join(root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        langs = [w for line in f for w in line.split('#')[0].split()]
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        pot = os.path.join(tmp, 'bodymap.pot')
        subprocess.run(['xgettext', '--package-name=bodymap', '-f', os.path.join(root, 'po', 'POTFILES.in'),
                        '-D', root, '-k_', '-o', pot] + XGETTEXT_ARGS, check=True)
        n = sum(1 for e in entries(pot) if e[1] != '')
        for lang in langs:
            failures += check(root, lang, pot, tmp)
    for line in failures:
        print(line, file=sys.stderr)
    if failures:
        print(f'{len(failures)} problems in the translations of {n} messages', file=sys.stderr)
        return 1
    print(f'{", ".join(langs)}: all {n} messages translated')
    return 0


if __name__ == '__main__':
    sys.exit(main())
