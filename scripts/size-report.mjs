#!/usr/bin/env node
// What a browser downloads for folio's shell before any content: the page,
// everything index.html links (CSS, icon, preloads, the module script), the
// modules those import, and the wasm. Reports raw and gzip -9 bytes (zlib at
// level 9, as a server compressing ahead of time would serve them);
// tests/node/size-budget.test.mjs fails when the total passes the budget.
//
//   node scripts/size-report.mjs [--json]
//   node scripts/size-report.mjs --parts   also the wasm by part of the core (a
//     relink of scripts/build-wasm.sh's objects with function names, about a minute)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { FOLDER_PARTS, wasmParts } from './wasm-parts.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// gzip -9 bytes of everything the shell downloads. Set after optimising the
// build flags (README, Performance) at what the shell weighs (281 KB) plus a
// little room; raise it only for a feature worth the bytes. The wasm is built
// for speed (-O2/-O3: 3-5x faster than -Oz for 17% more bytes). The goal is
// 120 KB: libc++'s iostreams and locales (which yaml-cpp pulls in), yaml-cpp,
// nlohmann-json and md4c alone come close to that (README, Performance).
// Raised from 292 KB for Jekyll's dates (wasm/core/time: the IANA zone table,
// Ruby's Time.parse and strftime, which news and Liquid's date filter share):
// +23 KB gzip of wasm; and for kramdown's Markdown (smart quotes, heading ids,
// attribute lists, footnotes, Rouge's language names: +19 KB gzip), for the
// Jekyll site model and route table (wasm/site/, +75 KB gzip); 552 -> 720 KB
// for the render pipeline (wasm/render/), the native plugins (wasm/plugins/),
// the built-in theme embedded in the core (themes/builtin/) and the Liquid
// engine's filters: +152 KB gzip together, measured after their merge. Which
// part weighs what: node scripts/size-report.mjs --parts (README, Performance).
// 720 -> 728 KB for al-folio's external posts (wasm/plugins/external_posts:
// reading _external_posts.json into posts as the plugin makes them, and the
// sources for `cli.mjs external`): 719.6 -> 726.7 KB, the plugins part
// 22.4 -> 28.7 KB gzip alone. With them fetched, site-compare finds 86 of
// al-folio's 100 pages equal to Jekyll's build (63 of 98 without).
// 728 -> 732 KB for jekyll-tabs (wasm/plugins/tabs_tags.cpp, web/tabs.mjs and
// its rules in folio.css): 726.7 -> 731.0 KB; al-folio's sample post and any
// page with {% tabs %} rendered instead of reporting 22 unknown tags.
// 732 -> 736 KB for MathJax on the pages that hold TeX (plugins/third_party_libraries,
// web/math-typeset.mjs; MathJax itself comes from the site's CDN URL, only to
// such pages): 731.0 -> 733.5 KB.
// 736 -> 740 KB, 733.5 -> 736.2 KB: the Markdown renderer's HtmlOut and byte
// tables (+0.7 KB; Markdown went from 0.88-0.95x to 1.05-1.07x markdown-wasm's
// throughput), jekyll-scholar's quote and highlight's linenos table (+1.3 KB),
// and the static files' list that folio.json carries to the core (+0.7 KB:
// site.static_files and {% file_exists %} in browsers); then 738.8 KB with
// JSON read straight into Liquid values (nlohmann's SAX parser, +2.6 KB:
// renderLiquid's requests 19% fewer instructions).
// 740 -> 748 KB, 738.8 -> 745.1 KB, for a large site's first page (issue 18):
// the flat front matter reader (parse/simple_yaml: yaml-cpp's 185 M
// instructions for 660 front matters down to 55 M), the regex engine's start
// filter and required text, hideCustomBibtex line by line (the publications
// page of 1,000 papers 200 -> 30 ms natively), site.config(); together the
// large site's about page 2.77x -> 1.66x the small site's (bench/large-site.mjs).
// 748 -> 750 KB, 745.1 -> 748.3 KB: a session reads each model when a page
// first needs it (the large site's about page no longer reads 660 documents,
// its blog list no longer the bibliography) and the publications view draws
// its first 40 papers first (about -> publications 243 -> 43 ms).
export const SHELL_GZIP_BUDGET = 750 * 1024;  // measured 748.3 KB on 2026-12-04

const ATTRIBUTE_URLS = /<(?:link|script)\b[^>]*?\b(?:href|src)="([^"]+)"/g;
const IMPORTS = /\bimport\s*(?:[\w*{}\s,]+from\s*)?\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;

// Files of the shell, relative to the repository: index.html, what it links
// (content/ is the site's content, not the shell) and the module graph.
export async function shellFiles(page = 'index.html') {
  const files = new Set([page]);
  const queue = [];
  const html = await readFile(path.join(repoRoot, page), 'utf8');
  for (const [, url] of html.matchAll(ATTRIBUTE_URLS)) {
    if (/^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
    const file = path.posix.normalize(path.posix.join(path.posix.dirname(page), url));
    if (file.startsWith('content/')) continue;
    files.add(file);
    if (file.endsWith('.mjs') || file.endsWith('.js')) queue.push(file);
  }
  while (queue.length) {
    const module = queue.pop();
    const source = await readFile(path.join(repoRoot, module), 'utf8');
    for (const [, specifier] of source.matchAll(IMPORTS)) {
      const file = path.posix.normalize(path.posix.join(path.posix.dirname(module), specifier));
      if (!files.has(file)) {
        files.add(file);
        queue.push(file);
      }
    }
    // The glue fetches the wasm next to itself.
    if (module.endsWith('folio-core.mjs')) files.add(module.replace(/\.mjs$/, '.wasm'));
  }
  return [...files].sort();
}

export async function shellSizes(page = 'index.html') {
  const files = [];
  for (const file of await shellFiles(page)) {
    const bytes = await readFile(path.join(repoRoot, file));
    files.push({ path: file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  const sum = (key) => files.reduce((total, f) => total + f[key], 0);
  return { files, bytes: sum('bytes'), gzip: sum('gzip'), budget: SHELL_GZIP_BUDGET };
}

// The wasm of scripts/build-wasm.sh's stage, linked again with function
// names (--profiling-funcs: the same code and a name section) into its own
// folder; the committed wasm is not touched.
const STAGE_BUILD = '/tmp/folio-wasm/build';
const PROFILE_DIR = '/tmp/folio-wasm-profile';

function linkWithNames() {
  const linkCommand = path.join(STAGE_BUILD, 'CMakeFiles/folio_wasm.dir/link.txt');
  if (!existsSync(linkCommand)) {
    const built = spawnSync('bash', [path.join(repoRoot, 'scripts/build-wasm.sh'), '--check'], { stdio: 'inherit' });
    if (built.status !== 0) console.error('size-report: the stage build differs from web/; the parts below are the sources\' wasm');
  }
  const command = spawnSync('cat', [linkCommand], { encoding: 'utf8' }).stdout.trim()
    .replace(/ -o folio-core\.mjs /, ` --profiling-funcs -o ${PROFILE_DIR}/folio-core.mjs `);
  spawnSync('mkdir', ['-p', PROFILE_DIR]);
  const linked = spawnSync('flock', ['/tmp/folio-wasm.lock', 'bash', '-c', command], {
    cwd: STAGE_BUILD, stdio: 'inherit', env: { ...process.env, NODE_PATH: `/usr/share/nodejs${process.env.NODE_PATH ? `:${process.env.NODE_PATH}` : ''}` },
  });
  if (linked.status !== 0) throw new Error('size-report: the link with function names failed');
  return path.join(PROFILE_DIR, 'folio-core.wasm');
}

// Which wasm/ folder defines each function, read from the stage's objects
// with llvm-nm (LLVM bitcode under LTO); empty when llvm-nm is not installed.
function definingFolders() {
  const objects = path.join(STAGE_BUILD, 'CMakeFiles/folio_core.dir/wasm');
  const folderOf = new Map();
  const ambiguous = new Set();
  for (const folder of Object.keys(FOLDER_PARTS)) {
    const listed = spawnSync('bash', ['-c', `find ${JSON.stringify(path.join(objects, folder))} -name '*.o' -print0 | xargs -0 -r llvm-nm -C --defined-only -j 2>/dev/null`],
      { encoding: 'utf8', maxBuffer: 64 << 20 });
    if (listed.status !== 0) continue;
    for (const name of listed.stdout.split('\n')) {
      if (!name || name.endsWith(':')) continue;
      if (folderOf.has(name) && folderOf.get(name) !== folder) ambiguous.add(name);
      folderOf.set(name, folder);
    }
  }
  for (const name of ambiguous) folderOf.delete(name);
  return folderOf;
}

async function printParts() {
  const { rows, dataBytes } = wasmParts(new Uint8Array(await readFile(linkWithNames())), definingFolders());
  const width = Math.max(...rows.map((r) => r.part.length), 30);
  const total = rows.reduce((sum, r) => sum + r.codeBytes, 0);
  console.log(`\nweb/folio-core.wasm by part (code of the functions each part's names own, inlined code included):`);
  console.log(`${'part'.padEnd(width)}  functions      code   share   gzip alone`);
  for (const r of rows) {
    console.log(`${r.part.padEnd(width)}  ${String(r.functions).padStart(9)}  ${String(r.codeBytes).padStart(8)}  ${`${((100 * r.codeBytes) / total).toFixed(1)}%`.padStart(6)}  ${String(r.gzipBytes).padStart(10)}`);
  }
  console.log(`${'data (theme, tables, strings)'.padEnd(width)}  ${''.padStart(9)}  ${String(dataBytes).padStart(8)}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = await shellSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(sizes, null, 2));
  } else {
    const width = Math.max(...sizes.files.map((f) => f.path.length), 5);
    for (const f of sizes.files) console.log(`${f.path.padEnd(width)}  ${String(f.bytes).padStart(8)}  ${String(f.gzip).padStart(8)} gzip`);
    console.log(`${'total'.padEnd(width)}  ${String(sizes.bytes).padStart(8)}  ${String(sizes.gzip).padStart(8)} gzip (${(sizes.gzip / 1024).toFixed(1)} KB; budget ${(sizes.budget / 1024).toFixed(0)} KB)`);
  }
  if (process.argv.includes('--parts')) await printParts();
}
