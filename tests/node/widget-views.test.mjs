// The views widgets ask for: rows only, limited, filtered; trusted HTML never.
// And what README promises a host page: the part names and custom properties.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { openSite } from '../../web/node.mjs';
import { WIDGET_PARTS } from '../../web/widget-parts.mjs';
import { contentDir, repoRoot } from './helpers.mjs';

const rows = (html) => (html.match(/<tr>/g) ?? []).length;
const entries = (html) => (html.match(/<li>\s*<div class="row/g) ?? html.match(/<li[ >]/g) ?? []).length;

test('a news widget shows only the rows it asks for, without the page header', async () => {
  const site = await openSite(contentDir);
  const all = site.render('news', { widget: true });
  assert.equal(rows(all.html), 4);
  assert.doesNotMatch(all.html, /<h1/);
  assert.equal(rows(site.render('news', { widget: true, limit: 2 }).html), 2);
  assert.equal(rows(site.render('news').html), 4, 'the archive page ignores widget limits');
});

test('a papers widget filters by selected and year', async () => {
  const site = await openSite(contentDir);
  const selected = site.render('publications', { widget: true, selectedOnly: true });
  assert.equal(entries(selected.html), 6);
  const of2022 = site.render('publications', { widget: true, year: 2022 });
  assert.match(of2022.html, /Primo/);
  assert.doesNotMatch(of2022.html, /LoongTrain/);
  assert.equal(entries(site.render('publications', { widget: true, selectedOnly: true, limit: 2 }).html), 2);
});

test('widgets never allow trusted HTML, even when the site does', async () => {
  const about = '---\nlayout: about\n---\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n';
  const site = await openSite({ '_config.yml': 'title: T\nfolio_trusted_html: true\n', '_pages/about.md': about });
  assert.match(site.render('about').html, /<iframe src="https:\/\/www\.youtube\.com\/embed\/x"/);
  assert.doesNotMatch(site.render('about', { widget: true }).html, /<iframe/);
});

// The rows of the table whose header's first cell is `firstHeader`, as the
// backquoted names in each row's first cell.
function tableNames(markdown, firstHeader) {
  const table = markdown.split(`| ${firstHeader} |`)[1]?.split(/\n(?!\|)/)[0] ?? '';
  return table.split('\n').slice(2).flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

test("README's Embedding section lists every ::part() a widget has, and custom properties folio.css reads", async () => {
  const readme = await readFile(path.join(repoRoot, 'README.md'), 'utf8');
  const embedding = readme.split('## Embedding')[1].split('\n## ')[0];
  assert.deepEqual(tableNames(embedding, 'part').sort(), Object.keys(WIDGET_PARTS).sort());
  const properties = tableNames(embedding, 'custom property');
  assert.ok(properties.length >= 5, `README documents ${properties.join(', ')}`);
  const css = await readFile(path.join(repoRoot, 'web/folio.css'), 'utf8');
  for (const property of properties) assert.match(css, new RegExp(`var\\(${property}[,)]`), `folio.css reads ${property}`);
});
