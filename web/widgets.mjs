// Custom elements that show a lab's folio content inside another site:
//
//   <script type="module" src="https://lab.example.org/web/widgets.mjs"></script>
//   <folio-news src="https://lab.example.org/content/" limit="3"></folio-news>
//   <folio-papers src="https://lab.example.org/content/" selected></folio-papers>
//   <folio-about src="https://lab.example.org/content/"></folio-about>
//
// Each renders into its own shadow root with folio's stylesheet, so the host
// page's CSS cannot reach in and folio's cannot leak out. All widgets on a page
// share one core instance and one parsed site per content folder.
import { FolioSite, loadCore } from './folio.mjs';
import { fetchContent } from './content-fetch.mjs';
import { attachBibToggles } from './bib-toggles.mjs';

const STYLESHEET_URL = new URL('./folio.css', import.meta.url).href;
const sitesByContentUrl = new Map();

// One load and parse per content folder, however many widgets show it.
function openSharedSite(contentUrl) {
  if (!sitesByContentUrl.has(contentUrl)) {
    const opening = Promise.all([loadCore(), fetchContent(contentUrl)]).then(([core, content]) => {
      if (content.files.size === 0) {
        const reasons = Object.entries(content.missing).map(([file, reason]) => `${file}: ${reason}`);
        throw new Error(`no content could be loaded from ${contentUrl} (${reasons.join('; ') || 'the file list is empty'})`);
      }
      return FolioSite.open(core, content.files, { missing: content.missing });
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

class FolioWidget extends HTMLElement {
  static observedAttributes = ['src', 'site', 'limit', 'selected', 'year', 'view'];
  #root = this.attachShadow({ mode: 'open' });
  #renderCount = 0;

  constructor() {
    super();
    attachBibToggles(this.#root);
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

  #show(...children) {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = STYLESHEET_URL;
    const body = document.createElement('div');
    body.className = 'folio-widget';
    body.append(...children);
    this.#root.replaceChildren(style, body);
    return body;
  }

  #message(className, role, text) {
    const p = document.createElement('p');
    p.className = className;
    p.setAttribute('role', role);
    p.textContent = text;
    return p;
  }

  async #render() {
    const src = this.getAttribute('src');
    if (!src) {
      this.#show(this.#message('folio-error', 'alert', `<${this.localName}> needs a src attribute: the URL of the lab's content folder.`));
      return;
    }
    const renderId = ++this.#renderCount;
    this.setAttribute('aria-busy', 'true');
    if (!this.#root.querySelector('.folio-widget')) this.#show(this.#message('folio-loading', 'status', 'Loading…'));
    try {
      const contentUrl = folderUrl(src, document.baseURI);
      const siteUrl = folderUrl(this.getAttribute('site') || new URL('../', contentUrl).href, document.baseURI);
      const site = await openSharedSite(contentUrl);
      if (renderId !== this.#renderCount) return; // a newer render superseded this one
      const { view, ...options } = this.viewRequest();
      const rendered = site.render(view, { assetBase: contentUrl, routeBase: `${siteUrl}#/`, widget: true, ...options });
      const body = this.#show();
      body.innerHTML = rendered.html;
    } catch (error) {
      if (renderId !== this.#renderCount) return;
      this.#show(this.#message('folio-error', 'alert', `Could not show this content: ${error?.message ?? error}`));
    } finally {
      if (renderId === this.#renderCount) this.setAttribute('aria-busy', 'false');
    }
  }
}

const numberAttribute = (element, name) => {
  const value = Number.parseInt(element.getAttribute(name) ?? '', 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
};

class FolioNews extends FolioWidget {
  viewRequest() {
    return { view: 'news', limit: numberAttribute(this, 'limit') };
  }
}

class FolioPapers extends FolioWidget {
  viewRequest() {
    return {
      view: 'publications',
      selectedOnly: this.hasAttribute('selected'),
      year: numberAttribute(this, 'year'),
      limit: numberAttribute(this, 'limit'),
    };
  }
}

class FolioAbout extends FolioWidget {}

for (const [name, element] of [['folio-news', FolioNews], ['folio-papers', FolioPapers], ['folio-about', FolioAbout]]) {
  if (!customElements.get(name)) customElements.define(name, element);
}
