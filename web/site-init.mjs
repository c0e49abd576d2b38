// `folio init DIR`: makes an al-folio checkout a folio site where it stands.
// The content stays where al-folio keeps it (the repository root, served at
// _config.yml's baseurl), so every /assets/... URL of the old site still
// works. init adds:
//
//   index.html, 404.html  the page shell, titled and described from _config.yml,
//                         with its favicon (icon:), the site's name for readers
//                         without JavaScript, and the content preloads; GitHub
//                         Pages answers every unknown path with 404.html, so
//                         "/publications/" boots the shell, which routes by path
//   folio/                the engine files browsers load (web/engine-files.mjs)
//   folio.json            the content files a browser fetches
//   .nojekyll             so GitHub Pages serves _pages/, _news/, ... as files
//
// Running it again rewrites only these; `check` reports the ones that differ
// from what this folio would write (web/cli.mjs).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_NAME, serializeManifest } from './content-files.mjs';
import { folderManifest, openSite } from './node.mjs';
import { escapeHtml } from './page.mjs';
import { ROOT_ROUTE, withContentPreloads } from './content-preloads.mjs';
import { browserEngineFiles, shellTemplatePath, webDir } from './engine-files.mjs';
import { withNavItems } from './site-nav.mjs';

export const ENGINE_FOLDER = 'folio/';
const PAGE_FILES = ['index.html', '404.html'];
const BIBLIOGRAPHY = '_bibliography/papers.bib';
// Marks a page init wrote, so `index` and `check` know it is theirs to update.
const GENERATOR = '<meta name="generator" content="folio init">';

const isInitPage = (html) => html.includes(GENERATOR);

const readOrNull = (file) => readFile(file).catch((error) => (error.code === 'ENOENT' ? null : Promise.reject(error)));

// A site init made: its index.html says so.
export async function isInitSite(dir) {
  const index = await readOrNull(path.join(dir, 'index.html'));
  return index !== null && isInitPage(index.toString('utf8'));
}

// "/site" or "site/" -> "/site/"; "" -> "/".
const sitePathOf = (baseurl = '') => `/${baseurl.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

// al-folio's favicon: an image under assets/img/, or an emoji drawn as SVG
// (as al-folio's own head does); folio's without an icon.
function iconLink(icon, prefix) {
  if (!icon) return `<link rel="icon" href="${escapeHtml(`${prefix}${ENGINE_FOLDER}favicon.svg`)}" type="image/svg+xml">`;
  if (/\.[a-z0-9]+$/i.test(icon)) return `<link rel="icon" href="${escapeHtml(`${prefix}assets/img/${icon}`)}">`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><text y=".9em" font-size="90">${escapeHtml(icon)}</text></svg>`;
  return `<link rel="icon" href="data:image/svg+xml,${escapeHtml(encodeURIComponent(svg))}">`;
}

// What a reader without JavaScript sees in the page's main part, instead of
// a loading notice that never ends (web/noscript.css hides that one): the
// site's name, and the bibliography as a file when there is one.
function noScriptFallback({ siteName, root, contentFiles }) {
  const bibliography = contentFiles.includes(BIBLIOGRAPHY)
    ? ` Its publications are in <a href="${escapeHtml(`${root}${BIBLIOGRAPHY}`)}">${BIBLIOGRAPHY}</a>.`
    : '';
  return [
    '<noscript><div class="folio-error">',
    `      <h1>${escapeHtml(siteName)}</h1>`,
    `      <p>This site is rendered in your browser and needs JavaScript to show its pages.${bibliography}</p>`,
    '    </div></noscript>',
  ].join('\n');
}

const replaceOrFail = (text, pattern, replacement, what) => {
  if (!pattern.test(text)) throw new Error(`index.html (folio's page template) has no ${what}`);
  return text.replace(pattern, replacement);
};

// The shell template made the page of a site whose root is at `prefix`
// ("" for index.html at the root, "/site/" for 404.html, which answers any path).
function sitePage(template, { prefix, title, siteName, description, icon, navHtml, manifest }) {
  const root = prefix || './';
  // The site's own nav (its nav pages), its links "#/..." until made paths below.
  let page = withNavItems(template, navHtml);
  page = replaceOrFail(page, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`, '<title>');
  page = replaceOrFail(page, /<meta name="description" content="[^"]*">/,
    () => `<meta name="description" content="${escapeHtml(description)}">\n  ${GENERATOR}`, 'meta description');
  page = replaceOrFail(page, /<meta name="folio-content" content="[^"]*">/,
    () => `<meta name="folio-content" content="${escapeHtml(root)}">\n  <meta name="folio-root" content="${escapeHtml(root)}">`, 'folio-content meta');
  page = replaceOrFail(page, /<link rel="icon"[^>]*>/, () => iconLink(icon, prefix), 'icon link');
  const at = (url) => escapeHtml(`${prefix}${url}`);
  page = page.replace(/((?:href|src)=")web\//g, (_, attribute) => `${attribute}${at(ENGINE_FOLDER)}`);
  page = page.replace(/(href=")content\/folio\.json"/, (_, attribute) => `${attribute}${at(MANIFEST_NAME)}"`);
  page = withContentPreloads(page, manifest, root, prefix ? null : ROOT_ROUTE);
  page = page.replace(/<!-- folio: content preloads[^>]*-->/, '<!-- folio: content preloads, written by: folio init (or index) -->');
  page = replaceOrFail(page, /(<a class="folio-brand" href=")[^"]*(">)[^<]*(<\/a>)/,
    (_, open, middle, close) => `${open}${escapeHtml(root)}${middle}${escapeHtml(siteName)}${close}`, 'brand link');
  page = page.replace(/href="#\/([^"]*)"/g, (_, target) => `href="${escapeHtml(`${root}${target}`)}"`);
  page = replaceOrFail(page, /\n *<noscript><p class="folio-error">[\s\S]*?<\/noscript>/, '', '<noscript> notice');
  page = replaceOrFail(page, /(<p class="folio-loading"[^>]*>[^<]*<\/p>)/, (loading) => `${loading}\n    ${noScriptFallback({ siteName, root, contentFiles: manifest.files })}`, 'loading notice');
  return page;
}

// Every file init writes: Map<path in dir, text or { copyOf: absolute path }>.
async function initPlan(dir) {
  const [manifest, template, engineFiles] = await Promise.all([
    folderManifest(dir), readFile(shellTemplatePath, 'utf8'), browserEngineFiles(),
  ]);
  const site = await openSite(dir);
  const config = site.config();
  const about = site.render('about');
  site.dispose();
  const page = (prefix) => sitePage(template, {
    prefix, title: about.title, siteName: about.siteName, description: about.description, icon: config.icon ?? '',
    navHtml: about.navHtml, manifest,
  });
  const plan = new Map([
    ['index.html', page('')],
    ['404.html', page(sitePathOf(config.baseurl))],
    [MANIFEST_NAME, serializeManifest(manifest)],
    ['.nojekyll', ''],
  ]);
  for (const file of engineFiles) plan.set(`${ENGINE_FOLDER}${file}`, { copyOf: path.join(webDir, file) });
  return plan;
}

const contentOf = async (entry) => (typeof entry === 'string' ? Buffer.from(entry) : readFile(entry.copyOf));
// The planned files whose copy in `dir` is missing or differs: [{ file, missing }].
async function staleFiles(dir, plan) {
  const stale = [];
  for (const [file, entry] of plan) {
    const [wanted, present] = await Promise.all([contentOf(entry), readOrNull(path.join(dir, file))]);
    if (present === null || !present.equals(wanted)) stale.push({ file, missing: present === null });
  }
  return stale;
}

// Writes what differs; returns the paths written. An index.html or 404.html
// that init did not write is the site's own: init stops rather than replace it.
export async function initSite(dir) {
  const plan = await initPlan(dir);
  for (const file of PAGE_FILES) {
    const html = await readOrNull(path.join(dir, file));
    if (html !== null && !isInitPage(html.toString('utf8'))) {
      throw new Error(`${path.join(dir, file)} exists and folio did not write it; move it away (al-folio makes its pages from _pages/), then run init again`);
    }
  }
  const written = [];
  for (const { file } of await staleFiles(dir, plan)) {
    const target = path.join(dir, file);
    await mkdir(path.dirname(target), { recursive: true });
    const entry = plan.get(file);
    if (typeof entry === 'string') await writeFile(target, entry);
    else await copyFile(entry.copyOf, target);
    written.push(file);
  }
  return written;
}

// For `check`: on a site init made (its index.html says so), a warning for
// each file init would write differently now (an engine older than this
// folio, a page whose title or preloads changed, a missing 404.html).
// folio.json is left to check's own manifest comparison.
export async function initDiagnostics(dir) {
  if (!(await isInitSite(dir))) return [];
  const plan = await initPlan(dir);
  plan.delete(MANIFEST_NAME);
  const fix = `run: folio init ${dir}`;
  return (await staleFiles(dir, plan)).map(({ file, missing }) => ({
    file,
    line: 0,
    column: 0,
    severity: 'warning',
    message: missing
      ? `missing, so ${file === '404.html' ? 'path URLs such as /publications/ give "not found"' : 'browsers cannot load it'}; ${fix}`
      : `differs from what this folio writes (${file.startsWith(ENGINE_FOLDER) ? 'the engine is from another folio version' : 'the title, icon, preloads or engine changed'}); ${fix}`,
  }));
}
