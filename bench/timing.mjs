// Medians over repeated runs, the same way for every tool (and as
// bench/native_bench.cpp does): warm-up calls until warmupRuns were made and
// warmupMs have passed, so JIT and wasm tier-up are done (first-load costs are
// the start-up table's), then samples until at least minRuns were taken and
// minMs have passed (slow tools stop after maxMs with at least 3 samples).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

// Wall time by default; FOLIO_BENCH_CLOCK=cpu times the process's CPU time
// instead, which a busy machine disturbs less (it includes V8's background
// compilation and GC, which are part of the cost too).
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
export const clockName = process.env.FOLIO_BENCH_CLOCK === 'cpu' ? 'cpu' : 'wall';
const now = clockName === 'cpu' ? cpuNow : () => performance.now();

export const DEFAULT_SETTINGS = { warmupRuns: 5, warmupMs: 1000, minRuns: 10, minMs: 500, maxMs: 15000 };
export const QUICK_SETTINGS = { warmupRuns: 3, warmupMs: 300, minRuns: 3, minMs: 100, maxMs: 3000 };

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

// Times run() (synchronous); returns { ms (median), runs, result }.
export function measure(run, { warmupRuns, warmupMs, minRuns, minMs, maxMs } = DEFAULT_SETTINGS) {
  gc();
  const result = run();
  const warmupStart = now();
  for (let i = 1; i < warmupRuns || now() - warmupStart < Math.min(warmupMs, maxMs / 3); i += 1) run();
  const samples = [];
  const start = now();
  for (;;) {
    const elapsed = now() - start;
    if (samples.length >= minRuns && elapsed >= minMs) break;
    if (samples.length >= 3 && elapsed >= maxMs) break;
    const before = now();
    run();
    samples.push(now() - before);
  }
  return { ms: median(samples), runs: samples.length, result };
}

// Times a() and b() alternated, pairs times (after the same warm-up as
// measure), so that a busy machine slows both alike: returns each one's
// median ms and the median of the per-pair ratios b / a.
export function measurePair(a, b, { pairs = 40, warmupRuns = 5 } = {}) {
  gc();
  for (let i = 0; i < warmupRuns; i += 1) {
    a();
    b();
  }
  const timesA = [], timesB = [], ratios = [];
  for (let i = 0; i < pairs; i += 1) {
    let before = now();
    a();
    timesA.push(now() - before);
    before = now();
    b();
    timesB.push(now() - before);
    ratios.push(timesB[i] / timesA[i]);
  }
  return { msA: median(timesA), msB: median(timesB), ratio: median(ratios), pairs };
}

export function formatMs(ms) {
  if (ms >= 100) return ms.toFixed(0);
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function formatRatio(ratio) {
  return ratio >= 10 ? `${ratio.toFixed(0)}x` : `${ratio.toFixed(2)}x`;
}

// A Markdown table from a header row and rows of cells.
export function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
