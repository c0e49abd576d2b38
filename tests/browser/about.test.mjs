// The shell in Chromium: loads the core and the group's content, renders the
// about page, and stays free of console errors.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, screenshotWholePage, startBrowser } from './harness.mjs';

test('the shell renders the group about page with no console errors', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.goto(browser.server.url);
  await page.waitForSelector('#folio-main[aria-busy="false"] .post-title');

  assert.equal(await page.title(), 'NDS Group @ Shanghai AI Lab');
  assert.equal((await page.textContent('.post-title')).trim(), 'NDS Group @ Shanghai AI Lab');
  assert.equal((await page.textContent('.post-header .desc')).trim(),
    'We enhance the performance and efficiency of machine learning systems!');
  assert.match(await page.textContent('article'), /网络与分布式系统研究组（NDS）现招收与上海交通大学或复旦大学联合培养的博士研究生/);
  const shlab = page.locator('a[href="https://www.shlab.org.cn"]');
  assert.equal(await shlab.getAttribute('rel'), 'external nofollow noopener');
  assert.equal(await shlab.getAttribute('target'), '_blank');
  assert.equal(await page.locator('#folio-diagnostics').count(), 0, 'no diagnostics for the group content');
  await screenshotWholePage(page, 'about-1280');
  assert.deepEqual(problems, []);
});

test('broken YAML shows a diagnostic panel with file and line, and the page still renders', async (t) => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-site-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const entry of ['index.html', 'web', 'content']) {
    await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  await writeFile(path.join(root, 'content/_config.yml'), 'title: Broken\nannouncements:\n  enabled: [true\n');
  const browser = await startBrowser({ root });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.goto(browser.server.url);
  // The broken config leaves the site without a name, so wait for the article.
  await page.waitForSelector('#folio-main[aria-busy="false"] article');
  const panel = page.locator('#folio-diagnostics');
  assert.equal(await panel.getAttribute('role'), 'alert');
  assert.match(await panel.textContent(), /_config\.yml:\d+:\d+: error: YAML syntax error/);
  assert.match(await page.textContent('article'), /Network and Distributed Systems/);
  assert.deepEqual(problems, []);
});

test('when the core cannot load, the shell says so instead of staying blank', async (t) => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-site-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const entry of ['index.html', 'web', 'content']) {
    await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  await writeFile(path.join(root, 'web/folio-core.wasm'), 'not wasm');
  const browser = await startBrowser({ root });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await page.goto(browser.server.url);
  await page.waitForSelector('.folio-error[role="alert"]');
  assert.match(await page.textContent('.folio-error'), /could not be shown/);
});
