// Run by test/cli/pool.test.ts in a process of its own (a pool stuck in a loop would hold the
// test runner): two slow workers (slow-worker.mjs) each with batches they have started when the
// input is read. Prints the batches' output in order once close() settles.
import { threadPool } from '../../../dist/cli/pool.js';

const got = [];
const pool = threadPool(2, new URL('./slow-worker.mjs', import.meta.url), { output: 'json', text: false, lang: 'en', color: false }, (r) => void got.push(r.text));
const task = (b) => [{ name: `batch ${b}`, bytes: new Uint8Array([0x41]) }];
// Until both workers have taken two batches each (this thread takes the batches while they start).
await new Promise((resolve) => setTimeout(resolve, 50));
let b = 0;
for (; b < 5000 && pool.batches.workers < 4; b++) {
  if (pool.batches.here > 0 && pool.batches.workers === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  await pool.submit(task(b));
}
// The workers have claimed what they were sent.
await new Promise((resolve) => setTimeout(resolve, 500));
await pool.close();
process.stdout.write(JSON.stringify({ submitted: b, batches: pool.batches, delivered: got.length, workerTexts: got.filter((t) => t.startsWith('batch ')).length }));
