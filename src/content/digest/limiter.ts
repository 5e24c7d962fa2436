/**
 * Paces the digest's requests to Gmail's "Show original" page. Gmail rate-limits that page
 * (people who script it report refusals at about seven requests a second), and the digest reads
 * one page per notice on the screen, so it asks less than that: at most `inFlight` requests at
 * once, and at most `limit` in every sliding `window` (several windows may apply, e.g. 5 a second
 * and 50 in ten seconds).
 *
 * Gmail counts requests when they arrive, which is some uneven time after the page starts them
 * (the browser's queue, the network). So a request occupies a window from its start until a
 * window's length after its answer came back: a new request starts only when fewer than `limit`
 * requests are in flight or were answered within the window. Whatever the delays, no window of
 * arrivals at Gmail then holds more than `limit` (an answer comes after its request arrived).
 */
export interface Window {
  /** How many requests may start… */
  readonly limit: number;
  /** …in any span of this many milliseconds. */
  readonly ms: number;
}

export interface LimiterOptions {
  readonly inFlight: number;
  readonly windows: readonly Window[];
  /** The clock and the wait, replaced by tests. */
  readonly now?: () => number;
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/** Gmail's pace for the digest: 2 at once, 5 a second, 50 in ten seconds. */
export const gmailPace: LimiterOptions = { inFlight: 2, windows: [{ limit: 5, ms: 1000 }, { limit: 50, ms: 10_000 }] };

export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

export interface Limiter {
  /** Runs `task` when the pace allows; rejects with the signal's reason once it is aborted. */
  run<T>(task: () => Promise<T>, signal: AbortSignal): Promise<T>;
}

export function createLimiter(options: LimiterOptions): Limiter {
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? abortableSleep;
  const longest = Math.max(0, ...options.windows.map((w) => w.ms));
  /** Requests that may still count: `end` is when the answer came back (undefined: in flight). */
  const recent: { end?: number }[] = [];
  let active = 0;
  /** Runs waiting for a place among the `inFlight`, first come first served. */
  const waiting: { wake: () => void; fail: (reason: unknown) => void; signal: AbortSignal }[] = [];
  /** One abort listener per signal (not one per waiting run: a digest queues hundreds). */
  const watched = new WeakSet<AbortSignal>();
  const watch = (signal: AbortSignal) => {
    if (watched.has(signal)) return;
    watched.add(signal);
    signal.addEventListener(
      'abort',
      () => {
        for (const w of waiting.filter((x) => x.signal === signal)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.fail(signal.reason);
        }
      },
      { once: true },
    );
  };

  /** Milliseconds until one more request fits every window (0: now). */
  const delay = (): number => {
    const t = now();
    for (let i = recent.length - 1; i >= 0; i--) if (recent[i]!.end !== undefined && recent[i]!.end! <= t - longest) recent.splice(i, 1);
    let wait = 0;
    for (const w of options.windows) {
      const counting = recent.filter((r) => r.end === undefined || r.end > t - w.ms);
      if (counting.length < w.limit) continue;
      // Answered ones leave the window a window's length after their answer, the earliest first;
      // in-flight ones are waited for by polling (they end when their answer comes).
      const ends = counting.map((r) => r.end ?? Infinity).sort((a, b) => a - b);
      const free = ends[counting.length - w.limit]!;
      wait = Math.max(wait, free === Infinity ? 25 : free + w.ms - t);
    }
    return wait;
  };

  const slot = async (signal: AbortSignal): Promise<void> => {
    signal.throwIfAborted();
    while (active >= options.inFlight) {
      watch(signal);
      await new Promise<void>((wake, fail) => waiting.push({ wake, fail, signal }));
    }
    active++;
  };

  const release = () => {
    active--;
    waiting.shift()?.wake();
  };

  return {
    async run(task, signal) {
      await slot(signal);
      try {
        for (let wait = delay(); wait > 0; wait = delay()) await sleep(wait, signal);
        signal.throwIfAborted();
        const entry: { end?: number } = {};
        recent.push(entry);
        try {
          return await task();
        } finally {
          entry.end = now();
        }
      } finally {
        release();
      }
    },
  };
}
