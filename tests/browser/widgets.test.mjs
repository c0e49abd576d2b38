// Widgets on another origin: a host page on one 127.0.0.1 port, with a strict
// Content-Security-Policy, embeds news, papers and about pages whose script
// and content come from another port (the lab's). They stay isolated from the
// host's CSS, yet take its look (colour scheme, text colour, font) unless a
// theme attribute says otherwise, lay out by their own width, take the host's
// custom properties and ::part() rules, and show the host's fallback children
// until they render or when they cannot. Screenshots: test-results/widgets-*.png.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { createManifest, MANIFEST_NAME, serializeManifest } from '../../web/content-files.mjs';
import { WIDGET_PARTS } from '../../web/widget-parts.mjs';
import { repoRoot, screenshotPath, screenshotWholePage, startBrowser } from './harness.mjs';

// The lab's site: this repository, served with CORS headers.
async function startLab(t, { onRequest } = {}) {
  const lab = await startStaticServer({ root: repoRoot, headers: () => ({ 'access-control-allow-origin': '*' }), onRequest });
  t.after(() => lab.close());
  return lab;
}

const strictCsp = (labOrigin) => [
  "default-src 'none'",
  `script-src 'self' ${labOrigin} 'wasm-unsafe-eval'`,
  `style-src 'self' ${labOrigin}`,
  `connect-src 'self' ${labOrigin}`,
  `img-src 'self' ${labOrigin}`,
].join('; ');

// A host page's files (name -> text) in a temporary folder, served on its own
// port under the strict CSP; returns a Chromium page (not yet opened) and its URL.
async function startHost(t, lab, files) {
  const hostRoot = await mkdtemp(path.join(os.tmpdir(), 'folio-host-'));
  t.after(() => rm(hostRoot, { recursive: true, force: true }));
  for (const [name, text] of Object.entries({ 'favicon.ico': '', ...files })) {
    await mkdir(path.dirname(path.join(hostRoot, name)), { recursive: true });
    await writeFile(path.join(hostRoot, name), text);
  }
  const browser = await startBrowser({ root: hostRoot, headers: () => ({ 'content-security-policy': strictCsp(lab.url) }) });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, problems, url: browser.server.url };
}

const hostDocument = (labOrigin, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="stylesheet" href="host.css">
<script type="module" src="${labOrigin}web/widgets.mjs"></script>
</head><body>
${body}
</body></html>`;

const waitUntilRendered = (page) => page.waitForFunction(() =>
  [...document.querySelectorAll('folio-news, folio-papers, folio-about, folio-page')].every((w) => w.getAttribute('aria-busy') === 'false'));

// Computed style of the first element matching `selector` in widget `id`'s
// shadow root (or of the widget element itself without a selector).
const widgetStyle = (page, id, selector, property) => page.locator(`#${id}`).evaluate((widget, [inner, name]) => {
  const element = inner ? widget.shadowRoot.querySelector(inner) : widget;
  return getComputedStyle(element)[name];
}, [selector, property]);

const HOSTILE_CSS = `
table, td, th, a, div, p, li, ol, span { color: rgb(255, 0, 0) !important; font-size: 40px !important;
  border: 5px solid lime !important; display: inline !important; }
`;

test('widgets render cross-origin under a strict CSP, isolated from host CSS, sharing one core', async (t) => {
  const labRequests = [];
  const lab = await startLab(t, { onRequest: (request) => labRequests.push(new URL(request.url, 'http://x').pathname) });
  const labOrigin = lab.url;
  const { page, problems, url } = await startHost(t, lab, {
    'host.css': HOSTILE_CSS,
    'index.html': hostDocument(labOrigin, `<h1>The lab's main site</h1>
<folio-news id="news" src="${labOrigin}content/" limit="2"></folio-news>
<folio-papers id="papers" src="${labOrigin}content/" selected></folio-papers>
<p><a id="host-link" href="#">a host link</a></p>`),
  });
  await page.addInitScript(() => { window.__globalsBefore = Object.keys(window); });
  await page.goto(url);
  await waitUntilRendered(page);

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
    .filter((k) => !window.__globalsBefore.includes(k) && !k.startsWith('__')));
  assert.deepEqual(leaked, []);

  // Changing an attribute re-renders.
  await page.evaluate(() => document.getElementById('news').setAttribute('limit', '1'));
  await page.waitForFunction(() => document.getElementById('news').shadowRoot.querySelectorAll('.news tr').length === 1);

  await screenshotWholePage(page, 'widgets-host');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
});

// Folio's palette (web/folio.css), as Chromium computes it.
const PALETTE = {
  light: { background: 'rgb(255, 255, 255)', text: 'rgb(31, 35, 40)', accent: 'rgb(155, 26, 146)' },
  dark: { background: 'rgb(28, 28, 29)', text: 'rgb(230, 230, 230)', accent: 'rgb(227, 142, 224)' },
};
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const HOST_TEXT = 'rgb(51, 34, 17)';

test("a widget takes the host page's colour scheme, text colour and font, not the visitor's system; theme= overrides", async (t) => {
  const lab = await startLab(t);
  const src = `${lab.url}content/`;
  const { page, problems, url } = await startHost(t, lab, {
    'host.css': `body { color: ${HOST_TEXT}; background: rgb(255, 250, 240); font-family: Georgia, serif; }
.dark-host { color-scheme: dark; background: rgb(17, 17, 17); color: rgb(238, 238, 238); padding: 0.5rem; }
folio-news { margin: 0 0 1rem; }`,
    'index.html': hostDocument(lab.url, `<h1>A light host page</h1>
<folio-news id="plain" src="${src}" limit="2"></folio-news>
<folio-news id="dark" src="${src}" limit="2" theme="dark"></folio-news>
<folio-news id="light" src="${src}" limit="2" theme="light"></folio-news>
<folio-news id="auto" src="${src}" limit="2" theme="auto"></folio-news>
<div class="dark-host"><folio-news id="in-dark-host" src="${src}" limit="2"></folio-news></div>`),
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(url);
  await waitUntilRendered(page);

  // The visitor's system is dark; the page is light: so is the widget.
  assert.equal(await widgetStyle(page, 'plain', null, 'backgroundColor'), TRANSPARENT);
  assert.equal(await widgetStyle(page, 'plain', '.news td', 'color'), HOST_TEXT);
  assert.equal(await widgetStyle(page, 'plain', '.news th', 'color'), HOST_TEXT);
  assert.equal(await widgetStyle(page, 'plain', '.news td', 'fontFamily'), 'Georgia, serif');
  assert.equal(await widgetStyle(page, 'plain', 'a.news-title', 'color'), PALETTE.light.accent);
  // A host part that declares color-scheme: dark gets the dark accent, on its own background.
  assert.equal(await widgetStyle(page, 'in-dark-host', null, 'backgroundColor'), TRANSPARENT);
  assert.equal(await widgetStyle(page, 'in-dark-host', '.news td', 'color'), 'rgb(238, 238, 238)');
  assert.equal(await widgetStyle(page, 'in-dark-host', 'a.news-title', 'color'), PALETTE.dark.accent);

  // theme= gives folio's own palette and font.
  for (const [id, scheme] of [['dark', 'dark'], ['light', 'light'], ['auto', 'dark']]) {
    assert.equal(await widgetStyle(page, id, null, 'backgroundColor'), PALETTE[scheme].background, `theme="${id}" on a dark system`);
    assert.equal(await widgetStyle(page, id, '.news td', 'color'), PALETTE[scheme].text, `theme="${id}" on a dark system`);
    assert.equal(await widgetStyle(page, id, 'a.news-title', 'color'), PALETTE[scheme].accent, `theme="${id}" on a dark system`);
    assert.doesNotMatch(await widgetStyle(page, id, '.news td', 'fontFamily'), /Georgia/);
  }
  await page.screenshot({ path: screenshotPath('widgets-theme-dark-system'), fullPage: true });

  // The visitor's system turns light: only theme="auto" follows it.
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal(await widgetStyle(page, 'auto', null, 'backgroundColor'), PALETTE.light.background);
  assert.equal(await widgetStyle(page, 'dark', null, 'backgroundColor'), PALETTE.dark.background);
  assert.equal(await widgetStyle(page, 'plain', '.news td', 'color'), HOST_TEXT);
  await page.screenshot({ path: screenshotPath('widgets-theme-light-system'), fullPage: true });
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
});

const box = (page, id, selector) => page.locator(`#${id}`).evaluate((widget, inner) => {
  const { x, y, right, bottom } = widget.shadowRoot.querySelector(inner).getBoundingClientRect();
  return { x, y, right, bottom };
}, selector);

test('a widget lays out by its own width: in a 260 px column news and papers stack, as on a phone', async (t) => {
  const lab = await startLab(t);
  const src = `${lab.url}content/`;
  const { page, problems, url } = await startHost(t, lab, {
    'host.css': `.layout { display: flex; gap: 2rem; align-items: flex-start; }
.wide { width: 800px; } .narrow { width: 260px; }`,
    'index.html': hostDocument(lab.url, `<div class="layout">
<main class="wide"><folio-news id="wide-news" src="${src}" limit="3"></folio-news>
<folio-papers id="wide-papers" src="${src}" selected limit="2"></folio-papers></main>
<aside class="narrow"><folio-news id="narrow-news" src="${src}" limit="3"></folio-news>
<folio-papers id="narrow-papers" src="${src}" selected limit="2"></folio-papers></aside>
</div>`),
  });
  await page.goto(url); // the screen is 1280 px wide: no phone media query applies
  await waitUntilRendered(page);

  const [wideDate, wideItem] = [await box(page, 'wide-news', '.news th'), await box(page, 'wide-news', '.news td')];
  assert.ok(wideItem.x >= wideDate.right, 'at 800 px the item sits beside its date');
  const [narrowDate, narrowItem] = [await box(page, 'narrow-news', '.news th'), await box(page, 'narrow-news', '.news td')];
  assert.ok(narrowItem.y >= narrowDate.bottom, 'at 260 px the date is above its item');
  assert.ok(Math.abs(narrowItem.x - narrowDate.x) < 1, 'at 260 px date and item start at the same edge');

  const [wideBadge, wideTitle] = [await box(page, 'wide-papers', 'abbr.badge'), await box(page, 'wide-papers', '.title')];
  assert.ok(wideTitle.x >= wideBadge.right, 'at 800 px the badge is beside the entry');
  const [narrowBadge, narrowTitle] = [await box(page, 'narrow-papers', 'abbr.badge'), await box(page, 'narrow-papers', '.title')];
  assert.ok(narrowTitle.y >= narrowBadge.bottom, 'at 260 px the badge is above the entry');

  for (const id of ['narrow-news', 'narrow-papers']) {
    const overflow = await page.locator(`#${id}`).evaluate((w) => w.shadowRoot.querySelector('.folio-widget').scrollWidth - w.clientWidth);
    assert.ok(overflow <= 0, `${id} fits its 260 px column (${overflow} px too wide)`);
  }
  await screenshotWholePage(page, 'widgets-narrow');
  assert.deepEqual(problems, []);
});

test('the example host page, web/embed.html, is light on a dark system, in its own blue, news stacked in its sidebar', async (t) => {
  const browser = await startBrowser();
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${browser.server.url}web/embed.html`);
  await waitUntilRendered(page);
  const hostText = await page.evaluate(() => getComputedStyle(document.body).color);
  for (const widget of await page.locator('folio-news, folio-papers').all()) {
    assert.equal(await widget.evaluate((w) => getComputedStyle(w).backgroundColor), TRANSPARENT);
    assert.equal(await widget.evaluate((w) => getComputedStyle(w.shadowRoot.querySelector('.folio-widget')).color), hostText);
  }
  assert.equal(await page.locator('folio-news a.news-title').first().evaluate((a) => getComputedStyle(a).color), 'rgb(11, 92, 173)');
  const [date, item] = await page.locator('folio-news .news tr').first().evaluate((row) =>
    [row.querySelector('th'), row.querySelector('td')].map((cell) => cell.getBoundingClientRect().toJSON()));
  assert.ok(item.y >= date.bottom, 'the sidebar news puts each date above its item');
  await screenshotWholePage(page, 'widgets-embed-example');
  assert.deepEqual(problems, []);
});

// A small site for the about widget: a subtitle and a profile block.
const ABOUT_SITE = {
  '_config.yml': 'title: Host Lab\n',
  '_pages/about.md': '---\nlayout: about\nsubtitle: Systems for machine learning\nprofile:\n  align: right\n  more_info: >\n    <p>Room 101</p>\n---\nWe build systems.\n',
};
const aboutSiteFiles = () => Object.fromEntries([
  ...Object.entries(ABOUT_SITE).map(([file, text]) => [`about-site/${file}`, text]),
  [`about-site/${MANIFEST_NAME}`, serializeManifest(createManifest(Object.keys(ABOUT_SITE)))],
]);

test("a host restyles widgets with folio's custom properties and ::part() names", async (t) => {
  const lab = await startLab(t);
  const src = `${lab.url}content/`;
  const { page, problems, url } = await startHost(t, lab, {
    ...aboutSiteFiles(),
    'host.css': `:root { --folio-accent: rgb(0, 102, 204); }
#own-accent { --folio-accent: rgb(0, 128, 0); }
#links { --folio-link: rgb(120, 60, 0); }
#fonts { --folio-font: "DejaVu Sans Mono", monospace; }
#badges { --folio-badge-background: rgb(20, 20, 90); --folio-badge-color: rgb(250, 250, 200); }
#parts::part(news-date) { color: rgb(200, 0, 0); }
#badges::part(badge) { border-radius: 999px; }`,
    'index.html': hostDocument(lab.url, `<folio-news id="host-accent" src="${src}" limit="2"></folio-news>
<folio-news id="own-accent" src="${src}" limit="2"></folio-news>
<folio-news id="links" src="${src}" limit="2"></folio-news>
<folio-news id="fonts" src="${src}" limit="2" theme="light"></folio-news>
<folio-news id="parts" src="${src}" limit="2"></folio-news>
<folio-papers id="badges" src="${src}" limit="2"></folio-papers>
<folio-about id="about" src="about-site/"></folio-about>`),
  });
  await page.goto(url);
  await waitUntilRendered(page);

  assert.equal(await widgetStyle(page, 'host-accent', 'a.news-title', 'color'), 'rgb(0, 102, 204)', "the page's --folio-accent reaches the links");
  assert.equal(await widgetStyle(page, 'own-accent', 'a.news-title', 'color'), 'rgb(0, 128, 0)', "the widget's own --folio-accent wins");
  assert.equal(await widgetStyle(page, 'links', 'a.news-title', 'color'), 'rgb(120, 60, 0)');
  assert.match(await widgetStyle(page, 'fonts', '.news td', 'fontFamily'), /^"DejaVu Sans Mono", monospace$/);
  assert.equal(await widgetStyle(page, 'badges', 'abbr.badge', 'backgroundColor'), 'rgb(20, 20, 90)');
  assert.equal(await widgetStyle(page, 'badges', 'abbr.badge', 'color'), 'rgb(250, 250, 200)');
  assert.equal(await widgetStyle(page, 'badges', 'abbr.badge', 'borderTopLeftRadius'), '999px');
  assert.equal(await widgetStyle(page, 'parts', '.news th', 'color'), 'rgb(200, 0, 0)');
  assert.equal(await widgetStyle(page, 'badges', '.bibliography .links .btn', 'borderTopColor'), await widgetStyle(page, 'badges', '.title', 'color'),
    "buttons are drawn in the host's text colour");

  // Every part name README documents is on some piece of the three widgets
  // (loading and error are states, checked in the fallback test).
  const shown = await page.evaluate(() => [...document.querySelectorAll('folio-news, folio-papers, folio-about')]
    .flatMap((w) => [...w.shadowRoot.querySelectorAll('[part]')].flatMap((e) => [...e.part])));
  const missing = Object.keys(WIDGET_PARTS).filter((name) => !['loading', 'error'].includes(name) && !shown.includes(name));
  assert.deepEqual(missing, []);
  await screenshotWholePage(page, 'widgets-host-styles');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
});

const FALLBACK = '<p><a class="fallback" href="https://lab.example.org/news/">The lab\'s news</a></p>';

test("a widget shows the host's fallback children until it renders, and keeps them when it cannot", async (t) => {
  const lab = await startLab(t);
  const { page, problems, url } = await startHost(t, lab, {
    'host.css': 'body { font-family: Georgia, serif; }',
    'index.html': hostDocument(lab.url, `<folio-news id="news" src="${lab.url}content/" limit="2">
  ${FALLBACK}
</folio-news>
<folio-news id="bare" src="${lab.url}content/" limit="1">
</folio-news>
<folio-news id="gone" src="${lab.url}no-such-folder/">${FALLBACK}</folio-news>`),
  });
  const fallbackShown = (id) => page.locator(`#${id} > p > a.fallback`).isVisible();

  // The script is blocked (or offline): the fallback links are what the visitor sees.
  await page.route('**/web/widgets.mjs', (route) => route.abort());
  await page.goto(url);
  assert.equal(await fallbackShown('news'), true);
  assert.equal(await fallbackShown('gone'), true);
  assert.equal(await page.evaluate(() => customElements.get('folio-news')), undefined);
  await page.screenshot({ path: screenshotPath('widgets-fallback-blocked') });
  await page.unroute('**/web/widgets.mjs');

  // The script runs but the content is slow: the fallback stays up, and a
  // widget without one says it is loading.
  let releaseContent;
  const contentHeld = new Promise((resolve) => { releaseContent = resolve; });
  await page.route(`${lab.url}content/folio.json`, async (route) => { await contentHeld; await route.continue(); });
  problems.length = 0;
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('news').getAttribute('aria-busy') === 'true');
  assert.equal(await fallbackShown('news'), true);
  assert.equal(await page.locator('#bare').evaluate((w) => w.shadowRoot.querySelector('.folio-loading')?.textContent), 'Loading…');
  await page.screenshot({ path: screenshotPath('widgets-fallback-loading') });
  releaseContent();
  await waitUntilRendered(page);

  // Rendered: the content replaces the fallback.
  assert.equal(await page.locator('#news .news tr').count(), 2);
  assert.equal(await fallbackShown('news'), false);
  // It cannot load its content: it says so, above the fallback.
  const gone = page.locator('#gone >> .folio-error');
  assert.match(await gone.textContent(), /^Could not show this content: .*folio\.json/);
  assert.equal(await gone.getAttribute('part'), 'error');
  assert.equal(await fallbackShown('gone'), true);
  await page.screenshot({ path: screenshotPath('widgets-fallback-after') });
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems.filter((p) => !p.includes('404')), [], 'only the missing folder is reported');
});

test("<folio-page> shows any page of an al-folio site by its Jekyll URL, in the host's look", async (t) => {
  const lab = await startLab(t);
  const site = `${lab.url}tests/fixtures/sites/al-folio-template/`;
  const { page, problems, url } = await startHost(t, lab, {
    'host.css': 'body { background: #fffbe6; color: rgb(51, 34, 17); font-family: Georgia, serif; }',
    'index.html': hostDocument(lab.url, `<folio-page id="post" src="${site}" path="/blog/2015/math/"></folio-page>`),
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(url);
  await waitUntilRendered(page);
  const post = page.locator('#post');
  // The post layout of the site (al-folio's _posts/2015-10-20-math.md), not a folio view.
  assert.equal(await post.locator('.post-title').first().innerText(), 'a post with math');
  assert.match(await post.locator('article').first().innerText(), /MathJax 3/);
  // The host's look on a dark system: no background of its own, the host's text colour.
  assert.equal(await widgetStyle(page, 'post', '.folio-widget', 'backgroundColor'), 'rgba(0, 0, 0, 0)');
  assert.equal(await widgetStyle(page, 'post', '.post-title', 'color'), 'rgb(51, 34, 17)');
  // Another path re-renders; links stay on the lab's site.
  await page.evaluate(() => document.getElementById('post').setAttribute('path', '/cv/'));
  await page.waitForFunction(() => document.getElementById('post').shadowRoot.querySelector('.post-title')?.textContent.trim() === 'cv');
  await screenshotWholePage(page, 'widgets-page');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(problems, []);
});

test("kramdown's column alignment shows under the host's CSP (align, not an inline style)", async (t) => {
  const lab = await startLab(t);
  const { page, url } = await startHost(t, lab, {
    'index.html': hostDocument(lab.url, `<folio-about id="aligned" src="${lab.url}tests/fixtures/sites/profile-left/"></folio-about>`),
  });
  await page.goto(url);
  await waitUntilRendered(page);
  assert.equal(await widgetStyle(page, 'aligned', 'table th:last-child', 'textAlign'), 'right');
  assert.equal(await widgetStyle(page, 'aligned', 'table th:first-child', 'textAlign'), 'left');
  // (The fixture's profile picture is not in the repository: its 404 is expected, a CSP violation is not.)
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
});

test('a widget without src says what it needs', async (t) => {
  const lab = await startLab(t);
  const { page, url } = await startHost(t, lab, { 'host.css': '', 'index.html': hostDocument(lab.url, '<folio-news id="nosrc"></folio-news>') });
  await page.goto(url);
  await page.waitForSelector('#nosrc >> .folio-error');
  assert.match(await page.locator('#nosrc >> .folio-error').textContent(), /needs a src attribute/);
});
