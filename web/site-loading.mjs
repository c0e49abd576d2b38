// A site the shell (or a widget) opens before all of its content is in: the documents that
// folio.json indexes start as their front matter (web/content-fetch.mjs). A
// render answers the bodies it read (`needs`); they are fetched and the page
// renders again, so what a page shows is always the files' own text. After
// the shell's first page, the rest loads in the background (widgets never
// ask for it), and the site is built
// once more with everything, which also corrects lists whose front matter in
// the index was out of date.
import { FolioSite } from './folio.mjs';

// A page reads bodies, and what they hold may lead to more (a post's content
// including another's): a few rounds, then it shows what it has.
const MAX_ROUNDS = 4;
// Background fetches go in batches, so that the page stays responsive.
const BATCH = 64;

export class LoadingSite {
  #loader;

  constructor(core, loader) {
    this.#loader = loader;
    this.site = FolioSite.open(core, loader.siteFiles(), this.#state());
  }

  // While bodies are missing, the core reads each model when a page first
  // needs it; the build with everything reads them all.
  #state() {
    const partial = this.#loader.partial;
    return { missing: this.#loader.missing, partial, lazy: partial.length > 0 };
  }

  get diagnostics() {
    return [...this.#loader.diagnostics, ...this.site.diagnostics];
  }

  get complete() {
    return this.#loader.partial.length === 0;
  }

  // render: (site) => a render answer. Answers the last one, which read no
  // partial body (or the best after MAX_ROUNDS).
  async render(render) {
    let answer = render(this.site);
    for (let round = 1; round < MAX_ROUNDS && answer.needs.length > 0; round += 1) {
      const loaded = await this.#loader.load(answer.needs);
      performance.mark('folio:more-bodies');
      this.site.update(loaded, this.#state());
      answer = render(this.site);
    }
    return answer;
  }

  // Loads every body still missing; resolves true when the site was built
  // again with them (false: nothing was missing).
  async loadRest() {
    const rest = this.#loader.partial;
    if (rest.length === 0) return false;
    const loaded = new Map();
    for (let i = 0; i < rest.length; i += BATCH) {
      for (const [path, bytes] of await this.#loader.load(rest.slice(i, i + BATCH))) loaded.set(path, bytes);
    }
    // Bodies a render fetched meanwhile are in the site already; put again, they cost nothing.
    this.site.update(loaded, this.#state());
    return true;
  }
}
