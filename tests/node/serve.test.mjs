// scripts/serve.mjs: its usage, any site folder, the 404.html fallback and
// the CORS header that widgets on other origins need (GitHub Pages sends it).
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fixtureSite, repoRoot, runCli, startServe } from './helpers.mjs';

const serveScript = path.join(repoRoot, 'scripts/serve.mjs');

test('serve --help prints the usage; a wrong option says what is wrong, without a stack trace', () => {
  const help = spawnSync(process.execPath, [serveScript, '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: node scripts\/serve\.mjs \[DIR\] \[--port PORT\] \[--watch\]/);
  const wrong = spawnSync(process.execPath, [serveScript, '--colour'], { encoding: 'utf8' });
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /^folio serve: .*--colour/);
  assert.doesNotMatch(wrong.stderr, /\n\s+at /);
});

test('serve DIR serves an al-folio site after init: pages by path, assets, CORS, the panel for authors', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-serve-dir-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp(fixtureSite('alfolio-template'), dir, { recursive: true });
  assert.equal(runCli(['init', dir]).status, 0);
  const url = await startServe(t, [dir]);
  const root = await fetch(url);
  assert.equal(root.status, 200);
  assert.equal(root.headers.get('access-control-allow-origin'), '*');
  const page = await root.text();
  assert.match(page, /<title>Teng Liu<\/title>/);
  assert.match(page, /<meta name="folio-diagnostics" content="panel">/);
  const publications = await fetch(new URL('publications/', url));
  assert.equal(publications.status, 404, 'as GitHub Pages answers: with 404.html');
  assert.match(await publications.text(), /<script type="module" src="\/folio\/shell\.mjs">/);
  const bib = await fetch(new URL('_bibliography/papers.bib', url));
  assert.equal(bib.headers.get('access-control-allow-origin'), '*');
  assert.match(await bib.text(), /@Comment\{/);
});

test('the server answers a request for "//" and keeps serving (it once threw on it)', async () => {
  const { startStaticServer } = await import('../../scripts/static-server.mjs');
  const server = await startStaticServer({ root: repoRoot });
  try {
    const base = server.url.replace(/\/$/, '');
    // A raw request: fetch() would normalise the path.
    const { request } = await import('node:http');
    const status = await new Promise((resolve, reject) => {
      request(`${base}/`, { path: '//' }, (response) => { response.resume(); resolve(response.statusCode); })
        .on('error', reject).end();
    });
    assert.ok(status < 500, `status ${status}`);
    assert.equal((await fetch(`${base}/index.html`)).status, 200);
  } finally {
    await server.close();
  }
});
