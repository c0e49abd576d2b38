// Loads a content folder over HTTP. The manifest (folio.json) comes first: it
// lists the files, and indexes each collection document's front matter. The
// shell loads every other file, opens the site with the front matter standing
// in for the documents' bodies, and fetches a body when a page shows it
// (FolioSite's `needs`), then the rest in the background. Files that fail to
// load are reported as missing, so the core turns them into diagnostics and
// renders the rest. Plain fetches: the browser's HTTP cache serves repeat
// visits, and an edited file is fetched anew once its cache entry is stale.
import { MANIFEST_NAME, parseManifest } from './content-files.mjs';

async function fetchResponse(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

const fetchText = async (url) => (await fetchResponse(url)).text();
// Content files stay bytes: the core decodes them and reports invalid UTF-8.
const fetchBytes = async (url) => new Uint8Array(await (await fetchResponse(url)).arrayBuffer());
const encoder = new TextEncoder();
const NO_BYTES = new Uint8Array(0);

export class ContentLoader {
  #baseUrl;
  #loading = new Map(); // path -> the promise of its fetch
  files = new Map(); // path -> bytes, the files loaded whole
  missing = {}; // path -> reason
  diagnostics = []; // problems of the manifest itself, in the core's format
  documents = new Map(); // path -> front matter, from the manifest's index
  statics = []; // the static files' paths (never fetched)

  // base: URL of the content folder (absolute, or relative to the page).
  constructor(base) {
    this.#baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  }

  // Reads the manifest and loads every file but the indexed documents, and
  // those the manifest says the page at `route` reads ("about", "blog/").
  async open(route = null) {
    let listed;
    try {
      listed = parseManifest(await fetchText(new URL(MANIFEST_NAME, this.#baseUrl)));
    } catch (error) {
      this.missing[MANIFEST_NAME] = `${error.message}; the content folder needs the file list made by: node web/cli.mjs index DIR`;
      return this;
    }
    for (const message of listed.problems) {
      this.diagnostics.push({ file: MANIFEST_NAME, line: 0, column: 0, severity: 'error', message });
    }
    this.documents = listed.documents;
    this.statics = listed.statics;
    const first = listed.files.filter((path) => !this.documents.has(path));
    await this.load([...first, ...(listed.needs.get(route) ?? [])]);
    return this;
  }

  // The indexed documents whose bodies are still to come.
  get partial() {
    return [...this.documents.keys()].filter((path) => !this.files.has(path) && !Object.hasOwn(this.missing, path));
  }

  // Every file as the core gets it first: those loaded, the front matter of
  // the partial ones, and the static files (by path: their bytes are never
  // read).
  siteFiles() {
    const files = new Map(this.files);
    for (const path of this.partial) files.set(path, encoder.encode(this.documents.get(path)));
    for (const path of this.statics) if (!files.has(path)) files.set(path, NO_BYTES);
    return files;
  }

  // Loads `paths` (each once, however often asked); answers a Map of the ones
  // this call loaded, for FolioSite.update.
  async load(paths) {
    const loaded = new Map();
    await Promise.all(paths.map(async (path) => {
      if (this.files.has(path) || Object.hasOwn(this.missing, path)) return;
      if (!this.#loading.has(path)) this.#loading.set(path, this.#fetchFile(path));
      if (await this.#loading.get(path)) loaded.set(path, this.files.get(path));
    }));
    return loaded;
  }

  async #fetchFile(path) {
    try {
      this.files.set(path, await fetchBytes(new URL(path, this.#baseUrl)));
      return true;
    } catch (error) {
      this.missing[path] = `${error.message}; it is listed in ${MANIFEST_NAME}`;
      return false;
    } finally {
      this.#loading.delete(path);
    }
  }
}
