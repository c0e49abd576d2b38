// The pieces of a widget a host page can style with ::part() (README,
// Embedding), and the markup each names. The views' HTML is al-folio's and
// carries no part attributes; a widget adds them after each render, so the
// full page and the core stay as they are.
//
//   folio-news::part(news-date) { font-variant-numeric: tabular-nums; }
export const WIDGET_PARTS = Object.freeze({
  'news-row': '.news tr',
  'news-date': '.news th',
  'news-item': '.news td',
  paper: 'ol.bibliography > li',
  year: 'h2.bibliography',
  badge: '.bibliography abbr.badge',
  'paper-title': '.bibliography .title',
  'paper-authors': '.bibliography .author',
  'paper-venue': '.bibliography .periodical',
  'paper-links': '.bibliography .links',
  'paper-button': '.bibliography .links .btn',
  title: '.post-title',
  subtitle: '.post-header .desc',
  profile: '.profile',
  link: 'a[href]',
  loading: '.folio-loading',
  error: '.folio-error',
});

// Adds each part name to the elements below `root` that it names.
export function markWidgetParts(root) {
  for (const [name, selector] of Object.entries(WIDGET_PARTS)) {
    for (const element of root.querySelectorAll(selector)) element.part.add(name);
  }
}
