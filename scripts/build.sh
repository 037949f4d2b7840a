#!/usr/bin/env bash
# Configures and builds QueueLens into ./build (Ninja, RelWithDebInfo, unity build: a cold
# build takes about half the time; incremental builds recompile a batch of files at a time).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/compiler-cache.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=ON "${launcher[@]}"
cmake --build build --parallel
