// Prerenders a content folder into a static site: one HTML page per view with
// the rendered content already in place (for readers without JavaScript and for
// search engines), plus the engine and the content, so the live shell takes
// over when scripts run. Pages are made from the shell's own index.html.
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createManifest, MANIFEST_NAME, serializeManifest } from './content-files.mjs';
import { listContentFiles, openSite } from './node.mjs';
import { escapeHtml } from './page.mjs';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const shellPath = path.join(webDir, '..', 'index.html');
const ENGINE_FILES = /\.(m?js|wasm|css|svg)$/;

// The routes a site has: about, the news archive and items, publications.
export function siteRoutes(model) {
  const routes = ['about', 'news/'];
  for (const item of model.news ?? []) routes.push(`news/${item.id}/`);
  routes.push('publications/');
  return routes;
}

// "news/x/" -> "news/x/index.html"; "about" -> "index.html".
const pageFile = (route) => (route === 'about' ? 'index.html' : `${route}index.html`);
// The relative way back to the site root from a route's page: "../../" for "news/x/".
const rootPrefix = (route) => (route === 'about' ? '' : '../'.repeat(route.split('/').filter(Boolean).length));

const replaceOrFail = (text, pattern, replacement, what) => {
  if (!pattern.test(text)) throw new Error(`index.html has no ${what}; the prerender template cannot be filled`);
  return text.replace(pattern, replacement);
};

// Fills the shell template for one route.
export function fillShell(shell, { route, view }) {
  const root = rootPrefix(route);
  let page = shell;
  page = replaceOrFail(page, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(view.title)}</title>`, '<title>');
  page = replaceOrFail(page, /<meta name="description" content="[^"]*">/,
    () => `<meta name="description" content="${escapeHtml(view.description ?? '')}">\n  <meta name="folio-route" content="${escapeHtml(route)}">\n  <meta name="folio-root" content="${root}">`,
    'meta description');
  page = replaceOrFail(page, /(<main id="folio-main"[^>]*?) aria-busy="true"([^>]*>)[\s\S]*?(<\/main>)/,
    (_, open, rest, close) => `${open} aria-busy="false"${rest}\n${view.html}\n  ${close}`, '<main id="folio-main">');
  // Relative URLs of the engine and content, and nav links, seen from this page.
  page = page.replace(/((?:href|src)=")(web\/|content\/)/g, `$1${root}$2`);
  page = page.replace(/(<meta name="folio-content" content=")(content\/)/, `$1${root}$2`);
  page = page.replace(/href="#\/([^"]*)"/g, (_, target) => `href="${root}${target}"`.replace('href=""', 'href="./"'));
  return page;
}

async function copyContent(dir, out) {
  const files = await listContentFiles(dir);
  const contentOut = path.join(out, 'content');
  for (const file of files) {
    await mkdir(path.dirname(path.join(contentOut, file)), { recursive: true });
    await copyFile(path.join(dir, file), path.join(contentOut, file));
  }
  await cp(path.join(dir, 'assets'), path.join(contentOut, 'assets'), { recursive: true }).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await writeFile(path.join(contentOut, MANIFEST_NAME), serializeManifest(createManifest(files)));
}

async function copyEngine(out) {
  await cp(webDir, path.join(out, 'web'), { recursive: true, filter: (source) => source === webDir || ENGINE_FILES.test(source) });
  await writeFile(path.join(out, '.nojekyll'), '');
}

// Returns { pages: [file...], diagnostics }.
export async function prerenderSite(dir, out) {
  const [site, shell] = await Promise.all([openSite(dir), readFile(shellPath, 'utf8')]);
  const pages = [];
  for (const route of siteRoutes(site.model())) {
    const view = site.render(route, { assetBase: `${rootPrefix(route)}content/`, routeBase: rootPrefix(route) });
    if (!view.found) continue;
    const file = path.join(out, pageFile(route));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, fillShell(shell, { route, view }));
    pages.push(pageFile(route));
  }
  await Promise.all([copyContent(dir, out), copyEngine(out)]);
  return { pages, diagnostics: site.diagnostics };
}
