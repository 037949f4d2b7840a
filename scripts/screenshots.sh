#!/usr/bin/env bash
# Remakes the README's pictures in docs/screenshots (or the folder given): the main window with
# live sandbox tasks (tools/screenshots), then the dialogs that their own tests can save when
# QUEUELENS_SCREENSHOT_DIR is set. Runs under Xvfb when it is installed, else offscreen.
# Not run by CI: pictures are looked at by a person before they are committed.
set -euo pipefail
cd "$(dirname "$0")/.."
folder="$(realpath -m "${1:-docs/screenshots}")"
scripts/build.sh
mkdir -p "$folder"

run() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s '-screen 0 1400x900x24' "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}

run build/tools/screenshots/queuelens-screenshots "$folder"
for test in tst_settingsdialog tst_submitpanel tst_chartswidget tst_sharedhistorypage; do
    QUEUELENS_SCREENSHOT_DIR="$folder" LC_ALL=C.UTF-8 run "build/tests/ui/$test" >/dev/null
done
echo "Pictures written to $folder"
