/**
 * The formats' marks (reporters/types.ts Marks): a format is asked whether it claims a notice
 * only where the notice holds one of its marks, so every notice a format's `detect` claims must
 * hold one, and the format chosen must be the one asking each format in turn would choose.
 * Checked on every notice of the dev corpus (messages and their text renderings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../src/core/parse/address.js';
import { parseDsn } from '../../src/core/parse/dsn.js';
import { header, parseMessage } from '../../src/core/parse/message.js';
import { readWithPostalMime } from '../../src/core/parse/postal.js';
import { generic } from '../../src/core/reporters/generic.js';
import { claimant, holdsMarks, reporters } from '../../src/core/reporters/index.js';
import type { NoticeContext } from '../../src/core/reporters/types.js';
import { fold } from '../../src/core/rules/decide.js';

const dev = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/sisimai-dev');

async function contextOf(raw: Buffer): Promise<NoticeContext> {
  const parts = await parseMessage(raw.toString('latin1'), readWithPostalMime);
  const body = parts.body.replace(/\r\n?/g, '\n');
  const dsn = parts.deliveryStatus.length ? parseDsn(parts.deliveryStatus[0]!) : null;
  return {
    headers: parts.headers, subject: parts.subject, from: parts.from, notice: body, noticeLower: fold(body), body, dsn,
    original: parts.original, senders: new Set(findAddresses(header(parts, 'to'))),
  };
}

function textContext(text: string): NoticeContext {
  return { headers: [], subject: '', from: '', notice: text, noticeLower: fold(text), body: text, dsn: null, original: '', senders: new Set() };
}

describe('reporter marks', () => {
  it('every notice a format claims holds one of its marks, and the format chosen is the first that claims it', async () => {
    const contexts: [string, NoticeContext][] = [];
    for (const f of readdirSync(join(dev, 'eml')).sort()) contexts.push([f, await contextOf(readFileSync(join(dev, 'eml', f)))]);
    for (const f of readdirSync(join(dev, 'text')).sort()) contexts.push([f, textContext(readFileSync(join(dev, 'text', f), 'utf8'))]);
    const claimed = new Set<string>();
    const missed: string[] = [];
    for (const [f, ctx] of contexts) {
      for (const r of reporters) {
        if (!r.detect(ctx)) continue;
        claimed.add(r.name);
        if (!holdsMarks(ctx, r)) missed.push(`${f}: ${r.name}`);
      }
      const first = reporters.find((r) => r.detect(ctx)) ?? generic;
      expect(claimant(ctx).name, f).toBe(first.name);
    }
    expect(missed).toEqual([]);
    // The corpus has notices of nearly every format: the check is not vacuous.
    expect(claimed.size).toBeGreaterThan(50);
  });
});
