/**
 * A worker thread of `whybounce --jobs N`: classifies the batches the main thread sends and
 * answers each with its rendered output, tagged with the batch's sequence number so the main
 * thread writes them in input order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installChunkBlob } from './blob.js';
import { claim, type WorkerData } from './pool.js';
import { work, type Task } from './work.js';

// This thread runs nothing but the classifier: postal-mime's part decoding skips Node's Blob.
// The CLI's main thread has it too (bin/whybounce.js); `main()` called in-process, as by the
// tests, runs with Node's Blob: the bytes are the same.
installChunkBlob();

const { options, claims } = workerData as WorkerData;
// Loaded: from now on the main thread sends batches here (pool.ts).
parentPort!.postMessage({ ready: true });
parentPort!.on('message', (m: { seq: number; tasks: Task[] }) => {
  // A batch the main thread has taken back (the input was read before this thread started it)
  // is the main thread's: it is not classified here, and not answered.
  if (Atomics.compareExchange(claims, m.seq % claims.length, m.seq, claim.started) !== m.seq) return;
  work(m.tasks, options).then(
    (result) => parentPort!.postMessage({ seq: m.seq, result }),
    (err: unknown) => parentPort!.postMessage({ seq: m.seq, error: err instanceof Error ? err.message : String(err) }),
  );
});
