// The browser bench's static server, in a child process: the parent forks it
// with the folder to serve and receives { url } over IPC. Responses carry
// GitHub Pages' cache policy (max-age=600), so a repeat visit reads the cache
// as it would on the real host. With --h2 it serves HTTPS and HTTP/2, as
// GitHub Pages does, with a throwaway self-signed certificate (openssl).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStaticServer } from '../scripts/static-server.mjs';

function selfSignedCertificate() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'folio-bench-tls-'));
  try {
    const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-subj', '/CN=127.0.0.1', '-days', '1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [root, mode] = process.argv.slice(2);
const tls = mode === '--h2' ? selfSignedCertificate() : null;
const { url } = await startStaticServer({ root, tls, headers: () => ({ 'cache-control': 'max-age=600' }) });
process.send({ url });
process.on('disconnect', () => process.exit(0));
