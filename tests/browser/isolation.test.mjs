// When the core cannot run — its .wasm missing (404), damaged, or a browser
// without WebAssembly — the shell and every widget say so in words instead of
// staying blank or busy. Bytes that are not UTF-8 never reach the page.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { repoRoot, startBrowser } from './harness.mjs';

const BREAKAGES = {
  'the .wasm is missing (404)': (root) => unlink(path.join(root, 'web/folio-core.wasm')),
  'the .wasm is damaged': (root) => writeFile(path.join(root, 'web/folio-core.wasm'), 'not wasm at all'),
  'the browser has no WebAssembly': async () => {},
};

async function copySite(t) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-site-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const entry of ['index.html', 'web', 'content']) {
    await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  return root;
}

const withoutWebAssembly = (how) => how.includes('no WebAssembly');

for (const [how, breakCore] of Object.entries(BREAKAGES)) {
  test(`widgets show a readable error when ${how}`, async (t) => {
    const root = await copySite(t);
    await breakCore(root);
    const lab = await startStaticServer({ root, headers: () => ({ 'access-control-allow-origin': '*' }) });
    t.after(() => lab.close());
    const hostRoot = await mkdtemp(path.join(os.tmpdir(), 'folio-host-'));
    t.after(() => rm(hostRoot, { recursive: true, force: true }));
    await writeFile(path.join(hostRoot, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="${lab.url}web/widgets.mjs"></script></head><body>
<folio-news id="news" src="${lab.url}content/"></folio-news>
<folio-papers id="papers" src="${lab.url}content/" selected></folio-papers>
<folio-about id="about" src="${lab.url}content/"></folio-about></body></html>`);
    await writeFile(path.join(hostRoot, 'favicon.ico'), '');
    const browser = await startBrowser({ root: hostRoot });
    t.after(() => browser.close());
    const { page } = await browser.newPage();
    if (withoutWebAssembly(how)) await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(browser.server.url);
    for (const id of ['news', 'papers', 'about']) {
      await page.waitForFunction((widget) => document.getElementById(widget).getAttribute('aria-busy') === 'false', id);
      const error = await page.locator(`#${id}`).evaluate((e) => {
        const p = e.shadowRoot.querySelector('.folio-error');
        return p && { role: p.getAttribute('role'), text: p.textContent };
      });
      assert.ok(error, `${id} shows an error`);
      assert.equal(error.role, 'alert');
      assert.match(error.text, /^Could not show this content: .{10,}/);
      if (withoutWebAssembly(how)) assert.match(error.text, /cannot run WebAssembly/);
    }
  });

  test(`the shell shows a readable error when ${how}`, async (t) => {
    const root = await copySite(t);
    await breakCore(root);
    const browser = await startBrowser({ root });
    t.after(() => browser.close());
    const { page } = await browser.newPage();
    if (withoutWebAssembly(how)) await page.addInitScript(() => { delete window.WebAssembly; });
    await page.goto(browser.server.url);
    await page.waitForSelector('.folio-error[role="alert"]');
    assert.match(await page.textContent('.folio-error'), /could not be shown/);
    assert.equal(await page.getAttribute('#folio-main', 'aria-busy'), 'false');
    if (withoutWebAssembly(how)) assert.match(await page.textContent('.folio-error'), /cannot run WebAssembly/);
  });
}

test('invalid UTF-8 in a content file reaches the page as U+FFFD, with a diagnostic', async (t) => {
  const root = await copySite(t);
  const about = path.join(root, 'content/_pages/about.md');
  const text = await readFile(about);
  await writeFile(about, Buffer.concat([text, Buffer.from('\nBroken bytes: '), Buffer.from([0xc3, 0x28, 0xff, 0xed, 0xa0, 0x80]), Buffer.from(' end.\n')]));
  const browser = await startBrowser({ root });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  await page.goto(browser.server.url);
  await page.waitForSelector('#folio-main[aria-busy="false"] article');
  assert.match(await page.textContent('article'), /Broken bytes: \uFFFD\(\uFFFD\uFFFD\uFFFD\uFFFD end\./);
  assert.match(await page.textContent('#folio-diagnostics'), /_pages\/about\.md: warning: contains bytes that are not UTF-8/);
});

test('a page opened at an in-page anchor renders, and scrolls to the content id it names', async (t) => {
  const root = await copySite(t);
  const about = path.join(root, 'content/_pages/about.md');
  const filler = Array.from({ length: 80 }, (_, i) => `Paragraph ${i}.`).join('\n\n');
  await writeFile(about, `${await readFile(about, 'utf8')}\n${filler}\n\n<h2 id="results">Results</h2>\n\n[back to results](#results)\n`);
  const browser = await startBrowser({ root });
  t.after(() => browser.close());
  const { page, problems } = await browser.newPage();
  await page.goto(`${browser.server.url}#results`);
  await page.waitForSelector('#folio-main[aria-busy="false"] #user-content-results');
  await page.waitForFunction(() => window.scrollY > 0);
  const top = await page.locator('#user-content-results').evaluate((h) => h.getBoundingClientRect().top);
  assert.ok(Math.abs(top) < 100, `the heading is at the top of the window (${top})`);
  assert.equal(await page.getAttribute('a[href$="results"]', 'href'), '#user-content-results');
  assert.deepEqual(problems, []);
});
