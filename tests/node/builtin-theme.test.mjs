// folio's built-in theme (themes/builtin) against two independent references:
// 1. real `jekyll build` of a fixture site that uses the theme as its
//    _layouts/_includes, compared in text with Jekyll's build of al-folio
//    itself (/work/ref/al-folio-gh-pages), the markup we mean to reproduce;
// 2. folio's Liquid engine rendering the same layouts with the same data,
//    compared with what real Jekyll rendered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderLiquid } from '../../web/node.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.join(here, '..', '..');
const theme = path.join(repo, 'themes', 'builtin');
const fixture = path.join(repo, 'tests', 'fixtures', 'theme', 'site');
const GH_PAGES = '/work/ref/al-folio-gh-pages';
const hasReference = existsSync(path.join(GH_PAGES, 'index.html'));

let work;
let built;

// The fixture site with the theme as its layouts and includes, and a stub
// default layout (folio's shell draws what al-folio's default draws).
before(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'folio-theme-'));
  const src = path.join(work, 'src');
  cpSync(fixture, src, { recursive: true });
  cpSync(path.join(theme, '_layouts'), path.join(src, '_layouts'), { recursive: true });
  cpSync(path.join(theme, '_includes'), path.join(src, '_includes'), { recursive: true });
  writeFileSync(path.join(src, '_layouts', 'default.liquid'), '{{ content }}');
  built = path.join(work, 'site');
  execFileSync('jekyll', ['build', '--quiet', '--source', src, '--destination', built], { stdio: 'pipe' });
});

after(() => rmSync(work, { recursive: true, force: true }));

// Visible text of an HTML fragment: no tags, scripts or comments, entities
// decoded, whitespace collapsed. "N more authors" names are dropped: al-folio
// keeps them in an onclick attribute, folio in a hidden span.
function visibleText(html) {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<span class="more-authors-names hidden">[\s\S]*?<\/span>/g, '')
    .replace(/<\/?(?:span|em|a|i|sup|b|strong|code|abbr)\b[^>]*>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&middot;/g, '·').replace(/&#39;/g, "'").replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

// al-folio's class names in document order, outside highlighted code (Rouge
// adds spans that folio, with no highlighter, does not).
function classNames(html) {
  const outsideCode = html.replace(/<code[\s\S]*?<\/code>/g, '');
  return [...outsideCode.matchAll(/class="([^"]*)"/g)].map((m) => m[1].trim().replace(/\s+/g, ' '));
}

// From the first <div class="post"> up to the page's footer.
function postRegion(html) {
  const start = html.indexOf('<div class="post">');
  const end = html.indexOf('<footer', start);
  return html.slice(start, end === -1 ? undefined : end);
}

// The <div class="row"> of one bibliography entry, by its key.
function entryRegion(html, key) {
  const id = html.indexOf(`id="${key}"`);
  const start = html.lastIndexOf('<div class="row">', id);
  const end = html.indexOf('</li>', id);
  return html.slice(start, end);
}

const builtPage = (route) => readFileSync(path.join(built, route, 'index.html'), 'utf8');
const referencePage = (route) => readFileSync(path.join(GH_PAGES, route, 'index.html'), 'utf8');

test('the about page reads as al-folio\'s own, in Jekyll with the built-in theme', { skip: !hasReference }, () => {
  const ours = visibleText(postRegion(builtPage('')));
  const theirs = visibleText(postRegion(referencePage('')));
  assert.equal(ours, theirs);
});

test('bibliography entries read as al-folio\'s and carry its class names', { skip: !hasReference }, () => {
  for (const key of ['liu2023teleconnections', 'liu2022renormalization']) {
    const ours = entryRegion(builtPage(''), key);
    const theirs = entryRegion(referencePage(''), key)
      // Badges need the altmetric and dimensions scripts folio does not load.
      .replace(/<div class="badges">[\s\S]*?<\/div>/, '');
    assert.equal(visibleText(ours), visibleText(theirs), key);
    assert.deepEqual(classNames(ours).filter((c) => c !== 'more-authors-names hidden'), classNames(theirs), key);
  }
});

test('news pages use the post layout as al-folio\'s do', { skip: !hasReference }, () => {
  const ours = visibleText(postRegion(builtPage('news/announcement_2')));
  const theirs = visibleText(postRegion(referencePage('news/announcement_2')));
  // al-folio links the year only under /blog/; the text up to the article is the same.
  assert.equal(ours.slice(0, 80), theirs.slice(0, 80));
});

// ---- folio's engine renders the theme as Jekyll does ------------------------

function stripFrontMatter(text) {
  return text.replace(/^---\n(?:[\s\S]*?\n)?---\n/, '');
}

function partials() {
  const out = {};
  const walk = (dir, prefix) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), `${prefix}${entry.name}/`);
      else out[prefix + entry.name] = readFileSync(path.join(dir, entry.name), 'utf8');
    }
  };
  walk(path.join(theme, '_includes'), '');
  return out;
}

const layout = (name) => stripFrontMatter(readFileSync(path.join(theme, '_layouts', `${name}.liquid`), 'utf8'));
const fixtureConfig = {
  title: 'Teng Liu', first_name: 'Teng', last_name: 'Liu', baseurl: '/al-folio', url: 'https://tonny-liu.github.io',
  scholar: { last_name: ['Liu'], first_name: ['Teng'] }, max_author_limit: 3, enable_publication_thumbnails: true,
};

test('folio renders the bib layout as Jekyll does', async () => {
  const papers = JSON.parse(readFileSync(path.join(fixture, '_data', 'papers.json'), 'utf8'));
  for (const entry of papers) {
    const { output, diagnostics } = await renderLiquid(layout('bib'), { site: { ...fixtureConfig, data: {} }, entry }, { partials: partials() });
    const jekyll = entryRegion(builtPage(''), entry.key);
    assert.equal(visibleText(output), visibleText(jekyll), `${entry.key}: ${JSON.stringify(diagnostics)}`);
    assert.deepEqual(classNames(output), classNames(jekyll), entry.key);
  }
});

test('folio renders the news include as Jekyll does', async () => {
  const news = [
    { date: '2015-10-22 15:59:00 -0400', inline: true, content: '<p>A simple inline announcement.</p>\n', url: '/news/announcement_1/' },
    { date: '2015-11-07 16:11:00 -0400', inline: false, title: 'A long announcement with details', url: '/news/announcement_2/' },
    { date: '2016-01-15 07:59:00 -0400', inline: true, content: '<p>A simple inline announcement with Markdown emoji! :sparkles: :smile:</p>\n', url: '/news/announcement_3/' },
  ];
  const page = { announcements: { enabled: true, scrollable: true, limit: 5 } };
  const { output } = await renderLiquid('{% include news.liquid limit=true %}', { site: { ...fixtureConfig, news }, page }, { partials: partials() });
  const jekyll = builtPage('');
  const region = jekyll.slice(jekyll.indexOf('<div class="news">'), jekyll.indexOf('<h2><a href="/al-folio/publications/'));
  // Jekyll's emojify is a stand-in here (jemoji's images); folio writes the
  // characters. Compare without the emoji.
  const noEmoji = (text) => text.replace(/:\w+:|\p{Extended_Pictographic}/gu, '').replace(/\s+/g, ' ').trim();
  assert.equal(noEmoji(visibleText(output)), noEmoji(visibleText(region)));
});

test("folio's own content (news: true, title blank) renders through the about layout", async () => {
  // content/_pages/about.md's front matter and content/_config.yml's names.
  const site = {
    title: 'blank', first_name: 'NDS Group @ Shanghai AI Lab', baseurl: '', announcements: { enabled: true, limit: 5 },
    news: [{ date: '2024-05-01', inline: true, content: '<p>We moved.</p>' }],
  };
  const page = { news: true, selected_papers: false, social: false, subtitle: 'We enhance ML systems!' };
  const { output } = await renderLiquid(layout('about'), { site, page, content: '<p>Hello.</p>' }, { partials: partials() });
  assert.match(output, /<span class="font-weight-bold">NDS Group @ Shanghai AI Lab<\/span>/);
  assert.match(output, /<h2><a href="\/news\/">news<\/a><\/h2>/);
  assert.match(visibleText(output), /May 01, 2024 We moved\./);
  assert.doesNotMatch(output, /selected publications|class="social"|style=/);
});
