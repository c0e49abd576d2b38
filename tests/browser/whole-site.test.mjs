// Every page of an al-folio site in the browser, at its Jekyll URL: a copy of
// al-folio's own template (tests/fixtures/sites/al-folio-template, baseurl
// /al-folio) after `folio init`, served as GitHub Pages serves it (unknown
// paths get 404.html, which boots the shell). Pages folio has no view of its
// own for (cv, posts, the blog list, projects) render through the site's
// layouts; the nav is the one Jekyll writes (about, then the nav pages).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, screenshotWholePage, startBrowser, visitorUrl } from './harness.mjs';

const fixture = path.join(repoRoot, 'tests/fixtures/sites/al-folio-template');

async function initedTemplate(t) {
  const served = await mkdtemp(path.join(os.tmpdir(), 'folio-whole-site-'));
  t.after(() => rm(served, { recursive: true, force: true }));
  const dir = path.join(served, 'al-folio');
  await cp(fixture, dir, { recursive: true });
  await writeFile(path.join(dir, '_pages/broken.md'),
    '---\nlayout: page\ntitle: broken\npermalink: /broken/\n---\nbefore the include\n\n{% include no_such_include.liquid %}\n');
  // A picture per colour scheme, as al-folio's repository cards draw them.
  await writeFile(path.join(dir, '_pages/schemes.md'),
    '---\nlayout: page\ntitle: schemes\npermalink: /schemes/\n---\n<div class="repo"><span class="only-light">light card</span><span class="only-dark">dark card</span></div>\n'
    + '<span class="trophies d-none d-sm-none d-md-block">wide trophies</span><span class="trophies d-none d-sm-block d-md-none">narrow trophies</span>\n');
  // jekyll-tabs, as al-folio's sample post writes them.
  await writeFile(path.join(dir, '_posts/2024-05-01-tabs.md'),
    '---\nlayout: post\ntitle: a post with tabs\n---\n{% tabs log %}\n\n{% tab log php %}\n\n```php\nvar_dump(\'hello\');\n```\n\n{% endtab %}\n\n'
    + '{% tab log js %}\n\n```javascript\nconsole.log("hello");\n```\n\n{% endtab %}\n\n{% endtabs %}\n');
  // A notebook that al-folio's jupyter post checks for with {% file_exists %}: a static
  // file, which the browser knows of from folio.json's static list only.
  await mkdir(path.join(dir, 'assets/jupyter'), { recursive: true });
  await writeFile(path.join(dir, 'assets/jupyter/lab.ipynb'), '{"cells": []}\n');
  await writeFile(path.join(dir, '_posts/2024-05-02-notebook.md'),
    '---\nlayout: post\ntitle: a post with a notebook\n---\n{% capture found %}{% file_exists assets/jupyter/lab.ipynb %}{% endcapture %}'
    + '{% if found == "true" %}the notebook is there{% else %}no notebook{% endif %}; '
    + '{% capture gone %}{% file_exists assets/jupyter/gone.ipynb %}{% endcapture %}{% if gone == "true" %}a ghost{% else %}none gone{% endif %}\n');
  // al-folio's blockquotes: plain, and a tip block as its custom-blockquotes post writes one.
  await writeFile(path.join(dir, '_posts/2024-05-03-quotes.md'),
    '---\nlayout: post\ntitle: a post with quotes\n---\n> a plain quote\n\n> ##### TIP\n>\n> A tip.\n{: .block-tip }\n');
  // MathJax from npm (the very file al-folio's CDN URL and integrity hash name), served here.
  await symlink(path.join(repoRoot, 'node_modules/mathjax'), path.join(served, 'mathjax'));
  const config = await readFile(path.join(dir, '_config.yml'), 'utf8');
  const cdn = 'js: "https://cdn.jsdelivr.net/npm/mathjax@{{version}}/es5/tex-mml-chtml.js"';
  assert.ok(config.includes(cdn));
  await writeFile(path.join(dir, '_config.yml'), config.replace(cdn, 'js: "/mathjax/es5/tex-mml-chtml.js"'));
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'web/cli.mjs'), 'init', dir], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return served;
}

async function open(page, url) {
  const response = await page.goto(url);
  await page.waitForSelector('#folio-main[aria-busy="false"]');
  return response;
}

const navLinks = (page) => page.locator('.folio-nav ul a').evaluateAll((links) =>
  links.map((a) => `${a.textContent.trim()} ${new URL(a.href).pathname}${a.getAttribute('aria-current') ? ' *' : ''}`));

test('an al-folio site: each page at its Jekyll URL, the nav Jekyll writes, links followed in place', async (t) => {
  const served = await initedTemplate(t);
  const browser = await startBrowser({ root: served });
  t.after(() => browser.close());
  const base = `${visitorUrl(browser.server.url)}al-folio/`;
  const { page, problems } = await browser.newPage();
  const failed = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.status()} ${response.url()}`);
  });

  // The cv page: no view of folio's draws it, the site's cv layout does.
  await open(page, `${base}cv/`);
  assert.deepEqual(await navLinks(page), ['about /al-folio/', 'publications /al-folio/publications/', 'cv /al-folio/cv/ *']);
  assert.equal(await page.locator('#folio-main .post-title').first().innerText(), 'cv');
  assert.equal(await page.title(), 'cv | Teng Liu', 'the <title> of Jekyll\'s build');
  assert.doesNotMatch(await page.locator('#folio-main').innerText(), /Page not found/);
  await screenshotWholePage(page, 'whole-site-cv');

  // A post, through the post layout: its title, and the math as MathJax reads it.
  await open(page, `${base}blog/2015/math/`);
  assert.equal(await page.locator('#folio-main .post-title').first().innerText(), 'a post with math');
  await page.waitForSelector('#folio-main mjx-container');
  const texRead = await page.evaluate(() => [...window.MathJax.startup.document.math].map((item) => `${item.display ? 'display' : 'inline'} ${item.math.trim()}`));
  assert.ok(texRead.includes('inline E = mc^2'), texRead.join('\n'));
  assert.deepEqual((await navLinks(page)).filter((link) => link.endsWith('*')), [], 'no nav page holds the post');
  await screenshotWholePage(page, 'whole-site-post');

  // Links between pages render in place: the nav to folio's publications view and back to the cv.
  await page.evaluate(() => { window.folioSamePage = true; });
  await page.locator('.folio-nav a[data-view="publications"]').click();
  await page.waitForURL(`${base}publications/`);
  await page.locator('#folio-main .post-title', { hasText: 'publications' }).waitFor();
  await page.locator('.folio-nav a[data-view="cv"]').click();
  await page.waitForURL(`${base}cv/`);
  await page.locator('#folio-main .post-title', { hasText: 'cv' }).waitFor();
  assert.equal(await page.evaluate(() => window.folioSamePage), true, 'no page load between routes');
  assert.deepEqual((await navLinks(page)).filter((link) => link.endsWith('*')), ['cv /al-folio/cv/ *']);

  // A page whose template fails says so to the author, with its file, and the page still shows.
  await open(page, `${base}broken/?folio-diagnostics`);
  assert.match(await page.locator('#folio-main').innerText(), /before the include/);
  assert.match(await page.locator('#folio-diagnostics').innerText(), /_pages\/broken\.md:\d+/);
  await page.locator('.folio-nav a[data-view="cv"]').click();
  await page.locator('#folio-main .post-title', { hasText: 'cv' }).waitFor();
  assert.doesNotMatch(await page.locator('body').innerText(), /broken\.md/, 'the next page does not keep its diagnostics');

  // al-folio's pictures for one colour scheme: the visitor sees the one that
  // matches, the system's or the one the theme toggle picks.
  await open(page, `${base}schemes/`);
  const cards = () => page.locator('#folio-main .repo').innerText();
  assert.equal((await cards()).trim(), 'light card');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal((await cards()).trim(), 'dark card');
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  assert.equal((await cards()).trim(), 'light card', 'the toggle overrides the system');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  assert.equal((await cards()).trim(), 'dark card');
  await page.evaluate(() => document.documentElement.removeAttribute('data-theme'));
  // And the trophies for the window's width (Bootstrap's d-md-block, d-sm-block d-md-none).
  const trophies = () => page.locator('#folio-main .trophies').evaluateAll((spans) => spans.filter((s) => s.offsetParent).map((s) => s.textContent));
  assert.deepEqual(await trophies(), ['wide trophies']);
  await page.setViewportSize({ width: 700, height: 900 });
  assert.deepEqual(await trophies(), ['narrow trophies']);
  await page.setViewportSize({ width: 400, height: 900 });
  assert.deepEqual(await trophies(), []);
  await page.setViewportSize({ width: 1280, height: 900 });

  // jekyll-tabs: the first tab's body shows; a click on a label shows its own.
  await open(page, `${base}blog/2024/tabs/`);
  const shownBodies = () => page.locator('#folio-main ul.tab-content > li').evaluateAll((items) =>
    items.filter((li) => li.offsetParent).map((li) => li.textContent.trim()));
  assert.deepEqual(await shownBodies(), ["var_dump('hello');"]);
  await page.locator('#folio-main ul.tab a', { hasText: 'js' }).click();
  assert.deepEqual(await shownBodies(), ['console.log("hello");']);
  assert.equal(await page.locator('#folio-main ul.tab a[aria-selected="true"]').innerText(), 'JS');
  assert.equal(new URL(page.url()).hash, '', 'the label\'s href="#" is not followed');
  await screenshotWholePage(page, 'whole-site-tabs');

  // A static file: {% file_exists %} sees it in the browser as in Jekyll.
  await open(page, `${base}blog/2024/notebook/`);
  assert.match(await page.locator('#folio-main').innerText(), /the notebook is there; none gone/);

  // Blockquotes as al-folio's stylesheet draws them: an accent rule, and the tip block's colours.
  await open(page, `${base}blog/2024/quotes/`);
  const quotes = await page.locator('#folio-main .post-content blockquote').evaluateAll((all) => all.map((quote) => {
    const style = getComputedStyle(quote);
    return { border: `${style.borderLeftWidth} ${style.borderLeftColor}`, background: style.backgroundColor,
      text: getComputedStyle(quote.querySelector('p')).color, title: getComputedStyle(quote.querySelector('h5') ?? quote).color };
  }));
  assert.equal(quotes.length, 2);
  assert.equal(quotes[0].border, '5px rgb(155, 26, 146)', 'the light theme\'s accent, #9b1a92');
  assert.deepEqual(quotes[1], { border: '5px rgb(66, 185, 131)', background: 'rgb(226, 245, 236)', text: 'rgb(33, 93, 66)', title: 'rgb(53, 148, 105)' });

  // The blog list as al-folio's stylesheet draws it: the blog's name large, in the accent.
  await open(page, `${base}blog/`);
  const blogName = await page.locator('#folio-main .header-bar h1').evaluate((h1) => ({ size: getComputedStyle(h1).fontSize, color: getComputedStyle(h1).color }));
  assert.deepEqual(blogName, { size: '80px', color: 'rgb(155, 26, 146)' });

  // enable_math: MathJax typesets the math post's TeX, as on al-folio's pages; a page without TeX never loads it.
  const mathjaxLoads = [];
  page.on('request', (request) => { if (request.url().includes('/mathjax/')) mathjaxLoads.push(request.url()); });
  await open(page, `${base}cv/`);
  assert.deepEqual(mathjaxLoads, []);
  await open(page, `${base}blog/2015/math/`);
  await page.waitForSelector('#folio-main mjx-container');
  const math = await page.locator('#folio-main .post-content').evaluate((content) => ({
    inline: content.querySelectorAll('mjx-container:not([display="true"])').length,
    display: content.querySelectorAll('mjx-container[display="true"]').length,
    // The paragraphs' text outside code (where the post shows TeX as an example) and the typeset math.
    tex: /\\\(|\\\[|\\begin\{equation\}/.test([...content.querySelectorAll('p')].map((p) => {
      const copy = p.cloneNode(true);
      for (const skipped of copy.querySelectorAll('code, mjx-container')) skipped.remove();
      return copy.textContent;
    }).join(' ')),
  }));
  assert.ok(math.inline >= 1 && math.display >= 2, JSON.stringify(math));
  assert.equal(math.tex, false, 'no TeX source is left in the text');
  assert.match(await page.locator('#folio-main .post-content').innerText(), /\(1\)/, 'AMS equation numbers, as al-folio sets MathJax up');
  await screenshotWholePage(page, 'whole-site-math');

  // A path no route has is still "not found", inside the shell.
  await open(page, `${base}no-such-page/`);
  assert.match(await page.locator('#folio-main').innerText(), /Page not found/);
  assert.deepEqual([...failed, ...problems.filter((p) => !/status of 404 \(Not Found\)$/.test(p))], []);
});
