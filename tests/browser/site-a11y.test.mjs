// The site a visitor sees, checked as a visitor would meet it: axe-core over
// every view in the light and the dark theme, one h1 per view and landmarks,
// screenshots at phone, tablet and desktop widths (test-results/site-*.png)
// with nothing wider than the screen, and a publications page that prints
// without its navigation and buttons.
import test from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, screenshotPath, screenshotWholePage, startBrowser } from './harness.mjs';

const VIEWS = [
  { name: 'about', route: '#/' },
  { name: 'news', route: '#/news/' },
  { name: 'news-item', route: '#/news/announcement_3/' },
  { name: 'publications', route: '#/publications/' },
  { name: 'publication-anchor', route: '#/publications/chen2024centauri' },
];
const WIDTHS = [360, 768, 1280];
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(28, 28, 29)' };

async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('#folio-main[aria-busy="false"]');
}

// Opens every abstract, BibTeX, award and author list, so axe sees them too.
const openEveryBlock = (page) => page.evaluate(() => {
  for (const button of document.querySelectorAll('.bibliography button[aria-expanded="false"]')) {
    if (!button.closest('.links') || !button.parentElement.querySelector('[aria-expanded="true"]')) button.click();
  }
});

for (const scheme of ['light', 'dark']) {
  test(`axe-core finds no violations on any view (${scheme} theme)`, async (t) => {
    const browser = await startBrowser();
    t.after(() => browser.close());
    const { page, problems } = await browser.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    for (const { name, route } of VIEWS) {
      await open(page, `${browser.server.url}${route}`);
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), BACKGROUND[scheme]);
      assert.deepEqual(await axeViolations(page), [], `${name} (${scheme})`);
      assert.equal(await page.locator('h1').count(), 1, `${name}: one h1`);
      for (const landmark of ['header nav[aria-label="Main"]', 'main#folio-main', 'footer.folio-footer']) {
        assert.equal(await page.locator(landmark).count(), 1, `${name}: ${landmark}`);
      }
    }
    // With every toggled block open, and with a filter that hides entries.
    await open(page, `${browser.server.url}#/publications/`);
    await openEveryBlock(page);
    assert.deepEqual(await axeViolations(page), [], `publications, blocks open (${scheme})`);
    await open(page, `${browser.server.url}#/publications/?q=zzzz`);
    assert.deepEqual(await axeViolations(page), [], `publications, nothing matches (${scheme})`);
    assert.deepEqual(problems, []);
  });
}

test('the about page h1 is the site name, and views have section headings', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await open(page, browser.server.url);
  assert.equal((await page.locator('h1').innerText()).trim(), 'NDS Group @ Shanghai AI Lab');
  const headings = (await page.locator('main h2').allInnerTexts()).map((h) => h.trim());
  assert.deepEqual(headings.slice(0, 2), ['news', 'selected publications']);
  // Then the selected papers' years, newest first, as al-folio's selected_papers include groups them.
  const years = headings.slice(2);
  assert.ok(years.length > 0 && years.every((year) => /^\d{4}$/.test(year)), years.join());
  assert.deepEqual(years, [...years].sort().reverse());
  await open(page, `${browser.server.url}#/publications/`);
  assert.equal((await page.locator('h1').innerText()).trim(), 'publications');
  assert.deepEqual(await page.locator('main h2').allInnerTexts(), ['2024', '2023', '2022', '2021', '2020']);
  // The document title and description follow the view.
  const description = /^The Network and Distributed Systems \(NDS\) Group at the Shanghai Artificial Intelligence Laboratory/;
  for (const [route, title] of [
    ['#/', 'NDS Group @ Shanghai AI Lab'],
    ['#/news/', 'news | NDS Group @ Shanghai AI Lab'],
    ['#/news/announcement_3/', 'LoongServe, serving long-context LLMs with elastic sequence parallelism, accepted at SOSP 2024 | NDS Group @ Shanghai AI Lab'],
    ['#/publications/', 'publications | NDS Group @ Shanghai AI Lab'],
  ]) {
    await open(page, `${browser.server.url}${route}`);
    assert.equal(await page.title(), title);
    assert.match(await page.locator('meta[name="description"]').getAttribute('content'), description);
  }
  // The footer comes from _config.yml's footer_text, through the core's sanitizer.
  assert.match(await page.locator('footer.folio-footer').innerText(),
    /© Copyright NDS Group @ Shanghai AI Lab\. Network and Distributed Systems Group, Shanghai Artificial Intelligence Laboratory\./);
});

test('every view fits phone, tablet and desktop widths (screenshots in test-results/)', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const { name, route } of VIEWS.slice(0, 4)) {
      await open(page, `${browser.server.url}${route}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${name} at ${width}px is wider than the screen`);
      const shot = `site-${name}-${width}`;
      if (name !== 'about' || width === 360) await screenshotWholePage(page, shot);
      else await page.screenshot({ path: screenshotPath(shot) });
    }
    // Phones: the nav links stay on one row under the site name, and
    // bibliography rows stack (badge above the entry).
    await open(page, `${browser.server.url}#/publications/`);
    const boxes = await page.locator('.folio-nav ul a').evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
    assert.ok(boxes.every((top) => Math.abs(top - boxes[0]) < 2), `nav links share a row at ${width}px`);
    const first = page.locator('ol.bibliography > li').first();
    const badge = await first.locator('abbr.badge').boundingBox();
    const title = await first.locator('.title').boundingBox();
    if (width <= 576) assert.ok(title.y >= badge.y + badge.height, 'rows stack on a phone');
    else assert.ok(title.x >= badge.x + badge.width, 'badge beside the entry');
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 900 });
  await open(page, `${browser.server.url}#/publications/`);
  await page.screenshot({ path: screenshotPath('site-publications-dark-360') });
  assert.deepEqual(problems, []);
});

test('the publications page prints without navigation, buttons or closed blocks', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await open(page, `${browser.server.url}#/publications/`);
  await page.locator('#hu2023lucid button.abstract, #hu2023lucid button.bibtex').first().click();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const shown = (selector) => page.locator(selector).first().isVisible();
  for (const hidden of ['.folio-header', '.folio-footer', '.publication-filter', '.bibliography .links .btn.bibtex', '.bibliography .links a.btn', '#chen2024centauri-bibtex', '#chen2024centauri-award']) {
    assert.equal(await shown(hidden), false, `${hidden} is not printed`);
  }
  assert.equal(await shown('.bibliography .links .award'), true, 'an award prints as its name');
  // Print is black on white whatever the screen theme.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.bibliography .title')).color), 'rgb(0, 0, 0)');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('site-publications-print'), fullPage: false });
  // Links in prose print their address.
  await open(page, browser.server.url);
  const printed = await page.locator('.clearfix a[href="https://www.shlab.org.cn"]').evaluate((a) => getComputedStyle(a, '::after').content);
  assert.equal(printed, '" <https://www.shlab.org.cn>"');
});
