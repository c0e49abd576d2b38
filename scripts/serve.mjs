#!/usr/bin/env node
// Serves the repository (the site at / and its content/) on 127.0.0.1.
//   node scripts/serve.mjs [--port 8000] [--watch]
// With --watch (for whoever maintains the content): content/folio.json and the
// preloads in index.html are rewritten when files come or go, and open pages
// reload when content changes.
import { watch } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.mjs';
import { listContentFiles } from '../web/node.mjs';
import { createManifest, MANIFEST_NAME, serializeManifest } from '../web/content-files.mjs';
import { updatePagePreloads } from '../web/content-preloads.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8000' }, watch: { type: 'boolean', default: false } },
});
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.join(root, 'content');
const listeners = new Set();

// Server-sent events: one "reload" message per content change.
function events(request, response) {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  response.write(': connected\n\n');
  listeners.add(response);
  request.on('close', () => listeners.delete(response));
}

function reloadScript(request, response) {
  response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  response.end("new EventSource('/__folio/events').addEventListener('message', () => location.reload());\n");
}

// What `cli.mjs index content` does: the manifest and the page's preloads.
async function refreshManifest() {
  const manifest = createManifest(await listContentFiles(contentDir));
  await writeFile(path.join(contentDir, MANIFEST_NAME), serializeManifest(manifest));
  await updatePagePreloads(contentDir, manifest.files);
}

function watchContent() {
  let timer = null;
  watch(contentDir, { recursive: true }, (event, file) => {
    if (file === MANIFEST_NAME) return;
    clearTimeout(timer);
    timer = setTimeout(async () => {
      await refreshManifest();
      console.log(`folio: ${file} changed, reloading ${listeners.size} page(s)`);
      for (const listener of listeners) listener.write('data: reload\n\n');
    }, 100);
  });
}

const routes = values.watch ? { '/__folio/events': events, '/__folio/reload.mjs': reloadScript } : {};
const htmlHeadExtra = values.watch ? '<script type="module" src="/__folio/reload.mjs"></script>\n' : '';
const { url } = await startStaticServer({ root, port: Number(values.port), routes, htmlHeadExtra });
if (values.watch) watchContent();
console.log(`folio: serving ${root} at ${url}${values.watch ? ' (watching content/)' : ''} (Ctrl+C to stop)`);
