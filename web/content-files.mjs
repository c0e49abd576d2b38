// Which files of an al-folio content folder folio reads, and the manifest that
// lists them for browsers (which cannot list a folder). Shared by the browser
// loader and the Node tools, so both agree on what a site is made of.

export const MANIFEST_NAME = 'folio.json';
export const MANIFEST_FORMAT = 1;

// The files Jekyll reads to make the site: its config, data, layouts,
// includes, bibliography, and every file that can be a page or a document
// (Markdown, HTML, and the few text formats al-folio gives front matter:
// robots.txt, feed.xml). The core decides from the text what each one is (a
// file without front matter is a static file; `exclude:` is honoured there).
// Everything else (images, PDFs, CSS, scripts, assets/) is served as it is
// and never read. Root index.html and 404.html are folio's shell (init
// writes them), not content.
const PAGE_EXTENSION = /\.(md|markdown|html?|xml|txt)$/i;
const CONTENT_FILE_PATTERNS = [
  /^_config\.yml$/,
  /^_data\/.+\.(ya?ml|json|csv|tsv)$/i,
  /^_(layouts|includes)\/.+\.(liquid|html?|md|markdown|xml|txt)$/i,
  /^_bibliography\/.+\.bib$/i,
  // al-folio keeps the JSON that jekyll-get-json puts in site.data here (assets/json/resume.json: the cv).
  /^assets\/json\/[^/]+\.json$/i,
  // al-folio's external posts, fetched from their sites by `folio external` (web/external-posts.mjs).
  /^_external_posts\.json$/,
];
// Folders that are never the site's sources (Jekyll's own output and caches,
// dependencies, Jekyll's code folders, drafts) or that hold only static files.
const NEVER_READ_FOLDERS = ['_site', '_sass', '_plugins', '_scripts', '_drafts', 'node_modules', 'vendor', 'build'];
const namedOrDotted = (names) => new RegExp(`^(\\..*|${names.join('|')})$`);
const NOT_SOURCE_FOLDER = namedOrDotted([...NEVER_READ_FOLDERS, 'assets']);
const FOLIO_SHELL_PAGES = new Set(['index.html', '404.html']);

export function isContentFile(path) {
  if (CONTENT_FILE_PATTERNS.some((pattern) => pattern.test(path))) return true;
  const parts = path.split('/');
  if (parts.length === 1) return PAGE_EXTENSION.test(path) && !FOLIO_SHELL_PAGES.has(path);
  if (parts.slice(0, -1).some((folder) => NOT_SOURCE_FOLDER.test(folder))) return false;
  if (['_data', '_layouts', '_includes', '_bibliography'].includes(parts[0])) return false;
  return PAGE_EXTENSION.test(path);
}

// Folders a listing of the site never needs to walk into ("assets/img"),
// by their path from the site root; assets/ only for its json/.
export function isSkippedFolder(folder) {
  if (folder === 'assets' || folder === 'assets/json') return false;
  return folder.split('/').some((name) => NOT_SOURCE_FOLDER.test(name));
}

// The files Jekyll copies as they are (images, PDFs, notebooks: assets/ and
// the like) are listed by path only, never fetched: the core makes them
// site.static_files and answers {% file_exists %} from them, and applies
// `exclude:` there. Never Jekyll's output, caches, code folders or
// dependencies, dotfiles, nor folio's own files (the shell pages, the
// manifest, the engine init puts in folio/).
const NEVER_STATIC = namedOrDotted(NEVER_READ_FOLDERS);
const FOLIO_OWN_FILES = new Set([...FOLIO_SHELL_PAGES, MANIFEST_NAME]);

export function isStaticFile(path) {
  if (isContentFile(path) || FOLIO_OWN_FILES.has(path)) return false;
  const parts = path.split('/');
  return parts[0] !== 'folio' && !parts.some((name) => NEVER_STATIC.test(name));
}

// Folders a listing of static files never walks into.
export function isStaticSkippedFolder(folder) {
  return folder === 'folio' || folder.split('/').some((name) => NEVER_STATIC.test(name));
}

// A site with fewer documents loads them all before its first page: one
// round trip for everything beats a second one for the bodies a page shows.
export const MIN_INDEXED_DOCUMENTS = 40;

// paths: the folder's files; documents: { path: front matter } of its
// collection documents (FolioSite's documentIndex), so that a shell can open
// a large site before it has every body and fetch the bodies a page shows.
// keepStatic: whether the site keeps a static file (the core's route table
// says, after `exclude:`).
export function createManifest(paths, documents = {}, keepStatic = () => true) {
  const all = [...paths];
  const files = all.filter(isContentFile).sort();
  const statics = all.filter((path) => isStaticFile(path) && keepStatic(path)).sort();
  const listed = new Set(files);
  const indexed = Object.keys(documents).filter((path) => listed.has(path)).sort();
  const manifest = { folio: MANIFEST_FORMAT, files };
  if (statics.length) manifest.static = statics;
  if (indexed.length >= MIN_INDEXED_DOCUMENTS) manifest.documents = Object.fromEntries(indexed.map((path) => [path, documents[path]]));
  return manifest;
}

export function serializeManifest(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

// Reads a manifest's text; returns { files, statics, documents, needs,
// problems } and never throws. documents: a Map of path -> front matter (empty for a
// manifest without an index, whose every file is then loaded whole); needs:
// a Map of route ("about", "blog/") -> the documents its page reads.
export function parseManifest(text) {
  let manifest;
  const documents = new Map();
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    return { files: [], statics: [], documents, needs: new Map(), problems: [`${MANIFEST_NAME} is not valid JSON (${error.message}); regenerate it with: node web/cli.mjs index DIR`] };
  }
  if (!manifest || !Array.isArray(manifest.files)) {
    return { files: [], statics: [], documents, needs: new Map(), problems: [`${MANIFEST_NAME} has no "files" list; regenerate it with: node web/cli.mjs index DIR`] };
  }
  const files = manifest.files.filter((path) => typeof path === 'string' && isContentFile(path));
  const ignored = manifest.files.filter((path) => !files.includes(path));
  const problems = ignored.map((path) => `${MANIFEST_NAME} lists ${JSON.stringify(path)}, which is not a file folio reads; remove it`);
  const statics = (Array.isArray(manifest.static) ? manifest.static : []).filter((path) => {
    if (typeof path === 'string' && isStaticFile(path)) return true;
    problems.push(`${MANIFEST_NAME}'s static list has ${JSON.stringify(path)}, which is not a static file; regenerate it with: node web/cli.mjs index DIR`);
    return false;
  });
  const listed = new Set(files);
  for (const [path, frontMatter] of Object.entries(manifest.documents ?? {})) {
    // An entry that does not fit is only a lost hint: that file loads whole.
    if (listed.has(path) && typeof frontMatter === 'string') documents.set(path, frontMatter);
    else problems.push(`${MANIFEST_NAME}'s documents index has ${JSON.stringify(path)}, which is not a listed file; regenerate it with: node web/cli.mjs index DIR`);
  }
  // Hints only: a page's render says what it reads in the end.
  const needs = new Map();
  for (const [route, paths] of Object.entries(manifest.needs ?? {})) {
    if (Array.isArray(paths)) needs.set(route, paths.filter((path) => documents.has(path)));
  }
  return { files, statics, documents, needs, problems };
}

// The documents whose front matter in the index differs from their file's
// (edited since `index` ran): lists show the old title or date until the
// shell has loaded every body.
export function staleDocuments(indexed, actual) {
  const stale = [];
  for (const [path, frontMatter] of indexed) {
    if (actual[path] !== frontMatter) stale.push(path);
  }
  return stale.sort();
}

// The routes whose hinted bodies differ from what their pages read now.
export function staleNeeds(hinted, actual) {
  const routes = new Set([...hinted.keys(), ...Object.keys(actual)]);
  return [...routes].filter((route) => JSON.stringify(hinted.get(route) ?? []) !== JSON.stringify(actual[route] ?? [])).sort();
}

// Differences between a manifest's list (its files, or with isStaticFile
// its static files) and the files a folder really has.
export function compareManifest(manifestFiles, folderFiles, kind = isContentFile) {
  const listed = new Set(manifestFiles);
  const present = new Set(folderFiles.filter(kind));
  return {
    unlisted: [...present].filter((path) => !listed.has(path)).sort(),
    absent: [...listed].filter((path) => !present.has(path)).sort(),
  };
}
