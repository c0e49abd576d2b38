// The group's news in Chromium: the about page's excerpt, an item page reached
// by its link, back to the about page, the archive by deep link, and a news
// file that the manifest lists but the server does not have.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, unlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, screenshotWholePage, startBrowser } from './harness.mjs';

const SITE_NAME = 'NDS Group @ Shanghai AI Lab';

// [date, text] of the news rows on the page.
const newsRows = (page) => page.$$eval('.news tr', (rows) => rows.map((row) => [
  row.querySelector('th').textContent.trim(),
  row.querySelector('td').textContent.replace(/\s+/g, ' ').trim(),
]));

const waitForView = (page, selector) => page.waitForSelector(`#folio-main[aria-busy="false"] ${selector}`);

test('about news, an item page, back, and the archive by deep link', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.goto(browser.server.url);
  await waitForView(page, '.news tr');

  const rows = await newsRows(page);
  assert.deepEqual(rows.map(([date]) => date), ['Jun 29, 2024', 'Jun 29, 2024', 'Apr 30, 2024', 'Mar 28, 2023']);
  assert.match(rows[0][1], /^TorchGT/);
  assert.match(rows[1][1], /^LoongServe/);
  assert.match(rows[2][1], /Centauri.*Best Paper Award.*\u{1F3C6}/u);
  assert.match(rows[3][1], /Lucid.*Distinguished Paper Award/);
  assert.equal(await page.locator('.news .table-responsive.news-scrollable').count(), 1);
  await page.locator('.news').scrollIntoViewIfNeeded();
  await screenshotWholePage(page, 'news-about-1280');

  // Follow the TorchGT link to its page.
  await page.click('a.news-title >> text=/^TorchGT/');
  await page.waitForFunction(() => location.hash === '#/news/announcement_4/');
  await waitForView(page, 'article.post-content');
  assert.match(await page.textContent('h1.post-title'), /^TorchGT.*SC 2024$/);
  assert.equal(await page.textContent('.post-meta time'), 'June 29, 2024');
  assert.match(await page.textContent('#markdown-content'), /62\.7×/);
  assert.match(await page.title(), new RegExp(`^TorchGT.* \\| ${SITE_NAME}$`));
  assert.equal(await page.getAttribute('.folio-nav a[data-view="news"]', 'aria-current'), 'page');
  await screenshotWholePage(page, 'news-item-1280');

  // Back to the about page, without reloading the content.
  await page.goBack();
  await waitForView(page, '.news tr');
  assert.equal(await page.title(), SITE_NAME);
  assert.equal((await newsRows(page)).length, 4);
  await page.goForward();
  await waitForView(page, 'article.post-content');
  assert.match(await page.textContent('h1.post-title'), /^TorchGT/);

  // The archive by deep link, in a fresh page load.
  await page.goto(`${browser.server.url}#/news/`);
  await waitForView(page, 'h1.post-title');
  assert.equal(await page.textContent('h1.post-title'), 'news');
  assert.equal(await page.title(), `news | ${SITE_NAME}`);
  assert.equal((await newsRows(page)).length, 4);
  assert.equal(await page.locator('.news-scrollable').count(), 0);
  await screenshotWholePage(page, 'news-archive-1280');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshotWholePage(page, 'news-archive-dark-1280');

  // An item page by deep link; an unknown item says so.
  await page.goto(`${browser.server.url}#/news/announcement_3/`);
  await waitForView(page, 'article.post-content');
  assert.match(await page.textContent('h1.post-title'), /^LoongServe/);
  await page.goto(`${browser.server.url}#/news/no_such_item/`);
  await waitForView(page, 'h1.post-title');
  assert.equal(await page.textContent('h1.post-title'), 'News item not found');
  assert.deepEqual(problems, []);
});

test('a news file listed in folio.json but missing on the server is a diagnostic; the rest renders', async (t) => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-site-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const entry of ['index.html', 'web', 'content']) {
    await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  await unlink(path.join(root, 'content/_news/announcement_3.md'));
  const browser = await startBrowser({ root });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.goto(browser.server.url);
  await waitForView(page, '.news tr');

  const panel = page.locator('#folio-diagnostics');
  assert.equal(await panel.getAttribute('role'), 'alert');
  assert.match(await panel.textContent(), /_news\/announcement_3\.md: error: could not be loaded \(HTTP 404; it is listed in folio\.json\)/);
  const rows = await newsRows(page);
  assert.equal(rows.length, 3);
  assert.ok(rows.every(([, text]) => !text.startsWith('LoongServe')));
  // The browser logs the failed request itself; nothing else may be logged.
  assert.deepEqual(problems.filter((p) => !/Failed to load resource: .* 404/.test(p)), []);
});
