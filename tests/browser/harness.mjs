// Real Chromium (Debian's) driven by playwright-core, against the repository
// served over HTTP on 127.0.0.1. Collects console errors and page errors so a
// test can fail on any of them.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifactsDir = path.join(repoRoot, 'test-results');

// A host name that is not local, for pages as a visitor sees them (folio
// shows authors on localhost and 127.0.0.1 more than visitors).
export const VISITOR_HOST = 'lab.folio.test';

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--host-resolver-rules=MAP ${VISITOR_HOST} 127.0.0.1`,
];

// The server's URL under the visitor's host name.
export const visitorUrl = (serverUrl) => serverUrl.replace('127.0.0.1', VISITOR_HOST);

// Starts Chromium and a server for `root`; returns helpers and a close().
// javaScriptEnabled: false shows pages as readers without JavaScript see them.
export async function startBrowser({ root = repoRoot, headers, javaScriptEnabled = true } = {}) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'folio-chromium-'));
  const server = await startStaticServer({ root, headers });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
    javaScriptEnabled,
  });
  await mkdir(artifactsDir, { recursive: true });
  return {
    server,
    context,
    async newPage() {
      const page = await context.newPage();
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      return { page, problems };
    },
    async close() {
      await context.close();
      await server.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

// Prerenders the group's content with `cli.mjs build` into a temporary folder
// that is removed after the test.
export async function buildSite(t) {
  const out = await mkdtemp(path.join(os.tmpdir(), 'folio-build-'));
  t.after(() => rm(out, { recursive: true, force: true }));
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'web/cli.mjs'), 'build', path.join(repoRoot, 'content'), '--out', out], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cli.mjs build failed: ${result.stderr}`);
  return out;
}

export const screenshotPath = (name) => path.join(artifactsDir, `${name}.png`);

// A screenshot of the whole page. Capture tools do not render what
// content-visibility: auto skips off screen (publication entries), so those
// are made visible first (through the CSSOM, which a strict CSP allows).
export async function screenshotWholePage(page, name) {
  await page.$$eval('ol.bibliography > li', (entries) => entries.forEach((entry) => { entry.style.contentVisibility = 'visible'; }));
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
}

// axe-core (a pinned devDependency) run over the whole page: its violations,
// each as "rule-id: target (summary)" so a failing assertion says what to fix.
const axePath = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');
export async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.flatMap((v) => v.nodes.map((node) =>
    `${v.id}: ${node.target.join(' ')} (${(node.failureSummary ?? v.help).replace(/\s+/g, ' ').trim()})`));
}
