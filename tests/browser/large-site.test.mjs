// A site with many documents opens with what its page shows: `init` indexes
// every document's front matter in folio.json, the shell loads the other
// files, draws the page once the bodies it shows are in, and loads the rest
// afterwards. An edit made after `index` shows on the next visit: bodies are
// always the files' own, and a list drawn from stale front matter is drawn
// again once every file is in.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, screenshotWholePage, startBrowser, visitorUrl } from './harness.mjs';

const fixture = path.join(repoRoot, 'tests/fixtures/sites/al-folio-template');
const NEWS = 30;
const POSTS = 30;
const cli = (...args) => spawnSync(process.execPath, [path.join(repoRoot, 'web/cli.mjs'), ...args], { encoding: 'utf8' });

// al-folio's template with 30 more news items (the newest inline) and 30 more posts, after `init`.
async function largeTemplate(t) {
  const served = await mkdtemp(path.join(os.tmpdir(), 'folio-large-site-'));
  t.after(() => rm(served, { recursive: true, force: true }));
  const dir = path.join(served, 'al-folio');
  await cp(fixture, dir, { recursive: true });
  for (let i = 1; i <= NEWS; i += 1) {
    const day = String(i).padStart(2, '0').slice(-2);
    const date = `2025-${String(1 + Math.floor((i - 1) / 28)).padStart(2, '0')}-${String(1 + ((i - 1) % 28)).padStart(2, '0')}`;
    await writeFile(path.join(dir, `_news/bulk_${day}.md`),
      `---\nlayout: post\ndate: ${date} 10:00:00\ninline: true\nrelated_posts: false\n---\n\nBulk item ${i} body.\n`);
  }
  for (let i = 1; i <= POSTS; i += 1) {
    await writeFile(path.join(dir, `_posts/2025-03-${String(i).padStart(2, '0')}-bulk-${i}.md`),
      `---\nlayout: post\ntitle: bulk post ${i}\ndate: 2025-03-${String(i).padStart(2, '0')} 10:00:00\ndescription: number ${i}\n---\n\nThe body of bulk post ${i}.\n`);
  }
  const result = cli('init', dir);
  assert.equal(result.status, 0, result.stderr);
  return { served, dir };
}

// The files the page had fetched when it first showed content, recorded in
// the page as it happens (the shell loads the rest right after).
const RECORD_FIRST_PAGE = `new MutationObserver((records, observer) => {
  if (document.querySelector('#folio-main[aria-busy="false"]')) {
    observer.disconnect();
    window.__atFirstPage = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
  }
}).observe(document, { subtree: true, attributes: true, childList: true });`;

// Each visit in a fresh tab; every URL requested, in order.
async function visit(browser, url) {
  const { page, problems } = await browser.newPage();
  const requested = [];
  const failed = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('response', (response) => { if (response.status() >= 400) failed.push(new URL(response.url()).pathname); });
  await page.addInitScript(RECORD_FIRST_PAGE);
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.folioLoaded === 'all');
  const atFirstPage = await page.evaluate(() => window.__atFirstPage);
  return { page, problems, atFirstPage, requested, failed };
}

const count = (paths, folder) => paths.filter((p) => p.includes(`/al-folio/${folder}/`)).length;

test('the about page of a large site loads only the bodies it shows; the rest follows', async (t) => {
  const { served, dir } = await largeTemplate(t);
  const manifest = JSON.parse(await readFile(path.join(dir, 'folio.json'), 'utf8'));
  assert.equal(Object.keys(manifest.documents).filter((p) => p.startsWith('_posts/')).length, POSTS + 6, 'every post is indexed');
  const browser = await startBrowser({ root: served, headers: () => ({ 'cache-control': 'no-cache' }) });
  t.after(() => browser.close());
  const base = `${visitorUrl(browser.server.url)}al-folio/`;

  const about = await visit(browser, base);
  // The about page shows the newest news rows (al-folio's limit: 5): those bodies, no post's.
  const rows = await about.page.locator('#folio-main .news tr').allInnerTexts();
  assert.equal(rows.length, 5);
  assert.match(rows[0], /Bulk item 30 body\./);
  assert.equal(count(about.atFirstPage, '_news'), 5, `news bodies before the first page: ${about.atFirstPage.filter((p) => p.includes('_news'))}`);
  assert.equal(count(about.atFirstPage, '_posts'), 0);
  // Then every file, each once.
  assert.equal(count(about.requested, '_news'), NEWS + 3);
  assert.equal(count(about.requested, '_posts'), POSTS + 6);
  assert.equal(new Set(about.requested).size, about.requested.length, 'no file is fetched twice');
  // The fixture has no images (the profile picture 404s); every other request succeeds.
  assert.deepEqual(about.problems.filter((p) => !/Failed to load resource: .* 404/.test(p)), []);
  assert.deepEqual(about.failed.filter((url) => !url.includes('/assets/img/')), []);
  await screenshotWholePage(about.page, 'large-site-about');

  // A post opened directly: its own body before the page shows.
  const post = await visit(browser, `${base}blog/2025/bulk-7/`);
  assert.equal(await post.page.locator('#folio-main .post-title').first().innerText(), 'bulk post 7');
  assert.match(await post.page.locator('#folio-main').innerText(), /The body of bulk post 7\./);
  assert.deepEqual(post.atFirstPage.filter((p) => p.includes('/_posts/')), ['/al-folio/_posts/2025-03-07-bulk-7.md']);
});

test('an edit made after index shows on the next visit, and check reports the stale index', async (t) => {
  const { served, dir } = await largeTemplate(t);
  // A body edited, and a post retitled (its front matter in folio.json is now old).
  await writeFile(path.join(dir, '_news/bulk_30.md'),
    '---\nlayout: post\ndate: 2025-02-02 10:00:00\ninline: true\nrelated_posts: false\n---\n\nEdited after index.\n');
  await writeFile(path.join(dir, '_posts/2025-03-30-bulk-30.md'),
    '---\nlayout: post\ntitle: retitled after index\ndate: 2025-03-30 10:00:00\n---\n\nNew body.\n');
  const checked = cli('check', dir);
  assert.match(checked.stderr, /folio\.json: warning: its front matter of _posts\/2025-03-30-bulk-30\.md is out of date/);
  // The news item's front matter is as indexed: only its body changed, which the index does not hold.
  assert.doesNotMatch(checked.stderr, /front matter of _news\/bulk_30\.md/);

  const browser = await startBrowser({ root: served, headers: () => ({ 'cache-control': 'no-cache' }) });
  t.after(() => browser.close());
  const base = `${visitorUrl(browser.server.url)}al-folio/`;
  const about = await visit(browser, base);
  assert.match(await about.page.locator('#folio-main .news').innerText(), /Edited after index\./);
  // The blog list first drawn from the index names the old title; once every file is in, the new one.
  const blog = await visit(browser, `${base}blog/`);
  await blog.page.locator('#folio-main', { hasText: 'retitled after index' }).waitFor();
  assert.doesNotMatch(await blog.page.locator('#folio-main').innerText(), /bulk post 30\b/);
  await screenshotWholePage(blog.page, 'large-site-blog');

  assert.equal(cli('index', dir).status, 0);
  assert.doesNotMatch(cli('check', dir).stderr, /out of date/);
});

test('a widget showing a large site\'s news loads those items\' bodies only', async (t) => {
  const { served } = await largeTemplate(t);
  await writeFile(path.join(served, 'host.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<script type="module" src="/al-folio/folio/widgets.mjs"></script></head>
<body><folio-news src="/al-folio/" limit="3"></folio-news></body></html>`);
  const browser = await startBrowser({ root: served });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  const requested = [];
  const failed = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  page.on('response', (response) => { if (response.status() >= 400) failed.push(new URL(response.url()).pathname); });
  await page.goto(`${visitorUrl(browser.server.url)}host.html`);
  await page.waitForSelector('folio-news[aria-busy="false"]');
  const rows = await page.locator('folio-news tr').allInnerTexts();
  assert.equal(rows.length, 3);
  assert.match(rows[0], /Bulk item 30 body\./);
  await page.waitForTimeout(500); // nothing more comes later
  assert.deepEqual(requested.filter((p) => p.includes('/_news/')).sort(),
    ['/al-folio/_news/bulk_28.md', '/al-folio/_news/bulk_29.md', '/al-folio/_news/bulk_30.md']);
  assert.equal(count(requested, '_posts'), 0);
  assert.deepEqual(failed, []);
  assert.deepEqual(problems, []);
});

// 120 papers and a broken entry; an undated post, which only the Jekyll
// site's reader reads (the shell's first page reads each model lazily).
async function withPapers(dir) {
  const entries = Array.from({ length: 120 }, (_, i) =>
    `@article{bulk${i + 1},\n  title = {Bulk paper ${i + 1}},\n  author = {Lovelace, Ada},\n  journal = {Journal},\n  year = {${2025 - Math.floor(i / 30)}}\n}\n`);
  await mkdir(path.join(dir, '_bibliography'), { recursive: true });
  await writeFile(path.join(dir, '_bibliography/papers.bib'), `${entries.join('\n')}\n@article{broken,\n  title = {Unclosed\n`);
  await writeFile(path.join(dir, '_posts/undated-note.md'), '---\nlayout: post\ntitle: undated\n---\n\nNo date in the name.\n');
  assert.equal(cli('index', dir).status, 0);
}

test('a long publications list draws its first papers, then every paper; each model\'s problems reach the panel', async (t) => {
  const { served, dir } = await largeTemplate(t);
  await withPapers(dir);
  const browser = await startBrowser({ root: served, headers: () => ({ 'cache-control': 'no-cache' }) });
  t.after(() => browser.close());
  const base = `${visitorUrl(browser.server.url)}al-folio/`;
  const { page } = await browser.newPage();
  await page.addInitScript(`new MutationObserver((records, observer) => {
    if (document.querySelector('#folio-main[aria-busy="false"]')) {
      observer.disconnect();
      window.__firstPapers = document.querySelectorAll('#folio-main li[data-key]').length;
    }
  }).observe(document, { subtree: true, attributes: true, childList: true });`);
  await page.goto(`${base}publications/?folio-diagnostics`);
  await page.waitForFunction(() => document.documentElement.dataset.folioView === 'drawn');
  assert.equal(await page.evaluate(() => window.__firstPapers), 40);
  assert.equal(await page.locator('#folio-main li[data-key^="bulk"]').count(), 120);
  // The search covers the whole list: the oldest paper is found.
  await page.locator('#folio-main input[type="search"]').fill('Bulk paper 120');
  await page.locator('#folio-main li[data-key="bulk120"]').waitFor();
  assert.equal(await page.locator('#folio-main li[data-key]:visible').count(), 1);
  // The bibliography's problem comes with the first page (it read the papers),
  // the post's once the site is built with every file.
  await page.waitForFunction(() => document.documentElement.dataset.folioLoaded === 'all');
  const panel = page.locator('#folio-diagnostics');
  await panel.locator('li', { hasText: '_bibliography/papers.bib' }).first().waitFor();
  await panel.locator('li', { hasText: '_posts/undated-note.md' }).first().waitFor();
  await screenshotWholePage(page, 'large-site-publications');
});
