// folio in Chromium, side by side with Docsify on the same about page: the
// time from navigation to the rendered sections, with a cold cache each run
// (a fresh browser context), all pages served from 127.0.0.1; and the cost of
// switching views in an open site. Runs are interleaved; medians reported.
//
//   node bench/browser.mjs [--runs N]     (also part of node bench/run.mjs)
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.mjs';
import { inputsDir, repoRoot, writeInputs } from './inputs.mjs';
import { formatMs, formatRatio, median, table } from './timing.mjs';

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const wwwDir = path.join(inputsDir, 'www');

// Records, in the page, when the rendered sections first appear (relative to
// the start of navigation): __renderedAt.
const watchFor = (selector) => `(() => {
  const check = () => {
    if (window.__renderedAt === undefined && document.querySelector(${JSON.stringify(selector)})) {
      window.__renderedAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

const FOLIO_RENDERED = '#folio-main[aria-busy="false"] .post';
const DOCSIFY_RENDERED = 'article.markdown-section#main h1, article.markdown-section#main p';

// A served folder per page: the group's site, a 1,000-paper site (same shell,
// generated content) and Docsify showing the group's about page.
async function prepareSites() {
  await rm(wwwDir, { recursive: true, force: true });
  const site = async (name, content) => {
    const dir = path.join(wwwDir, name);
    await mkdir(dir, { recursive: true });
    await cp(path.join(repoRoot, 'index.html'), path.join(dir, 'index.html'));
    await symlink(path.join(repoRoot, 'web'), path.join(dir, 'web'));
    await symlink(content, path.join(dir, 'content'));
  };
  await site('group', path.join(repoRoot, 'content'));
  await site('papers-1000', path.join(inputsDir, 'sites/papers-1000'));
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

async function timeNavigation(browser, url, selector) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(watchFor(selector));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__renderedAt !== undefined, null, { timeout: 60000 });
  const ms = await page.evaluate(() => window.__renderedAt);
  return { ms, page, context, errors };
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
  const server = await startStaticServer({ root: wwwDir });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const samples = { group: [], docsify: [], big: [], toNews: [], toPublications: [], toAbout: [] };
  const errors = new Set();
  const chromiumVersion = browser.version();
  try {
    for (let run = 0; run < runs + 1; run += 1) {
      const keep = run > 0; // the first round warms the server and the disk cache
      for (const [key, name, selector] of [['group', 'group', FOLIO_RENDERED], ['docsify', 'docsify', DOCSIFY_RENDERED], ['big', 'papers-1000', FOLIO_RENDERED]]) {
        const visit = await timeNavigation(browser, `${server.url}${name}/`, selector);
        visit.errors.forEach((e) => errors.add(`${name}: ${e}`));
        if (keep) samples[key].push(visit.ms);
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
    await server.close();
  }
  const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
  const version = JSON.parse(await readFile(path.join(repoRoot, 'node_modules/docsify/package.json'), 'utf8')).version;
  verdict = {
    ok: m.group < m.docsify,
    text: `folio ${formatMs(m.group)} ms vs Docsify ${formatMs(m.docsify)} ms (${formatRatio(m.docsify / m.group)})`,
  };
  const rows = [
    ['folio: the group\'s site, about page', formatMs(m.group), formatRatio(m.docsify / m.group)],
    [`Docsify ${version}: the same about page`, formatMs(m.docsify), '1.00x'],
    ['folio: 1,000-paper site, about page', formatMs(m.big), formatRatio(m.docsify / m.big)],
  ];
  const switches = [
    ['about -> news archive', formatMs(m.toNews)],
    ['news -> publications', formatMs(m.toPublications)],
    ['publications -> about', formatMs(m.toAbout)],
  ];
  const markdown = [
    `Chromium ${chromiumVersion}, headless, cold cache per run (new context), ${runs} runs, medians.\n`,
    table(['page', 'navigation to rendered sections, ms', 'Docsify time / this'], rows),
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
