// Which part of the core the bytes of folio-core.wasm belong to: reads a wasm
// built with function names (emcc --profiling-funcs: same code, plus a name
// section) and sums each function's code size by the part its name says
// (folio::liquid:: is the Liquid engine, YAML:: yaml-cpp, md_ md4c, ...).
// scripts/size-report.mjs --parts links such a wasm beside the real one and
// prints the table README's Performance section quotes.
import { gzipSync } from 'node:zlib';

// LEB128, as the wasm binary format writes integers.
function readUnsigned(bytes, offset) {
  let result = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[offset++];
    result += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [result, offset];
}

function readName(bytes, offset) {
  const [length, start] = readUnsigned(bytes, offset);
  return [new TextDecoder().decode(bytes.subarray(start, start + length)), start + length];
}

// Skips one import entry's description; returns [isFunction, next offset].
function skipImport(bytes, offset) {
  let at = readName(bytes, readName(bytes, offset)[1])[1];
  const kind = bytes[at++];
  if (kind === 0) return [true, readUnsigned(bytes, at)[1]];            // function: type index
  if (kind === 1) { at += 1; const flags = bytes[at++]; at = readUnsigned(bytes, at)[1]; return [false, flags & 1 ? readUnsigned(bytes, at)[1] : at]; }
  if (kind === 2) { const flags = bytes[at++]; at = readUnsigned(bytes, at)[1]; return [false, flags & 1 ? readUnsigned(bytes, at)[1] : at]; }
  if (kind === 3) return [false, at + 2];                                // global: type, mutability
  if (kind === 4) return [false, readUnsigned(bytes, at + 1)[1]];       // tag: attribute, type index
  throw new Error(`unknown import kind ${kind}`);
}

// { functions: [{ name, bytes: Uint8Array }], dataBytes, otherBytes, totalBytes }
export function readWasmFunctions(bytes) {
  let offset = 8;
  let importedFunctions = 0;
  const bodies = [];
  const names = new Map();
  let dataBytes = 0;
  while (offset < bytes.length) {
    const id = bytes[offset];
    const [size, start] = readUnsigned(bytes, offset + 1);
    const end = start + size;
    if (id === 2) {
      let [count, at] = readUnsigned(bytes, start);
      while (count--) {
        let isFunction;
        [isFunction, at] = skipImport(bytes, at);
        if (isFunction) importedFunctions++;
      }
    } else if (id === 10) {
      let [count, at] = readUnsigned(bytes, start);
      while (count--) {
        const [length, bodyStart] = readUnsigned(bytes, at);
        bodies.push(bytes.subarray(bodyStart, bodyStart + length));
        at = bodyStart + length;
      }
    } else if (id === 11) {
      dataBytes = size;
    } else if (id === 0) {
      const [name, at] = readName(bytes, start);
      if (name === 'name') {
        let sub = at;
        while (sub < end) {
          const kind = bytes[sub];
          const [subSize, subStart] = readUnsigned(bytes, sub + 1);
          if (kind === 1) {
            let [count, entry] = readUnsigned(bytes, subStart);
            while (count--) {
              let index;
              let functionName;
              [index, entry] = readUnsigned(bytes, entry);
              [functionName, entry] = readName(bytes, entry);
              names.set(index, functionName);
            }
          }
          sub = subStart + subSize;
        }
      }
    }
    offset = end;
  }
  const functions = bodies.map((body, i) => ({ name: names.get(importedFunctions + i) ?? '', bytes: body }));
  return { functions, dataBytes };
}

// The part a function belongs to, by its (demangled) name. First match wins.
export const PARTS = [
  ['Liquid engine (wasm/liquid)', /folio::liquid::/],
  ['scholar tags (wasm/scholar)', /folio::scholar::/],
  ['render pipeline (wasm/render)', /folio::render::/],
  ['plugins (wasm/plugins)', /folio::plugins::/],
  ['site model (wasm/site)', /folio::site::/],
  ['BibTeX, papers (wasm/bibtex, papers)', /folio::(bibtex|papers)::|folio::(parse_bibtex|latex|Bibtex|Paper)/i],
  ['yaml-cpp', /\bYAML::/],
  ['md4c', /^md_|\bmd_[a-z_]+\b|^md4c/],
  ['nlohmann-json', /nlohmann::/],
  ['folio: other folio:: code (defining folder not known)', /folio::|^folio_/],
  ['libc++ and libc', /^std::|std::__2::|^__|^_?[a-z0-9_]+$/],
];

// folio's folders whose code is in the plain folio:: namespace: the name says
// nothing, the object file that defines it does (scripts/size-report.mjs
// reads that with llvm-nm when it can).
export const FOLDER_PARTS = {
  parse: 'Markdown, YAML, front matter (wasm/parse)',
  views: 'folio views (wasm/views)',
  api: 'wasm boundary (wasm/api)',
  core: 'core: sanitizer, time, text (wasm/core)',
  model: 'folio model (wasm/model)',
  news: 'news (wasm/news)',
  papers: 'BibTeX, papers (wasm/bibtex, papers)',
  bibtex: 'BibTeX, papers (wasm/bibtex, papers)',
};

// folderOf: Map<function name, wasm/ folder that defines it>, or none.
export function partOf(name, folderOf = null) {
  for (const [part, pattern] of PARTS) {
    if (!pattern.test(name)) continue;
    if (part.startsWith('folio: ') && folderOf?.has(name)) return FOLDER_PARTS[folderOf.get(name)] ?? part;
    return part;
  }
  return 'other';
}

// [{ part, functions, codeBytes, gzipBytes }] largest first, plus the data segment as a row.
export function wasmParts(bytes, folderOf = null) {
  const { functions, dataBytes } = readWasmFunctions(bytes);
  const byPart = new Map();
  for (const fn of functions) {
    const part = partOf(fn.name, folderOf);
    if (!byPart.has(part)) byPart.set(part, []);
    byPart.get(part).push(fn.bytes);
  }
  const rows = [...byPart].map(([part, bodies]) => {
    const joined = Buffer.concat(bodies.map((b) => Buffer.from(b)));
    return { part, functions: bodies.length, codeBytes: joined.length, gzipBytes: gzipSync(joined, { level: 9 }).length };
  });
  rows.sort((a, b) => b.codeBytes - a.codeBytes);
  return { rows, dataBytes };
}
