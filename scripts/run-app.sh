#!/usr/bin/env bash
# Installs what is missing, builds, and starts QueueLens on the built-in sandbox provider.
# Extra arguments are passed to the app (for example: --lang zh_CN).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
exec build/app/queuelens --sandbox "$@"
