/**
 * Issue 10's rules of the advice layer, each as a table over notices written here, in all five
 * languages: several recipients summed up and grouped, keep-or-remove that follows the evidence,
 * and the server's own specifics (numbers, names, addresses) carried into the words.
 */
import { describe, expect, it as test } from 'vitest';
import { type Locale, type Recipient, type Verdict, explain, formatExplanationText, supportedLocales } from '../../src/core/index.js';
import { type MessageKey, catalogs, fill } from '../../src/core/advice/catalog.js';
import { resendSteps } from '../../src/core/advice/plan.js';
import { verdictOf } from './support/verdicts.js';

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

const notice = verdictOf;

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
  } as const satisfies Record<Locale, string>;

  const pairTitles = {
    en: 'Both addresses at example.org were refused for the same reason.',
    it: 'Entrambi gli indirizzi di example.org sono stati rifiutati per lo stesso motivo.',
    fr: 'Les deux adresses du domaine example.org ont été refusées pour la même raison.',
    de: 'Beide Adressen bei example.org wurden aus demselben Grund abgelehnt.',
    es: 'Las dos direcciones de example.org se rechazaron por el mismo motivo.',
  } as const satisfies Record<Locale, string>;
  const elevenTitles = {
    en: 'All 11 addresses at example.org were refused for the same reason.',
    it: 'Tutti e 11 gli indirizzi di example.org sono stati rifiutati per lo stesso motivo.',
    fr: 'Les 11 adresses du domaine example.org ont toutes été refusées pour la même raison.',
    de: 'Alle 11 Adressen bei example.org wurden aus demselben Grund abgelehnt.',
    es: 'Las 11 direcciones de example.org se rechazaron todas por el mismo motivo.',
  } as const satisfies Record<Locale, string>;
  const anyPairTitles = {
    en: 'Both addresses were refused for the same reason.',
    it: 'Entrambi gli indirizzi sono stati rifiutati per lo stesso motivo.',
    fr: 'Les deux adresses ont été refusées pour la même raison.',
    de: 'Beide Adressen wurden aus demselben Grund abgelehnt.',
    es: 'Las dos direcciones se rechazaron por el mismo motivo.',
  } as const satisfies Record<Locale, string>;

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
      expect(e.groups[0]?.title).toBe(pairTitles[locale]);
      expect(e.groups[1]?.title).toBe('');
      // The pair's words are said of both addresses; the single address keeps its own.
      expect(e.groups[0]?.headline).toBe(catalogs[locale]['headline.bad-mailbox.many']);
      expect(e.groups[0]?.actionText).toBe(catalogs[locale]['action.remove.many']);
      expect(e.groups[1]?.headline).toBe(catalogs[locale]['headline.cause.mailbox-full']);
    });

    test(`${locale}: addresses refused for the same reason are grouped once`, () => {
      const eleven = Array.from({ length: 11 }, (_, i) => unknown(`user${i + 1}@example.org`));
      const e = explain(notice(eleven), { locale });
      expect(e.groups).toHaveLength(1);
      const g = e.groups[0]!;
      expect(g.addresses).toHaveLength(11);
      expect(g.domain).toBe('example.org');
      expect(g.title).toBe(elevenTitles[locale]);
      expect(e.summary.startsWith(g.title)).toBe(true);
      // One group of many: the notice's own headline and action are plural too.
      expect(e.headline).toBe(catalogs[locale]['headline.bad-mailbox.many']);
      expect(e.actionText).toBe(catalogs[locale]['action.remove.many']);
      expect(g.steps[0]).toBe(catalogs[locale]['step.checkSpelling.many']);
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
      expect(e.groups[0]?.title).toBe(anyPairTitles[locale]);
    });
  }

  const pluralHeadlines = {
    en: '3 addresses failed: 1 does not exist, 2 mailboxes are full',
    it: '3 indirizzi non raggiunti: 1 non esiste, 2 caselle sono piene',
    fr: "3 adresses en échec\u00a0: 1 n'existe pas, 2 boîtes sont pleines",
    de: '3 Adressen fehlgeschlagen: 1 existiert nicht, 2 Postfächer sind voll',
    es: '3 direcciones fallidas: 1 no existe, 2 buzones están llenos',
  } as const satisfies Record<Locale, string>;
  const fullPairTitles = {
    en: 'Both addresses at example.com were refused for the same reason.',
    it: 'Entrambi gli indirizzi di example.com sono stati rifiutati per lo stesso motivo.',
    fr: 'Les deux adresses du domaine example.com ont été refusées pour la même raison.',
    de: 'Beide Adressen bei example.com wurden aus demselben Grund abgelehnt.',
    es: 'Las dos direcciones de example.com se rechazaron por el mismo motivo.',
  } as const satisfies Record<Locale, string>;
  for (const locale of supportedLocales) {
    test(`${locale}: every counted phrase takes the form its number needs`, () => {
      const c = catalogs[locale];
      const e = explain(notice([full('carla@example.com'), full('dario@example.com'), unknown('anna@example.org')]), { locale });
      expect(e.headline).toBe(pluralHeadlines[locale]);
      const pair = e.groups.find((g) => g.addresses.length === 2)!;
      expect(pair.title).toBe(fullPairTitles[locale]);
      expect(pair.headline).toBe(c['headline.cause.mailbox-full.many']);
      expect(pair.steps[0]).toBe(c['step.full.tell.many']);
      expect(pair.actionText).toBe(c['action.keep.many']);
      // The single address keeps the singular words.
      const one = e.groups.find((g) => g.addresses.length === 1)!;
      expect(one.headline).toBe(c['headline.bad-mailbox']);
      expect(one.actionText).toBe(c['action.remove']);
    });

    test(`${locale}: a thousand addresses are counted in the language's digits`, () => {
      const many = Array.from({ length: 1200 }, (_, i) => unknown(`u${i}@example.org`));
      const e = explain(notice(many), { locale });
      const digits = new Intl.NumberFormat(locale).format(1200);
      expect(e.groups[0]?.title).toContain(digits);
      expect(e.groups[0]?.title).toBe(elevenTitles[locale].replace('11', digits));
    });
  }

  test('each word said of several addresses has its single form, and each group title its pair and plural forms', () => {
    for (const locale of supportedLocales) {
      const c = catalogs[locale] as unknown as Record<string, string>;
      for (const key of Object.keys(c).filter((k) => k.endsWith('.many'))) expect(c[key.slice(0, -'.many'.length)], `${locale} ${key}`).toBeDefined();
      for (const scope of ['domain', 'any']) {
        for (const state of ['failed', 'delayed', 'other']) {
          const base = `group.${scope}.${state}`;
          expect(c[`${base}.both`], `${locale} ${base}.both`).not.toContain('{count}');
          expect(c[`${base}.other`], `${locale} ${base}.other`).toContain('{count}');
          expect(c[base], `${locale} ${base}`).toBeUndefined();
        }
      }
    }
  });

  test('a delayed address is counted as delayed, not as failed', () => {
    const delayed = rcpt({ address: 'dora@example.net', action: 'delayed', category: 'message-expired', status: '4.4.7', reply: '451', diagnostic: '451 4.4.7 try again later' });
    const e = explain(notice([unknown('anna@example.org'), delayed]));
    expect(e.headline).toBe('2 addresses in this notice: 1 does not exist, 1 is only delayed');
    expect(e.groups.map((g) => g.action)).toEqual(['remove', 'keep']);
  });
});

/** The steps that say "send again" or "try again later", in one language. */
const resendWords = (locale: keyof typeof catalogs): string[] => [...resendSteps].map((k) => catalogs[locale][k]);

describe('keep or remove follows the evidence', () => {
  const rows: {
    name: string;
    fields: Partial<Recipient>;
    action: 'keep' | 'remove';
    actionKey: MessageKey;
    /** Steps that must be there, and steps that must not. */
    has?: MessageKey[];
    not?: MessageKey[];
    headline?: MessageKey;
  }[] = [
    {
      name: 'a disabled mailbox (hard) is removed, re-added only on confirmation',
      fields: { category: 'inactive-mailbox', severity: 'hard', reason: 'suspend', status: '5.2.1', reply: '550', diagnostic: '550-5.2.1 The email account that you tried to reach is disabled.' },
      action: 'remove',
      actionKey: 'action.remove.inactive',
      has: ['step.inactive.confirm'],
      not: ['step.retryLater'],
    },
    {
      name: 'a discontinued account (hard) is removed',
      fields: { category: 'inactive-mailbox', severity: 'hard', reason: 'suspend', status: '', reply: '550', diagnostic: '550 Account discontinued' },
      action: 'remove',
      actionKey: 'action.remove.inactive',
      has: ['step.inactive.confirm'],
      not: ['step.retryLater', 'step.other.next'],
    },
    {
      name: 'a mailbox its server locked only for now (soft) is kept until it bounces again',
      fields: { category: 'inactive-mailbox', severity: 'soft', reason: 'suspend', status: '5.7.1', reply: '550', diagnostic: '550 5.7.1 <anna@example.org>: Recipient address rejected: User anna@example.org temporarily locked. Please try again later.' },
      action: 'keep',
      actionKey: 'action.keep.suspended',
      has: ['step.other.next'],
      not: ['step.inactive.confirm'],
    },
    {
      name: 'a null MX is definitive even with a class-4 status',
      fields: { category: 'routing-errors', severity: 'soft', reason: 'hostunknown', status: '4.1.10', reply: '', action: 'delayed', diagnostic: 'Domain example.org does not accept mail (nullMX)' },
      action: 'remove',
      actionKey: 'action.remove.nullMx',
      headline: 'headline.cause.null-mx',
      has: ['step.checkDomain', 'step.domainGone'],
      not: ['step.nothingToDo', 'step.retryLater', 'step.askNewAddress'],
    },
    {
      name: 'a DNS lookup that failed for now is not an unregistered domain',
      fields: { category: 'bad-domain', severity: 'hard', reason: 'hostunknown', status: '4.4.3', reply: '', diagnostic: 'Host or domain name not found. Name service error for name=example.org type=MX: Host not found, try again' },
      action: 'keep',
      actionKey: 'action.keep.dns',
      headline: 'headline.cause.dns-temporary',
      has: ['step.dns.check', 'step.dns.persist'],
    },
    {
      name: 'a SERVFAIL is a passing fault too',
      fields: { category: 'routing-errors', severity: 'soft', reason: 'networkerror', status: '4.4.3', diagnostic: 'DNS Error: DNS type mx lookup of example.org responded with code SERVFAIL' },
      action: 'keep',
      actionKey: 'action.keep.dns',
    },
    {
      name: '"Mailbox does not exist" under a filter is removed (hedged), never "the problem is not the address"',
      fields: { category: 'policy-related', reason: 'filtered', status: '5.1.1', reply: '550', diagnostic: '550 5.1.1 Mailbox does not exist' },
      action: 'remove',
      actionKey: 'action.remove.unknown',
    },
    {
      name: '"doesn\'t have a ... account" (Yahoo) is removed',
      fields: { category: 'other', reason: 'undefined', status: '', reply: '554', diagnostic: "554 delivery error: dd This user doesn't have a yahoo.com account (anna@yahoo.com) [0] - mta1.mail.example.yahoo.com" },
      action: 'remove',
      actionKey: 'action.remove.unknown',
    },
    {
      name: '"no longer accepts mail" under a server fault is removed',
      fields: { category: 'bad-configuration', reason: 'systemerror', status: '5.3.0', reply: '550', diagnostic: '550 5.3.0 This mailbox no longer accepts mail' },
      action: 'remove',
      actionKey: 'action.remove.unknown',
    },
    {
      name: 'an unknown cause admits it: keep for now, remove if the next bounces the same way, ask for the log line',
      fields: { category: 'other', reason: 'undefined', status: '5.0.0', reply: '550', diagnostic: '550 5.0.0 Message rejected' },
      action: 'keep',
      actionKey: 'action.keep.other',
      has: ['step.other.askLog', 'step.other.next'],
      not: ['step.retryLater', 'step.persistentTellRecipient'],
    },
    {
      name: 'greylisting is a short wait, not a failure',
      fields: { category: 'policy-related', reason: 'blocked', status: '4.2.0', reply: '450', diagnostic: '450 4.2.0 <anna@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html' },
      action: 'keep',
      actionKey: 'action.keep.delayed',
      headline: 'headline.cause.greylisting',
      has: ['step.greylist.wait'],
    },
  ];
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    for (const row of rows) {
      test(`${locale}: ${row.name}`, () => {
        const e = explain(notice([rcpt(row.fields)]), { locale });
        expect(e.action).toBe(row.action);
        expect(e.actionText).toBe(c[row.actionKey]);
        expect(e.actionText).not.toBe(c['action.keep']);
        for (const k of row.has ?? []) expect(e.steps).toContain(c[k]);
        for (const k of row.not ?? []) expect(e.steps).not.toContain(c[k]);
        if (row.headline) expect(e.headline).toBe(c[row.headline]);
        if (row.name.startsWith('greylisting')) for (const w of resendWords(locale)) expect(e.steps).not.toContain(w);
      });
    }
  }
});

describe('a delay warning in free text', () => {
  const rows: { name: string; diagnostic: string; evidence?: string; period: string }[] = [
    {
      name: 'states "5 days"',
      diagnostic: 'This is just a warning, you do not need to do anything right now. Your message to anna@example.org has not been delivered yet. We will continue trying for 5 days. 451 4.4.1 mx.example.org: Connection timed out',
      period: 'duration.day.other:5',
    },
    {
      name: 'states "47 more hours" (gmail)',
      diagnostic: 'Delivery incomplete. There was a temporary problem delivering your message to anna@example.org. Gmail will retry for 47 more hours. You will be notified if the delivery fails permanently.',
      period: 'duration.hour.other:47',
    },
    {
      name: 'states "840 minutes"',
      diagnostic: 'Warning: message still undelivered. The server will keep trying to deliver it for 840 minutes. 421 4.7.0 Try again later',
      period: 'duration.minute.other:840',
    },
    {
      name: 'states Will-Retry-Until',
      diagnostic: '451 4.3.0 Temporary local problem - please try later',
      evidence: 'Action: delayed Will-Retry-Until: Tue, 3 Dec 2024 10:00:00 +0000',
      period: 'until:Tue, 3 Dec 2024 10:00:00 +0000',
    },
  ];
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    for (const row of rows) {
      test(`${locale}: ${row.name}, never "send again"`, () => {
        const r = rcpt({
          category: 'no-answer-from-host',
          reason: 'expired',
          action: '',
          status: '4.4.1',
          reply: '451',
          diagnostic: row.diagnostic,
          evidence: row.evidence ? [{ text: row.evidence, source: 'delivery-status', decides: 'recipient', rule: 'test' }] : [],
        });
        const e = explain(notice([r]), { locale });
        expect(e.delayed).toBe(true);
        expect(e.action).toBe('keep');
        expect(e.actionText).toBe(c['action.keep.delayed']);
        for (const w of resendWords(locale)) expect(e.steps).not.toContain(w);
        const [key, value] = row.period.split(/:(.*)/s) as [string, string];
        const note =
          key === 'until'
            ? fill(c['note.delayed.until'], { until: value })
            : fill(c['note.delayed.for'], { period: fill(c[key as MessageKey], { count: value }) });
        expect(e.summary).toContain(note);
      });
    }
  }

  test('a refusal that quotes "will retry" but gave up is not a delay', () => {
    const r = rcpt({ category: 'message-expired', status: '5.4.7', reply: '', action: '', diagnostic: 'We will keep trying was the plan; delivery has now been given up after 5 days' });
    expect(explain(notice([r])).delayed).toBe(false);
  });
});

describe("the server's specifics, and steps that fit", () => {
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    const all = (e: ReturnType<typeof explain>) => [e.headline, e.summary, ...e.steps, e.actionText].join('\n');

    test(`${locale}: the IP in "host mx.example [192.0.2.1] said" is the receiver's, never one to give a PTR`, () => {
      const e = explain(
        notice([
          rcpt({
            category: 'invalid-sender',
            reason: 'requireptr',
            status: '5.7.1',
            reply: '550',
            diagnostic: 'host mx.example.org[192.0.2.1] said: 550 5.7.1 Client host rejected: cannot find your reverse hostname, reverse DNS required',
          }),
        ]),
        { locale },
      );
      expect(e.causes).toContain('ptr');
      expect(all(e)).not.toContain('192.0.2.1');
      expect(e.steps).toContain(c['step.ptr.fix']);
      // The sender's own address, when the reply names it, is the one to fix.
      const named = explain(
        notice([rcpt({ category: 'invalid-sender', reason: 'requireptr', status: '5.7.1', reply: '550', diagnostic: 'host mx.example.org[192.0.2.1] said: 550 5.7.1 Missing reverse DNS for 203.0.113.7' })]),
        { locale },
      );
      expect(named.steps).toContain(fill(c['step.ptr.fix.ip'], { ip: '203.0.113.7' }));
      expect(all(named)).not.toContain('192.0.2.1');
    });

    test(`${locale}: an IP blocklist names the list and the listed IP, and never asks to address the person by name`, () => {
      const e = explain(
        notice([rcpt({ category: 'spam-related', reason: 'blocked', status: '5.7.1', reply: '554', diagnostic: 'host mx.example.org[192.0.2.1] said: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using bl.spamcop.net' })]),
        { locale },
      );
      expect(e.headline).toBe(fill(c['headline.cause.blocklist.named'], { list: 'SpamCop' }));
      expect(e.summary).toContain('203.0.113.9');
      expect(all(e)).not.toContain('192.0.2.1');
      expect(e.steps).not.toContain(c['step.checkContent']);
    });

    test(`${locale}: a consumer mailbox has no IT department to ask`, () => {
      const refused = (address: string) =>
        explain(notice([rcpt({ address, category: 'policy-related', reason: 'policyviolation', status: '5.7.1', reply: '550', diagnostic: '550 5.7.1 Message rejected by local policy' })]), { locale });
      for (const address of ['anna@gmail.com', 'anna@yahoo.co.uk', 'anna@libero.it', 'anna@web.de', 'anna@orange.fr', 'anna@hotmail.es', 'anna@aol.com']) {
        const e = refused(address);
        expect(e.steps, address).not.toContain(c['step.askAllowlist']);
        expect(e.steps, address).toContain(c['step.askAllowlist.consumer']);
      }
      expect(refused('anna@example.org').steps).toContain(c['step.askAllowlist']);
    });

    const repeating: [string, Partial<Recipient>][] = [
      ['a duplicate header', { category: 'content-related', reason: 'contenterror', status: '5.6.0', reply: '554', diagnostic: "554 Transaction failed: Duplicate header 'DKIM-Signature'." }],
      ['a mail loop', { category: 'routing-errors', reason: 'systemerror', status: '5.4.6', reply: '554', diagnostic: '554 5.4.6 Too many hops: mail loop detected' }],
      ['a network not allowed', { category: 'policy-related', reason: 'blocked', status: '5.7.1', reply: '550', diagnostic: '550 5.7.1 Client host rejected: network not allowed' }],
    ];
    for (const [name, fields] of repeating) {
      test(`${locale}: ${name} repeats exactly, so no "often clears by itself"`, () => {
        const e = explain(notice([rcpt(fields)]), { locale });
        for (const w of resendWords(locale)) expect(e.steps).not.toContain(w);
        expect(e.steps.length).toBeGreaterThanOrEqual(2);
      });
    }

    test(`${locale}: an hourly sending limit is not too many recipients in one message`, () => {
      const e = explain(
        notice([rcpt({ category: 'policy-related', reason: 'speeding', status: '5.7.1', reply: '550', diagnostic: '550 5.7.1 Message rejected: user has sent to too many recipients this hour' })]),
        { locale },
      );
      expect(e.causes).toContain('rate-limit');
      expect(e.causes).not.toContain('too-many-recipients');
      expect(e.steps).toContain(c['step.rate.slow']);
      expect(e.steps).not.toContain(c['step.recipients.split']);
      const one = explain(notice([rcpt({ category: 'policy-related', reason: 'policyviolation', status: '5.5.3', reply: '452', diagnostic: '452 4.5.3 Too many recipients' })]), { locale });
      expect(one.steps).toContain(c['step.recipients.split']);
    });

    test(`${locale}: a forbidden attachment type is about the attachment, not spam wording`, () => {
      const e = explain(
        notice([rcpt({ category: 'spam-related', reason: 'spamdetected', status: '5.7.0', reply: '554', diagnostic: '554 5.7.0 Reject, id=12345-06 - BANNED: P=p003,L=1,M=multipart/mixed | P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice.exe' })]),
        { locale },
      );
      expect(e.headline).toBe(c['headline.cause.attachment']);
      expect(e.summary).toContain(fill(c['cause.attachment.type'], { type: '.exe' }));
      expect(e.causes).not.toContain('spam-content');
      expect(e.steps).toContain(c['step.attachment.forged']);
      expect(e.steps).not.toContain(c['step.checkContent']);
    });
  }

  test('rate limiting is done by the receiving server, in every language', () => {
    const server = { en: "recipient's server", it: 'server del destinatario', fr: 'serveur du destinataire', de: 'Empfangsserver', es: 'servidor del destinatario' } as const satisfies Record<Locale, string>;
    for (const locale of supportedLocales) expect(catalogs[locale]['headline.cause.rate-limit'], locale).toContain(server[locale]);
  });

  test('German says Empfangsserver and SpamCop-Sperrliste; French agrees "doivent être corrigés"', () => {
    const de = Object.values(catalogs.de).join('\n');
    expect(de).not.toContain('Server des Empfängers');
    const e = explain(notice([rcpt({ category: 'spam-related', reason: 'blocked', status: '5.7.1', reply: '554', diagnostic: '554 5.7.1 Client host [203.0.113.9] blocked using bl.spamcop.net' })]), { locale: 'de' });
    expect(e.headline).toBe('Ihr Versandserver steht auf der SpamCop-Sperrliste');
    expect(catalogs.fr['step.persistentTellRecipient']).toContain('doivent être corrigés');
  });
});

describe("the numbers and names in the server's words", () => {
  const sizes: { name: string; diagnostic: string; size: string; limit: string; attach: string }[] = [
    { name: 'Postfix', diagnostic: 'host mx.example.org[192.0.2.1] said: 552 5.3.4 message size 19812345 exceeds size limit 10485760 of server mx.example.org', size: '18.9', limit: '10', attach: '7' },
    { name: 'Exim', diagnostic: '552 message too big: read=31457280 max=26214400', size: '30', limit: '25', attach: '18' },
    { name: 'units', diagnostic: '552 5.3.4 The message size (19.9 MB) exceeds the limit (10 MB)', size: '19.9', limit: '10', attach: '7' },
  ];
  const decimal = { en: '.', it: ',', fr: ',', de: ',', es: ',' } as const satisfies Record<Locale, string>;
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    for (const row of sizes) {
      test(`${locale}: a size refusal (${row.name}) states the size, the limit and a suggested attachment size`, () => {
        const e = explain(notice([rcpt({ category: 'quota-issues', reason: 'mesgtoobig', status: '5.3.4', reply: '552', diagnostic: row.diagnostic })]), { locale });
        const n = (v: string) => v.replace('.', decimal[locale]);
        expect(e.steps[0]).toBe(fill(c['step.size.under.sent'], { size: n(row.size), limit: n(row.limit), attach: n(row.attach) }));
      });
    }
    test(`${locale}: a limit alone is still stated`, () => {
      const e = explain(notice([rcpt({ category: 'quota-issues', reason: 'mesgtoobig', status: '5.2.3', reply: '552', diagnostic: '552 5.2.3 Message size exceeds fixed maximum message size (5242880)' })]), { locale });
      expect(e.steps[0]).toBe(fill(c['step.size.under'], { limit: '5', attach: '3' }));
    });

    test(`${locale}: the failing SPF/DKIM/DMARC domain and the refused IP are named`, () => {
      const dmarc = explain(
        notice([rcpt({ category: 'invalid-sender', reason: 'authfailure', status: '5.7.26', reply: '550', diagnostic: "550-5.7.26 Unauthenticated email from shop.example.jp is not accepted due to domain's DMARC policy." })]),
        { locale },
      );
      expect(dmarc.summary).toContain(fill(c['cause.dmarc.domain'], { domain: 'shop.example.jp' }));
      const spf = explain(
        notice([rcpt({ category: 'invalid-sender', reason: 'authfailure', status: '5.1.0', reply: '550', diagnostic: "550 5.1.0 192.0.2.222 is not allowed to send from <example.net> per it's SPF Record." })]),
        { locale },
      );
      expect(spf.summary).toContain(fill(c['cause.spf.domain.ip'], { domain: 'example.net', ip: '192.0.2.222' }));
      const dkim = explain(
        notice([rcpt({ category: 'invalid-sender', reason: 'authfailure', status: '5.7.20', reply: '550', diagnostic: '550 5.7.20 DKIM signature verification failed for shop.example.com' })]),
        { locale },
      );
      expect(dkim.summary).toContain(fill(c['cause.dkim.domain'], { domain: 'shop.example.com' }));
    });

    test(`${locale}: the server's own instruction comes first`, () => {
      const e = explain(
        notice([rcpt({ category: 'relaying-issues', reason: 'norelaying', status: '5.7.1', reply: '550', diagnostic: '550 Please turn on SMTP Authentication in your mail client.' })]),
        { locale },
      );
      expect(e.steps[0]).toBe(fill(c['step.serverSays'], { instruction: 'Please turn on SMTP Authentication in your mail client' }));
      expect(e.steps[1]).toBe(c['step.smtpAuth']);
    });

    test(`${locale}: a status meaning never contradicts the provider's words`, () => {
      const e = explain(notice([rcpt({ category: 'policy-related', reason: 'policyviolation', status: '5.7.9', reply: '554', diagnostic: '554 5.7.9 Message not accepted for policy reasons.' })]), { locale });
      expect(e.technical.statusMeaning).not.toContain(c['status.7.9']);
      expect(e.technical.statusMeaning).toBe(fill(c['status.format.own'], { class: c['status.class.5'] }));
      const weak = explain(notice([rcpt({ category: 'policy-related', reason: 'securityerror', status: '5.7.9', reply: '534', diagnostic: '534 5.7.9 Authentication mechanism is too weak' })]), { locale });
      expect(weak.technical.statusMeaning).toContain(c['status.7.9']);
      // Exchange Online's 5.4.1 for an address its directory does not know: no host failed to answer.
      const denied = explain(notice([rcpt({ category: 'bad-mailbox', reason: 'userunknown', severity: 'hard', status: '5.4.1', reply: '550', diagnostic: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)' })]), { locale });
      expect(denied.technical.statusMeaning).toBe(fill(c['status.format.own'], { class: c['status.class.5'] }));
      const silent = explain(notice([rcpt({ category: 'no-answer-from-host', reason: 'expired', status: '4.4.1', reply: '', diagnostic: 'connect to mx.example.org[192.0.2.1]:25: Connection timed out' })]), { locale });
      expect(silent.technical.statusMeaning).toContain(c['status.4.1']);
    });
  }
});

describe('feedback reports by Feedback-Type', () => {
  const rows: { type: string; action: 'remove' | 'none'; headline: MessageKey; actionKey: MessageKey }[] = [
    { type: 'abuse', action: 'remove', headline: 'headline.complaint', actionKey: 'action.remove.complaint' },
    { type: 'opt-out', action: 'remove', headline: 'headline.complaint.opt-out', actionKey: 'action.remove.optOut' },
    { type: 'unsubscribe', action: 'remove', headline: 'headline.complaint.opt-out', actionKey: 'action.remove.optOut' },
    { type: 'fraud', action: 'remove', headline: 'headline.complaint.fraud', actionKey: 'action.remove.complaint' },
    { type: 'virus', action: 'none', headline: 'headline.complaint.virus', actionKey: 'action.none' },
    { type: 'not-spam', action: 'none', headline: 'headline.complaint.not-spam', actionKey: 'action.none' },
    { type: 'auth-failure', action: 'none', headline: 'headline.complaint.auth-failure', actionKey: 'action.none' },
  ];
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    for (const row of rows) {
      test(`${locale}: Feedback-Type: ${row.type}`, () => {
        const complaint = rcpt({ category: 'complaint', reason: 'feedback', severity: 'none', status: '', reply: '', remoteHost: '' });
        const v = notice([complaint], {
          kind: 'complaint',
          category: 'complaint',
          severity: 'none',
          evidence: [{ text: `Feedback-Type: ${row.type}`, source: 'delivery-status', decides: 'kind:complaint', rule: 'arf' }],
        });
        const e = explain(v, { locale });
        expect(e.headline).toBe(c[row.headline]);
        expect(e.action).toBe(row.action);
        expect(e.actionText).toBe(c[row.actionKey]);
      });
    }
  }
});

describe('one list of languages', () => {
  test('the advice, the extension and the language names all derive from src/core/locales.ts', async () => {
    const core = await import('../../src/core/locales.js');
    const content = await import('../../src/content/locale.js');
    expect(content.locales).toBe(core.supportedLocales);
    expect(supportedLocales).toBe(core.supportedLocales);
    expect(Object.keys(catalogs)).toEqual([...core.supportedLocales]);
    expect(Object.keys(core.localeNames)).toEqual([...core.supportedLocales]);
  });
});
