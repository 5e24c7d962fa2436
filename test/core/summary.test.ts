import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BounceSummary, classify, messageDate, parseDate, summarize, summaryJson, type Recipient, type Verdict } from '../../src/core/index.js';
import { verdictDefaults } from './support/verdicts.js';

type R = Pick<Recipient, 'address' | 'severity' | 'category'> & Partial<Recipient>;

/** A verdict with just what the summary reads. */
function verdict(kind: Verdict['kind'], recipients: R[], extra: Partial<Verdict> = {}): Verdict {
  const first = recipients[0];
  return {
    kind,
    category: first?.category ?? kind,
    reason: first?.reason ?? 'undefined',
    severity: first?.severity ?? 'none',
    recipients: recipients.map((r) => ({ action: r.severity === 'soft' ? 'delayed' : 'failed', status: '', reply: '', diagnostic: '', remoteHost: '', reason: 'undefined', evidence: [], ...r })),
    ...verdictDefaults,
    ...extra,
  } as Verdict;
}
const hard = (address: string): R => ({ address, severity: 'hard', category: 'bad-mailbox', reason: 'userunknown' });
const soft = (address: string): R => ({ address, severity: 'soft', category: 'quota-issues', reason: 'mailboxfull' });

describe('BounceSummary', () => {
  it('dedups by lowercased address and sorts the lists', () => {
    const r = summarize([verdict('bounce', [hard('Bob@Example.org')]), verdict('bounce', [hard('bob@example.org'), soft('ann@example.com')]), verdict('bounce', [hard('al@example.org')])]);
    expect(r.remove).toEqual(['al@example.org', 'bob@example.org']);
    expect(r.keep).toEqual(['ann@example.com']);
    expect(r.addresses.find((a) => a.address === 'bob@example.org')).toMatchObject({ notices: 2, category: 'bad-mailbox', list: 'remove' });
  });

  it('lets the latest message Date win, whatever the input order', () => {
    const s = new BounceSummary();
    s.add(verdict('bounce', [soft('x@example.org')]), { date: 'Tue, 10 Nov 2026 09:14:02 +0000' });
    s.add(verdict('bounce', [hard('x@example.org')]), { date: 'Mon, 09 Nov 2026 09:14:02 +0000' });
    expect(s.report()).toMatchObject({ keep: ['x@example.org'], remove: [] });
    expect(s.report().addresses[0]).toMatchObject({ category: 'quota-issues', notices: 2, date: '2026-11-10T09:14:02.000Z' });
  });

  it('falls back to input order when a date is missing', () => {
    const s = new BounceSummary();
    s.add(verdict('bounce', [soft('x@example.org')]), { date: 'Tue, 10 Nov 2026 09:14:02 +0000' });
    s.add(verdict('bounce', [hard('x@example.org')]));
    expect(s.report()).toMatchObject({ remove: ['x@example.org'], keep: [] });
  });

  it('keeps a complaint in remove whatever comes after it; a later delivery takes a failure off both lists', () => {
    const r = summarize([
      verdict('complaint', [{ address: 'c@example.org', severity: 'none', category: 'complaint', action: '' }]),
      verdict('bounce', [soft('c@example.org'), hard('d@example.org')]),
      verdict('delivered', [{ address: 'd@example.org', severity: 'none', category: 'delivered', action: 'delivered' }]),
    ]);
    expect(r.remove).toEqual(['c@example.org']);
    expect(r.keep).toEqual([]);
    expect(r.addresses[0]).toMatchObject({ complained: true, notices: 2 });
  });

  it('counts kinds, categories, severities and the domains with most failures', () => {
    const r = summarize([
      verdict('bounce', [hard('a@b.example'), hard('c@b.example'), soft('d@e.example')]),
      verdict('bounce', [hard('a@b.example')]),
      verdict('auto-reply', []),
      verdict('not-a-bounce', []),
      verdict('bounce', [], { category: 'other', severity: 'soft' }),
    ]);
    expect(r.messages).toBe(5);
    expect(r.kinds).toEqual({ bounce: 3, 'auto-reply': 1, complaint: 0, delivered: 0, 'not-a-bounce': 1 });
    expect(r.categories).toEqual({ 'bad-mailbox': 3, 'quota-issues': 1, other: 1 });
    expect(r.severities).toEqual({ hard: 3, soft: 2 });
    expect(r.domains).toEqual([{ domain: 'b.example', failed: 2 }, { domain: 'e.example', failed: 1 }]);
    expect(Object.keys(summaryJson(r))).toEqual(['messages', 'kinds', 'categories', 'domains', 'remove', 'keep']);
  });

  it('builds the lists from real notices', async () => {
    const dir = join(__dirname, '../../../shared/corpus/sisimai-dev/eml');
    const s = new BounceSummary();
    for (const f of ['arf-02.eml', 'lhost-postfix-01.eml']) {
      const raw = readFileSync(join(dir, f));
      s.add(await classify(raw), { date: messageDate(raw) });
    }
    const r = s.report();
    expect(r.remove).toContain('this-local-part-does-not-exist-on-yahoo@yahoo.com');
    expect(r.kinds.complaint).toBe(1);
    expect(r.kinds.bounce).toBe(1);
    expect(r.keep).toEqual(['r@p351355.pool.example.ne.jp']);
  });
});

describe('dates', () => {
  it('reads RFC 5322 dates, zones and comments included', () => {
    expect(new Date(parseDate('Tue, 10 Nov 2026 09:14:02 +0100 (CET)')).toISOString()).toBe('2026-11-10T08:14:02.000Z');
    expect(new Date(parseDate('10 Nov 26 09:14 EST')).toISOString()).toBe('2026-11-10T14:14:00.000Z');
    expect(parseDate('yesterday')).toBeNaN();
  });

  it('takes the top-level Date header only', () => {
    const raw = 'From MAILER-DAEMON Tue Nov 10 09:14:02 2026\nSubject: x\nDate: Tue,\n 10 Nov 2026 09:14:02 +0000\n\nDate: Wed, 11 Nov 2026 09:14:02 +0000\n';
    expect(messageDate(raw)).toBe('2026-11-10T09:14:02.000Z');
    expect(messageDate(new TextEncoder().encode(raw))).toBe('2026-11-10T09:14:02.000Z');
    expect(messageDate('Subject: x\n\nDate: Wed, 11 Nov 2026 09:14:02 +0000\n')).toBe('');
  });
});
