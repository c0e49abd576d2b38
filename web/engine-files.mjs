// The files of web/ that browsers load, derived from what they start from:
// every web/ file the page template (index.html) names, the widgets module
// that other sites embed, and whatever those import or fetch relative to
// themselves (`import ... from './x.mjs'`, `new URL('./x.wasm', import.meta.url)`).
// Node-only files (the CLI, the Node API, prerendering, the link check) are
// never reached from there, so `init` and `build` never publish them.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webDir = path.dirname(fileURLToPath(import.meta.url));
export const shellTemplatePath = path.join(webDir, '..', 'index.html');

// Modules a page may load without the template naming them: other sites embed the widgets.
const EMBEDDED_ENTRIES = ['widgets.mjs'];

const TEMPLATE_REFERENCE = /(?:href|src)="web\/([^"?#]+)"/g;
const RELATIVE_REFERENCES = [
  /\b(?:import|export)\s[^'";]*?\bfrom\s*['"]\.\/([^'"]+)['"]/g,
  /\bimport\s*\(?\s*['"]\.\/([^'"]+)['"]/g,
  /\bnew URL\(\s*['"]\.\/([^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g,
];

const matchesOf = (text, pattern) => [...text.matchAll(pattern)].map((m) => m[1]);

// The files `file` (in web/) imports or fetches relative to itself.
async function referencesOf(file) {
  if (!/\.m?js$/.test(file)) return [];
  const text = await readFile(path.join(webDir, file), 'utf8');
  return RELATIVE_REFERENCES.flatMap((pattern) => matchesOf(text, pattern));
}

// Every file reachable from `entries`, sorted.
async function closureOf(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(await referencesOf(file)));
  }
  return [...seen].sort();
}

// The web/ files a browser needs, as names inside web/ ("shell.mjs", ...).
export async function browserEngineFiles() {
  const template = await readFile(shellTemplatePath, 'utf8');
  return closureOf([...matchesOf(template, TEMPLATE_REFERENCE), ...EMBEDDED_ENTRIES]);
}

// The modules the shell loads, in the order to preload them.
export async function shellModules() {
  return (await closureOf(['shell.mjs'])).filter((file) => file.endsWith('.mjs'));
}
