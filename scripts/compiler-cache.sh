# Sourced by the build scripts: sets `launcher` to the CMake arguments that put ccache in front
# of the compiler when it is installed (empty otherwise). Paths are hashed relative to the
# checkout, so clones in other folders (CI's fresh clone, a second worktree) share the cache.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR=true
fi
