// What search engines read from `cli.mjs build`: schema.org JSON-LD (the
// group, every paper) and Google Scholar's citation_* tags on each paper's own
// page, parsed back from the built pages of the group's real content.
import test, { after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openSite } from '../../web/node.mjs';
import { jsonLdScript, organizationJsonLd, scholarMetaTags, scholarlyArticleJsonLd, siteRootUrl } from '../../web/structured-data.mjs';
import { contentDir, runCli } from './helpers.mjs';

const jsonLdOf = (html) => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
const metaOf = (html, name) => [...html.matchAll(new RegExp(`<meta name="${name}" content="([^"]*)">`, 'g'))]
  .map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

// One build for every test here, removed at the end.
let built;
function buildGroupSite() {
  if (!built) {
    built = (async () => {
      const out = await mkdtemp(path.join(os.tmpdir(), 'folio-seo-'));
      const { status, stderr } = runCli(['build', contentDir, '--out', out]);
      assert.equal(status, 0, stderr);
      return out;
    })();
  }
  return built;
}
after(async () => { if (built) await rm(await built, { recursive: true, force: true }); });

const page = async (t, file) => readFile(path.join(await buildGroupSite(), file), 'utf8');

test('the about page describes the group as a ResearchOrganization', async (t) => {
  const [org] = jsonLdOf(await page(t, 'index.html'));
  assert.deepEqual(org, {
    '@context': 'https://schema.org',
    '@type': 'ResearchOrganization',
    '@id': 'https://nds-group.github.io/#organization',
    name: 'NDS Group @ Shanghai AI Lab',
    description: 'The Network and Distributed Systems (NDS) Group at the Shanghai Artificial Intelligence Laboratory builds efficient systems for training and serving large models.',
    url: 'https://nds-group.github.io/',
    keywords: 'machine learning systems, distributed training, large language models, datacenter scheduling',
  });
});

test('the publications page lists every paper as a ScholarlyArticle', async (t) => {
  const html = await page(t, 'publications/index.html');
  const documents = jsonLdOf(html);
  assert.equal(documents.length, 1);
  const graph = documents[0]['@graph'];
  assert.equal(documents[0]['@context'], 'https://schema.org');
  assert.equal(graph[0]['@type'], 'ResearchOrganization');
  const articles = graph.slice(1);
  assert.equal(articles.length, 19);
  assert.ok(articles.every((a) => a['@type'] === 'ScholarlyArticle' && a.name && a.author.length > 0 && /^\d{4}/.test(a.datePublished)));
  const centauri = articles.find((a) => a.name.startsWith('Centauri'));
  assert.equal(centauri.url, 'https://nds-group.github.io/publications/chen2024centauri/');
  assert.deepEqual(centauri.author.map((a) => a.name), ['Chang Chen', 'Xiuhong Li', 'Qianchao Zhu', 'Jiangfei Duan', 'Peng Sun', 'Xingcheng Zhang', 'Chao Yang']);
  assert.deepEqual(centauri.isPartOf, { '@type': 'Book', name: "Proceedings of the 29th ACM International Conference on Architectural Support for Programming Languages and Operating Systems (ASPLOS ’24)" });  // latex-decode's ’, as on the Jekyll page
  assert.equal(centauri.award, 'Best Paper Award');
  const characterization = articles.find((a) => a.url.endsWith('/hu2024characterization/'));
  assert.equal(characterization.datePublished, '2024-04');
  assert.equal(characterization.pagination, '709-729');
  const survey = articles.find((a) => a.url.endsWith('/ye2024deep/'));
  assert.deepEqual(survey.isPartOf, { '@type': 'Periodical', name: 'ACM Computing Surveys' });
  assert.deepEqual(survey.sameAs, ['https://doi.org/10.1145/3638757']);
  // Scholar's tags are per paper: none on the list page.
  assert.deepEqual(metaOf(html, 'citation_title'), []);
  assert.match(html, /<link rel="canonical" href="https:\/\/nds-group\.github\.io\/publications\/">/);
  assert.match(html, /<link rel="alternate" type="application\/atom\+xml" title="NDS Group @ Shanghai AI Lab: news" href="\.\.\/feed\.xml">/);
});

test('each paper has its own page with Google Scholar\'s citation_* tags', async (t) => {
  const html = await page(t, 'publications/hu2024characterization/index.html');
  assert.deepEqual(metaOf(html, 'citation_title'), ['Characterization of Large Language Model Development in the Datacenter']);
  assert.deepEqual(metaOf(html, 'citation_author'), [
    'Qinghao Hu', 'Zhisheng Ye', 'Zerui Wang', 'Guoteng Wang', 'Meng Zhang', 'Qiaoling Chen', 'Peng Sun', 'Dahua Lin',
    'Xiaolin Wang', 'Yingwei Luo', 'Yonggang Wen', 'Tianwei Zhang',
  ]);
  assert.deepEqual(metaOf(html, 'citation_publication_date'), ['2024/04']);
  assert.deepEqual(metaOf(html, 'citation_conference_title'), ['21st USENIX Symposium on Networked Systems Design and Implementation (NSDI 2024)']);
  assert.deepEqual(metaOf(html, 'citation_journal_title'), []);
  assert.deepEqual(metaOf(html, 'citation_firstpage'), ['709']);
  assert.deepEqual(metaOf(html, 'citation_lastpage'), ['729']);
  assert.match(html, /<title>Characterization of Large Language Model Development in the Datacenter \| publications \| NDS Group @ Shanghai AI Lab<\/title>/);
  assert.deepEqual(metaOf(html, 'description'), ['Qinghao Hu, Zhisheng Ye, Zerui Wang, and 9 others. 21st USENIX Symposium on Networked Systems Design and Implementation (NSDI 2024), 2024.']);
  const [article] = jsonLdOf(html);
  assert.equal(article['@type'], 'ScholarlyArticle');
  assert.equal(article['@context'], 'https://schema.org');
  // The page is the publications view with this entry highlighted, for readers without script too.
  assert.match(html, /<li class="folio-target" data-key="hu2024characterization"/);
  assert.match(html, /<meta name="folio-route" content="publications\/hu2024characterization\/">/);

  const survey = await page(t, 'publications/duan2024efficient/index.html');
  assert.deepEqual(metaOf(survey, 'citation_journal_title'), ['arXiv preprint arXiv:2407.20018']);
  assert.deepEqual(metaOf(survey, 'citation_pdf_url'), ['https://arxiv.org/pdf/2407.20018']);
  assert.equal(metaOf(survey, 'citation_author').length, 16);
  const acm = await page(t, 'publications/ye2024deep/index.html');
  assert.deepEqual(metaOf(acm, 'citation_doi'), ['10.1145/3638757']);
  assert.deepEqual(metaOf(acm, 'citation_volume'), ['56']);
  assert.deepEqual(metaOf(acm, 'citation_issue'), ['6']);
});

test('relative PDFs become absolute, markers leave names, and no value can close the script element', async () => {
  const site = await openSite({
    '_config.yml': 'title: Lab\nurl: https://lab.example.org/\nbaseurl: /site\n',
    '_bibliography/papers.bib': '---\n---\n@inproceedings{x,\n  title = {Breaking </script><script>alert(1)</script> Out},\n'
      + '  author = {Einstein*, Albert and von Neumann, John and Doe, Jr., John},\n  booktitle = {Proc. of Things},\n'
      + '  year = {2021},\n  month = {November},\n  pdf = {papers/x.pdf},\n  doi = {https://doi.org/10.1/abc}\n}\n',
  });
  const model = site.model();
  const [paper] = model.papers;
  assert.equal(siteRootUrl(model.config), 'https://lab.example.org/site/');
  const tags = Object.fromEntries(scholarMetaTags(paper, model).filter(([name]) => name !== 'citation_author'));
  assert.equal(tags.citation_pdf_url, 'https://lab.example.org/site/content/assets/pdf/papers/x.pdf');
  assert.equal(tags.citation_publication_date, '2021/11');
  assert.equal(tags.citation_doi, '10.1/abc');
  assert.deepEqual(scholarMetaTags(paper, model).filter(([name]) => name === 'citation_author').map(([, v]) => v),
    ['Albert Einstein', 'John von Neumann', 'John Doe, Jr.']);
  const script = jsonLdScript(scholarlyArticleJsonLd(paper, model));
  assert.equal(script.match(/<\/script>/g).length, 1, 'only the closing tag of the element itself');
  assert.match(JSON.parse(script.slice(script.indexOf('>') + 1, script.lastIndexOf('<'))).name, /^Breaking <\/script><script>alert\(1\)<\/script> Out$/);
  // Without a url the ids stay out rather than being wrong.
  const bare = await openSite({ '_config.yml': 'title: Lab\n' });
  assert.deepEqual(organizationJsonLd(bare.model()), { '@type': 'ResearchOrganization', name: 'Lab' });
});
