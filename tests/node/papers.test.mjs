// Publications through the CLI and the Node API: the group's papers, an
// al-folio-shaped site with al-folio's example bibliography, and the
// _data/papers.yml alternative.
import test from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from '../../web/node.mjs';
import { contentDir, fixtureSite, runCli } from './helpers.mjs';

const GROUP_SELECTED = [
  'duan2024efficient', 'gu2024loongtrain', 'chen2024centauri',
  'hu2024characterization', 'hu2023lucid', 'hu2023hydro',
];

// The ids of the entry columns (div.col-sm-8/10 with the key as id), in order.
const entryIds = (html) => [...html.matchAll(/<div id="([^"]+)" class="col-sm-(?:8|10)">/g)].map((m) => m[1]);
const yearHeadings = (html) => [...html.matchAll(/<h2 class="bibliography">([^<]*)<\/h2>/g)].map((m) => m[1]);
// The <li> of the entry with that id.
const entryOf = (html, id) => {
  const at = html.indexOf(`<div id="${id}"`);
  return at < 0 ? '' : html.slice(html.lastIndexOf('<li ', at), html.indexOf('</li>', at));
};

test('the group publications page: every paper, grouped by year, newest first', () => {
  const { status, stdout, stderr } = runCli(['render', contentDir, '--view', 'publications', '--fragment']);
  assert.equal(status, 0, stderr);
  assert.equal(stderr, '', 'no diagnostics for the group papers');
  assert.deepEqual(yearHeadings(stdout), ['2024', '2023', '2022', '2021', '2020']);
  const ids = entryIds(stdout);
  assert.equal(ids.length, 19);
  assert.deepEqual(ids.slice(0, 4), GROUP_SELECTED.slice(0, 4), 'file order within 2024');
  assert.deepEqual(ids.slice(-2), ['xie2020elan', 'sun2020graphmp']);
});

test('the group about page lists the six selected papers, in order, after the news', () => {
  const { status, stdout, stderr } = runCli(['render', contentDir, '--fragment']);
  assert.equal(status, 0, stderr);
  const section = stdout.slice(stdout.indexOf('selected publications'));
  assert.ok(stdout.indexOf('class="news"') < stdout.indexOf('selected publications'));
  assert.match(stdout, /<h2><a href="#\/publications\/">selected publications<\/a><\/h2>/);
  assert.deepEqual(entryIds(section), GROUP_SELECTED);

  const centauri = entryOf(section, 'chen2024centauri');
  assert.match(centauri, /data-venue-color="#1d4f91">ASPLOS<\/abbr>/);
  assert.match(centauri, /Chang Chen, Xiuhong Li, Qianchao Zhu, and <button type="button" class="more-authors"[^>]*>/);
  assert.match(centauri, /<em>Peng Sun<\/em>/, 'the owner is emphasised among the hidden authors too');
  assert.match(centauri, /<em>In Proceedings of the 29th ACM International Conference/);
  assert.match(centauri, /class="award btn btn-sm z-depth-0"[^>]*>Best Paper Award<\/button>/);

  const survey = entryOf(section, 'duan2024efficient');
  assert.match(survey, /<a href="https:\/\/arxiv\.org\/pdf\/2407\.20018"[^>]*>PDF<\/a>/);
  assert.match(survey, /<a href="https:\/\/arxiv\.org\/abs\/2407\.20018"[^>]*>arXiv<\/a>/);
  const lucid = entryOf(section, 'hu2023lucid');
  assert.match(lucid, /href="https:\/\/doi\.org\/10\.1145\/3575693\.3575705"/);
  assert.match(lucid, />Distinguished Paper Award<\/button>/);
  assert.match(lucid, /Qinghao Hu, Meng Zhang, <em>Peng Sun<\/em>, and/);
});

test('the API model holds the papers with parsed names, venues and the Bib text', async () => {
  const site = await openSite(contentDir);
  const { papers, venues } = site.model();
  assert.equal(papers.length, 19);
  assert.deepEqual(papers.filter((p) => p.selected).map((p) => p.key), GROUP_SELECTED);
  const survey = papers[0];
  assert.equal(survey.authors.length, 16);
  assert.deepEqual(survey.authors[15], { first: 'Peng', von: '', last: 'Sun', jr: '', others: false });
  assert.equal(survey.venue, 'arXiv preprint arXiv:2407.20018');
  assert.equal(survey.fields.abbr, 'arXiv');
  assert.doesNotMatch(survey.bibtex, /abbr|selected|bibtex_show|pdf/);
  const internlm = papers.find((p) => p.key === 'cai2024internlm2');
  assert.equal(internlm.authors.at(-1).others, true);
  assert.deepEqual(Object.keys(venues).sort(), [...new Set(papers.map((p) => p.abbr))].sort(), 'every badge has a venue');
  site.dispose();
});

test('an al-folio site: its example bibliography renders, comma-separated authors warn and still read', () => {
  const dir = fixtureSite('alfolio-papers');
  const { status, stdout, stderr } = runCli(['render', dir, '--view', 'publications', '--fragment']);
  assert.equal(status, 0, stderr);
  assert.match(stderr, /^_bibliography\/papers\.bib:91: warning: the author field of entry 'einstein1905electrodynamics' separates names with commas.*" and "/m);
  assert.match(entryOf(stdout, 'einstein1905electrodynamics'),
    /<div class="author"><em>Albert Einstein<\/em>, <a href="https:\/\/en\.wikipedia\.org\/wiki\/Boris_Podolsky"[^>]*>Boris Podolsky<\/a>, and <a [^>]*>Nathan Rosen<\/a><\/div>/);
  assert.deepEqual(yearHeadings(stdout), ['1967', '1956', '1950', '1935', '1920', '1905']);

  const epr = entryOf(stdout, 'PhysRev-47-777');
  assert.match(epr, /<em>A\. Einstein<sup>\*†<\/sup><\/em>, <a href="https:\/\/en\.wikipedia\.org\/wiki\/Boris_Podolsky"[^>]*>B\. Podolsky<sup>\*<\/sup><\/a>, and/);
  assert.match(epr, /<div class="periodical"><em>Phys\. Rev\.<\/em>, New Jersey\. <em>More Information<\/em> can be <a href="https:\/\/github\.com\/alshedivat\/al-folio\/"[^>]*>found here<\/a>, May 1935<\/div>/);
  assert.match(epr, /<a href="assets\/pdf\/example_pdf\.pdf" class="btn btn-sm z-depth-0">PDF<\/a>/);
  assert.match(epr, /data-venue-color="#009f36"><a href="https:\/\/journals\.aps\.org\/"/);
  const bib = epr.slice(epr.indexOf('<div class="bibtex hidden"'));
  assert.match(bib, /author = \{Einstein, A\. and Podolsky, B\. and Rosen, N\.\}/);
  assert.match(bib, /publisher = \{American Physical Society,\}/);
  assert.match(bib, /month = may/);
  for (const field of ['abbr', 'abstract', 'award', 'pdf', 'selected', 'altmetric', 'google_scholar_id', 'inspirehep_id']) {
    assert.doesNotMatch(bib, new RegExp(`^  ${field} =`, 'm'), `${field} is filtered`);
  }
  assert.match(bib, /^ {2}doi = /m, 'doi is kept');
  assert.match(stdout, /<img class="preview z-depth-1 rounded" src="assets\/img\/publication_preview\/wave-mechanics\.gif"/);

  // Newest year first, as al-folio's selected_papers include groups them (1967, then 1935).
  const about = runCli(['render', dir, '--fragment']);
  assert.deepEqual(entryIds(about.stdout.slice(about.stdout.indexOf('selected publications'))),
    ['przibram1967letters', 'PhysRev-47-777']);
});

test('the al-folio fixture manifests are up to date', () => {
  for (const name of ['alfolio-papers', 'papers-yml']) {
    const { status, stderr } = runCli(['check', fixtureSite(name)]);
    assert.equal(status, 0, `${name}: ${stderr}`);
  }
});

test('_data/papers.yml: the YAML alternative renders like BibTeX', async () => {
  const site = await openSite(fixtureSite('papers-yml'));
  assert.deepEqual(site.diagnostics, []);
  const [first, second] = site.model().papers;
  assert.equal(first.key, 'sun2024yaml');
  assert.equal(first.title, 'Papers & Data_Files in 100% YAML');
  assert.deepEqual(first.authors.map((a) => a.last), ['Sun', 'Lovelace', 'Babbage']);
  assert.equal(second.key, 'lovelace2023journal');
  assert.equal(second.type, 'article');

  const { html } = site.render('publications', { assetBase: 'content/' });
  assert.deepEqual(yearHeadings(html), ['2024', '2023']);
  const entry = entryOf(html, 'sun2024yaml');
  assert.match(entry, /<div class="title">Papers &amp; Data_Files in 100% YAML<\/div>/);
  assert.match(entry, /<em>Peng Sun<\/em>, Ada Lovelace, and <button/);
  assert.match(entry, /<em>In Proceedings of the Workshop on Plain Text<\/em>, Shanghai, China, Apr 2024/);
  assert.match(entry, /href="content\/assets\/pdf\/sun2024yaml\.pdf"/);
  assert.match(entry, /href="https:\/\/example\.org\/~lab\/code"/);
  assert.match(entry, /title = \{Papers \\&amp; Data\\_Files in 100\\% YAML\}/);
  assert.match(entryOf(html, 'lovelace2023journal'), /Ada Lovelace and <em>Peng Sun<\/em>/);
  assert.deepEqual(entryIds(site.render('about').html), ['sun2024yaml']);
  site.dispose();
});

test('papers from files held in memory, with diagnostics naming file and line', async () => {
  const site = await openSite({
    '_config.yml': 'title: Mem\n',
    '_pages/about.md': '---\nlayout: about\n---\nHi\n',
    '_bibliography/papers.bib': '@article{a,\n  titel = {Oops},\n  year = {2024},\n  selected = {maybe}\n}\n',
    '_data/venues.yml': 'X:\n  color: "red; x"\n',
  });
  const messages = site.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`);
  assert.ok(messages.some((m) => /^_bibliography\/papers\.bib:2: warning: .*titel.*title/.test(m)), messages.join('\n'));
  assert.ok(messages.some((m) => /^_bibliography\/papers\.bib:4: warning: "a": selected = \{maybe\} is read as false/.test(m)));
  assert.ok(messages.some((m) => /^_data\/venues\.yml:2: warning: venue 'X': color/.test(m)));
  const { html } = site.render('publications');
  assert.deepEqual(entryIds(html), ['a']);
  site.dispose();
});

test('the CLI renders a site without papers with a friendly empty state', () => {
  const { status, stdout } = runCli(['render', fixtureSite('alfolio-style'), '--view', 'publications', '--fragment']);
  assert.equal(status, 0);
  assert.match(stdout, /No publications yet: add _bibliography\/papers\.bib/);
});
