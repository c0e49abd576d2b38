// The route table against Jekyll itself: the same site folders read by
// Debian's Jekyll 4.3 (tests/reference/jekyll-routes.rb) and by folio's
// core must give the same URL for every page and document.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { openSite } from '../../web/node.mjs';
import { fixtureSite, repoRoot } from './helpers.mjs';

const BUILD_TIME = '2025-06-01 00:00:00 +0000';

// Every file of a site folder, as a loader that can list folders hands them over.
async function readWholeSite(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map();
  for (const entry of entries.filter((e) => e.isFile())) {
    const full = path.join(entry.path ?? entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join('/'), await readFile(full));
  }
  return files;
}

function jekyllRoutes(dir) {
  const result = spawnSync('ruby', [path.join(repoRoot, 'tests/reference/jekyll-routes.rb'), dir, BUILD_TIME],
    { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  return JSON.parse(result.stdout);
}

// url -> path; when two files share a URL the last one written wins, as on disk.
const byUrl = (routes) => Object.fromEntries(routes.map(({ url, path: source }) => [url, source]));

for (const name of ['al-folio-template', 'jekyll-routes']) {
  test(`${name}: every page and document at the URL Jekyll gives it`, async (t) => {
    const dir = fixtureSite(name);
    const expected = jekyllRoutes(dir);
    if (!expected) {
      t.skip('Jekyll is not installed (scripts/setup.sh installs it)');
      return;
    }
    const site = await openSite(await readWholeSite(dir), { time: new Date('2025-06-01T00:00:00Z') });
    // Pages that plugins generate (paginator, archives) are not in Debian's
    // Jekyll, which runs without them: tests/native/plugins_* check those.
    const routes = site.routes().routes.filter((route) => route.kind !== 'generated');
    assert.deepEqual(byUrl(routes), byUrl(expected));
    site.dispose();
  });
}

test('routes carry the baseurl, the output file and what renders them', async () => {
  const site = await openSite(await readWholeSite(fixtureSite('al-folio-template')),
    { time: new Date('2025-06-01T00:00:00Z') });
  const table = site.routes();
  assert.equal(table.baseurl, '/al-folio');
  const post = table.routes.find((route) => route.url === '/blog/2015/formatting-and-links/');
  assert.deepEqual(post, {
    url: '/blog/2015/formatting-and-links/',
    public_url: '/al-folio/blog/2015/formatting-and-links/',
    output: 'blog/2015/formatting-and-links/index.html',
    kind: 'post',
    path: '_posts/2015-03-15-formatting-and-links.md',
    collection: 'posts',
    layout: 'post',
    title: 'a post with formatting and links',
  });
  assert.equal(table.routes.find((route) => route.url === '/').path, '_pages/about.md');
  // The views of today keep working beside the model.
  assert.equal(site.render('about').found, true);
  site.dispose();
});
