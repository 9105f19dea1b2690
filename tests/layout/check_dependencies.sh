#!/usr/bin/env bash
# Fails when an #include breaks the one-way dependencies of DESIGN.md:
#   app -> forms, eid, widgets;  forms -> widgets;  eid, widgets -> nothing of ours.
# Also keeps Qt Widgets out of eid/ (it talks to cards, never to the screen), and the system's
# wall clock out of product code: time comes from the injected Clock (app/clock/SystemClock.cpp
# is the one place that asks the system).
# Usage: check_dependencies.sh SOURCE_DIR
set -u
src=${1:?source dir}
cd "$src" || exit 2

declare -A owner   # header file name -> top-level folder that defines it
for top in app widgets eid forms; do
    while IFS= read -r header; do
        name=$(basename "$header")
        if [[ -n "${owner[$name]:-}" && "${owner[$name]}" != "$top" ]]; then
            echo "FAIL: $name exists in both ${owner[$name]}/ and $top/ (header names must be unique)"
            exit 1
        fi
        owner[$name]=$top
    done < <(find "$top" -name '*.h' 2>/dev/null)
done

allowed() { # from to
    case "$1:$2" in
        app:app|app:forms|app:eid|app:widgets) return 0 ;;
        forms:forms|forms:widgets) return 0 ;;
        eid:eid|widgets:widgets) return 0 ;;
    esac
    return 1
}

failures=0
checked=0
for top in app widgets eid forms; do
    while IFS= read -r file; do
        while IFS= read -r line; do
            number=${line%%:*}
            include=$(sed -E 's/^[^"]*"([^"]+)".*/\1/' <<<"${line#*:}")
            name=$(basename "$include")
            target=${owner[$name]:-}
            checked=$((checked + 1))
            if [[ -n "$target" ]] && ! allowed "$top" "$target"; then
                echo "FAIL: $file:$number includes \"$include\" from $target/ — $top/ may not depend on $target/"
                failures=$((failures + 1))
            fi
        done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*"' "$file")
        if [[ "$top" == eid ]]; then
            while IFS= read -r line; do
                echo "FAIL: $file:${line%%:*} uses Qt Widgets/Gui — eid/ has no user interface"
                failures=$((failures + 1))
            done < <(grep -n -E '^[[:space:]]*#[[:space:]]*include[[:space:]]*<Q(Widget|Application|Label|PushButton|Painter|Pixmap|Gui|Widgets)' "$file")
        fi
    done < <(find "$top" \( -name '*.h' -o -name '*.cpp' \) 2>/dev/null)
done

# Today's date and the time of day come from the injected Clock, so tests can set them.
while IFS= read -r line; do
    echo "FAIL: ${line} — asks the system for the date or time; take it from a Clock (app/clock/Clock.h)"
    failures=$((failures + 1))
done < <(grep -rn -E '\b(QDate::currentDate|QDateTime::currentDateTime(Utc)?|QDateTime::currentM?Secs(Since)?Epoch|QTime::currentTime)\b' \
             app widgets eid forms --include='*.cpp' --include='*.h' | grep -v -E '^app/clock/SystemClock\.cpp:' \
             | grep -v -E '^[^:]+:[0-9]+:[[:space:]]*//')

# The CMake side: a library of widgets/ or eid/ must not link a library of app/ or forms/.
while IFS= read -r line; do
    echo "FAIL: ${line} — links a library it may not depend on"
    failures=$((failures + 1))
done < <(grep -rn -E 'target_link_libraries' widgets eid --include=CMakeLists.txt | grep -E 'bt::(app|forms)')
while IFS= read -r line; do
    echo "FAIL: ${line} — forms/ may link only widgets/"
    failures=$((failures + 1))
done < <(grep -rn -E 'target_link_libraries' forms --include=CMakeLists.txt | grep -E 'bt::(app|eid)')

echo "layout: $checked includes checked, $failures forbidden"
[[ $failures -eq 0 ]]
