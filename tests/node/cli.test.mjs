// The CLI: render, index and check, with their exit codes and messages.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { contentDir, fixtureSite, runCli } from './helpers.mjs';

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
});
