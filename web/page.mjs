// A standalone HTML document around a rendered view, for pages made in Node
// (the CLI's render). Everything is escaped except the view's HTML, which the
// core has already sanitized.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);

export function renderDocument({ lang = 'en', title, description = '', html, css = '', siteName = '' }) {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta name="description" content="${escapeHtml(description)}">
<meta name="generator" content="folio">
${css ? `<style>\n${css}</style>\n` : ''}</head>
<body>
<header class="folio-header"><nav class="folio-nav" aria-label="Main"><span class="folio-brand">${escapeHtml(siteName)}</span></nav></header>
<main id="folio-main" class="folio-main">
${html}
</main>
</body>
</html>
`;
}
