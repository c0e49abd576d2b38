#!/usr/bin/env bash
# Builds the core for browsers and Node: web/folio-core.mjs + web/folio-core.wasm.
#   scripts/build-wasm.sh          build and copy the artifacts into web/
#   scripts/build-wasm.sh --check  build and fail if web/ holds different ones
#
# The committed wasm must be what any clean clone builds, byte for byte, and two
# things in the toolchain get in the way (measured: two different wasm files,
# about half the links each, from the same objects):
#   - clang writes each source's absolute path into the LTO bitcode
#     (-ffile-prefix-map does not reach it), so the linker's input depends on
#     where the clone is;
#   - LLVM 14's wasm exception lowering places some try/delegate blocks in an
#     order that follows heap addresses, so it changes with address
#     randomization.
# So the sources are mirrored to one fixed path and built there, with address
# randomization off for the build where the kernel allows it.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

# emcc's JS optimizer needs Debian's acorn, which Node does not find by itself.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

# The path itself is part of the output (see above): it is fixed, not a setting.
stage=/tmp/folio-wasm
mkdir -p "$stage/src"
exec 9>"$stage.lock"
flock 9  # one build at a time uses the stage (several checkouts may share it)

# Mirrors what the wasm build reads. A file is copied only when its content
# differs, so make rebuilds exactly what changed, whichever checkout built last.
mirror_sources() {
  local file
  while IFS= read -r -d '' file; do
    if ! cmp -s "$file" "$stage/src/$file"; then
      mkdir -p "$stage/src/$(dirname "$file")"
      cp "$file" "$stage/src/$file"
    fi
  done < <(find CMakeLists.txt cmake wasm themes -type f -print0)
  (cd "$stage/src" && find . -type f -print0) | while IFS= read -r -d '' file; do
    [ -e "$repo/$file" ] || rm -f "$stage/src/$file"
  done
}

without_aslr() {
  if setarch "$(uname -m)" -R true 2>/dev/null; then
    setarch "$(uname -m)" -R "$@"
  else
    echo "build-wasm: warning: cannot turn address randomization off here;" \
      "the wasm may differ from a clean clone's build in a few try/delegate blocks" >&2
    "$@"
  fi
}

mirror_sources
build="$stage/build"
emcmake cmake -S "$stage/src" -B "$build" -DCMAKE_BUILD_TYPE=Release \
  -DFOLIO_DEPS_DIR="$repo/.deps" >/dev/null
without_aslr cmake --build "$build" -j"$(nproc)"

artifacts=(folio-core.mjs folio-core.wasm)
if [ "${1:-}" = "--check" ]; then
  for file in "${artifacts[@]}"; do
    if ! cmp -s "$build/$file" "web/$file"; then
      echo "web/$file differs from what the sources build: run scripts/build-wasm.sh and commit it" >&2
      exit 1
    fi
  done
  echo "web/ artifacts match the sources"
else
  for file in "${artifacts[@]}"; do cp "$build/$file" "web/$file"; done
  wc -c "${artifacts[@]/#/web/}"
fi
