#!/usr/bin/env node
// Serves the repository (the site at / and its content/) on 127.0.0.1.
//   node scripts/serve.mjs [--port 8000]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8000' } } });
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { url } = await startStaticServer({ root, port: Number(values.port) });
console.log(`folio: serving ${root} at ${url} (Ctrl+C to stop)`);
