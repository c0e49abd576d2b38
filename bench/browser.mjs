// folio in Chromium, side by side with Docsify on the same about page: the
// time from navigation to the first frame that shows the rendered sections,
// with a cold cache each run (a fresh browser context), all pages served from
// 127.0.0.1 by a server in its own process; the same for pages prerendered by
// `cli.mjs build` and for a repeat visit (warm HTTP and code caches); and the
// cost of switching views in an open site. Runs are interleaved; medians reported.
//
//   node bench/browser.mjs [--runs N]     (also part of node bench/run.mjs)
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { prerenderSite } from '../web/prerender.mjs';
import { updatePagePreloads } from '../web/content-preloads.mjs';
import { listContentFiles } from '../web/node.mjs';
import { inputsDir, repoRoot, writeInputs } from './inputs.mjs';
import { formatMs, formatRatio, median, table } from './timing.mjs';

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const wwwDir = path.join(inputsDir, 'www');

// Records, in the page, when the first frame after the rendered sections
// appear in the DOM starts (relative to the start of navigation): __renderedAt.
// A frame, not the DOM change: a prerendered page has its sections in the DOM
// as soon as it is parsed, but shows them only once its stylesheet is in.
// __takeoverAt: when the shell (re)rendered the main element after the page
// was parsed (on a prerendered page, the live shell taking over).
export const watchFor = (selector) => `(() => {
  let seen = false;
  const check = (records) => {
    if (document.readyState !== 'loading' && records?.some((r) => r.target.id === 'folio-main' && r.type === 'childList')) {
      window.__takeoverAt ??= performance.now();
    }
    if (!seen && document.querySelector(${JSON.stringify(selector)})) {
      seen = true;
      requestAnimationFrame(() => { window.__renderedAt = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export const FOLIO_RENDERED = '#folio-main[aria-busy="false"] .post';
const DOCSIFY_RENDERED = 'article.markdown-section#main h1, article.markdown-section#main p';

// A served folder per page: the group's site, the same prerendered by
// `cli.mjs build`, a 1,000-paper site (same shell, generated content) and
// Docsify showing the group's about page.
async function prepareSites() {
  await rm(wwwDir, { recursive: true, force: true });
  const site = async (name, content) => {
    const dir = path.join(wwwDir, name);
    await mkdir(dir, { recursive: true });
    await cp(path.join(repoRoot, 'index.html'), path.join(dir, 'index.html'));
    await symlink(path.join(repoRoot, 'web'), path.join(dir, 'web'));
    await symlink(content, path.join(dir, 'content'));
    // What `cli.mjs index` does for a site: the page preloads its content files.
    await updatePagePreloads(path.join(dir, 'content'), await listContentFiles(content));
  };
  await site('group', path.join(repoRoot, 'content'));
  await site('papers-1000', path.join(inputsDir, 'sites/papers-1000'));
  await prerenderSite(path.join(repoRoot, 'content'), path.join(wwwDir, 'prerendered'));
  const docsify = path.join(wwwDir, 'docsify');
  await mkdir(docsify, { recursive: true });
  const lib = path.join(repoRoot, 'node_modules/docsify/lib');
  await cp(path.join(lib, 'docsify.min.js'), path.join(docsify, 'docsify.min.js'));
  await cp(path.join(lib, 'plugins/front-matter.min.js'), path.join(docsify, 'front-matter.min.js'));
  await cp(path.join(lib, 'themes/vue.css'), path.join(docsify, 'vue.css'));
  await cp(path.join(repoRoot, 'content/_pages/about.md'), path.join(docsify, 'README.md'));
  await writeFile(path.join(docsify, 'index.html'), `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>NDS Group @ Shanghai AI Lab</title>
  <link rel="stylesheet" href="vue.css">
</head>
<body>
  <div id="app"></div>
  <script>window.$docsify = { name: 'NDS Group @ Shanghai AI Lab' };</script>
  <script src="docsify.min.js"></script>
  <script src="front-matter.min.js"></script>
</body>
</html>
`);
}

// The static server runs in a process of its own, as a real one would: in this
// process it would compete with the Chromium driver for the event loop.
export async function startServerProcess(root, args = []) {
  const child = fork(path.join(repoRoot, 'bench/serve-process.mjs'), [root, ...args]);
  const [message] = await Promise.race([once(child, 'message'), once(child, 'exit').then(() => { throw new Error('the bench server did not start'); })]);
  return { url: message.url, close: () => child.kill() };
}

// Where the pages are served from: plain HTTP/1.1 on the loopback, and
// GitHub Pages' conditions: HTTPS with HTTP/2 (one connection for every
// request) and a 40 ms round trip, emulated by Chromium (DevTools protocol).
export const NETWORKS = {
  local: { label: 'HTTP/1.1, 127.0.0.1', serverArgs: [], latencyMs: 0 },
  pages: { label: 'HTTP/2 + TLS, 40 ms round trip', serverArgs: ['--h2'], latencyMs: 40 },
};

async function emulateLatency(page, latencyMs) {
  if (!latencyMs) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
}

async function visit(page, url, errors, latencyMs) {
  page.on('pageerror', (error) => errors.push(error.message));
  await emulateLatency(page, latencyMs);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__renderedAt !== undefined, null, { timeout: 60000 });
  return page.evaluate(() => ({ ms: window.__renderedAt, takeover: window.__takeoverAt }));
}

export async function timeNavigation(browser, url, selector, { repeat = false, latencyMs = 0 } = {}) {
  // The certificate of the HTTP/2 server is a throwaway self-signed one.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ignoreHTTPSErrors: true });
  await context.addInitScript(watchFor(selector));
  const errors = [];
  let page = await context.newPage();
  let times = await visit(page, url, errors, latencyMs);
  if (repeat) {
    // A reader coming back: same context (HTTP cache, V8's code cache), new tab.
    await page.waitForTimeout(1500); // V8 writes its wasm code cache after the module was used
    await page.close();
    page = await context.newPage();
    times = await visit(page, url, errors, latencyMs);
  }
  return { ...times, page, context, errors };
}

// Switching views in an open site: the hash changes, the shell renders the
// view into the page, and layout is forced so that the cost is complete.
async function timeSwitch(page, hash) {
  return page.evaluate((target) => new Promise((resolve) => {
    const start = performance.now();
    window.addEventListener('hashchange', () => {
      document.body.getBoundingClientRect();
      resolve(performance.now() - start);
    }, { once: true });
    location.hash = target;
  }), hash);
}

let verdict = null;
export const lastVerdict = () => verdict;

// generate: false when bench/inputs/ is already written (by bench/run.mjs).
export async function runBrowserBench({ runs = 9, generate = true } = {}) {
  if (generate) await writeInputs({ siteSizes: [1000] });
  await prepareSites();
  const servers = {};
  for (const [name, network] of Object.entries(NETWORKS)) servers[name] = await startServerProcess(wwwDir, network.serverArgs);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  // [sample key, network, served folder, what "rendered" means there, a repeat visit?]
  const pages = [
    ['group', 'local', 'group', FOLIO_RENDERED, false],
    ['docsify', 'local', 'docsify', DOCSIFY_RENDERED, false],
    ['prerendered', 'local', 'prerendered', FOLIO_RENDERED, false],
    ['big', 'local', 'papers-1000', FOLIO_RENDERED, false],
    ['groupRepeat', 'local', 'group', FOLIO_RENDERED, true],
    ['docsifyRepeat', 'local', 'docsify', DOCSIFY_RENDERED, true],
    ['groupPages', 'pages', 'group', FOLIO_RENDERED, false],
    ['docsifyPages', 'pages', 'docsify', DOCSIFY_RENDERED, false],
    ['prerenderedPages', 'pages', 'prerendered', FOLIO_RENDERED, false],
    ['bigPages', 'pages', 'papers-1000', FOLIO_RENDERED, false],
  ];
  const samples = { takeover: [], takeoverPages: [], toNews: [], toPublications: [], toAbout: [] };
  for (const [key] of pages) samples[key] = [];
  const errors = new Set();
  const chromiumVersion = browser.version();
  try {
    for (let run = 0; run < runs + 1; run += 1) {
      const keep = run > 0; // the first round warms the server and the disk cache
      for (const [key, network, name, selector, repeat] of pages) {
        const visit = await timeNavigation(browser, `${servers[network].url}${name}/`, selector, { repeat, latencyMs: NETWORKS[network].latencyMs });
        visit.errors.forEach((e) => errors.add(`${name}: ${e}`));
        if (keep) samples[key].push(visit.ms);
        if (name === 'prerendered') {
          await visit.page.waitForFunction(() => window.__takeoverAt !== undefined, null, { timeout: 60000 });
          if (keep) samples[network === 'local' ? 'takeover' : 'takeoverPages'].push(await visit.page.evaluate(() => window.__takeoverAt));
        }
        if (key === 'big' && keep) {
          samples.toNews.push(await timeSwitch(visit.page, '#/news/'));
          samples.toPublications.push(await timeSwitch(visit.page, '#/publications/'));
          samples.toAbout.push(await timeSwitch(visit.page, '#/'));
        }
        await visit.context.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) server.close();
  }
  const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
  const version = JSON.parse(await readFile(path.join(repoRoot, 'node_modules/docsify/package.json'), 'utf8')).version;
  verdict = {
    ok: m.group < m.docsify && m.groupPages < m.docsifyPages,
    text: `folio ${formatMs(m.group)} ms vs Docsify ${formatMs(m.docsify)} ms (${formatRatio(m.docsify / m.group)}) on the loopback, `
      + `${formatMs(m.groupPages)} vs ${formatMs(m.docsifyPages)} ms (${formatRatio(m.docsifyPages / m.groupPages)}) over HTTP/2 with 40 ms round trips; `
      + `prerendered ${formatMs(m.prerendered)} / ${formatMs(m.prerenderedPages)} ms`,
  };
  const rowsFor = (suffix, docsifyMs) => [
    ['folio: the group\'s site, about page', formatMs(m[`group${suffix}`]), formatRatio(docsifyMs / m[`group${suffix}`])],
    [`Docsify ${version}: the same about page`, formatMs(docsifyMs), '1.00x'],
    [`folio: the same, prerendered by cli.mjs build (shell takes over at ${formatMs(m[`takeover${suffix}`])} ms)`, formatMs(m[`prerendered${suffix}`]), formatRatio(docsifyMs / m[`prerendered${suffix}`])],
    ['folio: 1,000-paper site (500 news files), about page', formatMs(m[`big${suffix}`]), formatRatio(docsifyMs / m[`big${suffix}`])],
  ];
  const rows = [
    ...rowsFor('', m.docsify),
    ['folio: the group\'s site, repeat visit', formatMs(m.groupRepeat), formatRatio(m.docsifyRepeat / m.groupRepeat)],
    ['Docsify: repeat visit', formatMs(m.docsifyRepeat), '1.00x'],
  ];
  const switches = [
    ['about -> news archive', formatMs(m.toNews)],
    ['news -> publications', formatMs(m.toPublications)],
    ['publications -> about', formatMs(m.toAbout)],
  ];
  const markdown = [
    `Chromium ${chromiumVersion}, headless, cold cache per run (new context; a repeat visit opens the page again in it), ${runs} runs, medians.\n`,
    `${NETWORKS.local.label}:\n`,
    table(['page', 'navigation to the first frame showing the rendered sections, ms', 'Docsify time / this'], rows),
    `\nGitHub Pages' conditions, ${NETWORKS.pages.label}:\n`,
    table(['page', 'navigation to the first frame showing the rendered sections, ms', 'Docsify time / this'], rowsFor('Pages', m.docsifyPages)),
    '\nSwitching views in the open 1,000-paper site (render + DOM update + layout):\n',
    table(['switch', 'ms'], switches),
  ].join('\n');
  const note = errors.size ? `> page errors: ${[...errors].join('; ')}` : '';
  return { markdown, note, medians: m };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const { markdown, note } = await runBrowserBench({ runs: i > 0 ? Number(process.argv[i + 1]) : 9 });
  if (note) console.log(note);
  console.log(markdown);
}
