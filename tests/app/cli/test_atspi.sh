#!/usr/bin/env bash
# What a screen reader (Orca) gets over AT-SPI from the real terminal on an X server (Xvfb), in
# a D-Bus session of its own: atspi_audit.py reads the start and home screens from the
# accessibility bus. ./terminal test installs what it needs (python3-pyatspi, at-spi2-core, Xvfb).
# Usage: test_atspi.sh BINARY
set -u
binary=$1
here=$(dirname "$0")
if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null || ! command -v dbus-run-session >/dev/null \
    || ! command -v Xvfb >/dev/null || ! command -v xdotool >/dev/null; then
    echo "SKIP: needs python3-pyatspi, at-spi2-core, dbus, xvfb and xdotool (./terminal test installs them)"
    exit 77
fi
tmp=$(mktemp -d)
xvfb_pid=""
cleanup() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
    rm -rf "$tmp"
}
trap cleanup EXIT

# Xvfb picks a free display number and writes it to the pipe (-displayfd).
exec 3<> <(:)
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp > "$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 10 display <&3 || { echo "Xvfb did not start"; cat "$tmp/xvfb.log"; exit 1; }
export DISPLAY=:$display
export QT_QPA_PLATFORM=xcb
# Without a screen reader running, Qt offers its tree on the bus only when asked to.
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
# The accessibility bus is started by D-Bus activation when the client first asks for it.
dbus-run-session -- /usr/bin/python3 "$here/atspi_audit.py" "$binary"
