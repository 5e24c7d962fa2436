/** The runner's pending promises (fetches, classifications, words), so that tests can wait for quiet. */
export interface InFlight {
  track<T>(promise: Promise<T>): Promise<T>;
  readonly size: number;
  /** Resolves when every promise tracked so far has settled. */
  settle(): Promise<void>;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<unknown>>();
  return {
    track(promise) {
      pending.add(promise);
      void promise.finally(() => pending.delete(promise)).catch(() => {});
      return promise;
    },
    get size() {
      return pending.size;
    },
    async settle() {
      await Promise.allSettled([...pending]);
    },
  };
}
