// folio's Node API: open a content folder (or files held in memory), render
// any view, read the parsed model and the diagnostics. No browser needed.
//
//   import { openSite } from 'folio-site';
//   const site = await openSite('path/to/al-folio');
//   const { html, title } = site.render('about');
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FolioSite, formatDiagnostic, loadCore, renderLiquidWith } from './folio.mjs';
import { isContentFile } from './content-files.mjs';

export { FolioSite, formatDiagnostic };

// Folders folio looks into; files in them are kept when isContentFile says so.
const CONTENT_FOLDERS = ['', '_pages', '_news', '_bibliography', '_data'];

async function listFolder(dir, folder) {
  try {
    const entries = await readdir(path.join(dir, folder), { withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => (folder ? `${folder}/${e.name}` : e.name));
  } catch (error) {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
    throw error;
  }
}

// The content paths ("_news/a.md", ...) a folder has, sorted.
export async function listContentFiles(dir) {
  const lists = await Promise.all(CONTENT_FOLDERS.map((folder) => listFolder(dir, folder)));
  return lists.flat().filter(isContentFile).sort();
}

// Reads every content file of a folder: Map<path, bytes>. The bytes go to the
// core undecoded, so it can point at files that are not valid UTF-8.
export async function readContentDir(dir) {
  const paths = await listContentFiles(dir);
  const texts = await Promise.all(paths.map((p) => readFile(path.join(dir, p))));
  return new Map(paths.map((p, i) => [p, texts[i]]));
}

// source: a folder path, or a Map/object of content path -> text.
export async function openSite(source, { missing = {} } = {}) {
  const [core, files] = await Promise.all([
    loadCore(),
    typeof source === 'string' ? readContentDir(source) : source,
  ]);
  return FolioSite.open(core, files, { missing });
}

// Renders a Liquid template as Jekyll does (lax by default; strict: an error
// fails the render). data: the environment as plain JSON; partials: { name:
// source } for {% include name %}. Returns { output, diagnostics }.
export async function renderLiquid(template, data = {}, { partials = {}, strict = false } = {}) {
  const { output, diagnostics } = renderLiquidWith(await loadCore(), template, data, { partials, strict });
  return { output, diagnostics };
}
