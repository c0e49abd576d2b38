// Which files of an al-folio content folder folio reads, and the manifest that
// lists them for browsers (which cannot list a folder). Shared by the browser
// loader and the Node tools, so both agree on what a site is made of.

export const MANIFEST_NAME = 'folio.json';
export const MANIFEST_FORMAT = 1;

const CONTENT_FILE_PATTERNS = [
  /^_config\.yml$/,
  /^_pages\/about\.md$/,
  /^_news\/[^/]+\.(md|markdown|html)$/,
  /^_bibliography\/papers\.bib$/,
  /^_data\/[^/]+\.ya?ml$/,
];

export function isContentFile(path) {
  return CONTENT_FILE_PATTERNS.some((pattern) => pattern.test(path));
}

// The _data files the core reads (its content_paths); the others are listed
// for templates, but nothing renders from them yet, so pages do not preload them.
const DATA_FILES_READ_BY_CORE = new Set(['_data/venues.yml', '_data/coauthors.yml', '_data/papers.yml', '_data/news.yml']);

export function isReadByCore(path) {
  return isContentFile(path) && (!path.startsWith('_data/') || DATA_FILES_READ_BY_CORE.has(path));
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
