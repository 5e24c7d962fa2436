/**
 * Gives the page a turn between slices of work, so that scanning a long thread never blocks
 * input for more than a few milliseconds (the budget: no task over 50 ms).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return yieldToPage();
}

/**
 * Gives the page a full turn: the work goes on in a task queued behind the page's own (its
 * timers, painting, input), for a long read the user watches but does not wait on (the digest
 * of a 50 MB export). `scheduler.yield()` is not that: its continuation runs ahead of the page's
 * other tasks, so a read whose messages never wait on anything else (most notices now classify
 * without an await that leaves the task) kept the page's own timers and progress text waiting
 * seconds in Firefox.
 */
export function yieldToPage(): Promise<void> {
  // A message to itself, not a 0 ms timer: browsers stretch timers in a tab that is not in front
  // (to a second each in Chrome's and Firefox's background tabs), which would make a long read
  // take minutes; a message event is queued like any task, so input and painting still get
  // their turn.
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice may run before yielding: well under the 50 ms long-task threshold. */
export const sliceMs = 12;
