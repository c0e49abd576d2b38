// Differential test: every case of the kramdown corpus (tests/fixtures/kramdown)
// through real kramdown, as Jekyll runs it for an al-folio site
// (tests/kramdown/reference.rb), and through folio's Markdown in the committed
// wasm, compared after the normalisation of tests/kramdown/normalize.mjs.
// The cases that still differ are listed in differences.json with the reason;
// an unlisted difference fails, and so does a listed case that now matches.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { folioJob, loadFolioCore } from '../../bench/peers.mjs';
import { readCorpus } from '../kramdown/corpus.mjs';
import { normalizeHtml } from '../kramdown/normalize.mjs';
import { repoRoot } from './helpers.mjs';

const corpusDir = path.join(repoRoot, 'tests/fixtures/kramdown');
const cases = readCorpus(corpusDir);
const listed = JSON.parse(readFileSync(path.join(corpusDir, 'differences.json'), 'utf8'));

function kramdownHtml(markdowns) {
  const result = spawnSync('ruby', [path.join(repoRoot, 'tests/kramdown/reference.rb')], {
    input: JSON.stringify(markdowns.map((markdown) => ({ markdown }))), encoding: 'utf8', maxBuffer: 1 << 28,
  });
  assert.equal(result.status, 0, `kramdown failed (bash scripts/setup.sh installs it): ${result.error ?? result.stderr}`);
  return JSON.parse(result.stdout);
}

test('the corpus has 500 or more cases', () => {
  assert.ok(cases.length >= 500, `${cases.length} cases`);
});

test('folio writes the HTML kramdown writes, but for the listed cases', async () => {
  const expected = kramdownHtml(cases.map(({ markdown }) => markdown));
  const markdown = folioJob(await loadFolioCore(), 'markdown');
  const unlisted = [], nowEqual = [];
  let equal = 0;
  const report = [];
  cases.forEach(({ id, markdown: text }, i) => {
    const want = normalizeHtml(expected[i]), got = normalizeHtml(markdown(text));
    const same = want === got;
    if (same) equal++;
    if (!same && !(id in listed)) unlisted.push(id);
    if (same && id in listed) nowEqual.push(id);
    if (!same) report.push(`### ${id}\n--- markdown\n${text}--- kramdown\n${want}\n--- folio\n${got}\n`);
  });
  if (process.env.FOLIO_KRAMDOWN_REPORT) writeFileSync(process.env.FOLIO_KRAMDOWN_REPORT, report.join('\n'));
  const share = equal / cases.length;
  console.log(`kramdown: ${equal} of ${cases.length} cases equal (${(100 * share).toFixed(1)}%)`);
  assert.deepEqual(unlisted, [], 'differ from kramdown and are not in differences.json (FOLIO_KRAMDOWN_REPORT=file shows how)');
  assert.deepEqual(nowEqual, [], 'now equal kramdown: remove them from differences.json');
  assert.deepEqual(Object.keys(listed).filter((id) => !cases.some((c) => c.id === id)), [], 'listed cases that are not in the corpus');
  assert.ok(share >= 0.99, `only ${(100 * share).toFixed(1)}% equal`);
});
