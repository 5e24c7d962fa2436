#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';
// The CLI lives in dist/cli-bundle: src/cli bundled with the core and postal-mime by
// `npm run build:lib` (run on install): this thread's and a worker thread's entry, over one chunk
// with the classifier, so that each thread compiles a few modules instead of resolving and
// compiling over a hundred; the explanations (half the code) are a chunk of their own, loaded by
// the human output only (src/cli/work.ts).
// A closed pipe (`whybounce --json dir | head`) ends the run quietly, as for any Unix filter.
// Any other write error (a full disk: `whybounce dir > /dev/full`) is said in one line, exit 1.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`whybounce: cannot write output: ${(err && (err.code || err.message)) || err}\n`);
  process.exit(1);
});
// V8 optimises a function once it has run a while (its interrupt budget); the classifier has many
// functions that each run a little per message, and with the default budget a third of the
// CPU time went into optimising code on V8's helper threads (~1.3 of 4.2 CPU seconds on
// 7,680 notices), once per thread. Four times the budget optimises only the hot ones.
// Set before any of the CLI's code is loaded; it applies to the worker threads too.
setFlagsFromString('--interrupt-budget=270336');
// This process runs nothing but the CLI: postal-mime's part decoding may skip Node's Blob here,
// as it does in the worker threads (src/cli/blob.ts).
// A checkout built before the bundle existed runs the unbundled modules (dist/cli) meanwhile.
import('../dist/cli-bundle/main.js')
  .catch((err) => (err && err.code === 'ERR_MODULE_NOT_FOUND' ? import('../dist/cli/main.js') : Promise.reject(err)))
  .then((m) => (m.installChunkBlob?.(), m.main(process.argv.slice(2)))).then(
  (code) => { process.exitCode = code; },
  (err) => {
    if (err && err.code === 'ERR_MODULE_NOT_FOUND') {
      console.error('whybounce: the CLI is not built yet; run `npm run build:lib` first.');
    } else {
      console.error(`whybounce: ${err && err.stack ? err.stack : err}`);
    }
    process.exitCode = 1;
  },
);
