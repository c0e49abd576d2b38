#!/usr/bin/env node
// folio's command line: make an al-folio checkout a folio site (init), render
// a content folder's views, keep its manifest, check it. Diagnostics go to stderr as file:line:col: severity: message.
// Exit codes: 0 fine, 1 content errors (what could be rendered still is), 2 usage.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { folderManifest, formatDiagnostic, manifestOfFiles, openSite, readContentDir, renderLiquid } from './node.mjs';
import { compareManifest, isStaticFile, MANIFEST_NAME, parseManifest, serializeManifest, staleDocuments, staleNeeds } from './content-files.mjs';
import { renderDocument } from './page.mjs';
import { prerenderSite } from './prerender.mjs';
import { findBrokenReferences } from './link-check.mjs';
import { pagePreloadDiagnostics, updatePagePreloads } from './content-preloads.mjs';
import { initDiagnostics, initSite } from './site-init.mjs';
import { EXTERNAL_POSTS_FILE, fetchExternalPosts } from './external-posts.mjs';

const USAGE = `usage: node web/cli.mjs <command> DIR [options]

commands:
  init DIR
        make the al-folio checkout DIR a folio site where it stands: add
        index.html and 404.html (path URLs such as /publications/ work on
        GitHub Pages), the engine (DIR/folio/), ${MANIFEST_NAME}, the content
        preloads and .nojekyll; run again after updating folio
  render DIR [--view VIEW | --path PATH] [--fragment] [--asset-base URL] [--json]
        print a view as a standalone HTML page (or only the view with --fragment,
        or the parsed model as JSON with --json); VIEW is about (default), news,
        news/ID or publications; --path /team/ renders any page of the site at
        its Jekyll URL through the site's layouts and includes
  build DIR --out OUT
        prerender every view into OUT as static pages (readable without
        JavaScript; a page per paper with Google Scholar's tags; schema.org
        JSON-LD), the news as an Atom feed (OUT/feed.xml), with the engine
        and the content, ready to publish
  index DIR
        write DIR/${MANIFEST_NAME}, the list of content files a browser loads (on a
        site with 40 or more documents, with each one's front matter, so a page
        loads only the bodies it shows first), and their preloads into the
        index.html next to DIR that shows it
  check DIR [--json]
        report every problem in the content and in ${MANIFEST_NAME} (and, on a
        site init made, the files init would write differently); exit 1 on errors
  external DIR
        fetch the posts al-folio's external_sources name (feeds, pages) into
        DIR/${EXTERNAL_POSTS_FILE}, which the site shows as posts; run it in the
        site's CI or before a push (a browser cannot read other sites); a
        source that cannot be read keeps its last fetch; exit 1 if one failed
  liquid FILE [--data DATA.json] [--includes DIR] [--strict]
        render a Liquid template as Jekyll does (DATA.json: its variables; DIR:
        the files {% include %} finds, e.g. _includes); --strict fails at the
        first error
`;

class UsageError extends Error {}

const here = path.dirname(fileURLToPath(import.meta.url));

function printDiagnostics(diagnostics) {
  for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

async function render(dir, options) {
  const site = await openSite(dir);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(site.model(), null, 2)}\n`);
    return printDiagnostics(site.diagnostics);
  }
  if (options.path !== undefined) return renderPath(site, options);
  const view = site.render(options.view, { assetBase: options['asset-base'] ?? '', routeBase: '#/' });
  if (options.fragment) {
    process.stdout.write(`${view.html}\n`);
  } else {
    const css = await readFile(path.join(here, 'folio.css'), 'utf8');
    const lang = site.config().lang ?? 'en';
    process.stdout.write(renderDocument({ ...view, lang, css }));
  }
  const status = printDiagnostics(site.diagnostics);
  if (!view.found) {
    process.stderr.write(`${options.view}: error: no such view (try about, news, news/ID or publications)\n`);
    return 1;
  }
  return status;
}

async function renderPath(site, options) {
  const page = site.renderPage(options.path, { assetBase: options['asset-base'] ?? '' });
  if (options.fragment) {
    process.stdout.write(`${page.html}\n`);
  } else if (page.found) {
    const css = await readFile(path.join(here, 'folio.css'), 'utf8');
    const lang = site.config().lang ?? 'en';
    process.stdout.write(renderDocument({ ...page, lang, css }));
  }
  const status = Math.max(printDiagnostics(site.diagnostics), printDiagnostics(page.diagnostics));
  if (!page.found) {
    process.stderr.write(`${options.path}: error: no page of the site is at this path (node web/cli.mjs render --json ${'DIR'} lists the model; routes: FolioSite.routes())\n`);
    return 1;
  }
  return status;
}

async function index(dir) {
  const manifest = await folderManifest(dir);
  await writeFile(path.join(dir, MANIFEST_NAME), serializeManifest(manifest));
  const indexed = Object.keys(manifest.documents ?? {}).length;
  process.stdout.write(`wrote ${path.join(dir, MANIFEST_NAME)} (${manifest.files.length} files, ${indexed} documents indexed)\n`);
  for (const page of await updatePagePreloads(dir, manifest)) {
    process.stdout.write(`updated the content preloads in ${path.relative('.', page)}\n`);
  }
  return 0;
}

async function init(dir) {
  const written = await initSite(dir);
  for (const file of written) process.stdout.write(`wrote ${path.join(dir, file)}\n`);
  process.stdout.write(written.length ? `${dir}: ${written.length} file(s) written; commit them\n` : `${dir}: up to date\n`);
  return printDiagnostics((await openSite(dir)).diagnostics);
}

// folio.json against the folder: files it misses or lists wrongly, and a
// documents index that is out of date (`current`: the manifest index writes now).
async function manifestDiagnostics(dir, current) {
  const file = MANIFEST_NAME;
  let text;
  try {
    text = await readFile(path.join(dir, MANIFEST_NAME), 'utf8');
  } catch {
    return [{ file, line: 0, column: 0, severity: 'error', message: `missing: browsers cannot list folders; create it with: node web/cli.mjs index ${dir}` }];
  }
  const { files, statics, documents, needs, problems } = parseManifest(text);
  const { unlisted, absent } = compareManifest(files, current.files);
  const staticDrift = compareManifest(statics, current.static ?? [], isStaticFile);
  const fix = `run: node web/cli.mjs index ${dir}`;
  const indexable = Object.keys(current.documents ?? {});
  const unindexed = indexable.filter((p) => files.includes(p) && !documents.has(p));
  return [
    ...problems.map((message) => ({ file, line: 0, column: 0, severity: 'error', message })),
    ...unlisted.map((p) => ({ file, line: 0, column: 0, severity: 'error', message: `${p} exists but is not listed, so browsers never load it; ${fix}` })),
    ...absent.map((p) => ({ file, line: 0, column: 0, severity: 'error', message: `lists ${p}, which does not exist; ${fix}` })),
    ...staticDrift.unlisted.map((p) => ({
      file, line: 0, column: 0, severity: 'warning',
      message: `${p} exists but is not in its static list, so site.static_files and {% file_exists %} miss it in browsers; ${fix}`,
    })),
    ...staticDrift.absent.map((p) => ({
      file, line: 0, column: 0, severity: 'warning',
      message: `its static list has ${p}, which does not exist, so {% file_exists %} says it does in browsers; ${fix}`,
    })),
    ...staleDocuments(documents, current.documents ?? {}).map((p) => ({
      file, line: 0, column: 0, severity: 'warning',
      message: `its front matter of ${p} is out of date, so lists show the old title or date until the page has loaded every file; ${fix}`,
    })),
    ...(documents.size && staleNeeds(needs, current.needs ?? {}).length ? [{
      file, line: 0, column: 0, severity: 'warning',
      message: `what it says the pages ${staleNeeds(needs, current.needs ?? {}).join(', ')} read is out of date, so they wait a round trip longer; ${fix}`,
    }] : []),
    ...(unindexed.length ? [{
      file, line: 0, column: 0, severity: 'warning',
      message: `${unindexed.length} document(s) are not in its index (${unindexed.slice(0, 3).join(', ')}${unindexed.length > 3 ? ', ...' : ''}), so the page loads them before it shows anything; ${fix}`,
    }] : []),
  ];
}

async function build(dir, options) {
  if (!options.out) throw new UsageError('build needs --out OUT, the folder to write the site into');
  const { pages, feed, engineFiles, contentFiles, diagnostics } = await prerenderSite(dir, options.out);
  const status = printDiagnostics(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  process.stdout.write(`wrote ${pages.length} pages${feed ? ` and ${feed}` : ''}, ${engineFiles} engine files and ${contentFiles} content files to ${options.out}\n`);
  process.stdout.write(`${dir}: ${errors} error(s), ${diagnostics.length - errors} warning(s)${errors ? '; the pages show what could be rendered' : ''}\n`);
  return status;
}

// The files whose links a reader follows: the site's pages and documents (as
// the core routes them: never a file _config.yml excludes, like INSTALL.md),
// the news items and the bibliography.
function pagesOfSite(site, files) {
  const sources = new Set((site.routes().routes ?? []).map((route) => route.path).filter(Boolean));
  return new Map([...files].filter(([file]) => sources.has(file) || /^_(news|bibliography)\//.test(file) || file === '_pages/about.md'));
}

async function check(dir, options) {
  const files = await readContentDir(dir);
  const site = await openSite(files);
  const { config: { baseurl }, papers } = site.model();
  const current = await manifestOfFiles(files);
  const diagnostics = [
    ...(await manifestDiagnostics(dir, current)),
    ...(await pagePreloadDiagnostics(dir, current)),
    ...site.diagnostics,
    ...(await findBrokenReferences(dir, pagesOfSite(site, files), { baseurl, papers })),
    ...(await initDiagnostics(dir)),
  ];
  if (options.json) process.stdout.write(`${JSON.stringify(diagnostics, null, 2)}\n`);
  const status = printDiagnostics(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  process.stdout.write(`${dir}: ${errors} error(s), ${diagnostics.length - errors} warning(s)\n`);
  return status;
}

// Every file under dir, by its path relative to dir ("nav/item.liquid").
async function readIncludes(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.path ?? e.parentPath, e.name));
  const texts = await Promise.all(files.map((file) => readFile(file, 'utf8')));
  return Object.fromEntries(files.map((file, i) => [path.relative(dir, file).split(path.sep).join('/'), texts[i]]));
}

async function liquid(file, options) {
  const template = await readFile(file, 'utf8');
  const data = options.data ? JSON.parse(await readFile(options.data, 'utf8')) : {};
  const partials = options.includes ? await readIncludes(options.includes) : {};
  const { output, diagnostics } = await renderLiquid(template, data, { partials, strict: options.strict });
  process.stdout.write(output);
  return printDiagnostics(diagnostics.map((d) => (d.file === 'template.liquid' ? { ...d, file } : d)));
}

// The sources come from the core (routes().external_sources), as it reads _config.yml.
async function external(dir) {
  const sources = (await openSite(dir)).routes().external_sources ?? [];
  if (!sources.length) {
    process.stdout.write(`${dir}: _config.yml names no external_sources; nothing to fetch\n`);
    return 0;
  }
  const target = path.join(dir, EXTERNAL_POSTS_FILE);
  const previous = await readFile(target, 'utf8').then(JSON.parse).catch(() => null);
  const { file, problems } = await fetchExternalPosts(sources, { previous });
  await writeFile(target, `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`wrote ${target} (${file.posts.length} posts from ${file.sources.length} of ${sources.length} sources)\n`);
  // The browser finds the file through folio.json: keep it current where there is one.
  if (await stat(path.join(dir, MANIFEST_NAME)).catch(() => null)) await index(dir);
  const diagnostics = problems.map(({ source, message }) => ({
    file: '_config.yml', line: 0, column: 0, severity: 'warning', message: `external_sources '${source}': ${message}`,
  }));
  printDiagnostics(diagnostics);
  return diagnostics.length ? 1 : 0;
}

const COMMANDS = { init, render, build, index, check, external };

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      view: { type: 'string', default: 'about' },
      path: { type: 'string' },
      fragment: { type: 'boolean', default: false },
      'asset-base': { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      data: { type: 'string' },
      includes: { type: 'string' },
      strict: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, dir, ...rest] = positionals;
  if (command === 'liquid') {
    if (!dir || rest.length) throw new UsageError('liquid takes exactly one template file');
    if (!(await stat(dir).catch(() => null))?.isFile()) throw new UsageError(`${dir} is not a file`);
    return liquid(dir, values);
  }
  if (!COMMANDS[command]) throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  if (!dir || rest.length) throw new UsageError(`${command} takes exactly one content folder`);
  if (!(await stat(dir).catch(() => null))?.isDirectory()) throw new UsageError(`${dir} is not a folder`);
  return COMMANDS[command](dir, values);
}

main(process.argv.slice(2)).then(
  (status) => { process.exitCode = status; },
  (error) => {
    if (error instanceof UsageError || error.code?.startsWith?.('ERR_PARSE_ARGS')) {
      process.stderr.write(`folio: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`folio: ${error.stack ?? error}\n`);
      process.exitCode = 1;
    }
  },
);
