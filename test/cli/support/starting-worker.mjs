// A worker thread for test/cli/pool.test.ts that never finishes starting (never says it is
// ready, as the real one does once loaded): every batch goes to the main thread, whatever the
// machine's load.
setInterval(() => {}, 1 << 30);
