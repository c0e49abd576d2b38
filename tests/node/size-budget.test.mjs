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

test('the parts table reads the wasm\'s functions and names each one\'s part', async () => {
  const { readFile } = await import('node:fs/promises');
  const { partOf, readWasmFunctions } = await import('../../scripts/wasm-parts.mjs');
  const { functions, dataBytes } = readWasmFunctions(new Uint8Array(await readFile(new URL('../../web/folio-core.wasm', import.meta.url))));
  // The committed wasm has no name section: every body is read, none is named.
  const codeBytes = functions.reduce((sum, f) => sum + f.bytes.length, 0);
  assert.ok(functions.length > 1000 && codeBytes > 1_000_000 && dataBytes > 100_000, `${functions.length} functions, ${codeBytes} B code, ${dataBytes} B data`);
  assert.ok(functions.every((f) => f.name === ''));
  assert.equal(partOf('folio::liquid::Parser::parse_tag(folio::liquid::Token const&)'), 'Liquid engine (wasm/liquid)');
  assert.equal(partOf('std::__2::vector<folio::liquid::Value>::push_back(folio::liquid::Value&&)'), 'Liquid engine (wasm/liquid)');
  assert.equal(partOf('YAML::Scanner::ScanNextToken()'), 'yaml-cpp');
  assert.equal(partOf('md_process_inlines'), 'md4c');
  assert.equal(partOf('nlohmann::json_abi_v3_11_2::basic_json<>::dump(int) const'), 'nlohmann-json');
  assert.equal(partOf('folio::render_view(folio::Site const&)'), 'folio: other folio:: code (defining folder not known)');
  assert.equal(partOf('std::__2::basic_string<char>::append(char const*)'), 'libc++ and libc');
});
