#!/usr/bin/env bash
# Catalog updates as an operator and staff make and install them: an Ed25519 key pair made with
# openssl, an update signed with buergerterminal-tools --sign-catalog, checked, installed, used by
# the search; and refused when tampered with, signed with another key, or not newer. Nothing is
# half-installed; a damaged installed update puts the terminal out of order instead of quietly
# being ignored.
# Usage: test_catalog_update.sh BINARY TOOLS_BINARY SOURCE_DIR
set -u
binary=$1; tools=$2; source=$3
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
# The operator's side: signing is a staff tool.
sign() { "$tools" --config "$tmp/terminal.conf" --sign-catalog "$@"; }

# A newer catalog in which the dog tax registration has a new name.
sed -e 's/"catalogVersion": "[0-9.]*"/"catalogVersion": "2099.1.1"/' \
    -e 's/"de": "Anmeldung eines Hundes zur Hundesteuer"/"de": "Hund bei der Stadtkasse anmelden"/' \
    "$source/resources/catalog/catalog.json" > "$tmp/catalog-2099.json"
sign "$tmp/catalog-2099.json" --key "$tmp/operator.pem" > "$tmp/update.json"; rc=$?
check "buergerterminal-tools --sign-catalog makes an update file" test "$rc" -eq 0 -a -s "$tmp/update.json"
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

# Signed with another key, and genuinely newer than what is installed: only the signature can refuse it.
sed 's/"catalogVersion": "2099.1.1"/"catalogVersion": "2100.1.1"/' "$tmp/catalog-2099.json" > "$tmp/catalog-2100.json"
sign "$tmp/catalog-2100.json" --key "$tmp/stranger.pem" > "$tmp/foreign.json"
check "(the foreign update is a valid, newer, signed file)" bash -c "grep -q buergerterminal-catalog-update '$tmp/foreign.json'"
out=$(run --install-catalog "$tmp/foreign.json"); rc=$?
check "a newer update signed with another key is refused (exit 1)" test "$rc" -eq 1
check "because of its signature" grep -q "signature: does not match" <<<"$out"
check "the installed catalog is unchanged" cmp -s "$installed" "$tmp/before.json"

out=$(run --install-catalog "$tmp/update.json"); rc=$?
check "the same version again is refused as not newer" bash -c "[ $rc -eq 1 ] && grep -q 'is not newer' <<<\"\$1\"" _ "$out"

# A damaged installed file: the terminal does not quietly fall back to its built-in catalog.
# Staff see why: the commands fail with the reason, the terminal starts on its out-of-order screen.
printf 'garbage' > "$installed"
out=$(run --search 'Hund anmelden' 2>&1); rc=$?
check "with a damaged installed update --search fails (exit 1)" test "$rc" -eq 1
check "and names the file and what to do" \
    grep -qF "installed catalog update $installed refused" <<<"$out"
check "and answers nothing from the built-in catalog" bash -c "! grep -qP '^99102013104000\t' <<<\"\$1\"" _ "$out"
# The binary itself in the background, not run(): $! would be the subshell of the function, and
# the terminal would outlive the test.
"$binary" --config "$tmp/terminal.conf" > "$tmp/start.out" 2> "$tmp/start.err" & pid=$!
for _ in $(seq 100); do grep -q "out of order:" "$tmp/start.err" && break; sleep 0.1; done
kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
check "the terminal starts out of order and logs the reason for staff" \
    grep -qF "out of order: installed catalog update $installed refused" "$tmp/start.err"

# Staff repair it with a good update: it is installed over the damaged file and used.
sign "$tmp/catalog-2100.json" --key "$tmp/operator.pem" > "$tmp/update-2100.json"
out=$(run --install-catalog "$tmp/update-2100.json"); rc=$?
check "a good update replaces a damaged one (exit 0)" test "$rc" -eq 0
check "and the search uses it" \
    bash -c "run() { \"$binary\" --config \"$tmp/terminal.conf\" \"\$@\"; }; run --search 'Hund anmelden' 2>/dev/null | head -1 | grep -q 'Hund bei der Stadtkasse anmelden'"

echo "catalog update: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
