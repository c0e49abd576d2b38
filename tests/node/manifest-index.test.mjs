// folio.json's documents index: on a site with many documents, `index`
// writes each one's front matter and what the about page and each page read
// of their bodies; the shell opens the site with these and fetches the rest
// later. Small sites get a plain file list (one round trip for everything).
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createManifest, MIN_INDEXED_DOCUMENTS, parseManifest, staleDocuments, staleNeeds } from '../../web/content-files.mjs';
import { FolioSite, loadCore } from '../../web/folio.mjs';
import { manifestOfFiles } from '../../web/node.mjs';
import { ROOT_ROUTE, withContentPreloads } from '../../web/content-preloads.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

const CONFIG = 'title: Lab\ninclude: [_pages]\nannouncements:\n  enabled: true\n  limit: 3\ncollections:\n  news:\n    output: true\n';
const ABOUT = '---\nlayout: about\ntitle: about\npermalink: /\nnews: true\n---\nWelcome.\n';
const BLOG = '---\ntitle: blog\npermalink: /blog/\n---\n{% for post in site.posts limit: 2 %}{{ post.title }} {{ post.content | number_of_words }}; {% endfor %}\n';

function site(newsCount, postCount = 0) {
  const files = new Map([['_config.yml', CONFIG], ['_pages/about.md', ABOUT], ['_pages/blog.md', BLOG]]);
  for (let i = 1; i <= newsCount; i += 1) {
    files.set(`_news/n${String(i).padStart(3, '0')}.md`, `---\ndate: 2024-01-${String(1 + (i % 28)).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:00:00\ninline: true\n---\nItem ${i}.\n`);
  }
  for (let i = 1; i <= postCount; i += 1) {
    files.set(`_posts/2024-02-${String(i).padStart(2, '0')}-p${i}.md`, `---\nlayout: post\ntitle: Post ${i}\n---\nwords of post ${i}\n`);
  }
  return files;
}

test('a large site\'s manifest holds each document\'s front matter and what its pages read', async () => {
  const files = site(45, 5);
  const manifest = await manifestOfFiles(files);
  assert.equal(Object.keys(manifest.documents).length, 50);
  assert.equal(manifest.documents['_news/n007.md'], files.get('_news/n007.md').replace('Item 7.\n', ''));
  assert.equal(manifest.documents['_pages/about.md'], undefined, 'pages load whole');
  // The about page shows the three newest news items; the blog list reads two posts' content.
  assert.equal(manifest.needs.about.length, 3);
  assert.deepEqual(manifest.needs['blog/'], ['_posts/2024-02-04-p4.md', '_posts/2024-02-05-p5.md']);
  // A post's route reads its own body: a visit that starts there loads it first.
  assert.deepEqual(manifest.needs['2024/02/03/p3.html'], ['_posts/2024-02-03-p3.md']);

  // Opened as the shell opens it (the hinted bodies in, the rest as front matter), the about page is complete.
  const core = await loadCore();
  const opened = new Map(files);
  const partial = Object.keys(manifest.documents).filter((path) => !manifest.needs.about.includes(path));
  for (const path of partial) opened.set(path, manifest.documents[path]);
  const shell = FolioSite.open(core, opened, { partial });
  const about = shell.render('about');
  assert.deepEqual(about.needs, []);
  const whole = FolioSite.open(core, files);
  assert.equal(about.html, whole.render('about').html, 'the same page as with every file');
  // Opened lazily, as the shell opens it (each model read when a page first needs it): the same page.
  const lazy = FolioSite.open(core, opened, { partial, lazy: true });
  assert.equal(lazy.render('about').html, about.html);
  shell.dispose();
  whole.dispose();
  lazy.dispose();
});

test('the root page preloads the bodies its about page reads; 404.html, which answers every other path, does not', async () => {
  const manifest = await manifestOfFiles(site(45, 5));
  const page = await readFile(path.join(repoRoot, 'index.html'), 'utf8');
  const preloads = (html) => [...html.matchAll(/<link rel="preload" href="content\/([^"]+)" as="fetch"/g)].map((m) => m[1]);
  const root = preloads(withContentPreloads(page, manifest, 'content/', ROOT_ROUTE));
  for (const body of manifest.needs.about) assert.ok(root.includes(body), body);
  assert.ok(!root.includes(manifest.needs['blog/'][0]), 'only the root route\'s bodies');
  assert.ok(root.includes('_config.yml'));
  const anyPath = preloads(withContentPreloads(page, manifest, 'content/'));
  assert.deepEqual(anyPath, root.filter((file) => !manifest.needs.about.includes(file)));
});

test('a small site gets a file list only', async () => {
  const manifest = await manifestOfFiles(site(MIN_INDEXED_DOCUMENTS - 1));
  assert.equal(manifest.documents, undefined);
  assert.equal(manifest.needs, undefined);
  assert.equal(manifest.files.length, MIN_INDEXED_DOCUMENTS + 2);
});

test('a manifest read back keeps only entries that fit, and staleness is found', () => {
  const documents = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`_news/${i}.md`, `---\ntitle: ${i}\n---\n`]));
  const manifest = createManifest(['_config.yml', ...Object.keys(documents)], documents);
  manifest.documents['_news/gone.md'] = '---\n---\n';
  manifest.needs = { about: ['_news/1.md', '_news/gone.md'] };
  const read = parseManifest(JSON.stringify(manifest));
  assert.equal(read.documents.size, 40);
  assert.match(read.problems.join('\n'), /documents index has "_news\/gone\.md", which is not a listed file/);
  assert.deepEqual(read.needs.get('about'), ['_news/1.md']);
  assert.deepEqual(staleDocuments(read.documents, { ...documents, '_news/3.md': '---\ntitle: three\n---\n' }), ['_news/3.md']);
  assert.deepEqual(staleNeeds(read.needs, { about: ['_news/1.md'], 'blog/': ['_news/2.md'] }), ['blog/']);
});

// Static files (images, notebooks) are listed by path only: the shell hands
// the paths to the core, which answers site.static_files and file_exists
// from them, as Jekyll does from the folder.
test('the manifest lists the static files Jekyll would copy, and the core reads them from it', async () => {
  const files = new Map([
    ['_config.yml', 'title: Lab\ninclude: [_pages]\nexclude: [Gemfile, notes/]\n'],
    ['_pages/nb.md', '---\npermalink: /nb/\n---\n{% file_exists assets/jupyter/blog.ipynb %} {% file_exists assets/jupyter/none.ipynb %} '
      + '{% for f in site.static_files %}{{ f.path }},{% endfor %}\n'],
    ['assets/jupyter/blog.ipynb', new Uint8Array(0)],
    ['assets/img/a.png', new Uint8Array(0)],
    ['Gemfile', new Uint8Array(0)],
    ['notes/todo.txt', new Uint8Array(0)],
  ]);
  const manifest = await manifestOfFiles(files);
  assert.deepEqual(manifest.static, ['assets/img/a.png', 'assets/jupyter/blog.ipynb'], 'excluded files are left out');
  assert.deepEqual(manifest.files, ['_config.yml', '_pages/nb.md', 'notes/todo.txt']);

  const read = parseManifest(JSON.stringify({ ...manifest, static: [...manifest.static, '_pages/nb.md', 42] }));
  assert.deepEqual(read.statics, manifest.static);
  assert.equal(read.problems.length, 2, 'a content file or a non-path in the static list is reported');

  // What the shell does with the list (web/content-fetch.mjs siteFiles): the paths with no bytes.
  const core = await loadCore();
  const opened = new Map([...files].filter(([path]) => manifest.files.includes(path)));
  for (const path of read.statics) opened.set(path, new Uint8Array(0));
  const site = FolioSite.open(core, opened);
  const page = site.renderPage('/nb/');
  assert.match(page.html, /true false \/assets\/img\/a\.png,\/assets\/jupyter\/blog\.ipynb,/);
  site.dispose();
});
