#!/usr/bin/env bash
# --check-schema as staff and scripts use it: a summary and exit 0 for a good FIM schema, the
# problem with file, line and column and exit 1 for a bad one.
# Usage: test_check_schema.sh BINARY FIM_DATA_DIR
set -u
binary=$1
data=$2
export QT_QPA_PLATFORM=offscreen
passed=0; failed=0
check() { # description, condition...
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}

out=$("$binary" --check-schema "$data/v2/S00000121_BlaueKarte.xml" 2>/dev/null); rc=$?
echo "$out"
check "accepts BlaueKarte with exit code 0" test "$rc" -eq 0
check "names layout, id, version and name" \
    grep -qF 'OK, XDatenfelder 2.0 Stammdatenschema S00000121 version 1.0 "Antrag Blaue Karte EU"' <<<"$out"
check "counts groups" grep -qxF "groups: 29 (23 distinct)" <<<"$out"
check "counts fields" grep -qxF "fields: 88 (71 distinct)" <<<"$out"
check "fields by data type" \
    grep -qxF "fields by data type: bool 17, date 7, file 8, num 1, num_currency 1, text 54" <<<"$out"
check "lists the code lists with their values" \
    grep -qE "^code lists: .*urn:xpersonenstand:schluesseltabelle:geschlecht_2 \([0-9]+ values\)" <<<"$out"
check "counts the rules" grep -qxF "rules: 3, declarative 3, unsupported 0" <<<"$out"
check "no missing code list" bash -c "! grep -q 'NOT SHIPPED' <<<\"\$1\"" _ "$out"

out=$("$binary" --check-schema "$data/v2/flxbe_simple.xml" 2>/dev/null); rc=$?
check "accepts a schema with an unsupported rule" test "$rc" -eq 0
check "names the unsupported rule" \
    grep -qxF 'unsupported rule: R60000037 "MindestEineAngabe" (script kept, not run)' <<<"$out"

out=$("$binary" --check-schema "$data/v2/flxbe_select.xml" 2>/dev/null); rc=$?
check "a code list that is not shipped is a warning, not an error" test "$rc" -eq 0
check "warns about it" grep -qF "warning: code lists not shipped, their select fields cannot be shown: urn:de:example_1" <<<"$out"

out=$("$binary" --check-schema "$data/v3/flxbe_simple.xml" 2>/dev/null); rc=$?
check "accepts a 3.0.0 group message" test "$rc" -eq 0
check "says what it is" grep -qF "OK, XDatenfelder 3.0.0 Datenfeldgruppe G60000000088 version 1.2.0" <<<"$out"

out=$("$binary" --check-schema "$data/v3/flxbe_unexpected-node.xml" 2>/dev/null); rc=$?
check "rejects a bad file with exit code 1" test "$rc" -eq 1
check "names file, line, column and the problem" \
    grep -qxE "$data/v3/flxbe_unexpected-node.xml:11:[0-9]+: unexpected element <xdf:unknown> in <xdf:identifikation>" <<<"$out"

out=$("$binary" --check-schema "$data/v2/flxbe_duplicate-required-value.xml" 2>/dev/null); rc=$?
check "rejects a duplicate element" test "$rc" -eq 1
check "names the duplicate" grep -qE ":13:[0-9]+: <xdf:name> appears more than once$" <<<"$out"

out=$("$binary" --check-schema "$data/missing.xml" 2>/dev/null); rc=$?
check "an unreadable file is exit code 1" test "$rc" -eq 1
check "says it cannot be read" grep -qF "$data/missing.xml: cannot be read" <<<"$out"

echo "check-schema: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
