// Writes the extracted part of the kramdown corpus (tests/fixtures/kramdown/):
// snippets of al-folio's own pages, posts, news and projects, and of the
// repository's content/. Run by hand when the sources change:
//   node tests/kramdown/build-corpus.mjs /path/to/al-folio
// A snippet is a run of blocks between blank lines (a fenced code block stays
// whole); snippets with Liquid ({% %}, {{ }}) are left out, since folio shows
// Liquid as written and Jekyll runs it before kramdown. So are snippets whose
// HTML tags or comments do not balance: cutting a page between blank lines
// makes them (a <div> whose </div> is three snippets later), no page has
// them, and kramdown repairs them (closes the <div>, escapes the stray end
// tag) where folio leaves that to the sanitizer. A file without Liquid is
// also a case as a whole.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatCases } from './corpus.mjs';
import { repoRoot } from '../node/helpers.mjs';

const hasLiquid = (text) => /\{%|%\}|\{\{|\}\}/.test(text);

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
function htmlBalances(text) {
  if ((text.match(/<!--/g) ?? []).length !== (text.match(/-->/g) ?? []).length) return false;
  const open = [];
  for (const [, closing, name] of text.matchAll(/<(\/?)([A-Za-z][A-Za-z0-9-]*)[^>]*>/g)) {
    const tag = name.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!closing) open.push(tag);
    else if (open.pop() !== tag) return false;
  }
  return open.length === 0;
}

function withoutFrontMatter(text) {
  const match = text.match(/^---\n[\s\S]*?\n---\n/);
  return match ? text.slice(match[0].length) : text;
}

// Blocks separated by blank lines, a fenced code block kept whole.
function blocks(text) {
  const out = [];
  let current = [];
  let fence = null;
  for (const line of text.split('\n')) {
    const marker = line.match(/^\s{0,3}(`{3,}|~{3,})/);
    if (fence) {
      current.push(line);
      if (marker && marker[1][0] === fence[0] && marker[1].length >= fence.length) fence = null;
      continue;
    }
    if (marker) fence = marker[1];
    if (!line.trim() && !fence) {
      if (current.length) out.push(current.join('\n'));
      current = [];
      continue;
    }
    current.push(line);
  }
  if (current.length) out.push(current.join('\n'));
  return out;
}

function casesOf(file, idPrefix) {
  const body = withoutFrontMatter(readFileSync(file, 'utf8'));
  const cases = [];
  if (body.trim() && !hasLiquid(body)) cases.push({ id: `${idPrefix}-whole`, markdown: body });
  blocks(body).forEach((block, i) => {
    if (!hasLiquid(block) && htmlBalances(block) && block.trim()) cases.push({ id: `${idPrefix}-${i + 1}`, markdown: `${block}\n` });
  });
  return cases;
}

function casesOfFolder(folder, label) {
  let names;
  try { names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort(); } catch { return []; }
  return names.flatMap((name) => casesOf(path.join(folder, name), `${label}-${name.replace(/\.md$/, '')}`));
}

const alFolio = process.argv[2] ?? '/work/ref/al-folio-main';
const out = path.join(repoRoot, 'tests/fixtures/kramdown');
const alFolioCases = ['_pages', '_posts', '_news', '_projects'].flatMap((folder) => casesOfFolder(path.join(alFolio, folder), folder.slice(1)));
writeFileSync(path.join(out, 'al-folio.md'), formatCases(alFolioCases));
const contentCases = ['_pages', '_news'].flatMap((folder) => casesOfFolder(path.join(repoRoot, 'content', folder), folder.slice(1)));
writeFileSync(path.join(out, 'content.md'), formatCases(contentCases));
console.log(`al-folio: ${alFolioCases.length} cases, content: ${contentCases.length} cases`);
