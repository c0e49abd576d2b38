// Writes the seed corpus of each harness from the test fixtures
// (tests/fixtures/**) and the group's content (content/**), so fuzzing starts
// from real al-folio files instead of from nothing.
//   node tests/fuzz/make-seeds.mjs OUT_DIR   -> OUT_DIR/<harness>/<name>
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.resolve(process.argv[2] ?? 'build/fuzz/seeds');
const MAX_SEED_BYTES = 64 * 1024;

async function filesUnder(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await filesUnder(full));
    else found.push(full);
  }
  return found.sort();
}

const seeds = new Map(); // harness -> Map(hash -> bytes)
function addSeed(harness, bytes) {
  const data = Buffer.from(bytes);
  if (data.length === 0 || data.length > MAX_SEED_BYTES) return;
  if (!seeds.has(harness)) seeds.set(harness, new Map());
  seeds.get(harness).set(createHash('sha1').update(data).digest('hex').slice(0, 16), data);
}

// A site folder as fuzz_site_session reads it (tests/fuzz/site_input.h).
async function packSite(dir) {
  const parts = [];
  for (const file of await filesUnder(dir)) {
    const relative = path.relative(dir, file).split(path.sep).join('/');
    if (!/\.(md|markdown|html|yml|yaml|bib)$/.test(relative)) continue;
    parts.push(`@@@ ${relative}\n${await readFile(file, 'utf8')}`);
  }
  parts.push('@@@ !render\n{"view":"news","widget":true,"limit":2}');
  return parts.join('\n');
}

const fixtureFiles = [...await filesUnder(path.join(repoRoot, 'tests/fixtures')), ...await filesUnder(path.join(repoRoot, 'content'))];
for (const file of fixtureFiles) {
  const text = await readFile(file);
  const name = path.basename(file);
  if (/\.(md|markdown|html)$/.test(name)) {
    addSeed('front_matter', text);
    addSeed('yaml_model', text);
    addSeed('simple_yaml', text);
    addSeed('sanitizer', text);
  } else if (/\.ya?ml$/.test(name)) {
    addSeed('yaml_model', text);
  } else if (name.endsWith('.bib')) {
    addSeed('bibtex', text);
    // Field values for the LaTeX and name harnesses: the text after "name =".
    for (const line of text.toString('utf8').split('\n')) {
      const match = line.match(/^\s*(\w+)\s*=\s*[{"]?(.*?)[}"]?,?\s*$/);
      if (!match) continue;
      addSeed(match[1].toLowerCase() === 'author' || match[1].toLowerCase() === 'editor' ? 'names' : 'latex', match[2]);
    }
  } else if (name === 'vectors.txt') {
    const vectors = text.toString('utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    for (const vector of vectors) addSeed('sanitizer', vector);
    // A site with XSS vectors in its body, a news title and a BibTeX title.
    for (let i = 0; i < vectors.length; i += 40) {
      const chunk = vectors.slice(i, i + 40);
      addSeed('site_session', [
        `---\ntitle: about\nsubtitle: ${JSON.stringify(chunk[0])}\nnews: true\nselected_papers: true\n---\n${chunk.join('\n\n')}`,
        `@@@ _news/x.md\n---\ntitle: ${JSON.stringify(chunk[1] ?? '')}\ndate: 2024-01-01\n---\n${chunk[2] ?? ''}`,
        `@@@ _bibliography/papers.bib\n@article{x, title = {${chunk[3] ?? ''}}, year = 2024, selected = {true}}`,
      ].join('\n'));
    }
  }
}
for (const dir of ['tests/fixtures/sites/alfolio-style', 'tests/fixtures/sites/broken-yaml',
  'tests/fixtures/sites/profile-left', 'content']) {
  addSeed('site_session', await packSite(path.join(repoRoot, dir)));
}

// al-folio's plugins that read more than one file: external posts (the
// fetched _external_posts.json), jekyll-tabs, and math for MathJax.
addSeed('site_session', [
  '---\ntitle: about\n---\nEnergy $$E = mc^2$$.',
  '@@@ _config.yml\ntitle: Lab\nenable_math: true\nexternal_sources:\n  - name: feed\n    rss_url: https://x.example/feed\n'
    + '  - name: pages\n    posts:\n      - url: https://x.example/a/\n        published_date: 2024-05-14\n'
    + 'third_party_libraries:\n  mathjax:\n    version: "3.2.2"\n    url:\n      js: "https://cdn.example/mathjax@{{version}}/tex.js"\n',
  '@@@ _external_posts.json\n{"sources": ["feed", "pages"], "posts": [{"source": "feed", "url": "https://x.example/p", '
    + '"title": "A post", "content": "<p>Body</p>", "summary": null, "published": "2024-05-14T10:00:00Z"}, '
    + '{"source": "pages", "url": "https://x.example/a/", "title": "", "content": "Text", "summary": "s", "published": "2024-05-14"}]}',
  '@@@ _posts/2024-05-01-tabs.md\n---\ntitle: tabs\n---\n{% tabs g %}\n{% tab g one %}\n*one*\n{% endtab %}\n{% tab g two %}\n\\(x\\)\n{% endtab %}\n{% endtabs %}',
  '@@@ !render\n{"path": "/2024/05/01/tabs.html"}',
].join('\n'));

// Liquid: al-folio's kinds of templates (the differential test's).
const liquidTemplates = path.join(repoRoot, 'tests/liquid_differential/templates');
for (const name of await readdir(liquidTemplates)) addSeed('liquid', await readFile(path.join(liquidTemplates, name)));

let total = 0;
for (const [harness, byHash] of seeds) {
  const dir = path.join(outDir, harness);
  await mkdir(dir, { recursive: true });
  for (const [hash, data] of byHash) await writeFile(path.join(dir, hash), data);
  total += byHash.size;
  console.log(`${harness}: ${byHash.size} seeds`);
}
console.log(`${total} seeds in ${outDir}`);
