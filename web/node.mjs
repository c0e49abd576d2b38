// folio's Node API: open a content folder (or files held in memory), render
// any view, read the parsed model and the diagnostics. No browser needed.
//
//   import { openSite } from 'folio-site';
//   const site = await openSite('path/to/al-folio');
//   const { html, title } = site.render('about');
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FolioSite, formatDiagnostic, loadCore, renderLiquidWith } from './folio.mjs';
import { createManifest, isContentFile, isSkippedFolder, isStaticFile, isStaticSkippedFolder } from './content-files.mjs';

export { FolioSite, formatDiagnostic };

// The content paths ("_news/a.md", "_layouts/bib.liquid", ...) a folder has,
// sorted: every file isContentFile keeps, in the folders a site's sources can be in.
export async function listContentFiles(dir) {
  return listFiles(dir, isContentFile, isSkippedFolder);
}

// The static files' paths ("assets/img/prof_pic.jpg", ...), sorted.
export async function listStaticFiles(dir) {
  return listFiles(dir, isStaticFile, isStaticSkippedFolder);
}

async function listFiles(dir, keep, skipFolder) {
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
        if (!skipFolder(relative)) await walk(relative);
      } else if (entry.isFile() && keep(relative)) {
        found.push(relative);
      }
    }));
  }
  await walk('');
  return found.sort();
}

// Reads every content file of a folder: Map<path, bytes>. The bytes go to the
// core undecoded, so it can point at files that are not valid UTF-8. The
// static files come too, with no bytes (the core needs only their paths).
export async function readContentDir(dir) {
  const [paths, statics] = await Promise.all([listContentFiles(dir), listStaticFiles(dir)]);
  const texts = await Promise.all(paths.map((p) => readFile(path.join(dir, p))));
  const files = new Map(paths.map((p, i) => [p, texts[i]]));
  for (const p of statics) files.set(p, new Uint8Array(0));
  return files;
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

// The manifest (folio.json) of a site's files, `files` as readContentDir
// gives them: the list, and (on a large site) every collection document's
// front matter, with which a shell opens the site before it has every body,
// and what each page reads of those bodies.
export async function manifestOfFiles(files) {
  const core = await loadCore();
  const site = FolioSite.open(core, files, { documentIndex: true });
  const kept = new Set(site.routes().static_files ?? []);
  const manifest = createManifest(files.keys(), site.documents ?? {}, (file) => kept.has(file));
  site.dispose();
  if (manifest.documents) manifest.needs = pageNeeds(core, files, manifest.documents);
  return manifest;
}

// The bodies the about page and each page of the site read (a page's own
// is loaded with the other files anyway), found by rendering them with the
// documents' front matter only, and each post's or document's own: a visit
// that starts at one of these routes loads its bodies with the other files,
// before the site is opened (anything more a page reads costs a round trip).
function pageNeeds(core, files, documents) {
  const stubbed = new Map(files);
  for (const [file, frontMatter] of Object.entries(documents)) stubbed.set(file, frontMatter);
  const site = FolioSite.open(core, stubbed, { partial: Object.keys(documents) });
  const routes = site.routes().routes;
  const needs = {};
  const pages = routes.filter((route) => route.kind === 'page' && route.url !== '/');
  for (const route of ['about', ...pages.map((page) => page.url.replace(/^\//, ''))]) {
    const { needs: read } = site.render(route);
    if (read.length) needs[route] = read;
  }
  for (const route of routes) {
    if (route.kind !== 'page' && Object.hasOwn(documents, route.path)) needs[route.url.replace(/^\//, '')] ??= [route.path];
  }
  site.dispose();
  return needs;
}

// The manifest of the content folder `dir`.
export async function folderManifest(dir) {
  return manifestOfFiles(await readContentDir(dir));
}
