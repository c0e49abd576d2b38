// folio's engine for JavaScript: loads the C++ core (WebAssembly) once per
// page or process and opens sites in it. The same module runs in browsers and
// in Node 18+; the core never does I/O, callers hand it file texts.
import createFolioCore from './folio-core.mjs';

export const PROTOCOL_VERSION = 2;

let sharedCore = null;

const isNode = typeof process !== 'undefined' && !!process.versions?.node;

async function instantiateCore() {
  if (typeof WebAssembly !== 'object') {
    throw new Error('this browser cannot run WebAssembly, which folio needs; a current browser shows this page');
  }
  const wasmUrl = new URL('./folio-core.wasm', import.meta.url);
  const options = { locateFile: () => wasmUrl.href };
  if (isNode) {
    // Node has fetch, but the 3.1.6 glue cannot fetch a file: URL; hand it the bytes.
    const { readFile } = await import('node:fs/promises');
    options.wasmBinary = await readFile(wasmUrl);
  }
  const core = await createFolioCore(options);
  const version = JSON.parse(core.UTF8ToString(core._folio_version()));
  if (version.version !== PROTOCOL_VERSION) {
    throw new Error(`folio-core.wasm speaks protocol ${version.version}, folio.mjs expects ${PROTOCOL_VERSION}: reload, or rebuild web/`);
  }
  return core;
}

// One core per page: the shell and every widget share it (and its memory).
export function loadCore() {
  if (!sharedCore) {
    sharedCore = instantiateCore().catch((error) => {
      sharedCore = null; // a later call may retry, e.g. after a network hiccup
      throw error;
    });
  }
  return sharedCore;
}

const encoder = new TextEncoder();

// Copies a string (or bytes meant as UTF-8) into the core's memory, NUL-terminated.
// The caller frees it. Bytes pass unchanged, so the core can report invalid UTF-8.
function toCoreString(core, text) {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  const pointer = core._malloc(bytes.length + 1);
  if (!pointer) throw new Error('folio: out of memory');
  core.HEAPU8.set(bytes, pointer);
  core.HEAPU8[pointer + bytes.length] = 0;
  return { pointer, length: bytes.length };
}

function withCoreStrings(core, texts, call) {
  const strings = texts.map((text) => toCoreString(core, text));
  try {
    return call(...strings);
  } finally {
    for (const { pointer } of strings) core._free(pointer);
  }
}

const decoder = new TextDecoder();

// Answers are JSON, NUL-terminated. A render answer's HTML (a Liquid answer's
// output) follows the NUL (html_bytes or output_bytes long), so the largest
// string skips JSON escaping and parsing.
function takeAnswer(core, pointer) {
  if (!pointer) throw new Error('folio: the core returned no answer (out of memory?)');
  try {
    const heap = core.HEAPU8;
    const end = heap.indexOf(0, pointer);
    const answer = JSON.parse(decoder.decode(heap.subarray(pointer, end)));
    for (const key of ['html', 'output']) {
      const bytes = answer[`${key}_bytes`];
      if (typeof bytes === 'number') answer[key] = decoder.decode(heap.subarray(end + 1, end + 1 + bytes));
    }
    return answer;
  } finally {
    core._folio_answer_free(pointer);
  }
}

// One Liquid template rendered with plain JSON data; partials: { name: source }
// for {% include %}. Returns { output, diagnostics, failed } (failed: strict
// mode stopped at an error).
export function renderLiquidWith(core, template, data = {}, { partials = {}, strict = false, file } = {}) {
  const request = JSON.stringify({ template, data, partials, strict, ...(file ? { file } : {}) });
  const answer = withCoreStrings(core, [request], (r) => takeAnswer(core, core._folio_liquid_render(r.pointer)));
  return { output: answer.output ?? '', diagnostics: answer.diagnostics ?? [], failed: answer.failed ?? true };
}

// A site opened in the core: parsed once, rendered any number of times.
export class FolioSite {
  #core;
  #handle;
  diagnostics = [];
  documents = null; // after a build with documentIndex

  constructor(core, handle) {
    this.#core = core;
    this.#handle = handle;
  }

  // files: Map or object of content path ("_pages/about.md") -> text (a string,
  // or a Uint8Array of UTF-8 bytes).
  // missing: object of path -> reason, for files that were expected but not loaded.
  // time: site.time as a Date (Jekyll's build time; now by default), which
  // decides which posts are in the future.
  // partial: paths whose text is their front matter only (folio.json's
  // index); a render then answers `needs`, the ones whose bodies it read.
  // documentIndex: also answer site.documents, { path: front matter } of
  // every collection document (what `cli.mjs index` writes).
  // lazy: read each model when a render first needs it (the about page never
  // reads the posts); diagnostics then grow as renders find more.
  static open(core, files, options = {}) {
    const handle = core._folio_site_new();
    if (!handle) throw new Error('folio: could not open a site (out of memory?)');
    const site = new FolioSite(core, handle);
    site.update(files, options);
    return site;
  }

  // Puts `files` (new or changed ones; the others stay) and builds the site
  // again: missing and partial describe the whole site, as for open.
  update(files, { missing = {}, time, partial = [], documentIndex = false, lazy = false } = {}) {
    this.#assertOpen();
    const entries = files instanceof Map ? files.entries() : Object.entries(files);
    for (const [path, text] of entries) this.#putFile(path, text);
    this.#build({
      missing, partial,
      ...(documentIndex ? { document_index: true } : {}),
      ...(lazy ? { lazy: true } : {}),
      ...(time ? { time: Math.floor(time.getTime() / 1000) } : {}),
    });
    return this;
  }

  #putFile(path, text) {
    const status = withCoreStrings(this.#core, [path, text], (p, t) =>
      this.#core._folio_site_put_file(this.#handle, p.pointer, t.pointer, t.length));
    if (status !== 0) throw new Error(`folio: could not store ${path} (status ${status})`);
  }

  #build(request) {
    const answer = this.#call('_folio_site_build', JSON.stringify(request));
    this.diagnostics = answer.diagnostics;
    if (answer.documents) this.documents = answer.documents;
  }

  #call(name, requestJson) {
    this.#assertOpen();
    const pointer = requestJson === undefined
      ? this.#core[name](this.#handle)
      : withCoreStrings(this.#core, [requestJson], (r) => this.#core[name](this.#handle, r.pointer));
    const answer = takeAnswer(this.#core, pointer);
    // A lazy site's model read by this call: what it found is the site's.
    if (answer.site_diagnostics) this.diagnostics = [...this.diagnostics, ...answer.site_diagnostics];
    return answer;
  }

  #assertOpen() {
    if (!this.#handle) throw new Error('folio: this site was disposed');
  }

  // view: "about", "news", "news/<id>", "publications", or any other route of
  // the site ("blog/", "projects/1_project/"), which renders that page as
  // renderPage does.
  // options: { assetBase, routeBase, widget, limit, selectedOnly, year }
  // navHtml: the site's navigation as <li> items (the shown page's with
  // aria-current), '' for widgets; more: true when `limit` left papers out.
  render(view = 'about', { assetBase = '', routeBase = '#/', widget = false, limit = 0, selectedOnly = false, year = 0 } = {}) {
    const answer = this.#call('_folio_site_render', JSON.stringify({
      view, asset_base: assetBase, route_base: routeBase, widget, limit, selected_only: selectedOnly, year,
    }));
    if (answer.html === undefined) {
      return { html: '', title: '', siteName: '', description: '', footerHtml: '', navHtml: '', found: false, diagnostics: answer.diagnostics ?? [], needs: [], math: null, more: false };
    }
    return {
      html: answer.html,
      title: answer.title,
      siteName: answer.site_name,
      description: answer.description,
      footerHtml: answer.footer_html ?? '',
      navHtml: answer.nav_html ?? '',
      found: answer.found,
      diagnostics: answer.diagnostics ?? [],
      needs: answer.needs ?? [],
      math: answer.math ?? null,
      more: answer.more === true,
    };
  }

  // Any page of the site at its Jekyll URL, drawn through the site's layouts
  // and includes (folio's built-in ones where the site has none), sanitized.
  // path: "/team/", "/al-folio/blog/2015/x", "/cv/index.html".
  // options: { assetBase, routeBase, widget }; empty bases keep Jekyll's
  // site-absolute URLs, routeBase '#/' makes page links shell routes.
  // Returns { found, html, title, documentTitle ("cv | Teng Liu", as al-folio's
  // <title>), siteName, description, footerHtml, navHtml,
  // route: { url, kind, layout, output } | null, diagnostics, needs, math }
  // (diagnostics: this render's, with file and line; needs: the partial
  // files whose bodies it read, see open; math: { src, integrity } of MathJax
  // when the site enables math and the page holds TeX, else null).
  renderPage(path, { assetBase = '', routeBase = '', widget = false } = {}) {
    const answer = this.#call('_folio_site_render', JSON.stringify({
      path: String(path), asset_base: assetBase, route_base: routeBase, widget,
    }));
    return {
      found: answer.found === true && answer.html !== undefined,
      html: answer.html ?? '',
      title: answer.title ?? '',
      documentTitle: answer.document_title ?? '',
      siteName: answer.site_name ?? '',
      description: answer.description ?? '',
      footerHtml: answer.footer_html ?? '',
      navHtml: answer.nav_html ?? '',
      route: answer.route ?? null,
      diagnostics: answer.diagnostics ?? [],
      needs: answer.needs ?? [],
      math: answer.math ?? null,
    };
  }

  // The parsed model as plain objects.
  model() {
    const { version, ...model } = this.#call('_folio_site_model');
    return model;
  }

  // The model's config alone (the same as model().config), without building
  // the whole model: cheap on a site of a thousand papers.
  config() {
    return this.#call('_folio_site_config').config;
  }

  // Every page, post and collection document at its Jekyll URL:
  // { url, baseurl, routes: [{ url, public_url, output, kind, path, collection, layout, title }] }.
  routes() {
    const { version, ...table } = this.#call('_folio_site_routes');
    return table;
  }

  dispose() {
    if (!this.#handle) return;
    this.#core._folio_site_delete(this.#handle);
    this.#handle = 0;
  }
}

export function formatDiagnostic({ file, line, column, severity, message }) {
  const position = line > 0 ? `:${line}${column > 0 ? `:${column}` : ''}` : '';
  return `${file}${position}: ${severity}: ${message}`;
}
