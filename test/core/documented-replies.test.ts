/**
 * Issue 8: replies as documentation gives them (test/core/support/documented-replies.ts), read
 * pasted on their own (the popup, `--text`) and as the Diagnostic-Code of a minimal RFC 3464
 * notice; near misses that must stay ordinary in every reading; and the themes that need more
 * than one line (several recipients, headers hard to read, notices in other languages).
 * Every row is checked; the scores are printed so that a change can say how many it fixed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { classify, classifyText } from '../../src/core/index.js';
import type { Verdict } from '../../src/core/types.js';
import { minimalDsn } from './support/dsn.js';
import { documentedReplies, nearMisses, noticeRows, type DocReply } from './support/documented-replies.js';

const pasted = (text: string) => classify(text, { mode: 'text', origin: 'pasted' });

/** A minimal RFC 3464 notice from a relay whose Diagnostic-Code is the reply. */
function dsn(row: DocReply, status: string): string {
  return minimalDsn({ status, diagnostic: row.text });
}

/** The class a reply's own code gives (4 for a 4xx, 5 otherwise), for the DSN's Status. */
function rawStatus(row: DocReply): string {
  if (row.status) return row.status;
  const reply = /(?:^|\s)([45])\d\d[ -]/.exec(row.text)?.[1];
  return `${reply ?? (row.action === 'delayed' ? '4' : '5')}.0.0`;
}

type Field = 'detected' | 'category' | 'severity' | 'status' | 'reply' | 'recipients' | 'action';
const score = { pasted: new Map<Field, [number, number]>(), raw: new Map<Field, [number, number]>(), exim: new Map<Field, [number, number]>() };
function count(kind: keyof typeof score, field: Field, ok: boolean): void {
  const m = score[kind];
  const [right, all] = m.get(field) ?? [0, 0];
  m.set(field, [right + (ok ? 1 : 0), all + 1]);
}

function check(kind: keyof typeof score, v: Verdict, row: DocReply, status: string): string[] {
  const out: string[] = [];
  const main = v.recipients.find((x) => x.reason === v.reason) ?? v.recipients[0];
  const field = (name: Field, got: unknown, want: unknown) => {
    const ok = JSON.stringify(got) === JSON.stringify(want);
    count(kind, name, ok);
    if (!ok) out.push(`${name}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  };
  field('detected', v.kind, 'bounce');
  if (row.category) field('category', v.category, row.category);
  if (row.notCategory) {
    count(kind, 'category', v.category !== row.notCategory);
    if (v.category === row.notCategory) out.push(`category: got ${v.category}, which it must not be`);
  }
  if (row.severity) field('severity', v.severity, row.severity);
  field('status', v.status, status);
  // The message-level reply (issue 8 theme 12), for a row that opens with one.
  const opening = /^([45]\d\d)[ -]/.exec(row.text)?.[1];
  if (kind === 'pasted' && opening) field('reply', v.reply, opening);
  if (kind === 'pasted' && row.recipients) field('recipients', v.recipients.map((x) => x.address), row.recipients);
  if (row.action) field('action', main?.action ?? '', row.action);
  if (out.length) out.push(`(evidence: ${v.evidence.map((e) => `${e.rule} "${e.text.slice(0, 80)}"`).join('; ')})`);
  return out;
}

describe('documented replies, pasted on their own', () => {
  for (const row of documentedReplies) {
    it(`${row.source}: ${row.text.slice(0, 90)}`, async () => {
      expect(check('pasted', await pasted(row.text), row, row.status)).toEqual([]);
    });
  }
});

describe('documented replies, as the Diagnostic-Code of a minimal DSN', () => {
  for (const row of documentedReplies.filter((x) => x.raw !== false)) {
    it(`${row.source}: ${row.text.slice(0, 90)}`, async () => {
      const status = rawStatus(row);
      const want: DocReply = { ...row, ...row.rawWant, ...(row.action ? {} : { action: status.startsWith('4') ? 'delayed' : 'failed' }) };
      expect(check('raw', await classify(dsn(row, status)), want, status)).toEqual([]);
    });
  }
});

/** Exim's plain notice (its specification's "Bounce message" template), the reply answered to RCPT TO. */
function eximNotice(row: DocReply): string {
  return [
    'From: Mail Delivery System <Mailer-Daemon@relay-exim.example.net>',
    'To: sender@origin-doc.example',
    'Subject: Mail delivery failed: returning message to sender',
    'X-Failed-Recipients: rcpt@dest-doc.example',
    'Auto-Submitted: auto-replied',
    'Date: Mon, 2 Nov 2026 10:00:00 +0000',
    'Message-Id: <E1exim-0001@relay-exim.example.net>',
    '',
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    '  rcpt@dest-doc.example',
    '    host mx.dest-doc.example [192.0.2.200]',
    '    SMTP error from remote mail server after RCPT TO:<rcpt@dest-doc.example>:',
    `    ${row.text}`,
    '',
  ].join('\r\n');
}

describe('documented 5xx replies in Exim\'s notice, answered to RCPT TO', () => {
  for (const row of documentedReplies.filter((x) => /^5\d\d[ -]/.test(x.text) && !x.text.includes('\n') && x.raw !== false && !x.recipients?.length && x.recipients === undefined)) {
    it(`${row.source}: ${row.text.slice(0, 90)}`, async () => {
      const v = await classify(eximNotice(row));
      expect(check('exim', v, { ...row, action: 'failed' }, row.status), eximNotice(row)).toEqual([]);
    });
  }
});

describe('near misses stay ordinary in every reading', () => {
  for (const [name, text] of nearMisses) {
    it(name, async () => {
      for (const v of [await pasted(text), classifyText(text), await classify(text, { mode: 'text' }), await classify(text)]) {
        expect(v.kind, `${name}: ${v.evidence.map((e) => `${e.rule} "${e.text}"`).join('; ')}`).toBe('not-a-bounce');
      }
    });
  }
});

describe('rendered text keeps the stricter signs', () => {
  // The replies as a webmail shows them inside a person's message: never a banner.
  const shown = (body: string) => `From: Anna Berg <anna@example.org>\nSubject: about yesterday\n\n${body}\n`;
  for (const row of documentedReplies.filter((_, i) => i % 9 === 0)) {
    it(`${row.text.slice(0, 60)}: not a bounce when rendered`, () => {
      expect(classifyText(shown(row.text), { origin: 'rendered' }).kind).toBe('not-a-bounce');
    });
  }
});

afterAll(() => {
  const lines: string[] = [];
  for (const kind of ['pasted', 'raw', 'exim'] as const) {
    const parts = [...score[kind]].map(([f, [right, all]]) => `${f} ${right}/${all}`);
    lines.push(`documented replies ${kind}: ${parts.join(', ')}`);
  }
  console.log(lines.join('\n'));
});

describe('notices of several lines: several recipients, hard headers, other languages', () => {
  for (const row of noticeRows) {
    it(`theme ${row.theme}: ${row.name}`, async () => {
      const v = row.mode === 'pasted' ? await pasted(row.text) : await classify(row.text);
      const why = `${v.kind} ${v.category} (${v.evidence.map((e) => `${e.rule} "${e.text.slice(0, 60)}"`).join('; ')})`;
      expect(v.recipients.map((x) => x.address).sort(), why).toEqual(Object.keys(row.recipients).sort());
      for (const x of v.recipients) {
        const want = row.recipients[x.address];
        if (want) expect(x.category, `${x.address}: ${why}`).toBe(want);
        if (row.action) expect(x.action, `${x.address}: ${why}`).toBe(row.action);
      }
      if (row.severity) expect(v.severity, why).toBe(row.severity);
    });
  }
});
