// The comparator that scores folio's pages against Jekyll's
// (bench/site-compare.mjs): its scores move when a page differs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareFacts, normalizeLink } from '../../bench/page-facts.mjs';

const facts = (over = {}) => ({
  title: 'publications',
  headings: ['publications', '2024', '2023'],
  words: 'publications 2024 Centauri: enabling efficient scheduling 2023 LoongTrain'.split(' '),
  links: ['/al-folio/assets/pdf/a.pdf?abc123', 'https://doi.org/10.1/x', '/al-folio/cv/'],
  entries: ['chen2024centauri', 'gu2023loongtrain'],
  ...over,
});

test('a page compared with itself scores 1 on every fact', () => {
  const scores = compareFacts(facts(), facts(), { baseurl: '/al-folio' });
  for (const key of ['title', 'headings', 'text', 'links', 'entries']) assert.equal(scores[key], 1, key);
  assert.deepEqual(scores.missingWords, []);
});

test('a missing paragraph, a reordered entry list and a lost link each lower their own score', () => {
  const jekyll = facts();
  const folio = facts({
    words: 'publications 2024 Centauri: 2023 LoongTrain'.split(' '),
    entries: ['gu2023loongtrain', 'chen2024centauri'],
    links: ['/al-folio/assets/pdf/a.pdf', '/al-folio/cv/'],
    title: 'Publications',
  });
  const scores = compareFacts(jekyll, folio, { baseurl: '/al-folio' });
  assert.equal(scores.title, 0);
  assert.equal(scores.headings, 1);
  assert.ok(scores.text < 0.85 && scores.text > 0.6, `text ${scores.text}`);
  assert.deepEqual(scores.missingWords, ['enabling', 'efficient', 'scheduling']);
  assert.equal(scores.entries, 0.5);
  assert.deepEqual(scores.missingLinks, ['https://doi.org/10.1/x']);
});

test('links agree across baseurl, site origin, folio hash routes and cache-busting queries', () => {
  const site = { siteUrl: 'https://lab.example.org', baseurl: '/al-folio' };
  assert.equal(normalizeLink('https://lab.example.org/al-folio/cv/', site), '/cv/');
  assert.equal(normalizeLink('#/al-folio/cv/', site), '/cv/');
  assert.equal(normalizeLink('/al-folio/assets/css/main.css?d41d8cd9', site), '/assets/css/main.css');
  assert.equal(normalizeLink('/al-folio/blog/index.html', site), '/blog/');
  assert.equal(normalizeLink('/al-folio', site), '/');
  assert.equal(normalizeLink('https://doi.org/10.1/x?y=1', site), 'https://doi.org/10.1/x?y=1');
  assert.equal(normalizeLink('#user-content-year-2025', site), '#year-2025', 'folio prefixes the content\'s ids');
  assert.equal(normalizeLink('/al-folio/publications/#user-content-year-2025', site), '/publications/#year-2025');
});
