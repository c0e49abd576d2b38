// The kramdown corpus: tests/fixtures/kramdown/*.md, each a run of cases that
// start with a line `<!-- case: ID -->`. A case is the Markdown up to the
// next such line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const CASE_MARKER = /^<!-- case: (\S+) -->\n/gm;

export function parseCases(text, file) {
  const cases = [];
  const markers = [...text.matchAll(CASE_MARKER)];
  markers.forEach((marker, i) => {
    const start = marker.index + marker[0].length;
    const end = i + 1 < markers.length ? markers[i + 1].index : text.length;
    cases.push({ id: `${file}/${marker[1]}`, markdown: text.slice(start, end) });
  });
  return cases;
}

export function readCorpus(dir) {
  return readdirSync(dir).filter((name) => name.endsWith('.md')).sort()
    .flatMap((name) => parseCases(readFileSync(path.join(dir, name), 'utf8'), name.replace(/\.md$/, '')));
}

export function formatCases(cases) {
  return cases.map(({ id, markdown }) => `<!-- case: ${id} -->\n${markdown.endsWith('\n') ? markdown : `${markdown}\n`}`).join('');
}
