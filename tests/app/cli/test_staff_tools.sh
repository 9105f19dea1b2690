#!/usr/bin/env bash
# The staff tools as staff meet them: buergerterminal-tools renders the screenshots and signs
# catalogs; the kiosk program refuses both options (exit 2, a usage error) and names the tools.
# (Signing and installing updates end to end: test_catalog_update.sh.)
# Usage: test_staff_tools.sh KIOSK_BINARY TOOLS_BINARY
set -u
kiosk=$1; tools=$2
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="*.info=false"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"
passed=0; failed=0
check() { # description, condition...
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}
printf '[terminal]\ntown_name = Neustadt\n' > "$tmp/terminal.conf"

# The kiosk program: the old options are refused before anything is done.
for spelling in "--screenshot $tmp/shots" "--screenshot=$tmp/shots" "--config $tmp/terminal.conf --screenshot $tmp/shots"; do
    # shellcheck disable=SC2086 # the spelling is split into its words on purpose
    "$kiosk" $spelling > "$tmp/out" 2> "$tmp/err"; rc=$?
    check "buergerterminal $spelling is refused with exit code 2 (got $rc)" test "$rc" -eq 2
    check "and names the tool to use" grep -qF \
        "buergerterminal: --screenshot is a staff tool, not part of the kiosk program; run: buergerterminal-tools --screenshot DIR" \
        "$tmp/err"
done
check "nothing was rendered" test ! -e "$tmp/shots"
openssl genpkey -algorithm ed25519 -out "$tmp/operator.pem" 2>/dev/null
cp "$(dirname "$0")/../../../resources/catalog/catalog.json" "$tmp/catalog.json"
"$kiosk" --sign-catalog "$tmp/catalog.json" --key "$tmp/operator.pem" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "buergerterminal --sign-catalog is refused with exit code 2 (got $rc)" test "$rc" -eq 2
check "and names the tool to use" grep -qF \
    "buergerterminal: --sign-catalog is a staff tool, not part of the kiosk program; run: buergerterminal-tools --sign-catalog FILE --key KEY.pem" \
    "$tmp/err"
check "and prints no update" test ! -s "$tmp/out"
help=$("$kiosk" --help 2>/dev/null)
check "buergerterminal --help offers neither --screenshot, --sign-catalog nor --key" \
    bash -c '! grep -qE -- "--(screenshot|sign-catalog|key)\b" <<<"$1"' _ "$help"

# The tools program: usage.
"$tools" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "buergerterminal-tools without a tool exits 2 (got $rc)" test "$rc" -eq 2
check "and says what it offers" grep -qF "no tool asked for: --screenshot DIR or --sign-catalog FILE --key KEY.pem" "$tmp/err"
help=$("$tools" --help 2>/dev/null); rc=$?
check "buergerterminal-tools --help exits 0" test "$rc" -eq 0
check "and offers --screenshot, --sign-catalog and --key" \
    bash -c 'grep -q -- "--screenshot <dir>" <<<"$1" && grep -q -- "--sign-catalog <file>" <<<"$1" && grep -q -- "--key <file>" <<<"$1"' _ "$help"
check "buergerterminal-tools --version names it" bash -c '"$1" --version 2>/dev/null | grep -qE "^buergerterminal-tools [0-9]+\.[0-9]+\.[0-9]+$"' _ "$tools"

# Signing: problems as before (exit 1, the file and the reason).
"$tools" --sign-catalog "$tmp/missing.json" --key "$tmp/operator.pem" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "signing a missing catalog fails (exit 1, got $rc) and says so" \
    bash -c '[ "$1" -eq 1 ] && grep -qF "$2/missing.json: cannot be read" "$2/out"' _ "$rc" "$tmp"
openssl genpkey -algorithm rsa -pkeyopt rsa_keygen_bits:2048 -out "$tmp/rsa.pem" 2>/dev/null
"$tools" --sign-catalog "$tmp/catalog.json" --key "$tmp/rsa.pem" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "signing with an RSA key fails (exit 1, got $rc) and says why" \
    bash -c '[ "$1" -eq 1 ] && grep -qF "$2/rsa.pem: the key is not an Ed25519 private key in PEM form" "$2/err"' _ "$rc" "$tmp"
check "and prints no update" test ! -s "$tmp/out"

# Screenshots: every screen in every language, orientation and look, from the configuration given.
# 2 orientations x 3 looks x (2 languages x 14 screens + the out-of-order screen)
"$tools" --config "$tmp/terminal.conf" --screenshot "$tmp/shots" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "buergerterminal-tools --screenshot exits 0 (got $rc)" test "$rc" -eq 0
check "says how many it wrote, and where" grep -qxF "174 screenshots written to $tmp/shots" "$tmp/out"
check "174 PNG files" test "$(find "$tmp/shots" -name '*.png' | wc -l)" -eq 174
check "landscape and portrait" test -f "$tmp/shots/landscape/de-standard-02-home.png" -a -f "$tmp/shots/portrait/en-contrast-02-home.png"
check "the files are PNG" bash -c 'file -b "$1" | grep -q "^PNG image data, 1920 x 1080"' _ "$tmp/shots/landscape/de-standard-02-home.png"
"$tools" --config "$tmp/missing.conf" --screenshot "$tmp/other" > "$tmp/out" 2> "$tmp/err"; rc=$?
check "with a configuration it cannot read it renders nothing (exit 1, got $rc)" \
    bash -c '[ "$1" -eq 1 ] && [ ! -e "$2/other" ] && grep -qF "$2/missing.conf: cannot be read" "$2/err"' _ "$rc" "$tmp"

echo "staff tools: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
