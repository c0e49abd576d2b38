#!/usr/bin/env bash
# Builds the core for browsers and Node: web/folio-core.mjs + web/folio-core.wasm.
#   scripts/build-wasm.sh          build and copy the artifacts into web/
#   scripts/build-wasm.sh --check  build and fail if web/ holds different ones
set -euo pipefail
cd "$(dirname "$0")/.."

# emcc's JS optimizer needs Debian's acorn, which Node does not find by itself.
export NODE_PATH="/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}"

build="${FOLIO_WASM_BUILD_DIR:-build/wasm}"
emcmake cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j"$(nproc)"

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
