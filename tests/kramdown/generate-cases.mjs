// Writes tests/fixtures/kramdown/generated.md: the constructs of
// constructs.md in combinations (each quote in each context, headings with
// each kind of character, each alignment, each language al-folio posts use).
//   node tests/kramdown/generate-cases.mjs
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatCases } from './corpus.mjs';
import { repoRoot } from '../node/helpers.mjs';

const cases = [];
const add = (id, markdown) => cases.push({ id, markdown });

const before = [['start', ''], ['space', 'a '], ['paren', '('], ['bracket', '['], ['dash', 'x -'], ['slash', 'and/']];
const after = [['end', ''], ['period', '.'], ['comma', ','], ['bang', '!'], ['paren', ')'], ['word', 's'], ['colon', ':']];
for (const [quoteName, quote] of [['double', '"'], ['single', "'"]]) {
  for (const [beforeName, b] of before) {
    for (const [afterName, a] of after) add(`quote-${quoteName}-${beforeName}-${afterName}`, `${b}${quote}word${quote}${a} rest\n`);
  }
}
for (const [name, text] of [['en', '--'], ['em', '---'], ['ellipsis', '...'], ['four-dots', '....'], ['five-dashes', '-----']]) {
  add(`symbol-${name}-spaced`, `one ${text} two\n`);
  add(`symbol-${name}-tight`, `one${text}two\n`);
  add(`symbol-${name}-start`, `${text} starts\n`);
}
const headings = ['Simple heading', 'With "quotes" and \'apostrophes\'', 'Dash -- and --- em', 'Dots... and more',
  'Numbers 2024 and v1.2.3', 'Symbols: @#$%^&*()+=', 'Under_score and hy-phen', 'Tabs\tand  spaces',
  'Café au lait', 'Ærø and Øster', 'ΑΒΓ Greek', 'Кириллица текст', '中文标题', '日本語の見出し', '한국어 제목',
  'Trailing hashes ##', '`code` in heading', '**Bold** and *em*', '[Link](https://example.org) text', 'Emoji 🎉 party',
  'Mixed CASE Words', '100% sure', 'C++ and C#', 'a/b/c paths', 'Q&A session'];
headings.forEach((text, i) => add(`heading-${i + 1}`, `## ${text}\n`));
add('heading-duplicates-many', ['# A', '## A', '### A', '## A-1', '## a'].join('\n\n') + '\n');
add('heading-levels', [1, 2, 3, 4, 5, 6].map((level) => `${'#'.repeat(level)} Level ${level}`).join('\n\n') + '\n');
for (const [name, ial] of [['class', '{: .lead}'], ['id', '{: #first}'], ['both', '{: .a .b #c}'], ['quoted', "{: title='T' data-n=\"2\"}"]]) {
  add(`ial-after-${name}`, `Some paragraph text.\n${ial}\n`);
  add(`ial-before-${name}`, `${ial}\nSome paragraph text.\n`);
  add(`ial-span-${name}`, `Some *emphasis*${ial} here.\n`);
}
for (const count of [1, 2, 3, 5]) {
  const refs = Array.from({ length: count }, (_, i) => `point ${i + 1}[^n${i + 1}]`).join(', ');
  const defs = Array.from({ length: count }, (_, i) => `[^n${i + 1}]: Note number ${i + 1}.`).join('\n');
  add(`footnotes-${count}`, `Several ${refs}.\n\n${defs}\n`);
}
for (const [name, abbr, title] of [['ml', 'ML', 'Machine learning'], ['gpu', 'GPU', 'Graphics processing unit'],
  ['phd', 'PhD', 'Doctor of Philosophy'], ['iclr', 'ICLR', 'International Conference on Learning Representations']]) {
  add(`abbreviation-${name}`, `Our ${abbr} work uses ${abbr} often.\n\n*[${abbr}]: ${title}\n`);
}
for (const [name, row] of [['none', '---'], ['left', ':--'], ['center', ':-:'], ['right', '--:']]) {
  add(`table-align-${name}`, `| h1 | h2 |\n|${row}|${row}|\n| c1 | c2 |\n| c3 | c4 |\n`);
}
for (const lang of ['python', 'javascript', 'js', 'bash', 'shell', 'c++', 'cpp', 'yaml', 'json', 'html', 'css', 'latex',
  'bibtex', 'ruby', 'r', 'julia', 'diff', 'text', 'markdown', 'mermaid', 'chartjs', 'plotly', 'echarts', 'vega_lite',
  'geojson', 'typograms', 'pseudocode', 'tikz', 'diff2html', 'liquid']) {
  add(`code-${lang}`, `\`\`\`${lang}\nline one < two & "three"\n  indented\n\`\`\`\n`);
}
for (const [name, text] of [['inline-start', '$$x$$ starts'], ['inline-end', 'ends with $$y_1$$'],
  ['two', '$$a$$ and $$b$$'], ['fraction', 'where $$\\frac{a}{b}$$ holds'], ['block-multiline', '$$\na = b\n\\\\\nc = d\n$$'],
  ['block-aligned', '$$\n\\begin{aligned}\nx &= 1\n\\end{aligned}\n$$'], ['amp', '$$a & b$$'], ['in-list', '- item $$x^2$$']]) {
  add(`math-${name}`, `${text}\n`);
}
for (const [name, text] of [['bold', '**Award** for the best paper'], ['link', 'Talk at [NeurIPS](https://neurips.cc)'],
  ['quote', 'Our paper "Deep Nets" got accepted!'], ['dash', 'Visiting 2024--2025 -- see you'],
  ['emoji', 'We won :trophy: the prize'], ['code', 'Released `v1.0` today'], ['strike', '~~Postponed~~ rescheduled']]) {
  add(`news-${name}`, `${text}\n`);
}

writeFileSync(path.join(repoRoot, 'tests/fixtures/kramdown/generated.md'), formatCases(cases));
console.log(`${cases.length} generated cases`);
