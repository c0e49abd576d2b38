// One broken or missing file costs a diagnostic, never the page; a request the
// core cannot answer is caught at the wasm boundary, and the instance keeps
// working afterwards.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../web/folio.mjs';
import { openSite, readContentDir } from '../../web/node.mjs';
import { contentDir } from './helpers.mjs';

// Ways a file arrives broken: from the wrong tool, cut off, in another encoding.
const DAMAGE = {
  'binary bytes': () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256),
  'cut in half': (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)),
  'UTF-16': (bytes) => new Uint8Array(Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf16le')),
  'empty': () => new Uint8Array(0),
  'an unclosed front matter': () => new TextEncoder().encode('---\ntitle: [unclosed\n'),
  'NUL bytes and a BOM': (bytes) => new Uint8Array([0xef, 0xbb, 0xbf, 0, 0, ...bytes.subarray(0, 200), 0]),
};

const VIEWS = ['about', 'news', 'publications'];

function renderEverything(site) {
  const views = [...VIEWS, ...site.model().news.map((item) => `news/${item.id}`)];
  return views.map((view) => ({ view, ...site.render(view) }));
}

test('any one content file broken: a diagnostic for it, every view renders, the others unchanged', async () => {
  const original = await readContentDir(contentDir);
  const healthy = new Map(renderEverything(await openSite(original)).map((r) => [r.view, r.html]));
  for (const path of original.keys()) {
    for (const [how, damage] of Object.entries(DAMAGE)) {
      const files = new Map(original);
      files.set(path, damage(original.get(path)));
      const site = await openSite(files);
      if (!['empty', 'cut in half'].includes(how)) {
        assert.ok(site.diagnostics.some((d) => d.file === path), `${path} ${how}: a diagnostic names the file`);
      }
      const rendered = renderEverything(site);
      for (const { view, html, diagnostics } of rendered) {
        assert.deepEqual(diagnostics, [], `${path} ${how}: ${view} renders without an internal error`);
        assert.ok(html.length > 0, `${path} ${how}: ${view} has HTML`);
      }
      // The views that do not read the broken file are unchanged.
      const unchanged = path.startsWith('_news/') ? ['publications']
        : path.startsWith('_bibliography/') || path.startsWith('_data/') ? ['news']
          : path.startsWith('_pages/') ? ['news', 'publications'] : [];
      for (const view of unchanged) {
        assert.equal(rendered.find((r) => r.view === view).html, healthy.get(view), `${path} ${how}: ${view}`);
      }
      site.dispose();
    }
  }
});

test('any one content file missing: an error naming it, and the rest renders', async () => {
  const original = await readContentDir(contentDir);
  for (const path of original.keys()) {
    const files = new Map(original);
    files.delete(path);
    const site = await openSite(files, { missing: { [path]: 'HTTP 404' } });
    assert.ok(site.diagnostics.some((d) => d.file === path && d.severity === 'error' && /HTTP 404/.test(d.message)), path);
    for (const { view, html } of renderEverything(site)) assert.ok(html.length > 0, `${path} missing: ${view}`);
    site.dispose();
  }
});

test('memory running out inside a render is caught at the boundary; the instance stays usable', async () => {
  const core = await loadCore();
  const site = await openSite(contentDir);
  const good = site.render('publications');
  const outcomes = [];
  // Fill the core's heap (it may grow to 2 GiB) until not even 16 bytes are
  // left, but for a reserve freed at the end: room for the request and some of
  // the render, so it fails at different points inside the core.
  for (const reserveBytes of [512, 2048, 8192, 32768, 131072]) {
    const reserve = core._malloc(reserveBytes);
    const blocks = [];
    for (let size = 64 << 20; size >= 16; size >>= 2) {
      for (let block = core._malloc(size); block; block = core._malloc(size)) blocks.push(block);
    }
    core._free(reserve);
    try {
      const failed = site.render('publications');
      assert.equal(failed.html, '');
      outcomes.push(failed.diagnostics.map((d) => d.message).join());
    } catch (error) {
      outcomes.push(error.message); // not even the error answer fitted: folio.mjs says so
    }
    for (const block of blocks) core._free(block);
    // The same site renders as before.
    assert.equal(site.render('publications').html, good.html);
  }
  console.log(`out of memory: ${outcomes.map((o) => o.slice(0, 60)).join(' | ')}`);
  for (const outcome of outcomes) assert.match(outcome, /internal error: out of memory|core returned no answer \(out of memory\?\)/);
  const other = await openSite({ '_pages/about.md': '---\ntitle: t\n---\nStill *here*.\n' });
  assert.match(other.render('about').html, /Still <em>here<\/em>\./);
  other.dispose();
  site.dispose();
});

test('requests of the wrong shape, and unknown handles, get answers and leave the instance working', async () => {
  const core = await loadCore();
  const site = await openSite(contentDir);
  const good = site.render('about');
  const call = (name, ...args) => {
    const pointer = core[name](...args);
    try { return JSON.parse(core.UTF8ToString(pointer)); } finally { core._folio_answer_free(pointer); }
  };
  const unknown = call('_folio_site_render', 987654, 0);
  assert.equal(unknown.ok, false);
  assert.match(unknown.diagnostics[0].message, /no site with this handle/);
  const handle = core._folio_site_new();
  call('_folio_site_build', handle, 0);
  for (const request of ['{', '[]', 'null', '"about"', '{"view": {"nested": true}}', '{"widget": "yes", "limit": "3"}']) {
    const bytes = new TextEncoder().encode(`${request}\0`);
    const pointer = core._malloc(bytes.length);
    core.HEAPU8.set(bytes, pointer);
    try {
      assert.equal(typeof call('_folio_site_render', handle, pointer).html_bytes, 'number', request);
    } finally {
      core._free(pointer);
    }
  }
  core._folio_site_delete(handle);
  assert.ok(site.render('about', { widget: 'yes', limit: 'x' }).html.length > 0);
  assert.equal(site.render('about').html, good.html);
  site.dispose();
});
