#!/usr/bin/env python3
# check-potfiles.py SOURCE_ROOT
#
# Fails when a source file with translatable strings (_(), N_(), C_(),
# ngettext () or translatable="yes") is missing from po/POTFILES.in, so
# that its strings never reach the translators, and when POTFILES.in names
# a file that does not exist, which breaks `ninja bodymap-pot`.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys

MARKS = re.compile(r'(?<![\w])(?:N?C?_|g_dngettext|ngettext)\s*\(|translatable="yes"')
SCANNED = (('src', ('.c', '.h')), ('ui', ('.ui',)))


def listed(root):
    path = os.path.join(root, 'po', 'POTFILES.in')
    with open(path, encoding='utf-8') as f:
        return {line.strip() for line in f
                if line.strip() and not line.lstrip().startswith('#')}


def marked(root):
    found = set()
    for top, suffixes in SCANNED:
        for folder, _dirs, files in os.walk(os.path.join(root, top)):
            for name in files:
                if not name.endswith(suffixes):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding='utf-8') as f:
                    if MARKS.search(f.read()):
                        found.add(os.path.relpath(path, root))
    return found


def main():
    root = sys.argv[1]
    entries = listed(root)
    failures = []
    for path in sorted(marked(root) - entries):
        failures.append(f'po/POTFILES.in: {path} has translatable strings but is not listed')
    for path in sorted(entries):
        if not os.path.exists(os.path.join(root, path)):
            failures.append(f'po/POTFILES.in: {path} is listed but does not exist')
    for line in failures:
        print(line, file=sys.stderr)
    if not failures:
        print(f'po/POTFILES.in lists all {len(entries)} files with translatable strings')
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
