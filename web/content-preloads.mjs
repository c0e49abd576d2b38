// The content files a site's page preloads. The shell learns which files to
// fetch from folio.json, and it runs only after the page's modules have
// arrived: without preloads, the content would come one round trip after
// everything else. `cli.mjs index` writes a preload for each file between two
// comments in the page next to the content folder (and `check` says when
// they are out of date); `cli.mjs build` writes them into every page it makes.
// Preloads are hints: a missing or stale one costs a request, nothing breaks.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { escapeHtml } from './page.mjs';
import { isContentFile } from './content-files.mjs';

const BLOCK = /(<!-- folio: content preloads[^>]*-->)[\s\S]*?(\n *<!-- \/folio: content preloads -->)/;

// The files the shell loads before it draws anything: every content file but
// the documents folio.json indexes (their bodies come as pages show them).
// Without an index, a site with many news files gets preloads for the other
// files only: every page would carry hundreds of lines, and the browser
// fetches the rest from folio.json just as fast.
const MAX_PRELOADED_FILES = 40;

// The route of a site's index.html, as folio.json's `needs` names it.
export const ROOT_ROUTE = 'about';

// manifest: { files, documents, needs } as createManifest makes it, or a list
// of files (a folder without an index). route: the page's own route, when it
// has one ("about" for the root's index.html): the bodies folio.json says it
// reads are preloaded too, so they do not wait for folio.json to arrive.
function preloadedContentFiles(manifest, route) {
  const { files, documents = {}, needs = {} } = Array.isArray(manifest) ? { files: manifest } : manifest;
  const read = files.filter((file) => isContentFile(file) && !Object.hasOwn(documents, file));
  const first = read.length <= MAX_PRELOADED_FILES ? read : read.filter((file) => !file.startsWith('_news/'));
  const bodies = route && Array.isArray(needs[route]) ? needs[route].filter((file) => Object.hasOwn(documents, file)) : [];
  return [...first, ...bodies];
}

// The page's content folder as its <meta name="folio-content"> names it.
function contentFolderOf(html) {
  return /<meta name="folio-content" content="([^"]*)">/.exec(html)?.[1] ?? null;
}

const hasPreloadBlock = (html) => BLOCK.test(html);

// html with its preload block listing the files of `manifest` the page loads
// first, in the folder `contentHref` ("content/"); unchanged when the page has
// no block (the manifest has a preload of its own, outside the block).
// route: the page's own route, if it has one (see preloadedContentFiles).
export function withContentPreloads(html, manifest, contentHref = contentFolderOf(html) ?? 'content/', route = null) {
  const lines = preloadedContentFiles(manifest, route)
    .map((file) => `\n  <link rel="preload" href="${escapeHtml(`${contentHref}${file}`)}" as="fetch" crossorigin>`);
  return html.replace(BLOCK, (_, start, end) => `${start}${lines.join('')}${end}`);
}

// The line (1-based) of the block's start, for diagnostics.
function preloadBlockLine(html) {
  const match = BLOCK.exec(html);
  return match ? html.slice(0, match.index).split('\n').length : 0;
}

async function pageWithBlock(file) {
  const html = await readFile(file, 'utf8').catch(() => null);
  const folder = html === null ? null : contentFolderOf(html);
  return folder && hasPreloadBlock(html) ? { file, html, folder } : null;
}

// The pages that show the content folder `dir`, with a preload block and a
// folio-content meta naming `dir`: index.html next to it (this repository's
// layout) or in it (a site `init` made, whose 404.html names the folder by
// its URL path). None for content served to a page elsewhere, or from
// another origin.
async function servingPages(dir) {
  const folder = path.resolve(dir);
  const pages = [];
  for (const file of [path.join(path.dirname(folder), 'index.html'), path.join(folder, 'index.html')]) {
    const page = await pageWithBlock(file);
    if (!page || /^[a-z][a-z0-9+.-]*:|^\//i.test(page.folder)) continue;
    if (path.resolve(path.dirname(file), page.folder) === folder) pages.push({ ...page, route: ROOT_ROUTE });
  }
  if (pages.some((page) => path.dirname(page.file) === folder)) {
    // It answers every other path: no route of its own.
    const notFound = await pageWithBlock(path.join(folder, '404.html'));
    if (notFound) pages.push({ ...notFound, route: null });
  }
  return pages;
}

// Writes the preloads of `manifest` into the pages serving `dir`. Returns the
// paths of the pages that changed.
export async function updatePagePreloads(dir, manifest) {
  const changed = [];
  for (const page of await servingPages(dir)) {
    const updated = withContentPreloads(page.html, manifest, page.folder, page.route);
    if (updated === page.html) continue;
    await writeFile(page.file, updated);
    changed.push(page.file);
  }
  return changed;
}

// A warning for each page serving `dir` that preloads other files than `manifest`'s.
export async function pagePreloadDiagnostics(dir, manifest) {
  const stale = (await servingPages(dir)).filter((page) => withContentPreloads(page.html, manifest, page.folder, page.route) !== page.html);
  return stale.map((page) => ({
    file: path.relative(path.resolve(dir), page.file),
    line: preloadBlockLine(page.html),
    column: 0,
    severity: 'warning',
    message: `its content preloads do not match the folder, so a first visit waits a round trip longer or fetches files it does not need; run: node web/cli.mjs index ${dir}`,
  }));
}
