#!/usr/bin/env python3
# check-metainfo.py METAINFO VERSION SOURCE-ROOT
#
# Fails when the store listing misses what software centres show: a short
# summary, screenshots, notes for the current release, branding colours, the command it
# provides and the project's links.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import sys
import xml.etree.ElementTree as ET


def main():
    path, version, source_root = sys.argv[1:4]
    root = ET.parse(path).getroot()
    errors = []

    summary = (root.findtext('summary') or '').strip()
    if not summary or len(summary) > 35:
        errors.append(f'summary: {len(summary)} characters ({summary!r}), expected 1 to 35')
    release = root.find(f"releases/release[@version='{version}']")
    if release is None:
        errors.append(f'releases: no release {version} (the version in meson.build)')
    elif release.find('description') is None:
        errors.append(f'release {version}: no description (release notes)')
    elif root.find('releases/release').get('version') != version:
        errors.append(f'releases: {version} is not the first (newest) release')
    colors = {c.get('scheme_preference') for c in root.findall("branding/color[@type='primary']")}
    if colors != {'light', 'dark'}:
        errors.append(f'branding: expected a primary colour for light and dark, found {colors}')
    if root.findtext('provides/binary') != 'bodymap':
        errors.append('provides: no <binary>bodymap</binary>')
    urls = {u.get('type') for u in root.findall('url')}
    for kind in ('homepage', 'bugtracker', 'vcs-browser', 'translate'):
        if kind not in urls:
            errors.append(f'url: no <url type="{kind}">')
    shots = root.findall('screenshots/screenshot/image')
    if not shots:
        errors.append('screenshots: none (tools/screenshots makes them)')
    for image in shots:
        name = (image.text or '').rsplit('/data/', 1)[-1]
        if not os.path.exists(os.path.join(source_root, 'data', name)):
            errors.append(f'screenshot {image.text}: no data/{name} in the source tree')
    for e in errors:
        print(f'{path}: {e}', file=sys.stderr)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
