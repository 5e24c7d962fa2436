/** The digest's pace toward Gmail: never more than allowed at once, per second, per ten seconds. */
import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../src/content/digest/limiter.js';

/** A clock that only moves when the limiter sleeps, so the test is exact and instant. */
function fakeClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (ms: number) => {
      now += ms;
      await Promise.resolve();
    },
    advance: (ms: number) => (now += ms),
  };
}

describe('createLimiter', () => {
  it('keeps every window and the in-flight cap (Gmail pace: 2 at once, 5/s, 50/10 s)', async () => {
    const clock = fakeClock();
    const limiter = createLimiter({ inFlight: 2, windows: [{ limit: 5, ms: 1000 }, { limit: 50, ms: 10_000 }], now: clock.now, sleep: clock.sleep });
    const starts: number[] = [];
    let active = 0;
    let most = 0;
    const signal = new AbortController().signal;
    await Promise.all(
      Array.from({ length: 120 }, () =>
        limiter.run(async () => {
          starts.push(clock.now());
          active++;
          most = Math.max(most, active);
          await Promise.resolve();
          active--;
        }, signal),
      ),
    );
    expect(starts).toHaveLength(120);
    expect(most).toBeLessThanOrEqual(2);
    for (const start of starts) {
      expect(starts.filter((s) => s >= start && s < start + 1000).length).toBeLessThanOrEqual(5);
      expect(starts.filter((s) => s >= start && s < start + 10_000).length).toBeLessThanOrEqual(50);
    }
    // And it does not crawl: 120 requests at 50 per 10 s take a little over 20 s of the fake clock.
    expect(Math.max(...starts)).toBeLessThan(30_000);
  });

  it('keeps the pace where Gmail counts it, however late each request arrives', async () => {
    // Real time, small windows: each request "arrives" 0-40 ms after it starts and is answered
    // 5-15 ms after that; arrivals must keep the window (3 per 100 ms) whatever the delays.
    const limiter = createLimiter({ inFlight: 2, windows: [{ limit: 3, ms: 100 }] });
    const arrivals: number[] = [];
    const signal = new AbortController().signal;
    const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    await Promise.all(
      Array.from({ length: 24 }, () =>
        limiter.run(async () => {
          await later(random() * 40);
          arrivals.push(Date.now());
          await later(5 + random() * 10);
        }, signal),
      ),
    );
    expect(arrivals).toHaveLength(24);
    for (const a of arrivals) expect(arrivals.filter((b) => b >= a && b < a + 100).length).toBeLessThanOrEqual(3);
  });

  it('rejects waiting tasks once aborted, and starts no more', async () => {
    const clock = fakeClock();
    const limiter = createLimiter({ inFlight: 1, windows: [{ limit: 1, ms: 1000 }], now: clock.now, sleep: clock.sleep });
    const controller = new AbortController();
    let ran = 0;
    let release: () => void = () => undefined;
    const first = limiter.run(() => new Promise<void>((r) => { ran++; release = r; }), controller.signal);
    const second = limiter.run(async () => void ran++, controller.signal);
    await Promise.resolve();
    controller.abort(new Error('cancelled'));
    release();
    await first;
    await expect(second).rejects.toThrow('cancelled');
    expect(ran).toBe(1);
  });
});
