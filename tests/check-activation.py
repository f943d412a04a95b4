#!/usr/bin/env python3
# check-activation.py DESKTOP SERVICE APP_ID
#
# Fails when the desktop file and the D-Bus service file would not let the
# desktop start Bodymap by D-Bus activation, or when the desktop file does
# not name exactly one main category (the menus would list it twice).
#
# SPDX-License-Identifier: GPL-3.0-or-later
import configparser
import os
import sys

MAIN_CATEGORIES = {
    'AudioVideo', 'Audio', 'Video', 'Development', 'Education', 'Game',
    'Graphics', 'Network', 'Office', 'Science', 'Settings', 'System',
    'Utility',
}


def read(path, group):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding='utf-8')
    if not parser.has_section(group):
        sys.exit(f'{path}: no [{group}] group')
    return parser[group]


def main():
    desktop_path, service_path, app_id = sys.argv[1:4]
    desktop = read(desktop_path, 'Desktop Entry')
    service = read(service_path, 'D-BUS Service')
    errors = []

    if os.path.basename(desktop_path) != app_id + '.desktop':
        errors.append(f'{desktop_path}: the file name must be {app_id}.desktop for D-Bus activation')
    if desktop.get('DBusActivatable') != 'true':
        errors.append(f'{desktop_path}: DBusActivatable: expected "true", found {desktop.get("DBusActivatable")!r}')
    main = [c for c in desktop.get('Categories', '').split(';') if c in MAIN_CATEGORIES]
    if len(main) != 1:
        errors.append(f'{desktop_path}: Categories: expected one main category, found {main}')
    if service.get('Name') != app_id:
        errors.append(f'{service_path}: Name: expected {app_id!r}, found {service.get("Name")!r}')
    exec_line = service.get('Exec', '').split()
    if (len(exec_line) != 2 or not os.path.isabs(exec_line[0])
            or os.path.basename(exec_line[0]) != 'bodymap'
            or exec_line[1] != '--gapplication-service'):
        errors.append(f'{service_path}: Exec: expected "/…/bodymap --gapplication-service", '
                      f'found {service.get("Exec")!r}')
    for e in errors:
        print(e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
