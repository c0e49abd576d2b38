// Publications in Chromium: the toggles of bib entries (more authors, abstract,
// BibTeX) work by mouse and keyboard and keep aria-expanded in step, venue
// colours apply under a strict CSP, and the group's selected papers show on
// its about page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { updatePagePreloads } from '../../web/content-preloads.mjs';
import { listContentFiles } from '../../web/node.mjs';
import { repoRoot, screenshotWholePage, startBrowser } from './harness.mjs';

const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
].join('; ');

// The shell with the al-folio-shaped fixture as its content folder.
async function fixtureRoot(t) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-papers-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const entry of ['index.html', 'web']) await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  await cp(path.join(repoRoot, 'tests/fixtures/sites/alfolio-papers'), path.join(root, 'content'), { recursive: true });
  // As `cli.mjs index` does: the page preloads this folder's files.
  await updatePagePreloads(path.join(root, 'content'), await listContentFiles(path.join(root, 'content')));
  return root;
}

async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('bib entries toggle more authors, abstract and BibTeX, by mouse and keyboard', async (t) => {
  const browser = await startBrowser({ root: await fixtureRoot(t), headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await watchCsp(page);
  await page.goto(`${browser.server.url}#/publications/`);
  await page.waitForSelector('#folio-main[aria-busy="false"] ol.bibliography');
  assert.deepEqual(await page.locator('h2.bibliography').allTextContents(), ['1967', '1956', '1950', '1935', '1920', '1905']);

  // "2 more authors" expands to the names and collapses again.
  const letters = page.locator('#przibram1967letters');
  const more = letters.locator('button.more-authors');
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await more.innerText(), '2 more authors');
  assert.equal(await letters.locator('.more-authors-names').isVisible(), false);
  await more.click();
  assert.equal(await more.getAttribute('aria-expanded'), 'true');
  assert.equal(await letters.locator('.more-authors-names').isVisible(), true);
  assert.equal(await letters.locator('.more-authors-count').isVisible(), false);
  assert.match(await letters.locator('.author').innerText(), /Max Planck, and Hendrik Antoon Lorentz, Karl Przibram$/);
  await more.click();
  assert.equal(await more.getAttribute('aria-expanded'), 'false');
  assert.equal(await letters.locator('.more-authors-names').isVisible(), false);

  // Abs opens the abstract; Bib opens the BibTeX and closes the abstract.
  const epr = page.locator('#PhysRev-47-777');
  const abs = epr.locator('button.abstract');
  const bib = epr.locator('button.bibtex');
  const abstract = page.locator('#PhysRev-47-777-abstract');
  const bibtex = page.locator('#PhysRev-47-777-bibtex');
  assert.equal(await abstract.isVisible(), false);
  assert.equal(await bibtex.isVisible(), false);
  await abs.click();
  assert.equal(await abs.getAttribute('aria-expanded'), 'true');
  assert.equal(await abstract.isVisible(), true);
  assert.match(await abstract.innerText(), /In a complete theory there is an element corresponding/);
  await bib.click();
  assert.equal(await bib.getAttribute('aria-expanded'), 'true');
  assert.equal(await bibtex.isVisible(), true);
  assert.equal(await abs.getAttribute('aria-expanded'), 'false');
  assert.equal(await abstract.isVisible(), false);
  // The opened block holds the BibTeX and, as in al-folio, its Copy BibTeX button.
  assert.equal(await bibtex.locator(':scope > button.copy-bibtex').isVisible(), true);
  const shownBibtex = await bibtex.locator('code').innerText();
  assert.match(shownBibtex, /^@article\{PhysRev\.47\.777,/);
  assert.match(shownBibtex, /author = \{Einstein, A\. and Podolsky, B\. and Rosen, N\.\}/);
  assert.doesNotMatch(shownBibtex, /abbr|selected|award|abstract|pdf =/);

  // Keyboard: the toggles are buttons, so Enter and Space work.
  await bib.focus();
  await page.keyboard.press('Enter');
  assert.equal(await bib.getAttribute('aria-expanded'), 'false');
  assert.equal(await bibtex.isVisible(), false);
  await abs.focus();
  await page.keyboard.press('Space');
  assert.equal(await abstract.isVisible(), true);

  // Venue colours arrive through the CSSOM, which the strict CSP allows.
  const badge = page.locator('#folio-main abbr.badge', { hasText: 'PhysRev' });
  assert.equal(await badge.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(0, 159, 54)');
  // #009f36 is light enough that dark text reads better (WCAG contrast).
  assert.equal(await badge.evaluate((b) => getComputedStyle(b).color), 'rgb(31, 35, 40)');
  const preview = page.locator('#folio-main img.preview').first();
  assert.ok(await preview.evaluate((img) => img.complete && img.naturalWidth > 0), 'preview images load');
  assert.equal(await epr.locator('a.btn', { hasText: 'PDF' }).getAttribute('href'), 'content/assets/pdf/example_pdf.pdf');

  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshotWholePage(page, 'papers-alfolio-publications');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
});

test('the group about page shows its six selected papers, and its heading opens the publications view', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.goto(browser.server.url);
  await page.waitForSelector('#folio-main[aria-busy="false"] .publications ol.bibliography');

  const titles = await page.locator('.publications ol.bibliography > li .title').allTextContents();
  assert.deepEqual(titles.map((title) => title.split(':')[0]), [
    'Efficient Training of Large Language Models on Distributed Infrastructures',
    'LoongTrain', 'Centauri', 'Characterization of Large Language Model Development in the Datacenter',
    'Lucid', 'Hydro',
  ]);
  assert.deepEqual(await page.locator('.publications abbr.badge').allTextContents(),
    ['arXiv', 'arXiv', 'ASPLOS', 'NSDI', 'ASPLOS', 'OSDI']);
  const asplos = page.locator('.publications abbr.badge', { hasText: 'ASPLOS' }).first();
  assert.equal(await asplos.evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(29, 79, 145)');
  const owner = page.locator('#gu2024loongtrain .author > em');
  assert.equal(await owner.innerText(), 'Peng Sun');
  assert.equal(await owner.isVisible(), true);

  // The award opens its block.
  const award = page.locator('#chen2024centauri button.award');
  await award.click();
  assert.equal(await page.locator('#chen2024centauri-award').isVisible(), true);
  assert.match(await page.locator('#chen2024centauri-award').innerText(), /Best Paper Award at ASPLOS 2024/);
  await award.click();

  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky header belongs at the top
  await screenshotWholePage(page, 'papers-group-about');

  await page.click('h2 a[href="#/publications/"]');
  await page.waitForSelector('h2.bibliography');
  assert.match(page.url(), /#\/publications\/$/);
  assert.equal(await page.title(), 'publications | NDS Group @ Shanghai AI Lab');
  assert.deepEqual(await page.locator('h2.bibliography').allTextContents(), ['2024', '2023', '2022', '2021', '2020']);
  assert.equal(await page.locator('ol.bibliography > li').count(), 19);
  assert.equal(await page.locator('.folio-nav a[data-view="publications"]').getAttribute('aria-current'), 'page');
  await screenshotWholePage(page, 'papers-group-publications');
  assert.deepEqual(problems, []);
});
