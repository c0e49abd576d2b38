// The news as Atom (feed.xml, written by `cli.mjs build`): well-formed XML
// (fast-xml-parser's validator), the elements RFC 4287 requires, and the
// group's real news in it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { openSite } from '../../web/node.mjs';
import { atomFeed, rfc3339 } from '../../web/atom-feed.mjs';
import { contentDir, runCli } from './helpers.mjs';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['entry', 'link'].includes(name) });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const text = (node) => (typeof node === 'object' ? node['#text'] : node);

function parseFeed(xml) {
  assert.equal(XMLValidator.validate(xml), true, 'well-formed XML');
  const { feed } = parser.parse(xml);
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  // RFC 4287 4.1.1: id, title, updated; an author (here on the feed); a self link.
  for (const required of ['id', 'title', 'updated', 'author']) assert.ok(feed[required] !== undefined, `feed has ${required}`);
  assert.match(feed.updated, RFC3339);
  for (const entry of feed.entry ?? []) {
    for (const required of ['id', 'title', 'updated']) assert.ok(entry[required] !== undefined, `entry has ${required}`);
    assert.match(entry.updated, RFC3339);
    assert.ok(entry.content !== undefined || entry.link?.some((l) => l['@rel'] === 'alternate'), 'content or an alternate link');
  }
  return feed;
}

test('build writes feed.xml with the group\'s news, newest first', async (t) => {
  const out = await mkdtemp(path.join(os.tmpdir(), 'folio-feed-'));
  t.after(() => rm(out, { recursive: true, force: true }));
  const { status, stdout, stderr } = runCli(['build', contentDir, '--out', out]);
  assert.equal(status, 0, stderr);
  assert.match(stdout, /and feed\.xml/);
  const feed = parseFeed(await readFile(path.join(out, 'feed.xml'), 'utf8'));

  assert.equal(text(feed.title), 'NDS Group @ Shanghai AI Lab: news');
  assert.equal(feed.id, 'https://nds-group.github.io/');
  assert.equal(feed.author.name, 'NDS Group @ Shanghai AI Lab');
  assert.deepEqual(feed.link.map((l) => [l['@rel'], l['@href']]), [
    ['alternate', 'https://nds-group.github.io/news/'],
    ['self', 'https://nds-group.github.io/feed.xml'],
  ]);
  assert.equal(feed.updated, '2024-06-29T00:00:00Z', 'the newest item, not the build time');

  assert.deepEqual(feed.entry.map((e) => e.id), [
    'https://nds-group.github.io/news/announcement_4/',
    'https://nds-group.github.io/news/announcement_3/',
    'https://nds-group.github.io/news/announcement_2/',
    'https://nds-group.github.io/news/announcement_1/',
  ]);
  const [torchgt, loongserve, centauri] = feed.entry;
  assert.equal(text(torchgt.title), 'TorchGT, a holistic system for large-scale graph transformer training, accepted at SC 2024');
  assert.equal(torchgt.updated, '2024-06-29T00:00:00Z');
  assert.match(text(torchgt.content), /^<p>Our paper <strong>TorchGT: A Holistic System for Large-scale Graph Transformer Training<\/strong> has been accepted at SC 2024/);
  assert.equal(torchgt.content['@type'], 'html');
  assert.match(text(loongserve.title), /^LoongServe/);
  // An inline item is titled by its text, not by Jekyll's "Announcement_2".
  assert.match(text(centauri.title), /^Centauri, which schedules communication-computation overlap in large model training/);
  // Shown in the site's timezone (UTC here), as Jekyll converts every date.
  assert.equal(centauri.updated, '2024-04-30T17:00:00Z');
  assert.match(text(centauri.content), /Best Paper Award<\/strong> at ASPLOS 2024 🏆/);
  // Every page of the site links the feed.
  assert.match(await readFile(path.join(out, 'news/index.html'), 'utf8'), /<link rel="alternate" type="application\/atom\+xml"[^>]* href="\.\.\/feed\.xml">/);
});

test('the feed escapes what it carries, names items without a site url, and skips undated ones', async () => {
  const site = await openSite({
    '_config.yml': 'title: Lab & "Friends"\n',
    '_news/a.md': '---\ntitle: Fish & <b>Chips</b> ]]> \u0001\ndate: 2024-02-03 04:05:06 +0800\n---\nSee [here](https://example.org/?a=1&b=2).\n',
    '_news/b.md': '---\ntitle: When?\ndate: someday\n---\nLater.\n',
    'folio.json': JSON.stringify({ folio: 1, files: ['_config.yml', '_news/a.md', '_news/b.md'] }),
  });
  const feed = parseFeed(atomFeed(site));
  assert.equal(text(feed.title), 'Lab & "Friends": news');
  assert.equal(feed.id, 'urn:folio:site');
  assert.equal(feed.entry.length, 1);
  const [entry] = feed.entry;
  assert.equal(entry.id, 'urn:folio:news/a/');
  assert.equal(text(entry.title), 'Fish & Chips ]]>');
  assert.equal(entry.updated, '2024-02-02T20:05:06Z');
  assert.match(text(entry.content), /<a href="https:\/\/example\.org\/\?a=1&amp;b=2"/);
});

test('feed titles are text as the pages show it: references decoded, emoji, no markup', async () => {
  const site = await openSite({
    '_news/a.md': '---\ntitle: "Caf&eacute; &copy; 2024 &mdash; <em>news</em> :tada: &bogus;"\ndate: 2024-02-03\n---\nBody.\n',
    '_news/b.md': '---\ninline: true\ndate: 2024-01-01\n---\nWe won &ndash; **first** prize :trophy: <script>alert(1)</script>\n',
    'folio.json': JSON.stringify({ folio: 1, files: ['_news/a.md', '_news/b.md'] }),
  });
  const titles = parseFeed(atomFeed(site)).entry.map((entry) => text(entry.title));
  assert.deepEqual(titles, ['Café © 2024 — news 🎉 &bogus;', 'We won – first prize 🏆']);
});

test('dates become RFC 3339', () => {
  const cases = [
    ['2024-06-29', '2024-06-29T00:00:00Z'],
    ['2024-04-30T10:00:00-07:00', '2024-04-30T10:00:00-07:00'],
    ['2024-06-29 16:11:00-0400', '2024-06-29T16:11:00-04:00'],
    ['2024-06-29T16:11Z', '2024-06-29T16:11:00Z'],
    ['June 2024', ''],
  ];
  for (const [date, expected] of cases) assert.equal(rfc3339(date), expected, date);
});
