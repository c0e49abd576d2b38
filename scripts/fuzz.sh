#!/usr/bin/env bash
# Runs every libFuzzer harness of tests/fuzz/ for a bounded time, under ASan
# and UBSan, starting from seeds made from the test fixtures and from the
# regression inputs (tests/fuzz/regressions/<harness>/).
#   scripts/fuzz.sh [SECONDS] [HARNESS...]   default: 60 seconds each, all harnesses
# Environment: FOLIO_FUZZ_BUILD_DIR (default build/fuzz), FOLIO_FUZZ_JOBS
# (parallel fuzzer processes per harness, default 1), FOLIO_FUZZ_SEED (a fixed
# libFuzzer -seed: scripts/test.sh sets one, so the brief run in CI explores
# the same inputs every time and a red CI can be replayed; the long runs that
# hunt for bugs leave it unset and start from a random seed).
# A crash leaves its input in $build/findings/<harness>/ and fails the script:
# fix it, then copy the input to tests/fuzz/regressions/<harness>/ so the
# native tests replay it for good.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(front_matter yaml_model simple_yaml bibtex latex names sanitizer site_session liquid)
build="${FOLIO_FUZZ_BUILD_DIR:-build/fuzz}"
jobs="${FOLIO_FUZZ_JOBS:-1}"

declare -A dictionary=(
  [front_matter]=site [yaml_model]=yaml [simple_yaml]=yaml [bibtex]=bibtex [latex]=bibtex [names]=bibtex
  [sanitizer]=html [site_session]=site [liquid]=liquid
)

# Debian's clang-14 (scripts/setup.sh installs it); any clang with libFuzzer will do.
clang_suffix=$(command -v clang++-14 >/dev/null && echo -14 || true)
CC="clang$clang_suffix" CXX="clang++$clang_suffix" \
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DFOLIO_FUZZ=ON >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${harnesses[@]/#/fuzz_}"
node tests/fuzz/make-seeds.mjs "$build/seeds" >/dev/null

# -jobs sends each job's output to fuzz-N.log in the current folder: only when asked.
parallel=()
[ "$jobs" -gt 1 ] && parallel=(-jobs="$jobs" -workers="$jobs")
[ -n "${FOLIO_FUZZ_SEED:-}" ] && parallel+=(-seed="$FOLIO_FUZZ_SEED")

failed=()
for name in "${harnesses[@]}"; do
  corpus="$build/corpus/$name" findings="$build/findings/$name"
  mkdir -p "$corpus" "$findings" "tests/fuzz/regressions/$name"
  echo "== fuzz_$name: ${seconds}s"
  # New inputs go to the first folder (the working corpus, kept between runs);
  # the seeds and every regression input are run first.
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$build/tests/fuzz/fuzz_$name" "$corpus" "$build/seeds/$name" "tests/fuzz/regressions/$name" \
       -dict="tests/fuzz/dicts/${dictionary[$name]}.dict" -max_total_time="$seconds" \
       -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" "${parallel[@]}" \
       >"$build/fuzz_$name.log" 2>&1; then
    grep -E "^stat::number_of_executed_units|^Done [0-9]+ runs" "$build/fuzz_$name.log" | tail -n 2 || true
  else
    echo "fuzz_$name found a problem; input in $findings/, log in $build/fuzz_$name.log" >&2
    grep -E "ERROR|SUMMARY|fuzz check failed|deadly signal|Test unit written" "$build/fuzz_$name.log" | head -n 8 >&2 || true
    failed+=("$name")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing failed: ${failed[*]}" >&2
  exit 1
fi
echo "fuzzing clean: ${harnesses[*]} (${seconds}s each)"
