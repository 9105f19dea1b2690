#!/usr/bin/env bash
# Catalog updates as an operator and staff make and install them: an Ed25519 key pair made with
# openssl, an update signed with --sign-catalog, checked, installed, used by the search; and
# refused when tampered with, signed with another key, or not newer. Nothing is half-installed.
# Usage: test_catalog_update.sh BINARY SOURCE_DIR
set -u
binary=$1; source=$2
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.info=false"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
passed=0; failed=0
check() {
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}

openssl genpkey -algorithm ed25519 -out "$tmp/operator.pem" 2>/dev/null
openssl genpkey -algorithm ed25519 -out "$tmp/stranger.pem" 2>/dev/null
public=$(openssl pkey -in "$tmp/operator.pem" -pubout -outform DER | base64 -w0)
installed="$tmp/state/catalog-update.json"
printf '[catalog]\nupdate_public_key = %s\ninstalled = %s\n' "$public" "$installed" > "$tmp/terminal.conf"
run() { "$binary" --config "$tmp/terminal.conf" "$@"; }

# A newer catalog in which the dog tax registration has a new name.
sed -e 's/"catalogVersion": "[0-9.]*"/"catalogVersion": "2099.1.1"/' \
    -e 's/"de": "Anmeldung eines Hundes zur Hundesteuer"/"de": "Hund bei der Stadtkasse anmelden"/' \
    "$source/resources/catalog/catalog.json" > "$tmp/catalog-2099.json"
run --sign-catalog "$tmp/catalog-2099.json" --key "$tmp/operator.pem" > "$tmp/update.json"; rc=$?
check "--sign-catalog makes an update file" test "$rc" -eq 0 -a -s "$tmp/update.json"
out=$(run --check-catalog "$tmp/update.json"); rc=$?
check "--check-catalog verifies the signature of an update" test "$rc" -eq 0
check "and says so" grep -q "signature OK" <<<"$out"

out=$(run --install-catalog "$tmp/update.json"); rc=$?
check "--install-catalog installs a newer signed catalog (exit 0)" test "$rc" -eq 0
check "the update is kept where configured" test -f "$installed"
check "the search uses the installed catalog" \
    bash -c "run() { \"$binary\" --config \"$tmp/terminal.conf\" \"\$@\"; }; run --search 'Hund anmelden' 2>/dev/null | head -1 | grep -q 'Hund bei der Stadtkasse anmelden'"

# Tampered after signing: the catalog's first character, "{" (base64 "ew"), becomes "[" ("Ww").
sed 's/"catalog": "ew/"catalog": "Ww/' "$tmp/update.json" > "$tmp/tampered.json"
check "(the tampered copy really differs)" bash -c "! cmp -s '$tmp/update.json' '$tmp/tampered.json'"
cp "$installed" "$tmp/before.json"
out=$(run --install-catalog "$tmp/tampered.json"); rc=$?
check "a tampered update is refused (exit 1)" test "$rc" -eq 1
check "with a reason" grep -q "signature: does not match" <<<"$out"
check "the installed catalog is unchanged" cmp -s "$installed" "$tmp/before.json"

run --sign-catalog "$tmp/catalog-2099.json" --key "$tmp/stranger.pem" > "$tmp/foreign.json"
out=$(run --install-catalog "$tmp/foreign.json"); rc=$?
check "an update signed with another key is refused" test "$rc" -eq 1

out=$(run --install-catalog "$tmp/update.json"); rc=$?
check "the same version again is refused as not newer" bash -c "[ $rc -eq 1 ] && grep -q 'is not newer' <<<\"\$1\"" _ "$out"

# A damaged installed file: the terminal falls back to its built-in catalog and says why.
printf 'garbage' > "$installed"
out=$(QT_LOGGING_RULES="*.info=false;bt.app.catalog.critical=true" run --search 'Hund anmelden' 2>&1)
check "a damaged installed update is ignored" grep -q "installed catalog update ignored" <<<"$out"
check "and the built-in catalog answers" grep -qP '^99102013104000\tAnmeldung eines Hundes zur Hundesteuer' <<<"$out"

echo "catalog update: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
