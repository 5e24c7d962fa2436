// A worker thread for test/cli/pool.test.ts that says it is ready, then starts (claims) every
// batch as soon as it is sent, as the real one does, and answers each only after a long while:
// once the input is read, every batch still queued on it has started and none can be taken back.
import { parentPort, workerData } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', (m) => {
  Atomics.store(workerData.claims, m.seq % workerData.claims.length, -1);
  setTimeout(() => parentPort.postMessage({ seq: m.seq, result: { text: `batch ${m.seq}\n`, slims: [] } }), 1500);
});
