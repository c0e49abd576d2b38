// Scores folio's pages against Jekyll's build of the same site: for every
// route folio knows, the content Jekyll wrote at that route's output file
// (al-folio's `div[role=main]`) beside what folio renders for it, compared on
// title, headings, words, links and bibliography entries (bench/page-facts.mjs).
// Jekyll's pages that folio has no route for are listed too.
//
//   node bench/site-compare.mjs --source SITE_SOURCE --jekyll JEKYLL_SITE [--time ISO] [--set KEY.SUB=VALUE]... [--json FILE] [--only /url/]
//   --time: site.time of Jekyll's build (its dates of undated documents, future posts), e.g. 2025-05-18T00:00:00Z
//   --set: a _config.yml value the build that wrote JEKYLL_SITE changed first, e.g. al-folio's
//          deploy workflow sets giscus.repo to the repository: --set giscus.repo=Tonny-liu/al-folio
//   e.g. --source al-folio (branch main) --jekyll al-folio (branch gh-pages)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { openSite, readContentDir } from '../web/node.mjs';
import { compareFacts, extractFacts } from './page-facts.mjs';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'];
const JEKYLL_REGION = 'div[role=main]';
const SCORES = ['title', 'headings', 'text', 'links', 'entries'];

async function readIfExists(file) {
  try { return await readFile(file, 'utf8'); } catch { return null; }
}

// Every index.html/x.html Jekyll wrote, outside assets/.
async function jekyllPages(dir, sub = '') {
  const out = [];
  for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory() && entry.name !== 'assets') out.push(...(await jekyllPages(dir, rel)));
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(rel);
  }
  return out;
}

// Sets `key: value` in a _config.yml text, one level under `section:` (as a
// CI step such as yaml-update-action does before Jekyll runs): the key's line
// is replaced, or added at the top of the section, or the section appended.
export function setConfigValue(config, dottedKey, value) {
  const [section, key, ...deeper] = dottedKey.split('.');
  if (!key || deeper.length) throw new Error(`--set takes SECTION.KEY=VALUE, not ${dottedKey}`);
  const lines = config.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${section}:`));
  const entry = `  ${key}: ${JSON.stringify(value)}`;
  if (start < 0) return `${config.replace(/\n?$/, '\n')}${section}:\n${entry}\n`;
  let end = start + 1;
  while (end < lines.length && (lines[end].trim() === '' || /^\s/.test(lines[end]))) end++;
  const at = lines.slice(start + 1, end).findIndex((line) => new RegExp(`^\\s+${key}:`).test(line));
  if (at >= 0) lines[start + 1 + at] = entry;
  else lines.splice(start + 1, 0, entry);
  return lines.join('\n');
}

// The folder as the Node loader reads it (web/node.mjs listContentFiles), as
// `index` lists it for browsers, with the config values a build changed.
async function sourceFiles(source, settings) {
  const files = await readContentDir(source);
  if (!settings.length) return files;
  let config = files.get('_config.yml').toString('utf8');
  for (const [key, value] of settings) config = setConfigValue(config, key, value);
  files.set('_config.yml', Buffer.from(config));
  return files;
}

// compare({ source, jekyll, only, time, settings }) -> { pages: [{url, scores…}], unrouted: [output paths] }
export async function compareSite({ source, jekyll, only = null, time, settings = [] }) {
  const site = await openSite(await sourceFiles(source, settings), { time });
  const table = site.routes();
  const siteInfo = { siteUrl: table.url, baseurl: table.baseurl };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    const facts = (html, region) => page.evaluate(extractFacts, { html, region });
    const pages = [];
    for (const route of table.routes) {
      if (only && route.url !== only) continue;
      if (!route.output.endsWith('.html')) continue;
      const jekyllHtml = await readIfExists(path.join(jekyll, route.output));
      if (jekyllHtml === null) { pages.push({ url: route.url, status: 'not in Jekyll\'s build' }); continue; }
      const rendered = site.renderPage(route.url, { assetBase: `${table.baseurl}/`, routeBase: `${table.baseurl}/` });
      if (!rendered.found) { pages.push({ url: route.url, status: 'folio found no page' }); continue; }
      const scores = compareFacts(await facts(jekyllHtml, JEKYLL_REGION), await facts(rendered.html, null), siteInfo);
      pages.push({ url: route.url, status: 'compared', ...scores });
    }
    const routed = new Set(table.routes.map((r) => r.output));
    const unrouted = only ? [] : (await jekyllPages(jekyll)).filter((p) => !routed.has(p) && p !== '404.html');
    return { pages, unrouted };
  } finally {
    await browser.close();
  }
}

const percent = (x) => `${Math.round(x * 100)}%`;

function report({ pages, unrouted }) {
  const compared = pages.filter((p) => p.status === 'compared');
  const width = Math.max(...pages.map((p) => p.url.length), 4);
  console.log(`${'page'.padEnd(width)}  ${SCORES.map((s) => s.padStart(8)).join('')}`);
  for (const p of pages) {
    const cells = p.status === 'compared' ? SCORES.map((s) => percent(p[s]).padStart(8)).join('') : `  ${p.status}`;
    console.log(`${p.url.padEnd(width)}  ${cells}`);
    if (p.status === 'compared' && p.text < 0.98) {
      if (p.missingWords.length) console.log(`${' '.repeat(width)}    only Jekyll: ${p.missingWords.join(' ')}`);
      if (p.extraWords.length) console.log(`${' '.repeat(width)}    only folio:  ${p.extraWords.join(' ')}`);
    }
  }
  const mean = (s) => compared.reduce((sum, p) => sum + p[s], 0) / (compared.length || 1);
  console.log(`${'mean'.padEnd(width)}  ${SCORES.map((s) => percent(mean(s)).padStart(8)).join('')}`);
  const equal = compared.filter((p) => p.text >= 0.99 && p.title === 1).length;
  console.log(`\n${compared.length} pages compared; ${equal} equal in title and text (>= 99% of words)`);
  if (unrouted.length) console.log(`Jekyll wrote ${unrouted.length} pages folio has no route for: ${unrouted.join(', ')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
  const source = option('--source');
  const jekyll = option('--jekyll');
  if (!source || !jekyll) {
    console.error('usage: node bench/site-compare.mjs --source SITE_SOURCE --jekyll JEKYLL_SITE [--time ISO] [--set SECTION.KEY=VALUE]... [--json FILE] [--only /url/]');
    process.exit(2);
  }
  const time = option('--time') ? new Date(option('--time')) : undefined;
  const settings = args.flatMap((arg, i) => (arg === '--set' ? [args[i + 1].split(/=(.*)/s).slice(0, 2)] : []));
  const result = await compareSite({ source, jekyll, only: option('--only'), time, settings });
  report(result);
  if (option('--json')) await writeFile(option('--json'), JSON.stringify(result, null, 2));
}
