// Applies the reader's saved colour theme before the first paint, so a page
// never flashes in the wrong one. A classic script (not a module, not inline):
// it runs before rendering and passes a strict Content-Security-Policy.
try {
  var savedTheme = localStorage.getItem('folio-theme');
  if (savedTheme === 'light' || savedTheme === 'dark') document.documentElement.setAttribute('data-theme', savedTheme);
} catch (e) {
  // Storage blocked (privacy mode): follow the system theme.
}
