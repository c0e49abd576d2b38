// Prerenders a content folder into a static site: one HTML page per view with
// the rendered content already in place (for readers without JavaScript and for
// search engines), plus the engine and the content, so the live shell takes
// over when scripts run. Pages are made from the shell's own index.html.
//
// For search engines: every page has a canonical URL (with _config.yml's url)
// and links the Atom feed of the news (feed.xml, web/atom-feed.mjs); the about
// page describes the group in schema.org JSON-LD, the publications page every
// paper, and each paper has a page of its own, publications/KEY/ (the
// publications view with that entry highlighted), with its JSON-LD and the
// citation_* tags Google Scholar reads, one paper per URL
// (web/structured-data.mjs).
import { copyFile, cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_NAME, serializeManifest } from './content-files.mjs';
import { manifestOfFiles, openSite, readContentDir } from './node.mjs';
import { escapeHtml } from './page.mjs';
import { withContentPreloads } from './content-preloads.mjs';
import { atomFeed, FEED_FILE } from './atom-feed.mjs';
import { browserEngineFiles, shellTemplatePath, webDir } from './engine-files.mjs';
import { ENGINE_FOLDER, isInitSite } from './site-init.mjs';
import { withNavItems } from './site-nav.mjs';
import {
  jsonLdDocument, jsonLdScript, organizationJsonLd, pageUrl, paperDescription, paperRoute, scholarlyArticleJsonLd,
  scholarMetaTags, siteRootUrl,
} from './structured-data.mjs';


// The routes a site has: about, the news archive and items, publications and
// one page per paper.
export function siteRoutes(model) {
  const routes = ['about', 'news/'];
  for (const item of model.news ?? []) routes.push(`news/${item.id}/`);
  routes.push('publications/');
  for (const paper of model.papers ?? []) routes.push(paperRoute(paper));
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

// Where the output keeps the engine and the content: where the site it is
// built from does. A site `init` made has its content at its root (so its
// /assets/... URLs stay) and the engine in folio/; this repository has web/
// and content/.
export const REPOSITORY_LAYOUT = { engine: 'web/', content: 'content/' };
export const SITE_LAYOUT = { engine: ENGINE_FOLDER, content: '' };
export const outputLayoutOf = async (dir) => ((await isInitSite(dir)) ? SITE_LAYOUT : REPOSITORY_LAYOUT);

// Fills the shell template for one route. head: markup for the end of <head>
// (JSON-LD, meta tags); the view's footer replaces the template's.
// contentFiles: the content folder's manifest (or its list of files), for preloads.
export function fillShell(shell, { route, view, head = '', contentFiles = [], layout = REPOSITORY_LAYOUT }) {
  const root = rootPrefix(route);
  let page = withNavItems(shell, view.navHtml);
  page = replaceOrFail(page, /<title>[^<]*<\/title>/, () => `<title>${escapeHtml(view.title)}</title>`, '<title>');
  if (head) page = replaceOrFail(page, /<\/head>/, () => `${head}</head>`, '</head>');
  // The site's own name, for readers without JavaScript too (the template's is the NDS group's).
  if (view.siteName) page = page.replace(/(<a class="folio-brand"[^>]*>)[^<]*(<\/a>)/, (_, open, close) => `${open}${escapeHtml(view.siteName)}${close}`);
  if (view.footerHtml) {
    page = page.replace(/(<footer class="folio-footer">)[\s\S]*?(<\/footer>)/, (_, open, close) => `${open}\n    ${view.footerHtml}\n  ${close}`);
  }
  page = replaceOrFail(page, /<meta name="description" content="[^"]*">/,
    () => `<meta name="description" content="${escapeHtml(view.description ?? '')}">\n  <meta name="folio-route" content="${escapeHtml(route)}">\n  <meta name="folio-root" content="${root}">`,
    'meta description');
  page = replaceOrFail(page, /(<main id="folio-main"[^>]*?) aria-busy="true"([^>]*>)[\s\S]*?(<\/main>)/,
    (_, open, rest, close) => `${open} aria-busy="false"${rest}\n${view.html}\n  ${close}`, '<main id="folio-main">');
  // Relative URLs of the engine and content, and nav links, seen from this page.
  const folderOf = (folder) => `${root}${folder === 'web/' ? layout.engine : layout.content}`;
  page = page.replace(/((?:href|src)=")(web\/|content\/)/g, (_, attribute, folder) => `${attribute}${folderOf(folder)}`);
  page = page.replace(/(<meta name="folio-content" content=")content\/"/, (_, open) => `${open}${folderOf('content/') || './'}"`);
  page = page.replace(/href="#\/([^"]*)"/g, (_, target) => `href="${root}${target}"`.replace('href=""', 'href="./"'));
  // Preloads are hints: an index.html from before they existed has no block and gets none.
  return withContentPreloads(page, contentFiles, folderOf('content/'));
}

async function copyContent(dir, manifest, out, layout) {
  const contentOut = path.join(out, layout.content);
  for (const file of manifest.files) {
    await mkdir(path.dirname(path.join(contentOut, file)), { recursive: true });
    await copyFile(path.join(dir, file), path.join(contentOut, file));
  }
  await cp(path.join(dir, 'assets'), path.join(contentOut, 'assets'), { recursive: true }).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await writeFile(path.join(contentOut, MANIFEST_NAME), serializeManifest(manifest));
}

// Only what browsers load (web/engine-files.mjs): never the CLI or other Node code.
async function copyEngine(out, layout) {
  const files = await browserEngineFiles();
  await mkdir(path.join(out, layout.engine), { recursive: true });
  await Promise.all(files.map((file) => copyFile(path.join(webDir, file), path.join(out, layout.engine, file))));
  await writeFile(path.join(out, '.nojekyll'), '');
  return files.length;
}

const metaTag = (name, content) => `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">`;

// What a route's page says to search engines and feed readers, and the view
// it shows: a paper's page is the publications view with that paper's title.
function pageFor(site, model, route, layout) {
  const { config } = model;
  const root = rootPrefix(route);
  const published = { contentPath: layout.content };
  const paper = (model.papers ?? []).find((p) => paperRoute(p) === route);
  let view = site.render(paper ? 'publications/' : route, { assetBase: `${root}${layout.content}`, routeBase: root });
  const head = [];
  if (siteRootUrl(config)) head.push(`<link rel="canonical" href="${escapeHtml(pageUrl(config, route))}">`);
  if ((model.news ?? []).length > 0) {
    head.push(`<link rel="alternate" type="application/atom+xml" title="${escapeHtml(`${config.display_name}: news`)}" href="${root}${FEED_FILE}">`);
  }
  if (route === 'about') head.push(jsonLdScript(jsonLdDocument([organizationJsonLd(model)])));
  if (route === 'publications/') {
    head.push(jsonLdScript(jsonLdDocument([organizationJsonLd(model), ...model.papers.map((p) => scholarlyArticleJsonLd(p, model, published))])));
  }
  if (paper) {
    view = {
      ...view,
      title: `${paper.title} | ${view.title}`,
      description: paperDescription(paper),
      // Without script the entry is highlighted all the same.
      html: view.html.replace(`<li data-key="${escapeHtml(paper.element_id)}"`, `<li class="folio-target" data-key="${escapeHtml(paper.element_id)}"`),
    };
    head.push(...scholarMetaTags(paper, model, published).map(([name, content]) => metaTag(name, content)));
    head.push(jsonLdScript(jsonLdDocument([scholarlyArticleJsonLd(paper, model, published)])));
  }
  return { view, head: head.map((line) => `  ${line}\n`).join('') };
}

// The HTML routes of the route table whose files `written` lacks, rendered
// for their place in the output: links and files relative to the page.
// Other outputs (feed.xml, robots.txt, sitemap.xml) are not written: folio
// writes its own feed, and a site's XML could carry script.
function* sitePages(site, written, layout) {
  for (const entry of site.routes().routes ?? []) {
    const file = entry.output;
    if (!/\.html?$/.test(file) || written.has(file)) continue;
    // rootPrefix counts the route's folders: the page's own folder, as a route.
    const folder = path.posix.dirname(file);
    const route = folder === '.' ? 'about' : `${folder}/`;
    const root = rootPrefix(route);
    const view = site.renderPage(entry.url, { assetBase: `${root}${layout.content}` || './', routeBase: root || './' });
    if (!view.found) continue;
    written.add(file);
    yield { file, view: { ...view, title: view.documentTitle || view.title }, route };
  }
}

// Returns { pages: [file...], feed: "feed.xml" or null, engineFiles, contentFiles (counts), diagnostics }.
export async function prerenderSite(dir, out) {
  const [files, shell] = await Promise.all([readContentDir(dir), readFile(shellTemplatePath, 'utf8')]);
  const site = await openSite(files);
  const manifest = await manifestOfFiles(files);
  const contentFiles = manifest.files;
  const model = site.model();
  const layout = await outputLayoutOf(dir);
  const pages = [];
  for (const route of siteRoutes(model)) {
    const { view, head } = pageFor(site, model, route, layout);
    if (!view.found) continue;
    const file = path.join(out, pageFile(route));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, fillShell(shell, { route, view, head, contentFiles: manifest, layout }));
    pages.push(pageFile(route));
  }
  // Every other page of the site at the file Jekyll writes it, drawn through
  // the site's layouts (FolioSite.renderPage); the views above keep their files.
  for (const { file, view, route } of sitePages(site, new Set(pages), layout)) {
    const target = path.join(out, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, fillShell(shell, { route, view, contentFiles: manifest, layout }));
    pages.push(file);
  }
  if ((model.news ?? []).length > 0) {
    await writeFile(path.join(out, FEED_FILE), atomFeed(site, model));
  }
  const [, engineFiles] = await Promise.all([copyContent(dir, manifest, out, layout), copyEngine(out, layout)]);
  // A site init made answers other paths (its _pages/cv.md, ...) with its 404.html, as before the build.
  if (layout === SITE_LAYOUT) await copyFile(path.join(dir, '404.html'), path.join(out, '404.html')).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  return {
    pages, feed: (model.news ?? []).length > 0 ? FEED_FILE : null, engineFiles, contentFiles: contentFiles.length, diagnostics: site.diagnostics,
  };
}
