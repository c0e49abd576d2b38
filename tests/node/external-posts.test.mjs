// al-folio's external posts: `folio external DIR` reads the feeds and pages
// that _config.yml's external_sources name (here from a real local HTTP
// server), writes _external_posts.json, and the core shows them as posts.
import test from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseFeed } from '../../web/external-feed.mjs';
import { parsePage } from '../../web/external-page.mjs';
import { repoRoot, runCli } from './helpers.mjs';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>Lab notes</title><link>https://notes.example/</link>
  <atom:link href="https://notes.example/feed" rel="self" type="application/rss+xml"/>
  <!-- <item><title>commented out</title></item> -->
  <item>
    <title><![CDATA[Scaling &amp; sharding: part 2]]></title>
    <link>https://notes.example/scaling-part-2</link>
    <pubDate>Tue, 14 May 2024 10:30:00 GMT</pubDate>
    <content:encoded><![CDATA[<p>Shards <link> and </item> in a post's HTML.</p>]]></content:encoded>
  </item>
  <item>
    <title>Caf&#233; &amp; more</title>
    <link>https://notes.example/cafe</link>
    <description>A summary &amp; more</description>
    <pubDate>Wed, 01 Jan 2025 08:00:00 +0800</pubDate>
  </item>
  <item><title>No date here</title><link>https://notes.example/undated</link></item>
</channel>
</rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Atom blog</title>
  <entry>
    <title type="html">Packets &amp;amp; queues</title>
    <link rel="replies" href="https://atom.example/q#comments"/>
    <link rel="alternate" type="text/html" href="https://atom.example/q?a=1&amp;b=2"/>
    <published>2023-11-05T09:00:00-05:00</published>
    <updated>2023-11-06T00:00:00Z</updated>
    <summary>Queues, briefly.</summary>
    <content type="html">&lt;p&gt;Queues &lt;em&gt;everywhere&lt;/em&gt;.&lt;/p&gt;</content>
  </entry>
</feed>`;

const PAGE = `<!doctype html><html><head>
  <title>
    Gemini update: Flash &amp; more </title>
  <meta property="og:description" content="What&#39;s new in Gemini">
  <script>var p = "<p>not text</p>";</script>
</head><body>
  <p>First <b>paragraph</b>.</p>
  <div><p>Second, unclosed<div>not in a p</div></div>
  <!-- <p>a comment</p> -->
  <p class=x>Third&nbsp;one</p>
</body></html>`;

test('parseFeed reads RSS items as Feedjira does: CDATA, entities, content:encoded, description, pubDate', () => {
  const entries = parseFeed(RSS);
  assert.deepEqual(entries.map((e) => e.title), ['Scaling &amp; sharding: part 2', 'Café & more', 'No date here']);
  assert.equal(entries[0].url, 'https://notes.example/scaling-part-2');
  assert.equal(entries[0].content, "<p>Shards <link> and </item> in a post's HTML.</p>");
  assert.equal(entries[0].summary, null);
  assert.equal(entries[0].published, '2024-05-14T10:30:00Z');
  assert.equal(entries[1].summary, 'A summary & more');
  assert.equal(entries[1].published, '2025-01-01T00:00:00Z');
  assert.equal(entries[2].published, null);
});

test('parseFeed reads Atom entries: the alternate link, published before updated, escaped HTML content', () => {
  const [entry] = parseFeed(ATOM);
  assert.equal(entry.title, 'Packets &amp; queues');
  assert.equal(entry.url, 'https://atom.example/q?a=1&b=2');
  assert.equal(entry.published, '2023-11-05T14:00:00Z');
  assert.equal(entry.summary, 'Queues, briefly.');
  assert.equal(entry.content, '<p>Queues <em>everywhere</em>.</p>');
  assert.equal(parseFeed('<html><body>not a feed</body></html>'), null);
});

test("parsePage takes head's title, the description meta and every <p>'s text, as the plugin's Nokogiri does", () => {
  const page = parsePage(PAGE);
  assert.equal(page.title, 'Gemini update: Flash & more');
  assert.equal(page.summary, "What's new in Gemini");
  assert.equal(page.content, 'First paragraph.Second, unclosedThird\u00a0one');
  assert.equal(parsePage('<p>only</p>').title, '');
  assert.equal(parsePage('<head><meta name="description" content="plain"></head>').summary, 'plain');
});

// A local server standing in for the other sites; `answers` maps a path to [status, body].
async function startSites(t, answers) {
  const server = createServer((request, response) => {
    const [status, body] = answers[request.url] ?? [404, 'not found'];
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => server.close());
  return `http://127.0.0.1:${server.address().port}`;
}

// The CLI as a child process: the test's server must keep answering meanwhile.
function runCliAsync(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'web/cli.mjs'), ...args]);
    let stdout = '', stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const BLOG = `---
layout: default
permalink: /blog/
---
{% for post in site.posts %}<li><a href="{% if post.redirect %}{{ post.redirect }}{% else %}{{ post.url | relative_url }}{% endif %}">{{ post.title }}</a> {{ post.date | date: "%Y-%m-%d %H:%M" }} {{ post.external_source }}</li>
{% endfor %}`;

async function makeSite(t, base) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-external-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await mkdir(path.join(dir, '_posts'));
  await writeFile(path.join(dir, '_config.yml'), `title: Lab
external_sources:
  - name: notes.example
    rss_url: ${base}/feed
  - name: Google Blog
    posts:
      - url: ${base}/gemini/
        published_date: 2024-05-14
`);
  await writeFile(path.join(dir, '_posts/2024-06-01-own-post.md'), '---\ntitle: Our own post\n---\nHello.\n');
  await writeFile(path.join(dir, 'blog.md'), BLOG);
  return dir;
}

test('folio external fetches feeds and pages into _external_posts.json, and the blog lists them as Jekyll would', async (t) => {
  const answers = { '/feed': [200, RSS], '/gemini/': [200, PAGE] };
  const base = await startSites(t, answers);
  const dir = await makeSite(t, base);

  const before = runCli(['render', dir, '--path', '/blog/', '--fragment']);
  assert.match(before.stderr, /external_sources: .*run `node web\/cli\.mjs external DIR`/);
  assert.doesNotMatch(before.stdout, /Gemini/);

  const fetched = await runCliAsync(['external', dir]);
  assert.equal(fetched.status, 1, fetched.stderr);  // the undated entry is reported
  assert.match(fetched.stdout, /wrote .*_external_posts\.json \(3 posts from 2 of 2 sources\)/);
  assert.match(fetched.stderr, /^_config\.yml: warning: external_sources 'notes\.example': the feed's entry 'No date here' has no date; it is left out$/m);
  const file = JSON.parse(await readFile(path.join(dir, '_external_posts.json'), 'utf8'));
  assert.deepEqual(file.sources, ['notes.example', 'Google Blog']);
  assert.deepEqual(file.posts.map((p) => [p.source, p.url, p.published]), [
    ['notes.example', 'https://notes.example/scaling-part-2', '2024-05-14T10:30:00Z'],
    ['notes.example', 'https://notes.example/cafe', '2025-01-01T00:00:00Z'],
    ['Google Blog', `${base}/gemini/`, '2024-05-14'],
  ]);

  const after = runCli(['render', dir, '--path', '/blog/', '--fragment']);
  assert.doesNotMatch(after.stderr, /external/);
  const items = [...after.stdout.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1].replace(/ rel="[^"]*" target="_blank"/, ''));
  // Newest first, the fetched posts among the site's own; each links to its original.
  assert.deepEqual(items, [
    '<a href="https://notes.example/cafe">Café &amp; more</a> 2025-01-01 00:00 notes.example',
    '<a href="/2024/06/01/own-post.html">Our own post</a> 2024-06-01 00:00 ',
    '<a href="https://notes.example/scaling-part-2">Scaling &amp; sharding: part 2</a> 2024-05-14 10:30 notes.example',
    `<a href="${base}/gemini/">Gemini update: Flash &amp; more</a> 2024-05-14 00:00 Google Blog`,
  ]);
  // The plugin's slug: the title, lowercased, spaces to hyphens, only [\w-] kept;
  // the post's page shows the feed's content.
  const post = runCli(['render', dir, '--path', '/2024/05/14/scaling-amp-sharding-part-2.html', '--fragment']);
  assert.match(post.stdout, /<p>Shards /);
});

test('a source that cannot be read keeps its last fetch, and says so', async (t) => {
  const answers = { '/feed': [200, RSS], '/gemini/': [200, PAGE] };
  const base = await startSites(t, answers);
  const dir = await makeSite(t, base);
  await runCliAsync(['external', dir]);
  answers['/feed'] = [500, 'down'];
  delete answers['/gemini/'];

  const again = await runCliAsync(['external', dir]);
  assert.equal(again.status, 1);
  assert.match(again.stderr, new RegExp(`external_sources 'notes\\.example': could not read the feed ${base}/feed: HTTP 500; kept its 2 post\\(s\\) from the last fetch`));
  assert.match(again.stderr, new RegExp(`external_sources 'Google Blog': could not fetch ${base}/gemini/: HTTP 404; kept its last fetch`));
  const file = JSON.parse(await readFile(path.join(dir, '_external_posts.json'), 'utf8'));
  assert.equal(file.posts.length, 3);
  assert.deepEqual(file.sources, ['notes.example', 'Google Blog']);
});

test('folio external on a site without external_sources writes nothing', async (t) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'folio-external-none-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await writeFile(path.join(dir, '_config.yml'), 'title: Lab\n');
  const { status, stdout } = runCli(['external', dir]);
  assert.equal(status, 0);
  assert.match(stdout, /names no external_sources; nothing to fetch/);
  await assert.rejects(readFile(path.join(dir, '_external_posts.json')));
});
