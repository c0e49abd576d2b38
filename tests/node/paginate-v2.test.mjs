// jekyll-paginate-v2 done natively, against the plugin itself: Debian's
// ruby-jekyll-paginate-v2 reads the same 12-post blog
// (tests/reference/paginate-v2.rb) and its pages and paginator values must be
// folio's. The blog page prints its paginator, as al-folio's blog page reads it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { openSite } from '../../web/node.mjs';
import { fixtureSite, repoRoot } from './helpers.mjs';

const BUILD_TIME = '2025-06-01 00:00:00 +0000';
const FIELDS = ['page', 'per_page', 'total_posts', 'total_pages', 'previous_page', 'previous_page_path',
  'next_page', 'next_page_path', 'first_page_path', 'last_page_path'];

function pluginAnswer(dir) {
  const result = spawnSync('ruby', [path.join(repoRoot, 'tests/reference/paginate-v2.rb'), dir, BUILD_TIME], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return JSON.parse(result.stdout);
}

// The fixture, with the blog page's body printing its paginator one field a line.
async function siteFiles(dir) {
  const files = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.path ?? entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full, 'utf8'));
  }
  const dump = FIELDS.map((f) => `${f}={{ paginator.${f} }}`).join('\n') +
    "\nposts={% for post in paginator.posts %}{{ post.url }},{% endfor %}\ntitle={{ page.title }}\n";
  files.set('_pages/blog.md', `${files.get('_pages/blog.md').trimEnd()}\n\n<pre>\n${dump}</pre>\n`);
  return files;
}

const folioUrl = (url) => url.replace(/index\.html$/, '');

test('a 12-post blog paginates as jekyll-paginate-v2 does: its pages, and each paginator', async (t) => {
  const dir = fixtureSite('paginated-blog');
  const expected = pluginAnswer(dir);
  if (!expected) {
    t.skip('ruby-jekyll-paginate-v2 is not installed (scripts/setup.sh installs it)');
    return;
  }
  const site = await openSite(await siteFiles(dir), { time: new Date('2025-06-01T00:00:00Z') });
  const pagerUrls = site.routes().routes.filter((r) => r.generator === 'paginator' || r.url === '/blog/').map((r) => r.url).sort();
  assert.deepEqual(pagerUrls, expected.map((p) => folioUrl(p.url)).sort());
  for (const page of expected) {
    const rendered = site.renderPage(folioUrl(page.url));
    assert.equal(rendered.found, true, page.url);
    const printed = Object.fromEntries(rendered.html.split('\n').filter((l) => /^\w+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    for (const field of FIELDS) assert.equal(printed[field], String(page.paginator[field] ?? ''), `${page.url} ${field}`);
    assert.equal(printed.posts, page.paginator.posts.map((u) => `${u},`).join(''), `${page.url} posts`);
    assert.equal(printed.title, page.title, `${page.url} title`);
  }
  site.dispose();
});
