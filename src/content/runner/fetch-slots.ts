/**
 * How many original-source fetches run at once: a thread of many bounces must not send the
 * webmail a burst of requests. `acquire` waits for a free slot; every acquire is paired with one
 * `release`, in a `finally`.
 */
export interface FetchSlots {
  acquire(): Promise<void>;
  release(): void;
}

export function createFetchSlots(concurrency: number): FetchSlots {
  let active = 0;
  const waiters: (() => void)[] = [];
  return {
    async acquire() {
      if (active < concurrency) {
        active++;
        return;
      }
      // The releasing fetch hands its slot over: `active` stays the same.
      await new Promise<void>((resolve) => waiters.push(resolve));
    },
    release() {
      const next = waiters.shift();
      if (next) next();
      else active--;
    },
  };
}
