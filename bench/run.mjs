// folio's benchmarks, side by side with the tools people use instead, in one
// Node process on the same generated inputs; prints Markdown tables.
//
//   node bench/run.mjs                 everything (takes a few minutes)
//   node bench/run.mjs --quick         fewer samples, for a smoke run
//   node bench/run.mjs --only markdown,bibtex,yaml,site,native,startup,browser,size
//   node bench/run.mjs --tools folio   only the tools whose name contains one of these
//   node bench/run.mjs --out FILE      also write the tables to FILE
//   FOLIO_BENCH_CLOCK=cpu node bench/run.mjs   CPU time instead of wall time (busy machines)
//
// Inputs are generated into bench/inputs/ from a fixed seed (bench/inputs.mjs).
// The native ceiling builds bench/native_bench.cpp in build/bench (CMake,
// Release); the browser part drives Debian's Chromium (bench/browser.mjs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { inputsDir, repoRoot, writeInputs } from './inputs.mjs';
import { ALL_PEERS, folioJob, loadFolioCore, packageVersion } from './peers.mjs';
import { DEFAULT_SETTINGS, QUICK_SETTINGS, clockName, formatMs, formatRatio, measure, measurePair, median, table } from './timing.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes('--quick');
const settings = quick ? QUICK_SETTINGS : DEFAULT_SETTINGS;
const parts = new Set((option('--only') ?? 'markdown,bibtex,yaml,site,native,startup,browser,size').split(','));
const out = [];
const say = (text = '') => {
  out.push(text);
  console.log(text);
};
const MB = 1024 * 1024;

// Filled as jobs run; the summary checks the targets against them.
const results = { markdown: {}, bibtex: {}, yaml: {}, site: {}, native: {}, wasmJobs: {} };

const toolFilter = option('--tools')?.split(',');

async function loadAll(peers) {
  const loaded = [];
  for (const peer of peers) {
    if (toolFilter && !toolFilter.some((name) => peer.name.includes(name))) continue;
    try {
      loaded.push({ ...peer, run: await peer.load(), version: packageVersion(peer.package) });
    } catch (error) {
      say(`> ${peer.name} could not be loaded: ${error.message}`);
    }
  }
  return loaded;
}

// Times every peer on every input; rows of a table, fastest first per input.
function compare(job, peers, inputs, { throughput = false } = {}) {
  const rows = [];
  for (const [label, text] of inputs) {
    const bytes = Buffer.byteLength(text);
    const measured = [];
    for (const peer of peers) {
      try {
        const m = measure(() => peer.run(text), settings);
        measured.push({ peer, ...m });
        results[job][`${peer.name}|${label}`] = m.ms;
      } catch (error) {
        measured.push({ peer, error: error.message.split('\n')[0] });
      }
    }
    const folio = measured.find((m) => m.peer.name === 'folio (wasm)');
    for (const m of measured) {
      if (m.error) {
        rows.push([label, m.peer.name, m.peer.version, 'failed', '', '', m.error]);
        continue;
      }
      rows.push([
        label,
        m.peer.name,
        m.peer.version,
        formatMs(m.ms),
        throughput ? (bytes / MB / (m.ms / 1000)).toFixed(1) : String(m.runs),
        folio && !folio.error ? formatRatio(m.ms / folio.ms) : '',
        [m.peer.latex === undefined ? '' : `LaTeX ${m.peer.latex ? 'yes' : 'no'}, names ${m.peer.names ? 'yes' : 'no'}`,
          m.peer.notes ?? ''].filter(Boolean).join('; '),
      ]);
    }
  }
  return rows;
}

const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`;

async function markdownPart(inputs) {
  say('\n## Markdown to HTML\n');
  const peers = await loadAll(ALL_PEERS.markdown);
  // Every tool runs on the 1 MB document, in turns, before any is timed:
  // V8 tiers wasm up function by function as it gets hot, and folio's 1.9 MB
  // module took longer to get there than measure()'s warm-up, so whichever
  // tool was timed first was timed partly on baseline code (measured: folio
  // first 25.3 ms, after markdown-wasm 20.8 ms).
  const big = inputs.markdown['mixed-1mb'];
  for (const start = performance.now(); performance.now() - start < (quick ? 2000 : 4000);) {
    for (const peer of peers) peer.run(big);
  }
  const rows = compare('markdown', peers, Object.entries(inputs.markdown).map(([name, text]) => [`${name} (${kb(text)})`, text]), { throughput: true });
  say(table(['input', 'tool', 'version', 'median ms', 'MB/s', 'time vs folio', 'notes'], rows));
  // The target's measure: the two alternated on the 1 MB document, which a
  // noisy machine disturbs less than one series after the other.
  const folio = peers.find((p) => p.name === 'folio (wasm)'), markdownWasm = peers.find((p) => p.name === 'markdown-wasm');
  if (folio?.run && markdownWasm?.run) {
    const pair = measurePair(() => folio.run(big), () => markdownWasm.run(big), { pairs: quick ? 20 : 40 });
    results.markdownPair = pair;
    say(`\nAlternated, ${pair.pairs} pairs on mixed-1mb (${clockName} time): folio ${formatMs(pair.msA)} ms, ` +
      `markdown-wasm ${formatMs(pair.msB)} ms; median of the pairs' ratios: folio at ${formatRatio(pair.ratio)} markdown-wasm's throughput.`);
  }
}

async function bibtexPart(inputs) {
  say('\n## BibTeX to entries\n');
  say('folio: parse_bibtex, every field through latex_to_text and author lists through parse_names, inside the wasm (the model the views use); JS tools return their objects.\n');
  const peers = await loadAll(ALL_PEERS.bibtex);
  const rows = compare('bibtex', peers, Object.entries(inputs.bibtex).map(([n, text]) => [`${n} entries (${kb(text)})`, text]));
  say(table(['input', 'tool', 'version', 'median ms', 'runs', 'time vs folio', 'notes'], rows));
}

async function yamlPart(inputs) {
  say('\n## YAML\n');
  const peers = await loadAll(ALL_PEERS.yaml);
  const rows = compare('yaml', peers, Object.entries(inputs.yaml).map(([name, text]) => [`${name}.yml (${kb(text)})`, text]));
  say(table(['input', 'tool', 'version', 'median ms', 'runs', 'time vs folio', 'notes'], rows));
}

// Whole site through the public API: FolioSite.open (copy every file in, parse
// everything) and renders of the about page, the news archive and the
// publications; model() is the parsed model as plain objects.
async function sitePart(inputs) {
  say('\n## Whole site (folio wasm, public API)\n');
  const { FolioSite } = await import('../web/folio.mjs');
  const core = await loadFolioCore();
  const rows = [];
  for (const [papers, files] of Object.entries(inputs.sites)) {
    const newsCount = Object.keys(files).filter((f) => f.startsWith('_news/')).length;
    const open = measure(() => FolioSite.open(core, files).dispose(), settings);
    const site = FolioSite.open(core, files);
    const views = {};
    for (const view of ['about', 'news', 'publications']) {
      views[view] = measure(() => site.render(view), settings);
    }
    const model = measure(() => site.model(), settings);
    const total = measure(() => {
      const s = FolioSite.open(core, files);
      for (const view of ['about', 'news', 'publications']) s.render(view);
      s.dispose();
    }, settings);
    site.dispose();
    const missing = Object.entries(views).filter(([, v]) => !v.result.found).map(([name]) => name);
    results.site[papers] = { total: total.ms, missing };
    rows.push([papers, newsCount, formatMs(open.ms), formatMs(views.about.ms), formatMs(views.news.ms),
      formatMs(views.publications.ms), formatMs(model.ms), formatMs(total.ms),
      missing.length ? `not in the core yet: ${missing.join(', ')}` : '']);
  }
  say(table(['papers', 'news', 'open+parse ms', 'about ms', 'news ms', 'publications ms', 'model() ms', 'total ms', 'notes'], rows));
  const big = results.site[10000]?.total, mid = results.site[1000]?.total;
  if (big && mid) say(`\n10,000 papers take ${formatRatio(big / mid)} the time of 1,000 (linear: <= 11x).`);
}

function buildNativeBench() {
  const build = path.join(repoRoot, 'build/bench');
  const run = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] }).status === 0;
  if (!run('cmake', ['-S', '.', '-B', build, '-DCMAKE_BUILD_TYPE=Release'])) return null;
  if (!run('cmake', ['--build', build, '-j', String(os.availableParallelism?.() ?? 2), '--target', 'folio_native_bench'])) return null;
  return path.join(build, 'folio_native_bench');
}

// The same jobs in wasm (folio_bench, through the JS boundary) and native.
async function nativePart(inputs) {
  say('\n## Ceiling: the same core, native vs wasm\n');
  const binary = buildNativeBench();
  if (!binary || !existsSync(binary)) {
    say('> the native bench did not build (see the errors above); skipped');
    return;
  }
  const runArgs = [inputsDir, '--min-runs', String(settings.minRuns), '--min-ms', String(settings.minMs)];
  const native = spawnSync(binary, runArgs, { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (native.status !== 0) say(`> native_bench failed: ${native.stderr.trim()}`);
  const core = await loadFolioCore();
  const { FolioSite } = await import('../web/folio.mjs');
  const rows = [];
  for (const line of native.stdout.split('\n').filter(Boolean)) {
    const { job, input, median_ms: nativeMs } = JSON.parse(line);
    let wasm;
    if (job === 'site') {
      const files = inputs.sites[input];
      if (!files) continue;
      wasm = measure(() => {
        const s = FolioSite.open(core, files);
        for (const view of ['about', 'news', 'publications']) s.render(view);
        s.dispose();
      }, settings).ms;
    } else {
      const text = job.startsWith('markdown') ? inputs.markdown[input] : job === 'bibtex' ? inputs.bibtex[input] : inputs.yaml[input];
      wasm = measure(() => folioJob(core, job)(text), settings).ms;
    }
    results.native[`${job}|${input}`] = { wasm, native: nativeMs };
    rows.push([job, input, formatMs(nativeMs), formatMs(wasm), formatRatio(wasm / nativeMs)]);
  }
  say(table(['job', 'input', 'native ms', 'wasm ms', 'wasm / native'], rows));
}

async function startupPart() {
  say('\n## Start-up: load and instantiate in a fresh process\n');
  say('Median of fresh `node` processes: import, wasm compile and instantiate, first call on a tiny input (Node\'s own start excluded).\n');
  const runs = quick ? 3 : 7;
  const rows = [];
  const time = (childArgs) => {
    const samples = [];
    for (let i = 0; i < runs; i += 1) {
      const child = spawnSync(process.execPath, [path.join(repoRoot, 'bench/startup.mjs'), ...childArgs], { encoding: 'utf8' });
      if (child.status !== 0) return null;
      samples.push(Number(child.stdout.trim()));
    }
    return median(samples);
  };
  for (const [job, peers] of Object.entries(ALL_PEERS)) {
    peers.forEach((peer, index) => {
      if (job !== 'markdown' && peer.package === 'folio') return; // the same core as the Markdown row
      if (peer.name.includes('sanitizer')) return;
      const ms = time([job, String(index)]);
      rows.push([peer.package === 'folio' ? 'folio core (wasm)' : peer.name, job, ms === null ? 'failed' : formatMs(ms)]);
    });
  }
  const siteMs = time(['site']);
  rows.push(['folio: core + group site opened + about rendered', 'site', siteMs === null ? 'failed' : formatMs(siteMs)]);
  say(table(['tool', 'job', 'median ms'], rows));
}

async function sizePart() {
  say('\n## What the browser downloads for the shell (gzip -9)\n');
  const { shellSizes } = await import('../scripts/size-report.mjs');
  const sizes = await shellSizes();
  say(table(['file', 'bytes', 'gzip -9 bytes'], [
    ...sizes.files.map((f) => [f.path, String(f.bytes), String(f.gzip)]),
    ['**total**', String(sizes.bytes), `**${sizes.gzip}** (${(sizes.gzip / 1024).toFixed(1)} KB)`],
  ]));
  results.size = sizes.gzip;
}

async function browserPart() {
  say('\n## Browser: Chromium, navigation to rendered sections\n');
  const { runBrowserBench } = await import('./browser.mjs');
  const { markdown, note } = await runBrowserBench({ runs: quick ? 3 : 9, generate: false });
  if (note) say(note);
  say(markdown);
}

function summary() {
  say('\n## Targets\n');
  const rows = [];
  const md = (name) => results.markdown[Object.keys(results.markdown).find((key) => key.startsWith(`${name}|mixed-1mb (`))];
  const folioMd = md('folio (wasm)');
  if (folioMd) {
    const wasmPeer = md('markdown-wasm'), marked = md('marked');
    const pair = results.markdownPair;
    const ratio = pair ? pair.ratio : wasmPeer / folioMd;
    rows.push(['Markdown >= markdown-wasm', `${formatRatio(ratio)} its throughput${pair ? ' (alternated pairs)' : ''}`, ratio >= 1 ? 'yes' : 'no']);
    rows.push(['Markdown >= 3x marked', `${formatRatio(marked / folioMd)} its throughput`, marked / folioMd >= 3 ? 'yes' : 'no']);
  }
  const bib = results.bibtex;
  const key10k = Object.keys(bib).find((k) => k.startsWith('folio (wasm)|10000'));
  if (key10k) {
    const label = key10k.split('|')[1];
    const fastest = ALL_PEERS.bibtex.filter((p) => p.package !== 'folio' && p.latex && p.names)
      .map((p) => [p.name, bib[`${p.name}|${label}`]]).filter(([, ms]) => ms).sort((a, b) => a[1] - b[1])[0];
    if (fastest) {
      const ratio = fastest[1] / bib[key10k];
      rows.push(['BibTeX >= 5x the fastest JS parser with LaTeX + names', `${formatRatio(ratio)} ${fastest[0]} (10,000 entries)`, ratio >= 5 ? 'yes' : 'no']);
    }
  }
  const { 1000: mid, 10000: big } = results.site;
  if (mid && big) {
    const note = big.missing.length ? ` (without ${big.missing.join(', ')})` : '';
    rows.push(['site: 10,000 papers <= 11x 1,000', `${formatRatio(big.total / mid.total)}${note}`, big.total / mid.total <= 11 ? 'yes' : 'no']);
  }
  const ratios = Object.entries(results.native).map(([key, { wasm, native }]) => [key, wasm / native]);
  if (ratios.length) {
    const worst = ratios.sort((a, b) => b[1] - a[1])[0];
    rows.push(['wasm within 1.5x of native', `worst: ${formatRatio(worst[1])} (${worst[0].replace('|', ' ')})`, worst[1] <= 1.5 ? 'yes' : 'no']);
  }
  if (results.size) rows.push(['shell download <= 120 KB gzip', `${(results.size / 1024).toFixed(1)} KB`, results.size <= 120 * 1024 ? 'yes' : 'no']);
  if (results.browser) rows.push(['first render in Chromium faster than Docsify', results.browser.text, results.browser.ok ? 'yes' : 'no']);
  say(table(['target', 'where folio stands', 'met'], rows));
}

async function main() {
  say(`# folio benchmarks\n\n${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}${quick ? ', --quick' : ''}. Median times; "time vs folio" > 1 means folio is faster.`);
  const inputs = await writeInputs();
  if (parts.has('markdown')) await markdownPart(inputs);
  if (parts.has('bibtex')) await bibtexPart(inputs);
  if (parts.has('yaml')) await yamlPart(inputs);
  if (parts.has('site')) await sitePart(inputs);
  if (parts.has('native')) await nativePart(inputs);
  if (parts.has('startup')) await startupPart();
  if (parts.has('size')) await sizePart();
  if (parts.has('browser')) {
    const browser = await import('./browser.mjs');
    results.browser = await browserPart().then(() => browser.lastVerdict());
  }
  summary();
  const file = option('--out');
  if (file) await writeFile(file, `${out.join('\n')}\n`);
}

await main();
