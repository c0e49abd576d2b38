// FolioSite.renderPage on a site made of al-folio's own files
// (tests/fixtures/sites/alfolio-render: al-folio's _config.yml, page and bib
// layouts, includes, publications and teaching pages, papers.bib; al-folio is
// MIT, its licence is in the folder), compared with Jekyll's build of the same
// files (alfolio-render.expected.json, derived from al-folio's gh-pages).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openSite } from '../../web/node.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/sites');
const expected = JSON.parse(await readFile(path.join(fixtures, 'alfolio-render.expected.json'), 'utf8'));

// The whole folder as the site's files (the Node loader reads a fixed set of folders today).
async function readTree(dir, prefix = '') {
  const files = new Map();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = `${prefix}${entry.name}`;
    if (entry.isDirectory()) {
      for (const [key, value] of await readTree(path.join(dir, entry.name), `${relative}/`)) files.set(key, value);
    } else {
      files.set(relative, await readFile(path.join(dir, entry.name), 'utf8'));
    }
  }
  return files;
}

const site = await openSite(await readTree(path.join(fixtures, 'alfolio-render')), { time: new Date('2025-06-01T00:00:00Z') });

const decode = (html) => html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const textOf = (html) => decode(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
const all = (html, pattern) => [...html.matchAll(pattern)].map((m) => textOf(m[1]));

test('a plain page renders through al-folio\'s page layout with Jekyll\'s title, heading and text', () => {
  const page = site.renderPage('/teaching/');
  assert.equal(page.found, true);
  assert.deepEqual(page.route, { url: '/teaching/', kind: 'page', layout: 'page', output: 'teaching/index.html' });
  assert.equal(page.title, 'teaching');
  assert.deepEqual(all(page.html, /<h1 class="post-title">([\s\S]*?)<\/h1>/g), [expected.teaching.h1]);
  assert.deepEqual(all(page.html, /<p class="post-description">([\s\S]*?)<\/p>/g), [expected.teaching.description]);
  assert.deepEqual(all(page.html, /<p>([\s\S]*?)<\/p>/g), expected.teaching.paragraphs);
  assert.deepEqual(page.diagnostics, []);
});

test('the same page is found by its public URL and its file', () => {
  for (const p of ['/al-folio/teaching/', '/teaching/index.html', '/teaching']) assert.equal(site.renderPage(p).route?.url, '/teaching/', p);
  const missing = site.renderPage('/no-such-page/');
  assert.equal(missing.found, false);
  assert.equal(missing.route, null);
});

test('the publications page: al-folio\'s bib layout, its year sections and entries as Jekyll has them', () => {
  const page = site.renderPage('/publications/');
  assert.deepEqual(all(page.html, /<h2 class="year-header">([\s\S]*?)<\/h2>/g), expected.publications.years);
  assert.deepEqual(all(page.html, /<div class="title">([\s\S]*?)<\/div>/g), expected.publications.titles);
});

test('al-folio\'s inline script and style never reach the page; its toggles are buttons', () => {
  const { html } = site.renderPage('/publications/', { routeBase: '#/', assetBase: 'content/' });
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<[^>]*\s(on[a-z]+|style)=/i);  // in a tag, not text
  assert.match(html, /id="user-content-xie2025ecosystem"/);
});

test('shell bases: page links become routes, files come from the content folder', () => {
  const files = new Map([
    ['_config.yml', 'title: Lab\nbaseurl: /lab\ninclude: [_pages]\n'],
    ['_pages/a.md', '---\npermalink: /a/\n---\n[b]({{ "/b/" | relative_url }}) ![x]({{ "/assets/img/x.png" | relative_url }})'],
    ['_pages/b.md', '---\npermalink: /b/\ntitle: B <script>alert(1)</script>\nlayout: page\n---\nb'],
  ]);
  return openSite(files).then((small) => {
    const a = small.renderPage('/a/', { routeBase: '#/', assetBase: 'content/' });
    assert.match(a.html, /href="#\/b\/"/);
    assert.match(a.html, /src="content\/assets\/img\/x.png"/);
    const b = small.renderPage('/lab/b/');
    assert.doesNotMatch(b.html, /<script/);
    assert.equal(b.route.layout, 'page');
  });
});

// The loader reads a whole al-folio checkout (node.mjs listContentFiles), and
// a view name that no view of folio's draws is that page of the site.
test('render() of a route without a folio view renders the site\'s page, with the nav Jekyll writes', async () => {
  const template = await openSite(path.join(fixtures, 'al-folio-template'), { time: new Date('2025-06-01T00:00:00Z') });
  try {
    const post = template.render('blog/2015/math/', { routeBase: '#/', assetBase: 'content/' });
    assert.equal(post.found, true);
    // The <title> of Jekyll's build (gh-pages blog/2015/math/index.html), as the views' titles are.
    assert.equal(post.title, 'a post with math | Teng Liu');
    assert.equal(template.renderPage('/blog/2015/math/').title, 'a post with math', 'renderPage: the page\'s own title');
    assert.match(post.html, /<h1 class="post-title">a post with math<\/h1>/);
    // al-folio's gh-pages nav: about, then its nav pages by nav_order (publications 2, cv 5).
    const links = [...post.navHtml.matchAll(/<a href="([^"]*)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`);
    assert.deepEqual(links, ['about #/', 'publications #/publications/', 'cv #/cv/']);
    assert.match(template.render('cv/').navHtml, /<a href="#\/cv\/" data-view="cv" aria-current="page">cv<\/a>/);
    assert.equal(template.render('no-such-page/').found, false);
    assert.equal(template.render('about', { widget: true }).navHtml, '', 'widgets carry no nav');
  } finally {
    template.dispose();
  }
});
