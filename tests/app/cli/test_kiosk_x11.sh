#!/usr/bin/env bash
# The kiosk on a real X server (Xvfb), driven from outside with xdotool as a keyboard and a
# touch screen would: it covers the screen, ignores the keys that would close or leave it,
# starts a journey on a touch, and wipes it when systemd stops it.
# Usage: test_kiosk_x11.sh BINARY
set -u
binary=$1
tmp=$(mktemp -d)
xvfb_pid=""; app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null; fi
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; fi
    rm -rf "$tmp"
}
trap cleanup EXIT
passed=0; failed=0
check() {
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}
wait_for() { # pattern file seconds
    local i
    for i in $(seq $(( $3 * 10 ))); do grep -q "$1" "$2" && return 0; sleep 0.1; done
    return 1
}
wait_for_count() { # pattern file count seconds
    local i
    for i in $(seq $(( $4 * 10 ))); do [ "$(grep -c "$1" "$2")" -ge "$3" ] && return 0; sleep 0.1; done
    return 1
}

# Xvfb picks a free display number and writes it to the pipe (-displayfd).
exec 3<> <(:)
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp > "$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
read -r -t 10 display <&3 || { echo "Xvfb did not start"; cat "$tmp/xvfb.log"; exit 1; }
export DISPLAY=:$display
unset QT_QPA_PLATFORM
export QT_QPA_PLATFORM=xcb
# The lockdown logs each key it swallows at debug level: proof that the keys reached the program.
export QT_LOGGING_RULES="bt.app.shell.debug=true"

"$binary" --kiosk > "$tmp/app.out" 2> "$tmp/app.err" &
app_pid=$!
check "the terminal starts" wait_for "ready" "$tmp/app.err" 10
window=$(xdotool search --sync --onlyvisible --name "Bürgerterminal" 2>/dev/null | head -1)
check "its window is on the screen" test -n "$window"
geometry=$(xdotool getwindowgeometry "$window" 2>/dev/null | sed -n 's/.*Geometry: //p')
check "it covers the whole screen (1920x1080, found ${geometry:-nothing})" test "$geometry" = "1920x1080"
# Motif hints: flags, functions, decorations, ... — decorations 0 means no frame, no close button.
check "it asks for no window decoration" \
    bash -c "xprop -id $window _MOTIF_WM_HINTS 2>/dev/null | grep -qE '= 0x2, 0x[0-9a-f]+, 0x0,'"
check "it asks to be full-screen and above all other windows" \
    bash -c "xprop -id $window _NET_WM_STATE | grep -q _NET_WM_STATE_FULLSCREEN && xprop -id $window _NET_WM_STATE | grep -q _NET_WM_STATE_ABOVE"

# A touch on the start screen begins a journey.
# (Not the centre: Xvfb starts the pointer there, and --sync would wait for a move that never comes.)
xdotool mousemove --sync 700 400 click 1
check "a touch starts the journey" wait_for 'step "Home"' "$tmp/app.err" 5

xdotool windowfocus --sync "$window" 2>/dev/null
for keys in alt+F4 ctrl+q ctrl+w Escape super alt+Tab ctrl+alt+BackSpace F11; do
    xdotool key --clearmodifiers "$keys"
done
# A ninth key behind them as a barrier: once the program has logged it, it has handled the eight
# before it and whatever they set off. No fixed wait decides whether something happened.
xdotool key --clearmodifiers F11
check "the barrier key was handled (F11, Qt key 16777274, logged twice)" \
    wait_for_count 'blocked key 16777274' "$tmp/app.err" 2 10
check "the lockdown swallowed them (at least 8 keys logged as blocked before the barrier)" \
    test "$(grep -c 'blocked key' "$tmp/app.err")" -ge 9
check "Alt+F4, Ctrl+Q, Ctrl+W, Escape, Super, Alt+Tab, Ctrl+Alt+Backspace and F11 leave it running" \
    kill -0 "$app_pid"
check "the window is still there" bash -c "xdotool search --onlyvisible --name 'Bürgerterminal' | grep -q ."
check "the journey went on (no step back to the start screen)" bash -c "! grep -q 'step \"Attract\"' '$tmp/app.err'"

# systemctl stop: SIGTERM. The journey is wiped before the program ends.
kill -TERM "$app_pid"; wait "$app_pid"; rc=$?; app_pid=""
check "SIGTERM stops it cleanly (exit 0, got $rc)" test "$rc" -eq 0
check "the session was wiped on the way out" grep -q "wiped" "$tmp/app.err"

echo "kiosk on X11: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
