#!/usr/bin/env bash
# Installs what is missing, then runs every test: native C++ (Catch2 under
# ASan/UBSan), the committed wasm against its sources, the wasm in Node, and
# the site in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== native tests (Catch2, sanitizers)"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Debug -DFOLIO_SANITIZE=ON >/dev/null
cmake --build build/native -j"$(nproc)"
ctest --test-dir build/native --output-on-failure

echo "== wasm artifacts"
bash scripts/build-wasm.sh --check

echo "== node tests (the committed wasm in Node)"
node --test tests/node/*.test.mjs

echo "== browser tests (Chromium)"
node --test --test-concurrency=1 tests/browser/*.test.mjs
