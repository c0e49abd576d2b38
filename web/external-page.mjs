// A post listed by URL in `external_sources:` (no feed): what al-folio's
// plugin takes from its HTML with Nokogiri. The title is head's <title>, the
// summary the description meta (name="description", then og:description),
// the content the text of every <p>, joined without a separator.
import { decodeEntities } from './external-feed.mjs';

// Script, style and template bodies and comments hold no text Nokogiri's p.text gives.
function withoutHiddenText(html) {
  return html.replace(/<!--[\s\S]*?-->|<(script|style|template|noscript)[\s>][\s\S]*?<\/\1\s*>/gi, '');
}

const textOf = (markup) => decodeEntities(markup.replace(/<[^>]*>/g, ''));

function attribute(tag, name) {
  const found = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return found ? decodeEntities(found[1] ?? found[2] ?? found[3]) : undefined;
}

function metaContent(head, attributeName, value) {
  for (const [tag] of head.matchAll(/<meta\s[^>]*>/gi)) {
    if (attribute(tag, attributeName)?.toLowerCase() === value) return attribute(tag, 'content') ?? null;
  }
  return null;
}

// A <p> ends at </p>, or where HTML closes it: the next <p> or block, or its parent's end.
const PARAGRAPH = /<p(?:\s[^>]*)?>([\s\S]*?)(?=<\/p\s*>|<(?:p|div|h[1-6]|ul|ol|table|section|article|blockquote|pre|form|hr)[\s>/]|<\/(?:div|section|article|body|main|td|li|blockquote)\s*>)/gi;

export function parsePage(html) {
  const page = withoutHiddenText(html);
  const head = /<head[\s>][\s\S]*?(?:<\/head\s*>|<body[\s>])/i.exec(page)?.[0] ?? '';
  const title = /<title(?:\s[^>]*)?>([\s\S]*?)<\/title\s*>/i.exec(head)?.[1];
  const summary = metaContent(head, 'name', 'description') ?? metaContent(head, 'name', 'og:description')
    ?? metaContent(head, 'property', 'og:description');
  const body = page.slice(head.length);
  return {
    title: title === undefined ? '' : textOf(title).trim(),
    content: [...body.matchAll(PARAGRAPH)].map((m) => textOf(m[1])).join(''),
    summary,
  };
}
