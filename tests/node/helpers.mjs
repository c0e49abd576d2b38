// Shared by the node:test files: paths and a way to run the CLI.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const contentDir = path.join(repoRoot, 'content');
export const fixtureSite = (name) => path.join(repoRoot, 'tests/fixtures/sites', name);

export function runCli(args) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'web/cli.mjs'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The text inside the first element matching a simple "tag.class" in html.
export function elementText(html, pattern) {
  const match = html.match(pattern);
  return match ? match[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() : null;
}
