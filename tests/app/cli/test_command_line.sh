#!/usr/bin/env bash
# The terminal binary as staff and systemd meet it: --check-config, and a bad configuration
# at start, which must keep the program running on its "out of order" screen (no crash).
# Usage: test_command_line.sh BINARY
set -u
binary=$1
export QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
check() { # description, condition...
    local what=$1; shift
    if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAIL: $what"; fi
}

printf '[terminal]\ntown_name = Neustadt\n' > "$tmp/good.conf"
printf '[terminal]\ntown_name = Neustadt\n[session]\nidle_timeout_seconds = 3\nfoo = bar\n' > "$tmp/bad.conf"

out=$("$binary" --check-config "$tmp/good.conf"); rc=$?
check "--check-config accepts a good file" test "$rc" -eq 0
check "--check-config says OK" grep -q "good.conf: OK" <<<"$out"

out=$("$binary" --check-config "$tmp/bad.conf"); rc=$?
check "--check-config rejects a bad file with exit code 1" test "$rc" -eq 1
check "names file, line, key and problem of a bad value" \
    grep -qF "$tmp/bad.conf:4: session.idle_timeout_seconds: \"3\" is not a whole number of seconds from 20 to 1800" <<<"$out"
check "names an unknown key" grep -qF "$tmp/bad.conf:5: session.foo: unknown key" <<<"$out"

out=$("$binary" --check-config "$tmp/missing.conf"); rc=$?
check "--check-config reports an unreadable file" test "$rc" -eq 1
check "says which file cannot be read" grep -qF "$tmp/missing.conf: cannot be read" <<<"$out"

# Files that are not regular files: refused at once with a clear message, never read (/dev/zero
# read whole exhausts memory, a FIFO blocks). `timeout` only turns a hang into a failure.
mkfifo "$tmp/fifo"
for option in --check-config --check-schema --check-catalog; do
    for file in /dev/zero "$tmp/fifo"; do
        out=$(timeout 30 "$binary" "$option" "$file" 2>&1); rc=$?
        check "$option $file is refused (exit 1, got $rc)" test "$rc" -eq 1
        check "$option $file: says it is not a regular file" grep -qF "$file: is not a regular file" <<<"$out"
    done
done

# --search: the top 5 as key<TAB>name, in the configured or the asked-for language.
export XDG_CACHE_HOME="$tmp/cache"
out=$("$binary" --search "Hund anmelden" 2>/dev/null); rc=$?
check "--search exits 0" test "$rc" -eq 0
check "--search puts the dog tax registration first" \
    bash -c "head -1 <<<\"\$1\" | grep -qP '^99102013104000\tAnmeldung eines Hundes zur Hundesteuer\$'" _ "$out"
check "--search prints at most 5 lines" test "$(wc -l <<<"$out")" -le 5
out=$("$binary" --search "Knöllchen" --lang en 2>/dev/null)
check "--search --lang en prints English names" bash -c "head -1 <<<\"\$1\" | grep -qP '\tPay a (warning fine|fine)'" _ "$out"
check "the search index was built in the cache folder" test -f "$tmp/cache/buergerterminal/search-index.sqlite"

# --check-catalog: the shipped catalog is fine; a broken one names the path of the problem.
cp "$(dirname "$0")/../../../resources/catalog/catalog.json" "$tmp/catalog.json"
out=$("$binary" --check-catalog "$tmp/catalog.json"); rc=$?
check "--check-catalog accepts the shipped catalog" test "$rc" -eq 0
check "--check-catalog says what it found" grep -qE "OK, catalog version [0-9.]+, [0-9]+ services" <<<"$out"
sed 's/"trustLevel": "high"/"trustLevel": "maximal"/' "$tmp/catalog.json" > "$tmp/bad-catalog.json"
out=$("$binary" --check-catalog "$tmp/bad-catalog.json"); rc=$?
check "--check-catalog rejects a bad catalog with exit code 1" test "$rc" -eq 1
check "names the path and the problem" grep -qE 'services\[[0-9]+\]\.trustLevel: must be one of none, basic, substantial, high' <<<"$out"

# Started with a bad configuration the terminal stays up on its out-of-order screen until stopped.
# Its screen is up once the problem is logged; then it is stopped as systemd would: a clean exit
# proves it was still running, not crashed.
"$binary" --config "$tmp/bad.conf" > "$tmp/run.out" 2> "$tmp/run.err" & pid=$!
for _ in $(seq 100); do grep -q "out of order:" "$tmp/run.err" && break; sleep 0.1; done
check "logs the problem for staff" grep -qF "out of order: $tmp/bad.conf:5: session.foo: unknown key" "$tmp/run.err"
kill -TERM "$pid"; wait "$pid"; rc=$?
check "keeps running on a bad configuration until stopped (SIGTERM, exit 0, got $rc)" test "$rc" -eq 0

# /dev/zero as the configuration at a normal start: out of order with the reason, not a crash.
"$binary" --config /dev/zero > "$tmp/zero.out" 2> "$tmp/zero.err" & pid=$!
for _ in $(seq 100); do grep -q "out of order:" "$tmp/zero.err" && break; sleep 0.1; done
check "started with --config /dev/zero it is out of order and says why" \
    grep -qF "out of order: /dev/zero: is not a regular file" "$tmp/zero.err"
kill -TERM "$pid"; wait "$pid"; rc=$?
check "and stays up until stopped (exit 0, got $rc)" test "$rc" -eq 0

# SIGTERM (systemctl stop) ends it cleanly.
"$binary" > "$tmp/term.out" 2> "$tmp/term.err" & pid=$!
for _ in $(seq 50); do grep -q "ready" "$tmp/term.err" && break; sleep 0.1; done
kill -TERM "$pid"; wait "$pid"; rc=$?
check "stops cleanly on SIGTERM (exit 0)" test "$rc" -eq 0
check "logs the stop" grep -q "stopping on signal 15" "$tmp/term.err"

echo "command line: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
