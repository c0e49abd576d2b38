// The XSS corpus (tests/fixtures/xss/vectors.txt) as al-folio sites: one site
// per vector, with the vector in every place content reaches a page — the
// Markdown body, front matter (subtitle, profile.more_info), a news item's title
// and body, an inline news item, BibTeX fields (text, HTML and URL fields),
// venue and coauthor data, and the site's title, description and footer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VECTORS_FILE = path.join(repoRoot, 'tests/fixtures/xss/vectors.txt');

// {NL}, {TAB} and {NUL} stand for the characters a one-line file cannot hold.
export async function readVectors(file = VECTORS_FILE) {
  const text = await readFile(file, 'utf8');
  return text.split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => line.replaceAll('{NL}', '\n').replaceAll('{TAB}', '\t').replaceAll('{NUL}', '\0'));
}

// A YAML block scalar holding `text` exactly (indentation indicator 2, no
// final newline), after `key: `.
const yamlBlock = (text, indent = '') => `|2-\n${text.split('\n').map((line) => `${indent}  ${line}`).join('\n')}`;

// A BibTeX braced value: unbalanced braces would end the value early, so then
// every brace is escaped (\{ \} are literal braces in LaTeX).
function bibValue(text) {
  let depth = 0;
  let balanced = true;
  for (const c of text) {
    if (c === '{') depth += 1;
    if (c === '}' && --depth < 0) balanced = false;
  }
  const value = balanced && depth === 0 ? text : text.replace(/[{}]/g, '\\$&');
  return `{${value}}`;
}

const BIB_TEXT_FIELDS = ['title', 'booktitle', 'location', 'note', 'abstract', 'award_name', 'award', 'additional_info', 'abbr'];
const BIB_URL_FIELDS = ['html', 'pdf', 'supp', 'code', 'website', 'slides', 'poster', 'video', 'blog', 'doi', 'arxiv', 'preview'];

// path -> text of the site for one vector.
export function siteFiles(vector, index) {
  const files = {};
  files['_config.yml'] = [
    `title: ${yamlBlock(vector)}`,
    `description: ${yamlBlock(vector)}`,
    `footer_text: ${yamlBlock(vector)}`,
    'url: https://lab.example.org',
    'enable_publication_thumbnails: true',
    'max_author_limit: 1',
    'scholar:',
    '  last_name: [Doe]',
    '  first_name: [Jane]',
    '',
  ].join('\n');
  files['_pages/about.md'] = [
    '---',
    'layout: about',
    'title: about',
    `subtitle: ${yamlBlock(vector)}`,
    'profile:',
    '  align: right',
    `  image: ${yamlBlock(vector, '  ')}`,
    `  more_info: ${yamlBlock(vector, '  ')}`,
    'news: true',
    'selected_papers: true',
    '---',
    '',
    vector,
    '',
  ].join('\n');
  files['_news/item.md'] = ['---', 'layout: post', `title: ${yamlBlock(vector)}`, 'date: 2024-01-02', '---', '', vector, ''].join('\n');
  files['_news/inline.md'] = ['---', 'layout: post', 'date: 2024-01-01', 'inline: true', '---', '', vector, ''].join('\n');
  const value = bibValue(vector);
  const textFields = BIB_TEXT_FIELDS.map((field) => `  ${field} = ${value},`).join('\n');
  const urlFields = BIB_URL_FIELDS.map((field) => `  ${field} = ${value},`).join('\n');
  files['_bibliography/papers.bib'] = `@inproceedings{xss${index},
${textFields}
${urlFields}
  author = ${bibValue(`${vector} and Doe, Jane and Roe, Richard`)},
  year = {2024},
  selected = {true},
  bibtex_show = {true}
}

@article{venue${index},
  title = {Venue and coauthor data},
  author = {Roe, Richard and Doe, Jane},
  journal = ${value},
  abbr = {XSSVENUE},
  year = {2023},
  selected = {true}
}
`;
  files['_data/venues.yml'] = `XSSVENUE:\n  url: ${JSON.stringify(vector)}\n  color: ${JSON.stringify(vector)}\n`;
  files['_data/coauthors.yml'] = `roe:\n  - firstname: [Richard]\n    url: ${JSON.stringify(vector)}\n`;
  files['folio.json'] = `${JSON.stringify({ folio: 1, files: Object.keys(files).sort() }, null, 2)}\n`;
  return files;
}

// The routes the shell renders for each site, and what a widget shows.
export const SHELL_ROUTES = ['#/', '#/news/', '#/news/item/', '#/publications/'];
