// The page shell: loads the core and the content in parallel, renders the view
// or page the URL names (a "#/..." route, or the path on pages `init` writes:
// folio's views for about, news and publications, every other route of the
// site through its layouts), shows the site's nav, and
// keeps a visible loading, error and diagnostics state. A page shows as soon
// as the files it reads are in (web/site-loading.mjs); the rest loads after
// it, and switching views then only renders.
import { formatDiagnostic, loadCore } from './folio.mjs';
import { ContentLoader } from './content-fetch.mjs';
import { LoadingSite } from './site-loading.mjs';
import { attachThemeToggle } from './theme-toggle.mjs';
import { attachBibToggles } from './bib-toggles.mjs';
import { attachTabs } from './tabs.mjs';
import { typesetMath } from './math-typeset.mjs';
import { attachPublicationFilter, filterQuery, filterStateFrom } from './publication-filter.mjs';
import { routeOfPath } from './site-routes.mjs';
import { showNavItems } from './site-nav.mjs';
import { diagnosticsAudience, diagnosticsConsoleMessage } from './diagnostics-audience.mjs';

const main = document.getElementById('folio-main');
const meta = (name) => document.querySelector(`meta[name="${name}"]`)?.content ?? null;
const contentBase = meta('folio-content') || 'content/';
// A page prerendered by `cli.mjs build` names its own route, and its links are
// paths to the other prerendered pages instead of hash routes.
const pageRoute = meta('folio-route');
// A page `init` wrote names the site root without a route of its own: the
// URL's path is the route ("/site/publications/"), and links are paths.
const rootPath = pageRoute === null && meta('folio-root') !== null
  ? new URL(meta('folio-root'), document.baseURI).pathname
  : null;
const routeBase = pageRoute !== null ? meta('folio-root') ?? '' : rootPath ?? '#/';

// The route this page shows without a hash route.
const routeOfPage = () => pageRoute ?? (rootPath === null ? null : routeOfPath(location.pathname, rootPath)) ?? 'about';

// The route and its state: "#/news/announcement_1/" -> { path: "news/announcement_1/" };
// "#/publications/?q=llm&year=2024" -> { path: "publications/", params: q, year }.
// The query is the view's state (the publications filter), not another view.
// No hash: this page's route, with the state in the real query string
// (prerendered pages, path URLs). A hash without "/" is an in-page anchor, not a route.
function currentRoute() {
  const hash = location.hash.slice(1);
  if (hash && !hash.startsWith('/')) return null;
  const [rawPath, query = ''] = hash ? hash.slice(1).split(/\?(.*)/s) : [routeOfPage(), location.search.slice(1)];
  let path = rawPath;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    // a malformed escape: route the text as it is, which shows "not found"
  }
  return { path: path || 'about', params: new URLSearchParams(query) };
}

// "publications/KEY" shows the publications view with that entry in focus.
function viewOf(path) {
  const paper = /^publications\/([^/]+)\/?$/.exec(path);
  return paper ? { view: 'publications/', paper: paper[1] } : { view: path, paper: null };
}

// Puts the filter's state in the URL without a new history entry per keystroke.
// The URL is the publications list's (a paper's own page hands over to it).
function storeFilterState(state) {
  const query = filterQuery(state);
  const url = new URL(`${routeBase}publications/${query ? `?${query}` : ''}`, location.href);
  history.replaceState(history.state, '', url.href);
}

function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

// Where a diagnostic's file can be read: the raw file under the content base,
// and on GitHub at the line when _config.yml names the repository
// (`repository: owner/name`, folio_branch, folio_content_path).
function diagnosticLinks({ file, line }, config) {
  if (!file) return [];
  const links = [{ label: 'raw', href: new URL(file, new URL(contentBase, document.baseURI)).href }];
  const repository = config?.repository ?? '';
  if (/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    const branch = config.folio_branch || 'main';
    const folder = (config.folio_content_path ?? 'content').replace(/^\/+|\/+$/g, '');
    const filePath = [folder, file].filter(Boolean).map((part) => part.split('/').map(encodeURIComponent).join('/')).join('/');
    links.unshift({
      label: 'on GitHub',
      href: `https://github.com/${repository}/blob/${encodeURIComponent(branch)}/${filePath}${line > 0 ? `#L${line}` : ''}`,
    });
  }
  return links;
}

function diagnosticItem(diagnostic, config) {
  const text = formatDiagnostic(diagnostic);
  const [primary, ...others] = diagnosticLinks(diagnostic, config);
  if (!primary) return element('li', { class: `folio-diagnostic ${diagnostic.severity}` }, [element('code', {}, [text])]);
  // The file:line:column prefix links to the file; the rest stays text.
  const where = text.slice(0, text.indexOf(`: ${diagnostic.severity}: `));
  const location = element('a', { href: primary.href, title: `Open ${diagnostic.file} ${primary.label}` }, [where]);
  const extra = others.map((link) => [' ', element('a', { class: 'folio-diagnostic-raw', href: link.href }, [`(${link.label})`])]).flat();
  return element('li', { class: `folio-diagnostic ${diagnostic.severity}` }, [
    element('code', {}, [location, text.slice(where.length)]),
    ...extra,
  ]);
}

function showDiagnostics(diagnostics, config) {
  document.getElementById('folio-diagnostics')?.closest('aside')?.remove();
  if (diagnostics.length === 0) return;
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const summary = errors
    ? `${errors} error${errors === 1 ? '' : 's'} in this site's content: the rest is shown below`
    : `${diagnostics.length} warning${diagnostics.length === 1 ? '' : 's'} about this site's content`;
  const items = diagnostics.map((d) => diagnosticItem(d, config));
  const details = element('details', { class: 'folio-diagnostics' }, [
    element('summary', {}, [summary]),
    element('ul', {}, items),
  ]);
  if (errors) details.open = true;
  // A landmark of its own, so every part of the page is in one; the live
  // region inside announces it.
  main.before(element('aside', { class: 'folio-diagnostics-region', 'aria-label': "Problems in this site's content" }, [
    element('div', { id: 'folio-diagnostics', role: errors ? 'alert' : 'status' }, [details]),
  ]));
}

function showFatal(error) {
  main.setAttribute('aria-busy', 'false');
  main.replaceChildren(element('div', { class: 'folio-error', role: 'alert' }, [
    element('h1', {}, ['This page could not be shown']),
    element('p', {}, ['The site engine failed to start: ', element('code', {}, [String(error?.message ?? error)])]),
    element('p', {}, ['Reloading may help. A very old browser without WebAssembly support cannot show this site.']),
  ]));
}

// The entry a "publications/KEY" route names (KEY: the entry's element id, or
// its citation key), scrolled to, highlighted and focused.
function focusPaper(key) {
  for (const old of main.querySelectorAll('.folio-target')) old.classList.remove('folio-target');
  const column = document.getElementById(key);
  const entry = column?.closest('ol.bibliography > li')
    ?? main.querySelector(`ol.bibliography > li[data-key="${CSS.escape(key)}"]`);
  if (!entry) {
    const notice = element('p', { class: 'folio-notice', role: 'status' }, [`There is no publication “${key}”; here are all of them.`]);
    main.querySelector('.post-header')?.after(notice);
    return;
  }
  entry.classList.add('folio-target');
  entry.setAttribute('tabindex', '-1');
  entry.scrollIntoView({ block: 'start' });
  entry.focus({ preventScroll: true });
  const title = entry.querySelector('.title')?.textContent.trim();
  if (title) document.title = `${title} | ${document.title}`;
}

let shown = null; // { path, filter, html } of the view on the page
let routeRequest = 0; // the latest navigation: an older one still loading gives way
let shownPageDiagnostics = false; // whether the panel holds the shown page's too
let audience = null; // 'panel' or 'console', from the first report on
let siteConfig = null; // the model's config, for the panel

// "#results": an in-page anchor. The core gives content ids the prefix
// "user-content-" (so content cannot clobber the page's own ids), and links in
// content follow it; an anchor written by hand in a URL finds the element too.
function scrollToAnchor() {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed escape: look the text up as it is
  }
  (document.getElementById(id) ?? document.getElementById(`user-content-${id}`))?.scrollIntoView();
}

// Renders the route the URL names (site: a LoadingSite), once the files it
// reads are in.
async function showRoute(site) {
  const request = ++routeRequest;
  let route = currentRoute();
  if (route === null) {
    // An anchor keeps the view on the page; loaded with one, the page shows its own view first.
    if (shown) {
      scrollToAnchor();
      return;
    }
    route = { path: routeOfPage(), params: new URLSearchParams(location.search.slice(1)) };
  }
  const { view: viewName, paper } = viewOf(route.path);
  // Only the state changed (back/forward through filter URLs): no new render.
  if (shown && shown.path === route.path && !paper) {
    shown.filter?.apply(filterStateFrom(route.params));
    return;
  }
  // A long list of papers draws its first ones, then the rest after a frame
  // (a thousand papers are megabytes of HTML): not with a paper to focus or a
  // filter from the URL, which need the whole list at once.
  const first = isPublications(viewName) && !paper && !hasFilter(route.params) ? FIRST_PAPERS : 0;
  document.documentElement.dataset.folioView = 'drawing';
  const view = await site.render((s) => s.render(viewName, { assetBase: contentBase, routeBase, limit: first }));
  if (request !== routeRequest) return;
  showView(site, view, route, { viewName, paper });
  if (view.more) await drawTheRest(site, request);
  // For benchmarks and tests: the route is drawn whole.
  if (request === routeRequest) document.documentElement.dataset.folioView = 'drawn';
}

const FIRST_PAPERS = 40; // more than a tall screen holds
const isPublications = (viewName) => viewName.replace(/\/+$/, '') === 'publications';
const hasFilter = (params) => Object.values(filterStateFrom(params)).some(Boolean);

// The whole list, in place of its first papers.
async function drawTheRest(site, request) {
  await nextFrame();
  if (request === routeRequest) await redrawShown(site, request);
}

// Renders the view on show again, whole, and draws it if that changed it;
// the filter keeps what the visitor typed meanwhile. Answers whether it
// drew, or null when another route came first.
async function redrawShown(site, request) {
  const view = await site.render((s) => s.render(shown.viewName, { assetBase: contentBase, routeBase }));
  if (request !== routeRequest) return null;
  if (view.html === shown.html) return false;
  showView(site, view, { path: shown.path, params: new URLSearchParams() }, { viewName: shown.viewName, refresh: true });
  return true;
}

// Resolves once the page has painted (in a background tab, which paints no
// frames, after 200 ms).
function nextFrame() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 200);
  });
}

function showView(site, view, route, { viewName, paper, refresh = false }) {
  // A page drawn through the site's layouts brings its own diagnostics (a
  // Liquid error in an include, a missing layout): shown with the site's.
  if (view.diagnostics.length > 0 || shownPageDiagnostics) {
    shownPageDiagnostics = view.diagnostics.length > 0;
    reportDiagnostics([...site.diagnostics, ...view.diagnostics], site.site);
  }
  main.innerHTML = view.html;
  main.setAttribute('aria-busy', 'false');
  typesetMath(main, view.math);
  document.title = view.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', view.description || '');
  const brand = document.querySelector('.folio-brand');
  if (brand && view.siteName) brand.textContent = view.siteName;
  const footer = document.querySelector('.folio-footer');
  if (footer && view.footerHtml) footer.innerHTML = view.footerHtml;
  showNavItems(document, view.navHtml);
  const filterState = refresh && shown.filter ? shown.filter.state() : filterStateFrom(route.params);
  const filter = isPublications(viewName)
    ? attachPublicationFilter(main, { state: filterState, onChange: storeFilterState })
    : null;
  shown = { path: route.path, filter, html: view.html, viewName };
  if (refresh) return;
  window.scrollTo(0, 0);
  if (paper) focusPaper(paper);
  if (currentRoute() === null) scrollToAnchor();
}

// Once every body is in, the site is built again; the page on show is drawn
// again only if that changed it (an index older than an edit).
async function completeInBackground(site) {
  if (!(await site.loadRest())) return;
  if (!shown || !shown.viewName) return;
  const drew = await redrawShown(site, routeRequest);
  if (drew === false && !shownPageDiagnostics) reportDiagnostics(site.diagnostics, site.site);
}

// Path URLs: a link to another route of the site renders it in place
// instead of loading the page again.
function followRouteLinks(site) {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest?.('a[href]');
    if (!link || link.target || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || url.hash || routeOfPath(url.pathname, rootPath) === null) return;
    event.preventDefault();
    history.pushState(null, '', url.href);
    showRoute(site);
  });
  window.addEventListener('popstate', () => showRoute(site));
}

// Authors see the panel; a visitor's console gets one line (web/diagnostics-audience.mjs).
function reportDiagnostics(diagnostics, site) {
  if (diagnostics.length === 0) {
    document.getElementById('folio-diagnostics')?.closest('aside')?.remove();
    return;
  }
  // The config: the panel's GitHub links, folio_diagnostics. Read once, not
  // on every page with diagnostics.
  siteConfig ??= site.config();
  const config = siteConfig;
  // Decided by the URL the visit started at (?folio-diagnostics), not the page shown now.
  audience ??= diagnosticsAudience(new URL(location.href), config, meta('folio-diagnostics'));
  if (audience === 'panel') showDiagnostics(diagnostics, config);
  else console.info(diagnosticsConsoleMessage(diagnostics));
}

async function start() {
  attachThemeToggle(document.querySelector('.folio-theme-toggle'));
  attachBibToggles(main);
  attachTabs(main);
  try {
    const loader = new ContentLoader(contentBase);
    const first = viewOf((currentRoute() ?? { path: routeOfPage() }).path).view;
    const [core] = await Promise.all([loadCore(), loader.open(first)]);
    // Marks for benchmarks and DevTools: where a first visit spends its time.
    performance.mark('folio:content');
    const site = new LoadingSite(core, loader);
    performance.mark('folio:opened');
    window.addEventListener('hashchange', () => showRoute(site));
    if (rootPath !== null) followRouteLinks(site);
    await showRoute(site);
    performance.mark('folio:shown');
    // The site's diagnostics so far (on a large site, those of the models
    // the first page read: the rest come with the build of everything).
    if (!shownPageDiagnostics) reportDiagnostics(site.diagnostics, site.site);
    // The page is painted before the rest loads: answering hundreds of
    // fetches would otherwise hold the first frame back.
    await nextFrame();
    performance.mark('folio:painted');
    await completeInBackground(site);
    performance.mark('folio:complete');
    document.documentElement.dataset.folioLoaded = 'all';
  } catch (error) {
    showFatal(error);
  }
}

start();
