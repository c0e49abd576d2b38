// One fresh process: loads one tool (import, wasm compile and instantiate)
// and makes its first call on a small input; prints the milliseconds taken.
//   node bench/startup.mjs JOB INDEX     (a tool of bench/peers.mjs ALL_PEERS)
//   node bench/startup.mjs site          (folio: the core, the group's site opened and rendered)
const start = performance.now();
const [job, index] = process.argv.slice(2);
const small = { markdown: '# Hi\n\nSome *text*.\n', bibtex: '@article{a, author={Doe, J.}, title={T}, year=2020}\n', yaml: 'a: [1, 2]\n' };
if (job === 'site') {
  const { openSite } = await import('../web/node.mjs');
  const site = await openSite(new URL('../content/', import.meta.url).pathname);
  site.render('about');
} else {
  const { ALL_PEERS } = await import('./peers.mjs');
  const run = await ALL_PEERS[job][Number(index)].load();
  run(small[job]);
}
process.stdout.write(`${performance.now() - start}\n`);
