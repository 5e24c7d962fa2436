// A worker thread for test/cli/pool.test.ts that loads, says it is ready as the real one does
// (src/cli/worker.ts), then dies on the first batch it is sent: a worker that crashes.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => {
  throw new Error('test worker: crashed on purpose');
});
