// Widgets on another origin: a host page on one 127.0.0.1 port, with a strict
// Content-Security-Policy and hostile CSS, embeds news and papers whose script
// and content come from another port.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { repoRoot, screenshotWholePage, startBrowser } from './harness.mjs';

const HOSTILE_CSS = `
table, td, th, a, div, p, li, ol, span { color: rgb(255, 0, 0) !important; font-size: 40px !important;
  border: 5px solid lime !important; display: inline !important; }
`;

function hostPage(labOrigin) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="hostile.css">
<script type="module" src="${labOrigin}web/widgets.mjs"></script>
</head><body>
<h1>The lab's main site</h1>
<folio-news id="news" src="${labOrigin}content/" limit="2"></folio-news>
<folio-papers id="papers" src="${labOrigin}content/" selected></folio-papers>
<p><a id="host-link" href="#">a host link</a></p>
</body></html>`;
}

test('widgets render cross-origin under a strict CSP, isolated from host CSS, sharing one core', async (t) => {
  const labRequests = [];
  const lab = await startStaticServer({
    root: repoRoot,
    headers: () => ({ 'access-control-allow-origin': '*' }),
    onRequest: (request) => labRequests.push(new URL(request.url, 'http://x').pathname),
  });
  t.after(() => lab.close());
  const labOrigin = lab.url;
  const csp = [
    "default-src 'none'",
    `script-src 'self' ${labOrigin} 'wasm-unsafe-eval'`,
    `style-src 'self' ${labOrigin}`,
    `connect-src ${labOrigin}`,
    `img-src 'self' ${labOrigin}`,
  ].join('; ');
  const hostRoot = await mkdtemp(path.join(os.tmpdir(), 'folio-host-'));
  t.after(() => rm(hostRoot, { recursive: true, force: true }));
  await writeFile(path.join(hostRoot, 'index.html'), hostPage(labOrigin));
  await writeFile(path.join(hostRoot, 'hostile.css'), HOSTILE_CSS);
  await writeFile(path.join(hostRoot, 'favicon.ico'), '');

  const browser = await startBrowser({ root: hostRoot, headers: () => ({ 'content-security-policy': csp }) });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    window.__globalsBefore = Object.keys(window);
  });
  await page.goto(browser.server.url);
  await page.waitForFunction(() => ['news', 'papers'].every((id) => document.getElementById(id).getAttribute('aria-busy') === 'false'));

  // Content: two news rows, the group's selected papers.
  const newsRows = page.locator('#news .news tr');
  assert.equal(await newsRows.count(), 2);
  const papers = page.locator('#papers ol.bibliography > li');
  assert.equal(await papers.count(), 6);
  assert.match(await papers.first().textContent(), /Efficient Training of Large Language Models on Distributed Infrastructures/);

  // Links point at the lab's own site, not at the host page.
  const newsLink = page.locator('#news a.news-title').first();
  assert.ok((await newsLink.getAttribute('href')).startsWith(`${labOrigin}#/news/`));

  // Host CSS does not reach into the widget.
  const widgetColor = await newsRows.first().evaluate((row) => getComputedStyle(row.querySelector('td, th')).color);
  assert.notEqual(widgetColor, 'rgb(255, 0, 0)');
  const hostColor = await page.locator('#host-link').evaluate((a) => getComputedStyle(a).color);
  assert.equal(hostColor, 'rgb(255, 0, 0)', 'the hostile CSS does apply to the host page');
  // ...and folio's CSS does not leak out.
  assert.equal(await page.locator('h1').evaluate((h) => getComputedStyle(h).fontWeight), '700');

  // One core and one parsed site for both widgets.
  assert.equal(labRequests.filter((p) => p.endsWith('/folio-core.wasm')).length, 1);
  assert.equal(labRequests.filter((p) => p.endsWith('/folio.json')).length, 1);

  // No globals leaked (custom elements live in the registry, not on window).
  const leaked = await page.evaluate(() => Object.keys(window)
    .filter((k) => !window.__globalsBefore.includes(k) && k !== '__globalsBefore'));
  assert.deepEqual(leaked, []);

  // Changing an attribute re-renders.
  await page.evaluate(() => document.getElementById('news').setAttribute('limit', '1'));
  await page.waitForFunction(() => document.getElementById('news').shadowRoot.querySelectorAll('.news tr').length === 1);

  await screenshotWholePage(page, 'widgets-host');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
});

test('a widget without src, or with an unreachable one, shows a readable error', async (t) => {
  const hostRoot = await mkdtemp(path.join(os.tmpdir(), 'folio-host-'));
  t.after(() => rm(hostRoot, { recursive: true, force: true }));
  const lab = await startStaticServer({ root: repoRoot, headers: () => ({ 'access-control-allow-origin': '*' }) });
  t.after(() => lab.close());
  await writeFile(path.join(hostRoot, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="${lab.url}web/widgets.mjs"></script></head><body>
<folio-news id="nosrc"></folio-news><folio-news id="gone" src="${lab.url}no-such-folder/"></folio-news></body></html>`);
  await writeFile(path.join(hostRoot, 'favicon.ico'), '');
  const browser = await startBrowser({ root: hostRoot });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await page.goto(browser.server.url);
  await page.waitForSelector('#nosrc >> .folio-error');
  assert.match(await page.locator('#nosrc >> .folio-error').textContent(), /needs a src attribute/);
  await page.waitForFunction(() => document.getElementById('gone').getAttribute('aria-busy') === 'false');
  assert.match(await page.locator('#gone').evaluate((e) => e.shadowRoot.textContent), /folio\.json|could not/i);
});
