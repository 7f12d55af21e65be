#!/usr/bin/env bash
# Rapport's quick start on Debian 12: install what is missing, build, then run or test.
#   packaging/quickstart.sh run [ARGS...]   build and start Rapport (ARGS go to rapport)
#   packaging/quickstart.sh test            build and run every test with ctest
#   packaging/quickstart.sh build           only build
# Environment: BUILD_DIR (default: build), BUILD_TYPE (default: RelWithDebInfo),
# RAPPORT_SANITIZE=ON for an AddressSanitizer + UndefinedBehaviorSanitizer build.
set -euo pipefail

cd "$(dirname "$0")/.."
mode=${1:-run}
[ $# -gt 0 ] && shift

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6svg6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n libgl-dev fonts-dejavu-core poppler-utils
          libical-dev python3-icalendar python3-vobject libsqlite3-dev libgmime-3.0-dev
          libqt6sql6-psql libpq-dev qtkeychain-qt6-dev gnome-keyring postgresql
          desktop-file-utils appstream help2man dbus
          libetpan-dev libgnutls28-dev dovecot-imapd openssl)
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

build_dir=${BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja \
    -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" \
    -DRAPPORT_SANITIZE="${RAPPORT_SANITIZE:-OFF}" \
    -DRAPPORT_WERROR=ON
cmake --build "$build_dir" --parallel "$(nproc)"

case "$mode" in
run)
    exec "$build_dir/app/rapport" "$@"
    ;;
test)
    # The storage tests also run against a throwaway PostgreSQL server that ctest starts on
    # 127.0.0.1 and removes (packaging/postgresql-test-server.sh); RAPPORT_SKIP_POSTGRESQL=1 skips it.
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$build_dir" --output-on-failure --timeout 600
    if [ -n "${RAPPORT_SKIP_POSTGRESQL:-}" ]; then
        echo "NOTE: RAPPORT_SKIP_POSTGRESQL is set: the storage tests ran on SQLite only, not on PostgreSQL."
    fi
    ;;
build)
    ;;
*)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
