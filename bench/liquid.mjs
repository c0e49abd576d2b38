// The Liquid engine against its peers (not a timed test): an al-folio-style
// entry layout (bench/liquid/entry.liquid: the author loop, assigns, filters)
// over 1,000 entries, rendered by folio (wasm, through renderLiquid's JSON
// boundary, and native: the same request in C++), LiquidJS and ruby-liquid.
// Each parses once where the engine can keep a parsed template, then renders;
// folio's wasm and native rows include reading the JSON data, as a caller
// pays it.
//   node bench/liquid.mjs [ENTRIES]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Liquid } from 'liquidjs';
import { loadCore, renderLiquidWith } from '../web/folio.mjs';
import { benchDir, liquidEntries, repoRoot } from './inputs.mjs';
import { DEFAULT_SETTINGS, measure } from './timing.mjs';

const count = Number(process.argv[2] ?? 1000);
const template = readFileSync(path.join(benchDir, 'liquid/entry.liquid'), 'utf8');
const data = {
  site: JSON.parse(readFileSync(path.join(repoRoot, 'tests/liquid_differential/data.json'), 'utf8')).site,
  entries: liquidEntries(count),
};

function folioWasm(core) {
  let bytes = 0;
  const m = measure(() => {
    const { output } = renderLiquidWith(core, template, data);
    bytes = Buffer.byteLength(output);
  }, DEFAULT_SETTINGS);
  return { ms: m.ms, bytes };
}

function liquidJs() {
  const engine = new Liquid();
  const parsed = engine.parse(template);
  let bytes = 0;
  const m = measure(() => {
    bytes = Buffer.byteLength(engine.renderSync(parsed, data));
  }, DEFAULT_SETTINGS);
  return { ms: m.ms, bytes };
}

function external(command, args, input) {
  const run = spawnSync(command, args, { input, maxBuffer: 256 << 20 });
  if (run.status !== 0) return { ms: NaN, bytes: 0, error: run.stderr.toString().trim().split('\n')[0] };
  const { median_ms: ms, output_bytes: bytes } = JSON.parse(run.stdout.toString());
  return { ms, bytes };
}

function buildNative() {
  const build = path.join(repoRoot, 'build/bench');
  const run = (args) => spawnSync('cmake', args, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (!run(['-S', '.', '-B', build, '-DCMAKE_BUILD_TYPE=Release', '-DFOLIO_WERROR=OFF'])) return null;
  if (!run(['--build', build, '-j', '2', '--target', 'folio_liquid_bench'])) return null;
  return path.join(build, 'folio_liquid_bench');
}

const request = JSON.stringify({ template, data });
const requestFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'folio-liquid-')), 'request.json');
writeFileSync(requestFile, request);

const core = await loadCore();
const rows = [
  ['folio (wasm)', folioWasm(core)],
  ['LiquidJS', liquidJs()],
  ['ruby-liquid', external('ruby', [path.join(benchDir, 'liquid/ruby_render.rb'), '5'], JSON.stringify({ template, data }))],
];
const native = buildNative();
rows.push(['folio (native)', native ? external(native, [requestFile, '20']) : { ms: NaN, bytes: 0, error: 'build failed' }]);

const wasmMs = rows[0][1].ms;
console.log(`Liquid: ${path.relative(repoRoot, path.join(benchDir, 'liquid/entry.liquid'))} over ${count} entries (median ms of a whole render)\n`);
console.log('| engine | ms | output bytes | vs folio wasm |');
console.log('|---|---:|---:|---:|');
for (const [name, r] of rows) {
  console.log(`| ${name} | ${Number.isNaN(r.ms) ? `failed: ${r.error}` : r.ms.toFixed(1)} | ${r.bytes} | ${(r.ms / wasmMs).toFixed(2)}x |`);
}
const byName = Object.fromEntries(rows);
console.log(`\nGoals: >= 3x LiquidJS: ${(byName.LiquidJS.ms / wasmMs).toFixed(1)}x; >= 20x ruby-liquid: ${(byName['ruby-liquid'].ms / wasmMs).toFixed(1)}x; ` +
  `wasm within 1.5x native: ${(wasmMs / byName['folio (native)'].ms).toFixed(2)}x`);
