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
];
// Folders that are never the site's sources (Jekyll's own output and caches,
// dependencies, Jekyll's code folders, drafts) or that hold only static files.
const NOT_SOURCE_FOLDER = /^(\..*|_site|_sass|_plugins|_scripts|_drafts|node_modules|vendor|assets|build)$/;
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

export function createManifest(paths) {
  return { folio: MANIFEST_FORMAT, files: [...paths].filter(isContentFile).sort() };
}

export function serializeManifest(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

// Reads a manifest's text; returns { files, problems } and never throws.
export function parseManifest(text) {
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    return { files: [], problems: [`${MANIFEST_NAME} is not valid JSON (${error.message}); regenerate it with: node web/cli.mjs index DIR`] };
  }
  if (!manifest || !Array.isArray(manifest.files)) {
    return { files: [], problems: [`${MANIFEST_NAME} has no "files" list; regenerate it with: node web/cli.mjs index DIR`] };
  }
  const files = manifest.files.filter((path) => typeof path === 'string' && isContentFile(path));
  const ignored = manifest.files.filter((path) => !files.includes(path));
  const problems = ignored.map((path) => `${MANIFEST_NAME} lists ${JSON.stringify(path)}, which is not a file folio reads; remove it`);
  return { files, problems };
}

// Differences between a manifest and the files a folder really has.
export function compareManifest(manifestFiles, folderFiles) {
  const listed = new Set(manifestFiles);
  const present = new Set(folderFiles.filter(isContentFile));
  return {
    unlisted: [...present].filter((path) => !listed.has(path)).sort(),
    absent: [...listed].filter((path) => !present.has(path)).sort(),
  };
}
