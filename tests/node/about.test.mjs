// The committed wasm renders the about page in Node: the group's content and
// fixtures shaped like other al-folio sites.
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openSite } from '../../web/node.mjs';
import { contentDir, elementText, fixtureSite } from './helpers.mjs';

test('the group about page renders title, subtitle, body and Chinese text', async () => {
  const site = await openSite(contentDir);
  const view = site.render('about');
  assert.equal(view.found, true);
  assert.equal(view.title, 'NDS Group @ Shanghai AI Lab');
  assert.equal(elementText(view.html, /<h1 class="post-title">(.*?)<\/h1>/s), 'NDS Group @ Shanghai AI Lab');
  assert.match(view.html, /<span class="font-weight-bold">NDS Group @ Shanghai AI Lab<\/span>/);
  assert.equal(elementText(view.html, /<p class="desc">(.*?)<\/p>/s),
    'We enhance the performance and efficiency of machine learning systems!');
  assert.match(view.html, /<strong>联合培养博士项目<\/strong>/);
  assert.match(view.html, /网络与分布式系统研究组（NDS）现招收/);
  assert.deepEqual(site.diagnostics.filter((d) => d.severity === 'error'), []);
});

test('external links open in a new tab with al-folio rel attributes; mailto links do not', async () => {
  const site = await openSite(contentDir);
  const { html } = site.render('about');
  const shlab = html.match(/<a [^>]*href="https:\/\/www\.shlab\.org\.cn"[^>]*>/)?.[0];
  assert.ok(shlab, 'link to shlab.org.cn present');
  assert.match(shlab, /rel="external nofollow noopener"/);
  assert.match(shlab, /target="_blank"/);
  const mail = html.match(/<a [^>]*href="mailto:sunpeng@pjlab\.org\.cn"[^>]*>/)?.[0];
  assert.ok(mail, 'mailto link present');
  assert.doesNotMatch(mail, /target=/);
});

test('a left, circular profile with more_info renders; its HTML is sanitized', async () => {
  const site = await openSite(fixtureSite('profile-left'));
  const { html } = site.render('about', { assetBase: 'https://cdn.example.org/site/' });
  assert.match(html, /<div class="profile float-left">/);
  assert.match(html, /<img class="img-fluid z-depth-0 rounded-circle" src="https:\/\/cdn\.example\.org\/site\/assets\/img\/ada\.jpg"/);
  assert.match(html, /<div class="more-info"><p>Room 12<\/p>/);
  assert.doesNotMatch(html, /onclick|<script|alert\(/);
  // GFM, as kramdown writes it: table with alignment, task list, strikethrough.
  assert.match(html, /<table>/);
  // kramdown writes style="text-align: left"; the page shows it as align (the CSP blocks style attributes).
  assert.match(html, /<th align="left">engine<\/th>/);
  assert.match(html, /<input type="checkbox"[^>]*checked/);
  assert.match(html, /<del>steam<\/del>/);
  // Links to the site's own url are internal; others external.
  assert.match(html, /<a href="https:\/\/ada\.example\.org\/notes">/);
  assert.match(html, /<a href="https:\/\/babbage\.example\.com\/" rel="external nofollow noopener" target="_blank">/);
  assert.match(html, /<a href="\/archive\/">/);
});

test('an al-folio shaped site: blank title shows first, middle and last name', async () => {
  const site = await openSite(fixtureSite('alfolio-style'));
  const view = site.render('about');
  assert.match(view.html, /<h1 class="post-title"><span class="font-weight-bold">You<\/span> R\. Name<\/h1>/);
  assert.equal(view.title, 'You R. Name');
  assert.match(view.html, /<p class="desc"><a href="#">Affiliations<\/a>\. Address\./);
  assert.match(view.html, /<div class="profile float-right">/);
  assert.match(view.html, /class="img-fluid z-depth-0 rounded"/);
  assert.deepEqual(site.diagnostics.filter((d) => d.severity === 'error'), []);
});

test('broken YAML in _config.yml and in front matter is reported with file and line; the body still renders', async () => {
  const site = await openSite(fixtureSite('broken-yaml'));
  const errors = site.diagnostics.filter((d) => d.severity === 'error');
  const config = errors.find((d) => d.file === '_config.yml');
  assert.ok(config, 'config error reported');
  assert.ok(config.line >= 4 && config.line <= 5, `config error line ${config.line}`);
  assert.match(config.message, /YAML/);
  const about = errors.find((d) => d.file === '_pages/about.md');
  assert.ok(about, 'front matter error reported');
  assert.ok(about.line >= 3 && about.line <= 5, `front matter error line ${about.line}`);
  const { html } = site.render('about');
  assert.match(html, /The body still renders/);
});

test('files can come from memory; one site renders many times with the same result', async () => {
  const about = await readFile(`${contentDir}/_pages/about.md`, 'utf8');
  const site = await openSite({ '_config.yml': 'title: Memory Lab\n', '_pages/about.md': about });
  const first = site.render('about');
  for (let i = 0; i < 50; i += 1) assert.equal(site.render('about').html, first.html);
  assert.equal(first.title, 'Memory Lab');
  site.dispose();
  assert.throws(() => site.render('about'), /disposed/);
});

test('invalid UTF-8 is replaced and reported, never passed through', async () => {
  const bytes = Buffer.concat([Buffer.from('---\nlayout: about\n---\nCaf'), Buffer.from([0xe9, 0xff]), Buffer.from(' au lait\n')]);
  const site = await openSite(new Map([['_pages/about.md', bytes]]));
  const { html } = site.render('about');
  assert.match(html, /Caf\uFFFD\uFFFD au lait/);
  assert.ok(site.diagnostics.some((d) => d.file === '_pages/about.md' && /UTF-8/.test(d.message)));
});

test('a missing about page is an error naming the file to create', async () => {
  const site = await openSite({ '_config.yml': 'title: Empty\n' });
  assert.ok(site.diagnostics.some((d) => d.file === '_pages/about.md' && d.severity === 'error'));
  assert.equal(site.render('about').found, false);
});

test('an unknown route renders a not-found view', async () => {
  const site = await openSite(contentDir);
  const view = site.render('no/such/page');
  assert.equal(view.found, false);
  assert.match(view.html, /Page not found/);
});

test('site.config() answers the model config alone, as model().config has it', async () => {
  const site = await openSite(contentDir);
  const config = site.config();
  assert.equal(config.display_name, 'NDS Group @ Shanghai AI Lab');
  assert.deepEqual(config, site.model().config);
  site.dispose();
  assert.throws(() => site.config(), /disposed/);
});
