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
// What remains of that optimising is still about a quarter of the process's instructions (TurboFan,
// on 7,680 notices: 24% of 10.5 G, cachegrind), much of it spent inlining callees into the big
// readers (the MIME walk, the DSN parser, the recipient collectors). Half V8's cumulative inlining
// budget (920 bytes of bytecode a function) compiles smaller graphs: 3% fewer instructions for
// the whole process (--jobs 1 over those notices: 10.41 G -> 10.11 G at c157400, 9.66 G -> 9.38 G
// at 4b6e4d0), and the classifier's steady state, once its hot functions are optimised, is no
// slower (a second pass over the same notices in one process: 6.035 G -> 6.017 G).
setFlagsFromString('--max-inlined-bytecode-size-cumulative=460');
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
