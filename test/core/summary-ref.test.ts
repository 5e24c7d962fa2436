import { describe, expect, it } from 'vitest';
import { BounceSummary, type Verdict } from '../../src/core/index.js';

const bounce = (address: string, severity: 'hard' | 'soft', diagnostic: string): Verdict =>
  ({
    kind: 'bounce', category: severity === 'hard' ? 'bad-mailbox' : 'quota-issues', reason: severity === 'hard' ? 'userunknown' : 'mailboxfull', severity, status: '', reply: '',
    recipients: [{ address, action: 'failed', status: '', reply: '', diagnostic, remoteHost: '', reason: severity === 'hard' ? 'userunknown' : 'mailboxfull', category: severity === 'hard' ? 'bad-mailbox' : 'quota-issues', severity, evidence: [] }],
    evidence: [], input: 'message', reporter: '', subject: '', from: '', truncated: false, note: '',
  }) as Verdict;

describe('BounceSummary: where the latest notice is, and its words', () => {
  it('keeps the ref and the server words of the latest notice per address', () => {
    const s = new BounceSummary();
    s.add(bounce('x@example.org', 'soft', '452 4.2.2 mailbox full'), { date: 'Tue, 10 Nov 2026 09:14:02 +0000', ref: 'b.eml' });
    s.add(bounce('x@example.org', 'hard', '550 5.1.1 no such user'), { date: 'Mon, 09 Nov 2026 09:14:02 +0000', ref: 'a.eml' });
    expect(s.report().addresses[0]).toMatchObject({ ref: 'b.eml', diagnostic: '452 4.2.2 mailbox full', notices: 2 });
    s.add(bounce('x@example.org', 'hard', '550 5.1.1 no such user'), { date: 'Wed, 11 Nov 2026 09:14:02 +0000', ref: 'c.eml' });
    expect(s.report().addresses[0]).toMatchObject({ ref: 'c.eml', diagnostic: '550 5.1.1 no such user', list: 'remove' });
  });

  it('gives an empty ref when none was given', () => {
    const s = new BounceSummary();
    s.add(bounce('y@example.org', 'hard', 'x'));
    expect(s.report().addresses[0]!.ref).toBe('');
  });
});
