// Moving an al-folio site to folio in its own repository: `folio init` on a
// copy of a site shaped like al-folio's template repository (content at the
// root, assets/, entries hidden in @Comment, _pages/cv.md in the nav), served
// by a plain static server that, like GitHub Pages, answers unknown paths
// with 404.html. Visited under a host name that is not local, as a visitor
// would; once at the site root and once under a baseurl.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, screenshotPath, screenshotWholePage, startBrowser, visitorUrl } from './harness.mjs';

const fixture = path.join(repoRoot, 'tests/fixtures/sites/alfolio-template');

// A copy of the fixture at `sitePath` inside a served folder, with a news
// item whose date is wrong (so there is a diagnostic to show or hide), after
// `folio init`. Returns the served folder.
async function initedSite(t, { baseurl = '', extraConfig = '' } = {}) {
  const served = await mkdtemp(path.join(os.tmpdir(), 'folio-migrate-'));
  t.after(() => rm(served, { recursive: true, force: true }));
  const dir = path.join(served, baseurl);
  await mkdir(dir, { recursive: true });
  await cp(fixture, dir, { recursive: true });
  const config = path.join(dir, '_config.yml');
  await writeFile(config, (await readFile(config, 'utf8')).replace('baseurl: ""', `baseurl: "${baseurl ? `/${baseurl}` : ''}"`) + extraConfig);
  await writeFile(path.join(dir, '_news/announcement_9.md'), '---\nlayout: post\ndate: the day after tomorrow\ninline: true\n---\nSoon.\n');
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'web/cli.mjs'), 'init', dir], { encoding: 'utf8' });
  assert.match(result.stdout, /file\(s\) written/, result.stderr);
  return served;
}

async function openView(page, url) {
  const response = await page.goto(url);
  await page.waitForSelector('#folio-main[aria-busy="false"]');
  return response;
}

const panelShown = (page) => page.locator('#folio-diagnostics').count();

// The page and its failed requests. A path URL's document comes with status
// 404 (404.html, as on GitHub Pages), and Chromium logs that as a console
// error; every other failure counts.
async function visitorPage(browser) {
  const { page, problems } = await browser.newPage();
  const failed = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.status()} ${response.url()}`);
  });
  const otherProblems = () => [...failed, ...problems.filter((p) => !/status of 404 \(Not Found\)$/.test(p))];
  return { page, otherProblems };
}

// Fetched by the page itself (the visitor's host name resolves in the browser only).
const fetchedByPage = (page, url) => page.evaluate(async (target) => {
  const response = await fetch(target);
  return { status: response.status, type: response.headers.get('content-type') };
}, url);

test('an al-folio site after init: path URLs, its own assets, only the selected papers, no panel for visitors', async (t) => {
  const served = await initedSite(t);
  const browser = await startBrowser({ root: served });
  t.after(() => browser.close());
  const base = visitorUrl(browser.server.url);
  const { page, otherProblems } = await visitorPage(browser);
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(message.text()));

  await openView(page, base);
  assert.equal(await page.title(), 'Teng Liu');
  assert.equal(await page.locator('.folio-brand').innerText(), 'Teng Liu');
  const selected = await page.locator('#folio-main ol.bibliography > li').evaluateAll((items) => items.map((li) => li.dataset.key));
  assert.deepEqual(selected.sort(), ['liu2022renormalization', 'liu2023teleconnections']);
  assert.equal(await panelShown(page), 0, 'a visitor sees no diagnostics panel');
  assert.equal(consoleLines.filter((line) => line.startsWith('folio: ')).length, 1, 'one console message instead');
  await screenshotWholePage(page, 'migrate-about');

  // A path URL loads by itself (404.html boots the shell) and lists every visible paper.
  const response = await openView(page, `${base}publications/`);
  assert.equal(response.status(), 404, 'served as GitHub Pages serves it: 404.html');
  assert.match(await page.title(), /^publications \| Teng Liu$/);
  assert.equal(await page.locator('#folio-main ol.bibliography > li').count(), 6);
  assert.equal(await page.locator('.folio-nav a[aria-current="page"]').innerText(), 'publications');
  await screenshotWholePage(page, 'migrate-publications');

  // Links between views are paths, followed without loading the page again.
  await page.evaluate(() => { window.folioSamePage = true; });
  await page.locator('.folio-nav a[data-view="news"]').click();
  await page.waitForURL(`${base}news/`);
  await page.locator('#folio-main h1.post-title', { hasText: 'news' }).waitFor();
  assert.equal(await page.evaluate(() => window.folioSamePage), true);
  await page.goBack();
  await page.waitForSelector('#folio-main ol.bibliography');
  assert.equal(page.url(), `${base}publications/`);

  // The old site's asset URLs still work: the content stayed where it was.
  assert.deepEqual(await fetchedByPage(page, `${base}assets/pdf/Re.pdf`), { status: 200, type: 'application/pdf' });

  // Authors ask for the panel.
  await openView(page, `${base}?folio-diagnostics`);
  await page.waitForSelector('#folio-diagnostics li');
  assert.match(await page.locator('#folio-diagnostics').innerText(), /_news\/announcement_9\.md/);
  await page.screenshot({ path: screenshotPath('migrate-diagnostics') });
  assert.deepEqual(otherProblems(), []);
});

test('on localhost the author sees the panel without asking', async (t) => {
  const served = await initedSite(t);
  const browser = await startBrowser({ root: served });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await openView(page, browser.server.url);
  await page.waitForSelector('#folio-diagnostics li');
});

test('folio_diagnostics: panel shows the panel to visitors too', async (t) => {
  const served = await initedSite(t, { extraConfig: 'folio_diagnostics: panel\n' });
  const browser = await startBrowser({ root: served });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await openView(page, visitorUrl(browser.server.url));
  await page.waitForSelector('#folio-diagnostics li');
});

test('under a baseurl, the pages, their links and the assets stay under it', async (t) => {
  const served = await initedSite(t, { baseurl: 'al-folio' });
  const browser = await startBrowser({ root: served });
  t.after(() => browser.close());
  const base = `${visitorUrl(browser.server.url)}al-folio/`;
  const { page, otherProblems } = await visitorPage(browser);
  await openView(page, `${base}publications/`);
  assert.equal(await page.locator('#folio-main ol.bibliography > li').count(), 6);
  assert.equal(await page.locator('.folio-brand').getAttribute('href'), '/al-folio/');
  assert.equal(await page.locator('.folio-nav a[data-view="news"]').getAttribute('href'), '/al-folio/news/');
  await openView(page, base);
  assert.equal(await page.locator('#folio-main ol.bibliography > li').count(), 2);
  assert.equal((await fetchedByPage(page, `${base}assets/pdf/EMA.pdf`)).status, 200);
  await screenshotWholePage(page, 'migrate-baseurl-about');
  assert.deepEqual(otherProblems(), []);
});

test('without JavaScript the page is the site\'s own, not a loading notice', async (t) => {
  const served = await initedSite(t);
  const browser = await startBrowser({ root: served, javaScriptEnabled: false });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  for (const route of ['', 'publications/']) {
    await page.goto(visitorUrl(browser.server.url) + route);
    assert.equal(await page.title(), 'Teng Liu');
    assert.equal(await page.locator('.folio-brand').innerText(), 'Teng Liu');
    assert.equal(await page.locator('.folio-loading').isVisible(), false);
    assert.equal(await page.locator('noscript h1, .folio-error h1').first().innerText(), 'Teng Liu');
  }
  await page.screenshot({ path: screenshotPath('migrate-no-javascript') });
});
