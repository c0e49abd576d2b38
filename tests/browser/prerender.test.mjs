// Pages made by `cli.mjs build` show the content with JavaScript disabled, and
// the live shell takes over the same page when scripts run.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildSite, screenshotWholePage, startBrowser } from './harness.mjs';

test('prerendered pages are readable without JavaScript', async (t) => {
  const out = await buildSite(t);
  const browser = await startBrowser({ root: out });
  t.after(() => browser.close());
  const page = await browser.context.newPage();
  await page.route('**/*.mjs', (route) => route.abort()); // as good as scripts off, for module scripts
  await page.goto(browser.server.url);
  assert.equal(await page.title(), 'NDS Group @ Shanghai AI Lab');
  assert.match(await page.textContent('main'), /Network and Distributed Systems \(NDS\) Group/);
  assert.equal(await page.locator('.folio-loading').count(), 0);
  await page.click('.folio-nav a[data-view="publications"]');
  await page.waitForLoadState();
  assert.match(page.url(), /\/publications\/$/);
  assert.match(await page.textContent('main'), /LoongTrain/);
  await screenshotWholePage(page, 'prerendered-publications-nojs');
});

test('the live shell takes over a prerendered page without errors', async (t) => {
  const out = await buildSite(t);
  const browser = await startBrowser({ root: out });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const warnings = [];
  page.on('console', (message) => { if (message.type() === 'warning') warnings.push(message.text()); });
  await page.goto(`${browser.server.url}news/`);
  await page.waitForFunction(() => document.getElementById('folio-main').getAttribute('aria-busy') === 'false');
  // The page preloads every content file the shell needs; the shell's fetches
  // take the preloaded responses, so each file crosses the network once.
  const preloads = await page.$$eval('link[rel="preload"][as="fetch"]', (links) => links.map((l) => new URL(l.href).pathname));
  const manifest = JSON.parse(await readFile(path.join(out, 'content/folio.json'), 'utf8'));
  assert.deepEqual(preloads.filter((p) => !p.endsWith('.wasm')).sort(), ['/content/folio.json', ...manifest.files.map((f) => `/content/${f}`)].sort());
  await page.waitForTimeout(3500); // Chromium warns about a preload unused after 3 s
  for (const file of preloads) assert.equal(requested.filter((p) => p === file).length, 1, `${file} fetched once`);
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  assert.match(await page.title(), /news/i);
  assert.ok(await page.locator('main .news').count() > 0);
  // Links stay paths between prerendered pages.
  const href = await page.locator('.folio-nav a[data-view="about"]').getAttribute('href');
  assert.equal(href, '../');
  assert.deepEqual(problems, []);
});
