/**
 * A worker thread of `whybounce --jobs N`: classifies the batches the main thread sends and
 * answers each with its rendered output, tagged with the batch's sequence number so the main
 * thread writes them in input order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { installChunkBlob } from './blob.js';
import { work, type Task, type WorkOptions } from './work.js';

// This thread runs nothing but the classifier: postal-mime's part decoding skips Node's Blob.
// (`--jobs 1` runs without it: the test comparing --jobs 1 and 2 checks the output is the same.)
installChunkBlob();

const options = workerData as WorkOptions;
parentPort!.on('message', (m: { seq: number; tasks: Task[] }) => {
  work(m.tasks, options).then(
    (result) => parentPort!.postMessage({ seq: m.seq, result }),
    (err: unknown) => parentPort!.postMessage({ seq: m.seq, error: err instanceof Error ? err.message : String(err) }),
  );
});
