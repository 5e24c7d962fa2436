/**
 * A message's body is lowercased once: classify.ts makes its lowercase (the original's markers
 * are read in it) and hands it on with the notice (NoticeContext.bodyLower), and a format's
 * reading of the body (reporters/lib.ts bodyLower) takes that one instead of making its own.
 * Over the dev corpus's notices, no format lowercases a body of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../src/core/index.js';
import { bodyLower } from '../../src/core/reporters/lib.js';
import type { NoticeContext } from '../../src/core/reporters/types.js';

const dir = join(__dirname, '../../../shared/corpus/sisimai-dev/eml');
const lower = String.prototype.toLowerCase;

describe('the body lowercase', () => {
  afterEach(() => {
    String.prototype.toLowerCase = lower;
  });

  it('is made once per message, by classify, and read by the formats', async () => {
    // Who lowercases a long text: classify's reading of the body, or a format's (bodyLower).
    const by = { readParts: 0, bodyLower: 0 };
    String.prototype.toLowerCase = function (this: string): string {
      const text = String(this);
      if (text.length >= 1000) {
        const stack = new Error().stack ?? '';
        if (/\bat readParts\b/.test(stack)) by.readParts++;
        if (/\bat bodyLower\b/.test(stack)) by.bodyLower++;
      }
      return lower.call(text);
    };
    const names = readdirSync(dir).filter((f) => f.endsWith('.eml'));
    for (const f of names) await classify(readFileSync(join(dir, f)));
    String.prototype.toLowerCase = lower;
    expect(names.length).toBeGreaterThan(300);
    expect(by.readParts).toBeGreaterThan(50);
    expect(by.bodyLower).toBe(0);
  });

  it("is the context's own when it carries one, else made from its body", () => {
    const ctx = { body: 'ABC Def', bodyLower: 'abc def' } as NoticeContext;
    expect(bodyLower(ctx)).toBe(ctx.bodyLower);
    expect(bodyLower({ body: 'ABC Def' } as NoticeContext)).toBe('abc def');
  });
});
