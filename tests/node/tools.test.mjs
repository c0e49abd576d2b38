// The Node tools a lab runs in its own CI: check and build, on fixture sites.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contentDir, fixtureSite, runCli } from './helpers.mjs';

test('check catches a broken YAML line, a missing news file, a broken BibTeX entry, a missing asset and Liquid', () => {
  const { status, stderr } = runCli(['check', fixtureSite('broken-site')]);
  assert.equal(status, 1);
  const lines = stderr.trim().split('\n');
  const find = (pattern) => lines.find((line) => pattern.test(line));
  assert.ok(find(/^_config\.yml:[45]:\d+: error: YAML syntax error/), stderr);
  assert.ok(find(/^folio\.json: error: lists _news\/announcement_2\.md, which does not exist/), stderr);
  assert.ok(find(/^_bibliography\/papers\.bib:1[2-5](:\d+)?: error: /), stderr);
  assert.ok(find(/^_pages\/about\.md:7:\d+: error: assets\/img\/group\.jpg does not exist/), stderr);
  assert.ok(find(/^_pages\/about\.md:7:\d+: error: \/assets\/pdf\/talk\.pdf points to assets\/pdf\/talk\.pdf/), stderr);
  assert.ok(find(/^_pages\/about\.md:9:22: warning: Liquid is not processed, so \{% include figure\.liquid path="assets\/img\/lab\.jpg" %\} shows on the page as written/), stderr);
});

test('check --json prints the diagnostics as data', () => {
  const { stdout } = runCli(['check', fixtureSite('broken-site'), '--json']);
  const diagnostics = JSON.parse(stdout.slice(0, stdout.lastIndexOf(']') + 1));
  assert.ok(diagnostics.length >= 4);
  for (const d of diagnostics) assert.deepEqual(Object.keys(d).sort(), ['column', 'file', 'line', 'message', 'severity']);
});

test('the entry after a broken BibTeX entry still renders', () => {
  const { stdout } = runCli(['render', fixtureSite('broken-site'), '--view', 'publications', '--fragment']);
  assert.match(stdout, /The Entry After the Broken One/);
  assert.match(stdout, /A Good Paper/);
});

test('build prerenders every view with the content in place', async (t) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'folio-build-'));
  t.after(() => rm(out, { recursive: true, force: true }));
  const { status, stdout, stderr } = runCli(['build', contentDir, '--out', out]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /wrote \d+ pages/);
  const about = await readFile(path.join(out, 'index.html'), 'utf8');
  assert.match(about, /<title>NDS Group @ Shanghai AI Lab<\/title>/);
  assert.match(about, /联合培养博士项目/);
  assert.match(about, /<meta name="folio-route" content="about">/);
  const publications = await readFile(path.join(out, 'publications/index.html'), 'utf8');
  assert.match(publications, /LoongTrain/);
  assert.match(publications, /href="\.\.\/web\/folio\.css"/);
  assert.match(publications, /<meta name="folio-content" content="\.\.\/content\/">/);
  const model = JSON.parse(runCli(['render', contentDir, '--json']).stdout);
  for (const item of model.news) {
    const page = await readFile(path.join(out, 'news', item.id, 'index.html'), 'utf8');
    assert.match(page, /<meta name="folio-root" content="\.\.\/\.\.\/">/);
  }
  for (const file of ['web/folio-core.wasm', 'web/shell.mjs', 'web/theme.js', 'content/folio.json', 'content/_config.yml', '.nojekyll']) {
    assert.ok((await stat(path.join(out, file))).isFile(), file);
  }
});

test('build without --out is a usage error', () => {
  const { status, stderr } = runCli(['build', contentDir]);
  assert.equal(status, 2);
  assert.match(stderr, /--out/);
});
