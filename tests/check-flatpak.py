#!/usr/bin/env python3
# check-flatpak.py SOURCE_ROOT
#
# The Flatpak manifest, io.github.bodymap.Bodymap.json, parses and is what
# packaging needs: the app id of the desktop file, the GNOME runtime, json-c
# as a module from a checksummed archive, Bodymap built with meson, and no
# permission beyond a window (no file system, network or session bus). Where
# flatpak-builder is installed it must accept the manifest too.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import shutil
import subprocess
import sys

ALLOWED_FINISH_ARGS = {'--share=ipc', '--socket=fallback-x11', '--socket=wayland', '--device=dri'}


def problems(manifest):
    if manifest.get('id') != 'io.github.bodymap.Bodymap':
        yield 'id is not io.github.bodymap.Bodymap'
    if manifest.get('runtime') != 'org.gnome.Platform' or manifest.get('sdk') != 'org.gnome.Sdk':
        yield 'not on the GNOME runtime and SDK'
    if manifest.get('command') != 'bodymap':
        yield 'command is not bodymap'
    extra = set(manifest.get('finish-args', [])) - ALLOWED_FINISH_ARGS
    if extra:
        yield 'permissions beyond a window: ' + ', '.join(sorted(extra))
    modules = {m.get('name'): m for m in manifest.get('modules', []) if isinstance(m, dict)}
    jsonc = modules.get('json-c')
    if jsonc is None:
        yield 'no json-c module'
    else:
        for source in jsonc.get('sources', []):
            if source.get('type') == 'archive' and not re.fullmatch(r'[0-9a-f]{64}', source.get('sha256', '')):
                yield 'json-c archive without a sha256: ' + source.get('url', '?')
        if not jsonc.get('sources'):
            yield 'json-c module without sources'
    bodymap = modules.get('bodymap')
    if bodymap is None or bodymap.get('buildsystem') != 'meson':
        yield 'no bodymap module built with meson'
    elif list(modules)[-1] != 'bodymap':
        yield 'bodymap is not the last module'


def main():
    path = sys.argv[1] + '/io.github.bodymap.Bodymap.json'
    with open(path, encoding='utf-8') as f:
        manifest = json.load(f)
    found = [f'{path}: {p}' for p in problems(manifest)]
    builder = shutil.which('flatpak-builder')
    if builder:
        run = subprocess.run([builder, '--show-manifest', path], capture_output=True, text=True)
        if run.returncode != 0:
            found.append(f'{path}: flatpak-builder --show-manifest failed: {run.stderr.strip()}')
    for problem in found:
        print(problem, file=sys.stderr)
    if not builder:
        print('flatpak-builder is not installed; checked the manifest by its JSON only')
    return 1 if found else 0


if __name__ == '__main__':
    sys.exit(main())
