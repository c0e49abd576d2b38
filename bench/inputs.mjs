// The benchmark's inputs, generated from a fixed seed so that every run and
// every machine measures the same bytes: Markdown (the group's about page, a
// 1 MB mixed document), al-folio BibTeX (long author lists, accents, @string
// macros, abstracts), YAML (a _config.yml and _data files) and whole sites
// (config + about + news + papers) of any size.
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(benchDir, '..');
export const inputsDir = path.join(benchDir, 'inputs');

// mulberry32: a tiny seeded PRNG, so the inputs never change between runs.
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

const WORDS = `system training model large language distributed efficient scheduling cluster
  network memory parallel pipeline tensor expert mixture inference serving latency throughput
  fault tolerance checkpoint storage datacenter accelerator kernel compiler graph optimization
  communication collective bandwidth gradient compression sparse attention transformer energy
  power carbon workload characterization elastic preemption placement heterogeneous hardware
  the of and for with in on at from to by via towards under over a an is are we our this that`
  .split(/\s+/).filter(Boolean);
const CJK = '网络与分布式系统研究组现招收联合培养的博士研究生方向主要集中在大规模人工智能模型训练系统性能优化能耗'.split('');
const FIRST = ['Peng', 'Wei', 'Xingcheng', 'Dahua', 'Qinghao', 'Jiangfei', 'Shuo', 'Zerui', 'Yue',
  'Ana', 'José', 'Zoë', 'Jürgen', 'Łukasz', 'Søren', 'Chloé', 'Ñusta', 'Mihai', 'Olaf', 'Ines'];
// Last names as BibTeX writes them: accents as LaTeX commands, some protected.
const LAST = ['Sun', 'Zhang', 'Hu', 'Lin', 'Duan', 'Wang', 'Li', 'Chen', 'Gao', 'Ye',
  'M{\\"u}ller', "Garc{\\'\\i}a", 'Dvo{\\v{r}}{\\\'a}k', 'Fran{\\c{c}}ois', 'Nie{\\ss}en',
  'J{\\o}rgensen', '{\\L}ukasiewicz', "Erd{\\H{o}}s", 'Sch\\"onberg', "O'Neil",
  '{van der Berg}', '{de la Cruz}', 'von Neumann', 'Smith, Jr.'];
const FIRST_TEX = ['Peng', 'Wei', 'Xingcheng', 'Dahua', 'Qinghao', 'Jiangfei', 'Shuo', 'Zerui',
  "Jos{\\'e}", 'Zo{\\"e}', 'J{\\"u}rgen', "Chlo{\\'e}", "{\\'A}lvaro", 'Ana Mar{\\\'\\i}a', 'A.', 'M. J.'];
const VENUES = [['osdi', 'USENIX Symposium on Operating Systems Design and Implementation', 'OSDI'],
  ['nsdi', 'USENIX Symposium on Networked Systems Design and Implementation', 'NSDI'],
  ['asplos', 'ACM International Conference on Architectural Support for Programming Languages and Operating Systems', 'ASPLOS'],
  ['sosp', 'ACM Symposium on Operating Systems Principles', 'SOSP'],
  ['eurosys', 'European Conference on Computer Systems', 'EuroSys'],
  ['sc', 'International Conference for High Performance Computing, Networking, Storage and Analysis', 'SC'],
  ['atc', 'USENIX Annual Technical Conference', 'ATC'],
  ['mlsys', 'Conference on Machine Learning and Systems', 'MLSys']];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function words(r, n, { capitalize = false } = {}) {
  const out = [];
  for (let i = 0; i < n; i += 1) {
    const w = r.pick(WORDS);
    out.push(capitalize && (i === 0 || w.length > 3) ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return out.join(' ');
}

function sentence(r, n) {
  const s = words(r, n);
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

// ---------------------------------------------------------------- Markdown

export async function aboutMarkdown() {
  return readFile(path.join(repoRoot, 'content/_pages/about.md'), 'utf8');
}

function inlineMarkdown(r, n) {
  const parts = [];
  for (let i = 0; i < n; i += 1) {
    const roll = r.int(12);
    const w = words(r, 1 + r.int(3));
    if (roll === 0) parts.push(`**${w}**`);
    else if (roll === 1) parts.push(`*${w}*`);
    else if (roll === 2) parts.push(`\`${w.replace(/ /g, '_')}()\``);
    else if (roll === 3) parts.push(`[${w}](https://example.org/${w.replace(/ /g, '-')})`);
    else if (roll === 4) parts.push(`~~${w}~~`);
    else if (roll === 5) parts.push('<span class="badge">new</span>');
    else if (roll === 6) parts.push('https://www.shlab.org.cn/path?x=1&y=2');
    else if (roll === 7) parts.push(Array.from({ length: 4 + r.int(12) }, () => r.pick(CJK)).join(''));
    else parts.push(w);
  }
  return `${parts.join(' ')}.`;
}

function markdownBlock(r, index) {
  switch (r.int(10)) {
    case 0: return `${'#'.repeat(1 + r.int(3))} ${words(r, 2 + r.int(5), { capitalize: true })} ${index}\n`;
    case 1: {
      const columns = 3 + r.int(4);
      const row = (cells) => `| ${cells.join(' | ')} |`;
      const lines = [row(Array.from({ length: columns }, () => words(r, 1 + r.int(2)))),
        row(Array.from({ length: columns }, (_, i) => (i === 0 ? ':---' : i === columns - 1 ? '---:' : '---')))];
      for (let i = 0, n = 3 + r.int(10); i < n; i += 1) {
        lines.push(row(Array.from({ length: columns }, () => (r.chance(0.3) ? `${r.int(1000)}.${r.int(10)}` : inlineMarkdown(r, 1)))));
      }
      return `${lines.join('\n')}\n`;
    }
    case 2: {
      const lines = [];
      for (let i = 0, n = 4 + r.int(20); i < n; i += 1) {
        lines.push(`${'  '.repeat(r.int(3))}${r.pick(['const', 'let', 'for', 'if', 'return'])} ${words(r, 3).replace(/ /g, '_')} = ${r.int(1 << 16)}; // <${r.pick(WORDS)}> & "x"`);
      }
      return `\`\`\`${r.pick(['cpp', 'python', 'js', ''])}\n${lines.join('\n')}\n\`\`\`\n`;
    }
    case 3: {
      const items = [];
      for (let i = 0, n = 3 + r.int(8); i < n; i += 1) {
        const marker = r.chance(0.2) ? `- [${r.chance(0.5) ? 'x' : ' '}]` : r.chance(0.5) ? '-' : `${i + 1}.`;
        items.push(`${r.chance(0.2) ? '  ' : ''}${marker} ${inlineMarkdown(r, 4 + r.int(10))}`);
      }
      return `${items.join('\n')}\n`;
    }
    case 4:
      return `<div class="callout" markdown="1">\n<p>${words(r, 12)} &amp; <em>${words(r, 3)}</em></p>\n<details><summary>${words(r, 3)}</summary>${words(r, 20)}</details>\n</div>\n`;
    case 5: return `> ${inlineMarkdown(r, 10 + r.int(20))}\n> ${inlineMarkdown(r, 5)}\n`;
    case 6: return `${Array.from({ length: 60 + r.int(120) }, () => r.pick(CJK)).join('')}，${inlineMarkdown(r, 3)}。\n`;
    default: return `${inlineMarkdown(r, 20 + r.int(60))}\n`;
  }
}

// A ~`bytes` document mixing every GFM construct, raw HTML and CJK text.
export function mixedMarkdown(bytes = 1 << 20, seed = 1) {
  const r = random(seed);
  const blocks = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const block = markdownBlock(r, i);
    blocks.push(block);
    size += Buffer.byteLength(block) + 1;
  }
  return blocks.join('\n');
}

// ---------------------------------------------------------------- BibTeX

function authorList(r) {
  const n = r.chance(0.1) ? 20 + r.int(40) : 2 + r.int(10);
  const names = [];
  for (let i = 0; i < n; i += 1) {
    const last = r.pick(LAST);
    const first = r.pick(FIRST_TEX);
    names.push(r.chance(0.6) ? `${last}, ${first}` : last.includes(',') ? `${last}, ${first}` : `${first} ${last}`);
  }
  if (r.chance(0.05)) names.push('others');
  return names.join(' and ');
}

function title(r) {
  const t = words(r, 6 + r.int(10), { capitalize: true });
  const extras = [`{${r.pick(['GPU', 'LLM', 'RDMA', 'MoE', 'TPU'])}}`, '$O(n \\log n)$', '--', '\\emph{at scale}', '{\\"U}ber', 'na{\\"\\i}ve'];
  return `${t} ${r.pick(extras)} ${words(r, 3)}`;
}

function abstract(r) {
  const sentences = [];
  for (let i = 0, n = 3 + r.int(6); i < n; i += 1) sentences.push(sentence(r, 8 + r.int(16)));
  if (r.chance(0.3)) sentences.push('We achieve 2.3$\\times$ speedup and 40\\% lower cost~\\cite{x}.');
  return sentences.join(' ');
}

// `count` al-folio style entries with @string venue macros in front.
export function alFolioBibtex(count, seed = 2) {
  const r = random(seed);
  const out = ['---\n---\n'];
  for (const [macro, name] of VENUES) out.push(`@string{${macro} = {${name}}}`);
  out.push('');
  for (let i = 0; i < count; i += 1) {
    const year = 2000 + r.int(25);
    const [macro, , abbr] = r.pick(VENUES);
    const type = r.pick(['inproceedings', 'inproceedings', 'article', 'misc', 'phdthesis']);
    const fields = [
      ['title', `{${title(r)}}`],
      ['author', `{${authorList(r)}}`],
      type === 'article' ? ['journal', macro] : ['booktitle', `{Proceedings of the } # ${macro}`],
      ['year', r.chance(0.5) ? `{${year}}` : String(year)],
      ['month', r.pick(MONTHS)],
      ['pages', `{${r.int(500)}--${500 + r.int(500)}}`],
      ['abbr', `{${abbr}}`],
      ['abstract', `{${abstract(r)}}`],
    ];
    if (r.chance(0.2)) fields.push(['selected', '{true}']);
    if (r.chance(0.5)) fields.push(['bibtex_show', '{true}']);
    if (r.chance(0.6)) fields.push(['pdf', `{paper${i}.pdf}`]);
    if (r.chance(0.4)) fields.push(['code', `{https://github.com/example/repo${i}}`]);
    if (r.chance(0.5)) fields.push(['doi', `{10.1145/${3000000 + i}.${r.int(99999)}}`]);
    if (r.chance(0.3)) fields.push(['url', `{https://example.org/papers/${i}?a=1&b=2}`]);
    if (r.chance(0.05)) fields.push(['award', '{Best Paper Award}']);
    if (r.chance(0.2)) fields.push(['preview', `{preview${i}.png}`]);
    if (r.chance(0.3)) fields.push(['publisher', '{ACM}']);
    const body = fields.map(([name, value]) => `  ${name} = ${value}`).join(',\n');
    out.push(`@${type}{key${i}_${year},\n${body}\n}\n`);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------- YAML

// An al-folio sized _config.yml: nested maps, lists, block scalars, comments.
export function alFolioConfig(seed = 3) {
  const r = random(seed);
  const lines = [
    '# -----------------------------------------------------------------------------',
    '# Site settings',
    '# -----------------------------------------------------------------------------',
    'title: blank',
    'first_name: NDS Group @ Shanghai AI Lab',
    'middle_name:',
    'last_name:',
    "contact_note: >\n  You can even add a little note about which of these is the best way to reach you.",
    'description: >-\n  The Network and Distributed Systems (NDS) Group at the Shanghai Artificial Intelligence\n  Laboratory builds efficient systems for training and serving large models.',
    'footer_text: >\n  Powered by <a href="https://jekyllrb.com/" target="_blank">Jekyll</a>.',
    'keywords: machine learning systems, distributed training, large language models',
    'lang: en',
    'url: https://nds-group.github.io',
    'baseurl:',
    'max_author_limit: 3',
    'announcements:\n  enabled: true\n  scrollable: true\n  limit: 5',
    'scholar:\n  last_name: [Sun]\n  first_name: [Peng, P.]\n  style: apa\n  locale: en\n  source: /_bibliography/\n  bibliography: papers.bib\n  sort_by: year,month\n  order: descending\n  group_by: none',
  ];
  for (let s = 0; s < 30; s += 1) {
    lines.push('', `# ${sentence(r, 8)}`, `section_${s}:`);
    for (let k = 0; k < 8; k += 1) {
      const key = `  ${words(r, 2).replace(/ /g, '_')}_${k}`;
      const roll = r.int(5);
      if (roll === 0) lines.push(`${key}: ${r.chance(0.5)}`);
      else if (roll === 1) lines.push(`${key}: ${r.int(100000)}`);
      else if (roll === 2) lines.push(`${key}: [${Array.from({ length: 3 + r.int(5) }, () => r.pick(WORDS)).join(', ')}]`);
      else if (roll === 3) lines.push(`${key}:\n${Array.from({ length: 2 + r.int(4) }, () => `    - name: ${words(r, 2)}\n      url: "https://example.org/${r.int(1000)}"`).join('\n')}`);
      else lines.push(`${key}: "${sentence(r, 6)}" # ${words(r, 3)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function coauthorsYaml(count = 200, seed = 4) {
  const r = random(seed);
  const lines = [];
  for (let i = 0; i < count; i += 1) {
    lines.push(`"${r.pick(LAST).replace(/[{}\\"']/g, '')}${i}":`);
    lines.push(`  - firstname: ["${r.pick(FIRST)}", "${r.pick(FIRST)[0]}."]`);
    lines.push(`    url: https://example.org/people/${i}`);
  }
  return `${lines.join('\n')}\n`;
}

export function venuesYaml() {
  return `${VENUES.map(([, name, abbr]) => `"${abbr}":\n  url: https://example.org/${abbr.toLowerCase()}\n  color: "#${abbr.length}a${abbr.length}b${abbr.length}c"\n  name: ${name}`).join('\n')}\n`;
}

// ---------------------------------------------------------------- News and sites

export function newsItems(count, seed = 5) {
  const r = random(seed);
  const items = [];
  for (let i = 0; i < count; i += 1) {
    const year = 2015 + Math.floor((i * 10) / Math.max(count, 1));
    const date = `${year}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')} 0${r.int(10)}:00:00-0400`;
    const inline = r.chance(0.7);
    const body = inline
      ? `${inlineMarkdown(r, 6 + r.int(10))} :sparkles:\n`
      : `${sentence(r, 12)}\n\n${inlineMarkdown(r, 30)}\n\n- ${inlineMarkdown(r, 5)}\n- ${inlineMarkdown(r, 5)}\n`;
    const titleLine = inline ? '' : `title: ${words(r, 4, { capitalize: true })}\n`;
    items.push([`_news/announcement_${String(i + 1).padStart(5, '0')}.md`,
      `---\nlayout: post\n${titleLine}date: ${date}\ninline: ${inline}\nrelated_posts: false\n---\n\n${body}`]);
  }
  return items;
}

// The files of a site with `papers` papers and news to match (one item per
// two papers, at least 10): an object of content path -> text.
export async function siteFiles(papers) {
  const about = await aboutMarkdown();
  const files = {
    '_config.yml': alFolioConfig(),
    '_pages/about.md': about,
    '_bibliography/papers.bib': alFolioBibtex(papers, 100 + papers),
    '_data/coauthors.yml': coauthorsYaml(),
    '_data/venues.yml': venuesYaml(),
  };
  for (const [file, text] of newsItems(Math.max(10, papers / 2), 200 + papers)) files[file] = text;
  return files;
}

export const SITE_SIZES = [10, 100, 1000, 10000];

// Writes every input to bench/inputs/ (for the native driver and the browser):
//   markdown/about.md, markdown/mixed-1mb.md, bibtex/papers-N.bib,
//   yaml/config.yml, sites/papers-N/ (a servable content folder with folio.json).
export async function writeInputs({ siteSizes = SITE_SIZES } = {}) {
  await rm(inputsDir, { recursive: true, force: true });
  const write = async (relative, text) => {
    const file = path.join(inputsDir, relative);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, text);
  };
  const inputs = {
    markdown: { about: await aboutMarkdown(), 'mixed-1mb': mixedMarkdown() },
    bibtex: Object.fromEntries([100, 1000, 10000].map((n) => [n, alFolioBibtex(n)])),
    yaml: { config: alFolioConfig(), coauthors: coauthorsYaml(), venues: venuesYaml() },
    sites: {},
  };
  for (const [name, text] of Object.entries(inputs.markdown)) await write(`markdown/${name}.md`, text);
  for (const [n, text] of Object.entries(inputs.bibtex)) await write(`bibtex/papers-${n}.bib`, text);
  for (const [name, text] of Object.entries(inputs.yaml)) await write(`yaml/${name}.yml`, text);
  for (const papers of siteSizes) {
    const files = await siteFiles(papers);
    inputs.sites[papers] = files;
    for (const [file, text] of Object.entries(files)) await write(`sites/papers-${papers}/${file}`, text);
    const manifest = { folio: 1, files: Object.keys(files).sort() };
    await write(`sites/papers-${papers}/folio.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return inputs;
}

// `count` bibliography entries as al-folio's bib layout sees them (Liquid
// data for bench/liquid.mjs), with its custom fields.
export function liquidEntries(count, seed = 6) {
  const r = random(seed);
  const abbrs = ['ICML', 'NeurIPS', 'OSDI', 'SOSP', 'NSDI', 'Workshop'];
  return Array.from({ length: count }, (_, i) => {
    const authors = Array.from({ length: r.chance(0.1) ? 12 + r.int(20) : 1 + r.int(8) }, () => ({
      first: r.pick(['Jane', 'John', 'Ann', 'Bo', 'Wei', 'Li', 'Maria']),
      last: r.pick(['Doe', 'Smith', 'Lee', 'Wu', 'Zhang', 'García', 'Müller']),
    }));
    const entry = {
      key: `entry${i}`, type: r.pick(['article', 'inproceedings', 'misc']), title: words(r, 6 + r.int(8), { capitalize: true }),
      year: 2010 + r.int(15), author_array: authors, stars: r.int(4),
    };
    if (r.chance(0.8)) entry.abbr = r.pick(abbrs);
    if (r.chance(0.5)) entry.doi = `10.1145/${1000 + i}`;
    if (r.chance(0.3)) entry.award = 'Best Paper Award';
    if (r.chance(0.5)) entry.pdf = r.chance(0.5) ? `paper${i}.pdf` : `https://example.org/paper${i}.pdf`;
    if (r.chance(0.4)) entry.code = `https://github.com/lab/p${i}`;
    if (r.chance(0.3)) entry.html = `https://example.org/p${i}`;
    if (r.chance(0.4)) entry.preview = r.chance(0.5) ? `p${i}.png` : `https://img.example/p${i}.png`;
    if (r.chance(0.6)) entry.abstract = sentence(r, 40 + r.int(40));
    if (r.chance(0.5)) entry.keywords = words(r, 3 + r.int(4)).split(' ').join(', ');
    if (r.chance(0.3)) entry.selected = 'true';
    if (r.chance(0.2)) entry.altmetric = 'true';
    if (entry.type === 'article') entry.journal = words(r, 3, { capitalize: true });
    else entry.booktitle = words(r, 4, { capitalize: true });
    return entry;
  });
}

// ---------------------------------------------------------------- A large al-folio site

// al-folio's own template (config, pages, data: the fixture derived from it)
// with the content of a large lab: 400 news items, 200 posts, 60 projects
// and 1,000 papers, 8 of them selected for the about page.
export const LARGE_SITE = { news: 400, posts: 200, projects: 60, papers: 1000, selected: 8 };
const TEMPLATE_FIXTURE = path.join(repoRoot, 'tests/fixtures/sites/al-folio-template');

function posts(count, seed = 7) {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const year = 2015 + Math.floor((i * 10) / count);
    const date = `${year}-${String(1 + r.int(12)).padStart(2, '0')}-${String(1 + r.int(28)).padStart(2, '0')}`;
    const slug = `post-${String(i + 1).padStart(3, '0')}`;
    const body = Array.from({ length: 4 + r.int(8) }, (__, b) => markdownBlock(r, b)).join('\n');
    return [`_posts/${date}-${slug}.md`, `---\nlayout: post\ntitle: ${words(r, 5, { capitalize: true })}\ndate: ${date} 10:00:00\n`
      + `description: ${sentence(r, 8)}\ntags: ${words(r, 2)}\ncategories: ${r.pick(['sample-posts', 'research', 'lab-life'])}\n---\n\n${body}`];
  });
}

function projects(count, seed = 8) {
  const r = random(seed);
  return Array.from({ length: count }, (_, i) => [`_projects/${i + 1}_project.md`,
    `---\nlayout: page\ntitle: project ${i + 1}\ndescription: ${sentence(r, 6)}\nimg: assets/img/${1 + r.int(12)}.jpg\n`
    + `importance: ${1 + r.int(5)}\ncategory: ${r.pick(['work', 'fun'])}\n---\n\n${sentence(r, 30)}\n\n${inlineMarkdown(r, 40)}\n`]);
}

// Keeps `selected = {true}` on the first `keep` entries only.
function withSelected(bibtex, keep) {
  let seen = 0;
  return bibtex.replace(/\n {2}selected = \{true\},?/g, (field) => (++seen <= keep ? field : ''));
}

export async function largeAlFolioSiteFiles() {
  const files = {};
  for (const relative of ['_config.yml', '_pages', '_data']) {
    const base = path.join(TEMPLATE_FIXTURE, relative);
    const entries = relative.includes('.') ? [''] : await readdir(base, { recursive: true });
    for (const entry of entries) {
      const file = entry ? path.join(base, entry) : base;
      if (entry && !(await stat(file)).isFile()) continue;
      files[path.relative(TEMPLATE_FIXTURE, file).split(path.sep).join('/')] = await readFile(file, 'utf8');
    }
  }
  files['_bibliography/papers.bib'] = withSelected(alFolioBibtex(LARGE_SITE.papers, 11), LARGE_SITE.selected);
  for (const [file, text] of [...newsItems(LARGE_SITE.news, 12), ...posts(LARGE_SITE.posts), ...projects(LARGE_SITE.projects)]) {
    files[file] = text;
  }
  return files;
}
