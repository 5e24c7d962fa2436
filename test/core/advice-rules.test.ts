/**
 * Issue 10's rules of the advice layer, each as a table over notices written here, in all five
 * languages: several recipients summed up and grouped, keep-or-remove that follows the evidence,
 * and the server's own specifics (numbers, names, addresses) carried into the words.
 */
import { describe, expect, it as test } from 'vitest';
import { type Recipient, type Verdict, explain, formatExplanationText, supportedLocales } from '../../src/core/index.js';

function rcpt(fields: Partial<Recipient>): Recipient {
  return {
    address: 'anna@example.org',
    action: 'failed',
    status: '',
    reply: '',
    diagnostic: '',
    remoteHost: 'mx.example.org',
    reason: 'undefined',
    category: 'other',
    severity: 'soft',
    evidence: [],
    ...fields,
  };
}

function notice(recipients: Recipient[], fields: Partial<Verdict> = {}): Verdict {
  const first = recipients[0];
  return {
    kind: 'bounce',
    category: first?.category ?? 'other',
    reason: first?.reason ?? 'undefined',
    severity: first?.severity ?? 'soft',
    recipients,
    evidence: [],
    input: 'message',
    reporter: '',
    subject: '',
    from: '',
    truncated: false,
    note: '',
    ...fields,
  };
}

const unknown = (address: string): Recipient =>
  rcpt({ address, category: 'bad-mailbox', reason: 'userunknown', severity: 'hard', status: '5.1.1', reply: '550', diagnostic: `550 5.1.1 <${address}>: Recipient address rejected: User unknown in virtual mailbox table` });
const full = (address: string): Recipient =>
  rcpt({ address, category: 'quota-issues', reason: 'mailboxfull', status: '5.2.2', reply: '552', diagnostic: `552 5.2.2 <${address}>: Mailbox full`, remoteHost: 'mx.example.com' });

describe('several recipients', () => {
  const mixed = notice([full('carla@example.com'), unknown('anna@example.org'), unknown('bruno@example.org')]);
  const headlines = {
    en: '3 addresses failed: 2 do not exist, 1 mailbox is full',
    it: '3 indirizzi non raggiunti: 2 non esistono, 1 casella è piena',
    fr: "3 adresses en échec\u00a0: 2 n'existent pas, 1 boîte est pleine",
    de: '3 Adressen fehlgeschlagen: 2 existieren nicht, 1 Postfach ist voll',
    es: '3 direcciones fallidas: 2 no existen, 1 buzón está lleno',
  } as const;

  for (const locale of supportedLocales) {
    test(`${locale}: the headline sums up every outcome, the hard failure first, whatever the deciding recipient`, () => {
      const e = explain(mixed, { locale });
      expect(e.headline).toBe(headlines[locale]);
      // Each address keeps its own verdict and action.
      expect(e.recipients.map((r) => [r.address, r.action])).toEqual([
        ['carla@example.com', 'keep'],
        ['anna@example.org', 'remove'],
        ['bruno@example.org', 'remove'],
      ]);
      // The removal is not hidden behind the first (soft) recipient.
      expect(e.action).toBe('remove');
      expect(e.groups.map((g) => [g.addresses, g.action])).toEqual([
        [['anna@example.org', 'bruno@example.org'], 'remove'],
        [['carla@example.com'], 'keep'],
      ]);
      expect(e.groups[0]?.title).toContain('2');
      expect(e.groups[0]?.title).toContain('example.org');
      expect(e.groups[1]?.title).toBe('');
    });

    test(`${locale}: addresses refused for the same reason are grouped once`, () => {
      const eleven = Array.from({ length: 11 }, (_, i) => unknown(`user${i + 1}@example.org`));
      const e = explain(notice(eleven), { locale });
      expect(e.groups).toHaveLength(1);
      const g = e.groups[0]!;
      expect(g.addresses).toHaveLength(11);
      expect(g.domain).toBe('example.org');
      expect(g.title).toMatch(/\b11\b.*example\.org/);
      expect(e.summary.startsWith(g.title)).toBe(true);
      // The shared words name none of the addresses: they are said for all of them.
      for (const text of [g.summary, ...g.steps, g.actionText]) expect(text).not.toMatch(/user\d+@/);
      expect(e.action).toBe('remove');
      const text = formatExplanationText(e);
      // One block: the advice and the server's words once, not eleven times.
      expect(text.split(e.groups[0]!.steps[0]!).length - 1).toBe(1);
      expect(text.split('Recipient address rejected').length - 1).toBe(1);
      expect(text).toContain('user1@example.org, user2@example.org');
    });

    test(`${locale}: addresses at different domains refused the same way are grouped without a domain`, () => {
      const e = explain(notice([unknown('a@example.org'), unknown('b@example.net')]), { locale });
      expect(e.groups).toHaveLength(1);
      expect(e.groups[0]?.domain).toBe('');
      expect(e.groups[0]?.title).toMatch(/\b2\b/);
      expect(e.groups[0]?.title).not.toContain('example');
    });
  }

  test('a delayed address is counted as delayed, not as failed', () => {
    const delayed = rcpt({ address: 'dora@example.net', action: 'delayed', category: 'message-expired', status: '4.4.7', reply: '451', diagnostic: '451 4.4.7 try again later' });
    const e = explain(notice([unknown('anna@example.org'), delayed]));
    expect(e.headline).toBe('2 addresses in this notice: 1 does not exist, 1 is only delayed');
    expect(e.groups.map((g) => g.action)).toEqual(['remove', 'keep']);
  });
});
