// `folio init` on a copy of a site shaped like al-folio's template
// repository (tests/fixtures/sites/alfolio-template): what it adds, that the
// content stays untouched, that running it again changes nothing, and that
// `check` says what has gone stale. Also `build`'s output and exit status,
// and the file lists both derive from web/engine-files.mjs.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openSite } from '../../web/node.mjs';
import { browserEngineFiles, shellModules } from '../../web/engine-files.mjs';
import { fixtureSite, repoRoot, runCli } from './helpers.mjs';

const NODE_ONLY = ['cli.mjs', 'node.mjs', 'prerender.mjs', 'link-check.mjs', 'site-init.mjs', 'engine-files.mjs', 'structured-data.mjs', 'atom-feed.mjs'];

async function copyOfTemplate(t, { baseurl = '' } = {}) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-init-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp(fixtureSite('alfolio-template'), dir, { recursive: true });
  if (baseurl) {
    const config = path.join(dir, '_config.yml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('baseurl: ""', `baseurl: ${baseurl}`));
  }
  return dir;
}

// Every file under dir (relative paths) with its bytes.
async function snapshot(dir) {
  const files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    files.set(path.relative(dir, file), await readFile(file));
  }
  return files;
}

const preloadsOf = (html) => [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/g)].map((m) => m[1]);

test('init adds the pages, the browser engine, folio.json and .nojekyll, and leaves the content as it was', async (t) => {
  const dir = await copyOfTemplate(t);
  const before = await snapshot(dir);
  const result = runCli(['init', dir]);
  assert.equal(result.status, 0, result.stderr);
  const after = await snapshot(dir);
  for (const [file, bytes] of before) assert.ok(after.get(file)?.equals(bytes), `${file} is unchanged`);
  const added = [...after.keys()].filter((file) => !before.has(file)).sort();
  const engine = (await browserEngineFiles()).map((file) => `folio/${file}`);
  assert.deepEqual(added, ['.nojekyll', '404.html', 'folio.json', 'index.html', ...engine].sort());
  for (const file of NODE_ONLY) assert.ok(!after.has(`folio/${file}`), `folio/${file} is Node-only and not published`);
  assert.ok(engine.includes('folio/folio-core.wasm') && engine.includes('folio/shell.mjs') && engine.includes('folio/widgets.mjs'));

  const index = await readFile(path.join(dir, 'index.html'), 'utf8');
  assert.match(index, /<title>Teng Liu<\/title>/);
  assert.match(index, /<meta name="description" content="A simple, whitespace theme for academics\./);
  assert.match(index, /<a class="folio-brand" href="\.\/">Teng Liu<\/a>/);
  assert.match(index, /<link rel="icon" href="data:image\/svg\+xml,[^"]*%F0%9F%9B%B0/, 'the icon: emoji is the favicon');
  assert.doesNotMatch(index, /NDS|Shanghai/);
  assert.match(index, /<meta name="folio-content" content="\.\/">/);
  assert.match(index, /<script type="module" src="folio\/shell\.mjs"><\/script>/);
  assert.match(index, /<a href="\.\/publications\/" data-view="publications">/);
  assert.match(index, /<noscript><div class="folio-error">\s*<h1>Teng Liu<\/h1>/);
  // Every source of the site is preloaded (pages and layouts read _data too), never its assets.
  assert.deepEqual(preloadsOf(index), ['folio.json', './README.md', './_bibliography/papers.bib', './_config.yml', './_data/cv.yml',
    './_news/announcement_1.md', './_pages/about.md', './_pages/cv.md', './_pages/publications.md']);
  assert.ok(JSON.parse(await readFile(path.join(dir, 'folio.json'), 'utf8')).files.includes('_data/cv.yml'));

  const notFound = await readFile(path.join(dir, '404.html'), 'utf8');
  assert.match(notFound, /<script type="module" src="\/folio\/shell\.mjs"><\/script>/);
  assert.match(notFound, /<meta name="folio-root" content="\/">/);
  assert.match(notFound, /<title>Teng Liu<\/title>/);

  const again = runCli(['init', dir]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /up to date/);
  assert.deepEqual(await snapshot(dir), after);
  const check = runCli(['check', dir]);
  assert.doesNotMatch(check.stderr, /folio init|404\.html|folio\/|preloads/);
  // The entries hidden in @Comment name no files: only the six papers' missing previews are reported.
  const missing = check.stderr.split('\n').filter((line) => /^_bibliography\/papers\.bib:\d+:\d+: error: .* does not exist/.test(line));
  assert.ok(missing.length > 0);
  assert.ok(missing.every((line) => Number(line.split(':')[1]) > 100), missing.join('\n'));
});

test('with a baseurl, 404.html finds the engine and the content under it', async (t) => {
  const dir = await copyOfTemplate(t, { baseurl: '/al-folio' });
  assert.equal(runCli(['init', dir]).status, 0);
  const notFound = await readFile(path.join(dir, '404.html'), 'utf8');
  assert.match(notFound, /<meta name="folio-root" content="\/al-folio\/">/);
  assert.match(notFound, /src="\/al-folio\/folio\/shell\.mjs"/);
  assert.ok(preloadsOf(notFound).includes('/al-folio/_pages/about.md'));
  assert.match(notFound, /<a href="\/al-folio\/news\/" data-view="news">/);
  // index.html stays relative: it is the page at the root.
  assert.match(await readFile(path.join(dir, 'index.html'), 'utf8'), /src="folio\/shell\.mjs"/);
});

test('check says what init would write differently; init brings it back', async (t) => {
  const dir = await copyOfTemplate(t);
  runCli(['init', dir]);
  await writeFile(path.join(dir, 'folio/shell.mjs'), '// an older engine\n');
  await rm(path.join(dir, '404.html'));
  await writeFile(path.join(dir, '_news/announcement_2.md'), '---\ndate: 2016-01-15\ninline: true\n---\nNew.\n');
  await mkdir(path.join(dir, 'assets/img'), { recursive: true });
  await writeFile(path.join(dir, 'assets/img/added.png'), 'not really a png');
  const check = runCli(['check', dir]);
  assert.match(check.stderr, /^folio\.json: warning: assets\/img\/added\.png exists but is not in its static list, so site\.static_files and \{% file_exists %\} miss it in browsers/m);
  assert.match(check.stderr, /^404\.html: warning: missing, so path URLs such as \/publications\/ give "not found"; run: folio init /m);
  assert.match(check.stderr, /^folio\/shell\.mjs: warning: differs from what this folio writes \(the engine is from another folio version\)/m);
  assert.match(check.stderr, /^index\.html: warning: differs from what this folio writes/m);
  assert.match(check.stderr, /^folio\.json: error: _news\/announcement_2\.md exists but is not listed/m);
  assert.equal(runCli(['init', dir]).status, 0);
  const fixed = runCli(['check', dir]);
  assert.doesNotMatch(fixed.stderr, /folio init|folio\.json|preloads/);
  assert.ok(preloadsOf(await readFile(path.join(dir, '404.html'), 'utf8')).includes('/_news/announcement_2.md'));
});

test('index on a site init made updates the preloads of both pages', async (t) => {
  const dir = await copyOfTemplate(t);
  runCli(['init', dir]);
  await writeFile(path.join(dir, '_data/venues.yml'), 'PRL:\n  url: https://journals.aps.org/prl/\n  color: "#00369f"\n');
  const result = runCli(['index', dir]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /updated the content preloads in .*index\.html/);
  assert.match(result.stdout, /updated the content preloads in .*404\.html/);
  assert.ok(preloadsOf(await readFile(path.join(dir, 'index.html'), 'utf8')).includes('./_data/venues.yml'));
  assert.ok(preloadsOf(await readFile(path.join(dir, '404.html'), 'utf8')).includes('/_data/venues.yml'));
});

test('init will not replace an index.html it did not write', async (t) => {
  const dir = await copyOfTemplate(t);
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Mine</title>\n');
  const result = runCli(['init', dir]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /index\.html exists and folio did not write it/);
  assert.equal(await readFile(path.join(dir, 'index.html'), 'utf8'), '<!doctype html><title>Mine</title>\n');
});

test('al-folio\'s own papers.bib: the entries inside @Comment stay hidden, without an error', async () => {
  const site = await openSite(fixtureSite('alfolio-template'));
  const { papers } = site.model();
  assert.deepEqual(papers.map((p) => p.key).sort(), [
    'chen2021simultaneous', 'hu2019condensation', 'liu2022renormalization', 'liu2023teleconnections', 'xie2025ecosystem', 'zhang2024eigen',
  ]);
  assert.deepEqual(site.diagnostics.filter((d) => d.severity === 'error'), []);
  assert.deepEqual(papers.filter((p) => p.selected).map((p) => p.key).sort(), ['liu2022renormalization', 'liu2023teleconnections']);
});

test('the page template preloads exactly the modules the shell imports', async () => {
  const template = await readFile(path.join(repoRoot, 'index.html'), 'utf8');
  const preloaded = [...template.matchAll(/<link rel="modulepreload" href="web\/([^"]+)">/g)].map((m) => m[1]).sort();
  assert.deepEqual(preloaded, await shellModules());
});

test('build writes only what browsers need, exits 0 with warnings only, and sums up', async (t) => {
  const dir = await copyOfTemplate(t);
  await writeFile(path.join(dir, '_news/liquid.md'), '---\ndate: 2016-01-15\ninline: true\n---\nSee {{ site.url }}.\n');
  const out = await mkdtemp(path.join(os.tmpdir(), 'folio-build-'));
  t.after(() => rm(out, { recursive: true, force: true }));
  const result = runCli(['build', dir, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /warning/);
  assert.doesNotMatch(result.stderr, /: error: /);
  assert.match(result.stdout, /^wrote \d+ pages and feed\.xml, \d+ engine files and \d+ content files to /m);
  assert.match(result.stdout, /: 0 error\(s\), \d+ warning\(s\)$/m);
  assert.deepEqual((await readdir(path.join(out, 'web'))).sort(), await browserEngineFiles());
});

test('build exits 1 when the content has errors, and still writes what it can', async (t) => {
  const dir = await copyOfTemplate(t);
  await writeFile(path.join(dir, '_news/broken.md'), '---\ntitle: [unclosed\n---\nBroken.\n');
  const out = await mkdtemp(path.join(os.tmpdir(), 'folio-build-'));
  t.after(() => rm(out, { recursive: true, force: true }));
  const result = runCli(['build', dir, '--out', out]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /_news\/broken\.md:\d+(:\d+)?: error: /);
  assert.match(result.stdout, /: [1-9]\d* error\(s\), \d+ warning\(s\); the pages show what could be rendered/);
  assert.ok((await stat(path.join(out, 'publications/index.html'))).isFile());
});

test('build on a site init made keeps its layout: content at the root, the engine in folio/', async (t) => {
  const dir = await copyOfTemplate(t);
  runCli(['init', dir]);
  const out = await mkdtemp(path.join(os.tmpdir(), 'folio-build-'));
  t.after(() => rm(out, { recursive: true, force: true }));
  const result = runCli(['build', dir, '--out', out]);
  assert.equal(result.status, 0, result.stderr);
  for (const file of ['assets/pdf/Re.pdf', '_config.yml', 'folio.json', 'folio/shell.mjs', '404.html', '.nojekyll']) {
    assert.ok((await stat(path.join(out, file))).isFile(), file);
  }
  assert.ok(!(await stat(path.join(out, 'content')).catch(() => null)), 'no content/ folder');
  const publications = await readFile(path.join(out, 'publications/index.html'), 'utf8');
  assert.match(publications, /href="\.\.\/folio\/folio\.css"/);
  assert.match(publications, /<meta name="folio-content" content="\.\.\/">/);
  assert.ok(preloadsOf(publications).includes('../_pages/about.md'));
  const paper = await readFile(path.join(out, 'publications/liu2022renormalization/index.html'), 'utf8');
  assert.match(paper, /<meta name="citation_pdf_url" content="https:\/\/tonny-liu\.github\.io\/assets\/pdf\/Re\.pdf">/);
  const about = await readFile(path.join(out, 'index.html'), 'utf8');
  assert.match(about, /<meta name="folio-content" content="\.\/">/);
  assert.match(about, /<a class="folio-brand" href="\.\/">Teng Liu<\/a>/);
  assert.doesNotMatch(about, /NDS/);
});
