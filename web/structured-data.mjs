// What search engines read from prerendered pages (Node only, used by
// web/prerender.mjs), made from the site's model (FolioSite#model()):
//
// - schema.org JSON-LD: the group as a ResearchOrganization, each paper as a
//   ScholarlyArticle. It goes into <script type="application/ld+json">, a data
//   block that browsers never execute, so a CSP without inline scripts allows it.
// - Google Scholar's citation_* meta tags (Highwire Press tags), one paper per
//   page: Scholar reads one article per URL, so every paper gets its own
//   prerendered page, publications/KEY/.
//
// Absolute URLs come from _config.yml's url and baseurl; without a url they
// stay relative to the site root. Text comes from the core, decoded (title,
// venue, names, and paper.text for the other fields): nothing here reads LaTeX.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Contribution markers after a last name ("Einstein*†") are not part of it.
const MARKERS = /[*†‡§¶#]+$/u;

// "https://lab.example.org" + "/site" -> "https://lab.example.org/site/"; "" without a url.
export function siteRootUrl(config) {
  const url = (config.url ?? '').replace(/\/+$/, '');
  if (!url) return '';
  const base = (config.baseurl ?? '').replace(/^\/*/, '/').replace(/\/+$/, '');
  return `${url}${base}/`;
}

// A route's page, as prerendered: "publications/KEY/" under the site root.
export const pageUrl = (config, route) => `${siteRootUrl(config)}${route === 'about' ? '' : route}`;

export const paperRoute = (paper) => `publications/${paper.element_id}/`;

export function personName({ first = '', von = '', last = '', jr = '', others = false }) {
  if (others) return '';
  const name = [first, von, last.replace(MARKERS, '')].filter(Boolean).join(' ');
  return jr ? `${name}, ${jr}` : name;
}

const authorNames = (paper) => paper.authors.map(personName).filter(Boolean);

// "apr", "April", "4" -> 4; 0 when unknown.
function monthNumber(month = '') {
  const text = month.trim().toLowerCase();
  if (/^\d{1,2}$/.test(text)) return Number(text) >= 1 && Number(text) <= 12 ? Number(text) : 0;
  return MONTHS.indexOf(text.slice(0, 3)) + 1;
}

// ISO 8601 for schema.org ("2024-04", "2024"); "" without a four-digit year.
function isoDate(paper) {
  const year = /^\d{4}$/.test(paper.year) ? paper.year : '';
  if (!year) return '';
  const month = monthNumber(paper.fields.month);
  return month ? `${year}-${String(month).padStart(2, '0')}` : year;
}

const PROCEEDINGS = new Set(['inproceedings', 'incollection', 'conference']);
const isArticle = (paper) => paper.type === 'article';
const isProceedings = (paper) => PROCEEDINGS.has(paper.type);

// The paper's links, made absolute: a relative pdf is a file under
// CONTENT/assets/pdf/, CONTENT the content folder in the published site
// ("content/" here, "" where the content is the site's root).
function pdfUrl(paper, config, contentPath) {
  const pdf = (paper.fields.pdf ?? '').trim();
  if (!pdf) return '';
  if (/^https?:\/\//i.test(pdf)) return pdf;
  if (/^[a-z][a-z0-9+.-]*:/i.test(pdf) || pdf.startsWith('//')) return '';
  return `${siteRootUrl(config)}${contentPath}assets/pdf/${pdf.replace(/^(\.\/)+/, '')}`;
}

function doiOf(paper) {
  return (paper.fields.doi ?? '').trim().replace(/^(doi:|https?:\/\/(dx\.)?doi\.org\/)/i, '');
}

function sameAs(paper) {
  const links = [];
  const doi = doiOf(paper);
  if (doi) links.push(`https://doi.org/${doi}`);
  const arxiv = (paper.fields.arxiv ?? '').trim().replace(/^arxiv:/i, '');
  if (arxiv) links.push(/^https?:/.test(arxiv) ? arxiv : `https://arxiv.org/abs/${arxiv}`);
  return links;
}

// The core's plain text of a field (LaTeX decoded), "" when absent.
const textOf = (paper, name) => (paper.text?.[name] ?? '').trim();

// "709–729" -> ["709", "729"]; "146:1–146:38" -> ["146:1", "146:38"] (the
// core has made BibTeX's "--" a dash already).
function pageRange(paper) {
  const pages = textOf(paper, 'pages');
  if (!pages) return [];
  return pages.split(/\s*[-‐‑‒–—]+\s*/).filter(Boolean).slice(0, 2);
}

export function organizationJsonLd(model) {
  const { config } = model;
  const root = siteRootUrl(config);
  return withoutEmpty({
    '@type': 'ResearchOrganization',
    '@id': root ? `${root}#organization` : '',
    name: config.display_name,
    description: config.description,
    url: root,
    keywords: config.keywords,
  });
}

export function scholarlyArticleJsonLd(paper, model, { contentPath = 'content/' } = {}) {
  const { config } = model;
  const venue = paper.venue;
  const pdf = pdfUrl(paper, config, contentPath);
  return withoutEmpty({
    '@type': 'ScholarlyArticle',
    '@id': siteRootUrl(config) ? pageUrl(config, paperRoute(paper)) : '',
    url: siteRootUrl(config) ? pageUrl(config, paperRoute(paper)) : '',
    name: paper.title,
    headline: paper.title,
    author: authorNames(paper).map((name) => ({ '@type': 'Person', name })),
    datePublished: isoDate(paper),
    isPartOf: venue ? { '@type': isArticle(paper) ? 'Periodical' : isProceedings(paper) ? 'Book' : 'CreativeWork', name: venue } : null,
    publisher: textOf(paper, 'publisher') ? { '@type': 'Organization', name: textOf(paper, 'publisher') } : null,
    pagination: pageRange(paper).join('-'),
    abstract: textOf(paper, 'abstract'),
    award: textOf(paper, 'award_name'),
    sameAs: sameAs(paper),
    encoding: pdf ? { '@type': 'MediaObject', contentUrl: pdf, encodingFormat: 'application/pdf' } : null,
    sourceOrganization: model.config.display_name ? { '@type': 'ResearchOrganization', name: model.config.display_name } : null,
  });
}

// The JSON-LD document of a page: one node, or a @graph of several.
export function jsonLdDocument(nodes) {
  const list = nodes.filter(Boolean);
  if (list.length === 1) return { '@context': 'https://schema.org', ...list[0] };
  return { '@context': 'https://schema.org', '@graph': list };
}

// The <script> element; "<" is escaped so no value can close the element.
export function jsonLdScript(document) {
  return `<script type="application/ld+json">${JSON.stringify(document).replace(/</g, '\\u003c')}</script>`;
}

// Google Scholar's tags for one paper, as [name, content] pairs in the order
// Scholar documents them.
export function scholarMetaTags(paper, model, { contentPath = 'content/' } = {}) {
  const tags = [['citation_title', paper.title]];
  for (const name of authorNames(paper)) tags.push(['citation_author', name]);
  const date = isoDate(paper);
  if (date) tags.push(['citation_publication_date', date.replace(/-/g, '/')]);
  if (paper.venue) {
    if (isArticle(paper)) tags.push(['citation_journal_title', paper.venue]);
    else if (isProceedings(paper)) tags.push(['citation_conference_title', paper.venue]);
    else if (/thesis$/.test(paper.type)) tags.push(['citation_dissertation_institution', paper.venue]);
  }
  tags.push(['citation_publisher', textOf(paper, 'publisher')]);
  tags.push(['citation_volume', textOf(paper, 'volume')]);
  tags.push(['citation_issue', textOf(paper, 'number')]);
  const [first, last] = pageRange(paper);
  if (first) tags.push(['citation_firstpage', first]);
  if (last) tags.push(['citation_lastpage', last]);
  const doi = doiOf(paper);
  if (doi) tags.push(['citation_doi', doi]);
  const pdf = pdfUrl(paper, model.config, contentPath);
  if (pdf) tags.push(['citation_pdf_url', pdf]);
  const root = siteRootUrl(model.config);
  if (root) tags.push(['citation_abstract_html_url', pageUrl(model.config, paperRoute(paper))]);
  return tags.filter(([, content]) => content);
}

// "Qinghao Hu, Zhisheng Ye, and 10 others. NSDI 2024." for a meta description.
export function paperDescription(paper) {
  const names = authorNames(paper);
  const authors = names.length > 3 ? `${names.slice(0, 3).join(', ')}, and ${names.length - 3} others` : names.join(', ');
  const where = [paper.venue, paper.year].filter(Boolean).join(', ');
  return [authors, where].filter(Boolean).map((part) => `${part}.`).join(' ');
}

function withoutEmpty(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) =>
    value !== '' && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)));
}
