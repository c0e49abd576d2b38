#!/usr/bin/env node
// Serves a site folder on 127.0.0.1: this repository (the site at / and its
// content/) by default, or any folder, e.g. an al-folio checkout after
// `folio init` or the output of `build`.
// With --watch (for whoever maintains the content): the content's folio.json
// and the page preloads are rewritten when files come or go, and open pages
// reload when content changes. Every page shows the diagnostics panel, and
// every answer allows other origins (as GitHub Pages does), so widgets on
// another local site can load from it.
import { watch } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.mjs';
import { folderManifest } from '../web/node.mjs';
import { MANIFEST_NAME, serializeManifest } from '../web/content-files.mjs';
import { updatePagePreloads } from '../web/content-preloads.mjs';

const USAGE = `usage: node scripts/serve.mjs [DIR] [--port PORT] [--watch]

Serves DIR (default: this repository) at http://127.0.0.1:PORT/ (default 8000).
  DIR          a site folder: this repository, an al-folio checkout after
               folio init, or the output of folio build
  --port PORT  the port to listen on (0: any free one)
  --watch      rewrite the content's ${MANIFEST_NAME} and preloads when files come
               or go, and reload open pages when content changes
  --help       print this
`;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseCommandLine(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '8000' },
      watch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (positionals.length > 1) throw new Error('serve takes one folder');
  if (!/^\d+$/.test(values.port)) throw new Error(`--port ${values.port} is not a port number`);
  return { ...values, root: path.resolve(positionals[0] ?? repoRoot) };
}

// The folder holding _config.yml: the site itself (an al-folio checkout) or its content/.
async function contentDirOf(root) {
  const own = await stat(path.join(root, '_config.yml')).catch(() => null);
  return own ? root : path.join(root, 'content');
}

// Server-sent events: one "reload" message per content change.
function eventStream(listeners) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
    response.write(': connected\n\n');
    listeners.add(response);
    request.on('close', () => listeners.delete(response));
  };
}

function reloadScript(request, response) {
  response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  response.end("new EventSource('/__folio/events').addEventListener('message', () => location.reload());\n");
}

// What `cli.mjs index` does: the manifest and the pages' preloads.
async function refreshManifest(contentDir) {
  const manifest = await folderManifest(contentDir);
  await writeFile(path.join(contentDir, MANIFEST_NAME), serializeManifest(manifest));
  await updatePagePreloads(contentDir, manifest);
}

function watchContent(contentDir, listeners) {
  let timer = null;
  watch(contentDir, { recursive: true }, (event, file) => {
    if (file === MANIFEST_NAME) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await refreshManifest(contentDir);
      console.log(`folio: ${file} changed, reloading ${listeners.size} page(s)`);
      for (const listener of listeners) listener.write('data: reload\n\n');
    }, 100);
  });
}

async function serve({ root, port, watch: watching }) {
  if (!(await stat(root).catch(() => null))?.isDirectory()) throw new Error(`${root} is not a folder`);
  const contentDir = await contentDirOf(root);
  const listeners = new Set();
  const routes = watching ? { '/__folio/events': eventStream(listeners), '/__folio/reload.mjs': reloadScript } : {};
  const htmlHeadExtra = [
    '<meta name="folio-diagnostics" content="panel">\n',
    watching ? '<script type="module" src="/__folio/reload.mjs"></script>\n' : '',
  ].join('');
  const { url } = await startStaticServer({
    root, port: Number(port), routes, htmlHeadExtra, headers: () => ({ 'access-control-allow-origin': '*' }),
  });
  if (watching) watchContent(contentDir, listeners);
  console.log(`folio: serving ${root} at ${url}${watching ? ` (watching ${path.relative(root, contentDir) || '.'})` : ''} (Ctrl+C to stop)`);
}

let options;
try {
  options = parseCommandLine(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`folio serve: ${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  process.stdout.write(USAGE);
} else {
  serve(options).catch((error) => {
    process.stderr.write(`folio serve: ${error.message}\n`);
    process.exitCode = 1;
  });
}
