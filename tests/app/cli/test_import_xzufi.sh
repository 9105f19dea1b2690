#!/usr/bin/env bash
# --import-xzufi as an operator uses it: XZuFi 2.2 Leistungen merged into a copy of the shipped
# catalog, which then passes --check-catalog; bad files are refused with file, line and column,
# and nothing is written.
# Usage: test_import_xzufi.sh BINARY SOURCE_DIR
set -u
binary=$1; source=$2
data="$source/tests/data/app/catalog/xzufi"
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.info=false"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
passed=0; failed=0
check() {
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}
catalog="$source/resources/catalog/catalog.json"

out=$("$binary" --import-xzufi "$data/transfer-hundesteuer.xml" --into "$catalog" --out "$tmp/new.json" \
      --themenfeld engagement-hobby --lage tierhaltung); rc=$?
check "imports a transfer message (exit 0)" test "$rc" -eq 0
check "counts replaced and added services and authorities" \
    grep -qF "2 services imported (1 replaced, 1 added), 1 authorities (0 replaced, 1 added)" <<<"$out"
check "names what was not mapped" grep -qF "not mapped: spezialisierung (1 records)" <<<"$out"
out=$("$binary" --check-catalog "$tmp/new.json"); rc=$?
check "the written catalog passes --check-catalog" test "$rc" -eq 0
check "with one service more" grep -qE "OK, catalog version [0-9.]+, $(( $(grep -c '"key": "' "$catalog") + 1 )) services" <<<"$out"

out=$("$binary" --import-xzufi "$data/kopie-per-seite.xml" --into "$tmp/new.json" --out "$tmp/newer.json" \
      --authority buergerbuero --themenfeld querschnitt --lage querschnitt-buerger); rc=$?
check "a new service takes --authority, --themenfeld and --lage" test "$rc" -eq 0
check "and is in the catalog under its local key" grep -qF '"key": "local:xzufi-kopie-bauakte-7"' "$tmp/newer.json"

out=$("$binary" --import-xzufi "$data/kopie-per-seite.xml" --into "$catalog" --out "$tmp/refused.json"); rc=$?
check "a new service without --themenfeld is refused (exit 1)" test "$rc" -eq 1
check "says so, with the record" grep -qF "Leistung Kopie Bauakte/7: new to the catalog" <<<"$out"
check "and writes nothing" test ! -e "$tmp/refused.json"

out=$("$binary" --import-xzufi "$data/bad-amount.xml" --into "$catalog" --out "$tmp/refused.json"); rc=$?
check "a bad amount is refused (exit 1)" test "$rc" -eq 1
check "with file, line, column and what" \
    grep -qE "bad-amount.xml:[0-9]+:[0-9]+: <betragFest> \"15,00\" is not an amount" <<<"$out"
check "and nothing imported" bash -c "grep -qF 'nothing imported' <<<\"\$1\" && test ! -e '$tmp/refused.json'" _ "$out"

out=$("$binary" --import-xzufi "$data/bad-truncated.xml" --into "$catalog" --out "$tmp/refused.json"); rc=$?
check "a truncated file is refused with its position" \
    bash -c "[ $rc -eq 1 ] && grep -qE 'bad-truncated.xml:[0-9]+:[0-9]+: malformed XML' <<<\"\$1\"" _ "$out"

out=$("$binary" --import-xzufi "$data/personalausweis.xml" --out "$tmp/refused.json"); rc=$?
check "--into is required" bash -c "[ $rc -eq 1 ] && grep -qF 'needs --into' <<<\"\$1\"" _ "$out"

echo "import xzufi: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
