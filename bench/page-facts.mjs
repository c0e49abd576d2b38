// What a reader takes from a page, for comparing folio's pages with Jekyll's:
// the title, the headings, the words, the links and the bibliography entries
// of the page's content (al-folio's `div[role=main]`, or the whole fragment
// folio's renderPage answers). Parsed by Chromium's own HTML parser, so both
// sides are read as a browser reads them.

// Runs in the page (page.evaluate): html -> facts.
export function extractFacts({ html, region }) {
  const BLOCKS = 'address, article, aside, blockquote, br, dd, div, dl, dt, figcaption, figure, footer, h1, h2, h3, h4, '
    + 'h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, tbody, td, tfoot, th, thead, tr, ul';
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const root = (region && doc.querySelector(region)) || doc.body;
  // What a reader does not see: scripts, and text the page hides until a
  // click (folio's more-authors names; al-folio keeps them in an onclick).
  for (const hidden of root.querySelectorAll('script, style, noscript, template, [hidden], .hidden')) hidden.remove();
  // A block's edges and a line break part words, as a reader sees them
  // ("tempor.</p><p>Lorem" is two words, however the markup is spaced).
  for (const edge of root.querySelectorAll(BLOCKS)) {
    edge.before(' ');
    edge.after(' ');
  }
  const text = (element) => (element ? element.textContent.replace(/\s+/g, ' ').trim() : '');
  const title = root.querySelector('.post-title') || root.querySelector('h1');
  return {
    title: text(title),
    headings: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(text).filter(Boolean),
    words: text(root).split(' ').filter(Boolean),
    links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    entries: [...root.querySelectorAll('ol.bibliography > li')].map((li) => li.querySelector('[id]')?.id.replace(/^user-content-/, '') || text(li).slice(0, 40)),
  };
}

// A link as both sides can agree on: no site origin, no baseurl, no folio
// hash prefix, no cache-busting query on assets, no trailing index.html, and
// a fragment without the `user-content-` prefix folio gives the content's ids
// (the shell scrolls to #year-2025 as Jekyll's page does).
export function normalizeLink(href, { siteUrl = '', baseurl = '' } = {}) {
  let link = href.trim().replace(/#user-content-/, '#');
  if (siteUrl && link.startsWith(siteUrl)) link = link.slice(siteUrl.length) || '/';
  if (link.startsWith('#/')) link = link.slice(1);
  if (baseurl && (link === baseurl || link.startsWith(`${baseurl}/`))) link = link.slice(baseurl.length) || '/';
  if (link.startsWith('/')) link = link.replace(/\?[^#]*/, '').replace(/index\.html$/, '');
  return link;
}

// Length of the longest common subsequence of two arrays.
function lcsLength(a, b) {
  let previous = new Array(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    for (let j = 0; j < b.length; j += 1) row.push(x === b[j] ? previous[j] + 1 : Math.max(previous[j + 1], row[j]));
    previous = row;
  }
  return previous[b.length];
}

const orderScore = (a, b) => (a.length + b.length === 0 ? 1 : lcsLength(a, b) / Math.max(a.length, b.length));

// Words as a multiset: 2·common / (|a| + |b|). Order-insensitive, so a block
// moved within the page costs nothing and a missing paragraph costs its words.
function bagScore(a, b) {
  if (a.length + b.length === 0) return 1;
  const counts = new Map();
  for (const w of a) counts.set(w, (counts.get(w) || 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) || 0;
    if (n > 0) { common += 1; counts.set(w, n - 1); }
  }
  return (2 * common) / (a.length + b.length);
}

const setScore = (a, b) => bagScore([...new Set(a)], [...new Set(b)]);

// Scores in [0, 1] per fact, 1 meaning equal; `missing`/`extra` name what
// one side has and the other lacks, for the report.
export function compareFacts(jekyll, folio, site = {}) {
  const jekyllLinks = jekyll.links.map((l) => normalizeLink(l, site));
  const folioLinks = folio.links.map((l) => normalizeLink(l, site));
  const folioWords = new Set(folio.words);
  const jekyllWords = new Set(jekyll.words);
  return {
    title: jekyll.title === folio.title ? 1 : 0,
    headings: orderScore(jekyll.headings, folio.headings),
    text: bagScore(jekyll.words, folio.words),
    links: setScore(jekyllLinks, folioLinks),
    entries: orderScore(jekyll.entries, folio.entries),
    missingWords: jekyll.words.filter((w) => !folioWords.has(w)).slice(0, 12),
    extraWords: folio.words.filter((w) => !jekyllWords.has(w)).slice(0, 12),
    missingLinks: [...new Set(jekyllLinks)].filter((l) => !folioLinks.includes(l)).slice(0, 6),
  };
}
