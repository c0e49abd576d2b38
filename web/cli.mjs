#!/usr/bin/env node
// folio's command line: render a content folder's views, keep its manifest,
// check it. Diagnostics go to stderr as file:line:col: severity: message.
// Exit codes: 0 fine, 1 content errors (what could be rendered still is), 2 usage.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatDiagnostic, listContentFiles, openSite } from './node.mjs';
import { compareManifest, createManifest, MANIFEST_NAME, parseManifest, serializeManifest } from './content-files.mjs';
import { renderDocument } from './page.mjs';

const USAGE = `usage: node web/cli.mjs <command> DIR [options]

commands:
  render DIR [--view VIEW] [--fragment] [--asset-base URL]
        print a view as a standalone HTML page (or only the view with --fragment);
        VIEW is about (default), news, news/ID or publications
  index DIR
        write DIR/${MANIFEST_NAME}, the list of content files a browser loads
  check DIR
        report every problem in the content and in ${MANIFEST_NAME}; exit 1 on errors
`;

class UsageError extends Error {}

const here = path.dirname(fileURLToPath(import.meta.url));

function printDiagnostics(diagnostics) {
  for (const diagnostic of diagnostics) process.stderr.write(`${formatDiagnostic(diagnostic)}\n`);
  return diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
}

async function render(dir, options) {
  const site = await openSite(dir);
  const view = site.render(options.view, { assetBase: options['asset-base'] ?? '', routeBase: '#/' });
  if (options.fragment) {
    process.stdout.write(`${view.html}\n`);
  } else {
    const css = await readFile(path.join(here, 'folio.css'), 'utf8');
    const lang = site.model().config.lang ?? 'en';
    process.stdout.write(renderDocument({ ...view, lang, css }));
  }
  const status = printDiagnostics(site.diagnostics);
  if (!view.found) {
    process.stderr.write(`${options.view}: error: no such view (try about, news, news/ID or publications)\n`);
    return 1;
  }
  return status;
}

async function index(dir) {
  const manifest = createManifest(await listContentFiles(dir));
  await writeFile(path.join(dir, MANIFEST_NAME), serializeManifest(manifest));
  process.stdout.write(`wrote ${path.join(dir, MANIFEST_NAME)} (${manifest.files.length} files)\n`);
  return 0;
}

async function manifestDiagnostics(dir) {
  const file = MANIFEST_NAME;
  let text;
  try {
    text = await readFile(path.join(dir, MANIFEST_NAME), 'utf8');
  } catch {
    return [{ file, line: 0, column: 0, severity: 'error', message: `missing: browsers cannot list folders; create it with: node web/cli.mjs index ${dir}` }];
  }
  const { files, problems } = parseManifest(text);
  const { unlisted, absent } = compareManifest(files, await listContentFiles(dir));
  const fix = `run: node web/cli.mjs index ${dir}`;
  return [
    ...problems.map((message) => ({ file, line: 0, column: 0, severity: 'error', message })),
    ...unlisted.map((p) => ({ file, line: 0, column: 0, severity: 'error', message: `${p} exists but is not listed, so browsers never load it; ${fix}` })),
    ...absent.map((p) => ({ file, line: 0, column: 0, severity: 'error', message: `lists ${p}, which does not exist; ${fix}` })),
  ];
}

async function check(dir) {
  const site = await openSite(dir);
  const diagnostics = [...(await manifestDiagnostics(dir)), ...site.diagnostics];
  const status = printDiagnostics(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  process.stdout.write(`${dir}: ${errors} error(s), ${diagnostics.length - errors} warning(s)\n`);
  return status;
}

const COMMANDS = { render, index, check };

async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      view: { type: 'string', default: 'about' },
      fragment: { type: 'boolean', default: false },
      'asset-base': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const [command, dir, ...rest] = positionals;
  if (!COMMANDS[command]) throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  if (!dir || rest.length) throw new UsageError(`${command} takes exactly one content folder`);
  return COMMANDS[command](dir, values);
}

main(process.argv.slice(2)).then(
  (status) => { process.exitCode = status; },
  (error) => {
    if (error instanceof UsageError || error.code?.startsWith?.('ERR_PARSE_ARGS')) {
      process.stderr.write(`folio: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`folio: ${error.stack ?? error}\n`);
      process.exitCode = 1;
    }
  },
);
