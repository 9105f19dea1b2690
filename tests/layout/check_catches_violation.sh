#!/usr/bin/env bash
# Proves check_dependencies.sh fails on a forbidden include (widgets/ including an app/ header).
set -eu
src=$1; check=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cp -r "$src/app" "$src/widgets" "$src/eid" "$src/forms" "$tmp/"
printf '#include "Session.h"\n' >> "$tmp/widgets/theme/Theme.cpp"
if bash "$check" "$tmp" > "$tmp/out.txt"; then
    echo "check_dependencies.sh accepted widgets/ including app/session/Session.h"; exit 1
fi
grep -q 'widgets/theme/Theme.cpp' "$tmp/out.txt" || { cat "$tmp/out.txt"; exit 1; }
echo "violation reported: $(grep FAIL "$tmp/out.txt")"
