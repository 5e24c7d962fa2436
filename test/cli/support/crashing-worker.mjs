// A worker thread for test/cli/pool.test.ts that loads, says it is ready as the real one does
// (src/cli/worker.ts), then claims the first batch it is sent, as the real one does when it
// starts a batch, and dies: a worker that crashes while classifying.
import { parentPort, workerData } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', (m) => {
  Atomics.store(workerData.claims, m.seq % workerData.claims.length, -1);
  throw new Error('test worker: crashed on purpose');
});
