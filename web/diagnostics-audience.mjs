// Who sees the problems panel. Diagnostics are for a site's authors: they see
// the panel under `serve` and on any local host, or with ?folio-diagnostics in
// the URL; a visitor gets one console message. `folio_diagnostics: panel` in
// _config.yml shows the panel to everyone on other hosts too.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

// url: the page's URL; config: the model's config; pageSetting: the page's
// <meta name="folio-diagnostics"> (`serve` adds "panel" to every page it serves).
// Returns 'panel' or 'console'.
export function diagnosticsAudience(url, config = {}, pageSetting = null) {
  if (url.searchParams.has('folio-diagnostics') || pageSetting === 'panel') return 'panel';
  if (LOCAL_HOSTS.has(url.hostname) || url.hostname.endsWith('.localhost')) return 'panel';
  return config.folio_diagnostics === 'panel' ? 'panel' : 'console';
}

// The one line a visitor's console gets instead of the panel.
export function diagnosticsConsoleMessage(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const counts = `${errors} error(s), ${diagnostics.length - errors} warning(s)`;
  return `folio: this site's content has ${counts}; add ?folio-diagnostics to the URL to see them, or run: folio check`;
}
