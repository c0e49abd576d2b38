// The normalisation under which tests/node/kramdown.test.mjs compares folio's
// HTML with kramdown's. It removes differences that a browser does not show
// and nothing else:
// - markup spelling: tag and attribute names lowercased, attributes sorted,
//   values double-quoted, `<br />` written `<br>`, a boolean attribute's
//   value dropped (disabled="disabled" is disabled);
// - character references decoded, then only & < > (and " in values)
//   escaped again: kramdown writes "&#8617;" and "&quot;" where folio writes
//   the characters;
// - whitespace at the edges of block-level tags removed: kramdown indents
//   nested blocks two spaces per level, md4c writes none; outside <pre>, a
//   run of whitespace in text is one space (kramdown keeps the indentation
//   of a paragraph's lines, md4c drops it; a browser shows neither);
// - the token <span>s Rouge puts inside <pre class="highlight"><code>:
//   folio writes the same wrapper around the plain code (no colours).
const BLOCK_TAGS = new Set(['address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul']);
const BOOLEAN_ATTRIBUTES = new Set(['checked', 'disabled']);
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©', reg: '®', trade: '™',
  hellip: '…', mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  times: '×', middot: '·', deg: '°', para: '¶', sect: '§', shy: '\u00ad', zwj: '\u200d', zwnj: '\u200c' };
// HTML's Latin-1 letters, U+00C0 to U+00FF in order (&Agrave; ... &yuml;).
const LATIN1 = ('Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ' +
  'ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute ' +
  'acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ' +
  'ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml').split(' ');
LATIN1.forEach((name, i) => { NAMED[name] ??= String.fromCodePoint(0xc0 + i); });

function decode(text) {
  return text.replace(/&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, name) => {
    if (name[0] !== '#') return NAMED[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeValue = (text) => escapeText(text).replace(/"/g, '&quot;');

const TOKEN = /<!--[\s\S]*?-->|<\/?[A-Za-z][^\s/>]*(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*\/?>|[^<]+|</g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function normalizeTag(token) {
  const closing = token[1] === '/';
  const name = token.match(/^<\/?([A-Za-z][^\s/>]*)/)[1].toLowerCase();
  if (closing) return { name, closing, html: `</${name}>` };
  const rest = token.slice(name.length + 1).replace(/\/?>$/, '');
  const attributes = [];
  for (const [, key, double, single, bare] of rest.matchAll(ATTRIBUTE)) {
    const attribute = key.toLowerCase();
    const value = decode(double ?? single ?? bare ?? '');
    attributes.push(BOOLEAN_ATTRIBUTES.has(attribute) ? attribute : `${attribute}="${escapeValue(value)}"`);
  }
  attributes.sort();
  return { name, closing, html: `<${[name, ...attributes].join(' ')}>` };
}

export function normalizeHtml(html) {
  const out = [];
  let inHighlight = 0; // > 0 inside <pre class="highlight">
  let inPre = 0;
  for (const [token] of html.matchAll(TOKEN)) {
    if (token.startsWith('<!--')) { out.push(token); continue; }
    if (token.length > 1 && token[0] === '<') {
      const tag = normalizeTag(token);
      if (tag.name === 'pre') {
        if (tag.closing) { inPre--; if (inHighlight) inHighlight--; } else { inPre++; if (/class="[^"]*\bhighlight\b/.test(tag.html)) inHighlight++; }
      }
      if (inHighlight && tag.name === 'span') continue;
      if (BLOCK_TAGS.has(tag.name) && !inPre) {
        while (out.length && typeof out[out.length - 1] === 'object') out.pop();
        out.push(tag.html, { space: true });
        continue;
      }
      out.push(tag.html);
      continue;
    }
    const decoded = escapeText(decode(token));
    const text = inPre ? decoded : decoded.replace(/[ \t\n\r\f]+/g, ' ');
    if (!inPre && /^\s*$/.test(text) && out.length && typeof out[out.length - 1] === 'object') continue;
    out.push(text);
  }
  // Whitespace after a block tag ({space}) or before one is dropped.
  const joined = [];
  for (let i = 0; i < out.length; i++) {
    const piece = out[i];
    if (typeof piece === 'object') continue;
    const afterBlock = typeof out[i - 1] === 'object';
    const beforeBlock = i + 1 < out.length && isBlockTag(out[i + 1]);
    let text = piece;
    if (piece[0] !== '<') {
      if (afterBlock && !insidePre(joined)) text = text.replace(/^\s+/, '');
      if (beforeBlock && !insidePre(joined)) text = text.replace(/\s+$/, '');
      if (!text) continue;
    }
    joined.push(text);
  }
  return joined.join('').trim();
}

function isBlockTag(piece) {
  if (typeof piece !== 'string' || piece[0] !== '<') return false;
  const name = piece.match(/^<\/?([a-z0-9]+)/)?.[1];
  return BLOCK_TAGS.has(name);
}

function insidePre(pieces) {
  let depth = 0;
  for (const piece of pieces) {
    if (piece.startsWith('<pre')) depth++;
    else if (piece === '</pre>') depth--;
  }
  return depth > 0;
}
