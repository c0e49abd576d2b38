// The entries of an RSS 2.0 or Atom feed, as al-folio's external-posts plugin
// reads them with Feedjira: title, url, content, summary and published. Feeds
// are small, regular XML; this reads the elements an entry carries and leaves
// the rest of the document alone (no DTDs, no external entities: nothing a
// feed sends can make Node read a file or another URL).

const NAMED_ENTITIES = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', copy: '\u00a9',
  reg: '\u00ae', trade: '\u2122', laquo: '\u00ab', raquo: '\u00bb', middot: '\u00b7', bull: '\u2022',
};

// &amp; &#233; &#xE9; and the common named entities; an unknown name stays as written.
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// CDATA sections are set aside before elements are looked for: a post's HTML
// in them may hold "<link>" or "</item>". Each becomes \u0000N\u0000 until textOf.
function setAsideCdata(xml) {
  const sections = [];
  const masked = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->/g, (m, cdata) => {
    if (cdata === undefined) return '';
    sections.push(cdata);
    return `\u0000${sections.length - 1}\u0000`;
  });
  return { masked, sections };
}

// An element's text: CDATA sections as they are, the rest with its entities decoded.
function textOf(inner, sections) {
  return inner
    .split(/\u0000(\d+)\u0000/)
    .map((part, i) => (i % 2 ? sections[Number(part)] : decodeEntities(part)))
    .join('');
}

const escapeName = (name) => name.replace(/[.:]/g, (c) => `\\${c}`);

// Every <name ...>inner</name> (or <name .../>) in xml, as { attributes, inner }.
function elements(xml, name) {
  const pattern = new RegExp(`<${escapeName(name)}(\\s[^>]*?)?(?:/>|>([\\s\\S]*?)</${escapeName(name)}\\s*>)`, 'g');
  return [...xml.matchAll(pattern)].map((m) => ({ attributes: m[1] ?? '', inner: m[2] ?? '' }));
}

function attribute(attributes, name) {
  const found = new RegExp(`\\s${escapeName(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  return found ? decodeEntities(found[1] ?? found[2]) : undefined;
}

// The text of the first of names that the entry has (null when none).
function firstText(entry, sections, ...names) {
  for (const name of names) {
    const [found] = elements(entry, name);
    if (found) return textOf(found.inner, sections).trim();
  }
  return null;
}

// A feed's date (RFC 822 in RSS, RFC 3339 in Atom) as UTC ISO 8601, what the core reads.
function isoTime(text) {
  if (!text) return null;
  const time = new Date(text);
  return Number.isNaN(time.getTime()) ? null : time.toISOString().replace(/\.000Z$/, 'Z');
}

function rssEntry(item, sections) {
  return {
    title: firstText(item, sections, 'title') ?? '',
    url: firstText(item, sections, 'link') ?? firstText(item, sections, 'guid') ?? '',
    content: firstText(item, sections, 'content:encoded'),
    summary: firstText(item, sections, 'description'),
    published: isoTime(firstText(item, sections, 'pubDate', 'dc:date')),
  };
}

// Atom's link: rel="alternate" (or no rel) is the post; "self", "edit", "replies" are not.
function atomUrl(entry) {
  const links = elements(entry, 'link').map((link) => ({
    rel: attribute(link.attributes, 'rel') ?? 'alternate',
    href: attribute(link.attributes, 'href'),
  }));
  return links.find((link) => link.rel === 'alternate' && link.href)?.href ?? links.find((l) => l.href)?.href ?? '';
}

function atomEntry(entry, sections) {
  return {
    title: firstText(entry, sections, 'title') ?? '',
    url: atomUrl(entry),
    content: firstText(entry, sections, 'content'),
    summary: firstText(entry, sections, 'summary'),
    published: isoTime(firstText(entry, sections, 'published', 'issued', 'updated')),
  };
}

// The feed's entries, in the feed's order; null when xml is neither RSS nor Atom.
export function parseFeed(xml) {
  const { masked, sections } = setAsideCdata(xml);
  if (/<rss[\s>]|<rdf:RDF[\s>]/.test(masked)) return elements(masked, 'item').map((item) => rssEntry(item.inner, sections));
  if (/<feed[\s>]/.test(masked)) return elements(masked, 'entry').map((entry) => atomEntry(entry.inner, sections));
  return null;
}
