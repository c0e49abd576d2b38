// The CLI: render, index and check, with their exit codes and messages.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contentDir, fixtureSite, repoRoot, runCli } from './helpers.mjs';

test('render prints a standalone page and exits 0 for the group content', () => {
  const { status, stdout, stderr } = runCli(['render', contentDir, '--view', 'about']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /^<!doctype html>/);
  assert.match(stdout, /<title>NDS Group @ Shanghai AI Lab<\/title>/);
  assert.match(stdout, /<style>/);
  assert.match(stdout, /联合培养博士项目/);
});

test('render --fragment prints only the view', () => {
  const { status, stdout } = runCli(['render', contentDir, '--fragment']);
  assert.equal(status, 0);
  assert.match(stdout, /^<div class="post">/);
  assert.doesNotMatch(stdout, /<html/);
});

test('render reports content errors as file:line:col and exits 1, still printing the page', () => {
  const { status, stdout, stderr } = runCli(['render', fixtureSite('broken-yaml'), '--fragment']);
  assert.equal(status, 1);
  assert.match(stderr, /^_config\.yml:\d+:\d+: error: YAML syntax error/m);
  assert.match(stderr, /^_pages\/about\.md:\d+:\d+: error: /m);
  assert.match(stdout, /The body still renders/);
});

test('usage errors print help and exit 2', () => {
  for (const args of [[], ['frobnicate', contentDir], ['render'], ['render', contentDir, '--bogus']]) {
    const { status, stderr } = runCli(args);
    assert.equal(status, 2, `args ${args.join(' ')}`);
    assert.match(stderr, /usage: node web\/cli\.mjs/);
  }
});

test('index writes the manifest and check compares it with the folder', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-cli-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp(fixtureSite('alfolio-style'), dir, { recursive: true });
  let result = runCli(['check', dir]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /folio\.json: error: missing/);

  result = runCli(['index', dir]);
  assert.equal(result.status, 0, result.stderr);
  const manifest = JSON.parse(await readFile(path.join(dir, 'folio.json'), 'utf8'));
  assert.deepEqual(manifest.files, ['_config.yml', '_pages/about.md']);
  assert.equal(runCli(['check', dir]).status, 0);

  await writeFile(path.join(dir, '_config.yml.bak'), 'ignored: true\n');
  await writeFile(path.join(dir, '_data_extra.yml'), 'ignored: true\n');
  assert.equal(runCli(['check', dir]).status, 0, 'files folio does not read do not matter');
});

test('the committed content manifest matches the content folder', () => {
  const { status, stderr } = runCli(['check', contentDir]);
  assert.equal(status, 0, stderr);
  assert.doesNotMatch(stderr, /warning/, 'index.html preloads exactly the content files');
});

// A site as GitHub Pages serves it: the page, and its content folder next to it.
async function pageWithContent(t) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'folio-page-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  await cp(path.join(repoRoot, 'index.html'), path.join(root, 'index.html'));
  await cp(fixtureSite('alfolio-style'), path.join(root, 'content'), { recursive: true });
  return root;
}

const preloadsOf = (html) => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1]);

test('index writes the content files as preloads into the page next to the folder; check warns when they are stale', async (t) => {
  const root = await pageWithContent(t);
  const content = path.join(root, 'content');
  let result = runCli(['index', content]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /updated the content preloads in .*index\.html/);
  const page = await readFile(path.join(root, 'index.html'), 'utf8');
  assert.deepEqual(preloadsOf(page), ['content/folio.json', 'content/_config.yml', 'content/_pages/about.md']);
  assert.equal(runCli(['check', content]).stderr, '');

  await mkdir(path.join(content, '_news'));
  await writeFile(path.join(content, '_news/late.md'), '---\ndate: 2025-01-01\n---\nLate.\n');
  result = runCli(['check', content]);
  assert.match(result.stderr, /^\.\.\/index\.html:\d+: warning: its content preloads do not match the folder.*run: node web\/cli\.mjs index /m);
  runCli(['index', content]);
  assert.ok(preloadsOf(await readFile(path.join(root, 'index.html'), 'utf8')).some((href) => href.startsWith('content/_news/')));
  assert.doesNotMatch(runCli(['check', content]).stderr, /preloads/);
});

test('index leaves alone a page that shows another folder', async (t) => {
  const root = await pageWithContent(t);
  const before = (await readFile(path.join(root, 'index.html'), 'utf8')).replace('content="content/"', 'content="https://lab.example.org/content/"');
  await writeFile(path.join(root, 'index.html'), before);
  const result = runCli(['index', path.join(root, 'content')]);
  assert.equal(result.status, 0, result.stderr);
  assert.doesNotMatch(result.stdout, /preloads/);
  assert.equal(await readFile(path.join(root, 'index.html'), 'utf8'), before);
});

test('a page without the preloads block is left as it is', async (t) => {
  const root = await pageWithContent(t);
  const { withContentPreloads } = await import('../../web/content-preloads.mjs');
  const before = (await readFile(path.join(root, 'index.html'), 'utf8')).replace(/ *<!-- folio: content preloads[\s\S]*?<!-- \/folio: content preloads -->\n/, '');
  assert.doesNotMatch(before, /content preloads|content\/_config\.yml/);
  assert.equal(withContentPreloads(before, ['_config.yml']), before);
  await writeFile(path.join(root, 'index.html'), before);
  assert.equal(runCli(['index', path.join(root, 'content')]).status, 0);
  assert.equal(await readFile(path.join(root, 'index.html'), 'utf8'), before);
  assert.doesNotMatch(runCli(['check', path.join(root, 'content')]).stderr, /preloads/);
});

test('a site with many news files preloads the other files only', async () => {
  const { withContentPreloads } = await import('../../web/content-preloads.mjs');
  const page = await readFile(path.join(repoRoot, 'index.html'), 'utf8');
  const news = Array.from({ length: 50 }, (_, i) => `_news/n${i}.md`);
  const hrefs = preloadsOf(withContentPreloads(page, ['_config.yml', ...news, '_pages/about.md']));
  assert.deepEqual(hrefs, ['content/folio.json', 'content/_config.yml', 'content/_pages/about.md']);
});
