#!/usr/bin/env bash
# check-dbus-activation.sh BODYMAP SERVICE-FILE APP_ID
#
# Starts Bodymap the way the desktop does when DBusActivatable=true: a
# private session bus finds the service file, runs its Exec line
# (bodymap --gapplication-service), and Activate opens the window.
# Fails when the name never appears, or when the service exits without one.
# Needs a display (run the gui suite under xvfb-run, as tools/test does).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
exe=$1 service=$2 app_id=$3
path=/${app_id//./\/}

if [[ -z ${ACTIVATION_INNER:-} ]]; then
    dir=$(mktemp -d)
    trap 'rm -rf "$dir"' EXIT
    mkdir -p "$dir/dbus-1/services"
    # the built service file, pointed at the built program
    sed "s|^Exec=[^ ]*|Exec=$(realpath "$exe")|" "$service" > "$dir/dbus-1/services/$app_id.service"
    XDG_DATA_DIRS=$dir:${XDG_DATA_DIRS:-/usr/local/share:/usr/share} XDG_DATA_HOME=$dir/data \
    ACTIVATION_INNER=1 dbus-run-session -- "$0" "$@" 2>&1 | grep -v 'fd limit'
    exit "${PIPESTATUS[0]}"
fi

gdbus call --session --dest "$app_id" --object-path "$path" \
    --method org.freedesktop.Application.Activate '{}' >/dev/null || {
    echo "not ok: activating $app_id failed"; exit 1; }
owner=$(gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
        --method org.freedesktop.DBus.NameHasOwner "$app_id")
if [[ $owner != "(true,)" ]]; then
    echo "not ok: nothing owns $app_id after activation"; exit 1
fi
# GtkApplication exports each window's actions under PATH/window/ID.
if ! gdbus call --session --dest "$app_id" --object-path "$path/window/1" \
        --method org.gtk.Actions.List >/dev/null 2>&1; then
    echo "not ok: $app_id was activated but opened no window"; exit 1
fi
echo "ok: $app_id started through its service file and opened its window"
gdbus call --session --dest "$app_id" --object-path "$path" \
    --method org.freedesktop.Application.ActivateAction quit '[]' '{}' >/dev/null
exit 0
