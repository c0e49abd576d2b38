// The XSS corpus in Chromium: every vector of tests/fixtures/xss/vectors.txt,
// placed in every field of an al-folio site (see xss-corpus.mjs), rendered by
// the shell (every route) and by the widgets on a host page. The pages record
// any sign of script: alert/confirm/prompt/print/open/document.write/
// sendBeacon calls, reads of document.cookie and document.domain,
// Content-Security-Policy violations (a report-only policy without
// 'unsafe-inline' or 'unsafe-eval': inline scripts, handlers, javascript: URLs
// and eval still run, and are reported), dialogs, popups, unexpected navigations, script or frame
// loads, and javascript: URLs reached by clicking every rendered link. The
// rendered DOM (shadow roots included) is also searched for what could run
// script later: event handler attributes, script-capable elements, and URLs
// with a scheme other than http, https, mailto or raster data:.
// Everything must stay at zero.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { withContentPreloads } from '../../web/content-preloads.mjs';
import { repoRoot, startBrowser } from './harness.mjs';
import { SHELL_ROUTES, readVectors, siteFiles } from './xss-corpus.mjs';

const SITES_PER_HOST_PAGE = 40;
const PARALLEL_PAGES = 3;
const CSP_REPORT_ONLY = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'";

// Runs in every page and frame before anything else.
function installRecorders() {
  const events = [];
  Object.defineProperty(window, '__xssEvents', { value: events });
  const record = (kind, detail = '') => events.push(`${kind}: ${String(detail).slice(0, 200)}`);
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { record(name, args.join(' ')); return null; };
  }
  window.open = (url) => { record('window.open', url); return null; };
  document.write = (...args) => record('document.write', args.join(''));
  document.writeln = (...args) => record('document.writeln', args.join(''));
  if (navigator.sendBeacon) navigator.sendBeacon = (url) => { record('sendBeacon', url); return false; };
  for (const property of ['cookie', 'domain']) {
    Object.defineProperty(document, property, { get() { record(`document.${property}`); return ''; }, set() { record(`document.${property} =`); } });
  }
  document.addEventListener('securitypolicyviolation', (e) => record('csp', `${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  // A click on a javascript: link would run it: record and cancel.
  document.addEventListener('click', (e) => {
    const link = e.composedPath().find((node) => node instanceof Element && node.closest?.('a[href], area[href]'));
    const anchor = link?.closest('a[href], area[href]');
    if (!anchor) return;
    const protocol = new URL(anchor.getAttribute('href'), document.baseURI).protocol;
    if (!['http:', 'https:', 'mailto:'].includes(protocol)) record('click to', anchor.getAttribute('href'));
    e.preventDefault();
  }, true);
}

// Runs in the page: what in `roots` could run script later, and clicks on
// every link (the click recorder above cancels them).
function inspectRendered(rootSelector) {
  // Elements that run script, load active content or change how the page's
  // URLs resolve. (Forms are folio's own UI too; their URLs are checked below.)
  const FORBIDDEN = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base',
    'meta', 'link', 'svg', 'math', 'template', 'portal', 'image', 'animate', 'set', 'handler', 'use']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'dynsrc',
    'lowsrc', 'xlink:href', 'srcset', 'ping', 'codebase', 'cite', 'longdesc', 'folder']);
  const RASTER = /^data:image\/(png|gif|jpeg|webp)[;,]/i;
  const findings = [];
  const roots = [];
  // Only folio's own containers: content may carry the same id or class.
  const collect = (root) => {
    for (const element of root.children) if (element.matches(rootSelector)) roots.push(element);
    for (const host of root.querySelectorAll('*')) if (host.shadowRoot) collect(host.shadowRoot);
  };
  collect(document.body);
  for (const root of roots) {
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const tag = element.localName;
      if (FORBIDDEN.has(tag)) findings.push(`element <${tag}>`);
      for (const { name, value } of element.attributes) {
        const lower = name.toLowerCase();
        if (lower.startsWith('on')) findings.push(`<${tag} ${name}>`);
        if (lower === 'style' || lower === 'srcdoc' || lower === 'formaction') findings.push(`<${tag} ${name}>`);
        if (URL_ATTRIBUTES.has(lower)) {
          let protocol;
          try { protocol = new URL(value, document.baseURI).protocol; } catch { protocol = 'invalid:'; }
          const ok = ['http:', 'https:', 'mailto:'].includes(protocol) || (protocol === 'data:' && RASTER.test(value.trim()));
          if (!ok) findings.push(`<${tag} ${name}="${value.slice(0, 80)}">`);
        }
      }
    }
    for (const link of root.querySelectorAll('a[href], area[href]')) {
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    }
  }
  return { findings, rendered: roots.length };
}

async function writeSites(root, vectors) {
  const index = await readFile(path.join(repoRoot, 'index.html'), 'utf8');
  const shellPage = index.replaceAll('"web/', '"../../web/');
  await Promise.all(vectors.map(async (vector, i) => {
    const dir = path.join(root, 'sites', String(i));
    const files = siteFiles(vector, i);
    for (const [file, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, 'content', file)), { recursive: true });
      await writeFile(path.join(dir, 'content', file), text);
    }
    // As `cli.mjs index` writes them: the page preloads this site's files.
    await writeFile(path.join(dir, 'index.html'), withContentPreloads(shellPage, Object.keys(files).filter((file) => file !== 'folio.json')));
  }));
  const hostPages = [];
  for (let start = 0; start < vectors.length; start += SITES_PER_HOST_PAGE) {
    const widgets = [];
    for (let i = start; i < Math.min(vectors.length, start + SITES_PER_HOST_PAGE); i += 1) {
      const src = `../sites/${i}/content/`;
      widgets.push(`<folio-about src="${src}"></folio-about>`, `<folio-about src="${src}" view="news/item"></folio-about>`,
        `<folio-news src="${src}"></folio-news>`, `<folio-papers src="${src}"></folio-papers>`,
        `<folio-papers src="${src}" selected></folio-papers>`);
    }
    const name = `host/${start}.html`;
    await mkdir(path.join(root, 'host'), { recursive: true });
    await writeFile(path.join(root, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<script type="module" src="../web/widgets.mjs"></script></head><body><h1>Host</h1>
${widgets.join('\n')}
</body></html>`);
    hostPages.push(name);
  }
  return hostPages;
}

test('the XSS corpus runs nothing in the shell or in widgets', { timeout: 20 * 60 * 1000 }, async (t) => {
  // FOLIO_XSS_LIMIT=N runs the first N vectors only (while working on the corpus).
  const vectors = (await readVectors()).slice(0, Number(process.env.FOLIO_XSS_LIMIT) || undefined);
  assert.ok(vectors.length >= Math.min(200, Number(process.env.FOLIO_XSS_LIMIT) || 200), `the corpus has ${vectors.length} vectors`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-xss-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await cp(path.join(repoRoot, 'web'), path.join(root, 'web'), { recursive: true });
  const hostPages = await writeSites(root, vectors);

  const browser = await startBrowser({ root, headers: () => ({ 'content-security-policy-report-only': CSP_REPORT_ONLY }) });
  t.after(() => browser.close());
  const origin = new URL(browser.server.url).origin;
  const executions = [];
  // Several pages load sites in parallel; each records into `executions`.
  const watch = async () => {
    const { page, problems } = await browser.newPage();
    const state = { page, problems, where: '' };
    page.on('dialog', (dialog) => { executions.push(`${state.where}: dialog ${dialog.message()}`); dialog.dismiss().catch(() => {}); });
    page.on('popup', (popup) => { executions.push(`${state.where}: popup ${popup.url()}`); popup.close().catch(() => {}); });
    page.on('request', (request) => {
      const type = request.resourceType();
      const own = request.url().startsWith(origin);
      const subframe = type === 'document' && request.frame() !== page.mainFrame();
      if (subframe || (!own && ['script', 'document', 'websocket', 'eventsource', 'manifest', 'stylesheet', 'font'].includes(type))) {
        executions.push(`${state.where}: ${type} request ${request.url()}`);
      }
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith(origin)) executions.push(`${state.where}: navigated to ${frame.url()}`);
    });
    await page.addInitScript(installRecorders);
    state.collect = async () => {
      const { findings, rendered } = await page.evaluate(inspectRendered,
        state.where.startsWith('widget') ? '.folio-widget' : 'main#folio-main, footer.folio-footer');
      const events = await page.evaluate(() => window.__xssEvents.splice(0));
      for (const finding of [...findings, ...events]) executions.push(`${state.where}: ${finding}`);
      return rendered;
    };
    return state;
  };
  const pages = await Promise.all(Array.from({ length: PARALLEL_PAGES }, watch));

  const started = Date.now();
  let shellRenders = 0;
  let next = 0;
  await Promise.all(pages.map(async (state) => {
    const { page } = state;
    for (let i = next++; i < vectors.length; i = next++) {
      for (const route of SHELL_ROUTES) {
        state.where = `shell, vector ${i + 1} ${JSON.stringify(vectors[i]).slice(0, 80)}, ${route}`;
        if (route === SHELL_ROUTES[0]) {
          await page.goto(`${browser.server.url}sites/${i}/${route}`);
        } else {
          await page.evaluate((hash) => { document.getElementById('folio-main').setAttribute('aria-busy', 'true'); location.hash = hash; }, route);
        }
        await page.waitForSelector('#folio-main[aria-busy="false"]');
        const rendered = await state.collect();
        shellRenders += rendered;
      }
    }
  }));
  const shellSeconds = (Date.now() - started) / 1000;

  let widgetRenders = 0;
  const [state] = pages;
  const { page } = state;
  for (const hostPage of hostPages) {
    state.where = `widget, ${hostPage}`;
    await page.goto(`${browser.server.url}${hostPage}`);
    await page.waitForFunction(() => [...document.querySelectorAll('body > *')].filter((e) => e.localName.startsWith('folio-'))
      .every((e) => e.getAttribute('aria-busy') === 'false'), null, { timeout: 120000 }).catch(async (error) => {
      const busy = await page.evaluate(() => [...document.querySelectorAll('body > *')]
        .filter((e) => e.localName.startsWith('folio-') && e.getAttribute('aria-busy') !== 'false').map((e) => e.outerHTML));
      throw new Error(`${error.message}; still busy: ${busy.slice(0, 5).join(' ')}; problems: ${state.problems.join('; ')}`);
    });
    const rendered = await state.collect();
    widgetRenders += rendered;
    const errors = await page.evaluate(() => [...document.querySelectorAll('body > *')]
      .filter((e) => e.shadowRoot?.querySelector('.folio-error')).map((e) => e.shadowRoot.textContent.slice(0, 200)));
    assert.deepEqual(errors, [], 'every widget rendered');
  }

  console.log(`xss: ${vectors.length} vectors, ${vectors.length * SHELL_ROUTES.length} shell views (main and footer) in ` +
    `${shellSeconds.toFixed(0)} s, ` +
    `${widgetRenders} widgets; ${executions.length} executions or script surfaces`);
  assert.equal(shellRenders, vectors.length * SHELL_ROUTES.length * 2, 'main and footer of every shell view');
  assert.equal(widgetRenders, vectors.length * 5);
  assert.deepEqual(executions.slice(0, 40), []);
  const problems = pages.flatMap((p) => p.problems).filter((p) => !/Failed to load resource/.test(p));
  assert.deepEqual(problems, []);
});

// The same recorders, on the corpus put into a page with no sanitizer at all:
// they must see scripts run, handlers fire, CSP reports and javascript: links,
// or the zero above would prove nothing.
test('without folio, the recorders see the corpus run', async (t) => {
  const vectors = await readVectors();
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-xss-control-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await writeFile(path.join(root, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>control</title></head><body><main id="folio-main"></main></body></html>');
  const browser = await startBrowser({ root, headers: () => ({ 'content-security-policy-report-only': CSP_REPORT_ONLY }) });
  t.after(() => browser.close());
  const { page } = await browser.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs += 1; dialog.dismiss().catch(() => {}); });
  await page.addInitScript(installRecorders);
  // In chunks, each on a fresh page: some vectors navigate the page away
  // (a <meta http-equiv="refresh"> does even when inserted by script).
  const events = [];
  const findings = [];
  let navigations = 0;
  for (let start = 0; start < vectors.length; start += 20) {
    await page.goto(browser.server.url);
    await page.evaluate((html) => { document.getElementById('folio-main').innerHTML = html; }, vectors.slice(start, start + 20).join('\n'));
    await page.waitForTimeout(300);
    if (!page.url().startsWith(browser.server.url)) {
      navigations += 1;
      continue;
    }
    findings.push(...(await page.evaluate(inspectRendered, 'main#folio-main')).findings);
    events.push(...await page.evaluate(() => window.__xssEvents.splice(0)));
  }
  const kinds = new Set(events.map((e) => e.split(':')[0]));
  console.log(`xss control: ${events.length} recorded events (${[...kinds].join(', ')}), ${findings.length} script surfaces, ` +
    `${dialogs} dialogs, ${navigations} navigations away`);
  for (const kind of ['alert', 'csp', 'click to']) assert.ok(kinds.has(kind), `the recorders see ${kind}`);
  assert.ok(findings.some((f) => / on[a-z]+>$/.test(f)), 'the DOM scan sees event handlers');
  assert.ok(findings.some((f) => f.startsWith('element <')), 'the DOM scan sees script-capable elements');
});
