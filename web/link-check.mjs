// Finds references from content to files that do not exist: images and links
// in Markdown and HTML, the profile picture, and the PDFs, slides and previews
// that BibTeX entries name. The core renders; this only looks at the folder,
// so it lives with the other Node tools. Which entries exist is the core's
// answer (the model's papers): an entry inside @comment{...} names no file.
import { access } from 'node:fs/promises';
import path from 'node:path';

const MARKDOWN_LINK = /!?\[[^\]]*\]\(\s*<?([^)\s>]+)/g;
const HTML_URL = /\b(?:src|href)\s*=\s*["']([^"']+)["']/g;
const PROFILE_IMAGE = /^\s+image:\s*["']?([^"'#\s]+)/;
// al-folio resolves these BibTeX fields under assets/ when they are relative.
const BIB_FILE_FIELDS = { pdf: 'assets/pdf/', supp: 'assets/pdf/', poster: 'assets/pdf/', slides: 'assets/pdf/', preview: 'assets/img/publication_preview/' };

// A URL that names a file of this folder: relative or site-absolute, with a
// file extension (routes such as /publications/ are pages, not files).
function localFile(url, baseurl) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url.includes('{{')) return null;
  let file = url.split(/[?#]/)[0];
  if (file.startsWith('/')) {
    if (baseurl && file.startsWith(`${baseurl}/`)) file = file.slice(baseurl.length);
    file = file.slice(1);
  }
  try {
    file = decodeURIComponent(file);
  } catch {
    return null;
  }
  return /\.[a-z0-9]+$/i.test(file) ? file : null;
}

function* scanLines(text, patterns) {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    for (const pattern of patterns) {
      for (const match of lines[i].matchAll(pattern)) {
        yield { line: i + 1, column: match.index + match[0].indexOf(match[1]) + 1, url: match[1] };
      }
    }
  }
}

// The files the papers of `file` name, located at their field's line (the
// first line from the entry's own that assigns the field).
function bibReferences(file, text, papers) {
  const lines = text.split('\n');
  return papers.filter((paper) => paper.file === file).flatMap((paper) =>
    Object.entries(paper.fields).filter(([name, value]) => BIB_FILE_FIELDS[name] && value.trim()).map(([name, value]) => {
      const assigns = new RegExp(`^\\s*${name}\\s*=`, 'i');
      const index = lines.findIndex((line, i) => i >= paper.line - 1 && assigns.test(line));
      const url = value.trim();
      return {
        line: index + 1,
        column: index >= 0 ? lines[index].indexOf(url) + 1 : 0,
        url: /^[a-z][a-z0-9+.-]*:|^\//i.test(url) ? url : `${BIB_FILE_FIELDS[name]}${url}`,
      };
    }));
}

function referencesOf(file, text, papers) {
  if (file.endsWith('.bib')) return bibReferences(file, text, papers);
  const found = [...scanLines(text, [MARKDOWN_LINK, HTML_URL])];
  if (file === '_pages/about.md') {
    text.split('\n').forEach((line, i) => {
      const match = line.match(PROFILE_IMAGE);
      if (match) found.push({ line: i + 1, column: line.indexOf(match[1]) + 1, url: `assets/img/${match[1]}` });
    });
  }
  return found;
}

const exists = (file) => access(file).then(() => true, () => false);

// files: Map<path, bytes or text>; papers: the model's. Returns diagnostics for missing targets.
export async function findBrokenReferences(dir, files, { baseurl = '', papers = [] } = {}) {
  const diagnostics = [];
  for (const [file, content] of files) {
    if (!/\.(md|markdown|html|bib)$/.test(file)) continue;
    for (const reference of referencesOf(file, String(content), papers)) {
      const target = localFile(reference.url, baseurl);
      if (target && !(await exists(path.join(dir, target)))) {
        diagnostics.push({
          file, line: reference.line, column: reference.column, severity: 'error',
          message: `${reference.url === target ? target : `${reference.url} points to ${target}, which`} does not exist in the content folder; add the file or fix the link`,
        });
      }
    }
  }
  return diagnostics;
}
