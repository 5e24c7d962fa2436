/**
 * Paces the digest's requests to Gmail's "Show original" page. Gmail rate-limits that page
 * (people who script it report refusals at about seven requests a second), and the digest reads
 * one page per notice on the screen, so it asks less than that: at most `inFlight` requests at
 * once, and at most `limit` starts in every sliding `window` (several windows may apply, e.g.
 * 5 a second and 50 in ten seconds). Starts are counted when a request begins, so a slow answer
 * never lets a burst through afterwards.
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
  /** Start times, oldest first, kept only as long as the longest window. */
  const starts: number[] = [];
  let active = 0;
  const waiting: (() => void)[] = [];

  /** Milliseconds until one more start fits every window (0: now). */
  const delay = (): number => {
    const t = now();
    while (starts.length > 0 && starts[0]! <= t - longest) starts.shift();
    let wait = 0;
    for (const w of options.windows) {
      const inWindow = starts.filter((s) => s > t - w.ms);
      if (inWindow.length >= w.limit) wait = Math.max(wait, inWindow[inWindow.length - w.limit]! + w.ms - t);
    }
    return wait;
  };

  const slot = async (signal: AbortSignal): Promise<void> => {
    while (active >= options.inFlight) {
      await new Promise<void>((resolve, reject) => {
        const wake = () => {
          signal.removeEventListener('abort', stop);
          resolve();
        };
        const stop = () => {
          const at = waiting.indexOf(wake);
          if (at >= 0) waiting.splice(at, 1);
          reject(signal.reason);
        };
        if (signal.aborted) return reject(signal.reason);
        waiting.push(wake);
        signal.addEventListener('abort', stop, { once: true });
      });
    }
    active++;
  };

  const release = () => {
    active--;
    waiting.shift()?.();
  };

  return {
    async run(task, signal) {
      await slot(signal);
      try {
        for (let wait = delay(); wait > 0; wait = delay()) await sleep(wait, signal);
        signal.throwIfAborted();
        starts.push(now());
        return await task();
      } finally {
        release();
      }
    },
  };
}
