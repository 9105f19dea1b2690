#!/usr/bin/env bash
# Proves check_dependencies.sh fails on a forbidden include (widgets/ including an app/ header) and
# on product code that reads the system clock itself.
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

# And a product file that asks the system for today's date.
rm -rf "${tmp:?}"/*; cp -r "$src/app" "$src/widgets" "$src/eid" "$src/forms" "$tmp/"
printf 'static const QDate asked = QDate::currentDate();\n' >> "$tmp/app/shell/FormScreen.cpp"
if bash "$check" "$tmp" > "$tmp/out.txt"; then
    echo "check_dependencies.sh accepted QDate::currentDate() in app/shell/FormScreen.cpp"; exit 1
fi
grep -q 'app/shell/FormScreen.cpp.*take it from a Clock' "$tmp/out.txt" || { cat "$tmp/out.txt"; exit 1; }
echo "violation reported: $(grep 'take it from a Clock' "$tmp/out.txt")"
