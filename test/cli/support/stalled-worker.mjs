// A worker thread for test/cli/pool.test.ts that says it is ready, as the real one does, and
// then never starts a batch it is sent (a worker the machine's load holds back): the main thread
// must take them back once the input is read.
import { parentPort } from 'node:worker_threads';

parentPort.postMessage({ ready: true });
parentPort.on('message', () => {});
