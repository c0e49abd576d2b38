// The views widgets ask for: rows only, limited, filtered; trusted HTML never.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from '../../web/node.mjs';
import { contentDir } from './helpers.mjs';

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
