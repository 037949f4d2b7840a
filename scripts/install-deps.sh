#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages QueueLens needs to build, test and take screenshots.
# Only packages that are missing are installed; uses sudo when not run as root.
set -euo pipefail

packages=(
    cmake ninja-build g++ ccache
    qt6-base-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql postgresql
    qt6-charts-dev qt6-svg-dev qt6-websockets-dev qt6-httpserver-dev
    qt6-tools-dev qt6-l10n-tools qt6-translations-l10n qtkeychain-qt6-dev
    fonts-dejavu-core fonts-wqy-microhei xvfb xauth
)
# Notes: libqt6opengl6-dev is needed by Qt6Charts and qt6-websockets-dev by Qt6HttpServer,
# but neither is declared as a hard dependency by Debian's packages.
# postgresql (the server) is only for the tests: they start throwaway clusters of their own.

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
