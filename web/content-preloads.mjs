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

const BLOCK = /(<!-- folio: content preloads[^>]*-->)[\s\S]*?(\n *<!-- \/folio: content preloads -->)/;

// A site with many news files gets preloads for the other files only: every
// page would carry hundreds of lines, and the browser fetches the rest from
// folio.json just as fast.
const MAX_PRELOADED_FILES = 40;

function preloadedContentFiles(files) {
  return files.length <= MAX_PRELOADED_FILES ? files : files.filter((file) => !file.startsWith('_news/'));
}

// The page's content folder as its <meta name="folio-content"> names it.
function contentFolderOf(html) {
  return /<meta name="folio-content" content="([^"]*)">/.exec(html)?.[1] ?? null;
}

const hasPreloadBlock = (html) => BLOCK.test(html);

// html with its preload block listing `files` of the folder `contentHref`
// ("content/"); unchanged when the page has no block.
export function withContentPreloads(html, files, contentHref = contentFolderOf(html) ?? 'content/') {
  const lines = preloadedContentFiles(files)
    .map((file) => `\n  <link rel="preload" href="${escapeHtml(`${contentHref}${file}`)}" as="fetch" crossorigin>`);
  return html.replace(BLOCK, (_, start, end) => `${start}${lines.join('')}${end}`);
}

// The line (1-based) of the block's start, for diagnostics.
function preloadBlockLine(html) {
  const match = BLOCK.exec(html);
  return match ? html.slice(0, match.index).split('\n').length : 0;
}

// The page that shows the content folder `dir`: index.html next to it, with a
// preload block and a folio-content meta naming `dir`. Null when there is none
// (content served to a page elsewhere, or from another origin).
async function servingPage(dir) {
  const file = path.join(path.dirname(path.resolve(dir)), 'index.html');
  const html = await readFile(file, 'utf8').catch(() => null);
  const folder = html === null ? null : contentFolderOf(html);
  if (!folder || !hasPreloadBlock(html) || /^[a-z][a-z0-9+.-]*:|^\//i.test(folder)) return null;
  if (path.resolve(path.dirname(file), folder) !== path.resolve(dir)) return null;
  return { file, html, folder };
}

// Writes the preloads of `files` into the page serving `dir`. Returns the
// page's path when it changed, else null.
export async function updatePagePreloads(dir, files) {
  const page = await servingPage(dir);
  if (!page) return null;
  const updated = withContentPreloads(page.html, files, page.folder);
  if (updated === page.html) return null;
  await writeFile(page.file, updated);
  return page.file;
}

// A warning when the page serving `dir` preloads other files than `files`.
export async function pagePreloadDiagnostics(dir, files) {
  const page = await servingPage(dir);
  if (!page || withContentPreloads(page.html, files, page.folder) === page.html) return [];
  return [{
    file: path.relative(path.resolve(dir), page.file),
    line: preloadBlockLine(page.html),
    column: 0,
    severity: 'warning',
    message: `its content preloads do not match the folder, so a first visit waits a round trip longer or fetches files it does not need; run: node web/cli.mjs index ${dir}`,
  }];
}
