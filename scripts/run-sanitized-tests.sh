#!/usr/bin/env bash
# Builds the whole QtTest suite with AddressSanitizer and UndefinedBehaviorSanitizer into
# ./build-sanitize and runs it through CTest (offscreen). Any sanitizer report fails its test:
# the build makes every report fatal and LeakSanitizer runs at exit.
# GCC or Clang on Linux or macOS; MSVC has its own /fsanitize=address, not wired up here.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
source scripts/compiler-cache.sh
# -O1 and line tables only (-g1) keep the build quick and the reports' stacks readable, as
# does the unity build; benchmarks are not run here.
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_UNITY_BUILD=ON \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DQUEUELENS_SANITIZE=address,undefined \
    -DQUEUELENS_BUILD_BENCHMARKS=OFF -DQUEUELENS_BUILD_TOOLS=OFF \
    -DQUEUELENS_TEST_TIMEOUT_SCALE=3 \
    "${launcher[@]}"
cmake --build build-sanitize --parallel

suppressions="$PWD/tests/sanitizers"
# Instrumented processes start and run slower: the tests' deadlines for child processes grow.
export QUEUELENS_TEST_TIME_SCALE=3
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$suppressions/ubsan.supp"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
cd build-sanitize
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel 2
