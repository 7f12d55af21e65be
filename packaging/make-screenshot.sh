#!/usr/bin/env bash
# Makes the README's screenshot with Rapport itself: sample clients, then --screenshot.
#   packaging/make-screenshot.sh [BUILD_DIR] [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
output=${2:-resources/screenshots/main-window.png}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$output")"
"$build_dir/app/rapport" --database "$work/sample.sqlite" --generate-sample 60 --seed 2026 >/dev/null
HOME="$work" XDG_CONFIG_HOME="$work" QT_QPA_PLATFORM=offscreen \
    "$build_dir/app/rapport" --database "$work/sample.sqlite" --screenshot "$output"
echo "Wrote $output"
