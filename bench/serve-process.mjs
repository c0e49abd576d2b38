// The browser bench's static server, in a child process: the parent forks it
// with the folder to serve and receives { url } over IPC. Responses carry
// GitHub Pages' cache policy (max-age=600), so a repeat visit reads the cache
// as it would on the real host.
import { startStaticServer } from '../scripts/static-server.mjs';

const root = process.argv[2];
const { url } = await startStaticServer({ root, headers: () => ({ 'cache-control': 'max-age=600' }) });
process.send({ url });
process.on('disconnect', () => process.exit(0));
