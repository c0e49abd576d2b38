// The maintainer's dev server (scripts/serve.mjs --watch), run on a temporary
// copy of the repository: a page connected to /__folio/events hears "reload"
// when a content file changes, and content/folio.json (and the page's
// preloads) list a news file added while it runs.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, startServe } from './helpers.mjs';

async function copyOfSite(t) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-serve-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const entry of ['index.html', 'web', 'content', 'scripts']) {
    await cp(path.join(repoRoot, entry), path.join(root, entry), { recursive: true });
  }
  return root;
}

// Connects to the event stream; nextMessage() resolves with the next "data:".
function listen(t, url) {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL('__folio/events', url), (response) => {
      assert.equal(response.headers['content-type'], 'text/event-stream');
      let buffer = '';
      const waiting = [];
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (data !== undefined) waiting.shift()?.(data);
        }
      });
      resolve({
        nextMessage: (ms = 10000) => new Promise((done, fail) => {
          const timer = setTimeout(() => fail(new Error('no reload event')), ms);
          waiting.push((data) => { clearTimeout(timer); done(data); });
        }),
      });
    });
    request.on('error', reject);
    t.after(() => request.destroy());
  });
}

async function fetchText(url) {
  const response = await fetch(url);
  assert.equal(response.status, 200, url);
  return response.text();
}

test('serve --watch reloads pages when content changes and keeps folio.json current', async (t) => {
  const root = await copyOfSite(t);
  const url = await startServe(t, ['--watch'], root);

  const page = await fetchText(url);
  assert.match(page, /<script type="module" src="\/__folio\/reload\.mjs"><\/script>\n<\/head>/, 'pages get the reload script');
  assert.match(await fetchText(new URL('__folio/reload.mjs', url)), /EventSource\('\/__folio\/events'\)/);

  const events = await listen(t, url);
  const edited = events.nextMessage();
  await writeFile(path.join(root, 'content/_news/announcement_1.md'),
    '---\nlayout: post\ndate: 2023-03-28\ninline: true\n---\nEdited while the server runs.\n');
  assert.equal(await edited, 'reload');

  // The manifest is rewritten before the reload is sent. A file system may
  // report the first edit late, as a second event: wait past such a stray one.
  let added = events.nextMessage();
  await writeFile(path.join(root, 'content/_news/announcement_9.md'), '---\ntitle: Added\ndate: 2024-09-01\n---\nNew.\n');
  let manifest;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    assert.equal(await added, 'reload');
    manifest = JSON.parse(await fetchText(new URL('content/folio.json', url)));
    if (manifest.files.includes('_news/announcement_9.md')) break;
    added = events.nextMessage();
  }
  assert.ok(manifest.files.includes('_news/announcement_9.md'), JSON.stringify(manifest.files));
  assert.match(await fetchText(url), /<link rel="preload" href="content\/_news\/announcement_9\.md" as="fetch" crossorigin>/, 'the page preloads it');
  assert.match(await fetchText(new URL('content/_news/announcement_1.md', url)), /Edited while the server runs/);
});
