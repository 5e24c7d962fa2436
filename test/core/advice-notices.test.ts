/**
 * Issue 10's rules checked end to end: notices written here, as a raw DSN (multipart/report, the
 * Postfix layout of RFC 3464) and as the same notice pasted as text (what a webmail shows, its
 * title "Undelivered Mail Returned to Sender" on top), classified, then explained in all five
 * languages. The server replies follow the MTAs' documented texts (Postfix's reject messages,
 * RFC 3464's Will-Retry-Until, amavis's BANNED); addresses and hosts are the documentation ranges.
 */
import { describe, expect, it as test } from 'vitest';
import { type Explanation, type Locale, classify, explain, supportedLocales } from '../../src/core/index.js';
import { type MessageKey, catalogs, fill } from '../../src/core/advice/catalog.js';

interface Rcpt {
  readonly addr: string;
  readonly status: string;
  readonly diag: string;
  readonly action?: string;
  readonly extra?: string;
}

/** The notice as a raw DSN and as pasted text; `human` is the notice's own sentence. */
function notice(rcpts: readonly Rcpt[], human = '', action = 'failed'): { raw: string; text: string } {
  const said = rcpts.map((r) => `<${r.addr}>: host mx.example.org[192.0.2.1] said: ${r.diag}`).join('\n\n');
  const fields = rcpts
    .map((r) => `Final-Recipient: rfc822; ${r.addr}\nAction: ${r.action ?? action}\nStatus: ${r.status}\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; ${r.diag}${r.extra ? `\n${r.extra}` : ''}`)
    .join('\n\n');
  const intro = human || "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.";
  const raw = [
    'Return-Path: <>',
    'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)',
    'To: news@example.com',
    `Subject: ${action === 'delayed' ? 'Delayed Mail (still being retried)' : 'Undelivered Mail Returned to Sender'}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="BB"',
    '',
    '--BB',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.net.',
    '',
    intro,
    '',
    said,
    '',
    '--BB',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.net',
    '',
    fields,
    '',
    '--BB--',
    '',
  ].join('\r\n');
  const text = `Mail Delivery System <MAILER-DAEMON@mail.example.net>\nUndelivered Mail Returned to Sender\n\nThis is the mail system at host mail.example.net.\n\n${intro}\n\n${said}\n`;
  return { raw, text };
}

/** The explanation of both forms of a notice, in one language. */
async function both(n: { raw: string; text: string }, locale: Locale): Promise<[string, Explanation][]> {
  const raw = await classify(n.raw);
  const text = await classify(n.text, { mode: 'text' });
  return [
    ['raw', explain(raw, { locale })],
    ['text', explain(text, { locale })],
  ];
}

const words = (e: Explanation): string => [e.headline, e.summary, ...e.steps, e.actionText].join('\n');

interface Row {
  readonly name: string;
  readonly notice: { raw: string; text: string };
  readonly action: 'keep' | 'remove';
  readonly actionKey?: MessageKey;
  readonly headline?: MessageKey;
  readonly has?: readonly MessageKey[];
  readonly not?: readonly MessageKey[];
  /** Text every language must show, filled into a catalog template. */
  readonly says?: readonly [MessageKey, Record<string, string>][];
  readonly never?: readonly string[];
}

const u = (addr: string, diag: string, status: string, extra = {}): Rcpt => ({ addr, diag, status, ...extra });

const rows: Row[] = [
  {
    name: 'a discontinued account is an inactive mailbox: remove it',
    notice: notice([u('anna@example.org', '550 5.0.0 Account discontinued', '5.0.0')]),
    action: 'remove',
    actionKey: 'action.remove.inactive',
    has: ['step.inactive.confirm'],
    not: ['step.retryLater'],
  },
  {
    name: '"no longer accepts mail" is removed, and the summary does not also claim the reason is unclear',
    notice: notice([u('anna@example.org', '550 This mailbox no longer accepts mail', '5.0.0')]),
    action: 'remove',
    actionKey: 'action.remove.unknown',
    headline: 'headline.cause.unknown-user',
    not: ['step.other.next'],
    says: [['summary.other.known', { recipient: 'anna@example.org' }]],
  },
  {
    name: 'Postfix\'s "cannot find your reverse hostname, [ip]" is a PTR to set for the sending IP, not the receiver\'s',
    notice: notice([u('anna@example.org', '550 5.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.7]', '5.7.1')]),
    action: 'keep',
    headline: 'headline.cause.ptr',
    says: [['step.ptr.fix.ip', { ip: '203.0.113.7' }]],
    // The sender address and the wording are not what the receiver checked.
    not: ['step.checkSenderAddress', 'step.checkContent'],
    never: ['192.0.2.1'],
  },
  {
    name: "the server's instruction is quoted whole, a domain's dots included",
    notice: notice([
      u(
        'anna@gmail.com',
        "550-5.7.26 Unauthenticated email from shop.example.jp is not accepted due to domain's DMARC policy. Please contact the administrator of shop.example.jp domain if this was a legitimate mail.",
        '5.7.26',
      ),
    ]),
    action: 'keep',
    headline: 'headline.cause.auth',
    says: [
      ['step.serverSays', { instruction: 'Please contact the administrator of shop.example.jp domain if this was a legitimate mail' }],
      ['cause.dmarc.domain', { domain: 'shop.example.jp' }],
    ],
  },
  {
    name: 'an attachment refused by type is about the file',
    notice: notice([u('anna@example.org', '552 5.7.1 Attachment of type .bat is not allowed', '5.7.1')]),
    action: 'keep',
    headline: 'headline.cause.attachment',
    has: ['step.attachment.forged'],
    not: ['step.checkContent', 'step.checkSenderAddress'],
    says: [['cause.attachment.type', { type: '.bat' }]],
  },
  {
    name: 'an hourly limit: wait and spread the sending; the receiver needs no fixing',
    notice: notice([u('anna@example.org', '550 5.7.1 Message rejected: user has sent to too many recipients this hour', '5.7.1')]),
    action: 'keep',
    headline: 'headline.cause.rate-limit',
    has: ['step.rate.slow'],
    not: ['step.recipients.split', 'step.persistentTellRecipient', 'step.askProvider'],
  },
  {
    name: 'a network the receiver refuses gets no advice about wording or the person',
    notice: notice([u('anna@example.org', '550 5.7.1 Client host rejected: network not allowed', '5.7.1')]),
    action: 'keep',
    not: ['step.checkContent', 'step.retryLater', 'step.resendLater'],
  },
  {
    name: 'a duplicate header is about the program that wrote the message, not attachments or wording',
    notice: notice([u('anna@example.org', "554 Transaction failed: Duplicate header 'DKIM-Signature'.", '5.6.0')]),
    action: 'keep',
    has: ['step.otherProgram'],
    not: ['step.attachmentsAsLink', 'step.simplifyContent', 'step.retryLater'],
  },
];

describe('notices written here, raw and pasted, explained in five languages', () => {
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    for (const row of rows) {
      test(`${locale}: ${row.name}`, async () => {
        for (const [form, e] of await both(row.notice, locale)) {
          const at = `${form} (${e.category})`;
          expect(e.action, at).toBe(row.action);
          if (row.actionKey) expect(e.actionText, at).toBe(c[row.actionKey]);
          if (row.headline) expect(e.headline, at).toBe(c[row.headline]);
          for (const k of row.has ?? []) expect(e.steps, `${at} has ${k}`).toContain(c[k]);
          for (const k of row.not ?? []) expect(e.steps, `${at} not ${k}`).not.toContain(c[k]);
          for (const [k, params] of row.says ?? []) expect(words(e), `${at} says ${k}`).toContain(fill(c[k], params));
          for (const s of row.never ?? []) expect(words(e), at).not.toContain(s);
          // "The notice does not say why" never stands beside a reason the words give.
          expect(e.summary, at).not.toContain(fill(c['summary.other'], { recipient: 'anna@example.org' }));
        }
      });
    }
  }
});

describe('a delay repeats the retry schedule the notice states', () => {
  const addr = 'anna@example.org';
  const cases: { name: string; notice: { raw: string; text: string }; forms: ('raw' | 'text')[]; period: (c: (typeof catalogs)[Locale], locale: Locale) => string }[] = [
    {
      name: 'in its own sentence ("We will continue trying for 5 days")',
      notice: notice(
        [u(addr, '451 4.4.1 mx.example.org: Connection timed out', '4.4.1')],
        'This is just a warning, you do not need to do anything right now.\nYour message has not been delivered yet. We will continue trying for 5 days.',
        'delayed',
      ),
      forms: ['raw', 'text'],
      period: (c) => fill(c['note.delayed.for'], { period: fill(c['duration.day.other'], { count: '5' }) }),
    },
    {
      name: 'in hours ("for 96 hours")',
      notice: notice([u(addr, '451 4.4.1 Connection timed out', '4.4.1')], 'Your message could not be delivered yet. The server will keep trying for 96 hours.', 'delayed'),
      forms: ['raw', 'text'],
      period: (c) => fill(c['note.delayed.for'], { period: fill(c['duration.hour.other'], { count: '96' }) }),
    },
    {
      name: 'in one day ("for 1 day"): the singular form',
      notice: notice([u(addr, '451 4.4.1 Connection timed out', '4.4.1')], 'Your message could not be delivered yet. We will keep trying for 1 day.', 'delayed'),
      forms: ['raw', 'text'],
      period: (c) => fill(c['note.delayed.for'], { period: fill(c['duration.day.one'], { count: '1' }) }),
    },
    {
      name: 'in the DSN field Will-Retry-Until',
      notice: notice([u(addr, '451 4.4.1 Connection timed out', '4.4.1', { extra: 'Will-Retry-Until: Tue, 15 Nov 2026 09:14:02 +0100' })], '', 'delayed'),
      forms: ['raw'],
      period: (c) => fill(c['note.delayed.until'], { until: 'Tue, 15 Nov 2026 09:14:02 +0100' }),
    },
  ];
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    for (const row of cases) {
      test(`${locale}: ${row.name}`, async () => {
        for (const [form, e] of await both(row.notice, locale)) {
          if (!row.forms.includes(form as 'raw' | 'text')) continue;
          expect(e.delayed, form).toBe(true);
          expect(e.action, form).toBe('keep');
          expect(e.summary, form).toContain(row.period(c, locale));
          expect(e.summary, form).not.toContain(c['note.delayed']);
          for (const k of ['step.resendLater', 'step.retryLater', 'step.recipients.split'] as const) expect(e.steps, form).not.toContain(c[k]);
        }
      });
    }
  }
});

describe('several addresses in one notice, raw and pasted', () => {
  const unknown = (a: string): Rcpt => u(a, `550 5.1.1 <${a}>: Recipient address rejected: User unknown in virtual mailbox table`, '5.1.1');
  const full = (a: string): Rcpt => u(a, `552 5.2.2 <${a}>: Mailbox full, quota exceeded`, '5.2.2');
  const mixed = {
    en: ['3 addresses failed: 2 do not exist, 1 mailbox is full', 'Both addresses at example.org were refused for the same reason.'],
    it: ['3 indirizzi non raggiunti: 2 non esistono, 1 casella è piena', 'Entrambi gli indirizzi di example.org sono stati rifiutati per lo stesso motivo.'],
    fr: ["3 adresses en échec\u00a0: 2 n'existent pas, 1 boîte est pleine", 'Les deux adresses du domaine example.org ont été refusées pour la même raison.'],
    de: ['3 Adressen fehlgeschlagen: 2 existieren nicht, 1 Postfach ist voll', 'Beide Adressen bei example.org wurden aus demselben Grund abgelehnt.'],
    es: ['3 direcciones fallidas: 2 no existen, 1 buzón está lleno', 'Las dos direcciones de example.org se rechazaron por el mismo motivo.'],
  } as const satisfies Record<Locale, readonly [string, string]>;
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    test(`${locale}: the headline counts each outcome, the pair is "both", its words are plural`, async () => {
      const n = notice([full('carla@example.com'), unknown('anna@example.org'), unknown('bruno@example.org')]);
      for (const [form, e] of await both(n, locale)) {
        expect(e.headline, form).toBe(mixed[locale][0]);
        expect(e.action, form).toBe('remove');
        const pair = e.groups[0]!;
        expect(pair.addresses, form).toEqual(['anna@example.org', 'bruno@example.org']);
        expect(pair.title, form).toBe(mixed[locale][1]);
        expect(pair.headline, form).toBe(c['headline.bad-mailbox.many']);
        expect(pair.actionText, form).toBe(c['action.remove.many']);
        expect(e.groups[1]?.headline, form).toBe(c['headline.cause.mailbox-full']);
      }
    });
  }

  const delayedPair = {
    en: 'Delivery to both addresses at example.org is delayed for the same reason.',
    it: 'La consegna a entrambi gli indirizzi di example.org è in ritardo per lo stesso motivo.',
    fr: 'La remise aux deux adresses du domaine example.org est retardée pour la même raison.',
    de: 'Die Zustellung an beide Adressen bei example.org verzögert sich aus demselben Grund.',
    es: 'La entrega a las dos direcciones de example.org se retrasa por el mismo motivo.',
  } as const satisfies Record<Locale, string>;
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    test(`${locale}: two delayed addresses are kept together, in plural words, with the stated schedule`, async () => {
      const slow = (a: string): Rcpt => u(a, '451 4.4.1 Connection timed out', '4.4.1');
      const n = notice([slow('a@example.org'), slow('b@example.org')], 'This is just a warning. We will continue trying for 5 days.', 'delayed');
      for (const [form, e] of await both(n, locale)) {
        expect(e.groups, form).toHaveLength(1);
        expect(e.summary.startsWith(delayedPair[locale]), form).toBe(true);
        expect(e.summary, form).toContain(fill(c['note.delayed.for'], { period: fill(c['duration.day.other'], { count: '5' }) }));
        expect(e.actionText, form).toBe(c['action.keep.delayed.many']);
        expect(e.steps, form).toContain(c['step.persistentTellRecipient.many']);
        expect(e.steps, form).not.toContain(c['step.persistentTellRecipient']);
      }
    });
  }
});

describe('a server reply pasted on its own, naming no address', () => {
  // Exchange Online's reply to a listed IP (its NDR documentation's wording), as a person pastes it.
  const reply =
    '550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.5 (AS3130). [BN1NAM02FT003.eop-nam02.prod.protection.outlook.com]';
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    test(`${locale}: the list's name, the listed IP and the codes come from the reply itself`, async () => {
      const e = explain(await classify(reply, { mode: 'text', origin: 'pasted' }), { locale });
      expect(e.recipients).toHaveLength(0);
      expect(e.headline).toBe(fill(c['headline.cause.blocklist.named'], { list: 'Spamhaus' }));
      expect(e.summary).toContain(fill(c['cause.blocklist.named.ip'], { list: 'Spamhaus', ip: '203.0.113.5' }));
      expect(e.steps).not.toContain(c['step.checkContent']);
      expect(e.technical.status).toBe('5.7.1');
      expect(e.technical.statusMeaning).toContain(c['status.7.1']);
      expect(e.technical.reply).toBe('550');
    });
  }
});

describe('groups whose cause settles what to do', () => {
  const typo = (a: string): Rcpt => u(a, 'Host or domain name not found. Name service error for name=gmial.com type=A: Host not found', '5.1.2');
  const disabled = (a: string): Rcpt => u(a, '550-5.2.1 The email account that you tried to reach is disabled.', '5.2.1');
  for (const locale of supportedLocales) {
    const c = catalogs[locale];
    test(`${locale}: two addresses at a mistyped domain are corrected, not sent to check a domain that "may have expired"`, async () => {
      for (const [form, e] of await both(notice([typo('anna@gmial.com'), typo('bruno@gmial.com')]), locale)) {
        expect(e.headline, form).toBe(c['headline.cause.typo-domain.many']);
        expect(e.steps, form).toEqual([fill(c['step.typo.fix.many'], { suggestion: 'gmail.com' }), c['step.typo.elsewhere.many']]);
        expect(e.actionText, form).toBe(c['action.remove.typo.many']);
      }
    });
    test(`${locale}: three disabled mailboxes are said to be disabled accounts, in the plural`, async () => {
      for (const [form, e] of await both(notice([disabled('anna@gmail.com'), disabled('bruno@gmail.com'), disabled('carla@gmail.com')]), locale)) {
        expect(e.headline, form).toBe(c['headline.cause.disabled.many']);
        expect(e.summary, form).toContain(c['cause.disabled.many']);
        expect(e.actionText, form).toBe(c['action.remove.inactive.many']);
      }
    });
  }
});
