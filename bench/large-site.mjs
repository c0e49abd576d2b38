// A large al-folio site in Chromium, side by side with the group's small one,
// over GitHub Pages' conditions (HTTP/2 + TLS, 40 ms round trips; see
// bench/browser.mjs): the time from navigation to the first frame with
// content, for the about page and the blog list, and the cost of moving
// between pages once the site has loaded (the publications move twice: its
// first papers, and the whole list in the page, which the shell draws a
// frame later; each move waits for the page to be drawn whole, as a reader
// would before the next click). The large site is al-folio's
// template with 400 news items, 200 posts, 60 projects and 1,000 papers
// (bench/inputs.mjs); it is measured as `cli.mjs index` leaves it (the shell
// loads what the page shows first) and with a file list only (every file
// before the first page, as folio did before the documents index).
//
//   node bench/large-site.mjs [--runs N]
import { cp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { updatePagePreloads } from '../web/content-preloads.mjs';
import { MANIFEST_NAME, serializeManifest } from '../web/content-files.mjs';
import { manifestOfFiles } from '../web/node.mjs';
import { CHROMIUM_FLAGS, FOLIO_RENDERED, NETWORKS, startServerProcess, timeNavigation } from './browser.mjs';
import { inputsDir, LARGE_SITE, largeAlFolioSiteFiles, repoRoot } from './inputs.mjs';
import { formatMs, formatRatio, median, table } from './timing.mjs';

const wwwDir = path.join(inputsDir, 'www-large');
const POST_ROUTE = '#/blog/2024/post-181/';

async function writeSite(name, files, manifest) {
  const dir = path.join(wwwDir, name);
  await mkdir(path.join(dir, 'content'), { recursive: true });
  await cp(path.join(repoRoot, 'index.html'), path.join(dir, 'index.html'));
  await symlink(path.join(repoRoot, 'web'), path.join(dir, 'web'));
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, 'content', file)), { recursive: true });
    await writeFile(path.join(dir, 'content', file), text);
  }
  await writeFile(path.join(dir, 'content', MANIFEST_NAME), serializeManifest(manifest));
  await updatePagePreloads(path.join(dir, 'content'), manifest);
}

async function prepareSites() {
  await rm(wwwDir, { recursive: true, force: true });
  const group = path.join(wwwDir, 'group');
  await mkdir(group, { recursive: true });
  await cp(path.join(repoRoot, 'index.html'), path.join(group, 'index.html'));
  await symlink(path.join(repoRoot, 'web'), path.join(group, 'web'));
  await symlink(path.join(repoRoot, 'content'), path.join(group, 'content'));
  const files = new Map(Object.entries(await largeAlFolioSiteFiles()));
  const manifest = await manifestOfFiles(files);
  await writeSite('large', files, manifest);
  await writeSite('large-unindexed', files, { folio: manifest.folio, files: manifest.files });
  return Object.keys(manifest.documents ?? {}).length;
}

// Moving to another page of the open site: from the hash change to the
// shell's new content in #folio-main, with layout forced.
async function timeMove(page, hash) {
  return page.evaluate((target) => new Promise((resolve) => {
    const main = document.getElementById('folio-main');
    const start = performance.now();
    new MutationObserver((records, observer) => {
      observer.disconnect();
      document.body.getBoundingClientRect();
      resolve(performance.now() - start);
    }).observe(main, { childList: true });
    location.hash = target;
  }), hash);
}

export async function runLargeSiteBench({ runs = 7 } = {}) {
  const indexed = await prepareSites();
  const network = NETWORKS.pages;
  const server = await startServerProcess(wwwDir, network.serverArgs);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  const visits = [
    ['groupAbout', 'group/'],
    ['largeAbout', 'large/'],
    ['unindexedAbout', 'large-unindexed/'],
    ['largeBlog', 'large/#/blog/'],
    ['unindexedBlog', 'large-unindexed/#/blog/'],
  ];
  const samples = Object.fromEntries([...visits.map(([key]) => key), 'toPublications', 'publicationsWhole', 'toPost', 'toAbout', 'loadedAll'].map((key) => [key, []]));
  const errors = new Set();
  try {
    for (let run = 0; run < runs + 1; run += 1) {
      const keep = run > 0; // the first round warms the server and the disk cache
      for (const [key, where] of visits) {
        const visit = await timeNavigation(browser, `${server.url}${where}`, FOLIO_RENDERED, { latencyMs: network.latencyMs });
        visit.errors.forEach((e) => errors.add(`${where}: ${e}`));
        if (keep) samples[key].push(visit.ms);
        if (key === 'largeAbout') {
          await visit.page.waitForFunction(() => document.documentElement.dataset.folioLoaded === 'all', null, { timeout: 60000 });
          if (keep) samples.loadedAll.push(await visit.page.evaluate(() => performance.now()));
          const moves = [['toPublications', '#/publications/'], ['toPost', POST_ROUTE], ['toAbout', '#/']];
          for (const [move, hash] of moves) {
            const start = await visit.page.evaluate(() => performance.now());
            const ms = await timeMove(visit.page, hash);
            // A reader moves on once the page is drawn whole (a long list of papers draws its first ones first).
            await visit.page.waitForFunction(() => document.documentElement.dataset.folioView === 'drawn', null, { timeout: 60000 });
            if (keep) samples[move].push(ms);
            if (keep && move === 'toPublications') samples.publicationsWhole.push(await visit.page.evaluate((t) => performance.now() - t, start));
          }
          const post = await visit.page.evaluate(() => document.querySelector('#folio-main .post-title')?.textContent ?? '');
          if (!post) errors.add(`large/${POST_ROUTE}: no post title after the move`);
        }
        await visit.context.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  const m = Object.fromEntries(Object.entries(samples).map(([key, values]) => [key, median(values)]));
  const vsSmall = (ms) => formatRatio(ms / m.groupAbout);
  const { news, posts, projects, papers } = LARGE_SITE;
  const markdown = [
    `Chromium, headless, cold cache per visit, ${network.label}, ${runs} runs, medians. The large site: al-folio's template with ${news} news items, ${posts} posts, ${projects} projects and ${papers.toLocaleString('en')} papers (${indexed} documents in folio.json's index).\n`,
    table(['page', 'navigation to the first frame with content, ms', 'this / the small site\'s about page'], [
      ['the group\'s site (small): about', formatMs(m.groupAbout), '1.00x'],
      ['large site, indexed: about', formatMs(m.largeAbout), vsSmall(m.largeAbout)],
      ['large site, file list only: about', formatMs(m.unindexedAbout), vsSmall(m.unindexedAbout)],
      ['large site, indexed: blog list', formatMs(m.largeBlog), vsSmall(m.largeBlog)],
      ['large site, file list only: blog list', formatMs(m.unindexedBlog), vsSmall(m.unindexedBlog)],
    ]),
    `\nThe indexed large site had every file in at ${formatMs(m.loadedAll)} ms; then, moving between pages (hash change to new content, layout forced):\n`,
    table(['move', 'ms'], [
      ['about -> publications (its first papers)', formatMs(m.toPublications)],
      [`about -> publications, all ${papers.toLocaleString('en')} papers in the page`, formatMs(m.publicationsWhole)],
      ['publications -> a post', formatMs(m.toPost)],
      ['the post -> about', formatMs(m.toAbout)],
    ]),
  ].join('\n');
  const goals = {
    about: m.largeAbout <= 1.3 * m.groupAbout,
    blog: m.largeBlog <= 1.5 * m.groupAbout,
    moves: Math.max(m.toPublications, m.toPost, m.toAbout) < 100,
  };
  return { markdown, medians: m, goals, note: errors.size ? `> page errors: ${[...errors].join('; ')}` : '' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const { markdown, goals, note } = await runLargeSiteBench({ runs: i > 0 ? Number(process.argv[i + 1]) : 7 });
  if (note) console.log(note);
  console.log(markdown);
  console.log(`\ngoals: about <= 1.3x ${goals.about ? 'met' : 'MISSED'}; blog list <= 1.5x ${goals.blog ? 'met' : 'MISSED'}; moves < 100 ms ${goals.moves ? 'met' : 'MISSED'}`);
}
