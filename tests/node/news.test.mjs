// News in Node: the CLI's about, archive and item views on an al-folio shaped
// fixture and on the group's content, the manifest that lists news files for
// browsers, and the single-file alternative _data/news.yml.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openSite } from '../../web/node.mjs';
import { contentDir, fixtureSite, runCli } from './helpers.mjs';

const newsSite = fixtureSite('alfolio-news');

// [date, text] of every news row in an HTML fragment, in order.
function newsRows(html) {
  const strip = (s) => s.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  return [...html.matchAll(/<tr><th scope="row">(.*?)<\/th><td>(.*?)<\/td><\/tr>/gs)].map((m) => [strip(m[1]), strip(m[2])]);
}

// What Jekyll renders for the fixture: newest first; the three items of
// 2024-06-29 in reverse byte-wise file-name order (5, 4, 10).
const FIXTURE_ROWS = [
  ['Jul 01, 2024', 'A quoted ISO date with a zone \u{1F389}'],
  ['Jun 29, 2024', 'Tie: written fifth'],
  ['Jun 29, 2024', 'Tie: written fourth'],
  ['Jun 29, 2024', 'Tie: written tenth'],
  ['Jan 15, 2016', 'A third note with a link and emphasis.'],
  ['Nov 07, 2015', 'A long announcement with details'],
  ['Oct 22, 2015', 'A short inline note, with emoji \u2728 \u{1F604}'],
];

async function copyToTemp(t, source) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-news-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await cp(source, dir, { recursive: true });
  return dir;
}

test('render --view about lists the news rows Jekyll would, limited by announcements.limit', () => {
  const { status, stdout, stderr } = runCli(['render', newsSite, '--view', 'about', '--fragment']);
  assert.equal(status, 0, stderr);
  assert.equal(stderr, '');
  assert.deepEqual(newsRows(stdout), FIXTURE_ROWS.slice(0, 5));
  assert.match(stdout, /<h2><a href="#\/news\/">news<\/a><\/h2><div class="news"><div class="table-responsive news-scrollable"><table class="table table-sm table-borderless">/);
  assert.match(stdout, /<a class="news-title" href="#\/news\/announcement_5\/">Tie: written fifth<\/a>/);
});

test('render --view news lists every item, without a scroll box', () => {
  const { status, stdout, stderr } = runCli(['render', newsSite, '--view', 'news', '--fragment']);
  assert.equal(status, 0, stderr);
  assert.deepEqual(newsRows(stdout), FIXTURE_ROWS);
  assert.match(stdout, /<h1 class="post-title">news<\/h1>/);
  assert.doesNotMatch(stdout, /news-scrollable/);
  // HTML in a title renders as HTML.
  assert.match(stdout, /href="#\/news\/announcement_2\/">A long announcement with <b>details<\/b><\/a>/);
});

test('render --view news/ID prints the item page with its title in the document title', () => {
  const { status, stdout, stderr } = runCli(['render', newsSite, '--view', 'news/announcement_2']);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /<title>A long announcement with details \| Ada Example<\/title>/);
  assert.match(stdout, /<h1 class="post-title">A long announcement with <b>details<\/b><\/h1>/);
  assert.match(stdout, /<time datetime="2015-11-07T20:11:00Z">November 07, 2015<\/time>/);
  assert.match(stdout, /<li>another point \u{1F680}<\/li>/u);
  assert.match(stdout, /<a href="#\/news\/">All news<\/a>/);
});

test('an unknown news id is a not-found view and exit status 1', () => {
  const { status, stdout, stderr } = runCli(['render', newsSite, '--view', 'news/no_such_item', '--fragment']);
  assert.equal(status, 1);
  assert.match(stdout, /There is no news item <code>no_such_item<\/code>/);
  assert.match(stderr, /news\/no_such_item: error: no such view/);
});

test('the group content: four news items, TorchGT and LoongServe pages, the awards inline', async () => {
  const { status, stdout, stderr } = runCli(['render', contentDir, '--view', 'about', '--fragment']);
  assert.equal(status, 0, stderr);
  const rows = newsRows(stdout);
  assert.deepEqual(rows.map(([date]) => date), ['Jun 29, 2024', 'Jun 29, 2024', 'Apr 30, 2024', 'Mar 28, 2023']);
  assert.match(rows[0][1], /^TorchGT.*SC 2024$/);
  assert.match(rows[1][1], /^LoongServe.*SOSP 2024$/);
  assert.match(rows[2][1], /Centauri.*Best Paper Award.*ASPLOS 2024/);
  assert.match(rows[3][1], /Lucid.*Distinguished Paper Award.*ASPLOS 2023/);

  const site = await openSite(contentDir);
  const torchgt = site.render('news/announcement_4/');
  assert.equal(torchgt.found, true);
  assert.match(torchgt.title, /^TorchGT.* \| NDS Group @ Shanghai AI Lab$/);
  assert.match(torchgt.html, /62\.7×/);
  const loongserve = site.render('news/announcement_3');
  assert.match(loongserve.html, /3\.85×/);
  assert.match(loongserve.html, /href="https:\/\/arxiv\.org\/abs\/2404\.09526"/);
  assert.deepEqual(site.diagnostics, []);
});

test('site.model() exposes the news items', async () => {
  const site = await openSite(newsSite);
  const { news } = site.model();
  assert.equal(news.length, 7);
  assert.deepEqual(news[0], {
    id: 'announcement_6',
    title: 'Announcement_6',
    title_text: 'A quoted ISO date with a zone 🎉',
    date: '2024-07-01T09:30:00Z',
    inline: true,
    file: '_news/announcement_6.md',
    line: 1,
  });
  assert.deepEqual(news.map((item) => item.id), ['announcement_6', 'announcement_5', 'announcement_4', 'announcement_10',
    'announcement_3', 'announcement_2', 'announcement_1']);
  const long = news.find((item) => item.id === 'announcement_2');
  assert.equal(long.title, 'A long announcement with <b>details</b>');
  assert.equal(long.title_text, 'A long announcement with details', 'the title as text: no markup');
  assert.equal(news.find((item) => item.id === 'announcement_4').date, '2024-06-29');
});

test('check finds a news file missing from folio.json; index adds it', async (t) => {
  const dir = await copyToTemp(t, newsSite);
  await writeFile(path.join(dir, '_news/announcement_7.md'), '---\ntitle: Late\ndate: 2025-01-01\n---\n');
  let result = runCli(['check', dir]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /folio\.json: error: _news\/announcement_7\.md exists but is not listed, so browsers never load it; run: node web\/cli\.mjs index /);

  result = runCli(['index', dir]);
  assert.equal(result.status, 0, result.stderr);
  const manifest = JSON.parse(await readFile(path.join(dir, 'folio.json'), 'utf8'));
  assert.ok(manifest.files.includes('_news/announcement_7.md'));
  assert.equal(runCli(['check', dir]).status, 0);
});

test('check finds a listed news file that does not exist; the other items still render', async (t) => {
  const dir = await copyToTemp(t, newsSite);
  await unlink(path.join(dir, '_news/announcement_3.md'));
  const result = runCli(['check', dir]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /folio\.json: error: lists _news\/announcement_3\.md, which does not exist/);

  // What a browser does with the 404: the core names the file, the rest renders.
  const site = await openSite(dir, { missing: { '_news/announcement_3.md': 'HTTP 404; it is listed in folio.json' } });
  const missing = site.diagnostics.find((d) => d.file === '_news/announcement_3.md');
  assert.equal(missing.severity, 'error');
  assert.match(missing.message, /HTTP 404/);
  const rows = newsRows(site.render('news').html);
  assert.deepEqual(rows, FIXTURE_ROWS.filter(([, text]) => !text.startsWith('A third note')));
});

test('broken news files are reported with file and line; every other item renders', async () => {
  const about = await readFile(path.join(newsSite, '_pages/about.md'), 'utf8');
  const site = await openSite({
    '_pages/about.md': about,
    '_news/good.md': '---\ntitle: Good\ndate: 2024-01-01\n---\n',
    '_news/bad-date.md': '---\ntitle: Bad date\ndate: 29/13/2024\n---\n',
    '_news/broken.md': '---\ntitle: Broken\ninline: [true\n---\nBody\n',
    '_news/undated.md': '---\ntitle: Undated\n---\n',
    '_news/plain.md': 'No front matter at all.\n',
  });
  const byFile = (file) => site.diagnostics.filter((d) => d.file === file);
  assert.deepEqual(byFile('_news/bad-date.md').map((d) => [d.line, d.column, d.severity]), [[3, 7, 'error']]);
  assert.match(byFile('_news/bad-date.md')[0].message, /date '29\/13\/2024' cannot be read.*YYYY-MM-DD/);
  assert.equal(byFile('_news/broken.md')[0].severity, 'error');
  assert.match(byFile('_news/broken.md')[0].message, /YAML syntax error/);
  assert.match(byFile('_news/undated.md')[0].message, /has no date, so it is listed after all dated news/);
  assert.match(byFile('_news/plain.md')[0].message, /no front matter, so it is not a news item/);
  // Dated items first; then the undatable ones by file name.
  const rows = newsRows(site.render('news').html);
  assert.deepEqual(rows, [['Jan 01, 2024', 'Good'], ['undated', 'Bad date'], ['undated', 'Broken'], ['undated', 'Undated']]);
});

test('_data/news.yml holds all news in one file', async () => {
  const site = await openSite({
    '_config.yml': 'title: One File Lab\n',
    '_pages/about.md': '---\nlayout: about\nnews: true\n---\n',
    '_data/news.yml': [
      '- title: TorchGT accepted at <b>SC 2024</b>',
      '  date: 2024-06-29',
      '  content: |',
      '    The page of this item, in *Markdown*.',
      '- date: 2024-04-30',
      '  inline: true',
      '  content: "Best Paper Award :trophy:"',
      '- id: hello',
      '  title: Hello',
      '  date: 2023-03-28',
      '',
    ].join('\n'),
  });
  assert.deepEqual(site.diagnostics, []);
  assert.deepEqual(newsRows(site.render('about').html), [
    ['Jun 29, 2024', 'TorchGT accepted at SC 2024'],
    ['Apr 30, 2024', 'Best Paper Award \u{1F3C6}'],
    ['Mar 28, 2023', 'Hello'],
  ]);
  assert.match(site.render('about').html, /href="#\/news\/torchgt-accepted-at-sc-2024\/"/);
  assert.match(site.render('news/torchgt-accepted-at-sc-2024').html, /<p>The page of this item, in <em>Markdown<\/em>\.<\/p>/);
  assert.equal(site.render('news/hello').found, true);
});
