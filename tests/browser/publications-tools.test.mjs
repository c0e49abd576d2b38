// What the publications view does beyond al-folio's, in Chromium on the
// group's papers: the filter (text, year, venue) with its state in the URL,
// per-entry anchors, "Copy BibTeX", and every toggle operated from the
// keyboard alone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { screenshotPath, startBrowser } from './harness.mjs';

const shownKeys = (page) => page.locator('ol.bibliography > li:not([hidden])').evaluateAll((lis) => lis.map((li) => li.dataset.key));
const shownYears = (page) => page.locator('h2.bibliography:not([hidden])').allInnerTexts();

async function openPublications(page, url) {
  await page.goto(url);
  await page.waitForSelector('#folio-main[aria-busy="false"] .publication-filter');
}

test('the filter narrows by text, year and venue at once, and its state lives in the URL', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  const base = browser.server.url;
  await openPublications(page, `${base}#/publications/`);
  assert.equal((await shownKeys(page)).length, 19);
  assert.equal(await page.locator('.publication-filter-count').innerText(), '19 publications');

  await page.fill('#folio-filter-q', 'loong');
  assert.deepEqual(await shownKeys(page), ['gu2024loongtrain', 'wu2024loongserve']);
  assert.equal(await page.locator('.publication-filter-count').innerText(), '2 of 19 publications');
  assert.equal(await page.evaluate(() => location.hash), '#/publications/?q=loong');
  assert.deepEqual(await shownYears(page), ['2024']);

  // Authors count, those behind "N more authors" too; words must all match.
  await page.fill('#folio-filter-q', 'tianwei  SURVEY');
  assert.deepEqual(await shownKeys(page), ['duan2024efficient', 'ye2024deep']);
  // Venue text and badge abbreviations.
  await page.fill('#folio-filter-q', 'usenix');
  assert.deepEqual(await shownKeys(page), ['hu2024characterization', 'hu2023hydro', 'hu2022primo']);

  await page.fill('#folio-filter-q', '');
  await page.selectOption('#folio-filter-year', '2023');
  assert.deepEqual(await shownKeys(page), ['hu2023lucid', 'hu2023hydro']);
  await page.selectOption('#folio-filter-year', '');
  await page.selectOption('#folio-filter-venue', 'ASPLOS');
  assert.deepEqual(await shownKeys(page), ['chen2024centauri', 'hu2023lucid']);
  assert.deepEqual(await shownYears(page), ['2024', '2023']);
  await page.selectOption('#folio-filter-year', '2024');
  assert.deepEqual(await shownKeys(page), ['chen2024centauri']);
  assert.equal(await page.evaluate(() => location.hash), '#/publications/?year=2024&venue=ASPLOS');

  // The URL is the state: a reload shows the same filter and the same entries.
  await page.reload();
  await page.waitForSelector('#folio-main[aria-busy="false"] .publication-filter');
  assert.equal(await page.inputValue('#folio-filter-year'), '2024');
  assert.equal(await page.inputValue('#folio-filter-venue'), 'ASPLOS');
  assert.deepEqual(await shownKeys(page), ['chen2024centauri']);

  // A link with a state; venue names match without regard to case.
  await openPublications(page, `${base}#/publications/?q=llm&year=2024&venue=arxiv`);
  assert.equal(await page.inputValue('#folio-filter-q'), 'llm');
  assert.deepEqual(await shownKeys(page), ['gu2024loongtrain', 'chen2024amsp']);
  await page.screenshot({ path: screenshotPath('publications-filtered') });

  // Nothing matches: a message, no empty year headings.
  await page.fill('#folio-filter-q', 'no such paper');
  assert.deepEqual(await shownKeys(page), []);
  assert.deepEqual(await shownYears(page), []);
  assert.equal(await page.locator('text=No publications match the filter.').isVisible(), true);

  // Back and forward between filter URLs re-filter without rendering again.
  await page.evaluate(() => { document.querySelector('.publication-filter').dataset.marker = 'same'; });
  await page.evaluate(() => { location.hash = '#/publications/?venue=NSDI'; });
  await page.waitForFunction(() => document.querySelectorAll('ol.bibliography > li:not([hidden])').length === 1);
  assert.equal(await page.locator('.publication-filter[data-marker="same"]').count(), 1);
  assert.deepEqual(await shownKeys(page), ['hu2024characterization']);
  assert.deepEqual(problems, []);
});

test('#/publications/KEY scrolls to the entry, highlights and focuses it', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 700 });
  await openPublications(page, `${browser.server.url}#/publications/hu2022primo`);
  const entry = page.locator('li[data-key="hu2022primo"]');
  assert.match(await entry.getAttribute('class'), /\bfolio-target\b/);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.key), 'hu2022primo');
  const box = await entry.boundingBox();
  assert.ok(box.y >= 50 && box.y < 200, `the entry is at the top of the screen, below the bar (y = ${box.y})`);
  assert.match(await page.title(), /^Primo: Practical Learning-Augmented Systems with Interpretable Models \| publications \| /);
  assert.equal(await page.locator('.folio-target').count(), 1);
  await page.screenshot({ path: screenshotPath('publications-anchor') });

  // Another entry by its link: the highlight moves.
  await page.evaluate(() => { location.hash = '#/publications/chen2024centauri'; });
  await page.waitForSelector('li[data-key="chen2024centauri"].folio-target');
  assert.equal(await page.locator('.folio-target').count(), 1);

  // A key that names nothing: the list, and a note saying so.
  await page.evaluate(() => { location.hash = '#/publications/no-such-paper'; });
  await page.waitForSelector('.folio-notice');
  assert.match(await page.locator('.folio-notice').innerText(), /no publication “no-such-paper”/);
  assert.equal(await page.locator('ol.bibliography > li').count(), 19);
  assert.deepEqual(problems, []);
});

test('Copy BibTeX puts the entry\'s BibTeX on the clipboard', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: browser.server.url.replace(/\/$/, '') });
  const { page, problems } = await browser.newPage();
  await openPublications(page, `${browser.server.url}#/publications/`);
  // As in al-folio: the button is inside the BibTeX block, seen once Bib opens it; none on the row.
  const copy = page.locator('#hu2023lucid-bibtex > button.copy-bibtex');
  assert.equal(await page.locator('#hu2023lucid .links button.copy-bibtex').count(), 0);
  assert.equal(await copy.isVisible(), false);
  await page.locator('#hu2023lucid .links button.bibtex').click();
  assert.equal(await copy.isVisible(), true, 'shown in the opened block where the clipboard works');
  await copy.click();
  await page.waitForFunction(() => document.querySelector('#hu2023lucid-bibtex > button.copy-bibtex').textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#hu2023lucid-bibtex code').textContent());
  assert.match(copied, /^@inproceedings\{hu2023lucid,\n {2}title = \{Lucid: A Non-intrusive, Scalable and Interpretable Scheduler/);
  assert.match(copied, /doi = \{10\.1145\/3575693\.3575705\}/);
  assert.doesNotMatch(copied, /award|selected|abbr/);
  assert.deepEqual(problems, []);
});

// Tabs forward until the focused element matches `selector`; fails after `limit` tabs.
async function tabTo(page, selector, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

const focusRing = (page) => page.evaluate(() => {
  const element = document.activeElement;
  const style = getComputedStyle(element);
  return { visible: element.matches(':focus-visible'), outline: style.outlineStyle, width: style.outlineWidth };
});

test('keyboard only: Tab reaches every toggle, Enter and Space flip aria-expanded, focus is visible', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await openPublications(page, `${browser.server.url}#/publications/`);

  // The skip link comes first and moves focus into the content.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'folio-skip');
  assert.equal(await page.locator('.folio-skip').isVisible(), true);

  await tabTo(page, '#folio-filter-q');
  await page.keyboard.type('centauri');
  assert.deepEqual(await shownKeys(page), ['chen2024centauri']);

  const entry = '#chen2024centauri';
  for (const kind of ['more-authors', 'award', 'bibtex']) {
    const selector = `${entry} button.${kind}`;
    await tabTo(page, selector);
    const ring = await focusRing(page);
    assert.ok(ring.visible && ring.outline === 'solid' && ring.width !== '0px', `${kind}: focus is visible (${JSON.stringify(ring)})`);
    const button = page.locator(selector);
    const block = page.locator(`#${await button.getAttribute('aria-controls')}`);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true', `${kind}: Enter opens`);
    assert.equal(await block.isVisible(), true);
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'false', `${kind}: Space closes`);
    assert.equal(await block.isVisible(), false);
    await page.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'true', `${kind}: Space opens`);
  }
  await page.screenshot({ path: screenshotPath('publications-keyboard') });
  assert.deepEqual(problems, []);
});
