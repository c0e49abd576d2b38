// Shared by the node:test files: paths and a way to run the CLI.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const contentDir = path.join(repoRoot, 'content');
export const fixtureSite = (name) => path.join(repoRoot, 'tests/fixtures/sites', name);

export function runCli(args) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'web/cli.mjs'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Starts `scripts/serve.mjs ARGS --port 0` (from the repository `root`),
// stopped after the test; resolves with its URL once it says where.
export function startServe(t, args, root = repoRoot) {
  const child = spawn(process.execPath, [path.join(root, 'scripts/serve.mjs'), ...args, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  t.after(() => child.kill());
  let output = '';
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child.stderr.on('data', (chunk) => { output += chunk; });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited (${code}): ${output}`)));
  });
}

// The text inside the first element matching a simple "tag.class" in html.
export function elementText(html, pattern) {
  const match = html.match(pattern);
  return match ? match[1].replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() : null;
}
