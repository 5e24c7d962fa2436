/**
 * What the runner remembers per message (verdicts, words), in memory only, for re-renders and
 * navigation back: the least recently used entries go once there are more than `size`.
 */
export interface Cache<V> {
  get(key: string): V | undefined;
  /** Stores (or touches) `key`, dropping the least recently used entry past the limit. */
  remember(key: string, value: V): void;
}

export function createCache<V>(size: number): Cache<V> {
  const entries = new Map<string, V>();
  return {
    get: (key) => entries.get(key),
    remember(key, value) {
      entries.delete(key);
      entries.set(key, value);
      if (entries.size > size) entries.delete(entries.keys().next().value!);
    },
  };
}
