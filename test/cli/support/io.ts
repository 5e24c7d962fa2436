/** A CLI's standard streams and environment in memory, for calling `main` in-process. */
import type { CliIO } from '../../../src/cli/main.js';

export interface FakeIOOptions {
  /** What standard input yields, chunk by chunk; an Error is thrown where it stands. */
  readonly stdin?: readonly (string | Error)[];
  /** Added to (or overriding) LANG=en_US.UTF-8. */
  readonly env?: Record<string, string>;
  /** A clock: standard error then counts as a terminal (progress is shown). */
  readonly now?: () => number;
}

export function fakeIO(options: FakeIOOptions = {}): CliIO & { out: string; err: string } {
  const { stdin = [], env = {}, now } = options;
  const io = {
    out: '',
    err: '',
    stdout: { write: (s: string) => ((io.out += s), true) },
    stderr: { write: (s: string) => ((io.err += s), true), isTTY: now !== undefined },
    stdin: (async function* () {
      for (const s of stdin) {
        if (s instanceof Error) throw s;
        yield new TextEncoder().encode(s);
      }
    })(),
    env: { LANG: 'en_US.UTF-8', ...env },
    ...(now ? { now } : {}),
  };
  return io;
}
