// The page shell: loads the core and the content in parallel, renders the view
// the URL hash names, and keeps a visible loading, error and diagnostics state.
// Content is fetched and parsed once; switching views only renders.
import { FolioSite, formatDiagnostic, loadCore } from './folio.mjs';
import { fetchContent } from './content-fetch.mjs';
import { attachThemeToggle } from './theme-toggle.mjs';
import { attachBibToggles } from './bib-toggles.mjs';

const main = document.getElementById('folio-main');
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? null;
const contentBase = meta('folio-content') || 'content/';
// A page prerendered by `cli.mjs build` names its own route, and its links are
// paths to the other prerendered pages instead of hash routes.
const pageRoute = meta('folio-route');
const routeBase = pageRoute === null ? '#/' : meta('folio-root') ?? '';

// "#/news/announcement_1/" -> "news/announcement_1/"; "" -> this page's route.
// A hash without "/" is an ordinary in-page anchor, not a route.
function currentRoute() {
  const hash = decodeURIComponent(location.hash.slice(1));
  if (!hash) return pageRoute ?? 'about';
  return hash.startsWith('/') ? hash.slice(1) || 'about' : null;
}

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function showDiagnostics(diagnostics) {
  document.getElementById('folio-diagnostics')?.remove();
  if (diagnostics.length === 0) return;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const summary = errors
    ? `${errors} error${errors === 1 ? '' : 's'} in this site's content: the rest is shown below`
    : `${diagnostics.length} warning${diagnostics.length === 1 ? '' : 's'} about this site's content`;
  const items = diagnostics.map((d) => element('li', { class: `folio-diagnostic ${d.severity}` }, [
    element('code', {}, [formatDiagnostic(d)]),
  ]));
  const panel = element('details', { id: 'folio-diagnostics', class: 'folio-diagnostics', role: errors ? 'alert' : 'status' }, [
    element('summary', {}, [summary]),
    element('ul', {}, items),
  ]);
  if (errors) panel.open = true;
  main.before(panel);
}

function showFatal(error) {
  main.setAttribute('aria-busy', 'false');
  main.replaceChildren(element('div', { class: 'folio-error', role: 'alert' }, [
    element('h1', {}, ['This page could not be shown']),
    element('p', {}, ['The site engine failed to start: ', element('code', {}, [String(error?.message ?? error)])]),
    element('p', {}, ['Reloading may help. A very old browser without WebAssembly support cannot show this site.']),
  ]));
}

function markCurrentNavLink(route) {
  const section = route.split('/')[0] || 'about';
  for (const link of document.querySelectorAll('.folio-nav a[data-view]')) {
    if (link.dataset.view === section) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function showRoute(site) {
  const route = currentRoute();
  if (route === null) return;
  const view = site.render(route, { assetBase: contentBase, routeBase });
  main.innerHTML = view.html;
  main.setAttribute('aria-busy', 'false');
  document.title = view.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', view.description || '');
  const brand = document.querySelector('.folio-brand');
  if (brand && view.siteName) brand.textContent = view.siteName;
  markCurrentNavLink(route);
  window.scrollTo(0, 0);
}

async function start() {
  attachThemeToggle(document.querySelector('.folio-theme-toggle'));
  attachBibToggles(main);
  try {
    const [core, content] = await Promise.all([loadCore(), fetchContent(contentBase)]);
    const site = FolioSite.open(core, content.files, { missing: content.missing });
    showDiagnostics([...content.diagnostics, ...site.diagnostics]);
    window.addEventListener('hashchange', () => showRoute(site));
    showRoute(site);
  } catch (error) {
    showFatal(error);
  }
}

start();
