#!/usr/bin/env python3
# check-manpage.py BODYMAP MANPAGE
#
# Fails when an option that `bodymap --help-all` lists is not described in
# the manual page, so that the page keeps up with the program.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import subprocess
import sys


def help_options(exe):
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='C')
    out = subprocess.run([exe, '--help-all'], check=True, capture_output=True,
                         text=True, env=env).stdout
    names = set()
    for line in out.splitlines():
        # "  -h, --help   Show…" or "  --pain=REGION…   With --rank…"
        m = re.match(r'\s+(?:-\w, )?--([\w-]+)', line)
        if m:
            names.add(m.group(1))
    return names


def described_options(text):
    # Each option is the tag of a .TP item, written as \-\-name (troff's
    # escaped minus); the tag is the line after .TP.
    lines = text.splitlines()
    tags = [lines[i + 1] for i, line in enumerate(lines[:-1]) if line.strip() == '.TP']
    names = set()
    for tag in tags:
        for name in re.findall(r'\\-\\-((?:\w|\\-)+)', tag):
            names.add(name.replace('\\-', '-'))
    return names


def main():
    exe, manpage = sys.argv[1:3]
    with open(manpage, encoding='utf-8') as f:
        text = f.read()
    described = described_options(text)
    options = help_options(exe)
    if len(options) < 10:
        print(f'{exe} --help-all: found only {sorted(options)}', file=sys.stderr)
        return 1
    missing = sorted(options - described)
    for name in missing:
        print(f'{manpage}: option --{name} is not described (no .TP item names it)',
              file=sys.stderr)
    if '.SH EXAMPLES' not in text:
        print(f'{manpage}: no EXAMPLES section', file=sys.stderr)
        return 1
    if not missing:
        print(f'{len(options)} options, all described')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
