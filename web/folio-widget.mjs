// What every folio widget does, so that a new one only names its view:
//
//   class FolioNews extends FolioWidget {
//     viewRequest() { return { view: 'news', limit: numberAttribute(this, 'limit') }; }
//   }
//
// - It renders into its own shadow root with folio's stylesheet, so the host
//   page's CSS cannot reach in and folio's cannot leak out; the look it takes
//   from the host (colour scheme, text colour, font), the theme attribute, the
//   custom properties and ::part() names are folio.css's and widget-parts.mjs's.
// - The element's own children are its fallback (say, a link to the lab's news
//   page): a browser shows them while the script has not run, and the widget
//   keeps showing them until it has rendered, and below its error when it
//   cannot.
// - All widgets on a page share one core instance and one parsed site per
//   content folder. Links point at the lab's own site.
import { loadCore } from './folio.mjs';
import { ContentLoader } from './content-fetch.mjs';
import { LoadingSite } from './site-loading.mjs';
import { attachBibToggles } from './bib-toggles.mjs';
import { attachTabs } from './tabs.mjs';
import { markWidgetParts } from './widget-parts.mjs';

const STYLESHEET_URL = new URL('./folio.css', import.meta.url).href;
const sitesByContentUrl = new Map();

// One load and parse per content folder, however many widgets show it. A
// widget loads only what it shows: on a large site (folio.json with a
// documents index) the bodies its render reads, never the rest.
function openSharedSite(contentUrl) {
  if (!sitesByContentUrl.has(contentUrl)) {
    const loader = new ContentLoader(contentUrl);
    const opening = Promise.all([loadCore(), loader.open()]).then(([core]) => {
      if (loader.files.size === 0 && loader.documents.size === 0) {
        const reasons = Object.entries(loader.missing).map(([file, reason]) => `${file}: ${reason}`);
        throw new Error(`no content could be loaded from ${contentUrl} (${reasons.join('; ') || 'the file list is empty'})`);
      }
      return new LoadingSite(core, loader);
    });
    opening.catch(() => sitesByContentUrl.delete(contentUrl)); // let a later widget retry
    sitesByContentUrl.set(contentUrl, opening);
  }
  return sitesByContentUrl.get(contentUrl);
}

function folderUrl(value, base) {
  const url = new URL(value, base);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

// A positive whole number from an attribute, or 0 (no limit, no filter).
export function numberAttribute(element, name) {
  const value = Number.parseInt(element.getAttribute(name) ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

// Whether the host put a fallback of its own inside the element; the
// whitespace between tags does not count.
const hasFallback = (element) => [...element.childNodes].some((node) =>
  node.nodeType === Node.ELEMENT_NODE || (node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== ''));

function message(className, role, text) {
  const p = document.createElement('p');
  p.className = className;
  p.setAttribute('role', role);
  p.textContent = text;
  return p;
}

export class FolioWidget extends HTMLElement {
  static observedAttributes = ['src', 'site', 'limit', 'selected', 'year', 'view', 'path'];
  #root = this.attachShadow({ mode: 'open' });
  #body = Object.assign(document.createElement('div'), { className: 'folio-widget' });
  #renderCount = 0;

  constructor() {
    super();
    attachBibToggles(this.#root);
    attachTabs(this.#root);
    // The stylesheet stays while the body changes: no unstyled flash on a re-render.
    const stylesheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: STYLESHEET_URL });
    this.#root.append(stylesheet, this.#body);
  }

  connectedCallback() {
    this.#render();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  // Subclasses name the view and its options.
  viewRequest() {
    return { view: this.getAttribute('view') || 'about' };
  }

  #show(fill) {
    this.#body.replaceChildren();
    fill(this.#body);
    markWidgetParts(this.#body);
  }

  // Until the first render: the host's fallback, or else a loading line.
  #showWaiting() {
    this.#show((body) => body.append(hasFallback(this)
      ? document.createElement('slot')
      : message('folio-loading', 'status', 'Loading…')));
  }

  #showError(text) {
    this.#show((body) => body.append(message('folio-error', 'alert', text), document.createElement('slot')));
  }

  async #render() {
    const src = this.getAttribute('src');
    if (!src) {
      this.#showError(`<${this.localName}> needs a src attribute: the URL of the lab's content folder.`);
      return;
    }
    const renderId = ++this.#renderCount;
    this.setAttribute('aria-busy', 'true');
    if (!this.#body.hasChildNodes()) this.#showWaiting(); // a re-render keeps what it shows
    try {
      const contentUrl = folderUrl(src, document.baseURI);
      const siteUrl = folderUrl(this.getAttribute('site') || new URL('../', contentUrl).href, document.baseURI);
      const site = await openSharedSite(contentUrl);
      if (renderId !== this.#renderCount) return; // a newer render superseded this one
      const { view, ...options } = this.viewRequest();
      const rendered = await site.render((s) => s.render(view, { assetBase: contentUrl, routeBase: `${siteUrl}#/`, widget: true, ...options }));
      if (renderId !== this.#renderCount) return;
      this.#show((body) => { body.innerHTML = rendered.html; });
    } catch (error) {
      if (renderId !== this.#renderCount) return;
      this.#showError(`Could not show this content: ${error?.message ?? error}`);
    } finally {
      if (renderId === this.#renderCount) this.setAttribute('aria-busy', 'false');
    }
  }
}

// Defines each [name, class] pair unless the page already has that element
// (a second copy of the script, or another version of it, loaded first).
export function defineWidgets(widgets) {
  for (const [name, element] of widgets) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}
