#!/usr/bin/env bash
# Installs what is missing, then runs every test: native C++ (Catch2 under
# ASan/UBSan), the fuzzers briefly, the committed wasm against its sources,
# the wasm in Node, and the site in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== native tests (Catch2, sanitizers)"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Debug -DFOLIO_SANITIZE=ON >/dev/null
cmake --build build/native -j"$(nproc)"
ctest --test-dir build/native --output-on-failure

# Each libFuzzer harness briefly, after replaying every seed and every input
# that once crashed (the long runs are scripts/fuzz.sh 600).
echo "== fuzzing (libFuzzer with ASan and UBSan, ${FOLIO_CI_FUZZ_SECONDS:=10} s per harness)"
# A fixed seed: the brief run is the same every time (scripts/fuzz.sh).
FOLIO_FUZZ_SEED="${FOLIO_FUZZ_SEED:-1}" bash scripts/fuzz.sh "$FOLIO_CI_FUZZ_SECONDS"

echo "== wasm artifacts"
bash scripts/build-wasm.sh --check

echo "== node tests (the committed wasm in Node)"
node --test tests/node/*.test.mjs

echo "== browser tests (Chromium)"
node --test --test-concurrency=1 tests/browser/*.test.mjs
