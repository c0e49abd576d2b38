// Loads a content folder over HTTP: the manifest first, then every file it
// lists, in parallel. Files that fail to load are reported as missing, so the
// core turns them into diagnostics and renders the rest.
import { MANIFEST_NAME, parseManifest } from './content-files.mjs';

async function fetchResponse(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response;
}

const fetchText = async (url) => (await fetchResponse(url)).text();
// Content files stay bytes: the core decodes them and reports invalid UTF-8.
const fetchBytes = async (url) => new Uint8Array(await (await fetchResponse(url)).arrayBuffer());

// base: URL of the content folder (absolute, or relative to the page).
// Returns { files: Map<path, bytes>, missing: {path: reason}, diagnostics: [] }:
// diagnostics are problems of the manifest itself, in the core's format.
export async function fetchContent(base) {
  const baseUrl = new URL(base.endsWith('/') ? base : `${base}/`, document.baseURI);
  const files = new Map();
  const missing = {};
  const diagnostics = [];
  let listed;
  try {
    listed = parseManifest(await fetchText(new URL(MANIFEST_NAME, baseUrl)));
  } catch (error) {
    missing[MANIFEST_NAME] = `${error.message}; the content folder needs the file list made by: node web/cli.mjs index DIR`;
    return { files, missing, diagnostics };
  }
  for (const message of listed.problems) {
    diagnostics.push({ file: MANIFEST_NAME, line: 0, column: 0, severity: 'error', message });
  }
  await Promise.all(listed.files.map(async (path) => {
    try {
      files.set(path, await fetchBytes(new URL(path, baseUrl)));
    } catch (error) {
      missing[path] = `${error.message}; it is listed in ${MANIFEST_NAME}`;
    }
  }));
  return { files, missing, diagnostics };
}
