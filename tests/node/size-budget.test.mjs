// The shell's download size: everything index.html makes a browser fetch
// before any content (page, CSS, icon, JS modules, the wasm), gzip -9. Fails
// when it grows past the budget in scripts/size-report.mjs; see README,
// Performance, for what the bytes are and how the build keeps them small.
import assert from 'node:assert/strict';
import test from 'node:test';
import { shellSizes } from '../../scripts/size-report.mjs';

test('the shell downloads no more than its gzip budget', async () => {
  const sizes = await shellSizes();
  const listing = sizes.files.map((f) => `  ${f.path}: ${f.gzip} B gzip`).join('\n');
  assert.ok(sizes.gzip <= sizes.budget,
    `the shell is ${sizes.gzip} B gzip -9, over its budget of ${sizes.budget} B:\n${listing}\n` +
    'make it smaller (node scripts/size-report.mjs lists the files), or raise SHELL_GZIP_BUDGET for a reason worth the bytes');
});

test('the size report finds the wasm, its glue and the shell modules', async () => {
  const { files } = await shellSizes();
  const paths = files.map((f) => f.path);
  for (const file of ['index.html', 'web/folio-core.wasm', 'web/folio-core.mjs', 'web/folio.mjs', 'web/shell.mjs']) {
    assert.ok(paths.includes(file), `${file} is missing from ${paths.join(', ')}`);
  }
});
