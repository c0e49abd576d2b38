// Prerendered pages (`cli.mjs build`) under a strict Content-Security-Policy:
// the JSON-LD data blocks break no rule, a paper's own page opens on that
// paper, and the publications filter keeps its state in the real query string.
import test from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, buildSite, startBrowser } from './harness.mjs';

const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; img-src 'self'";


test('a paper\'s prerendered page opens on that paper, with its JSON-LD and no CSP violation', async (t) => {
  const browser = await startBrowser({ root: await buildSite(t), headers: () => ({ 'content-security-policy': STRICT_CSP }) });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto(`${browser.server.url}publications/hu2023hydro/`);
  await page.waitForSelector('#folio-main[aria-busy="false"] .publication-filter');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.key), 'hu2023hydro');
  assert.match(await page.title(), /^Hydro: Surrogate-Based Hyperparameter Tuning Service in Datacenters \| /);
  const box = await page.locator('li[data-key="hu2023hydro"]').boundingBox();
  assert.ok(box.y > 0 && box.y < 200, `scrolled to the paper (y = ${box.y})`);
  const jsonLd = await page.evaluate(() => [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
  assert.equal(jsonLd[0].name, 'Hydro: Surrogate-Based Hyperparameter Tuning Service in Datacenters');
  assert.equal(await page.locator('meta[name="citation_conference_title"]').getAttribute('content'),
    '17th USENIX Symposium on Operating Systems Design and Implementation (OSDI 2023)');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
});

test('on prerendered pages the filter state is the query string, and survives a reload', async (t) => {
  const browser = await startBrowser({ root: await buildSite(t) });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.goto(`${browser.server.url}publications/`);
  await page.waitForSelector('#folio-main[aria-busy="false"] .publication-filter');
  await page.fill('#folio-filter-q', 'loong');
  assert.equal(await page.evaluate(() => location.search), '?q=loong');
  assert.equal(await page.evaluate(() => location.pathname), '/publications/');
  await page.reload();
  await page.waitForSelector('#folio-main[aria-busy="false"] .publication-filter');
  assert.equal(await page.inputValue('#folio-filter-q'), 'loong');
  assert.deepEqual(await page.locator('ol.bibliography > li:not([hidden])').evaluateAll((lis) => lis.map((li) => li.dataset.key)),
    ['gu2024loongtrain', 'wu2024loongserve']);
  // (axe's script is injected inline, so it runs here, without the strict CSP.)
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`${browser.server.url}publications/chen2024centauri/`);
  await page.waitForSelector('#folio-main[aria-busy="false"] .folio-target');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
});
