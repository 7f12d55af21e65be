#!/usr/bin/env bash
# Makes the pictures of Rapport that the README shows and that a release is checked against,
# the way a person sees them: the real program in an X server (Xvfb), keys pressed with xdotool,
# the screen grabbed with ImageMagick. Sample clients come from --generate-sample.
#   packaging/make-screenshots.sh [BUILD_DIR] [OUTPUT_DIR]
# Writes into OUTPUT_DIR (default resources/screenshots):
#   main-window.png (1280x800, light; the README's picture), main-window-1920.png,
#   main-window-dark.png, main-window-de.png, dashboard.png, import-wizard.png, report-page1.png
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
out=${2:-resources/screenshots}
rapport="$PWD/$build_dir/app/rapport"
[ -x "$rapport" ] || { echo "no $rapport: build first (packaging/quickstart.sh build)" >&2; exit 1; }

packages=(xvfb xdotool imagemagick poppler-utils libqt6svg6 fonts-dejavu-core)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$out"
"$rapport" --database "$work/sample.sqlite" --generate-sample 60 --seed 2026 >/dev/null
# A CSV to import, in Google Contacts' shape, one row of it bad.
cat > "$work/contacts.csv" <<'CSV'
Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name
Lena Fischer,Lena,Fischer,lena@fischer-design.example,+49 30 1234567,Fischer Design
Tomás Ortega,Tomás,Ortega,tomas@ortega.example,+34 600 123 456,Ortega Catering
Mei Lin,Mei,Lin,mei.lin@example.org,,Lin Tea House
,,,,,
Oskar Berg,Oskar,Berg,oskar@berg-bikes.example,+46 8 555 0100,Berg Bikes
CSV

# Starts an X server of WIDTHxHEIGHT and Rapport on it with the given settings and arguments,
# and waits until its window is there.
start() {
    local size=$1 appearance=$2
    shift 2
    local display=:$((90 + RANDOM % 100))
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    export DISPLAY=$display
    for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
    rm -rf "$work/home"
    mkdir -p "$work/home/Rapport"
    printf '[view]\nappearance=%s\n' "$appearance" > "$work/home/Rapport/Rapport.conf"
    cp "$work/sample.sqlite" "$work/open.sqlite"
    HOME="$work/home" XDG_CONFIG_HOME="$work/home" QT_QPA_PLATFORM=xcb \
        "$rapport" --database "$work/open.sqlite" "$@" >/dev/null 2>&1 &
    app_pid=$!
    window=$(timeout 30 xdotool search --sync --onlyvisible --name 'Rapport' | head -n 1)
    # There is no window manager: the window is placed and sized as a maximised one would be,
    # and given the keyboard.
    xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
    sleep 3
    xdotool windowfocus --sync "$window"
}
stop() {
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    app_pid=""
    xvfb_pid=""
}
window=""
shot() { import -window root "$1"; echo "Wrote $1"; }
# Presses keys in the window that has the keyboard (a dialog once one is open).
keys() {
    local focused
    focused=$(xdotool getwindowfocus)
    xdotool windowfocus --sync "$focused" key --delay 50 "$@"
}
# The window whose title contains $1, grabbed alone.
window_shot() {
    local id
    id=$(timeout 30 xdotool search --sync --onlyvisible --name "$1" | tail -n 1)
    import -window "$id" "$2"
    echo "Wrote $2"
}

start 1280x800 light
shot "$out/main-window.png"
keys ctrl+d
sleep 2
window_shot 'Dashboard' "$out/dashboard.png"
keys Escape
xdotool windowfocus --sync "$window"
sleep 1
keys ctrl+i
sleep 2
xdotool type --delay 20 "$work/contacts.csv"
keys Return
sleep 2
keys Return
sleep 1
keys Return
sleep 1
window_shot 'Import' "$out/import-wizard.png"
stop

start 1920x1080 light
shot "$out/main-window-1920.png"
stop

start 1280x800 dark
shot "$out/main-window-dark.png"
stop

start 1280x800 light --lang de
shot "$out/main-window-de.png"
stop

QT_QPA_PLATFORM=offscreen "$rapport" --database "$work/sample.sqlite" --report "$work/report.pdf" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/report.pdf" "$out/report-page1"
echo "Wrote $out/report-page1.png"
