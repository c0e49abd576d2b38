// The news as an Atom feed (RFC 4287), written by `cli.mjs build` as
// feed.xml at the site root (Node only). Items come from the model
// (site.model().news, newest first) and their HTML from the core's news item
// view, so the feed says what the pages say. Links are the prerendered pages'
// (news/ID/); ids are those URLs, or urn:folio: names when _config.yml has no url.
import { siteRootUrl } from './structured-data.mjs';

export const FEED_FILE = 'feed.xml';

const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Also drops characters XML 1.0 cannot carry at all.
const escapeXml = (text) => String(text)
  .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);

function shorten(text, limit = 100) {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), limit * 0.6)).trimEnd()}…`;
}

// The model's dates ("2024-06-29", "2024-04-30T10:00:00-07:00") as RFC 3339.
export function rfc3339(date) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  const [, day, time, zone = 'Z'] = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(date) ?? [];
  if (!day) return '';
  const seconds = time.length === 5 ? `${time}:00` : time;
  const offset = zone === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${day}T${seconds}${offset}`;
}

// The body of a news item's page: what the core's view puts in #markdown-content.
function itemHtml(site, id, root) {
  const { html, found } = site.render(`news/${id}/`, { assetBase: `${root}content/`, routeBase: root });
  if (!found) return '';
  const start = html.indexOf('<div id="markdown-content">');
  const end = html.lastIndexOf('</div></article>');
  return start < 0 || end < start ? '' : html.slice(start + '<div id="markdown-content">'.length, end).trim();
}

// site: an open FolioSite. Returns the feed's XML text.
export function atomFeed(site, model = site.model()) {
  const { config } = model;
  const root = siteRootUrl(config);
  const name = config.display_name || 'news';
  const idOf = (path) => (root ? `${root}${path}` : `urn:folio:${path || 'site'}`);
  const entries = [];
  for (const item of model.news ?? []) {
    const updated = item.date ? rfc3339(item.date) : '';
    if (!updated) continue; // Atom needs a date; undated items are left out
    const path = `news/${encodeURIComponent(item.id)}/`;
    const content = itemHtml(site, item.id, root);
    // The core's text of the title, decoded as the pages show it; for an inline
    // item, its content (its title is only Jekyll's default from the file name).
    const title = item.inline ? shorten(item.title_text) : item.title_text;
    entries.push([
      '  <entry>',
      `    <title type="text">${escapeXml(title)}</title>`,
      `    <id>${escapeXml(idOf(path))}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(`${root}${path}`)}"/>`,
      `    <published>${updated}</published>`,
      `    <updated>${updated}</updated>`,
      content ? `    <content type="html">${escapeXml(content)}</content>` : `    <summary type="text">${escapeXml(title)}</summary>`,
      '  </entry>',
    ].join('\n'));
  }
  // The newest item's date: the feed changes when the news does, not per build.
  const newest = (model.news ?? []).map((item) => (item.date ? rfc3339(item.date) : '')).filter(Boolean)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0] ?? '1970-01-01T00:00:00Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(config.lang || 'en')}">`,
    `  <title type="text">${escapeXml(`${name}: news`)}</title>`,
    config.description ? `  <subtitle type="text">${escapeXml(config.description)}</subtitle>` : null,
    `  <id>${escapeXml(idOf(''))}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${root}news/`)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${root}${FEED_FILE}`)}"/>`,
    `  <updated>${newest}</updated>`,
    `  <author><name>${escapeXml(name)}</name>${root ? `<uri>${escapeXml(root)}</uri>` : ''}</author>`,
    '  <generator>folio</generator>',
    ...entries,
    '</feed>',
    '',
  ].filter((line) => line !== null).join('\n');
}
