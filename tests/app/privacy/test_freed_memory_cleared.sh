#!/usr/bin/env bash
# The kiosk program, and the journey player that tst_MemoryAfterWipe scans in its place, define
# free() and realloc() themselves (app/platform/unix/ZeroingFree.cpp): exported from the executable,
# so that the dynamic linker binds every library's calls to them. Without that export the memory test
# would prove nothing about the kiosk program. buergerterminal-tools does not link it, which shows
# the check tells the two apart.
# Usage: test_freed_memory_cleared.sh KIOSK_BINARY PLAYER_BINARY TOOLS_BINARY
set -u
kiosk=$1; player=$2; tools=$3
passed=0; failed=0
check() { # description, condition...
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}
defines() { nm -D --defined-only "$1" 2>/dev/null | grep -qE " T $2\$"; }

for function in free realloc; do
    check "the kiosk program exports its own $function()" defines "$kiosk" "$function"
    check "the journey player exports its own $function()" defines "$player" "$function"
    check "buergerterminal-tools uses glibc's $function()" bash -c '! nm -D --defined-only "$1" 2>/dev/null | grep -qE " T $2\$"' _ "$tools" "$function"
done

echo "freed memory cleared: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
