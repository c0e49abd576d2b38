// One core instance serves every widget on a page, render after render: the
// memory it holds must not grow with the number of renders. Measured with the
// core's own count of malloc'ed bytes (folio_heap_bytes) and the size of its
// WebAssembly memory.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from '../../web/folio.mjs';
import { openSite, readContentDir } from '../../web/node.mjs';
import { contentDir } from './helpers.mjs';

const RENDERS = 5000;
const WARM_UP = 200;

test(`the heap is flat over ${RENDERS} renders in one instance`, async () => {
  const core = await loadCore();
  const site = await openSite(contentDir);
  const ids = site.model().news.map((item) => item.id);
  const requests = [
    ['about', {}], ['news', {}], ['publications', {}], ...ids.map((id) => [`news/${id}`, {}]),
    ['news', { widget: true, limit: 3, assetBase: 'https://lab.example.org/content/', routeBase: 'https://lab.example.org/#/' }],
    ['publications', { widget: true, selectedOnly: true, assetBase: 'https://lab.example.org/content/' }],
    ['about', { widget: true }], ['no/such/view', {}],
  ];
  const renderNext = (i) => {
    const [view, options] = requests[i % requests.length];
    return site.render(view, options).html.length;
  };
  for (let i = 0; i < WARM_UP; i += 1) renderNext(i);
  const heapAfterWarmUp = core._folio_heap_bytes();
  const memoryAfterWarmUp = core.HEAPU8.length;
  let bytes = 0;
  for (let i = 0; i < RENDERS; i += 1) bytes += renderNext(i);
  const heap = core._folio_heap_bytes();
  const memory = core.HEAPU8.length;
  console.log(`memory: ${RENDERS} renders (${(bytes / 1e6).toFixed(1)} MB of HTML): heap ${heapAfterWarmUp} -> ${heap} bytes, ` +
    `wasm memory ${memoryAfterWarmUp} -> ${memory} bytes`);
  assert.equal(heap, heapAfterWarmUp, 'malloc\'ed bytes after warm-up');
  assert.equal(memory, memoryAfterWarmUp, 'WebAssembly memory after warm-up');
  site.dispose();
});

test('opening and disposing sites gives all their memory back', async () => {
  const core = await loadCore();
  const files = await readContentDir(contentDir);
  const cycle = async () => {
    const site = await openSite(files);
    site.render('about');
    site.render('publications');
    site.dispose();
  };
  for (let i = 0; i < 20; i += 1) await cycle();
  const heapBefore = core._folio_heap_bytes();
  const memoryBefore = core.HEAPU8.length;
  for (let i = 0; i < 300; i += 1) await cycle();
  console.log(`memory: 300 sites opened and disposed: heap ${heapBefore} -> ${core._folio_heap_bytes()} bytes`);
  assert.equal(core._folio_heap_bytes(), heapBefore);
  assert.equal(core.HEAPU8.length, memoryBefore);
});
