#!/usr/bin/env bash
# Builds and runs QueueLens's libFuzzer targets (tests/fuzz/fuzz_*.cpp).
#
#   scripts/fuzz.sh all 20                 every target for 20 seconds each, one after another
#   scripts/fuzz.sh fuzz_retryafter 600    one target for ten minutes
#   FUZZ_ARGS="-runs=10000000" scripts/fuzz.sh fuzz_envelope_vidu 0    a fixed number of runs
#
# Linux only (Debian/Ubuntu packages, libFuzzer from clang's runtime). Installs clang and the
# matching libclang-rt-N-dev when they are missing (sudo when not root), builds with ASan, UBSan
# and coverage into build-fuzz/ (ccache when present), and runs each target with libFuzzer's own
# output. The committed seeds (tests/fuzz/corpus/<target>/) are copied into a scratch corpus
# under build-fuzz/corpus-work/ first, so new inputs never land in the repository. Crash, leak
# and timeout inputs go to build-fuzz/artifacts/. Exits non-zero if any target failed.
# A seconds value of 0 means "no time limit" (use FUZZ_ARGS to bound the run instead).
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 <target|all> <seconds>" >&2
    exit 2
fi
which_targets=$1
seconds=$2
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
artifacts="$build/artifacts"
work="$build/corpus-work"

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi

# Qt and the rest of the build dependencies, as for a normal build.
"$root/scripts/install-deps.sh"

# clang and its libFuzzer runtime (Debian ships libFuzzer in libclang-rt-<major>-dev).
if ! command -v clang++ >/dev/null 2>&1; then
    echo "Installing: clang"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends clang
fi
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' >"$probe/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe/probe.cpp" -o "$probe/probe" >/dev/null 2>&1; then
    major=$(clang++ -dumpversion | cut -d. -f1)
    echo "Installing: libclang-rt-$major-dev (libFuzzer for clang $major)"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "libclang-rt-$major-dev"
fi

# The targets: every tests/fuzz/fuzz_*.cpp.
known=()
for source in "$root"/tests/fuzz/fuzz_*.cpp; do
    name=$(basename "$source")
    known+=("${name%.cpp}")
done
if [ "$which_targets" = all ]; then
    targets=("${known[@]}")
elif printf '%s\n' "${known[@]}" | grep -qx "$which_targets"; then
    targets=("$which_targets")
else
    echo "unknown target '$which_targets'; known: all ${known[*]}" >&2
    exit 2
fi

export CCACHE_BASEDIR="$root"
source "$root/scripts/compiler-cache.sh"
if [ ! -f "$build/CMakeCache.txt" ]; then
    CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DQUEUELENS_BUILD_FUZZERS=ON -DQUEUELENS_BUILD_BENCHMARKS=OFF "${launcher[@]}"
fi
cmake --build "$build" --target "${targets[@]}"

mkdir -p "$artifacts" "$work"
# Qt must never look for a display; UBSan reports must stop the run (libFuzzer sees a crash).
export QT_QPA_PLATFORM=offscreen
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"

failed=()
for target in "${targets[@]}"; do
    corpus="$work/$target"
    mkdir -p "$corpus"
    if [ -d "$root/tests/fuzz/corpus/$target" ]; then
        cp -n "$root/tests/fuzz/corpus/$target"/* "$corpus"/ 2>/dev/null || true
    fi
    options=(-artifact_prefix="$artifacts/$target-" -print_final_stats=1 -timeout=30)
    if [ "$seconds" != 0 ]; then
        options+=(-max_total_time="$seconds")
    fi
    if [ -f "$root/tests/fuzz/$target.dict" ]; then
        options+=(-dict="$root/tests/fuzz/$target.dict")
    fi
    echo "=== $target (${seconds}s) ==="
    # shellcheck disable=SC2086  # FUZZ_ARGS is a list of libFuzzer flags
    if ! "$build/tests/fuzz/$target" "${options[@]}" ${FUZZ_ARGS:-} "$corpus"; then
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -ne 0 ]; then
    echo "FAILED: ${failed[*]} (inputs in $artifacts)" >&2
    exit 1
fi
echo "All ${#targets[@]} target(s) ran clean."
