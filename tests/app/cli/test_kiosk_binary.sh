#!/usr/bin/env bash
# DESIGN.md: staff and IT commands live in buergerterminal-tools, never in the kiosk program. This
# reads the built binaries (RelWithDebInfo: with symbols). The kiosk program must contain neither
# the screenshot renderer, which puts a made-up citizen into the session, nor the catalog signer,
# import none of OpenSSL's signing calls and carry none of the texts only the screenshots use
# (from app/screenshots/ScreenshotRenderer.cpp: the made-up citizen's name, a search that finds
# nothing). The tools program must contain all of them, which shows
# the check looks in the right places.
# Usage: test_kiosk_binary.sh KIOSK_BINARY TOOLS_BINARY
set -u
kiosk=$1; tools=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
check() { # description, condition...
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}

# Read once each: demangled symbols, the dynamic symbols imported, and the texts (8-bit, and
# UTF-16 as QStringLiteral and u"" store them).
for which in kiosk tools; do
    binary=${!which}
    nm -C "$binary" > "$tmp/$which.symbols" 2>/dev/null
    nm -D --undefined-only "$binary" > "$tmp/$which.imports" 2>/dev/null
    { strings -a "$binary"; strings -a -e l "$binary"; } > "$tmp/$which.texts"
done
has_symbol() { grep -qF -- "$2" "$tmp/$1.symbols"; }
imports() { grep -qE -- " U $2(@|$)" "$tmp/$1.imports"; }
has_text() { grep -qF -- "$2" "$tmp/$1.texts"; }

# Symbols must be there at all, or every "contains no ..." below would pass on a stripped binary.
check "the kiosk program has its symbols (bt::app::KioskWindow::KioskWindow)" has_symbol kiosk "bt::app::KioskWindow::KioskWindow("

staff_symbols=("bt::app::ScreenshotRenderer::" "bt::app::CatalogSigner::")
signing_calls=(EVP_DigestSign EVP_DigestSignInit PEM_read_bio_PrivateKey)
screenshot_texts=(Mustermann Xylophonunterricht)
for symbol in "${staff_symbols[@]}"; do
    check "the kiosk program contains no $symbol" bash -c '! grep -qF -- "$1" "$2"' _ "$symbol" "$tmp/kiosk.symbols"
    check "buergerterminal-tools contains $symbol" has_symbol tools "$symbol"
done
for call in "${signing_calls[@]}"; do
    check "the kiosk program does not call $call" bash -c '! grep -qE -- " U $1(@|\$)" "$2"' _ "$call" "$tmp/kiosk.imports"
    check "buergerterminal-tools calls $call" imports tools "$call"
done
for text in "${screenshot_texts[@]}"; do
    check "the kiosk program holds no \"$text\" (a text of the screenshots only)" \
        bash -c '! grep -qF -- "$1" "$2"' _ "$text" "$tmp/kiosk.texts"
    check "buergerterminal-tools holds \"$text\"" has_text tools "$text"
done

echo "kiosk binary: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
