// A small static file server on 127.0.0.1 with the MIME types a folio site
// needs (application/wasm lets browsers compile the core while it downloads).
// Like GitHub Pages, it answers a path that names no file with the nearest
// 404.html above it (status 404), which is how a site `init` made serves
// /publications/. Used by the serve command and by the browser tests; no
// dependencies.
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.bib': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

// Resolves a URL path inside root, or null when it would leave root.
function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const resolved = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  return resolved === root || resolved.startsWith(root + path.sep) ? resolved : null;
}

// The 404.html of the folder urlPath is in, or of the nearest one above it inside root.
async function findNotFoundPage(root, urlPath) {
  const start = resolveInside(root, urlPath);
  if (!start) return null;
  for (let folder = start; folder === root || folder.startsWith(root + path.sep); folder = path.dirname(folder)) {
    const file = path.join(folder, '404.html');
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return { file, size: info.size };
    if (folder === root) break;
  }
  return null;
}

async function findFile(root, urlPath) {
  const file = resolveInside(root, urlPath);
  if (!file) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return { file, size: info.size };
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      const indexInfo = await stat(index);
      if (indexInfo.isFile()) return { file: index, size: indexInfo.size };
    }
  } catch {
    // not found: fall through
  }
  return null;
}

// headers(request) may add response headers (CORS, CSP) per request.
// onRequest(request) sees every request (tests count them).
// routes: { '/path': (request, response) => void } answered before files.
// htmlHeadExtra: markup inserted before </head> of every HTML page (dev reload).
// tls: { key, cert } (PEM) serves HTTPS with HTTP/2, as GitHub Pages does.
export async function startStaticServer({
  root, port = 0, host = '127.0.0.1', headers = () => ({}), onRequest = () => {}, routes = {}, htmlHeadExtra = '', tls = null,
}) {
  const absoluteRoot = path.resolve(root);
  const serve = tls ? (handler) => createSecureServer({ ...tls, allowHTTP1: true }, handler) : createServer;
  const server = serve(async (request, response) => {
    onRequest(request);
    // Prefixed, not resolved against a base: a request for "//x" is a path,
    // where new URL("//x", base) would read a host (and "//" throw).
    let urlPath;
    try {
      urlPath = new URL(`http://localhost${request.url.startsWith('/') ? '' : '/'}${request.url}`).pathname;
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('bad request path\n');
      return;
    }
    if (routes[urlPath]) {
      routes[urlPath](request, response);
      return;
    }
    let found = await findFile(absoluteRoot, urlPath);
    let status = 200;
    const extra = headers(request);
    if (!found) {
      found = await findNotFoundPage(absoluteRoot, urlPath);
      status = 404;
    }
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...extra });
      response.end('not found\n');
      return;
    }
    const type = MIME_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
    if (htmlHeadExtra && type.startsWith('text/html')) {
      const html = (await readFile(found.file, 'utf8')).replace('</head>', `${htmlHeadExtra}</head>`);
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache', ...extra });
      response.end(html);
      return;
    }
    response.writeHead(status, {
      'content-type': type,
      'content-length': found.size,
      'cache-control': 'no-cache',
      ...extra,
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(found.file).pipe(response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actualPort } = server.address();
  return {
    server,
    url: `${tls ? 'https' : 'http'}://${host}:${actualPort}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
