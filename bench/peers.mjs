// The tools people use instead of folio for each job, and folio itself, behind
// one shape: { name, package, load() -> Promise<(input) => result>, notes }.
// load() includes everything a program does before its first call (import,
// wasm compile and instantiate), so bench/startup.mjs can time it too.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { repoRoot } from './inputs.mjs';

const require = createRequire(import.meta.url);

export function packageVersion(name) {
  const file = name === 'folio' ? path.join(repoRoot, 'package.json') : path.join(repoRoot, 'node_modules', name, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

// ---------------------------------------------------------------- folio

// folio's core, as web/folio.mjs loads it, plus the bench-only export
// folio_bench(job, input): one part of the core on one input, the input copied
// in and the answer copied out as a JS string, as a JS library would return it.
export async function loadFolioCore() {
  const { loadCore } = await import('../web/folio.mjs');
  return loadCore();
}

const encoder = new TextEncoder();

const decoder = new TextDecoder();

export function folioJob(core, job) {
  const jobBytes = encoder.encode(`${job}\0`);
  const jobPointer = core._malloc(jobBytes.length);
  core.HEAPU8.set(jobBytes, jobPointer);
  return (input) => {
    const capacity = input.length * 3 + 1;
    const pointer = core._malloc(capacity);
    const { written } = encoder.encodeInto(input, core.HEAPU8.subarray(pointer, pointer + capacity));
    const answer = core._folio_bench(jobPointer, pointer, written);
    core._free(pointer);
    // Decoded as folio.mjs decodes answers: find the NUL, then one TextDecoder call.
    const text = decoder.decode(core.HEAPU8.subarray(answer, core.HEAPU8.indexOf(0, answer)));
    core._folio_answer_free(answer);
    return text;
  };
}

const folio = (job) => ({
  name: 'folio (wasm)',
  package: 'folio',
  load: async () => folioJob(await loadFolioCore(), job),
});

// ---------------------------------------------------------------- Markdown

// Every peer in the GitHub dialect with raw HTML on, as folio reads al-folio pages.
const MD4C_GITHUB = ['PERMISSIVE_URL_AUTO_LINKS', 'PERMISSIVE_EMAIL_AUTO_LINKS', 'PERMISSIVE_WWW_AUTO_LINKS',
  'TABLES', 'STRIKETHROUGH', 'TASKLISTS'];

export const MARKDOWN_PEERS = [
  folio('markdown'),
  {
    name: 'folio (wasm) + sanitizer',
    package: 'folio',
    load: async () => folioJob(await loadFolioCore(), 'markdown-safe'),
    notes: 'what views do: md4c, then the allowlist sanitizer',
  },
  {
    name: 'markdown-wasm',
    package: 'markdown-wasm',
    load: async () => {
      const markdown = require('markdown-wasm');
      await markdown.ready;
      const F = markdown.ParseFlags;
      const parseFlags = F.PERMISSIVE_URL_AUTO_LINKS | F.PERMISSIVE_EMAIL_AUTO_LINKS | F.PERMISSIVE_WWW_AUTOLINKS |
        F.TABLES | F.STRIKETHROUGH | F.TASK_LISTS;
      return (input) => markdown.parse(input, { parseFlags });
    },
  },
  {
    name: 'md4w',
    package: 'md4w',
    load: async () => {
      const md4w = await import('md4w');
      await md4w.init('fast');
      return (input) => md4w.mdToHtml(input, { parseFlags: MD4C_GITHUB });
    },
  },
  {
    name: 'marked',
    package: 'marked',
    load: async () => {
      const { Marked } = await import('marked');
      const marked = new Marked({ gfm: true, async: false });
      return (input) => marked.parse(input);
    },
  },
  {
    name: 'markdown-it',
    package: 'markdown-it',
    load: async () => {
      const { default: MarkdownIt } = await import('markdown-it');
      const md = new MarkdownIt({ html: true, linkify: true });
      return (input) => md.render(input);
    },
  },
  {
    name: 'commonmark.js',
    package: 'commonmark',
    load: async () => {
      const { Parser, HtmlRenderer } = await import('commonmark');
      const parser = new Parser();
      const renderer = new HtmlRenderer();
      return (input) => renderer.render(parser.parse(input));
    },
    notes: 'CommonMark only: no GFM tables, strikethrough or autolinks',
  },
];

// ---------------------------------------------------------------- BibTeX

// latex: converts LaTeX in values to text; names: splits author lists into people.
export const BIBTEX_PEERS = [
  { ...folio('bibtex'), latex: true, names: true },
  {
    name: '@retorquere/bibtex-parser',
    package: '@retorquere/bibtex-parser',
    latex: true,
    names: true,
    load: async () => {
      const { parse } = await import('@retorquere/bibtex-parser');
      return (input) => parse(input, { sentenceCase: false, unsupported: 'ignore' }).entries;
    },
  },
  {
    name: '@citation-js/plugin-bibtex',
    package: '@citation-js/plugin-bibtex',
    latex: true,
    names: true,
    load: async () => {
      const { plugins } = await import('@citation-js/core');
      await import('@citation-js/plugin-bibtex');
      return (input) => plugins.input.chain(input, { generateGraph: false, target: '@csl/list+object' });
    },
    notes: 'to CSL-JSON',
  },
  {
    name: 'astrocite-bibtex',
    package: 'astrocite-bibtex',
    latex: true,
    names: true,
    load: async () => {
      const { parse } = require('astrocite-bibtex');
      return (input) => parse(input);
    },
    notes: 'to CSL-JSON',
  },
  {
    name: 'bibtex-parse-js',
    package: 'bibtex-parse-js',
    latex: false,
    names: false,
    load: async () => {
      const { toJSON } = require('bibtex-parse-js');
      return (input) => toJSON(input);
    },
    notes: 'values stay LaTeX, authors one string; cannot read @string macros',
  },
];

// ---------------------------------------------------------------- YAML

export const YAML_PEERS = [
  { ...folio('yaml'), notes: 'yaml-cpp node tree' },
  {
    name: 'js-yaml',
    package: 'js-yaml',
    load: async () => {
      const { load } = await import('js-yaml');
      return (input) => load(input);
    },
  },
  {
    name: 'yaml',
    package: 'yaml',
    load: async () => {
      const { parse } = await import('yaml');
      return (input) => parse(input);
    },
  },
];

export const ALL_PEERS = { markdown: MARKDOWN_PEERS, bibtex: BIBTEX_PEERS, yaml: YAML_PEERS };
