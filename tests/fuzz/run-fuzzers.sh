#!/usr/bin/env bash
# Fuzz the CSV and vCard readers, the text decoding, the command line's date parsing and the email
# header reader with libFuzzer.
#   tests/fuzz/run-fuzzers.sh MINUTES [csv|vcard|textencoding|isodate|mailheaders ...]    (default: all five, one after another)
# Builds with clang, AddressSanitizer and UndefinedBehaviorSanitizer into build-fuzz/ (BUILD_DIR to
# change it), installing clang and its fuzzer runtime when they are missing. Each fuzzer runs for
# MINUTES on build-fuzz/fuzz-corpus/<target>, a copy of tests/fuzz/corpus/<target> that keeps what
# earlier runs found. It goes on after a crash or a hang and saves every one in
# build-fuzz/fuzz-artifacts/; copy each into tests/fuzz/regressions/<target>/ so that ctest
# replays it from then on. Bugs already reported and listed in fuzzchecks.cpp are looked past
# (RAPPORT_FUZZ_IGNORE_OPEN=0 to find them again). Exits non-zero when anything was found.
set -euo pipefail

cd "$(dirname "$0")/../.."
usage="usage: $0 MINUTES [csv|vcard|textencoding|isodate|mailheaders ...]"
minutes=${1:?$usage}
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -gt 0 ] || { echo "$usage" >&2; exit 2; }
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv vcard textencoding isodate mailheaders)

packages=(clang libclang-rt-14-dev cmake ninja-build qt6-base-dev libqt6sql6-sqlite)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing missing Debian packages: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

build_dir=${BUILD_DIR:-build-fuzz}
CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRAPPORT_FUZZ=ON -DBUILD_TESTING=ON
cmake --build "$build_dir" --parallel "${JOBS:-2}" --target "${targets[@]/#/fuzz_}"

artifacts="$PWD/$build_dir/fuzz-artifacts"
mkdir -p "$artifacts" "$build_dir/fuzz-logs"
found=0
for target in "${targets[@]}"; do
    corpus="$build_dir/fuzz-corpus/$target"
    mkdir -p "$corpus"
    cp -n tests/fuzz/corpus/"$target"/* "$corpus"/
    log="$build_dir/fuzz-logs/$target.log"
    : >"$log"
    before=$(find "$artifacts" -name "$target-*" | wc -l)
    echo "Fuzzing $target for $minutes minute(s); log in $log"
    # libFuzzer stops at its first finding: start it again on the grown corpus until the time is
    # up. -timeout: an input that takes 10 s is a hang.
    end=$((SECONDS + minutes * 60))
    runs=0
    while [ $SECONDS -lt $end ]; do
        status=0
        LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC RAPPORT_FUZZ_IGNORE_OPEN=${RAPPORT_FUZZ_IGNORE_OPEN:-1} \
            "$build_dir/tests/fuzz/fuzz_$target" -max_total_time=$((end - SECONDS)) -timeout=10 \
            -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/$target-" "$corpus" \
            >"$log.part" 2>&1 || status=$?
        cat "$log.part" >>"$log"
        last=$( (grep -oE '^#[0-9]+' "$log.part" || true) | tail -n 1 | tr -d '#')
        runs=$((runs + ${last:-0}))
        [ "$status" -ne 0 ] || break
        if ! grep -q 'Test unit written to' "$log.part"; then
            echo "  fuzz_$target failed without a finding; see $log" >&2
            exit 1
        fi
        # An input of the corpus itself fails: starting again would only fail again.
        if ! grep -q 'INITED' "$log.part"; then
            echo "  an input of $corpus fails; the fuzzer cannot start on it (see $log)"
            break
        fi
    done
    rm -f "$log.part"
    after=$(find "$artifacts" -name "$target-*" | wc -l)
    inputs=$(find "$corpus" -type f | wc -l)
    echo "  $target: $runs runs, corpus of $inputs inputs, $((after - before)) new crash/hang input(s)"
    [ "$after" -eq "$before" ] || found=1
done

if [ "$found" -ne 0 ]; then
    echo "Found inputs that crash, hang or break a check (see the logs):"
    ls -1 "$artifacts"
    exit 1
fi
echo "No crash, hang or broken check found."
