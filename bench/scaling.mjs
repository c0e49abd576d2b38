// Do folio's parsers stay linear on pathological input? Each family below
// builds a site around one pathological file, doubles its size four times,
// and times the whole request (put the files, build, render every view) with
// the committed wasm. Linear code takes about twice as long for twice the
// input; a ratio near 4 means quadratic. Prints a Markdown table; the last
// column is the ratio to the size before.
//
//   node bench/scaling.mjs              every family, from 1x to 16x
//   node bench/scaling.mjs --only bib-braces,md-quotes
//   node bench/scaling.mjs --check      exit 1 when a doubling costs over 3x
//
// Not a test: timings depend on the machine. It is the evidence for the
// README's "Security and robustness" section.
import { FolioSite, loadCore } from '../web/folio.mjs';

// CPU time by default: steadier than wall time on a shared machine.
process.env.FOLIO_BENCH_CLOCK ??= 'cpu';
const { formatMs, measure, table } = await import('./timing.mjs');

const args = process.argv.slice(2);
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : null;
const check = args.includes('--check');
const DOUBLINGS = 5;
// Medians of at least 5 runs and 300 ms per size (FOLIO_BENCH_CLOCK=wall for
// wall time, see bench/timing.mjs).
const SETTINGS = { minRuns: 5, minMs: 300, maxMs: 5000 };

const repeat = (text, n) => text.repeat(n);
const about = (body = 'Hello.', frontMatter = '') => `---\ntitle: about\nnews: true\nselected_papers: true\n${frontMatter}---\n${body}\n`;
const bib = (fields, extra = '') => `${extra}@article{key,\n${fields}\n  year = {2024},\n  selected = {true}\n}\n`;
const withBib = (text) => ({ '_pages/about.md': about(), '_bibliography/papers.bib': text });

// name -> [what it is, base size n, files for size n]
const FAMILIES = {
  'bib-braces': ['BibTeX title nested n braces deep', 4000,
    (n) => withBib(bib(`  title = {${repeat('{', n)}x${repeat('}', n)}},`))],
  'bib-unclosed-braces': ['BibTeX value with n braces never closed', 4000,
    (n) => withBib(bib(`  title = {${repeat('{a', n)},`))],
  'bib-concat': ['BibTeX title of n `#` concatenations of a `@string`', 2000,
    (n) => withBib(bib(`  title = ${Array(n).fill('s').join(' # ')},`, '@string{s = {ab }}\n'))],
  'bib-macro-doubling': ['`@string` chain doubling 40 times, after n bytes of other entries (expansion is capped)', 16000,
    (n) => {
      let strings = '@string{m0 = {ab}}\n';
      for (let i = 1; i <= 40; i += 1) strings += `@string{m${i} = m${i - 1} # m${i - 1}}\n`;
      return withBib(bib('  title = m40,', `@comment{${repeat('x', n)}}\n${strings}`));
    }],
  'bib-authors': ['author list of n people', 1000,
    (n) => withBib(bib(`  author = {${Array.from({ length: n }, (_, i) => `Author${i} von Name${i}, Jr`).join(' and ')}},`))],
  'bib-comma-authors': ['author list of n people separated by commas', 1000,
    (n) => withBib(bib(`  author = {${Array.from({ length: n }, (_, i) => `First${i} Last${i}`).join(', ')}},`))],
  'bib-entries': ['n BibTeX entries', 500,
    (n) => withBib(Array.from({ length: n }, (_, i) => `@inproceedings{k${i},
  title = {Paper \\emph{${i}}},
  author = {A. Author and B. Author},
  booktitle = {Conf},
  year = {${2000 + (i % 25)}},
  selected = {${i % 7 === 0}}
}
`).join(''))],
  'latex-nested-emph': ['`\\textit{` nested n deep in a title', 2000,
    (n) => withBib(bib(`  title = {${repeat('\\textit{\\textbf{', n)}x${repeat('}}', n)}},`))],
  'latex-commands': ['n unknown LaTeX commands and accents in a title', 4000,
    (n) => withBib(bib(`  title = {${repeat('\\foo\\"u\\v{s}{\\em x} -- ', n)}},`))],
  'md-long-line': ['a Markdown paragraph of `n*100` bytes on one line', 1000,
    (n) => ({ '_pages/about.md': about(repeat('word *em* **strong** [link](https://x.org) `code` ', n)) })],
  'md-quotes': ['Markdown block quotes nested n deep', 2000,
    (n) => ({ '_pages/about.md': about(`${repeat('> ', n)}deep\n`) })],
  'md-lists': ['Markdown lists nested n deep on one line', 2000,
    (n) => ({ '_pages/about.md': about(`${repeat('- ', n)}deep\n`) })],
  'md-indented-lists': ['sqrt(n) list items, each indented one level deeper (n bytes)', 4096,
    (n) => ({ '_pages/about.md': about(Array.from({ length: Math.round(Math.sqrt(n)) }, (_, i) => `${repeat('  ', i)}- item ${i}`).join('\n')) })],
  'md-emphasis': ['n unclosed emphasis and link openers', 4000,
    (n) => ({ '_pages/about.md': about(repeat('*a _b [c ', n)) })],
  'html-nested': ['raw HTML `<div><span><b>` nested n deep', 4000,
    (n) => ({ '_pages/about.md': about(`<div>${repeat('<div><span><b>', n)}x</div>`) })],
  'html-unclosed': ['n unclosed `<p><li><td>` and stray end tags', 4000,
    (n) => ({ '_pages/about.md': about(`<div>${repeat('<p><li><td>x</b></i></table>', n)}</div>`) })],
  'html-attributes': ['a tag with n attributes', 4000,
    (n) => ({ '_pages/about.md': about(`<div>\n<p ${Array.from({ length: n }, (_, i) => `data-a${i}="x" title="t${i}"`).join(' ')}>x</p>\n</div>`) })],
  'html-comments': ['n unterminated comment and CDATA openers', 4000,
    (n) => ({ '_pages/about.md': about(`<div>${repeat('<!- <![CDA <!x <? </ <a ', n)}</div>`) })],
  'yaml-keys': ['front matter with n keys', 2000,
    (n) => ({ '_pages/about.md': about('x', Array.from({ length: n }, (_, i) => `key${i}: value ${i}\n`).join('')) })],
  'yaml-deep': ['front matter nested n brackets deep (refused past 100)', 4000,
    (n) => ({ '_pages/about.md': about('x', `k: ${repeat('[', n)}${repeat(']', n)}\n`) })],
  'yaml-long-list': ['scholar last names: a YAML list of n entries', 2000,
    (n) => ({ '_pages/about.md': about(), '_config.yml': `title: t\nscholar:\n  last_name: [${Array.from({ length: n }, (_, i) => `N${i}`).join(', ')}]\n` })],
  'news-items': ['n news files', 250,
    (n) => {
      const files = { '_pages/about.md': about() };
      for (let i = 0; i < n; i += 1) files[`_news/item_${i}.md`] = `---\ntitle: Item ${i} :tada:\ndate: 2024-01-${String(1 + (i % 28)).padStart(2, '0')}\ninline: ${i % 2 === 0}\n---\nNews *${i}* :smile:\n`;
      return files;
    }],
  'emoji-colons': ['n colons and shortcode-like words in news', 4000,
    (n) => ({ '_pages/about.md': about(), '_news/a.md': `---\ntitle: t\ndate: 2024-01-01\ninline: true\n---\n${repeat(':a:b :smile: ::', n)}\n` })],
};

const core = await loadCore();

function routes(site) {
  const model = site.model();
  return ['about', 'news', 'publications', ...model.news.slice(0, 3).map((item) => `news/${item.id}`)];
}

function runOnce(files) {
  const site = FolioSite.open(core, files);
  let bytes = 0;
  for (const route of routes(site)) bytes += site.render(route).html.length;
  site.dispose();
  return bytes;
}

const rows = [];
const summary = [];
let worst = { ratio: 0, name: '' };
for (const [name, [what, base, make]] of Object.entries(FAMILIES)) {
  if (only && !only.has(name)) continue;
  let previous = null;
  const first = {};
  let familyWorst = 0;
  for (let k = 0; k < DOUBLINGS; k += 1) {
    const n = base * 2 ** k;
    const files = make(n);
    const inputBytes = Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    const { ms, result: outputBytes } = measure(() => runOnce(files), SETTINGS);
    const ratio = previous ? ms / previous : null;
    if (ratio && ratio > worst.ratio && ms > 5) worst = { ratio, name: `${name} at n=${n}` };
    process.stderr.write(`${name} n=${n}: ${formatMs(ms)} ms\n`);
    rows.push([k === 0 ? `${name}: ${what}` : '', String(n), `${(inputBytes / 1024).toFixed(0)} KB`,
      `${(outputBytes / 1024).toFixed(0)} KB`, formatMs(ms), ratio ? `${ratio.toFixed(2)}x` : '']);
    if (k === 0) Object.assign(first, { inputBytes, ms });
    if (ratio) familyWorst = Math.max(familyWorst, ratio);
    if (k === DOUBLINGS - 1) {
      summary.push([what, `${(first.inputBytes / 1024).toFixed(0)} → ${(inputBytes / 1024).toFixed(0)} KB`,
        `${formatMs(first.ms)} → ${formatMs(ms)}`, `${(ms / first.ms).toFixed(1)}x`, `${familyWorst.toFixed(2)}x`]);
    }
    previous = ms;
  }
}
console.log(table(['input', 'n', 'input size', 'HTML out', 'ms', 'vs n/2'], rows));
console.log(`\n${table(['pathological input', 'size 1x → 16x', 'ms', 'time 16x', 'worst doubling'], summary)}`);
console.log(`\nworst doubling: ${worst.ratio.toFixed(2)}x (${worst.name}); linear is 2x, quadratic 4x`);
if (check && worst.ratio > 3) process.exit(1);
