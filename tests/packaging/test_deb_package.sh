#!/usr/bin/env bash
# Builds the Debian package of Bürgerterminal with CPack into a temporary directory and
# checks what IT staff will install: control fields, dependencies, files, conffiles,
# maintainer scripts, the systemd unit, and that apt can resolve it.
#
#   usage: test_deb_package.sh BUILD_DIR SOURCE_DIR
#
# Needs: cpack, dpkg-deb, dpkg-shlibdeps (dpkg-dev), apt-get, readelf (binutils).
# Prints one line per check and ends with "packaging: N passed, N failed[, N skipped]";
# exits 1 if any check failed. Leaves nothing behind in the build or source tree.
set -uo pipefail

if [[ $# -ne 2 ]]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR" >&2
    exit 2
fi
build_dir=$(cd "$1" && pwd) || exit 2
source_dir=$(cd "$2" && pwd) || exit 2

pkg=buergerterminal
passed=0
failed=0
skipped=0

pass() { echo "PASS: $1"; passed=$((passed + 1)); }
# fail WHAT EXPECTED FOUND
fail() {
    echo "FAIL: $1"
    echo "      expected: $2"
    echo "      found:    $3"
    failed=$((failed + 1))
}
skip() { echo "SKIP: $1"; skipped=$((skipped + 1)); }
summary_and_exit() {
    if [[ $skipped -gt 0 ]]; then
        echo "packaging: $passed passed, $failed failed, $skipped skipped"
    else
        echo "packaging: $passed passed, $failed failed"
    fi
    [[ $failed -eq 0 ]] && exit 0
    exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/bt-deb-test.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT

# What the source tree looked like before, to show cpack adds nothing to it.
git_snapshot() {
    git -C "$source_dir" status --porcelain --untracked-files=all 2>/dev/null | sort
}
have_git=0
if git -C "$source_dir" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    have_git=1
    git_snapshot >"$tmp/source-before"
fi

# --- build the package ----------------------------------------------------------------
if [[ ! -f "$build_dir/CPackConfig.cmake" ]]; then
    fail "CPack configuration present" "$build_dir/CPackConfig.cmake (include(CPack) in packaging/)" "no such file"
    summary_and_exit
fi
if ! (cd "$build_dir" && cpack --config CPackConfig.cmake -G DEB -B "$tmp/out") >"$tmp/cpack.log" 2>&1; then
    cat "$tmp/cpack.log"
    fail "cpack -G DEB builds the package" "exit status 0" "cpack failed (log above)"
    summary_and_exit
fi
mapfile -t debs < <(find "$tmp/out" -maxdepth 1 -name '*.deb' | sort)
arch=$(dpkg --print-architecture)
version=$(sed -n '/project(/,/)/p' "$source_dir/CMakeLists.txt" | grep -oE 'VERSION[[:space:]]+[0-9]+(\.[0-9]+)*' | head -n 1 | awk '{print $2}')
expected_deb="${pkg}_${version}_${arch}.deb"
if [[ ${#debs[@]} -eq 1 && $(basename "${debs[0]}") == "$expected_deb" ]]; then
    pass "cpack -G DEB built $expected_deb"
else
    fail "cpack -G DEB builds one package" "$expected_deb" "${debs[*]:-no .deb in $tmp/out}"
    summary_and_exit
fi
deb=${debs[0]}

if [[ $have_git -eq 1 ]]; then
    git_snapshot >"$tmp/source-after"
    if cmp -s "$tmp/source-before" "$tmp/source-after"; then
        pass "cpack left the source tree as it was"
    else
        fail "cpack leaves the source tree as it was" "no change in 'git status'" \
            "$(diff "$tmp/source-before" "$tmp/source-after" | grep '^[<>]' | tr '\n' ' ')"
    fi
fi

# --- control fields -------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
check_field() {
    local name=$1 want=$2 got
    got=$(field "$name")
    if [[ $got == "$want" ]]; then pass "$name: $got"; else fail "$name" "$want" "$got"; fi
}
check_field Package "$pkg"
check_field Version "$version"
check_field Architecture "$arch"

maintainer=$(field Maintainer)
if [[ $maintainer =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]]; then
    pass "Maintainer: $maintainer"
else
    fail "Maintainer" "Name <mail>" "$maintainer"
fi

# Depends as bare package names: "a (>= 1), b | c" -> a b c
depends=$(field Depends)
mapfile -t dep_names < <(sed -E 's/[,|]/\n/g' <<<"$depends" | sed -E 's/\([^)]*\)//; s/:any//; s/^[[:space:]]+//; s/[[:space:]]+$//' | grep -v '^$')
has_dep() {
    local d
    for d in "${dep_names[@]}"; do [[ $d == "$1" ]] && return 0; done
    return 1
}

# --- files ----------------------------------------------------------------------------
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's#/$##' >"$tmp/files"
mkdir -p "$tmp/root" "$tmp/control"
dpkg-deb --extract "$deb" "$tmp/root"
dpkg-deb --control "$deb" "$tmp/control"

check_file() {
    if grep -qxF "$1" "$tmp/files"; then pass "ships $1"; else fail "ships $1" "$1 in the file list" "not there"; fi
}
check_file ./usr/bin/buergerterminal
check_file ./usr/bin/buergerterminal-tools
check_file ./etc/buergerterminal/terminal.conf
check_file ./lib/systemd/system/buergerterminal.service
check_file ./usr/share/icons/hicolor/scalable/apps/buergerterminal.svg
check_file ./usr/share/wayland-sessions/buergerterminal-kiosk.desktop
check_file ./usr/share/applications/buergerterminal.desktop
check_file ./usr/share/doc/buergerterminal/README.Debian
check_file ./usr/share/doc/buergerterminal/copyright
check_file ./usr/share/doc/buergerterminal/changelog.gz

stray=$(grep -E '^\./usr/local|_CPack_Packages|^\./(home|root|tmp|build)(/|$)' "$tmp/files" | tr '\n' ' ')
if [[ -z $stray ]]; then
    pass "no file outside the Debian layout (/usr/local, staging or build paths)"
else
    fail "no file outside the Debian layout" "files under /usr, /etc, /lib only" "$stray"
fi

# --- dependencies ---------------------------------------------------------------------
# Every Qt library the binaries link must have come in through dpkg-shlibdeps.
for bin in "$tmp/root/usr/bin/buergerterminal" "$tmp/root/usr/bin/buergerterminal-tools"; do
    name=$(basename "$bin")
    if [[ -f $bin ]]; then
        mapfile -t qt_needed < <(readelf -d "$bin" 2>/dev/null | sed -nE 's/.*\(NEEDED\).*\[(libQt6[^]]+)\].*/\1/p')
        missing=()
        qt_pkgs=()
        for lib in "${qt_needed[@]}"; do
            owner=$(dpkg-query -S "*/$lib" 2>/dev/null | head -n 1 | cut -d: -f1)
            if [[ -z $owner ]]; then
                missing+=("$lib(no package owns it)")
            elif has_dep "$owner"; then
                qt_pkgs+=("$owner")
            else
                missing+=("$owner")
            fi
        done
        if [[ ${#qt_needed[@]} -eq 0 ]]; then
            fail "Depends has the Qt libraries of $name found by shlibdeps" "binary links libQt6*.so" "no libQt6 in NEEDED of usr/bin/$name"
        elif [[ ${#missing[@]} -eq 0 ]] && has_dep libc6; then
            pass "Depends has the Qt libraries of $name found by shlibdeps: ${qt_pkgs[*]}"
        else
            fail "Depends has the Qt libraries of $name found by shlibdeps" \
                "packages of ${qt_needed[*]} and libc6" "missing: ${missing[*]:-} in Depends: $depends"
        fi
    else
        fail "Depends has the Qt libraries of $name found by shlibdeps" "usr/bin/$name in the package" "no binary"
    fi
done

hand_missing=()
for d in cage libqt6svg6 libqt6sql6-sqlite libqt6webenginecore6-bin qt6-wayland fonts-dejavu-core; do
    has_dep "$d" || hand_missing+=("$d")
done
if [[ ${#hand_missing[@]} -eq 0 ]]; then
    pass "Depends has the hand list: cage libqt6svg6 libqt6sql6-sqlite libqt6webenginecore6-bin qt6-wayland fonts-dejavu-core"
else
    fail "Depends has the hand list" "cage, libqt6svg6, libqt6sql6-sqlite, libqt6webenginecore6-bin, qt6-wayland, fonts-dejavu-core" \
        "missing ${hand_missing[*]} in Depends: $depends"
fi

# --- conffiles and shipped data -------------------------------------------------------
conffiles=$(cat "$tmp/control/conffiles" 2>/dev/null)
if grep -qxF /etc/buergerterminal/terminal.conf <<<"$conffiles"; then
    pass "conffiles lists /etc/buergerterminal/terminal.conf"
else
    fail "conffiles lists /etc/buergerterminal/terminal.conf" "/etc/buergerterminal/terminal.conf" "${conffiles:-no conffiles}"
fi
# Every conffile must be in the package, or dpkg refuses to install it.
bad_conf=""
while read -r c; do
    [[ -z $c ]] && continue
    [[ -f "$tmp/root$c" ]] || bad_conf+="$c "
done <<<"$conffiles"
if [[ -z $bad_conf ]]; then
    pass "every conffile is a file of the package"
else
    fail "every conffile is a file of the package" "files in the data archive" "missing: $bad_conf"
fi

check_same() {
    local shipped=$1 source=$2
    if cmp -s "$tmp/root/$shipped" "$source_dir/$source"; then
        pass "$shipped equals $source byte for byte"
    else
        fail "$shipped equals $source" "same bytes as $source_dir/$source" \
            "$(cmp "$tmp/root/$shipped" "$source_dir/$source" 2>&1 | head -n 1)"
    fi
}
check_same etc/buergerterminal/terminal.conf resources/config/terminal.conf

# The packaged program accepts the packaged configuration.
if [[ -x "$tmp/root/usr/bin/buergerterminal" ]]; then
    mkdir -m 0700 "$tmp/xdg-runtime"
    if out=$(cd "$tmp" && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$tmp/xdg-runtime" timeout 60 \
        "$tmp/root/usr/bin/buergerterminal" --check-config "$tmp/root/etc/buergerterminal/terminal.conf" 2>&1); then
        pass "buergerterminal --check-config accepts the shipped terminal.conf"
    else
        fail "buergerterminal --check-config on the shipped terminal.conf" "exit status 0" "$out"
    fi
fi
# The staff tools are there and run; the kiosk program sends staff to them.
if [[ -x "$tmp/root/usr/bin/buergerterminal-tools" ]]; then
    if out=$(cd "$tmp" && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$tmp/xdg-runtime" timeout 60 \
        "$tmp/root/usr/bin/buergerterminal-tools" --help 2>&1) &&
        grep -q -- "--screenshot <dir>" <<<"$out" && grep -q -- "--sign-catalog <file>" <<<"$out"; then
        pass "buergerterminal-tools --help offers --screenshot and --sign-catalog"
    else
        fail "buergerterminal-tools --help" "exit status 0, --screenshot and --sign-catalog listed" "$out"
    fi
fi
if [[ -x "$tmp/root/usr/bin/buergerterminal" ]]; then
    out=$(cd "$tmp" && QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$tmp/xdg-runtime" timeout 60 \
        "$tmp/root/usr/bin/buergerterminal" --screenshot "$tmp/shots" 2>&1)
    rc=$?
    if [[ $rc -eq 2 && $out == *"buergerterminal-tools --screenshot"* && ! -e "$tmp/shots" ]]; then
        pass "buergerterminal --screenshot is refused (exit 2) and names buergerterminal-tools"
    else
        fail "buergerterminal --screenshot is refused" "exit status 2, buergerterminal-tools named, nothing written" \
            "exit status $rc: $out"
    fi
fi
# What ships, stripped: the kiosk program imports no signing call and holds no text of the
# screenshots' made-up citizen (the build tree's binaries: tests/app/cli/test_kiosk_binary.sh).
if [[ -f "$tmp/root/usr/bin/buergerterminal" ]]; then
    staff=$( {
        nm -D --undefined-only "$tmp/root/usr/bin/buergerterminal" | grep -oE ' U (EVP_DigestSign|PEM_read_bio_PrivateKey)\b'
        { strings -a "$tmp/root/usr/bin/buergerterminal"; strings -a -e l "$tmp/root/usr/bin/buergerterminal"; } |
            grep -oE 'Mustermann|Xylophonunterricht'
    } | sort -u | tr '\n' ' ')
    if [[ -z $staff ]]; then
        pass "the packaged kiosk program contains no signing call and no screenshot citizen"
    else
        fail "the packaged kiosk program contains no staff tool" "no EVP_DigestSign, PEM_read_bio_PrivateKey, Mustermann" "$staff"
    fi
fi
check_same usr/share/icons/hicolor/scalable/apps/buergerterminal.svg resources/icons/app-icon.svg

# --- maintainer scripts ---------------------------------------------------------------
for s in postinst prerm postrm; do
    f="$tmp/control/$s"
    if [[ ! -f $f ]]; then
        fail "$s" "control file $s" "missing"
    elif [[ ! -x $f ]]; then
        fail "$s is executable" "mode 0755" "$(stat -c %a "$f")"
    elif ! err=$(bash -n "$f" 2>&1); then
        fail "$s passes bash -n" "no syntax error" "$err"
    elif ! grep -q '^set -e' "$f"; then
        fail "$s uses set -e" "a 'set -e' line" "none"
    else
        pass "$s exists, is executable, passes bash -n, uses set -e"
    fi
done
# Staff enable the kiosk; installing the package must not.
enables=$(grep -hvE '^[[:space:]]*#' "$tmp/control/postinst" "$tmp/control/prerm" "$tmp/control/postrm" 2>/dev/null |
    grep -E '(^|[[:space:]])(systemctl|deb-systemd-invoke|deb-systemd-helper)([[:space:]]+-[-a-z=]+)*[[:space:]]+(enable|start|reenable)([[:space:]]|$)')
wants=$(grep -E '\.wants/' "$tmp/files")
if [[ -z $enables && -z $wants ]]; then
    pass "the package neither enables nor starts the service"
else
    fail "the package neither enables nor starts the service" "no enable/start, no .wants link" "$enables $wants"
fi

# --- systemd unit ---------------------------------------------------------------------
unit="$tmp/root/lib/systemd/system/buergerterminal.service"
if [[ -f $unit ]]; then
    exec_start=$(grep -E '^ExecStart=' "$unit")
    if [[ $(grep -cE '^ExecStart=' "$unit") -eq 1 && $exec_start =~ [[:space:]]/usr/bin/cage[[:space:]].*--[[:space:]]+/usr/bin/buergerterminal[[:space:]]+--kiosk$ ]]; then
        pass "unit runs cage ... -- /usr/bin/buergerterminal --kiosk"
    else
        fail "unit ExecStart" "one ExecStart=... /usr/bin/cage ... -- /usr/bin/buergerterminal --kiosk" "${exec_start:-no ExecStart}"
    fi
    unit_missing=()
    for line in User=buergerterminal PAMName=login TTYPath=/dev/tty1 Conflicts=getty@tty1.service \
        Restart=always StandardOutput=journal ProtectSystem=strict ReadWritePaths=/var/lib/buergerterminal; do
        grep -qxF "$line" "$unit" || unit_missing+=("$line")
    done
    if [[ ${#unit_missing[@]} -eq 0 ]]; then
        pass "unit runs as buergerterminal on tty1 with PAM, restart, journal and ProtectSystem=strict"
    else
        fail "unit settings" "lines ${unit_missing[*]}" "not in $unit"
    fi
    if command -v systemd-analyze >/dev/null; then
        if out=$(systemd-analyze verify "$unit" 2>&1) && [[ -z $out ]]; then
            pass "systemd-analyze verify: no error, no warning"
        else
            fail "systemd-analyze verify" "no output" "$out"
        fi
    else
        skip "systemd-analyze verify (systemd-analyze not installed)"
    fi
else
    fail "systemd unit" "lib/systemd/system/buergerterminal.service" "missing"
fi

# --- apt can install it ---------------------------------------------------------------
if ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null; then
    echo "no apt package lists: apt-get update"
    apt-get update -qq >"$tmp/apt-update.log" 2>&1 || cat "$tmp/apt-update.log"
fi
if apt-get install --simulate --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 &&
    grep -qE "^Inst $pkg |^$pkg is already the newest version" "$tmp/apt.log"; then
    pass "apt-get install --simulate resolves all Depends"
else
    fail "apt-get install --simulate $deb" "exit 0 and 'Inst $pkg'" "$(tail -n 15 "$tmp/apt.log")"
fi

summary_and_exit
