// The diagnostics panel points at the file and line at fault: the raw file
// under the content folder, and the line on GitHub when _config.yml names the
// repository (repository: owner/name, folio_branch, folio_content_path).
import test from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { axeViolations, repoRoot, startBrowser } from './harness.mjs';

async function siteWithBrokenNews(t, configLines) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-diag-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const entry of ['index.html', 'web', 'content']) await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  await appendFile(path.join(root, 'content/_config.yml'), configLines);
  await writeFile(path.join(root, 'content/_news/announcement_1.md'), '---\nlayout: post\ntitle: Broken\ndate: the day after tomorrow\n---\nText.\n');
  return root;
}

async function firstDiagnostic(page) {
  await page.waitForSelector('#folio-diagnostics li');
  const item = page.locator('#folio-diagnostics li', { hasText: '_news/announcement_1.md' }).first();
  const links = await item.locator('a').evaluateAll((anchors) => anchors.map((a) => ({ text: a.textContent, href: a.href })));
  return { text: await item.innerText(), links };
}

test('with repository: in _config.yml, a diagnostic links to its line on GitHub and to the raw file', async (t) => {
  const root = await siteWithBrokenNews(t, '\nrepository: nds-group/nds-group.github.io\nfolio_branch: source\nfolio_content_path: site/content\n');
  const browser = await startBrowser({ root });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await page.goto(browser.server.url);
  const { text, links } = await firstDiagnostic(page);
  assert.match(text, /^_news\/announcement_1\.md:4(:\d+)?: error: /);
  assert.match(links[0].text, /^_news\/announcement_1\.md:4/);
  assert.equal(links[0].href, 'https://github.com/nds-group/nds-group.github.io/blob/source/site/content/_news/announcement_1.md#L4');
  assert.equal(links[1].text, '(raw)');
  assert.equal(links[1].href, `${browser.server.url}content/_news/announcement_1.md`);
  assert.deepEqual(await axeViolations(page), [], 'the open panel passes axe too');
});

test('without a repository, a diagnostic links to the raw file', async (t) => {
  const root = await siteWithBrokenNews(t, '\n');
  const browser = await startBrowser({ root });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await page.goto(browser.server.url);
  const { links } = await firstDiagnostic(page);
  assert.equal(links.length, 1);
  assert.equal(links[0].href, `${browser.server.url}content/_news/announcement_1.md`);
  // The raw file is served where the link says.
  const response = await page.request.get(links[0].href);
  assert.match(await response.text(), /the day after tomorrow/);
});
