#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole QtTest suite through CTest (offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2 --timeout 300
