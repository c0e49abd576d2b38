// folio's Node API: open a content folder (or files held in memory), render
// any view, read the parsed model and the diagnostics. No browser needed.
//
//   import { openSite } from 'folio-site';
//   const site = await openSite('path/to/al-folio');
//   const { html, title } = site.render('about');
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FolioSite, formatDiagnostic, loadCore, renderLiquidWith } from './folio.mjs';
import { isContentFile, isSkippedFolder } from './content-files.mjs';

export { FolioSite, formatDiagnostic };

// The content paths ("_news/a.md", "_layouts/bib.liquid", ...) a folder has,
// sorted: every file isContentFile keeps, in the folders a site's sources can be in.
export async function listContentFiles(dir) {
  const found = [];
  async function walk(folder) {
    let entries;
    try {
      entries = await readdir(path.join(dir, folder), { withFileTypes: true });
    } catch (error) {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return;
      throw error;
    }
    await Promise.all(entries.map(async (entry) => {
      const relative = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (!isSkippedFolder(relative)) await walk(relative);
      } else if (entry.isFile() && isContentFile(relative)) {
        found.push(relative);
      }
    }));
  }
  await walk('');
  return found.sort();
}

// Reads every content file of a folder: Map<path, bytes>. The bytes go to the
// core undecoded, so it can point at files that are not valid UTF-8.
export async function readContentDir(dir) {
  const paths = await listContentFiles(dir);
  const texts = await Promise.all(paths.map((p) => readFile(path.join(dir, p))));
  return new Map(paths.map((p, i) => [p, texts[i]]));
}

// source: a folder path, or a Map/object of content path -> text.
export async function openSite(source, { missing = {}, time } = {}) {
  const [core, files] = await Promise.all([
    loadCore(),
    typeof source === 'string' ? readContentDir(source) : source,
  ]);
  return FolioSite.open(core, files, { missing, time });
}

// Renders a Liquid template as Jekyll does (lax by default; strict: an error
// fails the render). data: the environment as plain JSON; partials: { name:
// source } for {% include name %}. Returns { output, diagnostics }.
export async function renderLiquid(template, data = {}, { partials = {}, strict = false } = {}) {
  const { output, diagnostics } = renderLiquidWith(await loadCore(), template, data, { partials, strict });
  return { output, diagnostics };
}
